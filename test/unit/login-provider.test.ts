import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../../src/domain/errors.js';
import {
  checkLoginProvider,
  DEFAULT_LOGIN_PROVIDERS,
  knownProvider,
  maskedSettingValue,
  providerSettingValue,
  providerView,
  resealedSettingValue,
  sealedSettingValue,
} from '../../src/domain/portal/login-provider.js';
import { secretBox } from '../../src/domain/tokens/secret-box.js';

/** An OAuth provider's values as portal settings: checked, sealed, masked, re-sealed. */

const box = secretBox(['machine-key-one']);
const provider = {
  name: 'google',
  clientId: 'client-1',
  clientSecret: 'the secret',
  baseUrl: null,
  redirectUri: 'https://portal.example.com/login',
  cspDomain: null,
};

describe('checkLoginProvider and knownProvider', () => {
  it('lower-cases the name and keeps the rest as sent, trimmed', () => {
    const problems: string[] = [];
    const checked = checkLoginProvider(
      { name: ' NextCloud ', clientId: ' id ', clientSecret: 's', baseUrl: 'https://cloud.example.com' },
      problems,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(checked, {
      name: 'nextcloud',
      clientId: 'id',
      clientSecret: 's',
      baseUrl: 'https://cloud.example.com',
      redirectUri: null,
      cspDomain: null,
    });
  });

  it('reports every missing or malformed field at once', () => {
    const problems: string[] = [];
    assert.equal(checkLoginProvider({ baseUrl: 'javascript:alert(1)', cspDomain: 'a b' }, problems), undefined);
    assert.deepEqual(problems, [
      'provider.name is required',
      'provider.clientId is required',
      'provider.clientSecret is required',
      'provider.baseUrl must be an http or https URL',
      'provider.cspDomain must be one host or origin, without spaces, quotes, commas or semicolons',
    ]);
  });

  it('unknownProvider for a name not accepted, naming it', () => {
    assert.ok(DEFAULT_LOGIN_PROVIDERS.includes('weixin'));
    assert.throws(
      () => knownProvider({ ...provider, name: 'orkut' }, DEFAULT_LOGIN_PROVIDERS),
      (error: unknown) =>
        error instanceof DomainError &&
        error.code === 'unknownProvider' &&
        error.message === "Provider 'orkut' is not supported",
    );
  });
});

describe('provider settings', () => {
  it('are stored with the secret sealed for their portal and key, and shown masked', () => {
    const stored = providerSettingValue(box, 7, provider);
    assert.ok(!stored.includes('the secret'));
    const sealed = JSON.parse(stored).clientSecret as string;
    assert.equal(box.open(sealed, 'setting:7:authkey_google'), 'the secret');
    assert.throws(() => box.open(sealed, 'setting:8:authkey_google'), 'bound to its portal');
    assert.deepEqual(JSON.parse(maskedSettingValue('authkey_google', stored)), {
      clientId: 'client-1',
      clientSecret: '***',
      baseUrl: null,
      redirectUri: 'https://portal.example.com/login',
    });
    assert.deepEqual(providerView('authkey_google', stored), {
      name: 'google',
      clientId: 'client-1',
      baseUrl: null,
      redirectUri: 'https://portal.example.com/login',
      hasSecret: true,
    });
  });

  it('other settings, and values that are not a provider object, pass unchanged', () => {
    assert.equal(maskedSettingValue('theme', '{"clientSecret":"x"}'), '{"clientSecret":"x"}');
    assert.equal(maskedSettingValue('authkey_google', 'not json'), 'not json');
    assert.equal(maskedSettingValue('authkey_google', '["a"]'), '["a"]');
    assert.equal(sealedSettingValue(box, 1, 'authkey_google', '{"clientId":"x"}', undefined), '{"clientId":"x"}');
    assert.equal(providerView('cspdomains', '["x"]'), undefined);
  });

  it('settings/save seals a secret in clear and keeps the stored one for ***', () => {
    const first = sealedSettingValue(box, 3, 'authkey_box', '{"clientId":"a","clientSecret":"plain"}', undefined);
    const sealed = JSON.parse(first).clientSecret as string;
    assert.equal(box.open(sealed, 'setting:3:authkey_box'), 'plain');
    const kept = sealedSettingValue(box, 3, 'authkey_box', '{"clientId":"b","clientSecret":"***"}', first);
    assert.deepEqual(JSON.parse(kept), { clientId: 'b', clientSecret: sealed });
  });

  it('are re-sealed under the first machine key after a rotation, and only then', () => {
    const stored = providerSettingValue(box, 9, provider);
    assert.equal(resealedSettingValue(box, 9, 'authkey_google', stored), undefined, 'already current');
    const rotated = secretBox(['machine-key-two', 'machine-key-one']);
    const again = resealedSettingValue(rotated, 9, 'authkey_google', stored);
    assert.ok(again !== undefined);
    const sealed = JSON.parse(again).clientSecret as string;
    assert.ok(rotated.isCurrent(sealed));
    assert.equal(secretBox(['machine-key-two']).open(sealed, 'setting:9:authkey_google'), 'the secret');
  });
});
