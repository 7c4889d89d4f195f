import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWeakMachineKey } from '../../src/config/machine-key.js';
import { startTestServer } from '../helpers/test-server.js';

/** A machine key below 128 bits lets one captured token or link be searched offline for the key. */
describe('machine key strength', () => {
  it('a weak MACHINE_KEY is warned about loudly at start, without printing the key', async () => {
    for (const [keys, weak] of [
      ['a', ['1']],
      ['correct-horse', ['1']],
      ['AbcdEfgh0123_-xyzWVUT9KLmn,short', ['2']],
      ['Q2hhbmdlIG1lIHBsZWFzZSwgcmVhbGx5', []],
    ] as const) {
      const lines: string[] = [];
      const server = await startTestServer({
        env: { MACHINE_KEY: keys, LOG_LEVEL: 'warn' },
        logDestination: { write: (line) => void lines.push(line) },
      });
      await server.close({ drop: true });
      const warnings = lines
        .map((line) => JSON.parse(line) as { level: number; msg: string; keyNumber?: number })
        .filter((entry) => /MACHINE_KEY/.test(entry.msg));
      assert.deepEqual(
        warnings.map((w) => String(w.keyNumber)),
        weak,
        `${keys}: ${lines.join('')}`,
      );
      for (const warning of warnings) {
        assert.equal(warning.level, 40);
        assert.match(warning.msg, /weaker than 128 bits/);
      }
      for (const key of keys.split(','))
        assert.ok(key.length < 5 || !lines.join('').includes(key), 'the key is never logged');
    }
  });

  it('judges strength by length and alphabet: 22 base64 characters, 32 hex digits or 16 other bytes', () => {
    assert.equal(isWeakMachineKey('a'), true);
    assert.equal(isWeakMachineKey('A'.repeat(21)), true);
    assert.equal(isWeakMachineKey('AbcdEfgh0123_-xyzWVUT9'), false, '22 base64 characters');
    assert.equal(isWeakMachineKey('AbcdEfgh0123_-xyzWVUT'), true, '21 are 126 bits');
    assert.equal(isWeakMachineKey('0123456789abcdef'.repeat(2).slice(0, 31)), true, '31 hex digits are 124 bits');
    assert.equal(isWeakMachineKey('0123456789abcdef'.repeat(2)), false);
    assert.equal(isWeakMachineKey('p@ss w0rd! #1234'), false, '16 bytes of anything');
    assert.equal(isWeakMachineKey('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), true, 'one repeated character is no key');
  });
});
