import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { SERVER_NODE_FLAGS } from '../../src/config/node-flags.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8092);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, 'sqlite:./data/hosted.db');
    assert.equal(config.baseDomain, 'localhost');
    assert.equal(config.publicPort, 8092);
    assert.equal(config.auth.trustIntervalMs, 300_000);
    assert.equal(config.portalName.min, 3);
    assert.equal(config.registerNamePrefix, 'docspace');
    assert.equal(config.registerNameRandomLength, 6);
    assert.equal(config.registerGenerateName, false);
    assert.ok(config.loginProviders.includes('nextcloud') && config.loginProviders.length === 13);
    assert.deepEqual(config.corsOrigins, []);
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

  it('reads CORS_ORIGINS as origins (or *), refusing anything that is not one', () => {
    assert.deepEqual(loadConfig({ CORS_ORIGINS: 'https://Panel.example.com, http://localhost:3000/' }).corsOrigins, [
      'https://panel.example.com',
      'http://localhost:3000',
    ]);
    assert.deepEqual(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, ['*']);
    for (const bad of [
      'panel.example.com',
      'https://panel.example.com/billing',
      'ftp://x.example.com',
      'https://u:p@x.io',
    ]) {
      assert.throws(
        () => loadConfig({ CORS_ORIGINS: bad }),
        (error: unknown) => error instanceof ConfigError && /^CORS_ORIGINS: /.test(error.problems[0] ?? ''),
        bad,
      );
    }
  });

  it('reads LOGIN_PROVIDERS lower-cased', () => {
    assert.deepEqual(loadConfig({ LOGIN_PROVIDERS: 'Google, MyIdP' }).loginProviders, ['google', 'myidp']);
  });

  it('omits the default port of the public scheme from links', () => {
    assert.equal(loadConfig({ PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' }).publicPort, undefined);
  });
});

describe('the Node.js flags', () => {
  it('npm start runs the server with the flags hosted-api serve and the benchmark use', () => {
    const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts;
    assert.equal(scripts.start, `node ${SERVER_NODE_FLAGS.join(' ')} dist/main.js`);
  });
});
