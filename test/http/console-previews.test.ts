import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_BRAND, type Brand } from '../../src/domain/brand/brand.js';
import { translator } from '../../src/i18n/index.js';
import { consoleBrowser, type ConsoleBrowser } from '../helpers/console-browser.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The console's previews of what owners receive and see: every mail and page in every language
 * and brand, read-only, the HTML in a sandboxed frame under a policy of its own.
 */

const ADMIN = { email: 'support@example.com', password: 'Support-pass-1' };

const CLIENT_BRAND: Brand = {
  productName: 'Reseller Docs',
  logo: null,
  primaryColor: '#0a7d34',
  supportEmail: 'help@reseller.example',
  supportUrl: null,
  legalFooter: null,
  mailFrom: { name: 'Reseller Docs', address: 'docs@reseller.example' },
};

describe('console previews', () => {
  let server: TestServer;
  let browser: ConsoleBrowser;
  let clientId: string;

  before(async () => {
    server = await startTestServer({
      env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, MAIL_FROM: 'Portals <portals@example.com>' },
      // A client's portals show its own brand; everyone else the defaults.
      overrides: { brandFor: async (_ctx, _db, portal) => (portal.clientId === null ? DEFAULT_BRAND : CLIENT_BRAND) },
    });
    const created = await server.call('POST', 'client/create', { auth: true, json: { name: 'Reseller' } });
    assert.equal(created.status, 201, created.text);
    clientId = String(created.body.client.clientId);
    browser = consoleBrowser(server);
    assert.equal((await browser.signIn(ADMIN.email, ADMIN.password)).status, 303);
  });
  after(() => server.close({ drop: true }));

  it('shows a mail: headers, text part, and the HTML part in a sandboxed frame', async () => {
    const page = await browser.get('/console/settings/previews?subject=mail:activation&language=ja');
    assert.equal(page.status, 200);
    assert.match(page.text, /<dd class="code">Portals &lt;portals@example.com&gt;<\/dd>/);
    const subject = translator('ja').t('mail.activation.subject', { portal: 'acme-docs.portals.example.com' });
    assert.ok(page.text.includes(`<dd class="code">${subject}</dd>`), 'the subject in Japanese');
    assert.match(page.text, /<pre class="preview-text">Ada 様/);
    assert.match(
      page.text,
      /<iframe [^>]*sandbox src="\/console\/settings\/previews\/frame\?subject=mail%3Aactivation&amp;language=ja"/,
    );
    assert.match(String(page.headers.get('content-security-policy')), /frame-src 'self'/);

    const frame = await browser.get('/console/settings/previews/frame?subject=mail:activation&language=ja');
    assert.equal(frame.status, 200);
    assert.match(frame.text, /^<!DOCTYPE html>\n<html lang="ja" dir="ltr">/);
    const policy = String(frame.headers.get('content-security-policy'));
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /frame-ancestors 'self'/);
    assert.match(policy, /sandbox/);
    assert.doesNotMatch(policy, /script-src/);
    assert.equal(frame.headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  it("shows a client's brand, and a page with the portal pages' style sheets", async () => {
    const page = await browser.get(`/console/settings/previews?subject=mail:usageAlert&language=de&brand=${clientId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /&quot;Reseller Docs&quot; &lt;docs@reseller.example&gt;/);
    assert.match(page.text, /List-Unsubscribe-Post/);
    const frame = await browser.get(
      `/console/settings/previews/frame?subject=page:signin&language=fr&brand=${clientId}`,
    );
    assert.match(frame.text, /<html lang="fr" dir="ltr">/);
    assert.match(frame.text, /<title>Connexion — Reseller Docs<\/title>/);
    const sheet = /href="(\/console\/settings\/previews\/assets\/assets\/brand\/0a7d34\.css)"/.exec(frame.text)?.[1];
    assert.ok(sheet, 'the brand sheet is linked under the previews');
    // The style sheets load without a session: the sandboxed frame sends none.
    const css = await fetch(new URL(sheet, server.baseUrl));
    assert.equal(css.status, 200);
    assert.match(await css.text(), /--brand: #0a7d34/);
    const main = /href="(\/console\/settings\/previews\/assets\/assets\/portal\.[0-9a-f]+\.css)"/.exec(frame.text)?.[1];
    assert.ok(main);
    assert.equal((await fetch(new URL(main, server.baseUrl))).status, 200);
  });

  it('needs a signed-in operator', async () => {
    const anonymous = await fetch(new URL('/console/settings/previews/frame?subject=mail:activation', server.baseUrl), {
      redirect: 'manual',
    });
    assert.equal(anonymous.status, 303);
  });
});
