import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { envSchema } from '../../src/config/schema.js';

/** The README's configuration table documents every setting the server reads, and no other. */

function documentedVariables(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## Configuration\n');
  assert.notEqual(start, -1, 'README has no configuration section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('README configuration table', () => {
  it('lists every key of src/config/schema.ts exactly once, and nothing else', () => {
    const documented = documentedVariables();
    const keys = Object.keys(envSchema.shape).sort();
    assert.deepEqual([...documented].sort(), keys);
    assert.equal(new Set(documented).size, documented.length, 'a variable is listed twice');
  });
});
