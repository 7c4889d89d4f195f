import { paramsError } from './errors.js';

/**
 * Keyset paging, the one rule every list of the API and the console pages by: ask the store for
 * one row more than the page; the page is the first `limit` rows, and when a row was left over
 * the cursor of the next page is the last row shown (its id, or what the list orders by). A page
 * deep in a million rows costs what the first one does.
 */

/** A page of items and the cursor of the next one (null: this is the last page). */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

/** The rows a store read for a page of `limit` (at most `limit + 1`), as the page and its next cursor. */
export function pageOf<T>(rows: readonly T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** How many rows to ask the store for a page of `limit`. */
export function rowsFor(limit: number): number {
  return limit + 1;
}

/** An id cursor (the `next` of a page ordered by id): whole digits only. */
const ID_CURSOR = /^\d{1,15}$/;

/** Reads an id cursor as sent back by the caller; a malformed one is a problem named `after`. */
export function idCursor(text: string | undefined, problems: string[]): number | undefined {
  const value = text?.trim();
  if (value === undefined || value === '') return undefined;
  if (!ID_CURSOR.test(value)) {
    problems.push('after: must be the `next` value of the previous page');
    return undefined;
  }
  return Number(value);
}

/** Checks a page size against its list's maximum; a bad one is a problem named `limit`. */
export function pageSize(
  limit: number | undefined,
  defaults: { readonly size: number; readonly max: number },
  problems: string[],
): number {
  const size = limit ?? defaults.size;
  if (!Number.isInteger(size) || size < 1 || size > defaults.max)
    problems.push(`limit: must be between 1 and ${defaults.max}`);
  return size;
}

/** Throws the collected problems, if any, as one `params` error. */
export function refuseProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw paramsError(...problems);
}

/** Whether `text` could be an id this server gave out (a cheap check before a lookup). */
export function isIdText(text: string): boolean {
  return ID_CURSOR.test(text);
}
