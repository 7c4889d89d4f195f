import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { plainTextPart, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * REGISTER_VERIFY_EMAIL: an anonymous registrant gets the portal's address without the
 * activation key; the key goes only by mail (here a real SMTP peer), and the owner cannot sign in
 * — portal/signin or the page — until the mailed link is used.
 */

const QUICK_SENDER = { pollIntervalMs: 50, backoffBaseMs: 100, backoffMaxMs: 400, maxAttempts: 100 };

/** `reference` is the portal's origin alone: no path, no query, so no key. */
function assertPortalAddress(reference: string, domain: string): void {
  const url = new URL(reference);
  assert.equal(url.hostname, domain);
  assert.equal(`${url.origin}`, reference, 'the portal address, nothing more');
}

function linkIn(raw: string): URL {
  const match = /https?:\/\/\S+\/confirm\?\S+/.exec(plainTextPart(raw));
  assert.ok(match, 'the mail carries the activation link');
  return new URL(match[0]);
}

describe('REGISTER_VERIFY_EMAIL=true', () => {
  let smtp: SmtpPeer;
  let server: TestServer;
  before(async () => {
    smtp = await startSmtpPeer();
    server = await startTestServer({
      env: {
        AUTH_ALLOW_SKIP_REGISTER: 'true',
        REGISTER_VERIFY_EMAIL: 'true',
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAX_ATTEMPTS_COUNT: '1000',
      },
      mail: { timing: QUICK_SENDER },
    });
  });
  after(async () => {
    await server.close({ drop: true });
    await smtp.close();
  });

  /** The sign-in page's form posted with `email` and `password`; the answer's status. */
  async function pageSignin(host: string, email: string, password: string): Promise<number> {
    const form = await server.app.inject({ method: 'GET', url: '/signin', headers: { host } });
    const nonce = /portal_form=([^;]+)/.exec(String(form.headers['set-cookie']))?.[1] ?? '';
    const csrf = /name="csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '';
    const res = await server.app.inject({
      method: 'POST',
      url: '/signin',
      headers: {
        host,
        origin: `http://${host}`,
        cookie: `portal_form=${nonce}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ email, password, csrf }).toString(),
    });
    return res.statusCode;
  }

  it('anonymous register: no key in reference, the key by mail only, no sign-in until the link is used', async () => {
    const body = registration({ password: 'proven later 1' });
    const email = String(body.email);
    const res = await server.call('POST', 'portal/register', { json: body });
    assert.equal(res.status, 201, res.text);
    const domain = String(res.body.tenant.domain);
    assertPortalAddress(res.body.reference, domain);

    // Unproven: neither portal/signin nor the page lets the owner in.
    const early = await server.call('POST', 'portal/signin', { json: { email, password: 'proven later 1' } });
    assert.deepEqual([early.status, early.body], [400, { error: 'params', message: ['Invalid login or password.'] }]);
    assert.equal(await pageSignin(domain, email, 'proven later 1'), 400);

    // The mail carries the key; using the link proves the e-mail.
    const mail = await smtp.waitFor(email.toLowerCase());
    const link = linkIn(mail.raw);
    assert.equal(link.hostname, domain);
    assert.ok((link.searchParams.get('key') ?? '').length > 20);
    const form = await server.app.inject({
      method: 'GET',
      url: link.pathname + link.search,
      headers: { host: domain },
    });
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="password"/, 'the password was given at registration');
    const csrf = (/name="csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '').replace(/&amp;/g, '&');
    const confirmed = await server.app.inject({
      method: 'POST',
      url: '/confirm',
      headers: { host: domain, origin: `http://${domain}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...Object.fromEntries(link.searchParams), csrf }).toString(),
    });
    assert.equal(confirmed.statusCode, 303, confirmed.body);

    const signin = await server.call('POST', 'portal/signin', { json: { email, password: 'proven later 1' } });
    assert.equal(signin.status, 200, signin.text);
    assert.equal(signin.body.tenants.length, 1);
    assert.equal(await pageSignin(domain, email, 'proven later 1'), 303);
  });

  it('anonymous registerbyemail follows the same rule', async () => {
    const email = `byemail-${Date.now()}@example.com`;
    const res = await server.call('POST', 'portal/registerbyemail', { json: { email, password: 'proven later 2' } });
    assert.equal(res.status, 201, res.text);
    assertPortalAddress(res.body.reference, String(res.body.tenant.domain));
    const link = linkIn((await smtp.waitFor(email)).raw);
    assert.equal(link.searchParams.get('type'), 'Auth');
    const early = await server.call('POST', 'portal/signin', { json: { email, password: 'proven later 2' } });
    assert.equal(early.status, 400);
  });

  it('a signed registration (the billing panel) is trusted: the key stays in reference and the owner is active', async () => {
    const body = registration({ password: 'trusted panel 1' });
    const res = await server.call('POST', 'portal/register', { auth: true, json: body });
    assert.equal(res.status, 201, res.text);
    assert.match(res.body.reference, /\/confirm\?type=Auth&email=.+&key=/);
    const signin = await server.call('POST', 'portal/signin', {
      json: { email: body.email, password: 'trusted panel 1' },
    });
    assert.equal(signin.status, 200, signin.text);
  });
});

describe('REGISTER_VERIFY_EMAIL off (the default): the compatible behaviour', () => {
  const server = useServer({ env: { AUTH_ALLOW_SKIP_REGISTER: 'true', MAX_ATTEMPTS_COUNT: '1000' } });

  it('an anonymous registrant gets the activation link in reference and signs in at once', async () => {
    const body = registration({ password: 'compatible 1' });
    const res = await server.call('POST', 'portal/register', { json: body });
    assert.equal(res.status, 201, res.text);
    assert.match(res.body.reference, /\/confirm\?type=Auth&email=.+&key=/);
    const signin = await server.call('POST', 'portal/signin', {
      json: { email: body.email, password: 'compatible 1' },
    });
    assert.equal(signin.status, 200, signin.text);
  });

  it('REGISTER_VERIFY_EMAIL without SMTP_URL is a configuration error', () => {
    assert.throws(
      () => loadConfig({ REGISTER_VERIFY_EMAIL: 'true' }),
      (error) =>
        error instanceof ConfigError &&
        error.problems.some((p) => p.startsWith('REGISTER_VERIFY_EMAIL: needs SMTP_URL')),
    );
  });
});
