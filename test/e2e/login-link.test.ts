import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkip, launchChromium } from '../helpers/chromium.js';
import { freePort } from '../helpers/free-port.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The panel's "log in to your portal" button in a real browser: the link portal/loginlink answers
 * signs the owner in on the portal's own host, lands on the home page with a session cookie, and
 * works once.
 */

/** The app on a port chosen up front, so the links it answers carry the port it listens on. */
async function startOnKnownPort(): Promise<TestServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startTestServer({ env: { PORT: String(port) } });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
    }
  }
}

describe('login link in a browser', () => {
  it(
    'opens once: signed in on the portal home with a session cookie; again → the 410 page',
    { skip: browserSkip, timeout: 120_000 },
    async () => {
      const server = await startOnKnownPort();
      let browser: Browser | undefined;
      try {
        const registered = await server.call('POST', 'portal/register', {
          auth: true,
          json: registration({ password: 'owner password 123' }),
        });
        assert.equal(registered.status, 201, registered.text);
        const portalName = String(registered.body.tenant.portalName);
        const domain = String(registered.body.tenant.domain);
        const port = new URL(server.baseUrl).port;
        const issued = await server.call('POST', 'portal/loginlink', { auth: true, json: { portalName, ttl: 120 } });
        assert.equal(issued.status, 200, issued.text);
        const link = String(issued.body.link);
        assert.equal(new URL(link).host, `${domain}:${port}`);

        browser = await launchChromium();
        const context = await browser.newContext();
        const tab = await context.newPage();
        const opened = await tab.goto(link);
        assert.equal(opened?.status(), 200);
        assert.equal(tab.url(), `http://${domain}:${port}/`);
        assert.equal(await tab.locator('h1').innerText(), portalName);
        const main = await tab.locator('main').innerText();
        assert.match(main, /Signed in as Ada Lovelace/);
        assert.match(main, new RegExp(`Name\\s+${portalName}`));

        const session = (await context.cookies()).find((c) => c.name === 'portal_session');
        assert.ok(session, 'the browser holds a session cookie');
        assert.equal(session.httpOnly, true);
        assert.equal(session.domain, domain, 'host-only: the portal host alone');

        // The same link in a fresh browser (no session): used, so the 410 page and no cookie.
        const other = await browser.newContext();
        const second = await other.newPage();
        const reused = await second.goto(link);
        assert.equal(reused?.status(), 410);
        assert.equal(await second.locator('h1').innerText(), 'Link already used');
        assert.equal(
          (await other.cookies()).find((c) => c.name === 'portal_session'),
          undefined,
        );
      } finally {
        await browser?.close();
        await server.close({ drop: true });
      }
    },
  );
});
