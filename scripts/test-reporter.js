// @ts-check
import { relative } from 'node:path';

/** The entry modules scripts/test.ts writes for a group of test files. */
const GROUP_ENTRY = /(^|\/)group-\d+\.test\.mjs$/;

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
      let parents = (running.get(file ?? '') ?? []).slice(0, nesting);
      let where = file === undefined ? '' : relative(process.cwd(), file);
      // scripts/test.ts runs files in groups, each file in a suite named after it.
      if (GROUP_ENTRY.test(where) && parents.length > 0) {
        where = parents[0] ?? where;
        parents = parents.slice(1);
      }
      const line = {
        kind: 'skip',
        type: details.type === 'suite' ? 'suite' : 'test',
        file: where,
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
