import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateTargets, scaledChange, type ScenarioResult } from '../../bench/report.js';

/** A measured scenario, as bench/run.ts records it. */
function scenario(name: string, requests: number, p99: number, serverCpuUs = 0): ScenarioResult {
  return {
    name,
    title: name,
    connections: 10,
    requests,
    seconds: 10,
    rps: requests / 10,
    p50: p99 / 2,
    p90: p99,
    p99,
    max: p99,
    statuses: requests > 0 ? { '200': requests } : {},
    unexpected: 0,
    errors: 0,
    timeouts: 0,
    ratio: undefined,
    fastifyRatio: undefined,
    serverCpuUs,
    serverBusy: requests > 0 ? 0.9 : 0,
    cpuRatio: undefined,
    fastifyCpuRatio: undefined,
    problem: undefined,
  };
}

describe('bench targets', () => {
  it('a scenario that answered no request in its time meets no latency target', () => {
    const targets = evaluateTargets(
      {
        dialect: 'mysql',
        scale: {
          portals: 1_000_000,
          seedSeconds: 1,
          idleRss: 1,
          scenarios: [scenario('scale-page-first', 5000, 20), scenario('scale-page-deep', 0, 0)],
        },
      },
      1_000_000,
    );
    const first = targets.find((t) => t.target.includes('at startIndex 0'));
    const deep = targets.find((t) => t.target.includes('at a random startIndex'));
    assert.equal(first?.met, true, first?.got);
    assert.equal(deep?.met, false);
    assert.match(deep?.got ?? '', /no request answered in 10 s/);
  });

  it('nor a CPU-per-request target', () => {
    const targets = evaluateTargets(
      {
        dialect: 'sqlite',
        throughput: {
          portals: 0,
          seedSeconds: undefined,
          idleRss: 1,
          scenarios: [scenario('fastify-minimal', 100_000, 5, 14), scenario('get-by-name', 0, 0, 0)],
        },
      },
      0,
    );
    const get = targets.find((t) => t.target.startsWith('signed portal/get by name'));
    assert.equal(get?.met, false, get?.got);
  });
});

describe('bench history: a change read at the minimal route', () => {
  it('reads no change when a slower machine made every figure slower alike', () => {
    // The signed read at 2.73 × the minimal route, on a machine at 15 µs and on one at 39 µs.
    const change = scaledChange(2.73 * 39, 39, 2.73 * 15, 15);
    assert.ok(change !== undefined && Math.abs(change) < 1e-9, String(change));
  });

  it('reads a regression of the code whatever the machine did', () => {
    // 40.9 µs at a minimal 15 µs, then 112 µs at 39: 2.87 × against 2.73 ×, 5 % worse.
    const change = scaledChange(112, 39, 40.9, 15);
    assert.equal(Math.round((change ?? Number.NaN) * 1000) / 10, 5.3);
    // Faster in µs on a faster machine, yet a larger share of its minimal route: still a regression.
    assert.ok((scaledChange(30, 10, 40, 15) ?? 0) > 0.1);
  });

  it('gives no figure when either run lacks the minimal route', () => {
    assert.equal(scaledChange(50, undefined, 40, 15), undefined);
    assert.equal(scaledChange(50, 14, 40, undefined), undefined);
    assert.equal(scaledChange(50, 14, 40, 0), undefined);
  });
});
