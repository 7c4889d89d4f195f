import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * Connections to webhook receivers, kept open between attempts. A new connection per delivery
 * cost the sender about a tenth of its CPU per delivery over plain HTTP, and over HTTPS a TLS
 * handshake each time: three quarters of it (bench/, docs/performance.md).
 *
 * Every attempt still resolves and checks the host first (post-delivery.ts). A kept connection is
 * reused only by an attempt whose check gave the same addresses: there is one pool per scheme,
 * host, port and set of checked addresses, so a socket goes back only to the pool whose addresses
 * it was connected to. A host whose DNS answer changes gets a new pool, and a new connection to a
 * newly checked address; the old pool's sockets idle out.
 */
export interface ReceiverConnections {
  /** The pool for a URL whose host was checked to `addresses`. */
  agentFor(url: URL, addresses: readonly string[]): HttpAgent;
  /** Closes every kept connection (the sender is stopping). */
  close(): void;
}

/**
 * How long an idle connection is kept. Receivers commonly close idle connections after 5 s
 * (Node's default); ours closes first, so an attempt rarely meets a connection the receiver has
 * just closed (and one that does is retried once, see post-delivery.ts). Node's agent believes a
 * receiver's `Keep-Alive: timeout` when it is shorter: it keeps the connection a second less than
 * announced, and not at all below two seconds.
 */
export const IDLE_CONNECTION_MS = 4_000;

/** Above this many pools, those without a connection are dropped (their hosts idle, or their DNS moved). */
const POOLS_KEPT = 256;

export function receiverConnections(options: { readonly idleMs?: number } = {}): ReceiverConnections {
  const idleMs = options.idleMs ?? IDLE_CONNECTION_MS;
  const pools = new Map<string, HttpAgent>();

  const dropIdlePools = (): void => {
    for (const [key, agent] of pools) {
      if (isEmpty(agent.sockets) && isEmpty(agent.freeSockets) && isEmpty(agent.requests)) pools.delete(key);
    }
  };

  return {
    agentFor: (url, addresses) => {
      const key = `${url.protocol}//${url.host}|${[...addresses].sort().join(',')}`;
      let agent = pools.get(key);
      if (agent === undefined) {
        if (pools.size >= POOLS_KEPT) dropIdlePools();
        // lifo: the most recently used connection first, so the others idle out when fewer are needed.
        const settings = { keepAlive: true, timeout: idleMs, scheduling: 'lifo' } as const;
        agent = url.protocol === 'https:' ? new HttpsAgent(settings) : new HttpAgent(settings);
        pools.set(key, agent);
      }
      return agent;
    },
    close: () => {
      for (const agent of pools.values()) agent.destroy();
      pools.clear();
    },
  };
}

function isEmpty(sockets: Readonly<Record<string, readonly unknown[] | undefined>>): boolean {
  return Object.values(sockets).every((list) => list === undefined || list.length === 0);
}
