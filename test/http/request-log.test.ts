import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomPortalName, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Secrets sent in the query string (every parameter may come there) must not reach the
 * request log Fastify writes for every call ("incoming request", with the URL).
 */
describe('the request log', () => {
  let server: TestServer;
  const lines: string[] = [];
  before(async () => {
    server = await startTestServer({
      env: { LOG_LEVEL: 'info' },
      logDestination: { write: (line) => void lines.push(line) },
    });
  });
  after(() => server.close({ drop: true }));

  it('leaves out passwords, hashes, CAPTCHA answers, app keys, setting values and e-mails sent in the URL', async () => {
    const portalName = randomPortalName();
    const secrets = [
      'SignInSecret1',
      'RegisterSecret2',
      'HashSecret3',
      'CaptchaSecret4',
      'AppKeySecret5',
      'SettingSecret6',
    ];
    await server.call('POST', `/api/portal/signin?email=a%40example.com&password=${secrets[0]}`);
    await server.call(
      'POST',
      `/api/portal/register?portalName=${portalName}&firstName=Ada&lastName=Lovelace&email=b%40example.com&PASSWORD=${secrets[1]}`,
      { auth: true },
    );
    await server.call('POST', `/apisystem/portal/signin?email=c%40example.com&passwordHash=${secrets[2]}`);
    await server.call('POST', `/api/portal/register?recaptchaResponse=${secrets[3]}&appKey=${secrets[4]}`);
    await server.call('POST', `/api/settings/save?tenantId=-1&key=smtp&value=${secrets[5]}`, { auth: true });
    const log = lines.join('');
    assert.match(log, /"url":"\/api\/portal\/signin\?email=\[redacted\]&password=\[redacted\]"/, log);
    assert.match(log, new RegExp(`portalName=${portalName}`), 'other parameters stay readable');
    for (const secret of secrets) assert.ok(!log.includes(secret), `${secret} was logged:\n${log}`);
    // An owner's e-mail is personal data: kept out of the request log like the secrets.
    for (const email of ['a%40example.com', 'b%40example.com', 'c%40example.com'])
      assert.ok(!log.includes(email), `${email} was logged`);
    await server.call('GET', '/api/portal/get?EMAIL=d%40example.com', { auth: true });
    assert.match(lines.join(''), /portal\/get\?EMAIL=\[redacted\]/);
  });

  it("leaves passwords out on the portal's own pages too", async () => {
    const portalName = randomPortalName();
    const reg = await server.call('POST', 'portal/register', {
      auth: true,
      json: { portalName, firstName: 'Ada', lastName: 'Lovelace', email: 'pages@example.com' },
    });
    assert.equal(reg.status, 201, reg.text);
    await server.app.inject({
      method: 'POST',
      url: '/signin?email=pages%40example.com&password=PageSecret7',
      headers: { host: `${portalName}.localhost` },
    });
    const log = lines.join('');
    assert.match(log, /\/signin\?email=\[redacted\]&password=\[redacted\]/, log);
    assert.ok(!log.includes('PageSecret7'), log);
  });
});
