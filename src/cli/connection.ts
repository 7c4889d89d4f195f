import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHostedApi, type HostedApi } from '@hosted-solution-api/client';
import { UsageError } from './errors.js';

/** The options every command takes (and their environment variables). */
export interface GlobalOptions {
  readonly url?: string;
  readonly key?: string;
  readonly client?: string;
  readonly secret?: string;
  readonly json?: boolean;
}

/** The default server: where `npm start` listens. */
export const DEFAULT_URL = 'http://127.0.0.1:8092';

/** Who the calls are signed as, and where the key came from (for messages). */
export type Credentials =
  | { readonly kind: 'operator'; readonly key: string; readonly source: string }
  | { readonly kind: 'client'; readonly clientId: string; readonly secret: string };

/** The server's address: --url, else HOSTED_API_URL, else the default. */
export function serverUrl(options: GlobalOptions, env: NodeJS.ProcessEnv): string {
  return options.url ?? nonEmpty(env.HOSTED_API_URL) ?? DEFAULT_URL;
}

/**
 * Who signs: a client (--client/--secret, else HOSTED_API_CLIENT/HOSTED_API_SECRET) or the
 * operator's machine key: --key, else MACHINE_KEY (its first key: the one that signs), else the
 * key file the server generated (DATA_DIR/machine.key, DATA_DIR defaulting to ./data as for the
 * server). Throws UsageError when there is none.
 */
export function credentials(options: GlobalOptions, env: NodeJS.ProcessEnv): Credentials {
  const clientId = options.client ?? nonEmpty(env.HOSTED_API_CLIENT);
  const secret = options.secret ?? nonEmpty(env.HOSTED_API_SECRET);
  if (clientId !== undefined || secret !== undefined) {
    if (clientId === undefined || secret === undefined)
      throw new UsageError(
        'signing as an API client needs both --client and --secret (or HOSTED_API_CLIENT and HOSTED_API_SECRET)',
      );
    return { kind: 'client', clientId, secret };
  }
  if (options.key !== undefined) {
    if (options.key.trim() === '') throw new UsageError('--key is empty');
    return { kind: 'operator', key: options.key.trim(), source: '--key' };
  }
  const fromEnv = nonEmpty(env.MACHINE_KEY)?.split(',')[0]?.trim();
  if (fromEnv) return { kind: 'operator', key: fromEnv, source: 'MACHINE_KEY' };
  const file = join(nonEmpty(env.DATA_DIR) ?? './data', 'machine.key');
  let stored: string;
  try {
    stored = readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `no machine key: pass --key, set MACHINE_KEY, or run where the server keeps its data (${file} does not exist; set DATA_DIR to the server's)`
        : `cannot read ${file}: ${(error as Error).message}`,
    );
  }
  if (stored === '') throw new UsageError(`${file} is empty`);
  return { kind: 'operator', key: stored, source: file };
}

/** The typed client for the chosen server and identity. */
export function connect(options: GlobalOptions, env: NodeJS.ProcessEnv, pkey = 'hosted-api-cli'): HostedApi {
  const who = credentials(options, env);
  const baseUrl = serverUrl(options, env);
  return who.kind === 'client'
    ? createHostedApi({ baseUrl, clientId: who.clientId, secret: who.secret })
    : createHostedApi({ baseUrl, machineKey: who.key, pkey });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}
