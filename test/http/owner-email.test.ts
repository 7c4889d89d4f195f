import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registration } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * The owner's e-mail is one address. The activation mail goes to it through an
 * address parser (nodemailer), so text that parses as another address, a list or a display name
 * must be refused at registration, not stored and mailed somewhere else.
 */
describe('portal/register e-mail', () => {
  const server = useServer();

  for (const email of [
    'victim<attacker@evil.example>.com',
    'a,b@example.com',
    'a;b@example.com',
    'a\u0001b@example.com',
    '"a"@example.com',
    'a@exa(mple).com',
  ]) {
    it(`answers params for ${JSON.stringify(email)}`, async () => {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ email }) });
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(res.body, { error: 'params', message: ['email is not a valid e-mail address'] });
    });
  }

  // Forms that look like one address but are not what they seem: bidi and invisible (format)
  // characters, percent and bang routing (user%host@relay, host!user@relay), MIME encoded words.
  for (const email of [
    'admin\u202Egpj.exe@example.com',
    'ad\u200Bmin@example.com',
    'admin@exam\u2060ple.com',
    'a\uFEFFb@example.com',
    'victim%evil.example@example.com',
    'evil.example!victim@example.com',
    '=?utf-8?q?victim=40evil.example?=@example.com',
    'a@=?utf-8?b?ZXZpbA==?=.example.com',
  ]) {
    it(`answers params for ${JSON.stringify(email)}, on register and on registerbyemail`, async () => {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ email }) });
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(res.body, { error: 'params', message: ['email is not a valid e-mail address'] });
      const byEmail = await server.call('POST', 'portal/registerbyemail', { auth: true, json: { email } });
      assert.equal(byEmail.status, 400, byEmail.text);
      assert.deepEqual(byEmail.body, { error: 'params', message: ['email is not a valid e-mail address'] });
    });
  }

  for (const email of [
    "o'brien+billing@example.co.uk",
    'Zoë@exämple.com',
    'x_y-z.w@sub.example.org',
    'a=b?c@example.com',
  ]) {
    it(`accepts ${email}`, async () => {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ email }) });
      assert.equal(res.status, 201, res.text);
    });
  }
});
