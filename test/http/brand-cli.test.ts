import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../src/cli/program.js';
import { brandFor } from '../../src/domain/brand/brand-for.js';
import { DEFAULT_BRAND } from '../../src/domain/brand/brand.js';
import { createTestClient, type TestClient } from '../helpers/client-auth.js';
import { PNG_1PX, WEBP_1PX } from '../helpers/brand-images.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * `hosted-api brand show|set|clear-logo` against a real server: the command line's parsing and
 * output, run in this process (test/e2e/cli.test.ts runs every command's --help through the binary).
 */

describe('hosted-api brand', () => {
  let server: TestServer;
  let client: TestClient;
  let other: TestClient;
  let dir: string;
  before(async () => {
    server = await startTestServer();
    client = await createTestClient(server, { scopes: 'portals:read,portals:write,settings' });
    other = await createTestClient(server, { scopes: 'portals:read,portals:write,settings' });
    dir = mkdtempSync(join(tmpdir(), 'brand-cli-'));
  });
  after(async () => {
    await server.close({ drop: true });
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[], env: Record<string, string> = {}) {
    let out = '';
    let err = '';
    const code = await runCli(args, {
      env: { HOSTED_API_URL: server.baseUrl, MACHINE_KEY: server.machineKey, ...env },
      out: (text) => (out += text),
      err: (text) => (err += text),
    });
    return { code, out, err };
  }

  it("sets the operator's brand, logo included, and shows it", async () => {
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, PNG_1PX);
    const set = await cli(['brand', 'set', '--product-name', 'Acme Cloud', '--color', '#0B5CAD', '--logo', logo]);
    assert.equal(set.code, 0, set.err);
    assert.match(set.out, /Brand\.ProductName\s+Acme Cloud/);
    assert.match(set.out, /Brand\.PrimaryColor\s+#0b5cad/);
    assert.match(set.out, /Brand\.Logo\s+\/brand\/logo\/[0-9a-f]{64}\.png/);
    const brand = await brandFor(server.ctx, server.store.db, { clientId: null });
    assert.equal(brand.productName, 'Acme Cloud');
    const show = await cli(['--json', 'brand', 'show']);
    assert.equal(show.code, 0, show.err);
    const shown = JSON.parse(show.out);
    assert.equal(shown.clientId, null);
    assert.equal(shown.settings['Brand.ProductName'], 'Acme Cloud');
    assert.equal(shown.settings['Brand.Logo'], brand.logo?.path);
    assert.equal(shown.settings['Brand.SupportUrl'], null);
  });

  it("sets a client's brand with --client, as the operator or as the client itself", async () => {
    const asOperator = await cli(['brand', 'set', '--client', client.clientId, '--product-name', 'Reseller Docs']);
    assert.equal(asOperator.code, 0, asOperator.err);
    const logo = join(dir, 'logo.webp');
    writeFileSync(logo, WEBP_1PX);
    const asClient = await cli([
      'brand',
      'set',
      '--client',
      client.clientId,
      '--secret',
      client.secret,
      '--support-url',
      'https://help.reseller.example',
      '--logo',
      logo,
    ]);
    assert.equal(asClient.code, 0, asClient.err);
    const brand = await brandFor(server.ctx, server.store.db, { clientId: client.clientId });
    assert.equal(brand.productName, 'Reseller Docs');
    assert.equal(brand.supportUrl, 'https://help.reseller.example/');
    assert.match(brand.logo?.path ?? '', /\.webp$/);
    const show = await cli(['brand', 'show', '--client', client.clientId]);
    assert.match(show.out, new RegExp(`brand of\\s+${client.clientId}`));
    assert.match(show.out, /Brand\.ProductName\s+Reseller Docs/);
    assert.match(show.out, /Brand\.LegalFooter\s+\(unset\)/);
    // The operator's own brand is untouched.
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).productName, 'Acme Cloud');
  });

  it("refuses a client acting on another client's brand, and a bad value, with exit code 1", async () => {
    const foreign = await cli(['brand', 'show', '--client', other.clientId], {
      HOSTED_API_CLIENT: client.clientId,
      HOSTED_API_SECRET: client.secret,
    });
    // With a secret, --client also names the signer: the client's secret does not sign for `other`.
    assert.equal(foreign.code, 1);
    assert.match(foreign.err, /^error: authorization/);
    // Signed as a client without --client: its own brand, never another's.
    const own = await cli(['brand', 'set', '--product-name', 'Own Name'], {
      HOSTED_API_CLIENT: client.clientId,
      HOSTED_API_SECRET: client.secret,
    });
    assert.equal(own.code, 0, own.err);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: other.clientId })).productName, 'Acme Cloud');
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: client.clientId })).productName, 'Own Name');
    const bad = await cli(['brand', 'set', '--color', '#ffcc00']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /^error: params: .*Brand\.PrimaryColor: #ffcc00 has a contrast ratio of 1\.5:1/);
    const unsafe = join(dir, 'bad.svg');
    writeFileSync(unsafe, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await cli(['brand', 'set', '--logo', unsafe]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /the SVG is refused because it has a script element/);
    const nothing = await cli(['brand', 'set']);
    assert.equal(nothing.code, 2);
    assert.match(nothing.err, /nothing to set/);
  });

  it('clears a logo, and an empty value unsets a field', async () => {
    assert.equal((await cli(['brand', 'clear-logo'])).code, 0);
    assert.equal((await brandFor(server.ctx, server.store.db, { clientId: null })).logo, null);
    assert.equal((await cli(['brand', 'set', '--product-name', ''])).code, 0);
    assert.equal(
      (await brandFor(server.ctx, server.store.db, { clientId: null })).productName,
      DEFAULT_BRAND.productName,
    );
  });
});
