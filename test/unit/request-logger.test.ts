import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/logger.js';
import { lazyRequestLogger } from '../../src/http/request-logger.js';

/** A logger at `level` whose lines are collected, parsed. */
function collecting(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, destination), lines };
}

describe('the request logger', () => {
  it('writes nothing below the server level, and lines at it carry the request id', async () => {
    const { logger, lines } = collecting('warn');
    const log = lazyRequestLogger(logger, { reqId: 'req-1' }, {});
    log.info('not written');
    log.debug({ detail: 1 }, 'not written either');
    log.warn({ tenantId: 7 }, 'written');
    log.error('also written');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(
      lines.map((line) => [line.msg, line.reqId, line.tenantId]),
      [
        ['written', 'req-1', 7],
        ['also written', 'req-1', undefined],
      ],
    );
    assert.equal(log.level, 'warn');
  });

  it('hands out children that keep the request id', async () => {
    const { logger, lines } = collecting('info');
    const child = lazyRequestLogger(logger, { reqId: 'req-2' }, {}).child({ part: 'mail' });
    child.info('from the child');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(lines[0]?.reqId, 'req-2');
    assert.equal(lines[0]?.part, 'mail');
  });

  it('keeps the secrets redacted', async () => {
    const { logger, lines } = collecting('info');
    lazyRequestLogger(logger, { reqId: 'req-3' }, {}).info({ body: { password: 'hunter2' } }, 'with a body');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((lines[0]?.body as Record<string, unknown>).password, '[redacted]');
  });
});
