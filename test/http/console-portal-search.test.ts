import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seededPortalName, seedPortals } from '../../bench/seed.js';
import type { Actor } from '../../src/domain/actor.js';
import { serviceOverview } from '../../src/domain/operator/service-overview.js';
import { NO_CLIENT, searchPortals, type PortalSearchQuery } from '../../src/domain/portal/search-portals.js';
import { consoleBrowser, pageText } from '../helpers/console-browser.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The console's portal search over a seeded database: newest first by default, names by prefix
 * in name order, owner e-mail and domain exactly, the status, client and plan filters, and
 * cursors that walk every match exactly once in either order. The overview's counts too.
 */

const PORTALS = 120;
const OPERATOR: Actor = { caller: { kind: 'operator', id: 'search@example.com' }, ip: null, requestId: null };

describe('console portal search', () => {
  let server: TestServer;
  let idOf: (n: number) => number;

  before(async () => {
    server = await startTestServer({
      env: { ADMIN_EMAIL: 'search@example.com', ADMIN_PASSWORD: 'Search-pass-1', MAX_ATTEMPTS_COUNT: '1000' },
    });
    await seedPortals(server.database.url, PORTALS);
    const rows = await server.store.db.selectFrom('tenants').select(['id', 'alias']).execute();
    const ids = new Map(rows.map((r) => [r.alias, Number(r.id)]));
    idOf = (n) => ids.get(seededPortalName(n)) ?? -1;
    const db = server.store.db;
    // Portals 10–14 suspended, 20–29 on the business plan, 100–120 of client "acme".
    await db
      .updateTable('tenants')
      .set({ status: 1 })
      .where('alias', 'in', [10, 11, 12, 13, 14].map(seededPortalName))
      .execute();
    await db
      .updateTable('tariffs')
      .set({ plan: 'business' })
      .where(
        'tenant_id',
        'in',
        Array.from({ length: 10 }, (_, i) => idOf(20 + i)),
      )
      .execute();
    await db.updateTable('tenants').set({ client_id: 'acme' }).where('alias', '>=', seededPortalName(100)).execute();
  });
  after(() => server.close({ drop: true }));

  /** Every page of a search, walked by its cursors: the names in order. */
  async function walk(query: PortalSearchQuery, limit: number): Promise<string[]> {
    const names: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 1000; pages++) {
      const page = await searchPortals(server.ctx, OPERATOR, { ...query, after, limit });
      names.push(...page.items.map((i) => i.tenant.alias));
      if (page.next === null) return names;
      after = page.next;
    }
    throw new Error('the cursor never ended');
  }
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => seededPortalName(from + i));

  it('lists every portal newest first, each exactly once across pages', async () => {
    const first = await searchPortals(server.ctx, OPERATOR, { limit: 50 });
    assert.equal(first.byName, false);
    assert.equal(first.items[0]?.tenant.alias, seededPortalName(PORTALS), 'the newest first');
    assert.equal(first.items[0]?.owner?.email, `owner${PORTALS}@bench.example`);
    assert.equal(first.items[0]?.tariff?.plan, 'default');
    assert.deepEqual(await walk({}, 50), range(1, PORTALS).reverse());
    assert.deepEqual(await walk({}, 7), range(1, PORTALS).reverse());
  });

  it('finds names by prefix in name order, the exact name first, and pages through them', async () => {
    const exact = await searchPortals(server.ctx, OPERATOR, { q: ` ${seededPortalName(12).toUpperCase()} ` });
    assert.equal(exact.byName, true);
    assert.deepEqual(
      exact.items.map((i) => i.tenant.alias),
      [seededPortalName(12)],
    );
    assert.deepEqual(await walk({ q: 'bench00001' }, 4), range(100, PORTALS));
    assert.deepEqual(await walk({ q: 'bench000' }, 9), range(1, PORTALS));
    assert.deepEqual(await walk({ q: 'bench000', status: 'Suspended' }, 2), range(10, 14));
    assert.deepEqual(await walk({ q: 'zzz' }, 10), []);
    assert.deepEqual(await walk({ q: 'no such name' }, 10), [], 'a name cannot hold spaces: nothing');
  });

  it('finds the owner’s e-mail and the domain exactly (a link too)', async () => {
    const byEmail = await searchPortals(server.ctx, OPERATOR, { q: 'OWNER77@bench.example' });
    assert.deepEqual(
      byEmail.items.map((i) => i.tenant.alias),
      [seededPortalName(77)],
    );
    assert.deepEqual(
      (await searchPortals(server.ctx, OPERATOR, { q: 'owner7@bench' })).items,
      [],
      'not a prefix of an e-mail',
    );
    const domain = `${seededPortalName(33)}.localhost`;
    for (const q of [domain, `https://${domain}/products/files`, domain.toUpperCase()]) {
      assert.deepEqual(
        (await searchPortals(server.ctx, OPERATOR, { q })).items.map((i) => i.tenant.alias),
        [seededPortalName(33)],
        q,
      );
    }
  });

  it('filters by status, plan and client, alone and together', async () => {
    assert.deepEqual(await walk({ status: 'Suspended' }, 2), range(10, 14).reverse());
    assert.deepEqual(await walk({ status: '1' }, 50), range(10, 14).reverse(), 'a status number as in the API');
    assert.deepEqual(await walk({ plan: 'business' }, 3), range(20, 29).reverse());
    assert.deepEqual(await walk({ plan: 'business', status: 'Active' }, 50), range(20, 29).reverse());
    assert.deepEqual(await walk({ clientId: 'acme' }, 6), range(100, PORTALS).reverse());
    assert.deepEqual(await walk({ clientId: NO_CLIENT, status: 'Suspended' }, 50), range(10, 14).reverse());
    assert.equal((await walk({ clientId: NO_CLIENT }, 50)).length, 99);
    assert.deepEqual(await walk({ clientId: 'acme', q: 'bench00001', plan: 'default' }, 5), range(100, PORTALS));
    assert.deepEqual(await walk({ plan: 'platinum' }, 50), []);
  });

  it('refuses an unknown status and a cursor of the other order', async () => {
    await assert.rejects(searchPortals(server.ctx, OPERATOR, { status: 'Frozen' }), /status must be one of/);
    await assert.rejects(searchPortals(server.ctx, OPERATOR, { after: 'bench0000001:1' }), /after: must be/);
    await assert.rejects(searchPortals(server.ctx, OPERATOR, { q: 'bench', after: '17' }), /after: must be/);
  });

  it('shows a page of the list with its next-page link, and the search on the page', async () => {
    const browser = consoleBrowser(server);
    await browser.signIn('search@example.com', 'Search-pass-1');
    const first = await browser.get('/console/portals');
    assert.equal(first.status, 200);
    const next = /href="(\/console\/portals\?after=\d+)"/.exec(first.text)?.[1];
    assert.ok(next, 'a next-page link');
    const second = await browser.get(next.replace(/&amp;/g, '&'));
    assert.ok(second.text.includes(`>${seededPortalName(PORTALS - 50)}<`), 'page two goes on where page one ended');
    assert.match(second.text, /First page/);
    const search = await browser.get(`/console/portals?q=bench0000011&status=Suspended`);
    assert.match(
      pageText(search.text),
      new RegExp(
        `${seededPortalName(11)} ${seededPortalName(11)}\\.localhost owner11@bench\\.example Suspended default Operator`,
      ),
    );
    const client = await browser.get('/console/portals?clientId=acme');
    assert.ok(client.text.includes(seededPortalName(PORTALS)));
    assert.ok(!client.text.includes(`>${seededPortalName(99)}<`));
  });

  it('counts the overview: portals by status, registrations per day, the backlogs', async () => {
    const overview = await serviceOverview(server.ctx, { mailMaxAttempts: 10 });
    assert.deepEqual(overview.portals, { Active: PORTALS - 5, Suspended: 5, RemovePending: 0 });
    assert.equal(overview.registrations.length, 30);
    assert.equal(overview.registrations.at(-1)?.day, new Date().toISOString().slice(0, 10));
    // Seeded one second apart up to now: today, or yesterday for the few just before midnight.
    assert.equal(
      overview.registrations.reduce((sum, d) => sum + d.count, 0),
      PORTALS,
    );
    assert.deepEqual([overview.mail.pending, overview.webhooks.pending, overview.webhooks.failed], [0, 0, 0]);
  });
});
