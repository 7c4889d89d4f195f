import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { envSchema } from '../../src/config/schema.js';

/** docs/configuration.md documents every setting the server reads, and no other; the README links to it. */

function documentedVariables(): string[] {
  const page = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  return [...page.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('the configuration table (docs/configuration.md)', () => {
  it('lists every key of src/config/schema.ts exactly once, and nothing else', () => {
    const documented = documentedVariables();
    const keys = Object.keys(envSchema.shape).sort();
    assert.deepEqual([...documented].sort(), keys);
    assert.equal(new Set(documented).size, documented.length, 'a variable is listed twice');
  });

  it('is linked from the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.match(readme, /\]\(docs\/configuration\.md\)/);
  });
});
