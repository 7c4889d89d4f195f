import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/logger.js';

/** A logger writing into an array, for reading back what it wrote. */
function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(line) }) };
}

describe('logged database errors', () => {
  it('keep the message and codes but not the SQL with its values (MySQL) or the failing row (PostgreSQL)', () => {
    const { lines, logger } = capture();
    const mysqlError = Object.assign(new Error("Data too long for column 'value' at row 1"), {
      code: 'ER_DATA_TOO_LONG',
      sqlState: '22001',
      sql: "insert into `users` (`email`, `password_hash`) values ('owner@example.com', 'scrypt$32768$8$1$SALT$HASHVALUE')",
    });
    const pgError = Object.assign(new Error('null value in column "tenant_id" violates not-null constraint'), {
      code: '23502',
      detail: 'Failing row contains (owner@example.com, scrypt$32768$8$1$SALT$OTHERHASH).',
      table: 'users',
    });
    const wrapped = new Error('registration failed', { cause: mysqlError });
    logger.error({ err: mysqlError }, 'request failed');
    logger.error({ err: pgError }, 'request failed');
    logger.error({ err: wrapped }, 'request failed');
    const log = lines.join('');
    for (const secret of ['HASHVALUE', 'OTHERHASH', 'owner@example.com'])
      assert.ok(!log.includes(secret), `${secret} in ${log}`);
    assert.match(log, /Data too long for column/);
    assert.match(log, /"code":"ER_DATA_TOO_LONG"/);
    assert.match(log, /"code":"23502"/);
    assert.match(log, /"table":"users"/);
  });
});
