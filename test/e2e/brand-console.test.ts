import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { brandFor } from '../../src/domain/brand/brand-for.js';
import { PNG_1PX } from '../helpers/brand-images.js';
import { browserSkip, launchChromium } from '../helpers/chromium.js';
import { startTestServer } from '../helpers/test-server.js';

/** An element's computed background colour; runs in the page (the test's TypeScript knows no DOM). */
const backgroundOf = (element: unknown): string =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(element)
    .backgroundColor;

/**
 * The Branding page in a real browser without JavaScript: the file input uploads a logo, Preview
 * draws the unsaved colour (its inline style is allowed by the CSP hash: a wrong hash would leave
 * the button uncoloured and report a violation), and Save stores the brand.
 */

const OPERATOR = { email: 'brand.browser@example.com', password: 'Brand-browser-2026' };

describe('the Branding page in a browser', () => {
  it(
    'uploads a logo, previews an unsaved colour under the page CSP, and saves',
    { skip: browserSkip, timeout: 120_000 },
    async () => {
      const server = await startTestServer({ env: { ADMIN_EMAIL: OPERATOR.email, ADMIN_PASSWORD: OPERATOR.password } });
      const dir = mkdtempSync(join(tmpdir(), 'brand-e2e-'));
      let browser: Browser | undefined;
      try {
        const logo = join(dir, 'logo.png');
        writeFileSync(logo, PNG_1PX);
        browser = await launchChromium();
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        const base = server.baseUrl;
        await page.goto(`${base}/console/branding`);
        await page.getByLabel('E-mail').fill(OPERATOR.email);
        await page.getByLabel('Password').fill(OPERATOR.password);
        await Promise.all([
          page.waitForURL(`${base}/console/branding`),
          page.getByRole('button', { name: 'Sign in' }).click(),
        ]);
        assert.equal(await page.locator('h1').innerText(), 'Branding');

        await page.getByLabel('Product name').fill('Browser Cloud');
        await page.getByLabel('Primary colour').fill('#8a1538');
        await page.getByLabel(/^Logo/).setInputFiles(logo);
        await page.getByRole('button', { name: 'Preview' }).click();
        assert.match(
          await page.locator('#brand-preview-panel').innerText(),
          /not saved yet[\s\S]*Sign in to Browser Cloud/,
        );
        const button = page.locator('.preview-card .preview-button');
        assert.equal(await button.evaluate(backgroundOf), 'rgb(138, 21, 56)');
        assert.equal(
          await page
            .locator('.preview-card img.preview-logo')
            .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
          1,
        );
        assert.deepEqual(violations, []);
        assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Hosted portals');

        await Promise.all([
          page.waitForURL(`${base}/console/branding?notice=brand-saved`),
          page.getByRole('button', { name: 'Save brand' }).click(),
        ]);
        assert.match(await page.getByRole('status').innerText(), /The brand is saved/);
        const brand = await brandFor(server.ctx, server.store.db, { clientId: null });
        assert.equal(brand.productName, 'Browser Cloud');
        assert.equal(brand.primaryColor, '#8a1538');
        assert.ok(brand.logo, 'the logo uploaded before the preview was saved');
        assert.equal(await page.locator('.preview-card img.preview-logo').getAttribute('src'), brand.logo.path);
        assert.equal(await page.locator('.preview-card .preview-button').evaluate(backgroundOf), 'rgb(138, 21, 56)');
      } finally {
        await browser?.close();
        await server.close({ drop: true });
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
