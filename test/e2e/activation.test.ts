import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { findMailTo } from '../../src/store/repositories/outbox.js';
import { browserSkip, launchChromium } from '../helpers/chromium.js';
import { freePort, plainTextPart, startSmtpPeer } from '../helpers/smtp-peer.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Activation end to end: a real SMTP server receives the activation mail, a real browser follows
 * its link on the portal's own host, sets the password and ends up signed in.
 */

/** A quick sender, so the test does not wait out production poll intervals and backoff. */
const QUICK_SENDER = { pollIntervalMs: 100, backoffBaseMs: 200, backoffMaxMs: 800, maxAttempts: 100 };

/** The app on a port chosen up front, so the links it mails carry the port it really listens on. */
async function startWithSmtp(smtpPort: number): Promise<TestServer> {
  // The port is free when chosen but another test may take it before we listen: choose again.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startTestServer({
        env: {
          PORT: String(port),
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          MAIL_FROM: 'Portals <portals@example.com>',
        },
        mail: { timing: QUICK_SENDER },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
    }
  }
}

function activationLinkIn(raw: string): URL {
  const text = plainTextPart(raw);
  const match = /https?:\/\/\S+\/confirm\?\S+/.exec(text);
  assert.ok(match, `no activation link in:\n${text}`);
  return new URL(match[0]);
}

describe('activation end to end', () => {
  it(
    'mail → link → password → signed in; portal/signin then works; the used link is refused',
    { skip: browserSkip, timeout: 120_000 },
    async () => {
      const smtp = await startSmtpPeer();
      const server = await startWithSmtp(smtp.port);
      let browser: Browser | undefined;
      try {
        const body = registration();
        const email = String(body.email);
        const res = await server.call('POST', 'portal/register', { auth: true, json: body });
        assert.equal(res.status, 201, res.text);
        const domain = String(res.body.tenant.domain);
        const port = new URL(server.baseUrl).port;

        const mail = await smtp.waitFor(email);
        assert.equal(mail.from, 'portals@example.com');
        assert.match(mail.raw, /^Subject: Activate your portal/m);
        assert.match(mail.raw, /Content-Type: text\/html/i, 'the mail has an HTML part too');
        const link = activationLinkIn(mail.raw);
        assert.equal(link.host, `${domain}:${port}`);
        assert.equal(link.toString(), res.body.reference, 'the mailed link is the reference register answered');

        browser = await launchChromium();
        const context = await browser.newContext();
        const page = await context.newPage();
        const opened = await page.goto(link.toString());
        assert.equal(opened?.status(), 200);
        assert.equal(await page.locator('h1').innerText(), 'Activate your portal');
        await page.getByLabel('New password').fill('my new portal password');
        await page.getByLabel('Repeat the password').fill('my new portal password');
        await Promise.all([
          page.waitForURL(`http://${domain}:${port}/?activated=1`),
          page.getByRole('button', { name: 'Activate and sign in' }).click(),
        ]);
        const home = await page.locator('main').innerText();
        assert.match(home, /Your portal is activated and you are signed in\./);
        assert.match(home, new RegExp(`Address\\s+${domain.replace(/\./g, '\\.')}`));
        assert.match(home, /Plan\s+default/);

        const session = (await context.cookies()).find((c) => c.name === 'portal_session');
        assert.ok(session, 'the browser holds a session cookie');
        assert.equal(session.httpOnly, true);
        assert.equal(session.sameSite, 'Lax');
        assert.equal(session.domain, domain, 'host-only: the portal host alone');

        // portal/signin answers for the password set in the browser, and its link signs in too.
        const signin = await server.call('POST', 'portal/signin', {
          json: { email, password: 'my new portal password' },
        });
        assert.equal(signin.status, 200, signin.text);
        const portalLink = String(signin.body.tenants[0]?.portalLink);
        const fresh = await browser.newContext();
        const linkPage = await fresh.newPage();
        await linkPage.goto(portalLink);
        assert.equal(new URL(linkPage.url()).pathname, '/');
        assert.match(await linkPage.locator('main').innerText(), /Signed in as/);

        // The activation link was used: a 4xx page now.
        const reused = await page.goto(link.toString());
        assert.equal(reused?.status(), 410);
        assert.equal(await page.locator('h1').innerText(), 'Link already used');

        // Sign out, then sign in again with the sign-in form.
        await page.goto(`http://${domain}:${port}/`);
        await Promise.all([
          page.waitForURL(/\/signin\?signedout=1$/),
          page.getByRole('button', { name: 'Sign out' }).click(),
        ]);
        assert.match(await page.locator('main').innerText(), /You are signed out\./);
        assert.equal(
          (await context.cookies()).find((c) => c.name === 'portal_session'),
          undefined,
        );
        await page.getByLabel('E-mail').fill(email);
        await page.getByLabel('Password').fill('my new portal password');
        await Promise.all([
          page.waitForURL(`http://${domain}:${port}/`),
          page.getByRole('button', { name: 'Sign in' }).click(),
        ]);
        assert.match(await page.locator('main').innerText(), /Signed in as/);
      } finally {
        await browser?.close();
        await server.close({ drop: true });
        await smtp.close();
      }
    },
  );

  it(
    'with the mail server down, registration answers at once and the mail arrives once it is back',
    { timeout: 60_000 },
    async () => {
      const smtpPort = await freePort();
      const server = await startWithSmtp(smtpPort);
      let smtp: Awaited<ReturnType<typeof startSmtpPeer>> | undefined;
      try {
        const body = registration();
        const email = String(body.email);
        const started = performance.now();
        const res = await server.call('POST', 'portal/register', { auth: true, json: body });
        const elapsed = performance.now() - started;
        assert.equal(res.status, 201, res.text);
        assert.ok(elapsed < 2_000, `registration took ${Math.round(elapsed)} ms with the mail server down`);

        // The sender tries, fails, and keeps the reason.
        const deadline = Date.now() + 10_000;
        let row = (await findMailTo(server.store.db, email))[0];
        while ((row === undefined || row.attempts < 2) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          row = (await findMailTo(server.store.db, email))[0];
        }
        assert.ok(row && row.attempts >= 2, 'the sender retried');
        assert.equal(row.sentAt, null);
        assert.match(row.lastError ?? '', /ECONNREFUSED/);

        smtp = await startSmtpPeer(smtpPort);
        const mail = await smtp.waitFor(email);
        assert.equal(activationLinkIn(mail.raw).toString(), res.body.reference);
        const sent = await findMailTo(server.store.db, email);
        for (let i = 0; i < 40 && sent[0]?.sentAt === null; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          sent.splice(0, 1, ...(await findMailTo(server.store.db, email)));
        }
        assert.notEqual(sent[0]?.sentAt, null, 'the row is marked sent');
        assert.equal(smtp.received.filter((m) => m.to.includes(email)).length, 1, 'delivered once');
      } finally {
        await server.close({ drop: true });
        await smtp?.close();
      }
    },
  );
});
