import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsonArrayCounter } from '../../bench/json-counter.js';

/** Feeds `text` in chunks of `size` bytes; returns the counter and its verdict. */
function check(text: string, size = 7): { count: number; problem: string | undefined } {
  const counter = new JsonArrayCounter('tenants');
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) {
    if (!counter.push(bytes.subarray(i, i + size))) break;
  }
  return { count: counter.count, problem: counter.end() };
}

describe('bench JSON array counter', () => {
  it('counts the tenants of a valid answer, whatever the chunk boundaries', () => {
    const body = JSON.stringify({
      tenants: [
        {
          tenantId: 1,
          portalName: 'a"b\\c',
          created: '2026-11-28T12:00:00.000Z',
          partnerId: null,
          ok: true,
          n: -1.5e3,
        },
        { tenantId: 2, nested: { tenants: [1, 2, 3] }, list: [[], {}], text: 'é \u0001 ✓' },
        { tenantId: 3, zero: 0, fraction: 0.25, exp: 1e-7, no: false },
      ],
      other: [1, 2],
    });
    for (const size of [1, 2, 3, 7, 64, body.length]) {
      assert.deepEqual(check(body, size), { count: 3, problem: undefined }, `chunks of ${size}`);
    }
  });

  it('counts an empty list and a bare scalar document', () => {
    assert.deepEqual(check('{"tenants":[]}'), { count: 0, problem: undefined });
    assert.deepEqual(check(' 42 '), { count: 0, problem: undefined });
    assert.deepEqual(check('{"tenants" : [ 1 , "x" , null ] }\n'), { count: 3, problem: undefined });
  });

  it('counts only the array under the key at the top level', () => {
    assert.equal(check('{"x":{"tenants":[1,2]},"tenants":[{"tenants":[1,2,3]}]}').count, 1);
  });

  it('rejects invalid or truncated documents', () => {
    const invalid = [
      '{"tenants":[1,2,]}',
      '{"tenants":[1 2]}',
      '{"tenants":[01]}',
      '{"tenants":[1.]}',
      '{"tenants":[-]}',
      '{"tenants":[tru]}',
      '{"tenants":[nul]}',
      '{"tenants":["a\\x"]}',
      '{"tenants":["\\u12G4"]}',
      '{"tenants":["a\u0001"]}',
      "{'tenants':[]}",
      '{"tenants":[}',
      '{"tenants":[]]',
      '{"tenants":[] "x":1}',
      '{"tenants":[]}{}',
      '{"tenants":[{"id":1}',
      '{"tenants":["open',
      '',
    ];
    for (const text of invalid) {
      assert.notEqual(check(text).problem, undefined, `should reject ${JSON.stringify(text)}`);
    }
  });
});
