import { lookup } from 'node:dns/promises';
import { networkInterfaces } from 'node:os';
import { DomainError } from '../errors.js';
import { isDnsHostName, normalizeHostName } from './host-name.js';

/** How check-domain learns addresses; the system one by default, a fake in unit tests. */
export interface AddressSource {
  /** Every address the name resolves to; rejects when it does not resolve. */
  resolve(hostName: string): Promise<readonly string[]>;
  /** This machine's own addresses. */
  localAddresses(): readonly string[];
}

/** node:dns lookup (the system resolver, /etc/hosts included) and os.networkInterfaces. */
export const systemAddresses: AddressSource = {
  resolve: async (hostName) => (await lookup(hostName, { all: true, verbatim: true })).map((a) => a.address),
  localAddresses: () =>
    Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .map((a) => a.address),
};

/** How long a lookup may take before the answer is `false` (the system resolver has no timeout). */
export const LOOKUP_TIMEOUT_MS = 5000;

/**
 * settings/checkdomain: whether `hostName` resolves to an address of this
 * server (its interfaces or loopback). hostNameEmpty / hostNameInvalid for a bad name; a lookup
 * that fails or times out is `false`, never an error.
 */
export async function checkDomain(
  hostName: string | undefined,
  source: AddressSource = systemAddresses,
  timeoutMs = LOOKUP_TIMEOUT_MS,
): Promise<boolean> {
  const name = normalizeHostName(hostName ?? '');
  if (name === '') throw new DomainError('hostNameEmpty');
  if (!isDnsHostName(name)) throw new DomainError('hostNameInvalid');
  const resolved = await withTimeout(source.resolve(name), timeoutMs).catch(() => undefined);
  if (resolved === undefined) return false;
  const own = new Set(source.localAddresses().map(normalizeAddress));
  return resolved.map(normalizeAddress).some((address) => own.has(address) || isLoopback(address));
}

/** Comparable address text: no zone index (fe80::1%eth0), IPv4-mapped IPv6 as plain IPv4. */
export function normalizeAddress(address: string): string {
  const plain = address.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  return mapped?.[1] ?? plain;
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^127\./.test(address);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    // Not unref'd: the answer is awaited, so the timer must be able to end the wait.
    const timer = setTimeout(() => resolve(undefined), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
