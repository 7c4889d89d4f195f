/**
 * Reading a spawned server's own announcement of where it listens. Tests start servers with
 * PORT=0 and LOG_LEVEL=info and take the port from the "ready" log line: choosing a free port
 * beforehand races with every other test that listens meanwhile, and a health check could then
 * reach someone else's server.
 */

/** The port in the server's "hosted solution API ready" log line, once it has been printed. */
export function announcedPort(output: string): number | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('hosted solution API ready')) continue;
    try {
      const entry = JSON.parse(line) as { address?: string };
      if (entry.address) return Number(new URL(entry.address).port);
    } catch {
      // a partial line: wait for the rest
    }
  }
  return undefined;
}

/** Waits until the process announces its port (or exits, or the deadline passes). */
export async function waitForAnnouncedPort(
  output: () => string,
  exited: () => boolean,
  timeoutMs = 90_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const port = announcedPort(output());
    if (port !== undefined) return port;
    if (exited()) throw new Error(`server exited before listening:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not announce its port:\n${output()}`);
}
