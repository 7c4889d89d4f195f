/**
 * Dates, numbers and lists for a reader: pure functions of the locale (a translator's `locale`),
 * the value and, for dates, the IANA time zone to show it in (the portal's). Each builds its
 * Intl formatter per call; they run a few times per page or mail, far from any hot path.
 */

/** A day in the long style ("5 May 2025", "5. Mai 2025", "2025年5月5日") as seen in `timeZone`. */
export function formatDate(locale: string, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

/**
 * A moment with its time and the zone's short name ("5 May 2025 at 14:05 CEST"), so a reader in
 * another zone knows what the time means.
 */
export function formatDateTime(locale: string, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

/** A number with the locale's separators ("1,234.5", "1.234,5", "1 234,5"), at most 3 decimals. */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A share given as a ratio (0.825 → "82.5%", "82,5 %", "%82,5"), with at most one decimal. */
export function formatPercent(locale: string, ratio: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** Items joined as the language lists them ("a, b and c", "a, b und c", "a、b、c"). */
export function formatList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** A number of days from today in words where the language has them ("tomorrow", "in 3 days", "vor 2 Tagen"). */
export function formatRelativeDays(locale: string, days: number): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

/** `zone` when Intl can show times in it (registration keeps only known ones), else UTC: a date always renders. */
export function knownTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
