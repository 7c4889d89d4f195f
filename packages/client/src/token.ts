import { createHmac } from 'node:crypto';

/** The token's time: `yyyyMMddHHmmss` in UTC. */
export function ascDatetime(at: Date): string {
  return at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/**
 * An Authorization header value: `ASC <pkey>:<datetime>:<hash>`, where hash is the standard
 * base64 of HMAC-SHA1 keyed with `key` (UTF-8) over `datetime + "\n" + pkey`.
 * As the operator: the machine key, any pkey without `:`. As an API client: its secret, its clientId as pkey.
 */
export function ascToken(key: string, pkey: string, at: Date = new Date()): string {
  if (pkey === '' || pkey.includes(':')) throw new TypeError('the token name (pkey) must be non-empty and without ":"');
  const datetime = ascDatetime(at);
  const hash = createHmac('sha1', key).update(`${datetime}\n${pkey}`).digest('base64');
  return `ASC ${pkey}:${datetime}:${hash}`;
}
