import type { Db } from '../store.js';

/**
 * Portals registered in each of consecutive periods `[bounds[i], bounds[i+1])`: one statement
 * of scalar counts, each a range of the tenants_created index (no row is read, and no date
 * function differs between the databases). Removed and purged portals are not counted: the
 * chart shows the portals that exist.
 */
export async function countRegistrationsBetween(db: Db, bounds: readonly Date[]): Promise<number[]> {
  if (bounds.length < 2) return [];
  const periods = bounds.slice(1).map((end, i) => ({ start: bounds[i] ?? end, end }));
  const row = await db
    .selectNoFrom((eb) =>
      periods.map(({ start, end }, i) =>
        eb
          .selectFrom('tenants')
          .select((inner) => inner.fn.countAll<number | string>().as('n'))
          .where('created_at', '>=', start)
          .where('created_at', '<', end)
          .as(`p${i}`),
      ),
    )
    .executeTakeFirstOrThrow();
  const values = row as Record<string, number | string | null>;
  return periods.map((_, i) => Number(values[`p${i}`] ?? 0));
}
