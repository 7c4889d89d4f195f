/**
 * When a failed delivery is tried again. The schedule lists the waits in seconds
 * between attempts: the first attempt goes out at once; if it fails the next one waits
 * schedule[0], if that fails too the next waits schedule[1], and so on. When the list is used up
 * the delivery is `failed`: a schedule of n waits allows n + 1 attempts in all, and every retry
 * loop has an end.
 */

/** The seconds to wait before each retry, in order. */
export type RetrySchedule = readonly number[];

/** WEBHOOK_RETRY_SCHEDULE's default: 8 attempts over about 27 hours. */
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE = '5,300,1800,7200,18000,36000,36000';

/** The longest single wait accepted (one week): longer ones are more likely milliseconds written by mistake. */
export const MAX_RETRY_WAIT_SECONDS = 7 * 24 * 3600;

/** The most retries accepted: the schedule is meant to end in days, not to retry forever. */
export const MAX_RETRIES = 50;

/**
 * Reads WEBHOOK_RETRY_SCHEDULE text (`5,300,1800`, seconds, spaces allowed around commas) into a
 * schedule, or every problem found, each a phrase the config check prefixes with the variable name.
 */
export function parseRetrySchedule(
  text: string,
):
  | { readonly ok: true; readonly schedule: RetrySchedule }
  | { readonly ok: false; readonly problems: readonly string[] } {
  if (text.trim() === '')
    return { ok: false, problems: ['is empty: give at least one wait in seconds, e.g. 5,300,1800'] };
  const entries = text.split(',').map((entry) => entry.trim());
  const problems: string[] = [];
  const schedule: number[] = [];
  for (const [index, entry] of entries.entries()) {
    const seconds = /^[0-9]{1,10}$/.test(entry) ? Number(entry) : Number.NaN;
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_RETRY_WAIT_SECONDS) {
      problems.push(
        `entry ${index + 1} (${JSON.stringify(entry)}) must be a whole number of seconds from 1 to ${MAX_RETRY_WAIT_SECONDS}`,
      );
    } else {
      schedule.push(seconds);
    }
  }
  if (entries.length > MAX_RETRIES)
    problems.push(`has ${entries.length} entries; at most ${MAX_RETRIES} retries are allowed`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, schedule: Object.freeze(schedule) };
}

/**
 * How long to wait, in milliseconds, before the next attempt of a delivery that has had
 * `attemptsSoFar` attempts: 0 for the first, schedule[n - 1] seconds after the n-th failed, and
 * undefined once the schedule is used up (the delivery is then `failed`).
 */
export function nextAttemptDelay(attemptsSoFar: number, schedule: RetrySchedule): number | undefined {
  if (!Number.isInteger(attemptsSoFar) || attemptsSoFar < 0)
    throw new RangeError(`attemptsSoFar must be a whole number >= 0, not ${attemptsSoFar}`);
  if (attemptsSoFar === 0) return 0;
  const seconds = schedule[attemptsSoFar - 1];
  return seconds === undefined ? undefined : seconds * 1000;
}
