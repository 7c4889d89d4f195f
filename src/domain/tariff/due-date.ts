import { paramsError } from '../errors.js';
import { MINUTE_MS } from '../time.js';

/** ISO 8601 date or date-time, with an optional zone. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A due date from text: `null` (any case) clears it; otherwise an ISO 8601 date (`2026-12-31`,
 * meaning 00:00 UTC that day) or date-time (`2026-12-31T18:00:00Z`; no zone means UTC, contract
 * §4). Impossible dates (31 February) and years outside 1970–9999 are refused with `params`.
 */
export function parseDueDate(text: string): Date | null {
  const value = text.trim();
  if (value.toLowerCase() === 'null') return null;
  const m = DATE.exec(value);
  const problem = paramsError('dueDate: must be an ISO 8601 date or date-time (2026-12-31 or 2026-12-31T18:00:00Z), or null');
  if (!m) throw problem;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  if (year < 1970 || year > 9999) throw paramsError('dueDate: the year must be between 1970 and 9999');
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(utc);
  // Date.UTC rolls over impossible values (month 13, 31 February, 25:00); refuse them instead.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw problem;
  }
  const offset = zoneOffsetMinutes(m[8]);
  if (offset === undefined) throw problem;
  return new Date(utc - offset * MINUTE_MS);
}

/** Minutes east of UTC for `Z`, `+02:00`, `-0530`; undefined for an impossible offset. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 18 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return zone.startsWith('-') ? -total : total;
}
