import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { brandFor } from '../../src/domain/brand/brand-for.js';
import { consoleBrowser, pageText, type ConsoleBrowser, type PageResponse } from '../helpers/console-browser.js';
import { createTestClient, type TestClient } from '../helpers/client-auth.js';
import { PNG_1PX, SAFE_SVG } from '../helpers/brand-images.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The console's Branding page: the operator's brand and each client's, a form for every field
 * with a logo upload, a preview drawn with the brand, and saves that reach what portals show.
 */

const ADMIN = { email: 'brand-admin@example.com', password: 'Brand-admin-pass-1' };

describe('console branding page', () => {
  let server: TestServer;
  let browser: ConsoleBrowser;
  let client: TestClient;

  before(async () => {
    server = await startTestServer({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
    client = await createTestClient(server, { name: 'Reseller One', scopes: 'portals:read,portals:write,settings' });
    browser = consoleBrowser(server);
    assert.equal((await browser.signIn(ADMIN.email, ADMIN.password)).status, 303);
  });
  after(() => server.close({ drop: true }));

  /** Posts the brand form as a browser does with a file input: multipart, the page's CSRF token, this Origin. */
  async function postMultipart(
    fields: Record<string, string>,
    file?: { name: string; type: string; bytes: Buffer },
    csrf = browser.csrf(),
  ): Promise<PageResponse> {
    const form = new FormData();
    form.append('_csrf', csrf);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file !== undefined) form.append('logo', new Blob([file.bytes], { type: file.type }), file.name);
    const cookie = [...browser.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const response = await fetch(new URL('/console/branding', server.baseUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: new URL(server.baseUrl).origin },
      body: form,
    });
    return {
      status: response.status,
      headers: response.headers,
      text: await response.text(),
      location: response.headers.get('location'),
    };
  }

  const emptyForm = (client = '') => ({
    client,
    productName: '',
    primaryColor: '',
    supportEmail: '',
    supportUrl: '',
    legalFooter: '',
    mailFromName: '',
    mailFromAddress: '',
  });

  it("shows the operator's brand with a form for every field, the client chooser and a preview", async () => {
    const res = await browser.get('/console/branding');
    assert.equal(res.status, 200);
    const text = pageText(res.text);
    for (const label of [
      'Product name',
      'Primary colour',
      'Support e-mail',
      'Support URL',
      'Legal footer',
      'Mail sender name',
      'Mail sender address',
      'Logo',
    ])
      assert.match(text, new RegExp(label), label);
    assert.match(res.text, /enctype="multipart\/form-data"/);
    assert.match(res.text, /<option value="[^"]*">Reseller One/);
    assert.match(text, /Portal sign-in page Hosted portals Sign in to Hosted portals/);
    // The preview's colour comes from one inline style, allowed by its hash alone.
    const style = /<style>([^<]*)<\/style>/.exec(res.text)?.[1] ?? '';
    assert.match(style, /--brand-primary:#1d5fb4/);
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    assert.match(
      res.headers.get('content-security-policy') ?? '',
      new RegExp(`style-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`),
    );
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline|script-src/);
  });

  it('previews posted values without saving them, then saves them with a logo upload', async () => {
    await browser.get('/console/branding');
    const values = { ...emptyForm(), productName: 'Operator Cloud', primaryColor: '#8A1538', legalFooter: 'Op Ltd.' };
    const preview = await postMultipart(
      { ...values, intent: 'preview' },
      { name: 'logo.png', type: 'image/png', bytes: PNG_1PX },
    );
    assert.equal(preview.status, 200, pageText(preview.text).slice(0, 300));
    assert.match(pageText(preview.text), /not saved yet.*Sign in to Operator Cloud/);
    assert.match(preview.text, /--brand-primary:#8a1538/);
    assert.match(preview.text, /<img class="preview-logo" src="data:image\/png;base64,/);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Hosted portals');

    // Save after the preview: the upload the preview checked is carried in the form.
    const pending = /name="pendingLogo" value="([^"]+)"/.exec(preview.text)?.[1];
    assert.ok(pending);
    const saved = await postMultipart({ ...values, pendingLogo: pending, intent: 'save' });
    assert.equal(saved.status, 303, pageText(saved.text).slice(0, 300));
    assert.equal(saved.location, '/console/branding?notice=brand-saved');
    const brand = await brandFor(server.ctx, server.store.db, { clientId: null });
    assert.equal(brand.productName, 'Operator Cloud');
    assert.equal(brand.primaryColor, '#8a1538');
    assert.equal(brand.legalFooter, 'Op Ltd.');
    assert.ok(brand.logo);
    const logo = await fetch(`${server.baseUrl}${brand.logo.path}`);
    assert.deepEqual(Buffer.from(await logo.arrayBuffer()), PNG_1PX);
    const page = await browser.get(saved.location);
    assert.match(pageText(page.text), /The brand is saved/);
    assert.match(page.text, new RegExp(`<img src="${brand.logo.path}"`));
    const audit = await server.call('GET', 'audit/list', {
      auth: true,
      query: { action: 'settings.save', limit: '1' },
    });
    assert.equal(audit.body.events[0].actor.id, ADMIN.email);
    assert.equal(audit.body.events[0].changes['Brand.ProductName'][1], 'Operator Cloud');
  });

  it("saves a client's brand, whose empty fields show the operator's", async () => {
    const page = await browser.get(`/console/branding?client=${client.clientId}`);
    assert.equal(page.status, 200);
    assert.match(pageText(page.text), /Brand of Reseller One/);
    assert.match(pageText(page.text), /Empty: Operator Cloud \(the operator's\)/);
    const saved = await postMultipart(
      { ...emptyForm(client.clientId), productName: 'Reseller Docs', intent: 'save' },
      { name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from(SAFE_SVG) },
    );
    assert.equal(saved.status, 303, pageText(saved.text).slice(0, 300));
    assert.equal(saved.location, `/console/branding?client=${client.clientId}&notice=brand-saved`);
    const own = await server.call('GET', 'settings/get', { auth: client.auth(), query: { key: 'Brand.ProductName' } });
    assert.deepEqual(own.body, { settings: 'Reseller Docs' });
    const brand = await brandFor(server.ctx, server.store.db, { clientId: client.clientId });
    assert.equal(brand.productName, 'Reseller Docs');
    assert.equal(brand.legalFooter, 'Op Ltd.');
    assert.match(brand.logo?.path ?? '', /\.svg$/);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Operator Cloud');
  });

  it('shows each refusal beside its field and saves nothing', async () => {
    await browser.get('/console/branding');
    const res = await postMultipart(
      { ...emptyForm(), productName: 'Nope', primaryColor: '#ffcc00', supportUrl: 'http://x.example', intent: 'save' },
      {
        name: 'logo.png',
        type: 'image/png',
        bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'),
      },
    );
    assert.equal(res.status, 400);
    const text = pageText(res.text);
    assert.match(text, /There are 3 problems/);
    assert.match(text, /contrast ratio of 1\.5:1 .*at least 4\.5:1/);
    assert.match(text, /Must be an https URL/);
    assert.match(text, /The SVG is refused because it has an event handler attribute \(onload\)/);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Operator Cloud');
  });

  it('refuses a post without the CSRF token, and a urlencoded form without a file works too', async () => {
    await browser.get('/console/branding');
    const forged = await postMultipart({ ...emptyForm(), productName: 'Forged', intent: 'save' }, undefined, 'bad');
    assert.equal(forged.status, 403);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Operator Cloud');
    const plain = await browser.post('/console/branding', {
      ...emptyForm(),
      productName: 'Operator Cloud 2',
      removeLogo: 'on',
      intent: 'save',
    });
    assert.equal(plain.status, 303);
    const brand = await brandFor(server.ctx, server.store.db, { clientId: null });
    assert.equal(brand.productName, 'Operator Cloud 2');
    assert.equal(brand.logo, null);
    assert.equal(brand.primaryColor, '#1d5fb4', 'an empty field is unset: the default again');
  });

  it("keeps the form caps on the upload: too many fields, or a body over the route's limit", async () => {
    await browser.get('/console/branding');
    const fields = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, 'x']));
    const many = await postMultipart({ ...emptyForm(), ...fields, intent: 'save' });
    assert.equal(many.status, 400);
    assert.match(pageText(many.text), /more than 256 fields/);
    const huge = await postMultipart(
      { ...emptyForm(), intent: 'save' },
      { name: 'big.png', type: 'image/png', bytes: Buffer.alloc(900 * 1024, 1) },
    );
    assert.equal(huge.status, 413);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Operator Cloud 2');
  });

  it('answers 404 for a client that does not exist', async () => {
    const res = await browser.get('/console/branding?client=c-nobody-here');
    assert.equal(res.status, 404);
  });
});
