import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Counter, Histogram, Registry } from 'prom-client';
import { registerRequestTally } from '../../src/metrics/request-tally.js';

/**
 * The request tally keeps its own numbers instead of prom-client's Counter and Histogram; what a
 * scrape reads must be exactly what those would have exposed for the same requests.
 */

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** prom-client's own metrics under the same names: the oracle. */
function oracle(): {
  registry: Registry;
  observe(method: string, route: string, status: number, seconds: number): void;
} {
  const registry = new Registry();
  const requests = new Counter({
    name: 'hosted_http_requests_total',
    help: 'HTTP requests answered, by method, method path and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'hosted_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method and method path.',
    labelNames: ['method', 'route'],
    buckets: BUCKETS,
    registers: [registry],
  });
  return {
    registry,
    observe(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ method, route }, seconds);
    },
  };
}

/** The exposition's lines, sorted, with each line's labels in name order (their order is free). */
function normalised(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([^{ ]+)\{(.*)\} (.+)$/.exec(line);
      if (match === null) return line;
      const labels = (match[2] ?? '').split(/,(?=[a-z_]+=")/).sort();
      return `${match[1]}{${labels.join(',')}} ${match[3]}`;
    })
    .sort();
}

describe('request tally', () => {
  it('exposes what prom-client would for the same requests, bucket edges included', async () => {
    const registry = new Registry();
    const tally = registerRequestTally(registry);
    const expected = oracle();
    // Every bucket edge exactly, just above it, and values beyond the last bound.
    const seconds = [0, ...BUCKETS, ...BUCKETS.map((b) => b * 1.0001), 11, 60, 0.0003, 0.0042];
    const calls: [string, string, number][] = [
      ['GET', '/portal/get', 200],
      ['GET', '/portal/get', 403],
      ['POST', '/portal/register', 201],
      ['GET', 'unknown', 404],
      ['POST', '/portal/get', 200],
    ];
    seconds.forEach((value, i) => {
      const [method, route, status] = calls[i % calls.length] ?? ['GET', '/', 200];
      tally.observe(method, route, status, value);
      expected.observe(method, route, status, value);
    });
    assert.deepEqual(normalised(await registry.metrics()), normalised(await expected.registry.metrics()));
    assert.deepEqual(
      (await registry.getMetricsAsJSON()).map((metric) => [metric.name, metric.type, metric.values.length]),
      (await expected.registry.getMetricsAsJSON()).map((metric) => [metric.name, metric.type, metric.values.length]),
    );
  });

  it('counts from zero again after the registry resets its metrics', async () => {
    const registry = new Registry();
    const tally = registerRequestTally(registry);
    tally.observe('GET', '/portal/get', 200, 0.002);
    registry.resetMetrics();
    tally.observe('GET', '/portal/get', 200, 0.002);
    const text = await registry.metrics();
    assert.match(text, /^hosted_http_requests_total\{method="GET",route="\/portal\/get",status="200"\} 1$/m);
    assert.match(text, /^hosted_http_request_duration_seconds_count\{method="GET",route="\/portal\/get"\} 1$/m);
  });
});
