/**
 * Usage thresholds (a plan's usageAlerts, percent of its storage quota and of its users): a
 * report that takes a figure over a threshold it was below is a crossing, announced once; the
 * threshold counts as crossed until the figure falls REARM_POINTS below it, so a figure hovering
 * around a threshold is not announced on every report.
 */

/** How far (in percentage points) a figure must fall below a crossed threshold before it can be crossed again. */
export const REARM_POINTS = 5;

/** What a report did to one figure's thresholds. */
export interface ThresholdState {
  /** The highest threshold now counting as crossed (0: none): what is stored for the next report. */
  readonly level: number;
  /** The highest threshold this report crossed upwards, if any: what is announced. */
  readonly crossed: number | undefined;
}

/** The two figures a portal's usage is compared on. */
export const USAGE_METRICS = ['storage', 'users'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

/**
 * A figure as a percentage of its limit; undefined when there is no limit to compare with (a
 * limit of 0: nothing can be used, a report of 0 says nothing new).
 */
export function percentOf(figure: number, limit: number): number | undefined {
  if (limit <= 0) return undefined;
  return (figure * 100) / limit;
}

/**
 * The thresholds after a report: `level` is what the previous reports left crossed, `percent`
 * the figure now (undefined: no limit, every threshold re-armed). A threshold stays crossed while
 * the figure is within REARM_POINTS below it; one the figure reaches from below is crossed now
 * (several at once count as one crossing, of the highest).
 */
export function crossThresholds(
  level: number,
  percent: number | undefined,
  thresholds: readonly number[],
): ThresholdState {
  if (percent === undefined) return { level: 0, crossed: undefined };
  let next = 0;
  let crossed: number | undefined;
  for (const threshold of [...thresholds].sort((a, b) => a - b)) {
    const reached = percent >= threshold;
    const held = threshold <= level && percent >= threshold - REARM_POINTS;
    if (reached || held) next = threshold;
    if (reached && threshold > level) crossed = threshold;
  }
  return { level: next, crossed };
}
