import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A webhook receiver that takes its time: every delivery is answered 200 after `delayMs`. The
 * webhooks scenarios subscribe it twice, so the server's sender has slow work in the background
 * while registrations and status changes are measured.
 */
export interface SlowReceiver {
  readonly url: string;
  /** Deliveries received so far. */
  received(): number;
  close(): Promise<void>;
}

export async function startSlowReceiver(delayMs: number): Promise<SlowReceiver> {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      setTimeout(() => response.end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** webhook/create on the server at `baseUrl`: an endpoint for every event at `url` (e.g. a slow receiver's). */
export async function subscribeToEveryEvent(baseUrl: string, token: string, url: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/webhook/create`, {
    method: 'POST',
    headers: { authorization: token, 'content-type': 'application/json' },
    body: JSON.stringify({ url, events: '*' }),
  });
  if (response.status !== 201) throw new Error(`webhook/create answered ${response.status}: ${await response.text()}`);
}
