import { html, type SafeHtml } from '../../../html.js';

/**
 * Formatting of the console's values for display. Pure: dates are shown in UTC from the ISO
 * strings the view models carry (an operator team spans time zones; UTC is what the logs say),
 * and nothing here reads the clock — ages come precomputed in the view models.
 */

/** "2026-11-28 12:05 UTC" for an ISO timestamp; text that is not a date is shown unchanged. */
export function formatDateTime(iso: string): string {
  const date = parse(iso);
  if (date === undefined) return iso;
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** "2026-11-28" for an ISO timestamp or date; text that is not a date is shown unchanged. */
export function formatDate(iso: string): string {
  const date = parse(iso);
  return date === undefined ? iso : date.toISOString().slice(0, 10);
}

/** A `<time>` element: machine-readable ISO value, readable UTC text. */
export function timeTag(iso: string | null, style: 'datetime' | 'date' = 'datetime'): SafeHtml {
  if (iso === null) return html`<span class="muted">—</span>`;
  const date = parse(iso);
  if (date === undefined) return html`${iso}`;
  if (style === 'date') return html`<time datetime="${iso}" title="${formatDateTime(iso)}">${formatDate(iso)}</time>`;
  // "UTC" is its own element so tables, whose pages say the times are UTC, can leave it out.
  return html`<time datetime="${iso}">${formatDateTime(iso).slice(0, -4)}<span class="tz"> UTC</span></time>`;
}

/** 1234567 → "1,234,567" (grouping fixed to English, like the rest of the console's text). */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
}

/** Bytes in binary units as the tariff sizes are meant: 1073741824 → "1 GiB", 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return String(bytes);
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  let rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  // 1 TiB − 1 (the default quota) rounds up to "1024 GiB": carry into the next unit, "1 TiB".
  if (rounded >= 1024 && unit < UNITS.length - 1) {
    rounded = 1;
    unit += 1;
  }
  return `${formatNumber(rounded)} ${UNITS[unit] ?? 'B'}`;
}

/** A duration in seconds for backlog ages: "45 s", "12 min", "3 h 20 min", "2 d 4 h". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  const s = Math.floor(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** "1 portal" / "3 portals": a count with its noun, singular or plural. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

function parse(iso: string): Date | undefined {
  // Only ISO-looking text: Date.parse would also accept "1" or "March 3" and show nonsense.
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(iso)) return undefined;
  // A timestamp without a zone is UTC here, as everywhere in the API, never the server's zone.
  const zoned = iso.length === 10 ? `${iso}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`;
  const date = new Date(zoned.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
