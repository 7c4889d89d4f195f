import { findUsersWithPortal } from '../../store/repositories/users.js';
import type { UserRecord } from '../../store/records.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { portalOrigin } from '../portal/portal-urls.js';

/** A user found by people/find, with the address of the user's portal. */
export interface FoundPerson {
  readonly user: UserRecord;
  /** `<scheme>://<portal domain>[:port]`. */
  readonly portalUrl: string;
}

/** At most this many ids per call: keeps the IN list well inside every database's limits. */
export const MAX_PEOPLE_IDS = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * people/find: the users with these ids, in the order asked, each once.
 * Unknown ids (and users of removed portals) are left out; a malformed id is a `params` error.
 */
export async function findPeople(
  ctx: DomainContext,
  actor: Actor,
  userIds: readonly string[] | undefined,
): Promise<FoundPerson[]> {
  if (userIds === undefined) throw paramsError('userIds is required');
  const ids = [...new Set(userIds.map((id) => id.trim().toLowerCase()))];
  const bad = ids.filter((id) => !UUID.test(id));
  if (bad.length > 0) throw paramsError(...bad.slice(0, 10).map((id) => `userIds: "${id}" is not a UUID`));
  if (ids.length > MAX_PEOPLE_IDS) throw paramsError(`userIds: at most ${MAX_PEOPLE_IDS} ids per call`);
  // A client finds the users of its own portals only.
  const client = visibleClientOf(actor);
  const rows = (await findUsersWithPortal(ctx.store.db, ids)).filter(
    (row) => client === undefined || row.clientId === client,
  );
  const found = new Map(rows.map((row) => [row.user.id.toLowerCase(), row]));
  return ids.flatMap((id) => {
    const row = found.get(id);
    return row === undefined ? [] : [{ user: row.user, portalUrl: portalOrigin(ctx.options.links, row.domain) }];
  });
}
