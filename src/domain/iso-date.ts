/** ISO 8601 date or date-time, with an optional zone. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Why a text is not a date: not ISO 8601 (or impossible, like 31 February), or outside 1970–9999 in UTC. */
export type IsoDateProblem = 'format' | 'year';

/**
 * An ISO 8601 date (`2026-12-31`, meaning 00:00 UTC that day) or date-time
 * (`2026-12-31T18:00:00Z`; no zone means UTC). Impossible dates and times are refused rather than
 * rolled over, and the year is checked after conversion to UTC, so no zone offset can carry a
 * date past the year 9999 (or before 1970) that every database stores.
 */
export function parseIsoDate(text: string): Date | IsoDateProblem {
  const m = DATE.exec(text.trim());
  if (!m) return 'format';
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(utc);
  // Date.UTC rolls over impossible values (month 13, 31 February, 25:00); refuse them instead.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return 'format';
  }
  const offset = zoneOffsetMinutes(m[8]);
  if (offset === undefined) return 'format';
  const date = new Date(utc - offset * 60_000);
  const utcYear = date.getUTCFullYear();
  if (utcYear < 1970 || utcYear > 9999) return 'year';
  return date;
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
