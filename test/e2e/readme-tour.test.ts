import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../scripts/ensure-build.js';
import { freePort } from '../helpers/smtp-peer.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The README's quick tour, run as written: every ```sh block under "## Quick tour", in order, in
 * one shell, against a fresh server, checking each answer the README shows. A command's answer
 * is the `# ` comment lines right under it; `…` stands for anything (ids, times, keys), and runs
 * of spaces count as one (tables). A command without a shown answer must succeed (exit 0), as
 * must one whose answer is not an `error: …` line.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'hosted-api.js');
/** The port the README shows; the test's server listens elsewhere, and the tour is read with its port. */
const README_PORT = '8092';

interface Step {
  readonly command: string;
  readonly expected: string | undefined;
}

/** The tour's commands and their shown answers, in order. */
export function tourSteps(readme: string): Step[] {
  const start = readme.indexOf('\n## Quick tour\n');
  assert.notEqual(start, -1, 'README has no "## Quick tour" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const steps: Step[] = [];
  for (const block of section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    let command: string[] = [];
    let expected: string[] = [];
    const flush = () => {
      if (command.length > 0)
        steps.push({ command: command.join('\n'), expected: expected.length > 0 ? expected.join('\n') : undefined });
      command = [];
      expected = [];
    };
    for (const line of (block[1] ?? '').split('\n')) {
      const continuing =
        command.length > 0 && expected.length === 0 && (command[command.length - 1] ?? '').endsWith('\\');
      if (continuing) command.push(line);
      else if (line.startsWith('#')) {
        // An answer belongs to the command right above it; other comments explain.
        if (command.length > 0) expected.push(line.replace(/^# ?/, ''));
      } else if (line.trim() === '') flush();
      else {
        flush();
        command.push(line);
      }
    }
    flush();
  }
  return steps;
}

/** Whether an answer matches what the README shows (`…` = anything; spaces collapsed). */
export function matchesShown(actual: string, shown: string): boolean {
  const tidy = (text: string) =>
    text
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trimEnd())
      .join('\n')
      .trim();
  const pattern = tidy(shown)
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(tidy(actual));
}

/** Runs the whole tour in one bash; returns each step's output and exit code. */
function runTour(
  steps: readonly Step[],
  cwd: string,
  serverUrl: string,
): Promise<{ outputs: string[]; codes: number[]; all: string }> {
  const script = [
    // `npx hosted-api` in the checkout runs the package's own bin: the same here, from any folder.
    `npx() { if [ "$1" = hosted-api ]; then shift; node ${JSON.stringify(BIN)} "$@"; else command npx "$@"; fi; }`,
    ...steps.flatMap((step, i) => [
      `printf '\\n@@STEP ${i}@@\\n'`,
      '{',
      step.command,
      '} 2>&1',
      `printf '\\n@@RC ${i} %s@@\\n' "$?"`,
    ]),
  ].join('\n');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['MACHINE_KEY', 'HOSTED_API_CLIENT', 'HOSTED_API_SECRET', 'DATA_DIR']) delete env[name];
  // The command's default address is the README's port; the test's server is elsewhere.
  env.HOSTED_API_URL = serverUrl;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd, env });
    let all = '';
    child.stdout.on('data', (d) => (all += String(d)));
    child.stderr.on('data', (d) => (all += String(d)));
    child.on('error', reject);
    child.on('exit', () => {
      const outputs: string[] = [];
      const codes: number[] = [];
      for (const match of all.matchAll(/@@STEP (\d+)@@\n([\s\S]*?)\n@@RC \1 (\d+)@@/g)) {
        outputs[Number(match[1])] = match[2] ?? '';
        codes[Number(match[1])] = Number(match[3]);
      }
      resolve({ outputs, codes, all });
    });
  });
}

describe('the README quick tour', () => {
  let server: TestServer;
  let dir: string;
  let port: number;

  before(async () => {
    assert.ok(ensureBuilt(), 'the build failed');
    dir = mkdtempSync(join(tmpdir(), 'hosted-api-tour-'));
    // Links carry the server's port, so it listens on one chosen up front (retried if taken meanwhile).
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        server = await startTestServer({ env: { PORT: String(port) } });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
      }
    }
    // As after `npm start` in this folder: the generated key in data/machine.key.
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'machine.key'), `${server.machineKey}\n`, { mode: 0o600 });
  });
  after(async () => {
    await server?.close({ drop: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the tour: several steps, each block in order, answers shown for most', () => {
    const steps = tourSteps(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    assert.ok(steps.length >= 25, `only ${steps.length} steps`);
    assert.ok(steps.filter((s) => s.expected !== undefined).length >= 20);
    assert.match(steps[0]?.command ?? '', /^export MACHINE_KEY=\$\(cat data\/machine\.key\)$/);
    assert.ok(
      steps.every((s) => !/tenantId=1\b/.test(s.command)),
      'no hard-coded tenant id',
    );
  });

  it(
    'runs every command in order against a fresh server, and each answers what the README shows',
    { timeout: 240_000 },
    async () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replaceAll(README_PORT, String(port));
      const steps = tourSteps(readme);
      const { outputs, codes, all } = await runTour(steps, dir, server.baseUrl);
      steps.forEach((step, i) => {
        const output = outputs[i];
        assert.ok(output !== undefined, `step ${i + 1} did not run: ${step.command}\n${all.slice(-2000)}`);
        const where = `step ${i + 1}: ${step.command}\n--- answered (exit ${codes[i]}):\n${output}`;
        const mayFail = step.expected?.startsWith('error:') === true;
        if (!mayFail) assert.equal(codes[i], 0, where);
        if (step.expected !== undefined)
          assert.ok(matchesShown(output, step.expected), `${where}\n--- the README shows:\n${step.expected}`);
      });
    },
  );

  it('reads answers as the README means them', () => {
    assert.ok(matchesShown('{"a":1,"b":2}\n', '{"a":…,"b":2}'));
    assert.ok(!matchesShown('{"a":1,"b":3}', '{"a":…,"b":2}'));
    assert.ok(matchesShown('ID  NAME\n--  ----\n1   acme', 'ID NAME\n…\n… acme'));
    assert.deepEqual(
      tourSteps('\n## Quick tour\n\n```sh\n# explained\nA=1\necho $A \\\n  two\n# 1 two\n\necho x\n```\n\n## Next\n'),
      [
        { command: 'A=1', expected: undefined },
        { command: 'echo $A \\\n  two', expected: '1 two' },
        { command: 'echo x', expected: undefined },
      ],
    );
  });
});
