import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveTimeZone } from '../../src/domain/owner/owner.js';

/** A new portal's time zone: the one given when it is known, else its language's, else UTC. */

describe('resolveTimeZone', () => {
  it('keeps a known IANA zone, in its canonical spelling', () => {
    assert.equal(resolveTimeZone('europe/berlin', 'fr'), 'Europe/Berlin');
    assert.equal(resolveTimeZone(' UTC ', 'ja'), 'UTC');
  });

  it("takes the language's zone by its primary subtag when none is given or it is unknown", () => {
    assert.equal(resolveTimeZone(undefined, 'uk-UA'), 'Europe/Kiev');
    assert.equal(resolveTimeZone('', 'PT-br'), 'America/Cuiaba');
    assert.equal(resolveTimeZone('Mars/Olympus', 'ko_KR'), 'Asia/Seoul');
    assert.equal(resolveTimeZone(undefined, 'el'), 'Europe/Warsaw');
  });

  it('is UTC for any other language, or none', () => {
    assert.equal(resolveTimeZone(undefined, 'en-US'), 'UTC');
    assert.equal(resolveTimeZone(undefined, 'sv'), 'UTC');
    assert.equal(resolveTimeZone(undefined), 'UTC');
    // An inherited name is no language of ours.
    assert.equal(resolveTimeZone(undefined, 'constructor'), 'UTC');
  });
});
