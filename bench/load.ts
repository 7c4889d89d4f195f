import autocannon from 'autocannon';

/**
 * One load run with autocannon against the server process: requests per second, latency
 * percentiles from every response (sub-millisecond, all statuses), and a count of every status
 * code, so a run that measured error answers is seen for what it is.
 */

/** One request, made fresh for every call (unique names, a current token). */
export interface BenchRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The body: JSON text unless `contentType` says otherwise. */
  readonly body?: string;
  readonly contentType?: string;
}

export interface LoadSpec {
  readonly baseUrl: string;
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** The status every response must have (200, or 201 for register). */
  readonly expectStatus: number;
  readonly next: () => BenchRequest;
}

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  /** Latency in milliseconds. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Responses per status code. */
  readonly statuses: Readonly<Record<string, number>>;
  /** Responses with another status than expected, plus connection errors and timeouts. */
  readonly unexpected: number;
  readonly errors: number;
  readonly timeouts: number;
}

/**
 * Runs the load for `spec.duration` seconds and summarises it. `latencies`, when given, also
 * keeps this run's samples for a summary of several runs (see combineLoads).
 */
export function runLoad(spec: LoadSpec, latencies = new LatencyRecorder()): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.baseUrl,
        connections: spec.connections,
        duration: spec.duration,
        pipelining: 1,
        timeout: 30,
        // Every scenario builds each request through the same hook, even the bare route: the
        // load generator then costs the same per request everywhere, and the ratios to the bare
        // route compare the server's work alone.
        requests: [
          {
            setupRequest: (request) => {
              const next = spec.next();
              request.method = next.method;
              request.path = next.path;
              const contentType = next.contentType ?? 'application/json';
              request.headers = {
                ...next.headers,
                ...(next.body === undefined ? {} : { 'content-type': contentType }),
              };
              request.body = next.body ?? '';
              return request;
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const statuses: Record<string, number> = {};
        let expected = 0;
        for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
          const count = stats.count ?? 0;
          statuses[code] = count;
          if (Number(code) === spec.expectStatus) expected += count;
        }
        const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
        const seconds = result.duration;
        resolve({
          requests: answered,
          seconds,
          rps: answered / seconds,
          p50: latencies.percentile(50),
          p90: latencies.percentile(90),
          p99: latencies.percentile(99),
          max: latencies.percentile(100),
          statuses,
          unexpected: answered - expected + result.errors,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.record(responseTime));
  });
}

/**
 * Several runs of one load (slices alternating with another server's) as one: counts summed,
 * the percentiles over `latencies`, the recorder every run added its samples to.
 */
export function combineLoads(runs: readonly LoadResult[], latencies: LatencyRecorder): LoadResult {
  const sum = (field: 'requests' | 'seconds' | 'unexpected' | 'errors' | 'timeouts') =>
    runs.reduce((total, run) => total + run[field], 0);
  const statuses: Record<string, number> = {};
  for (const run of runs)
    for (const [code, count] of Object.entries(run.statuses)) statuses[code] = (statuses[code] ?? 0) + count;
  const seconds = sum('seconds');
  return {
    requests: sum('requests'),
    seconds,
    rps: seconds === 0 ? 0 : sum('requests') / seconds,
    p50: latencies.percentile(50),
    p90: latencies.percentile(90),
    p99: latencies.percentile(99),
    max: latencies.percentile(100),
    statuses,
    unexpected: sum('unexpected'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
  };
}

/** Every latency sample, kept exactly (a few hundred thousand doubles) and sorted once. */
export class LatencyRecorder {
  #samples = new Float64Array(1 << 16);
  #size = 0;
  #sorted: Float64Array | undefined;

  record(ms: number): void {
    if (this.#size === this.#samples.length) {
      const bigger = new Float64Array(this.#samples.length * 2);
      bigger.set(this.#samples);
      this.#samples = bigger;
    }
    this.#samples[this.#size++] = ms;
    this.#sorted = undefined;
  }

  /** The nearest-rank percentile in milliseconds (0 when nothing was recorded). */
  percentile(p: number): number {
    if (this.#size === 0) return 0;
    this.#sorted ??= this.#samples.slice(0, this.#size).sort();
    const rank = Math.min(this.#size, Math.max(1, Math.ceil((p / 100) * this.#size)));
    return this.#sorted[rank - 1] as number;
  }
}
