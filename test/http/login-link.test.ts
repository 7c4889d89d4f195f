import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { cookiePair, hidden, page, pathOf } from '../helpers/portal-pages.js';
import { plainTextPart, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.js';
import { type StartOptions, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';
import { createClient, randomClientId, registerPortal } from '../helpers/builders.js';

/**
 * portal/loginlink — the "log in to your portal" button of a billing panel: a one-time,
 * short-lived /confirm?type=Signin link that signs the owner in on the portal host — and
 * portal/resendactivation, a new activation link mailed again.
 */

const servers = useServers();
async function start(options: StartOptions = {}): Promise<TestServer> {
  return servers.start(options);
}

const activated = (server: TestServer, auth: boolean | string = true) =>
  registerPortal(server, { password: 'the owner password 1' }, { auth });

/** A new API client with `scopes`: how to sign as it. */
async function clientWith(server: TestServer, label: string, scopes: string[]): Promise<() => string> {
  const client = await createClient(server, { clientId: randomClientId(label), scopes });
  return () => client.auth();
}

async function auditEvents(server: TestServer, action: string, portalName: string): Promise<any[]> {
  const res = await server.call('GET', 'audit/list', { auth: true, query: { action, portalName } });
  assert.equal(res.status, 200, res.text);
  return res.body.events;
}

describe('portal/loginlink', () => {
  let server: TestServer;
  before(async () => {
    server = await start({ env: { AUTH_ALLOW_SKIP_DEFAULT: 'true' } });
  });

  it('answers {link, expiresAt}: a /confirm?type=Signin link on the portal host, 300 s by default', async () => {
    const portal = await activated(server);
    const before = Date.now();
    const res = await server.call('POST', 'portal/loginlink', { auth: true, json: { portalName: portal.portalName } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(Object.keys(res.body).sort(), ['expiresAt', 'link']);
    const link = new URL(res.body.link);
    assert.equal(link.hostname, portal.domain);
    assert.equal(link.pathname, '/confirm');
    assert.equal(link.searchParams.get('type'), 'Signin');
    assert.equal(link.searchParams.get('email'), portal.email);
    assert.match(res.body.expiresAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const expires = Date.parse(res.body.expiresAt);
    assert.ok(expires >= before + 299_000 && expires <= Date.now() + 300_000, res.body.expiresAt);
    // By tenantId too.
    const byId = await server.call('POST', 'portal/loginlink', {
      auth: true,
      form: { tenantId: String(portal.tenantId) },
    });
    assert.equal(byId.status, 200, byId.text);
  });

  it('ttl is 30..3600 seconds; outside → 400 params', async () => {
    const portal = await activated(server);
    for (const ttl of ['29', '3601', '0', '-5', 'soon']) {
      const res = await server.call('POST', 'portal/loginlink', {
        auth: true,
        json: { portalName: portal.portalName, ttl },
      });
      assert.equal(res.status, 400, `ttl ${ttl}: ${res.text}`);
      assert.equal(res.body.error, 'params');
    }
    for (const ttl of [30, 3600]) {
      const before = Date.now();
      const res = await server.call('POST', 'portal/loginlink', {
        auth: true,
        json: { portalName: portal.portalName, ttl },
      });
      assert.equal(res.status, 200, res.text);
      const expires = Date.parse(res.body.expiresAt);
      assert.ok(
        expires >= before + (ttl - 1) * 1000 && expires <= Date.now() + ttl * 1000,
        `${ttl}: ${res.body.expiresAt}`,
      );
    }
  });

  it('opening the link signs the owner in once and lands on /; a second use → 410 page', async () => {
    const portal = await activated(server);
    const issued = await server.call('POST', 'portal/loginlink', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    const host = new URL(issued.body.link).host;
    const opened = await page(server, 'GET', pathOf(issued.body.link), { host });
    assert.equal(opened.status, 303, opened.body);
    assert.equal(opened.location, '/');
    const cookie = cookiePair(opened.setCookies, 'portal_session');
    const home = await page(server, 'GET', '/', { host, cookie });
    assert.equal(home.status, 200);
    assert.ok(home.body.includes(`<dd>${portal.portalName}</dd>`), home.body);
    assert.match(home.body, /Signed in as <strong>Ada Lovelace<\/strong>/);

    const again = await page(server, 'GET', pathOf(issued.body.link), { host });
    assert.equal(again.status, 410);
    assert.match(again.body, /<h1>Link already used<\/h1>/);
    assert.equal(
      again.setCookies.find((c) => c.startsWith('portal_session=')),
      undefined,
      'no session from a used link',
    );
  });

  it('audits portal.loginlink on issue and owner.signin on use', async () => {
    const portal = await activated(server);
    const issued = await server.call('POST', 'portal/loginlink', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    const issuedEvents = await auditEvents(server, 'portal.loginlink', portal.portalName);
    assert.equal(issuedEvents.length, 1);
    assert.deepEqual(issuedEvents[0].actor.type, 'operator');
    assert.equal(issuedEvents[0].actor.id, 'test');
    assert.equal(issuedEvents[0].tenantId, portal.tenantId);
    assert.deepEqual(await auditEvents(server, 'owner.signin', portal.portalName), []);

    const host = new URL(issued.body.link).host;
    assert.equal((await page(server, 'GET', pathOf(issued.body.link), { host })).status, 303);
    const used = await auditEvents(server, 'owner.signin', portal.portalName);
    assert.equal(used.length, 1);
    assert.equal(used[0].actor.type, 'owner');
    assert.equal(used[0].actor.id, portal.ownerId);
    // A refused second use records nothing.
    await page(server, 'GET', pathOf(issued.body.link), { host });
    assert.equal((await auditEvents(server, 'owner.signin', portal.portalName)).length, 1);
    const dump = JSON.stringify([...issuedEvents, ...used]);
    assert.ok(
      !dump.includes(new URL(issued.body.link).searchParams.get('key') ?? '-'),
      'the link key is never recorded',
    );
  });

  it('a suspended or removed portal → portalNameNotFound; a link issued before suspension does not sign in', async () => {
    const portal = await activated(server);
    const early = await server.call('POST', 'portal/loginlink', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    assert.equal(
      (
        await server.call('PUT', 'portal/status', {
          auth: true,
          json: { portalName: portal.portalName, status: 'Suspended' },
        })
      ).status,
      200,
    );
    const suspended = await server.call('POST', 'portal/loginlink', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    assert.equal(suspended.status, 400);
    assert.equal(suspended.body.error, 'portalNameNotFound');
    const opened = await page(server, 'GET', pathOf(early.body.link), { host: new URL(early.body.link).host });
    assert.equal(opened.status, 403);
    assert.equal(
      opened.setCookies.find((c) => c.startsWith('portal_session=')),
      undefined,
    );

    const removed = await activated(server);
    assert.equal(
      (await server.call('DELETE', 'portal/remove', { auth: true, query: { portalName: removed.portalName } })).status,
      200,
    );
    const gone = await server.call('POST', 'portal/loginlink', {
      auth: true,
      json: { portalName: removed.portalName },
    });
    assert.equal(gone.status, 400);
    assert.equal(gone.body.error, 'portalNameNotFound');
    const byId = await server.call('POST', 'portal/loginlink', { auth: true, json: { tenantId: removed.tenantId } });
    assert.equal(byId.body.error, 'portalNameNotFound');
  });

  it('an owner who has not activated yet → 400 params', async () => {
    const portal = await registerPortal(server);
    const res = await server.call('POST', 'portal/loginlink', { auth: true, json: { portalName: portal.portalName } });
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body, { error: 'params', message: ['The owner has not activated the portal yet'] });
    assert.deepEqual(await auditEvents(server, 'portal.loginlink', portal.portalName), []);
  });

  it('clients need the loginlink scope and see only their own portals; anonymous callers never', async () => {
    const withScope = await clientWith(server, 'panel', ['portals:read', 'portals:write', 'loginlink']);
    const withoutScope = await clientWith(server, 'plain', ['portals:read', 'portals:write']);
    const own = await activated(server, withScope());
    const res = await server.call('POST', 'portal/loginlink', {
      auth: withScope(),
      json: { portalName: own.portalName },
    });
    assert.equal(res.status, 200, res.text);
    const client = (await auditEvents(server, 'portal.loginlink', own.portalName))[0];
    assert.equal(client.actor.type, 'client');

    const theirs = await activated(server, withoutScope());
    const forbidden = await server.call('POST', 'portal/loginlink', {
      auth: withoutScope(),
      json: { portalName: theirs.portalName },
    });
    assert.equal(forbidden.status, 403);
    assert.deepEqual(forbidden.body, { error: 'forbidden', message: 'Scope loginlink is required' });

    // Another client's portal, and the operator's: not found, exactly as if they did not exist.
    const operators = await activated(server);
    for (const name of [theirs.portalName, operators.portalName]) {
      const hidden = await server.call('POST', 'portal/loginlink', { auth: withScope(), json: { portalName: name } });
      assert.equal(hidden.status, 400, hidden.text);
      assert.equal(hidden.body.error, 'portalNameNotFound');
    }
    // AUTH_ALLOW_SKIP_DEFAULT opens part 1's methods only.
    const anonymous = await server.call('POST', 'portal/loginlink', { json: { portalName: operators.portalName } });
    assert.equal(anonymous.status, 403, anonymous.text);
    assert.equal(anonymous.body.error, 'authorization');
  });
});

describe('portal/loginlink expiry (fixed clock)', () => {
  it('works until expiresAt and not at it: 410 page after', async () => {
    // Not on a whole second: the answer must say when the link really stops working.
    const clock = fixedClock(new Date('2026-05-04T10:00:00.750Z'));
    const server = await start({ clock });
    const portal = await activated(server);
    const issue = async (ttl: number) => {
      const res = await server.call('POST', 'portal/loginlink', {
        auth: true,
        json: { portalName: portal.portalName, ttl },
      });
      assert.equal(res.status, 200, res.text);
      return {
        link: String(res.body.link),
        expiresAt: new Date(res.body.expiresAt),
        host: new URL(res.body.link).host,
      };
    };
    const first = await issue(60);
    const second = await issue(60);
    assert.ok(
      first.expiresAt.getTime() > clock.now().getTime() + 59_000 &&
        first.expiresAt.getTime() <= clock.now().getTime() + 60_000,
    );

    clock.set(new Date(first.expiresAt.getTime() - 1));
    const inTime = await page(server, 'GET', pathOf(first.link), { host: first.host });
    assert.equal(inTime.status, 303, `valid just before expiresAt ${first.expiresAt.toISOString()}: ${inTime.body}`);

    clock.set(second.expiresAt);
    const late = await page(server, 'GET', pathOf(second.link), { host: second.host });
    assert.equal(late.status, 410);
    assert.match(late.body, /<h1>Link expired<\/h1>/);
    assert.equal(
      late.setCookies.find((c) => c.startsWith('portal_session=')),
      undefined,
    );
  });
});

describe('portal/resendactivation', () => {
  let server: TestServer;
  let smtp: SmtpPeer;
  before(async () => {
    smtp = await startSmtpPeer();
    server = await start({
      env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` },
      mail: { timing: { pollIntervalMs: 50, backoffBaseMs: 100, backoffMaxMs: 200 } },
    });
  });
  after(() => smtp.close());

  const mailsTo = async (email: string, count: number) => {
    const deadline = Date.now() + 15_000;
    while (smtp.received.filter((m) => m.to.includes(email)).length < count && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    return smtp.received.filter((m) => m.to.includes(email));
  };

  it('answers a new activation link that works, mails it again, and audits portal.resendactivation', async () => {
    const portal = await registerPortal(server);
    assert.equal((await mailsTo(portal.email, 1)).length, 1);
    const res = await server.call('POST', 'portal/resendactivation', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(Object.keys(res.body), ['reference']);
    const reference = String(res.body.reference);
    assert.equal(new URL(reference).searchParams.get('type'), 'Auth');

    const mails = await mailsTo(portal.email, 2);
    assert.equal(mails.length, 2);
    assert.match(mails[1]?.raw ?? '', /^Subject: Activate your portal/m);
    assert.ok(plainTextPart(mails[1]?.raw ?? '').includes(reference), 'the second mail carries the new link');

    const events = await auditEvents(server, 'portal.resendactivation', portal.portalName);
    assert.equal(events.length, 1);
    assert.equal(events[0].actor.type, 'operator');

    // The earlier link still opens its form (it stays valid until it expires); the new one activates.
    const host = new URL(reference).host;
    assert.equal((await page(server, 'GET', pathOf(portal.reference), { host })).status, 200);
    const form = await page(server, 'GET', pathOf(reference), { host });
    assert.equal(form.status, 200, form.body);
    const params = Object.fromEntries(new URL(reference).searchParams);
    const done = await page(server, 'POST', '/confirm', {
      host,
      form: {
        ...params,
        csrf: hidden(form.body, 'csrf'),
        password: 'chosen password 1',
        passwordAgain: 'chosen password 1',
      },
    });
    assert.equal(done.status, 303, done.body);
    assert.equal(done.location, '/?activated=1');

    // Now activated: no more resending.
    const again = await server.call('POST', 'portal/resendactivation', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    assert.equal(again.status, 400);
    assert.equal(again.body.error, 'params');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(smtp.received.filter((m) => m.to.includes(portal.email)).length, 2, 'no third mail');
  });

  it('an owner who registered with a password (activated) → 400 params', async () => {
    const portal = await activated(server);
    const res = await server.call('POST', 'portal/resendactivation', {
      auth: true,
      json: { portalName: portal.portalName },
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'params');
    assert.deepEqual(await auditEvents(server, 'portal.resendactivation', portal.portalName), []);
  });

  it('clients need portals:write, on their own portals only', async () => {
    const writer = await clientWith(server, 'writer', ['portals:read', 'portals:write']);
    const reader = await clientWith(server, 'reader', ['portals:read']);
    const own = await registerPortal(server, {}, { auth: writer() });
    const ok = await server.call('POST', 'portal/resendactivation', {
      auth: writer(),
      json: { portalName: own.portalName },
    });
    assert.equal(ok.status, 200, ok.text);
    const forbidden = await server.call('POST', 'portal/resendactivation', {
      auth: reader(),
      json: { portalName: own.portalName },
    });
    assert.equal(forbidden.status, 403);
    assert.deepEqual(forbidden.body, { error: 'forbidden', message: 'Scope portals:write is required' });
    const operators = await registerPortal(server);
    const hidden = await server.call('POST', 'portal/resendactivation', {
      auth: writer(),
      json: { portalName: operators.portalName },
    });
    assert.equal(hidden.status, 400);
    assert.equal(hidden.body.error, 'portalNameNotFound');
    const missing = await server.call('POST', 'portal/resendactivation', {
      auth: true,
      json: { portalName: 'nosuchportal42' },
    });
    assert.equal(missing.body.error, 'portalNameNotFound');
  });
});
