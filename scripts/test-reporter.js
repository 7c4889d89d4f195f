// @ts-check
import { relative } from 'node:path';

/**
 * A node:test reporter for scripts/test.ts: one JSON object a line, giving the run's counts and
 * every skipped test and suite with its file and reason. The runner's own counts leave skipped
 * suites out (`describe(name, { skip })` never registers its tests, so "# skipped" does not see
 * them); this report names each one, so the summary can say what did not run and why.
 *
 * Plain JavaScript: node loads reporters before the `--import tsx` hooks apply to them.
 *
 * Lines: {"kind":"skip","type":"test"|"suite","file","name","reason"} and
 * {"kind":"count","label":"pass"|"fail"|…,"value":N} (the runner's closing counts).
 *
 * @param {AsyncIterable<import('node:test/reporters').TestEvent>} source
 * @returns {AsyncGenerator<string>}
 */
export default async function* testReporter(source) {
  // The names of the tests that are running, per file, by nesting depth: a skipped test is
  // named after the suites around it.
  /** @type {Map<string, string[]>} */
  const running = new Map();
  for await (const event of source) {
    if (event.type === 'test:start') {
      const stack = running.get(event.data.file ?? '') ?? [];
      stack.length = event.data.nesting;
      stack.push(event.data.name);
      running.set(event.data.file ?? '', stack);
    } else if (event.type === 'test:pass' || event.type === 'test:fail') {
      const { skip, todo, name, nesting, file, details } = event.data;
      if (skip === undefined && todo === undefined) continue;
      // Run in a group (scripts/test.ts), a file's tests sit in a suite named after the file,
      // which belongs to the group's entry module: that level is missing here, and left out.
      const parents = (running.get(file ?? '') ?? []).slice(0, nesting).filter((parent) => parent !== undefined);
      const line = {
        kind: 'skip',
        type: details.type === 'suite' ? 'suite' : 'test',
        file: file === undefined ? '' : relative(process.cwd(), file),
        name: [...parents, name].join(' > '),
        reason: reasonOf(skip ?? todo, todo !== undefined),
      };
      yield `${JSON.stringify(line)}\n`;
    } else if (event.type === 'test:diagnostic' && event.data.file === undefined) {
      const match = /^(tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(event.data.message);
      if (match) yield `${JSON.stringify({ kind: 'count', label: match[1], value: Number(match[2]) })}\n`;
    }
  }
}

/**
 * @param {string | boolean | undefined} value the `skip` or `todo` option
 * @param {boolean} isTodo
 */
function reasonOf(value, isTodo) {
  const text = typeof value === 'string' && value.trim() !== '' ? value.trim() : 'no reason given';
  return isTodo ? `TODO: ${text}` : text;
}
