import { InvalidArgumentError, type Command } from 'commander';
import type { HostedApi } from '@hosted-solution-api/client';
import { connect, type GlobalOptions } from './connection.js';
import { UsageError } from './errors.js';
import { json } from './output.js';

/** What every command needs from the process: its environment and where to print. */
export interface CliContext {
  readonly env: NodeJS.ProcessEnv;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Where secrets are read from (the process's stdin when absent; tests give a stream). */
  readonly stdin?: NodeJS.ReadStream | NodeJS.ReadableStream;
  /** The exit code when the command ran to its end (`serve` passes on the server's). */
  readonly status: { code: number };
}

/** What a command shows: the API's answer (printed as it is with --json) and its readable form. */
export interface Shown {
  readonly answer: unknown;
  readonly text: string;
}

/** An action's inputs: positional arguments, the command's options, and the API to call. */
export interface ActionInput {
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly globals: GlobalOptions;
  readonly api: () => HostedApi;
}

/**
 * Gives a command its action: reads the arguments and options commander parsed, calls `run`, and
 * prints its answer as JSON (--json) or as text. API errors propagate to main.ts (exit 1).
 */
export function apiAction(context: CliContext, command: Command, run: (input: ActionInput) => Promise<Shown>): Command {
  return command.action(async (...received: unknown[]) => {
    const self = received[received.length - 1] as Command;
    const globals = self.optsWithGlobals<GlobalOptions & Record<string, unknown>>();
    const args = received.slice(0, -2).map((a) => (a === undefined ? '' : String(a)));
    const shown = await run({ args, options: self.opts(), globals, api: () => connect(globals, context.env) });
    context.out(globals.json === true ? json(shown.answer) : shown.text);
  });
}

/** Parses a whole-number option (a usage error otherwise). */
export function wholeNumber(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

/** Parses a true/false option. */
export function trueOrFalse(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new InvalidArgumentError('must be true or false');
}

/** A comma-separated list option. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Which portal a command is about: the <portal> argument (name or domain), or --tenant-id. */
export function portalRef(
  name: string | undefined,
  options: Readonly<Record<string, unknown>>,
): { portalName?: string; tenantId?: number } {
  const tenantId = options.tenantId as number | undefined;
  if (tenantId !== undefined) return { tenantId };
  if (name !== undefined && name !== '') return { portalName: name };
  throw new UsageError('name the portal: <portal> (its name or domain) or --tenant-id <id>');
}

/** Only the options that were given, under the API's parameter names. */
export function given(options: Readonly<Record<string, unknown>>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (options[name] !== undefined) picked[name] = options[name];
  return picked;
}
