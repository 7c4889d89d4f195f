import { setImmediate as nextTurn } from 'node:timers/promises';

/** One portal a rule could not act on (the run goes on with the others; the runner logs it). */
export interface RuleFailure {
  readonly rule: string;
  readonly tenantId: number;
  readonly error: unknown;
}

/** What one rule did in one run. */
export interface RuleOutcome {
  /** Actions carried out (each committed with its audit record and event). */
  readonly done: number;
  readonly failures: readonly RuleFailure[];
}

/** Portals read per query by every rule. */
export const RULE_BATCH = 500;

/**
 * Runs `act` on one portal, counting what happened: true when it acted, false when there was
 * nothing to do (another instance did it first, or the portal changed meanwhile). A failure is
 * kept for the log, and the rule moves on to the next portal.
 */
export async function actOn(
  rule: string,
  tenantId: number,
  act: () => Promise<boolean>,
  outcome: { done: number; failures: RuleFailure[] },
): Promise<void> {
  try {
    if (await act()) outcome.done += 1;
  } catch (error) {
    outcome.failures.push({ rule, tenantId, error });
  }
  // Requests waiting for the database go first (SQLite's one connection is not handed out in
  // turn: a loop taking it back at once would keep it for the whole run).
  await nextTurn();
}
