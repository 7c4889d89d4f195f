import { paramsError } from '../errors.js';

/** A named tariff plan: the values tariff/set applies with `plan`. */
export interface TariffPlan {
  readonly plan: string;
  readonly activeUsers: number;
  readonly maxFileSize: number;
  readonly maxTotalSize: number;
  readonly features: string;
  /** Days from the moment the plan is applied to its due date; undefined = no due date. */
  readonly dueDays?: number;
  /** The plan's own lifecycle policy (../lifecycle/lifecycle-policy.ts); undefined: the server's. */
  readonly dueReminderDays?: readonly number[];
  readonly suspendWhenNotPaid?: boolean;
  /** null: never removed, whatever the server's setting. */
  readonly removeSuspendedAfterDays?: number | null;
  readonly usageAlerts?: readonly number[];
}

const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

/** The built-in plans; `default` is what every new portal gets unless TARIFF_DEFAULT_PLAN names another. */
export const BUILT_IN_PLANS: readonly TariffPlan[] = [
  { plan: 'default', activeUsers: 10000, maxFileSize: GiB, maxTotalSize: TiB - 1, features: '' },
  {
    plan: 'trial',
    activeUsers: 5,
    maxFileSize: 100 * 1024 ** 2,
    maxTotalSize: 2 * GiB,
    features: 'trial',
    dueDays: 30,
  },
  { plan: 'business', activeUsers: 100, maxFileSize: GiB, maxTotalSize: 100 * GiB, features: '' },
  { plan: 'enterprise', activeUsers: 10000, maxFileSize: 5 * GiB, maxTotalSize: 10 * TiB, features: '' },
];

/**
 * Validates plans given as JSON (TARIFF_PLANS or the TARIFF_PLANS_FILE contents): an array of
 * objects with the fields of TariffPlan (the lifecycle fields optional). Throws a params error
 * listing every problem.
 */
export function parseTariffPlans(json: string, source: string): TariffPlan[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw paramsError(`${source}: not valid JSON`);
  }
  if (!Array.isArray(data) || data.length === 0)
    throw paramsError(`${source}: must be a non-empty JSON array of plans`);
  const problems: string[] = [];
  const plans: TariffPlan[] = [];
  const names = new Set<string>();
  data.forEach((item: unknown, i) => {
    const p = (item ?? {}) as Record<string, unknown>;
    const where = `${source}[${i}]`;
    const size = (field: string) => {
      const v = p[field];
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        problems.push(`${where}.${field}: must be a whole number ≥ 0`);
      return typeof v === 'number' ? v : 0;
    };
    const name = typeof p.plan === 'string' ? p.plan.trim() : '';
    if (name === '') problems.push(`${where}.plan: must be a non-empty string`);
    else if (names.has(name.toLowerCase())) problems.push(`${where}.plan: "${name}" appears twice`);
    names.add(name.toLowerCase());
    const days = (field: string, max: number) => {
      const v = p[field];
      if (
        !Array.isArray(v) ||
        !v.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 1 && d <= max)
      ) {
        problems.push(`${where}.${field}: must be a list of whole numbers from 1 to ${max}`);
        return [];
      }
      return [...new Set(v as number[])].sort((a, b) => a - b);
    };
    if (p.suspendWhenNotPaid !== undefined && typeof p.suspendWhenNotPaid !== 'boolean')
      problems.push(`${where}.suspendWhenNotPaid: must be true or false`);
    const plan: TariffPlan = {
      plan: name,
      activeUsers: size('activeUsers'),
      maxFileSize: size('maxFileSize'),
      maxTotalSize: size('maxTotalSize'),
      features: typeof p.features === 'string' ? p.features : '',
      ...(p.dueDays === undefined ? {} : { dueDays: size('dueDays') }),
      ...(p.dueReminderDays === undefined ? {} : { dueReminderDays: days('dueReminderDays', 3650) }),
      ...(typeof p.suspendWhenNotPaid === 'boolean' ? { suspendWhenNotPaid: p.suspendWhenNotPaid } : {}),
      ...(p.removeSuspendedAfterDays === undefined
        ? {}
        : { removeSuspendedAfterDays: p.removeSuspendedAfterDays === null ? null : size('removeSuspendedAfterDays') }),
      ...(p.usageAlerts === undefined ? {} : { usageAlerts: days('usageAlerts', 1000) }),
    };
    plans.push(plan);
  });
  if (problems.length > 0) throw paramsError(...problems);
  return plans;
}

/** A plan by name, case-insensitively. */
export function findPlan(plans: readonly TariffPlan[], name: string): TariffPlan | undefined {
  const wanted = name.trim().toLowerCase();
  return plans.find((p) => p.plan.toLowerCase() === wanted);
}
