import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkip, launchChromium } from '../helpers/chromium.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** /docs in a real browser: Swagger UI renders /openapi.json, with nothing fetched from elsewhere. */

describe('the API reference in a browser', { skip: browserSkip }, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close({ drop: true });
  });

  it(
    'renders every group and finds portal/register with its parameters, without console errors or outside requests',
    { timeout: 60_000 },
    async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      const outside: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:'))
          outside.push(request.url());
      });

      await page.goto(`${server.baseUrl}/docs`);
      await page.getByText('Hosted Solution API', { exact: false }).first().waitFor({ timeout: 30_000 });
      const register = page.locator('.opblock-summary-path', { hasText: '/api/portal/register' });
      await register.first().waitFor({ timeout: 30_000 });
      for (const tag of ['portal', 'tariff', 'settings', 'people', 'client', 'audit']) {
        assert.ok(await page.locator(`h3.opblock-tag[data-tag="${tag}"]`).count(), `tag ${tag} is not shown`);
      }
      // Open the method: its summary and its request body's example are shown.
      await register.first().click();
      await page.getByText('Register a portal with its owner').first().waitFor();
      await page.getByText('acme-docs', { exact: false }).first().waitFor();

      assert.deepEqual(outside, [], 'requests left the server');
      assert.deepEqual(problems, [], 'console errors');
      await page.close();
    },
  );
});
