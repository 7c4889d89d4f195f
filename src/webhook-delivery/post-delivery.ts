import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { checkWebhookUrl, type CheckedWebhookUrl, type WebhookUrlProblem } from '../domain/webhook/target-url.js';
import type { ResolveHost } from '../domain/webhook/resolve-host.js';
import type { ReceiverConnections } from './receiver-connections.js';

/**
 * Reading stops once this much of a receiver's answer has arrived (one socket read may carry a
 * little more) and the connection is closed: a receiver cannot hold the sender with an endless body.
 */
export const MAX_RESPONSE_BYTES = 4096;

/**
 * Why an attempt failed, in a fixed vocabulary: this is what `lastError` stores, so it must never
 * carry the receiver's own words (its body, its TLS alert text, its address).
 */
export type DeliveryErrorClass =
  'timeout' | 'invalid_url' | 'refused_address' | 'dns' | 'connection' | 'tls' | 'bad_response' | `http_${number}`;

/** The outcome of one attempt: 2xx is delivered; anything else says why not. */
export type DeliveryResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status?: number; readonly errorClass: DeliveryErrorClass };

/** One attempt to post one delivery. */
export interface DeliveryAttempt {
  /** The endpoint URL; checked again here, since DNS may have changed since it was saved. */
  readonly url: string;
  /** Signature headers, User-Agent and the like; Content-Length is set here, Content-Type defaults to JSON. */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact bytes that were signed. */
  readonly body: string;
  /** WEBHOOK_TIMEOUT_MS: resolving, connecting and the answer together. */
  readonly timeoutMs: number;
  /** WEBHOOK_ALLOW_PRIVATE. */
  readonly allowPrivate: boolean;
  /** How host names become addresses; the system resolver when absent. */
  readonly resolve?: ResolveHost;
  /** Kept connections to reuse; absent: a new connection, closed when the attempt ends. */
  readonly connections?: ReceiverConnections | undefined;
}

/**
 * Posts one delivery: resolves the host once, refuses it unless every
 * address is allowed, and connects only to those checked addresses (or reuses a kept connection
 * to them, see receiver-connections.ts). Redirects are not followed, at most
 * {@link MAX_RESPONSE_BYTES} of the answer are read and then dropped. Never throws.
 */
export async function postDelivery(attempt: DeliveryAttempt): Promise<DeliveryResult> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), attempt.timeoutMs);
  try {
    const target = await beforeDeadline(
      checkWebhookUrl(attempt.url, { allowPrivate: attempt.allowPrivate, resolve: attempt.resolve }),
      deadline.signal,
    );
    if (target === TIMED_OUT) return { ok: false, errorClass: 'timeout' };
    if (!target.ok) return { ok: false, errorClass: URL_PROBLEM_CLASSES[target.problem] };
    const sent = await send(target, attempt, deadline.signal);
    // The receiver closed a kept connection as the post went out on it: nothing was answered, so
    // once more, on another connection (a receiver may see such a post twice; webhook-id tells).
    if (sent !== CLOSED_WHILE_KEPT) return sent;
    const again = await send(target, attempt, deadline.signal);
    return again === CLOSED_WHILE_KEPT ? { ok: false, errorClass: 'connection' } : again;
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------

const TIMED_OUT = Symbol('timed out');
const CLOSED_WHILE_KEPT = Symbol('a kept connection was closed');

const URL_PROBLEM_CLASSES: Record<WebhookUrlProblem, DeliveryErrorClass> = {
  syntax: 'invalid_url',
  'too-long': 'invalid_url',
  scheme: 'invalid_url',
  'user-info': 'invalid_url',
  host: 'invalid_url',
  dns: 'dns',
  address: 'refused_address',
};

function send(
  target: CheckedWebhookUrl,
  attempt: DeliveryAttempt,
  signal: AbortSignal,
): Promise<DeliveryResult | typeof CLOSED_WHILE_KEPT> {
  return new Promise((resolve) => {
    const body = Buffer.from(attempt.body, 'utf8');
    const open = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const pool = attempt.connections?.agentFor(target.url, target.addresses);
    let request: ClientRequest;
    // The answer's status once its headers are in: later trouble (a cut body, the deadline while
    // draining) does not change it.
    let answered: DeliveryResult | undefined;
    let settled = false;
    /** `keep`: the answer was read to its end, so the connection may serve the next attempt. */
    const finish = (result: DeliveryResult | typeof CLOSED_WHILE_KEPT, keep = false): void => {
      if (settled) return;
      settled = true;
      // Otherwise the socket is closed: nothing more is read from it.
      if (!(keep && pool !== undefined)) request.destroy();
      resolve(result);
    };

    try {
      // The URL object checked above, not the text: parsing twice could disagree on the host.
      request = open(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...attempt.headers, 'content-length': String(body.length) },
        // Without a pool, a connection of the attempt's own: a shared one could have been made
        // to an address this attempt did not check.
        agent: pool ?? false,
        // Host header and TLS servername come from the URL's host name; only the socket's address is pinned.
        lookup: pinnedLookup(target.addresses),
        signal,
      });
    } catch {
      resolve({ ok: false, errorClass: 'invalid_url' });
      return;
    }

    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      // Redirects count as failures: following one would go to a URL nobody checked.
      answered =
        status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, errorClass: `http_${status}` };
      const decided = answered;
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        // Only counted, never kept: no part of the receiver's answer is stored (docs/webhooks.md).
        received += chunk.length;
        if (received >= MAX_RESPONSE_BYTES) finish(decided);
      });
      response.on('end', () => finish(decided, true));
      response.on('error', () => finish(decided));
      response.on('close', () => finish(decided));
    });
    request.on('error', (error) => {
      if (answered === undefined && !signal.aborted && request.reusedSocket && closedByPeer(error))
        finish(CLOSED_WHILE_KEPT);
      else finish(answered ?? { ok: false, errorClass: signal.aborted ? 'timeout' : classifyError(error) });
    });
    request.on('close', () => finish(answered ?? { ok: false, errorClass: signal.aborted ? 'timeout' : 'connection' }));
    request.end(body);
  });
}

/**
 * A lookup that answers with the addresses already checked, whatever DNS says now. Node calls it
 * for host names only (an IP literal is connected to as is, and was checked as is).
 */
function pinnedLookup(addresses: readonly string[]): LookupFunction {
  const entries: LookupAddress[] = addresses.map((address) => ({ address, family: isIP(address) === 4 ? 4 : 6 }));
  return (_hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const usable = family === 4 || family === 6 ? entries.filter((entry) => entry.family === family) : entries;
    const first = usable[0];
    if (first === undefined) {
      callback(Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' }), '');
    } else if (options.all === true) {
      callback(null, usable);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/** A connection the receiver reset or closed before answering. */
function closedByPeer(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

/** Maps a socket, TLS or parser error to its class by code; the message is never looked at. */
function classifyError(error: unknown): DeliveryErrorClass {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code.startsWith('HPE_')) return 'bad_response';
  // OpenSSL certificate codes (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT…), Node's
  // ERR_TLS_*/ERR_SSL_*, and EPROTO for a handshake the peer broke off.
  if (/CERT|SSL|TLS/.test(code) || code === 'EPROTO') return 'tls';
  return 'connection';
}

/** Waits for `work` unless the deadline passes first; the work itself cannot be cancelled (getaddrinfo). */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T | typeof TIMED_OUT> {
  if (signal.aborted) return Promise.resolve(TIMED_OUT);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(TIMED_OUT);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
