import { lookup } from 'node:dns/promises';

/**
 * Turns a host name into every address it has, in the order they should be tried. Injectable so
 * tests can answer without DNS (and play a rebinding DNS server); rejects when the name does not
 * resolve.
 */
export type ResolveHost = (hostname: string) => Promise<readonly string[]>;

/**
 * The system resolver (getaddrinfo, so /etc/hosts counts), asking for all addresses: checking only
 * the first one would let a name with one public and one private address through.
 */
export const systemResolveHost: ResolveHost = async (hostname) => {
  // verbatim keeps the resolver's order, as a normal connection would use it.
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
};
