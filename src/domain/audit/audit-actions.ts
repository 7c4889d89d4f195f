/** Every action the audit log records: what changed, named `subject.verb`. */
export const AUDIT_ACTIONS = [
  'portal.register',
  'portal.status',
  'portal.remove',
  'portal.purge',
  'portal.client',
  'portal.loginlink',
  'portal.resendactivation',
  'portal.scheduleremoval',
  'portal.cancelremoval',
  'portal.restore',
  'portal.protection',
  'tariff.reminder',
  'job.create',
  'job.cancel',
  'owner.activate',
  'owner.password',
  'owner.signin',
  'owner.unsubscribe',
  'tariff.set',
  'settings.save',
  'client.create',
  'client.update',
  'client.rotate',
  'client.remove',
  'webhook.create',
  'webhook.update',
  'webhook.rotate',
  'webhook.remove',
  'admin.create',
  'admin.disable',
  'admin.password',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Field changes: `{"field": [before, after]}`. */
export type Changes = Readonly<Record<string, readonly [unknown, unknown]>>;

/** The fields of `after` that differ from `before`, as changes (only the names in `fields`). */
export function diffFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Record<string, readonly [unknown, unknown]> = {};
  for (const field of fields) {
    const a = normalize(before[field]);
    const b = normalize(after[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = [a, b];
  }
  return changes;
}

/** Dates as ISO text, like the API shows them. */
function normalize(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
