import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatedPortalName } from '../../src/domain/portal/generated-name.js';
import { BUILT_IN_RESERVED_NAMES } from '../../src/domain/portal/portal-name.js';

/** Generated portal names: the first form that keeps the name rules. */

const rules = (min = 3, max = 63, reserved: string[] = []) => ({ min, max, reserved });
const defaults = { prefix: 'docspace', randomLength: 6 };

describe('generatedPortalName', () => {
  it('is <prefix>-<random> by default, a fresh random part each time', () => {
    const names = new Set(Array.from({ length: 20 }, () => generatedPortalName(defaults, rules())));
    for (const name of names) assert.match(name, /^docspace-[a-z0-9]{6}$/);
    assert.ok(names.size > 15);
  });

  it('names the infix (the OAuth provider) between prefix and random part', () => {
    assert.match(generatedPortalName(defaults, rules(), 'google'), /^docspace-google-[a-z0-9]{6}$/);
    assert.match(generatedPortalName({ prefix: 'acme', randomLength: 4 }, rules(), 'zoom'), /^acme-zoom-[a-z0-9]{4}$/);
  });

  it('drops an infix that would break the rules (too long, bad characters), then the prefix, then both', () => {
    assert.match(generatedPortalName(defaults, rules(3, 20), 'nextcloud'), /^docspace-[a-z0-9]{6}$/);
    assert.match(generatedPortalName(defaults, rules(), 'my_idp'), /^docspace-[a-z0-9]{6}$/);
    assert.match(generatedPortalName({ prefix: 'bad_prefix', randomLength: 6 }, rules()), /^docspace-[a-z0-9]{6}$/);
    assert.match(generatedPortalName({ prefix: 'team', randomLength: 70 }, rules()), /^docspace-[a-z0-9]{6}$/);
    assert.match(generatedPortalName(defaults, rules(3, 10)), /^[a-z0-9]{6}$/);
    assert.match(generatedPortalName(defaults, rules(20, 30)), /^[a-z0-9]{20}$/);
    assert.match(generatedPortalName(defaults, rules(3, 4)), /^[a-z0-9]{4}$/);
  });

  it('never gives a reserved name', () => {
    assert.ok(BUILT_IN_RESERVED_NAMES.includes('identity-us-east-2'));
    for (let i = 0; i < 50; i++) {
      const name = generatedPortalName({ prefix: 'x', randomLength: 1 }, rules(3, 63, ['x-a', 'x-b']));
      assert.ok(!['x-a', 'x-b'].includes(name), name);
    }
  });
});
