import { request } from 'node:http';
import { JsonArrayCounter } from './json-counter.js';
import { sampleRss, type ServerProcess } from './server-process.js';

/** What streaming the whole portal list cost, and whether the answer was right. */
export interface FullListResult {
  readonly status: number;
  readonly seconds: number;
  /** Time to the first byte of the body, in milliseconds. */
  readonly firstByteMs: number;
  readonly bytes: number;
  readonly tenants: number;
  /** undefined when the body was one valid JSON document. */
  readonly jsonProblem: string | undefined;
  /** Server RSS before the request, and its peak during it (bytes). */
  readonly rssBefore: number;
  readonly peakRss: number;
  /** How the peak was measured: VmHWM after a reset, or VmRSS polled every 50 ms. */
  readonly peakSource: 'VmHWM' | 'VmRSS polled';
}

/** GET portal/get with no filter: every active portal, streamed; counted and validated as it arrives. */
export async function measureFullList(server: ServerProcess, token: string): Promise<FullListResult> {
  const counter = new JsonArrayCounter('tenants');
  const rssBefore = server.rss();
  const hwmReset = server.resetPeak();
  const sampler = sampleRss(server);
  const started = performance.now();
  let firstByteMs = -1;

  const status = await new Promise<number>((resolve, reject) => {
    const req = request(`${server.baseUrl}/api/portal/get`, { headers: { authorization: token } }, (res) => {
      res.on('data', (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
        counter.push(chunk);
      });
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });

  const seconds = (performance.now() - started) / 1000;
  const polled = sampler.stop();
  const peakRss = hwmReset ? Math.max(server.peakRss(), polled) : polled;
  return {
    status,
    seconds,
    firstByteMs,
    bytes: counter.bytes,
    tenants: counter.count,
    jsonProblem: counter.end(),
    rssBefore,
    peakRss,
    peakSource: hwmReset ? 'VmHWM' : 'VmRSS polled',
  };
}
