import { LatencyRecorder, runLoad, type LoadResult, type LoadSpec } from './load.js';
import type { ServerProcess } from './server-process.js';

/**
 * Several servers loaded in turn, in short slices: A B, B A, A B, … On a shared machine whose
 * load comes and goes, two long runs one after the other differ by more than the few per cent
 * the side-by-side tools look for; many short alternations weigh every side alike. The tools
 * differ in what they make of the slices (bench:compare the medians, the metrics check the
 * totals, the webhooks phase the whole stretch's CPU), so this hands back every slice.
 */

/** A server and the load it takes in each of its slices. */
export interface TurnSide {
  readonly server: ServerProcess;
  readonly load: Omit<LoadSpec, 'duration'>;
}

/** What one side got over all its slices. */
export interface SideTurns<T extends TurnSide> {
  readonly side: T;
  /** Each slice's result, in order. */
  readonly slices: readonly LoadResult[];
  /** The server's CPU during its own slices only, in seconds. */
  readonly cpuSeconds: number;
  /** Every slice's latency samples, for one summary of them all (combineLoads). */
  readonly latencies: LatencyRecorder;
}

export interface TurnOptions<T extends TurnSide> {
  readonly slices: number;
  readonly sliceSeconds: number;
  /** Runs beside each of a side's slices (e.g. a scraper); stopped when the slice ends. */
  readonly beside?: ((side: T) => { stop(): Promise<unknown> }) | undefined;
}

/** Loads `sides` in turn, `options.slices` times each, the order reversed every other round. */
export async function loadInTurns<T extends TurnSide>(
  sides: readonly T[],
  options: TurnOptions<T>,
): Promise<Array<SideTurns<T>>> {
  const turns = sides.map((side) => ({
    side,
    slices: [] as LoadResult[],
    cpuSeconds: 0,
    latencies: new LatencyRecorder(),
  }));
  for (let slice = 0; slice < options.slices; slice++) {
    for (const turn of slice % 2 === 0 ? turns : [...turns].reverse()) {
      const { server, load } = turn.side;
      const beside = options.beside?.(turn.side);
      const before = server.cpuSeconds();
      turn.slices.push(await runLoad({ ...load, duration: options.sliceSeconds }, turn.latencies));
      turn.cpuSeconds += server.cpuSeconds() - before;
      await beside?.stop();
    }
  }
  return turns;
}
