import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { OLDER_HASH_CHECKS } from '../../src/domain/owner/portals-for-sign-in.js';
import { CURRENT_COST, hashPassword } from '../../src/domain/owner/password.js';
import { recordingProtection } from '../helpers/recording-protection.js';
import { registration } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * Password work per request is bounded and does not depend on how many portals an e-mail owns:
 * counted in scrypt runs (the server's onPasswordHash hook), never in wall time.
 */

const randomEmail = () => `owner-${randomBytes(5).toString('hex')}@example.com`;
const PER_SIGNIN = 1 + OLDER_HASH_CHECKS;

describe('bounded password work', () => {
  const limiter = recordingProtection();
  let hashes = 0;
  const server = useServer({ overrides: { protection: limiter.protection, onPasswordHash: () => void hashes++ } });

  async function register(email: string, password?: string) {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ email, ...(password ? { password } : {}) }),
    });
    assert.equal(res.status, 201, res.text);
    return res.body.tenant as { tenantId: number; domain: string; ownerId: string; portalName: string };
  }

  /** The scrypt runs one call costs. */
  async function hashesOf<T>(call: () => Promise<T>): Promise<{ result: T; hashes: number }> {
    const start = hashes;
    const result = await call();
    return { result, hashes: hashes - start };
  }

  const signin = (email: string, password: string) =>
    server.call('POST', 'portal/signin', { json: { email, password } });

  it('portal/signin costs the same scrypt runs for one portal, twenty, an unknown e-mail, right or wrong', async () => {
    const many = randomEmail();
    const one = randomEmail();
    const portals = [];
    for (let i = 0; i < 20; i++) portals.push(await register(many, 'the right one 1'));
    await register(one, 'the right one 1');

    const costs: Record<string, number> = {};
    for (const [name, email, password] of [
      ['twenty, right', many, 'the right one 1'],
      ['twenty, wrong', many, 'a wrong one 1'],
      ['one, right', one, 'the right one 1'],
      ['one, wrong', one, 'a wrong one 1'],
      ['unknown', randomEmail(), 'the right one 1'],
    ] as const) {
      const { result, hashes: cost } = await hashesOf(() => signin(email, password));
      costs[name] = cost;
      if (name === 'twenty, right') {
        assert.equal(result.status, 200, result.text);
        assert.deepEqual(
          result.body.tenants.map((t: { portalName: string }) => new URL(t.portalName).hostname),
          portals.map((p) => p.domain),
          'every portal of the e-mail is answered',
        );
      }
    }
    assert.deepEqual(Object.values(costs), new Array(5).fill(PER_SIGNIN), JSON.stringify(costs));
  });

  it('a hash made the old way (random salt) is checked within the same budget, and rehashed once it matched', async () => {
    const email = randomEmail();
    const kept = [await register(email, 'old and new 12'), await register(email, 'old and new 12')];
    const old = await register(email, 'old and new 12');
    const legacy = await hashPassword('old and new 12');
    await server.store.db.updateTable('users').set({ password_hash: legacy }).where('id', '=', old.ownerId).execute();

    const first = await hashesOf(() => signin(email, 'old and new 12'));
    assert.equal(first.hashes, PER_SIGNIN);
    assert.equal(first.result.status, 200, first.result.text);
    assert.deepEqual(
      first.result.body.tenants.map((t: { portalName: string }) => new URL(t.portalName).hostname),
      [...kept, old].map((p) => p.domain),
    );
    const row = await server.store.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', old.ownerId)
      .executeTakeFirstOrThrow();
    const sameSalt = await server.store.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', kept[0]?.ownerId ?? '')
      .executeTakeFirstOrThrow();
    assert.notEqual(row.password_hash, legacy, 'rehashed');
    assert.equal(row.password_hash, sameSalt.password_hash, "now under the e-mail's salt, like the others");

    // Several old hashes: the budget stays the same.
    for (const p of kept) {
      await server.store.db
        .updateTable('users')
        .set({ password_hash: await hashPassword('old and new 12') })
        .where('id', '=', p.ownerId)
        .execute();
    }
    const wrong = await hashesOf(() => signin(email, 'not the password'));
    assert.equal(wrong.hashes, PER_SIGNIN);
  });

  it('an owner without a password and a suspended portal add no work', async () => {
    const email = randomEmail();
    await register(email);
    const suspended = await register(email, 'suspended one 1');
    await server.call('PUT', 'portal/status', {
      auth: true,
      json: { tenantId: suspended.tenantId, status: 'Suspended' },
    });
    const { hashes: cost } = await hashesOf(() => signin(email, 'suspended one 1'));
    assert.equal(cost, PER_SIGNIN);
  });

  it('the sign-in page costs one scrypt run, whether the e-mail is known, wrong or right', async () => {
    const email = randomEmail();
    const portal = await register(email, 'page password 1');
    const host = portal.domain;
    const form = await server.app.inject({ method: 'GET', url: '/signin', headers: { host } });
    const nonce = /portal_form=([^;]+)/.exec(String(form.headers['set-cookie']))?.[1] ?? '';
    const csrf = /name="csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '';
    const post = (mail: string, password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/signin',
        headers: {
          host,
          origin: `http://${host}`,
          cookie: `portal_form=${nonce}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ email: mail, password, csrf }).toString(),
      });
    for (const [mail, password, status] of [
      [randomEmail(), 'page password 1', 400],
      [email, 'wrong password 1', 400],
      [email, 'page password 1', 303],
    ] as const) {
      const { result, hashes: cost } = await hashesOf(() => post(mail, password));
      assert.equal(result.statusCode, status, result.body);
      assert.equal(cost, 1, `${mail} ${password}`);
    }
    // A hash made the old way: the success costs one more run, rehashing it under the e-mail's salt.
    const legacy = await hashPassword('page password 1');
    await server.store.db
      .updateTable('users')
      .set({ password_hash: legacy })
      .where('id', '=', portal.ownerId)
      .execute();
    const { result, hashes: cost } = await hashesOf(() => post(email, 'page password 1'));
    assert.equal(result.statusCode, 303);
    assert.equal(cost, 2);
    const row = await server.store.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', portal.ownerId)
      .executeTakeFirstOrThrow();
    assert.notEqual(row.password_hash, legacy);
    assert.equal((await hashesOf(() => post(email, 'page password 1'))).hashes, 1);
  });

  it('POST /confirm counts against the attempt limit, and 50 concurrent posts of one link hash once', async () => {
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    assert.equal(res.status, 201, res.text);
    const link = new URL(res.body.reference as string);
    const host = link.hostname;
    const form = await server.app.inject({ method: 'GET', url: link.pathname + link.search, headers: { host } });
    assert.equal(form.statusCode, 200);
    const csrf = (/name="csrf" value="([^"]*)"/.exec(form.body)?.[1] ?? '').replace(/&amp;/g, '&');
    const payload = new URLSearchParams({
      ...Object.fromEntries(link.searchParams),
      csrf,
      password: 'fifty at once',
      passwordAgain: 'fifty at once',
    }).toString();
    const attemptsBefore = limiter.attempts.length;
    const { result: answers, hashes: cost } = await hashesOf(() =>
      Promise.all(
        Array.from({ length: 50 }, () =>
          server.app.inject({
            method: 'POST',
            url: '/confirm',
            headers: { host, origin: `http://${host}`, 'content-type': 'application/x-www-form-urlencoded' },
            payload,
          }),
        ),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    assert.equal(statuses.filter((s) => s === 303).length, 1, JSON.stringify(statuses));
    assert.ok(
      statuses.every((s) => s === 303 || s === 410),
      JSON.stringify(statuses),
    );
    assert.equal(cost, 1, 'the password was hashed once, by the post that claimed the link');
    assert.equal(limiter.attempts.length - attemptsBefore, 50, 'every post was counted');
    assert.ok(limiter.attempts.slice(attemptsBefore).every((ip) => ip === '127.0.0.1'));
  });
});

describe('the server-wide cap on password hashing', () => {
  // The real cost: the queue fills only while hashes take their time.
  const server = useServer({
    env: { PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE: '1' },
    overrides: { protection: recordingProtection().protection, passwordCost: CURRENT_COST },
  });

  it('excess sign-ins are refused with tooMuchAttempts and Retry-After, never queued without bound', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        server.call('POST', 'portal/signin', { json: { email: randomEmail(), password: 'whatever 123' } }),
      ),
    );
    const refused = answers.filter((a) => a.body?.error === 'tooMuchAttempts');
    assert.ok(refused.length > 0, 'some were refused');
    for (const answer of refused) {
      assert.equal(answer.status, 400);
      assert.match(answer.headers.get('retry-after') ?? '', /^\d+$/);
    }
    for (const answer of answers.filter((a) => a.body?.error !== 'tooMuchAttempts')) {
      assert.deepEqual(
        [answer.status, answer.body],
        [400, { error: 'params', message: ['Invalid login or password.'] }],
      );
    }
    // Once the queue drained, sign-in works again.
    const later = await server.call('POST', 'portal/signin', {
      json: { email: randomEmail(), password: 'whatever 123' },
    });
    assert.equal(later.body.error, 'params');
  });

  it('a registration refused by the cap is tooMuchAttempts too (and registers nothing)', async () => {
    const bodies = Array.from({ length: 6 }, () => registration({ password: 'a password 123' }));
    const answers = await Promise.all(
      bodies.map((json) => server.call('POST', 'portal/register', { auth: true, json })),
    );
    const refused = answers.filter((a) => a.body?.error === 'tooMuchAttempts');
    assert.ok(refused.length > 0);
    assert.ok(answers.every((a) => a.status === 201 || a.body?.error === 'tooMuchAttempts'));
    const created = await server.store.db.selectFrom('tenants').select('alias').execute();
    assert.equal(created.length, answers.filter((a) => a.status === 201).length);
  });
});
