/** Lengths of time in milliseconds, so no rule spells out 86_400_000 again. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
