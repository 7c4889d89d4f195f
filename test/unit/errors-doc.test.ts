import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ERROR_REGISTRY } from '../../src/http/api/errors.js';

/** Rows of the table in docs/errors.md: status, wire code, default message. */
function documentedRows(): Array<[number, string, string]> {
  const text = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const rows: Array<[number, string, string]> = [];
  for (const line of text.split('\n')) {
    const match = /^\| (\d{3}) \| `(\w+)` \| ([^|]+) \|/.exec(line);
    if (match) rows.push([Number(match[1]), match[2] ?? '', (match[3] ?? '').trim()]);
  }
  return rows;
}

describe('docs/errors.md', () => {
  it('lists exactly the errors of the registry, with their status and message', () => {
    const documented = documentedRows()
      .map((r) => r.join(' | '))
      .sort();
    const registered = Object.values(ERROR_REGISTRY)
      .map((e) => [e.status, e.wire, e.message].join(' | '))
      .sort();
    assert.deepEqual(documented, registered);
  });
});
