import { paramsError } from '../errors.js';
import { parseIsoDate } from '../iso-date.js';

/**
 * A due date from text: `null` (any case) clears it; otherwise an ISO 8601 date (`2026-12-31`,
 * meaning 00:00 UTC that day) or date-time (`2026-12-31T18:00:00Z`; no zone means UTC).
 * Impossible dates (31 February) and years outside 1970–9999 are refused with `params`.
 */
export function parseDueDate(text: string): Date | null {
  const value = text.trim();
  if (value.toLowerCase() === 'null') return null;
  const date = parseIsoDate(value);
  if (date === 'year') throw paramsError('dueDate: the year must be between 1970 and 9999');
  if (date === 'format')
    throw paramsError('dueDate: must be an ISO 8601 date or date-time (2026-12-31 or 2026-12-31T18:00:00Z), or null');
  return date;
}
