import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  adminCreate,
  adminDisable,
  adminErrorMessage,
  adminList,
  adminResetPassword,
} from '../../src/cli/admin-commands.js';
import { DomainError } from '../../src/domain/errors.js';
import { consoleBrowser } from '../helpers/console-browser.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * `hosted-api admin create|list|disable|reset-password`, as the functions the CLI calls: they
 * work on the server's database with its configuration, beside a running server, and what they
 * do takes effect there at once (sign-in, ended sessions) and is audited.
 */
describe('admin commands', () => {
  const server = useServer({ env: { MAX_ATTEMPTS_COUNT: '1000', PASSWORD_MIN: '10' } });
  const options = () => ({ config: server.config, actorId: 'cli:tester' });

  it('creates an account that can sign in to the running server, and lists it', async () => {
    const created = await adminCreate({ email: ' Ana@Example.com ', password: 'Ana-password-1' }, options());
    assert.equal(created.email, 'ana@example.com');
    assert.equal(created.disabled, false);
    assert.equal((await consoleBrowser(server).signIn('ana@example.com', 'Ana-password-1')).status, 303);
    const listed = await adminList(options());
    assert.deepEqual(
      listed.map((a) => [a.email, a.disabled]),
      [['ana@example.com', false]],
    );
    assert.doesNotMatch(JSON.stringify(listed), /hash|scrypt|password-1/i);
    const record = (await server.call('GET', 'audit/list', { auth: true, query: { action: 'admin.create' } })).body
      .events[0];
    assert.deepEqual(
      [record.actor.type, record.actor.id, record.changes],
      ['operator', 'cli:tester', { email: [null, 'ana@example.com'] }],
    );
  });

  it('refuses a taken e-mail, a malformed one and a password the policy refuses, with words to print', async () => {
    const cases: Array<[{ email: string; password: string }, RegExp]> = [
      [
        { email: 'ANA@example.com', password: 'Another-pass-1' },
        /^params: email: an operator account with this e-mail already exists$/,
      ],
      [{ email: 'not an address', password: 'Another-pass-1' }, /^params: email is not a valid e-mail address$/],
      [
        { email: 'bo@example.com', password: 'short' },
        /^passPolicyError: Password must be at least 10 characters long$/,
      ],
    ];
    for (const [input, message] of cases) {
      await assert.rejects(
        adminCreate(input, options()),
        (error: unknown) => error instanceof DomainError && message.test(adminErrorMessage(error) ?? ''),
      );
    }
    assert.equal(adminErrorMessage(new Error('disk full')), undefined);
    assert.equal((await adminList(options())).length, 1);
  });

  it('disables an account: its open sessions end at once and it cannot sign in', async () => {
    const browser = consoleBrowser(server);
    await browser.signIn('ana@example.com', 'Ana-password-1');
    assert.equal((await browser.get('/console')).status, 200);
    const disabled = await adminDisable('ana@example.com', options());
    assert.equal(disabled.disabled, true);
    assert.equal((await browser.get('/console')).status, 303);
    assert.equal((await consoleBrowser(server).signIn('ana@example.com', 'Ana-password-1')).status, 400);
    await assert.rejects(adminDisable('nobody@example.com', options()), /no operator account "nobody@example.com"/);
  });

  it('resets a password against the policy; the new one works, sessions with the old one end', async () => {
    await adminCreate({ email: 'cy@example.com', password: 'Cy-password-1' }, options());
    const browser = consoleBrowser(server);
    await browser.signIn('cy@example.com', 'Cy-password-1');
    await assert.rejects(
      adminResetPassword('cy@example.com', 'short', options()),
      /Password must be at least 10 characters long/,
    );
    assert.equal((await browser.get('/console')).status, 200, 'a refused reset ends nothing');
    await adminResetPassword('CY@example.com', 'Cy-new-password-2', options());
    assert.equal((await browser.get('/console')).status, 303);
    assert.equal((await consoleBrowser(server).signIn('cy@example.com', 'Cy-password-1')).status, 400);
    assert.equal((await consoleBrowser(server).signIn('cy@example.com', 'Cy-new-password-2')).status, 303);
    const actions = (
      await server.call('GET', 'audit/list', { auth: true, query: { actorId: 'cli:tester' } })
    ).body.events.map((e: { action: string }) => e.action);
    assert.deepEqual(actions, ['admin.password', 'admin.create', 'admin.disable', 'admin.create']);
  });
});
