import { fromDbTime } from '../dialects/values.js';
import type { Db } from '../store.js';

/**
 * The record of each automatic action of the lifecycle policy that must happen once: a reminder
 * per portal, due date and days before; a suspension for non-payment per portal and due date.
 * Written in the action's own transaction, its primary key decides: of several instances acting
 * at once, every insert but one is refused as a duplicate, and that transaction rolls back.
 */

/** One action done. */
export interface LifecycleActionRecord {
  readonly tenantId: number;
  readonly rule: string;
  readonly dueDate: Date;
  /** Days before the due date (reminders); 0 for the other rules. */
  readonly daysBefore: number;
}

/** Records an action; a duplicate throws the database's unique violation. */
export async function insertLifecycleAction(db: Db, action: LifecycleActionRecord, at: Date): Promise<void> {
  await db
    .insertInto('lifecycle_actions')
    .values({
      tenant_id: action.tenantId,
      rule: action.rule,
      due_date: action.dueDate,
      days_before: action.daysBefore,
      done_at: at,
    })
    .execute();
}

/** The days before `dueDate` of the reminders already sent to each of these portals for that date. */
export async function remindersSent(
  db: Db,
  rule: string,
  dues: readonly { readonly tenantId: number; readonly dueDate: Date }[],
): Promise<Map<number, Set<number>>> {
  const sent = new Map<number, Set<number>>();
  if (dues.length === 0) return sent;
  const wanted = new Map(dues.map((d) => [d.tenantId, d.dueDate.getTime()]));
  const rows = await db
    .selectFrom('lifecycle_actions')
    .select(['tenant_id', 'due_date', 'days_before'])
    .where('rule', '=', rule)
    .where('tenant_id', 'in', [...wanted.keys()])
    .execute();
  for (const row of rows) {
    const tenantId = Number(row.tenant_id);
    if (fromDbTime(row.due_date).getTime() !== wanted.get(tenantId)) continue;
    const days = sent.get(tenantId) ?? new Set<number>();
    days.add(Number(row.days_before));
    sent.set(tenantId, days);
  }
  return sent;
}

/**
 * Deletes the records of due dates that are no portal's current one and were acted on before
 * `before`: no rule looks at them again (a portal's rules look at its current due date only).
 */
export async function purgeLifecycleActions(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('lifecycle_actions')
    .where('done_at', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('tariffs')
            .select('tariffs.tenant_id')
            .whereRef('tariffs.tenant_id', '=', 'lifecycle_actions.tenant_id')
            .whereRef('tariffs.due_date', '=', 'lifecycle_actions.due_date'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes the records of purged portals. */
export async function deleteLifecycleActionsOf(db: Db, tenantIds: readonly number[]): Promise<void> {
  if (tenantIds.length === 0) return;
  await db.deleteFrom('lifecycle_actions').where('tenant_id', 'in', tenantIds).execute();
}
