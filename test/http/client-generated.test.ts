import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { clientSources, currentDocument, GENERATED_DIR } from '../../scripts/generate-client.js';

/** The typed client's generated sources are what the server's /openapi.json gives today. */

describe('packages/client/src/generated', () => {
  it('is up to date: `npm run generate:client` would change nothing', { timeout: 120_000 }, async () => {
    const sources = await clientSources(await currentDocument());
    for (const [file, expected] of Object.entries(sources)) {
      const actual = readFileSync(join(GENERATED_DIR, file), 'utf8');
      assert.ok(
        actual === expected,
        `packages/client/src/generated/${file} is out of date with /openapi.json: run npm run generate:client`,
      );
    }
  });
});
