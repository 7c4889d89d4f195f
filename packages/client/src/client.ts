import { HostedApiError, isErrorAnswer } from './errors.js';
import { METHODS, type ApiMethods } from './generated/methods.js';
import { ascToken } from './token.js';

/** The part of `fetch` the client uses (Node's global fetch by default). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** How to reach the server and sign the calls. */
export interface HostedApiOptions {
  /** The server, e.g. `https://api.example.com` (default `http://127.0.0.1:8092`). */
  readonly baseUrl?: string;
  /** The API prefix: `/api` (default), `/apisystem` or `/apisystem/api`. */
  readonly prefix?: string;
  /** Sign as the operator with the machine key (`MACHINE_KEY` or `DATA_DIR/machine.key`). */
  readonly machineKey?: string;
  /** The operator's token name (recorded in the audit log); default `hosted-api-client`. */
  readonly pkey?: string;
  /** Sign as an API client: its id and secret (from client/create or client/rotate). */
  readonly clientId?: string;
  readonly secret?: string;
  /** Give up on a call after this many milliseconds (default 30000). */
  readonly timeoutMs?: number;
  /** Headers sent with every call (e.g. `Idempotency-Key` is better given per call: see `call`). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: FetchLike;
  /** The clock the tokens are signed with (default: now). */
  readonly now?: () => Date;
}

/** Parameters by name, as the API method reads them. */
export type CallParams = Readonly<Record<string, unknown>>;

/** Options of one call. */
export interface CallOptions {
  /** Extra headers for this call, e.g. `{ 'Idempotency-Key': '…' }`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The typed methods (`api.portal.register(…)`), plus a way to call any method by path. */
export type HostedApi = ApiMethods & {
  /**
   * Calls any API method by its path (`'webhook/create'`): for methods this version of the
   * client does not know yet. GET and DELETE send the parameters in the query string, POST and
   * PUT as a JSON body. Resolves to the parsed answer; throws HostedApiError otherwise.
   */
  call(verb: string, path: string, params?: CallParams, options?: CallOptions): Promise<unknown>;
  /** The Authorization header value the next call would carry (undefined: calls are unsigned). */
  token(): string | undefined;
};

const DEFAULT_URL = 'http://127.0.0.1:8092';

/** A client for one server and one identity (operator, API client, or none). */
export function createHostedApi(options: HostedApiOptions = {}): HostedApi {
  const base = (options.baseUrl ?? DEFAULT_URL).replace(/\/+$/, '');
  const prefix = `/${(options.prefix ?? '/api').replace(/^\/+|\/+$/g, '')}`;
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 30_000;
  const token = signer(options, now);

  const call = async (
    verb: string,
    path: string,
    params: CallParams = {},
    callOptions: CallOptions = {},
  ): Promise<unknown> => {
    const method = verb.toUpperCase();
    const url = new URL(`${base}${prefix}/${path.replace(/^\/+/, '')}`);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...callOptions.headers };
    const authorization = token();
    if (authorization !== undefined) headers.authorization = authorization;
    let body: string | undefined;
    if (method === 'GET' || method === 'DELETE' || method === 'HEAD') {
      for (const [name, value] of Object.entries(params)) appendQuery(url.searchParams, name, value);
    } else {
      body = JSON.stringify(params);
      headers['content-type'] = 'application/json';
    }

    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const response = await doFetch(url.toString(), {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HostedApiError({
        status: 0,
        code: 'unreachable',
        message: `cannot reach ${url.origin}: ${reason}`,
        cause: error,
      });
    }

    const parsed = parseJson(text);
    if (status >= 200 && status < 300) {
      if (parsed.ok) return parsed.value;
      throw new HostedApiError({
        status,
        code: 'unexpectedAnswer',
        message: `the answer is not JSON: ${text.slice(0, 200)}`,
      });
    }
    if (parsed.ok && isErrorAnswer(parsed.value)) {
      const seconds = retryAfter === null ? undefined : Number(retryAfter);
      throw new HostedApiError({
        status,
        code: parsed.value.error,
        message: parsed.value.message,
        variants: parsed.value.variants,
        retryAfterSeconds: seconds !== undefined && Number.isFinite(seconds) ? seconds : undefined,
      });
    }
    throw new HostedApiError({ status, code: 'unexpectedAnswer', message: `HTTP ${status}: ${text.slice(0, 200)}` });
  };

  const api: Record<string, unknown> = { call, token };
  for (const [group, methods] of Object.entries(METHODS)) {
    const bound: Record<string, (first?: CallParams, callOptions?: CallOptions) => Promise<unknown>> = {};
    for (const [name, method] of Object.entries(methods)) {
      // A method without parameters takes the call's options first: api.client.list({ headers }).
      bound[name] = method.params
        ? (params, callOptions) => call(method.verb, method.path, params, callOptions)
        : (callOptions) => call(method.verb, method.path, {}, callOptions as CallOptions | undefined);
    }
    api[group] = bound;
  }
  // The object is built from METHODS, which the same generator wrote with ApiMethods.
  return api as unknown as HostedApi;
}

/** Signs as the operator, as a client, or not at all; a fresh token for every call. */
function signer(options: HostedApiOptions, now: () => Date): () => string | undefined {
  const { machineKey, clientId, secret } = options;
  if (clientId !== undefined || secret !== undefined) {
    if (!clientId || !secret) throw new TypeError('signing as an API client needs both clientId and secret');
    if (machineKey !== undefined) throw new TypeError('give either machineKey or clientId and secret, not both');
    return () => ascToken(secret, clientId, now());
  }
  if (machineKey !== undefined) {
    if (machineKey === '') throw new TypeError('machineKey is empty');
    const pkey = options.pkey ?? 'hosted-api-client';
    return () => ascToken(machineKey, pkey, now());
  }
  return () => undefined;
}

function appendQuery(query: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  // Lists go as one comma-separated value, which every list parameter accepts.
  if (Array.isArray(value)) query.append(name, value.map(String).join(','));
  else if (typeof value === 'object') query.append(name, JSON.stringify(value));
  else query.append(name, String(value));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
