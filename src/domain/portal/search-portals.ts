import { normalizeEmail } from '../email.js';
import { searchTenantsPage, type PortalSearch, type SearchCursor } from '../../store/repositories/portal-search.js';
import type { TenantWithStatistics } from '../../store/repositories/tenant-list.js';
import { MAX_TENANT_ID } from '../../store/records.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { pageOf, pageSize, refuseProblems, rowsFor } from '../paging.js';
import { hostnameOf } from '../hosts/host-name.js';
import { parseStatusFilter } from './list-portals.js';
import { normalizePortalName } from './portal-name.js';

/**
 * The operator console's portal search: one text box and three filters, a page at a time, fast
 * at a million portals (every page is one index range, see portal-search.ts). The text is read
 * as what it looks like:
 * - an e-mail address (has `@`): the owner's e-mail, exact;
 * - a host name or link (has `.`): the portal's domain, exact;
 * - anything else: portal names starting with it, in name order (the exact name first).
 * Without text the list is newest first.
 */

export interface PortalSearchQuery {
  readonly q?: string | undefined;
  /** A status name or number; '' or undefined: every status. */
  readonly status?: string | undefined;
  /** An API client's id, NO_CLIENT for the operator's own portals; '' or undefined: all. */
  readonly clientId?: string | undefined;
  /** A tariff plan; '' or undefined: all. */
  readonly plan?: string | undefined;
  /** 'near' (a usage threshold crossed) or 'over' (over the storage quota); '' or undefined: all. */
  readonly usage?: string | undefined;
  /** The `next` cursor of the previous page. */
  readonly after?: string | undefined;
  readonly limit?: number | undefined;
}

export interface PortalSearchPage {
  readonly items: readonly TenantWithStatistics[];
  /** The cursor of the next page, or null on the last one. */
  readonly next: string | null;
  /** True when the text searched names (the list is then in name order). */
  readonly byName: boolean;
}

/** The clientId filter value that means "portals of no client" (no client id can be spelled so). */
export const NO_CLIENT = '-';

export const DEFAULT_SEARCH_PAGE = 50;
const MAX_SEARCH_PAGE = 500;
/** The longest name a prefix can match (a DNS label). */
const MAX_NAME = 63;

export async function searchPortals(
  ctx: DomainContext,
  actor: Actor,
  query: PortalSearchQuery,
): Promise<PortalSearchPage> {
  const problems: string[] = [];
  const limit = pageSize(query.limit, { size: DEFAULT_SEARCH_PAGE, max: MAX_SEARCH_PAGE }, problems);
  const usage = blankToUndefined(query.usage);
  if (usage !== undefined && usage !== 'near' && usage !== 'over') problems.push('usage: must be near or over');
  refuseProblems(problems);
  const status = blankToUndefined(query.status);
  const statuses = status === undefined ? undefined : parseStatusFilter(status);
  const text = textFilter(query.q);
  const byName = text.namePrefix !== undefined;
  const cursor = cursorOf(query.after, byName);
  const empty: PortalSearchPage = { items: [], next: null, byName };
  if (text.impossible) return empty;

  // A client (never the console's operators, but the rule holds for any caller) sees only its own portals.
  const visible = visibleClientOf(actor);
  const wanted = blankToUndefined(query.clientId);
  const clientId = wanted === NO_CLIENT ? null : wanted;
  if (visible !== undefined && clientId !== undefined && clientId !== visible) return empty;
  const search: PortalSearch = {
    statuses,
    clientId: visible ?? clientId,
    plan: blankToUndefined(query.plan),
    ...(usage === 'near' ? { nearQuota: true } : usage === 'over' ? { overQuota: true } : {}),
    ...text,
  };
  const rows = await searchTenantsPage(ctx.store.db, search, cursor, rowsFor(limit));
  // A search by name pages in name order: its cursor carries the name as well as the id.
  const page = pageOf(rows, limit, (last) =>
    byName ? `${last.tenant.alias}:${last.tenant.id}` : String(last.tenant.id),
  );
  return { items: page.items, next: page.next, byName };
}

type TextFilter = Pick<PortalSearch, 'ownerEmail' | 'domain' | 'namePrefix'> & { readonly impossible?: boolean };

function textFilter(q: string | undefined): TextFilter {
  const text = (q ?? '').trim();
  if (text === '') return {};
  if (text.includes('@')) return { ownerEmail: normalizeEmail(text) };
  if (text.includes('.') || text.includes('/')) {
    // A pasted link: its host name.
    const host = text.includes('://') ? urlHost(text) : hostnameOf(text.split('/')[0]);
    return host === undefined ? { impossible: true } : { domain: host };
  }
  const name = normalizePortalName(text);
  // Names hold letters, digits and hyphens only: anything else matches nothing.
  if (name.length > MAX_NAME || !/^[a-z0-9-]+$/.test(name)) return { impossible: true };
  return { namePrefix: name };
}

function urlHost(text: string): string | undefined {
  try {
    return hostnameOf(new URL(text).host);
  } catch {
    return undefined;
  }
}

function cursorOf(after: string | undefined, byName: boolean): SearchCursor | undefined {
  const text = blankToUndefined(after);
  if (text === undefined) return undefined;
  const byNameMatch = /^([a-z0-9-]{1,63}):(\d{1,10})$/.exec(text);
  if (byName && byNameMatch !== null)
    return { afterName: byNameMatch[1] ?? '', afterId: Math.min(Number(byNameMatch[2]), MAX_TENANT_ID) };
  if (!byName && /^\d{1,10}$/.test(text)) return { beforeId: Math.min(Number(text), MAX_TENANT_ID) };
  throw paramsError('after: must be the `next` value of the previous page');
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
