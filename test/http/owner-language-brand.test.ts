import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Brand } from '../../src/domain/brand/brand.js';
import { recordingTransport } from '../helpers/lifecycle.js';
import { eventually } from '../helpers/lifecycle.js';
import { cookiePair, page, pathOf } from '../helpers/portal-pages.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * What a portal's owner sees from this server, in the portal's language and the provider's
 * brand: the pages on the portal's host (with a language switch) and the mails, with the
 * one-click unsubscribe of a notice.
 */

/** A brand unlike the defaults in every field, handed to the server in place of the stored ones. */
const ACME: Brand = {
  productName: 'Acme Office',
  logo: { path: '/brand/logo/0123abcd.png', alt: 'Acme Office logo' },
  primaryColor: '#b4361d',
  supportEmail: 'help@acme.example',
  supportUrl: 'https://acme.example/help',
  legalFooter: 'Acme GmbH, Musterstraße 1, 10115 Berlin',
  mailFrom: { name: 'Acme Office', address: 'noreply@acme.example' },
};

describe('owner pages and mails in the portal language and the brand', () => {
  let server: TestServer;
  const transport = recordingTransport();
  before(async () => {
    server = await startTestServer({
      env: { USAGE_ALERT_MAIL: 'true' },
      mail: { transport, timing: { pollIntervalMs: 50 } },
      overrides: { brandFor: async () => ACME },
    });
  });
  after(async () => {
    await server.close({ drop: true });
  });

  const register = async (language: string) => {
    const body = registration({ language });
    const res = await server.call('POST', 'portal/register', { auth: true, json: body });
    assert.equal(res.status, 201, res.text);
    const tenant = res.body.tenant as { tenantId: number; portalName: string; domain: string };
    return { ...tenant, email: String(body.email), host: `${tenant.domain}:${new URL(server.baseUrl).port}` };
  };
  const sentTo = (email: string) => transport.sent.filter((m) => m.to === email);

  it('shows the sign-in page in the portal language, with lang and dir, and the brand', async () => {
    const portal = await register('ja');
    const res = await page(server, 'GET', '/signin', { host: portal.host });
    assert.equal(res.status, 200);
    assert.match(res.body, /<html lang="ja" dir="ltr">/);
    assert.match(res.body, /<title>ログイン — Acme Office<\/title>/);
    assert.match(res.body, /<h1>ログイン<\/h1>/);
    assert.match(res.body, /<img class="logo" src="\/brand\/logo\/0123abcd.png" alt="Acme Office logo">/);
    assert.match(res.body, /<link rel="stylesheet" href="\/assets\/brand\/b4361d.css">/);
    assert.match(res.body, /<a href="mailto:help@acme.example">help@acme.example<\/a>/);
    assert.match(res.body, /Acme GmbH, Musterstraße 1, 10115 Berlin/);
    assert.match(res.body, /Acme Office で動作しています/);
    // The CSP stays as strict as before: the colour comes from a style sheet of this host.
    assert.match(String(res.headers['content-security-policy']), /style-src 'self';/);
    const css = await page(server, 'GET', '/assets/brand/b4361d.css', { host: portal.host });
    assert.equal(css.status, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.match(css.body, /--brand: #b4361d;/);
    assert.equal((await page(server, 'GET', '/assets/brand/red.css', { host: portal.host })).status, 404);
  });

  it('switches language with ?lang=, remembers it in a cookie, and ignores a language it does not have', async () => {
    const portal = await register('de');
    const german = await page(server, 'GET', '/signin', { host: portal.host });
    assert.match(german.body, /<html lang="de" dir="ltr">/);
    // Every language is offered, named in itself, the current one marked.
    assert.match(german.body, /<span lang="de" dir="ltr" aria-current="true">Deutsch<\/span>/);
    assert.match(german.body, /<a href="\/signin\?lang=fr" hreflang="fr" lang="fr" dir="ltr">Français<\/a>/);

    const french = await page(server, 'GET', '/signin?lang=fr', { host: portal.host });
    assert.match(french.body, /<html lang="fr" dir="ltr">/);
    assert.match(french.body, /<h1>Connexion<\/h1>/);
    const cookie = cookiePair(french.setCookies, 'portal_lang');
    assert.equal(cookie, 'portal_lang=fr');
    // Beside the sign-in form's own cookie, not in place of it.
    assert.match(cookiePair(french.setCookies, 'portal_form'), /^portal_form=[A-Za-z0-9_-]+$/);
    const again = await page(server, 'GET', '/forgot', { host: portal.host, cookie });
    assert.match(again.body, /<html lang="fr" dir="ltr">/);

    const unknown = await page(server, 'GET', '/signin?lang=xx', { host: portal.host });
    assert.match(unknown.body, /<html lang="de" dir="ltr">/);
    assert.ok(!unknown.setCookies.some((c) => c.startsWith('portal_lang=')));
  });

  it('shows the error and expired-link pages in the portal language', async () => {
    const portal = await register('es');
    const bad = await page(server, 'GET', '/confirm?type=Auth&email=a%40b.c&key=1.x', { host: portal.host });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /<html lang="es" dir="ltr">/);
    assert.match(bad.body, /<h1>Enlace no válido<\/h1>/);
    const missing = await page(server, 'GET', '/signin?lang=it', {
      host: `nobody-here.localhost:${new URL(server.baseUrl).port}`,
    });
    assert.equal(missing.status, 404);
    assert.match(missing.body, /<html lang="it" dir="ltr">/);
  });

  it('mails the activation in the portal language, from the brand, with both parts and no List-Unsubscribe', async () => {
    const portal = await register('pt-BR');
    const [mail] = await eventually(
      async () => sentTo(portal.email),
      (mails) => mails.length === 1,
    );
    assert.ok(mail);
    assert.equal(mail.subject, `Ative seu portal ${portal.domain}`);
    assert.equal(mail.from, '"Acme Office" <noreply@acme.example>');
    assert.match(mail.text, /^Olá, /);
    assert.match(mail.html, /<html lang="pt-BR" dir="ltr">/);
    assert.match(
      mail.html,
      new RegExp(`<img src="http://${portal.domain}(:\\d+)?/brand/logo/0123abcd.png" alt="Acme Office logo"`),
    );
    assert.deepEqual(mail.headers ?? {}, {});
  });

  it('sends a usage alert with a one-click unsubscribe that works: no more alerts after it', async () => {
    const portal = await register('en');
    const set = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: portal.tenantId, maxTotalSize: 1000, activeUsers: 10 },
    });
    assert.equal(set.status, 200, set.text);
    const usage = (usedSize: number) =>
      server.call('PUT', 'portal/usage', { auth: true, json: { portalName: portal.portalName, usedSize } });
    assert.equal((await usage(850)).status, 200);
    const alerts = () => sentTo(portal.email).filter((m) => /storage/.test(m.subject));
    const [alert] = await eventually(
      async () => alerts(),
      (mails) => mails.length === 1,
    );
    assert.ok(alert);
    const header = alert.headers?.['List-Unsubscribe'] ?? '';
    assert.match(header, /^<http:\/\/.+\/unsubscribe\?kind=usageAlert&user=[^&]+&key=[^>]+>$/);
    assert.equal(alert.headers?.['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    const link = header.slice(1, -1);

    // A mail scanner's GET only asks; a tampered key is refused.
    const ask = await page(server, 'GET', pathOf(link), { host: portal.host });
    assert.equal(ask.status, 200);
    assert.match(ask.body, /Stop these e-mails/);
    const forged = await page(server, 'POST', pathOf(link).replace(/key=[^&]+/, 'key=1.AAAA'), {
      host: portal.host,
      form: { 'List-Unsubscribe': 'One-Click' },
      origin: null,
    });
    assert.equal(forged.status, 400);

    // The mail client's one-click POST: no cookie, no Origin of ours, no CSRF token.
    const stop = await page(server, 'POST', pathOf(link), {
      host: portal.host,
      form: { 'List-Unsubscribe': 'One-Click' },
      origin: null,
    });
    assert.equal(stop.status, 200, stop.body);
    assert.match(stop.body, /You will no longer receive e-mails about the usage of the portal/);
    // A second click (or the client's retry) is no error.
    const twice = await page(server, 'POST', pathOf(link), {
      host: portal.host,
      form: { 'List-Unsubscribe': 'One-Click' },
      origin: null,
    });
    assert.equal(twice.status, 200);
    const rows = await server.store.db
      .selectFrom('mail_opt_outs')
      .selectAll()
      .where('tenant_id', '=', portal.tenantId)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.kind, 'usageAlert');
    const audit = await server.call('GET', 'audit/list', {
      auth: true,
      query: { action: 'owner.unsubscribe', tenantId: String(portal.tenantId) },
    });
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.body.events.length, 1, 'recorded once, though clicked twice');
    assert.equal(audit.body.events[0].actor.type, 'owner');
    assert.deepEqual(audit.body.events[0].changes, { usageAlert: ['on', 'off'] });

    // Falling back and crossing again announces the crossing (webhooks) but mails nothing.
    assert.equal((await usage(100)).status, 200);
    assert.equal((await usage(1000)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(alerts().length, 1);
  });
});
