import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { cookiePair, hidden, page, pathOf, type PageResponse } from '../helpers/portal-pages.js';
import { plainTextPart, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.js';
import { registration, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/**
 * "Forgot password?" on the portal's sign-in page: the owner gives the e-mail and gets a one-time
 * reset link by mail (the page says the same whether or not the address is the owner's), opens
 * it, and sets a new password against the policy.
 */

const OLD_PASSWORD = 'the old password 1';
const QUICK_SENDER = { pollIntervalMs: 50, backoffBaseMs: 100, backoffMaxMs: 200 };

const servers = useServers();
const peers: SmtpPeer[] = [];
after(async () => {
  for (const peer of peers.splice(0)) await peer.close();
});

async function startWithMail(
  options: { env?: Record<string, string>; clock?: ReturnType<typeof fixedClock> } = {},
): Promise<{ server: TestServer; smtp: SmtpPeer }> {
  const smtp = await startSmtpPeer();
  peers.push(smtp);
  const server = await servers.start({
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ...options.env },
    mail: { timing: QUICK_SENDER },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { server, smtp };
}

interface Portal {
  readonly email: string;
  readonly host: string;
  readonly portalName: string;
}

async function activatedPortal(server: TestServer): Promise<Portal> {
  const body = registration({ password: OLD_PASSWORD });
  const res = await server.call('POST', 'portal/register', { auth: true, json: body });
  assert.equal(res.status, 201, res.text);
  return {
    email: String(body.email),
    host: new URL(res.body.reference).host,
    portalName: String(res.body.tenant.portalName),
  };
}

/** GET /forgot, then POST it with `email` (and whatever `tamper` changes); returns the POST's answer. */
async function forgot(
  server: TestServer,
  portal: Portal,
  email: string,
  tamper: { csrf?: string | null; origin?: string | null; ip?: string } = {},
): Promise<PageResponse> {
  const headers = tamper.ip === undefined ? undefined : { 'x-forwarded-for': tamper.ip };
  const form = await page(server, 'GET', '/forgot', { host: portal.host, ...(headers ? { headers } : {}) });
  assert.equal(form.status, 200, form.body);
  const fields: Record<string, string> = { email };
  const csrf = tamper.csrf === undefined ? hidden(form.body, 'csrf') : tamper.csrf;
  if (csrf !== null) fields.csrf = csrf;
  return page(server, 'POST', '/forgot', {
    host: portal.host,
    cookie: cookiePair(form.setCookies, 'portal_form'),
    form: fields,
    ...(tamper.origin === undefined ? {} : { origin: tamper.origin }),
    ...(headers ? { headers } : {}),
  });
}

const isReset = (raw: string) => /^Subject: Reset the password for/m.test(raw);

/** The reset mails `email` received so far (registration sent it an activation mail too). */
function resetMails(smtp: SmtpPeer, email: string): string[] {
  return smtp.received.filter((m) => m.to.includes(email) && isReset(m.raw)).map((m) => m.raw);
}

async function waitForReset(smtp: SmtpPeer, email: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = resetMails(smtp, email)[0];
    if (mail !== undefined) return mail;
    if (Date.now() > deadline) throw new Error(`no reset mail to ${email}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function resetLinkIn(raw: string): URL {
  const text = plainTextPart(raw);
  const match = /https?:\/\/\S+\/confirm\?\S+/.exec(text);
  assert.ok(match, `no reset link in:\n${text}`);
  return new URL(match[0]);
}

/** Opens the reset link's form and submits it; returns the POST's answer. */
async function chooseNewPassword(
  server: TestServer,
  link: URL,
  password: string,
  again = password,
): Promise<PageResponse> {
  const host = link.host;
  const form = await page(server, 'GET', pathOf(link.toString()), { host });
  assert.equal(form.status, 200, form.body);
  return page(server, 'POST', '/confirm', {
    host,
    form: { ...Object.fromEntries(link.searchParams), csrf: hidden(form.body, 'csrf'), password, passwordAgain: again },
  });
}

const signin = (server: TestServer, email: string, password: string) =>
  server.call('POST', 'portal/signin', { json: { email, password } });

describe('Forgot password?', () => {
  let server: TestServer;
  let smtp: SmtpPeer;
  before(async () => {
    ({ server, smtp } = await startWithMail({ env: { MAX_ATTEMPTS_COUNT: '1000' } }));
  });

  it('the sign-in page links to /forgot, which asks for the e-mail', async () => {
    const portal = await activatedPortal(server);
    const signinPage = await page(server, 'GET', '/signin', { host: portal.host });
    assert.equal(signinPage.status, 200);
    assert.match(signinPage.body, /<a href="\/forgot">Forgot your password\?<\/a>/);
    const form = await page(server, 'GET', '/forgot', { host: portal.host });
    assert.equal(form.status, 200);
    assert.match(form.body, /<h1>Forgot your password\?<\/h1>/);
    assert.match(form.body, /<label for="email">E-mail<\/label>/);
    assert.match(hidden(form.body, 'csrf'), /^\d+\.[A-Za-z0-9_-]{43}$/);
  });

  it('mails a one-time reset link to the owner; an unknown e-mail gets the identical page and no mail', async () => {
    const portal = await activatedPortal(server);
    const known = await forgot(server, portal, portal.email.toUpperCase());
    assert.equal(known.status, 200, known.body);
    const mail = await waitForReset(smtp, portal.email);
    assert.match(mail, new RegExp(`^Subject: Reset the password for ${portal.portalName}\\.`, 'm'));
    const link = resetLinkIn(mail);
    assert.equal(link.searchParams.get('type'), 'Reset');
    assert.equal(link.host, portal.host);

    const unknownAddress = `nobody-${Date.now()}@example.com`;
    const unknown = await forgot(server, portal, unknownAddress);
    assert.equal(unknown.status, known.status);
    assert.equal(unknown.body, known.body, 'the page must not tell whether the address is the owner’s');
    assert.deepEqual(unknown.setCookies, known.setCookies);
    // Another portal's owner is not this portal's owner either.
    const other = await activatedPortal(server);
    const elsewhere = await forgot(server, portal, other.email);
    assert.equal(elsewhere.body, known.body);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(
      smtp.received.filter((m) => m.to.includes(unknownAddress)).length,
      0,
      'no mail for an unknown address',
    );
    assert.deepEqual(resetMails(smtp, other.email), []);
    assert.equal(resetMails(smtp, portal.email).length, 1);
  });

  it('the link opens a form for a new password: policy enforced, passwords must match, works once, audited', async () => {
    const portal = await activatedPortal(server);
    assert.equal((await forgot(server, portal, portal.email)).status, 200);
    const link = resetLinkIn(await waitForReset(smtp, portal.email));

    const form = await page(server, 'GET', pathOf(link.toString()), { host: link.host });
    assert.equal(form.status, 200);
    assert.match(form.body, /<h1>Choose a new password<\/h1>/);
    assert.match(form.body, /name="password"/);
    assert.match(form.body, /name="passwordAgain"/);

    const short = await chooseNewPassword(server, link, 'short');
    assert.equal(short.status, 400);
    assert.match(short.body, /role="alert">The password must be at least 8 characters long\.</);
    const differ = await chooseNewPassword(server, link, 'a new password 1', 'a new password 2');
    assert.equal(differ.status, 400);
    assert.match(differ.body, /The two passwords are not the same\./);
    // Nothing changed yet: the old password still works.
    assert.equal((await signin(server, portal.email, OLD_PASSWORD)).status, 200);

    const done = await chooseNewPassword(server, link, 'a new password 1');
    assert.equal(done.status, 303, done.body);
    assert.equal(done.location, '/?reset=1');
    const home = await page(server, 'GET', '/?reset=1', {
      host: link.host,
      cookie: cookiePair(done.setCookies, 'portal_session'),
    });
    assert.equal(home.status, 200);
    assert.match(home.body, /Your new password is saved and you are signed in\./);

    assert.equal((await signin(server, portal.email, 'a new password 1')).status, 200, 'the new password works');
    const old = await signin(server, portal.email, OLD_PASSWORD);
    assert.equal(old.status, 400, 'the old one does not');

    const reused = await page(server, 'GET', pathOf(link.toString()), { host: link.host });
    assert.equal(reused.status, 410);
    assert.match(reused.body, /<h1>Link already used<\/h1>/);
    const reposted = await page(server, 'POST', '/confirm', {
      host: link.host,
      form: {
        ...Object.fromEntries(link.searchParams),
        csrf: hidden(form.body, 'csrf'),
        password: 'a third password 1',
        passwordAgain: 'a third password 1',
      },
    });
    assert.equal(reposted.status, 410);
    assert.equal((await signin(server, portal.email, 'a third password 1')).status, 400);

    const audit = await server.call('GET', 'audit/list', {
      auth: true,
      query: { action: 'owner.password', portalName: portal.portalName },
    });
    assert.equal(audit.body.events.length, 1);
    assert.equal(audit.body.events[0].actor.type, 'owner');
    assert.ok(!JSON.stringify(audit.body).includes('a new password 1'));
  });

  it('the sign-in page then signs in with the new password', async () => {
    const portal = await activatedPortal(server);
    await forgot(server, portal, portal.email);
    const link = resetLinkIn(await waitForReset(smtp, portal.email));
    assert.equal((await chooseNewPassword(server, link, 'brand new secret 9')).status, 303);
    const form = await page(server, 'GET', '/signin', { host: portal.host });
    const post = (password: string) =>
      page(server, 'POST', '/signin', {
        host: portal.host,
        cookie: cookiePair(form.setCookies, 'portal_form'),
        form: { csrf: hidden(form.body, 'csrf'), email: portal.email, password },
      });
    assert.equal((await post(OLD_PASSWORD)).status, 400);
    const ok = await post('brand new secret 9');
    assert.equal(ok.status, 303, ok.body);
  });

  it('CSRF: a POST without the token or from another origin is refused and mails nothing', async () => {
    const portal = await activatedPortal(server);
    for (const tamper of [{ csrf: null }, { csrf: 'forged' }, { origin: 'http://evil.example' }, { origin: null }]) {
      const res = await forgot(server, portal, portal.email, tamper);
      assert.equal(res.status, 403, JSON.stringify(tamper));
      assert.match(res.body, /<h1>Form refused<\/h1>/);
    }
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(resetMails(smtp, portal.email), []);
  });
});

describe('Forgot password? limits and expiry', () => {
  it('every POST counts against the attempt limit: 429 page with Retry-After', async () => {
    const { server, smtp } = await startWithMail({
      env: { MAX_ATTEMPTS_COUNT: '2', MAX_ATTEMPTS_INTERVAL: '600', TRUST_PROXY: 'true' },
    });
    const portal = await activatedPortal(server);
    const ip = '192.0.2.44';
    assert.equal((await forgot(server, portal, `a-${Date.now()}@example.com`, { ip })).status, 200);
    assert.equal((await forgot(server, portal, `b-${Date.now()}@example.com`, { ip })).status, 200);
    const limited = await forgot(server, portal, portal.email, { ip });
    assert.equal(limited.status, 429, limited.body);
    assert.match(limited.body, /<h1>Too many attempts<\/h1>/);
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 600, String(limited.headers['retry-after']));
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(resetMails(smtp, portal.email), [], 'a limited request mails nothing');
    // Another address is not limited.
    assert.equal((await forgot(server, portal, portal.email, { ip: '192.0.2.45' })).status, 200);
  });

  it('the reset link expires after an hour (410 page)', async () => {
    const clock = fixedClock(new Date('2026-06-01T08:00:00Z'));
    const { server, smtp } = await startWithMail({ clock, env: { MAX_ATTEMPTS_COUNT: '1000' } });
    const portal = await activatedPortal(server);
    await forgot(server, portal, portal.email);
    const link = resetLinkIn(await waitForReset(smtp, portal.email));
    clock.advance(59 * 60_000);
    assert.equal((await page(server, 'GET', pathOf(link.toString()), { host: link.host })).status, 200);
    clock.advance(60_000);
    const late = await page(server, 'GET', pathOf(link.toString()), { host: link.host });
    assert.equal(late.status, 410);
    assert.match(late.body, /<h1>Link expired<\/h1>/);
    assert.equal((await signin(server, portal.email, OLD_PASSWORD)).status, 200);
  });
});
