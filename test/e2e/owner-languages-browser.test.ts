import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Brand } from '../../src/domain/brand/brand.js';
import { CATALOGS, translator, type Catalogs, type Translator } from '../../src/i18n/index.js';
import { MAIL_KINDS, renderOwnerMail } from '../../src/mail/render/owner-mails.js';
import { sampleMailVars } from '../../src/mail/render/sample-mails.js';
import { browserSkip, launchChromium, LAYOUT_PROBE, type LayoutReport } from '../helpers/chromium.js';
import { PSEUDO_ACCENTED, PSEUDO_RTL, pseudoAccented, pseudoRtl } from '../helpers/pseudo-locale.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Every owner mail and page in a real browser on a phone-sized screen (375 px): nothing wider
 * than the screen, every image with alt text, `<html lang dir>` right — in every shipped language,
 * and in the pseudo-locales that stretch the text by 40 % (en-XA) and turn it right to left
 * (ar-XB). WRITE_SCREENSHOTS=1 also writes the pictures in docs/images/.
 */

const PHONE = { width: 375, height: 740 };

/** A brand with a logo, so the mails' images are checked too. */
const BRAND: Brand = {
  productName: 'Acme Office',
  logo: { path: '/brand/logo/0123abcd.png', alt: 'Acme Office' },
  primaryColor: '#b4361d',
  supportEmail: 'help@acme.example',
  supportUrl: 'https://acme.example/help',
  legalFooter: 'Acme GmbH · Musterstraße 1 · 10115 Berlin · Registergericht Berlin-Charlottenburg HRB 123456',
  mailFrom: null,
};

/** A 1×1 PNG, served for the logo. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const PSEUDO: Catalogs = new Map([...CATALOGS, [PSEUDO_ACCENTED, pseudoAccented()], [PSEUDO_RTL, pseudoRtl()]]);
const ORIGIN = 'http://acme-docs.localhost';

function assertFits(report: LayoutReport, what: string): void {
  assert.ok(
    report.scrollWidth <= report.clientWidth,
    `${what}: ${report.scrollWidth} px wide in ${report.clientWidth}`,
  );
  assert.deepEqual(report.wide, [], `${what}: elements wider than the screen`);
  assert.equal(report.noAlt, 0, `${what}: images without alt text`);
}

const screenshots = process.env.WRITE_SCREENSHOTS === '1';

async function shoot(page: Page, name: string): Promise<void> {
  if (!screenshots) return;
  writeFileSync(new URL(`../../docs/images/${name}.png`, import.meta.url), await page.screenshot({ fullPage: true }));
}

describe('owner mails and pages on a 375 px screen', { skip: browserSkip }, () => {
  let browser: Browser;
  let server: TestServer;
  before(async () => {
    browser = await launchChromium();
    server = await startTestServer({ overrides: { brandFor: async () => BRAND } });
  });
  after(async () => {
    await browser?.close();
    await server?.close({ drop: true });
  });

  const phonePage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.route('**/brand/logo/**', (route) => route.fulfill({ contentType: 'image/png', body: PIXEL }));
    return page;
  };

  const mailLanguages: ReadonlyArray<[string, Translator]> = [
    ...['en', 'de', 'fr', 'ru', 'ja', 'zh-CN', 'ko'].map((tag): [string, Translator] => [tag, translator(tag)]),
    [PSEUDO_ACCENTED, translator(PSEUDO_ACCENTED, PSEUDO)],
    [PSEUDO_RTL, translator(PSEUDO_RTL, PSEUDO)],
  ];

  it(
    'renders every mail kind without overflow, images with alt, in the mail language',
    { timeout: 120_000 },
    async () => {
      const page = await phonePage();
      for (const [tag, t] of mailLanguages) {
        for (const kind of MAIL_KINDS) {
          const mail = renderOwnerMail(kind, sampleMailVars(kind, ORIGIN), {
            t,
            brand: BRAND,
            links: { origin: ORIGIN, unsubscribe: `${ORIGIN}/unsubscribe?kind=usageAlert&user=u&key=k` },
          });
          await page.setContent(mail.html.value, { waitUntil: 'load' });
          const report = (await page.evaluate(LAYOUT_PROBE)) as LayoutReport;
          assertFits(report, `${kind} in ${tag}`);
          assert.equal(report.lang, t.language, `${kind} in ${tag}`);
          assert.equal(report.dir, t.direction, `${kind} in ${tag}`);
          if (tag === 'ja' && kind === 'activation') await shoot(page, 'mail-activation-ja');
          if (tag === 'de' && kind === 'usageAlert') await shoot(page, 'mail-usage-alert-de');
        }
      }
    },
  );

  it(
    'shows the sign-in page of a portal in each of the languages, fitting the screen',
    { timeout: 180_000 },
    async () => {
      const page = await phonePage();
      const port = new URL(server.baseUrl).port;
      for (const [tag] of CATALOGS) {
        const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ language: tag }) });
        assert.equal(res.status, 201, res.text);
        const host = `${String(res.body.tenant.domain)}:${port}`;
        const opened = await page.goto(`http://${host}/signin`);
        assert.equal(opened?.status(), 200, tag);
        const report = (await page.evaluate(LAYOUT_PROBE)) as LayoutReport;
        assertFits(report, `sign-in in ${tag}`);
        assert.equal(report.lang, tag);
        assert.equal(await page.locator('h1').innerText(), translator(tag).t('signin.title'));
        // The brand's colour reached the button through the brand style sheet.
        const background = await page.evaluate(
          "getComputedStyle(document.querySelector('button[type=submit]')).backgroundColor",
        );
        assert.equal(background, 'rgb(180, 54, 29)', tag);
        if (tag === 'fr') await shoot(page, 'page-signin-fr');

        if (['ja', 'de', 'ru', 'tr'].includes(tag)) {
          const activation = await page.goto(String(res.body.reference).replace(/:0\//, `:${port}/`));
          assert.equal(activation?.status(), 200, tag);
          assertFits((await page.evaluate(LAYOUT_PROBE)) as LayoutReport, `activation in ${tag}`);
          assert.equal(await page.locator('h1').innerText(), translator(tag).t('activation.title'));
        }
      }
    },
  );

  it(
    'lays out the pages in the pseudo-locales too: 40 % longer text, and right to left',
    { timeout: 60_000 },
    async () => {
      const { signinPage } = await import('../../src/http/pages/views.js');
      const { DEFAULT_BRAND } = await import('../../src/domain/brand/brand.js');
      const page = await phonePage();
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ language: 'en' }) });
      const host = `${String(res.body.tenant.domain)}:${new URL(server.baseUrl).port}`;
      for (const tag of [PSEUDO_ACCENTED, PSEUDO_RTL]) {
        const t = translator(tag, PSEUDO);
        const html = signinPage(
          { t, brand: { ...DEFAULT_BRAND, legalFooter: BRAND.legalFooter }, here: '/signin' },
          { portalDomain: String(res.body.tenant.domain), csrf: 'x', error: t.t('signin.failed') },
        );
        // The page from this process on the portal's host, so its style sheets load from the server.
        await page.route(`http://${host}/pseudo`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
        await page.goto(`http://${host}/pseudo`);
        const report = (await page.evaluate(LAYOUT_PROBE)) as LayoutReport;
        assertFits(report, `sign-in in ${tag}`);
        assert.equal(report.dir, t.direction);
      }
    },
  );
});
