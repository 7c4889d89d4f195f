import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brandFor } from '../../src/domain/brand/brand-for.js';
import { DEFAULT_BRAND } from '../../src/domain/brand/brand.js';
import { fixedClock } from '../../src/domain/clock.js';
import { updateBrand } from '../../src/store/repositories/brands.js';
import { findTenantById } from '../../src/store/repositories/tenants.js';
import { createTestClient, type TestClient } from '../helpers/client-auth.js';
import { dataUrl, GIF_BYTES, PNG_1PX, pngOfSize, SAFE_SVG, UNSAFE_SVGS, WEBP_1PX } from '../helpers/brand-images.js';
import { registration, startTestServer, type ApiResponse, type TestServer } from '../helpers/test-server.js';

/**
 * The provider's brand through settings/save and settings/get: every Brand.* key, the rules each
 * value meets, logos and how they are served, and whose brand a call reaches.
 */

const GLOBAL = { tenantId: '-1' };

describe('brand settings', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close({ drop: true }));

  const save = (key: string, value: string, auth: boolean | string = true, extra: Record<string, string> = GLOBAL) =>
    server.call('POST', 'settings/save', { auth, form: { key, value, ...extra } });
  const get = (key: string, auth: boolean | string = true, extra: Record<string, string> = GLOBAL) =>
    server.call('GET', 'settings/get', { auth, query: { key, ...extra } });
  const refused = (res: ApiResponse, pattern: RegExp) => {
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error, 'params');
    assert.ok(
      (res.body.message as string[]).some((m) => pattern.test(m)),
      `expected a message matching ${pattern}, got ${JSON.stringify(res.body.message)}`,
    );
  };

  it('saves and reads back every text key, normalised, and an empty value removes it', async () => {
    const values: Array<[string, string, string]> = [
      ['Brand.ProductName', '  Acme Office ', 'Acme Office'],
      ['Brand.PrimaryColor', '#0B5CAD', '#0b5cad'],
      ['Brand.SupportEmail', 'Help@Acme.example', 'help@acme.example'],
      ['Brand.SupportUrl', 'https://help.acme.example/docs', 'https://help.acme.example/docs'],
      ['Brand.LegalFooter', 'Acme Ltd.\r\nRegistered in Nowhere', 'Acme Ltd.\nRegistered in Nowhere'],
      ['Brand.MailFromName', 'Acme Support', 'Acme Support'],
      ['Brand.MailFromAddress', 'noreply@acme.example', 'noreply@acme.example'],
    ];
    for (const [key, value, stored] of values) {
      const saved = await save(key, value);
      assert.equal(saved.status, 200, saved.text);
      assert.deepEqual(saved.body, { settings: stored }, key);
      // Keys match in any case, like every setting.
      assert.deepEqual((await get(key.toLowerCase())).body, { settings: stored }, key);
    }
    const brand = await brandFor(server.ctx, server.store.db, { clientId: null });
    assert.equal(brand.productName, 'Acme Office');
    assert.equal(brand.primaryColor, '#0b5cad');
    assert.deepEqual(brand.mailFrom, { name: 'Acme Support', address: 'noreply@acme.example' });

    const removed = await save('Brand.LegalFooter', '');
    assert.deepEqual(removed.body, {});
    assert.deepEqual((await get('Brand.LegalFooter')).body, {});
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).legalFooter, null);
  });

  it('works without a portal reference too, and refuses a Brand key with one', async () => {
    const saved = await server.call('POST', 'settings/save', {
      auth: true,
      json: { key: 'Brand.ProductName', value: 'Acme Docs' },
    });
    assert.deepEqual(saved.body, { settings: 'Acme Docs' });
    const portal = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    refused(
      await save('Brand.ProductName', 'X', true, { portalName: portal.body.tenant.portalName }),
      /not to a portal/,
    );
    refused(await get('Brand.ProductName', true, { tenantId: String(portal.body.tenant.tenantId) }), /not to a portal/);
    refused(await save('Brand.Colour', '#000000'), /unknown brand setting.*Brand\.PrimaryColor/);
    refused(await save('Theme', 'dark', true, { ...GLOBAL, clientId: 'c-nobody' }), /clientId: only Brand/);
    // An empty value removes only a Brand.* setting; for any other key it is still "not given".
    refused(await save('Theme', ''), /^value is required$/);
  });

  it('refuses each bad value with the field and the reason', async () => {
    refused(await save('Brand.SupportEmail', 'not-an-address'), /^Brand\.SupportEmail: must be an e-mail address/);
    refused(await save('Brand.MailFromAddress', 'a@b'), /^Brand\.MailFromAddress: must be an e-mail address/);
    refused(
      await save('Brand.SupportUrl', 'http://help.example.com'),
      /^Brand\.SupportUrl: must be an https URL \(it is http\)/,
    );
    refused(await save('Brand.SupportUrl', 'help.example.com'), /^Brand\.SupportUrl: must be an https URL/);
    refused(await save('Brand.SupportUrl', 'https://u:p@help.example.com'), /user name or password/);
    refused(await save('Brand.PrimaryColor', 'blue'), /^Brand\.PrimaryColor: must be a colour written #rrggbb/);
    refused(await save('Brand.PrimaryColor', '#12345'), /#rrggbb/);
    refused(await save('Brand.ProductName', 'x'.repeat(101)), /^Brand\.ProductName: must be at most 100 characters/);
    refused(await save('Brand.MailFromName', 'Acme\r\nBcc: x@example.com'), /^Brand\.MailFromName: must be one line/);
    refused(await save('Brand.LegalFooter', 'y'.repeat(1001)), /^Brand\.LegalFooter: must be at most 1000 characters/);
    const absent = await server.call('POST', 'settings/save', {
      auth: true,
      form: { key: 'Brand.ProductName', ...GLOBAL },
    });
    refused(absent, /value is required/);
    // Nothing refused was stored.
    assert.deepEqual((await get('Brand.SupportUrl')).body, { settings: 'https://help.acme.example/docs' });
  });

  it('refuses a colour below 4.5:1 against white, naming the ratio, the minimum and a shade that passes', async () => {
    const res = await save('Brand.PrimaryColor', '#FFCC00');
    refused(
      res,
      /^Brand\.PrimaryColor: #ffcc00 has a contrast ratio of 1\.5:1 with white .*at least 4\.5:1 is needed \(WCAG AA\).*such as #[0-9a-f]{6} passes/,
    );
    const suggested = /such as (#[0-9a-f]{6})/.exec((res.body.message as string[])[0] ?? '')?.[1] ?? '';
    assert.equal((await save('Brand.PrimaryColor', suggested)).status, 200);
    // Just under the line: #777777 is 4.48:1.
    refused(await save('Brand.PrimaryColor', '#777777'), /4\.4:1/);
    assert.equal((await save('Brand.PrimaryColor', '#767676')).status, 200);
  });

  it('stores a PNG, WebP or safe SVG logo and serves it with its type, nosniff, a long cache and (SVG) a strict CSP', async () => {
    for (const [type, bytes, ext] of [
      ['image/png', PNG_1PX, 'png'],
      ['image/webp', WEBP_1PX, 'webp'],
      ['image/svg+xml', Buffer.from(SAFE_SVG), 'svg'],
    ] as const) {
      const saved = await save('Brand.Logo', dataUrl(type, bytes));
      assert.equal(saved.status, 200, saved.text);
      const path = String(saved.body.settings);
      assert.match(path, new RegExp(`^/brand/logo/[0-9a-f]{64}\\.${ext}$`));
      assert.deepEqual((await get('Brand.Logo')).body, { settings: path });
      const served = await fetch(`${server.baseUrl}${path}`);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), type);
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(served.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      if (ext === 'svg')
        assert.equal(served.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'");
      else assert.equal(served.headers.get('content-security-policy'), null);
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), bytes);
      assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).logo?.path, path);
    }
  });

  it('serves a logo on a portal host too, and answers the JSON 404 for a name it does not hold', async () => {
    const path = String((await save('Brand.Logo', dataUrl('image/png', PNG_1PX))).body.settings);
    const portal = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    const onPortal = await server.app.inject({
      method: 'GET',
      url: path,
      headers: { host: portal.body.tenant.domain },
    });
    assert.equal(onPortal.statusCode, 200);
    assert.equal(onPortal.headers['content-type'], 'image/png');
    for (const unknown of [
      `/brand/logo/${'0'.repeat(64)}.png`,
      path.replace(/\.png$/, '.svg'),
      '/brand/logo/../../etc/passwd',
      '/brand/logo/abc.png',
    ]) {
      const res = await fetch(`${server.baseUrl}${unknown}`);
      assert.equal(res.status, 404, unknown);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      assert.equal(((await res.json()) as { error: string }).error, 'notFound');
    }
  });

  it('decides a logo by its bytes, not its declared type, and refuses what is too large', async () => {
    refused(await save('Brand.Logo', dataUrl('image/png', GIF_BYTES)), /not a PNG, WebP or SVG image/);
    refused(
      await save('Brand.Logo', dataUrl('image/png', WEBP_1PX)),
      /declared as image\/png but the bytes are image\/webp/,
    );
    refused(await save('Brand.Logo', dataUrl('image/gif', GIF_BYTES)), /image\/gif is not allowed/);
    refused(await save('Brand.Logo', 'https://cdn.example.com/logo.png'), /must be a data URL/);
    refused(await save('Brand.Logo', dataUrl('image/png', pngOfSize(256 * 1024 + 1))), /at most 256 KB/);
    // The largest logo fits in settings/save's body (far above BODY_LIMIT's 64 KiB), as a form and as JSON.
    const largest = dataUrl('image/png', pngOfSize(256 * 1024));
    assert.equal((await save('Brand.Logo', largest)).status, 200);
    const asJson = await server.call('POST', 'settings/save', {
      auth: true,
      json: { key: 'Brand.Logo', value: dataUrl('image/png', pngOfSize(256 * 1024 - 1)), tenantId: -1 },
    });
    assert.equal(asJson.status, 200, asJson.text);
    // Other routes keep BODY_LIMIT.
    const big = await server.call('POST', 'portal/register', {
      auth: true,
      json: { ...registration(), pad: 'x'.repeat(100_000) },
    });
    assert.equal(big.status, 413);
  });

  for (const { name, svg, reason } of UNSAFE_SVGS) {
    it(`refuses an SVG logo with ${name}, saying why`, async () => {
      const res = await save('Brand.Logo', dataUrl('image/svg+xml', svg));
      refused(res, /^Brand\.Logo: the SVG is refused because /);
      refused(res, reason);
    });
  }

  it('removes the logo with an empty value, and a logo no brand shows is no longer served', async () => {
    const path = String((await save('Brand.Logo', dataUrl('image/png', pngOfSize(1000)))).body.settings);
    assert.equal((await fetch(`${server.baseUrl}${path}`)).status, 200);
    assert.deepEqual((await save('Brand.Logo', '')).body, {});
    assert.deepEqual((await get('Brand.Logo')).body, {});
    assert.equal((await fetch(`${server.baseUrl}${path}`)).status, 404);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).logo, null);
  });

  it('records each change in the audit log, the logo as its path and never its bytes', async () => {
    const path = String((await save('Brand.Logo', dataUrl('image/png', PNG_1PX))).body.settings);
    await save('Brand.ProductName', 'Audited Office');
    const res = await server.call('GET', 'audit/list', { auth: true, query: { action: 'settings.save', limit: '2' } });
    const [name, logo] = res.body.events as Array<{ changes: Record<string, unknown[]> }>;
    assert.deepEqual(name?.changes.brand, [null, 'operator']);
    assert.equal(name?.changes['Brand.ProductName']?.[1], 'Audited Office');
    assert.equal(logo?.changes['Brand.Logo']?.[1], path);
    assert.doesNotMatch(JSON.stringify(res.body), /iVBORw0KGgo/);
  });
});

describe('brand isolation between API clients', () => {
  let server: TestServer;
  let a: TestClient;
  let b: TestClient;
  let readOnly: TestClient;
  before(async () => {
    server = await startTestServer();
    a = await createTestClient(server, { scopes: 'portals:read,portals:write,settings,audit:read' });
    b = await createTestClient(server, { scopes: 'portals:read,portals:write,settings,audit:read' });
    readOnly = await createTestClient(server, { scopes: 'portals:read' });
  });
  after(() => server.close({ drop: true }));

  const save = (auth: string | boolean, key: string, value: string, extra: Record<string, string> = {}) =>
    server.call('POST', 'settings/save', { auth, form: { key, value, ...extra } });
  const get = (auth: string | boolean, key: string, extra: Record<string, string> = {}) =>
    server.call('GET', 'settings/get', { auth, query: { key, ...extra } });
  const brandOfPortal = async (tenantId: number) => {
    const tenant = await findTenantById(server.store.db, tenantId);
    assert.ok(tenant);
    return brandFor(server.ctx, server.store.db, tenant);
  };
  const register = async (auth: string | boolean) => {
    const res = await server.call('POST', 'portal/register', { auth, json: registration() });
    assert.equal(res.status, 201, res.text);
    return Number(res.body.tenant.tenantId);
  };

  it('shows the defaults while nothing is set', async () => {
    assert.deepEqual(await brandOfPortal(await register(a.auth())), DEFAULT_BRAND);
  });

  it("resolves each portal to its client's brand, field by field over the operator's, and the operator's portals to the operator's", async () => {
    assert.equal((await save(true, 'Brand.ProductName', 'Operator Office', { tenantId: '-1' })).status, 200);
    assert.equal((await save(true, 'Brand.SupportEmail', 'help@operator.example', { tenantId: '-1' })).status, 200);
    const operatorLogo = String((await save(true, 'Brand.Logo', dataUrl('image/png', PNG_1PX))).body.settings);

    // A client saving with tenantId -1 (or no portal) sets its own brand.
    assert.deepEqual((await save(a.auth(), 'Brand.ProductName', 'Alpha Docs', { tenantId: '-1' })).body, {
      settings: 'Alpha Docs',
    });
    assert.equal((await save(a.auth(), 'Brand.PrimaryColor', '#8a1538')).status, 200);
    const aLogo = String((await save(a.auth(), 'Brand.Logo', dataUrl('image/webp', WEBP_1PX))).body.settings);
    assert.equal((await save(b.auth(), 'Brand.ProductName', 'Beta Office')).status, 200);

    const alpha = await brandOfPortal(await register(a.auth()));
    const beta = await brandOfPortal(await register(b.auth()));
    const own = await brandOfPortal(await register(true));
    assert.equal(alpha.productName, 'Alpha Docs');
    assert.equal(alpha.primaryColor, '#8a1538');
    assert.equal(alpha.logo?.path, aLogo);
    assert.equal(alpha.supportEmail, 'help@operator.example', "unset on A's brand: the operator's");
    assert.equal(beta.productName, 'Beta Office');
    assert.equal(beta.primaryColor, DEFAULT_BRAND.primaryColor);
    assert.equal(beta.logo?.path, operatorLogo);
    assert.equal(own.productName, 'Operator Office');
    assert.equal(own.logo?.path, operatorLogo);

    // Each served logo is the one its brand holds.
    const served = await fetch(`${server.baseUrl}${alpha.logo?.path}`);
    assert.equal(served.headers.get('content-type'), 'image/webp');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), WEBP_1PX);

    // The operator's own settings are untouched by the clients' saves.
    assert.deepEqual((await get(true, 'Brand.ProductName', { tenantId: '-1' })).body, { settings: 'Operator Office' });
    assert.deepEqual((await get(a.auth(), 'Brand.ProductName')).body, { settings: 'Alpha Docs' });
    assert.deepEqual((await get(b.auth(), 'Brand.Logo')).body, {});
  });

  it("never lets a client read or change another client's brand", async () => {
    for (const res of [
      await get(a.auth(), 'Brand.ProductName', { clientId: b.clientId }),
      await save(a.auth(), 'Brand.ProductName', 'Hijacked', { clientId: b.clientId }),
      await save(a.auth(), 'Brand.ProductName', 'Hijacked', { clientId: 'c-does-not-exist' }),
    ]) {
      assert.equal(res.status, 403, res.text);
      assert.equal(res.body.error, 'forbidden');
      assert.match(res.body.message, /only its own brand/);
    }
    assert.deepEqual((await get(b.auth(), 'Brand.ProductName')).body, { settings: 'Beta Office' });
    // Naming itself is allowed.
    assert.deepEqual((await get(a.auth(), 'Brand.ProductName', { clientId: a.clientId })).body, {
      settings: 'Alpha Docs',
    });
    // Saving needs the settings scope.
    assert.equal((await save(readOnly.auth(), 'Brand.ProductName', 'Nope')).status, 403);
  });

  it("lets the operator read and set a client's brand by clientId", async () => {
    const saved = await save(true, 'Brand.SupportUrl', 'https://help.beta.example', { clientId: b.clientId });
    assert.deepEqual(saved.body, { settings: 'https://help.beta.example/' });
    assert.deepEqual((await get(b.auth(), 'Brand.SupportUrl')).body, { settings: 'https://help.beta.example/' });
    assert.deepEqual((await get(true, 'Brand.SupportUrl', { clientId: b.clientId })).body, {
      settings: 'https://help.beta.example/',
    });
    assert.deepEqual((await get(true, 'Brand.SupportUrl', { tenantId: '-1' })).body, {});
    const unknown = await save(true, 'Brand.ProductName', 'X', { clientId: 'c-does-not-exist' });
    assert.equal(unknown.body.error, 'clientNotFound');
  });

  it("shows a client's audit slice its own brand changes", async () => {
    await save(a.auth(), 'Brand.LegalFooter', 'Alpha GmbH');
    const res = await server.call('GET', 'audit/list', { auth: a.auth(), query: { action: 'settings.save' } });
    const changes = (res.body.events as Array<{ changes: Record<string, unknown[]> }>).map((e) => e.changes);
    assert.ok(changes.some((c) => c['Brand.LegalFooter']?.[1] === 'Alpha GmbH'));
    assert.ok(
      changes.every((c) => c.brand === undefined || c.brand[1] === a.clientId),
      JSON.stringify(changes),
    );
  });
});

describe('brand cache', () => {
  const clock = fixedClock(new Date('2026-12-01T08:00:00.000Z'));
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock });
  });
  after(() => server.close({ drop: true }));

  it('shows a change made here at once, and one made by another instance within five seconds', async () => {
    const brand = () => brandFor(server.ctx, server.store.db, { clientId: null });
    assert.equal((await brand()).productName, DEFAULT_BRAND.productName);
    const saved = await server.call('POST', 'settings/save', {
      auth: true,
      form: { key: 'Brand.ProductName', value: 'Here', tenantId: '-1' },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await brand()).productName, 'Here');
    // Another instance writes the row: this one keeps its copy until the cache lapses.
    await updateBrand(server.store.db, '', { fields: { product_name: 'Elsewhere' } }, clock.now());
    assert.equal((await brand()).productName, 'Here');
    clock.advance(4_000);
    assert.equal((await brand()).productName, 'Here');
    clock.advance(1_001);
    assert.equal((await brand()).productName, 'Elsewhere');
  });
});
