import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seededPortalName, seedPortals } from '../../bench/seed.js';
import { DAY_MS } from '../../src/domain/time.js';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { browserSkip, launchChromium } from '../helpers/chromium.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The operator console in a real browser (JavaScript does nothing here: the pages have none),
 * over 10,000 seeded portals: sign-in, a search, suspending a portal with a reason (status and
 * audit entry on the page), changing its tariff (tariff/get agrees), a wrong password and a
 * forged CSRF token refused, signed-out pages sent to sign-in.
 *
 * With CONSOLE_SCREENSHOTS_DIR set it also saves the main pages there (docs/images for the docs):
 *   CONSOLE_SCREENSHOTS_DIR=docs/images node --import tsx --test test/e2e/console.test.ts
 */

const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS_DIR;

const OPERATOR = { email: 'maria.keller@example.com', password: 'Console-demo-2026' };
const SEEDED = 10_000;

describe('operator console in a browser', () => {
  it(
    'sign in, search among 10,000 portals, suspend, change the tariff; refusals and redirects',
    { skip: browserSkip, timeout: 240_000 },
    async () => {
      const server = await startTestServer({
        env: {
          ADMIN_EMAIL: OPERATOR.email,
          ADMIN_PASSWORD: OPERATOR.password,
          MAX_ATTEMPTS_COUNT: '1000',
          WEBHOOK_ALLOW_PRIVATE: 'true',
          WEBHOOK_TIMEOUT_MS: '500',
          WEBHOOK_RETRY_SCHEDULE: '3600',
        },
      });
      let browser: Browser | undefined;
      try {
        await seedPortals(server.database.url, SEEDED);
        await spreadOverThirtyDays(server);
        const named = await realisticData(server);
        const target = seededPortalName(4242);

        browser = await launchChromium();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
        const page = await context.newPage();
        const base = server.baseUrl;

        // Signed out: every page leads to sign-in.
        for (const path of ['/console', '/console/portals', '/console/audit']) {
          await page.goto(`${base}${path}`);
          assert.equal(new URL(page.url()).pathname, '/console/signin', path);
          assert.equal(await page.locator('h1').innerText(), 'Sign in to the console');
        }

        // A wrong password is refused with one message; the right one signs in and comes back to the page asked for.
        await page.getByLabel('E-mail').fill(OPERATOR.email);
        await page.getByLabel('Password').fill('not-the-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        assert.match(await page.getByRole('alert').innerText(), /E-mail or password is incorrect\./);
        assert.equal(new URL(page.url()).pathname, '/console/signin');
        await page.getByLabel('Password').fill(OPERATOR.password);
        await Promise.all([
          page.waitForURL(`${base}/console/audit`),
          page.getByRole('button', { name: 'Sign in' }).click(),
        ]);
        const session = (await context.cookies()).find((c) => c.name === 'console_session');
        assert.ok(session?.httpOnly, 'an HttpOnly session cookie');
        assert.equal(session?.sameSite, 'Strict');

        await page.goto(`${base}/console`);
        const overview = await page.locator('main').innerText();
        assert.match(overview, /Portals\s+10,0\d\d/);
        assert.match(overview, /registrations from/);
        await shoot(page, 'console-overview.png');
        await shoot(page, 'console-overview-phone.png', 375);

        // The portals list, then a search among the 10,000.
        await page.getByRole('link', { name: 'Portals', exact: true }).click();
        assert.equal(await page.locator('h1').innerText(), 'Portals');
        await shoot(page, 'console-portals.png', 1280, true);
        await page.getByLabel('Search', { exact: true }).fill(target);
        await page.getByRole('button', { name: 'Apply filters' }).click();
        const rows = page.locator('#portals-table tbody tr');
        assert.equal(await rows.count(), 1);
        assert.match(
          await rows.first().innerText(),
          new RegExp(`${target}[\\s\\S]*owner4242@bench\\.example[\\s\\S]*Active`),
        );
        await rows.first().getByRole('link', { name: target }).click();
        assert.match(await page.locator('h1').innerText(), new RegExp(`^${target}\\s+Active$`));
        const portalUrl = page.url();
        const tenantId = Number(new URL(portalUrl).pathname.split('/').pop());

        // A forged CSRF token is refused and changes nothing.
        await page.locator('#status-form input[name="_csrf"]').evaluate(
          (input, value) => {
            (input as unknown as { value: string }).value = value;
          },
          `${Math.floor(Date.now() / 1000) + 3600}.${'C'.repeat(43)}`,
        );
        await page.getByLabel('Reason for suspending').fill('forged');
        const forged = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/status')),
          page.getByRole('button', { name: 'Suspend portal' }).click(),
        ]);
        assert.equal(forged[0].status(), 403);
        assert.equal(await page.locator('h1').innerText(), 'Form refused');
        assert.equal(
          (await server.call('GET', 'portal/get', { auth: true, query: { portalName: target } })).body.tenants[0]
            .status,
          'Active',
        );

        // Suspend with a reason: the status and the audit entry show on the page.
        await page.goto(portalUrl);
        await page.getByLabel('Reason for suspending').fill('Invoice INV-4242 unpaid');
        await Promise.all([
          page.waitForURL(`${portalUrl}?notice=suspended`),
          page.getByRole('button', { name: 'Suspend portal' }).click(),
        ]);
        const heading = await page.locator('.page-heading').innerText();
        assert.match(heading, /Suspended/);
        assert.match(await page.locator('main').innerText(), /The portal is suspended\./);
        const trail = await page.locator('#portal-audit').innerText();
        assert.match(trail, /portal\.status/);
        assert.match(trail, new RegExp(OPERATOR.email.replace(/\./g, '\\.')));
        assert.match(trail, /Invoice INV-4242 unpaid/);

        // Change the tariff: the page and tariff/get agree.
        await page.getByLabel('Active users').fill('250');
        await page.getByLabel('Due date').fill('2031-01-31');
        await Promise.all([
          page.waitForURL(`${portalUrl}?notice=tariff`),
          page.getByRole('button', { name: 'Save tariff' }).click(),
        ]);
        assert.match(await page.locator('main').innerText(), /The tariff is saved\./);
        const tariff = (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenantId) } }))
          .body.tariff;
        assert.equal(tariff.activeUsers, 250);
        assert.equal(tariff.dueDate, '2031-01-31T00:00:00.000Z');
        assert.equal(await page.getByLabel('Active users').inputValue(), '250');
        assert.match(await page.locator('#portal-audit').innerText(), /tariff\.set[\s\S]*activeUsers/);

        // The main pages, with realistic data.
        await page.goto(`${base}/console/portals/${named.acme}`);
        await shoot(page, 'console-portal.png');
        await shoot(page, 'console-portal-phone.png', 375);
        await page.goto(`${base}/console/clients`);
        assert.match(await page.locator('#clients-table').innerText(), /Billing panel/);
        await shoot(page, 'console-clients.png');
        await page.goto(`${base}/console/webhooks`);
        assert.match(await page.locator('#webhooks-table').innerText(), /127\.0\.0\.1/);
        await shoot(page, 'console-webhooks.png');
        await page.goto(`${base}/console/audit`);
        assert.match(await page.locator('#audit-table').innerText(), /tariff\.set/);
        await shoot(page, 'console-audit.png', 1280, true);

        // Sign out: the pages send to sign-in again.
        await Promise.all([
          page.waitForURL(/\/console\/signin\?notice=signed-out$/),
          page.getByRole('button', { name: 'Sign out' }).click(),
        ]);
        assert.match(await page.locator('main').innerText(), /You are signed out\./);
        await page.goto(portalUrl);
        assert.equal(new URL(page.url()).pathname, '/console/signin');
      } finally {
        await browser?.close();
        await server.close({ drop: true });
      }
    },
  );
});

/**
 * A screenshot into CONSOLE_SCREENSHOTS_DIR (when set), at `width` pixels, of the whole page or
 * its first screen; kept small.
 */
async function shoot(page: Page, file: string, width = 1280, firstScreenOnly = false): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  const dir = resolve(SCREENSHOTS);
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  // A long list is shown by its first screen (a tall one), a page by the whole of it.
  if (width !== size?.width || firstScreenOnly)
    await page.setViewportSize({ width, height: firstScreenOnly ? 1100 : 800 });
  const path = join(dir, file);
  await page.screenshot({ path, fullPage: !firstScreenOnly, animations: 'disabled' });
  if ((width !== size?.width || firstScreenOnly) && size !== null) await page.setViewportSize(size);
  const kb = Math.round(statSync(path).size / 1024);
  assert.ok(kb < 300, `${file} is ${kb} KB (keep screenshots under 300 KB)`);
  process.stdout.write(`# screenshot ${path} ${kb} KB\n`);
}

/** The seeded portals "registered" over the last 30 days, more each week (a chart worth looking at). */
async function spreadOverThirtyDays(server: TestServer): Promise<void> {
  const now = Date.now();
  const db = server.store.db;
  let first = 1;
  for (let day = 29; day >= 0; day--) {
    // Busier towards today, quieter on weekends.
    const weekday = new Date(now - day * DAY_MS).getUTCDay();
    const weight = (60 - day) * (weekday === 0 || weekday === 6 ? 0.55 : 1);
    const count = Math.round((SEEDED * weight) / 1350);
    const last = day === 0 ? SEEDED : Math.min(SEEDED, first + count - 1);
    if (last < first) continue;
    await db
      .updateTable('tenants')
      .set({ created_at: new Date(now - day * DAY_MS - 3_600_000) })
      .where('alias', '>=', seededPortalName(first))
      .where('alias', '<=', seededPortalName(last))
      .execute();
    first = last + 1;
  }
}

/** Portals with real-looking names (some through API clients), a webhook endpoint and its deliveries. */
async function realisticData(server: TestServer): Promise<{ readonly acme: number }> {
  const clients = [
    {
      clientId: 'billing-panel',
      name: 'Billing panel',
      scopes: ['portals:read', 'portals:write', 'billing', 'loginlink'],
      rateLimit: 600,
    },
    { clientId: 'reseller-nordics', name: 'Nordics reseller', maxPortals: 500, partnerId: 'nordics' },
    { clientId: 'signup-site', name: 'Sign-up site', scopes: ['portals:write'] },
  ];
  const secrets = new Map<string, string>();
  for (const client of clients) {
    const res = await server.call('POST', 'client/create', { auth: true, json: client });
    assert.equal(res.status, 201, res.text);
    secrets.set(client.clientId, res.body.secret);
  }
  const webhook = await server.call('POST', 'webhook/create', {
    auth: true,
    json: {
      url: 'http://127.0.0.1:9/hooks/hosted-api',
      description: 'Provisioning (billing)',
      events: ['portal.registered', 'portal.suspended', 'portal.resumed', 'portal.removed', 'tariff.changed'],
    },
  });
  assert.equal(webhook.status, 201, webhook.text);
  const portals: Array<[string, string, string, string | null]> = [
    ['vandelay-imports', 'Art', 'Vandelay', 'signup-site'],
    ['oscorp-labs', 'Norman', 'Osborn', 'reseller-nordics'],
    ['tyrell-corp', 'Eldon', 'Tyrell', 'billing-panel'],
    ['soylent-co', 'Sol', 'Roth', null],
    ['cyberdyne', 'Miles', 'Dyson', 'billing-panel'],
    ['wayne-enterprises', 'Lucius', 'Fox', 'reseller-nordics'],
    ['hooli-cloud', 'Gavin', 'Belson', 'billing-panel'],
    ['umbrella-labs', 'Alexia', 'Ashford', null],
    ['initech', 'Bill', 'Lumbergh', 'billing-panel'],
    ['globex-eu', 'Hank', 'Scorpio', 'reseller-nordics'],
    ['acme-corp', 'Jane', 'Doe', 'billing-panel'],
  ];
  let acme = 0;
  for (const [portalName, firstName, lastName, clientId] of portals) {
    const auth = clientId === null ? true : signAscToken(secrets.get(clientId) ?? '', clientId, new Date());
    const res = await server.call('POST', 'portal/register', {
      auth,
      json: {
        portalName,
        firstName,
        lastName,
        email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@${portalName}.example`,
        password: 'Owner-pass-2026',
        language: 'en-US',
      },
    });
    assert.equal(res.status, 201, res.text);
    if (portalName === 'acme-corp') acme = res.body.tenant.tenantId;
  }
  await server.call('PUT', 'tariff/set', {
    auth: true,
    json: { portalName: 'acme-corp', plan: 'business', activeUsers: 250 },
  });
  await server.call('PUT', 'portal/usage', {
    auth: true,
    json: { portalName: 'acme-corp', usedSize: 61_203_283_968, usersCount: 184 },
  });
  await server.call('PUT', 'portal/status', {
    auth: true,
    json: { portalName: 'oscorp-labs', status: 'Suspended', reason: 'Invoice INV-2026-1184 unpaid' },
  });
  await server.call('DELETE', 'portal/remove', { auth: true, json: { portalName: 'soylent-co' } });
  await server.call('PUT', 'settings/save', {
    auth: true,
    json: { portalName: 'acme-corp', key: 'LogoText', value: 'ACME' },
  });
  return { acme };
}
