import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('applies the contract defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8092);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, 'sqlite:./data/hosted.db');
    assert.equal(config.baseDomain, 'localhost');
    assert.equal(config.publicPort, 8092);
    assert.equal(config.auth.trustIntervalMs, 300_000);
    assert.equal(config.portalName.min, 6);
    assert.equal(config.password.max, 128);
    assert.equal(config.attempts.count, 10);
    assert.equal(config.bodyLimit, 65536);
    assert.equal(config.machineKeys, undefined);
    assert.ok(Object.isFrozen(config) && Object.isFrozen(config.auth));
  });

  it('reports every bad variable at once, each naming the variable', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'oracle://x',
        AUTH_ALLOW_SKIP_REGISTER: 'maybe',
        PORTAL_NAME_MAX: '70',
      });
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      const text = error.problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'AUTH_ALLOW_SKIP_REGISTER', 'PORTAL_NAME_MAX'])
        assert.match(text, new RegExp(`^${name}: `, 'm'));
      assert.equal(error.problems.length, 4);
    }
  });

  it('splits several machine keys and treats empty variables as unset', () => {
    const config = loadConfig({ MACHINE_KEY: 'new, old', PUBLIC_PORT: '', TRUST_PROXY: '10.0.0.1, 10.0.0.2' });
    assert.deepEqual(config.machineKeys, ['new', 'old']);
    assert.equal(config.publicPort, 8092);
    assert.deepEqual(config.trustProxy, ['10.0.0.1', '10.0.0.2']);
  });

  it('omits the default port of the public scheme from links', () => {
    assert.equal(loadConfig({ PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' }).publicPort, undefined);
  });
});
