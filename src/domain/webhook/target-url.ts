import { isIP } from 'node:net';
import { classifyAddress, describeRefusal } from './address-policy.js';
import { systemResolveHost, type ResolveHost } from './resolve-host.js';

/** The longest endpoint URL accepted; longer ones are refused, not truncated. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** What is wrong with a refused URL; `dns` and `address` come from resolving its host, the rest from its text. */
export type WebhookUrlProblem = 'syntax' | 'too-long' | 'scheme' | 'user-info' | 'host' | 'dns' | 'address';

/**
 * An accepted URL with the addresses it was checked against: a sender must connect to one of
 * these and not resolve the name again (that second answer is what DNS rebinding changes).
 */
export interface CheckedWebhookUrl {
  readonly ok: true;
  readonly url: URL;
  /** The host without IPv6 brackets: the name for the Host header and TLS, or the literal address. */
  readonly hostname: string;
  /** Every address the host had, each checked; one element for an IP literal. */
  readonly addresses: readonly string[];
}

/** A refused URL: `reason` is a short English phrase for the `webhookUrlInvalid` message. */
export interface RefusedWebhookUrl {
  readonly ok: false;
  readonly problem: WebhookUrlProblem;
  readonly reason: string;
}

/** Options for {@link checkWebhookUrl}. */
export interface WebhookUrlOptions {
  /** WEBHOOK_ALLOW_PRIVATE: accept loopback and private targets (development and tests). */
  readonly allowPrivate: boolean;
  /** How host names become addresses; the system resolver when absent. */
  readonly resolve?: ResolveHost;
}

/**
 * Checks an endpoint URL: http or https, no user info, a host, at most
 * {@link MAX_WEBHOOK_URL_LENGTH} characters, and a host whose every address is public unless
 * `allowPrivate`. Used on webhook/create and webhook/update and again before every send.
 */
export async function checkWebhookUrl(
  text: string,
  options: WebhookUrlOptions,
): Promise<CheckedWebhookUrl | RefusedWebhookUrl> {
  if (text.length > MAX_WEBHOOK_URL_LENGTH) {
    return refuse('too-long', `the URL must not be longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  }
  // The URL parser silently drops tabs and newlines and trims spaces; refuse them instead, so the
  // URL that is stored and shown is exactly the one posted to.
  if (/[\p{Cc} ]/u.test(text)) return refuse('syntax', 'the URL must not contain spaces or control characters');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('syntax', 'the URL is not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('scheme', 'the URL must use http or https');
  // Credentials in the URL would be stored and listed in clear; receivers authenticate the signature instead.
  if (url.username !== '' || url.password !== '')
    return refuse('user-info', 'the URL must not contain a user name or password');
  const hostname =
    url.hostname.startsWith('[') && url.hostname.endsWith(']') ? url.hostname.slice(1, -1) : url.hostname;
  if (hostname === '') return refuse('host', 'the URL must name a host');

  if (isIP(hostname) !== 0) {
    const refusal = addressRefusal(hostname, options.allowPrivate);
    return refusal === undefined
      ? { ok: true, url, hostname, addresses: [hostname] }
      : refuse('address', `its host is ${refusal}`);
  }

  let addresses: readonly string[];
  try {
    addresses = await (options.resolve ?? systemResolveHost)(hostname);
  } catch {
    return refuse('dns', 'its host name does not resolve');
  }
  if (addresses.length === 0) return refuse('dns', 'its host name does not resolve');
  // Any one non-public address refuses the name: a connection may pick any of them.
  for (const address of addresses) {
    const refusal = addressRefusal(address, options.allowPrivate);
    if (refusal !== undefined) return refuse('address', `its host name resolves to ${refusal}`);
  }
  return { ok: true, url, hostname, addresses };
}

function addressRefusal(address: string, allowPrivate: boolean): string | undefined {
  const verdict = classifyAddress(address);
  if (verdict.public) return undefined;
  // Even with private targets allowed, text that is not an address cannot be connected to.
  if (allowPrivate && verdict.reason !== 'invalid') return undefined;
  return describeRefusal(verdict);
}

function refuse(problem: WebhookUrlProblem, reason: string): RefusedWebhookUrl {
  return { ok: false, problem, reason };
}
