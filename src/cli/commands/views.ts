import type { Client, Job, PortalListItem, Tariff, Tenant, UpcomingAction, Usage } from '@hosted-solution-api/client';
import { record, table, type Column } from '../output.js';

/** Readable forms of the API's objects, shared by the commands. */

/** A portal, one field per line. */
export function tenantText(tenant: Tenant | PortalListItem): string {
  const withStatistics = tenant as PortalListItem;
  return record(
    [
      ['tenantId', tenant.tenantId],
      ['portalName', tenant.portalName],
      ['domain', tenant.domain],
      ['status', tenant.status],
      ['created', tenant.created],
      [
        'owner',
        withStatistics.owner ? `${withStatistics.owner.displayName} <${withStatistics.owner.email}>` : undefined,
      ],
      ['plan', withStatistics.tariff?.plan],
      ['clientId', tenant.clientId],
      ['partnerId', tenant.partnerId],
      ['quota', tenant.quota],
      ['usedSize', tenant.usedSize],
      ['protected', tenant.protected],
      ['removalScheduledAt', tenant.removalScheduledAt],
    ].filter(([label, value]) => !(value === undefined && (label === 'owner' || label === 'plan'))) as Array<
      [string, unknown]
    >,
  );
}

/** Portals as a table. */
export function tenantsTable(tenants: readonly PortalListItem[]): string {
  const columns: Column<PortalListItem>[] = [
    { heading: 'ID', value: (t) => t.tenantId },
    { heading: 'NAME', value: (t) => t.portalName },
    { heading: 'STATUS', value: (t) => t.status },
    { heading: 'DOMAIN', value: (t) => t.domain },
    { heading: 'CLIENT', value: (t) => t.clientId },
    { heading: 'CREATED', value: (t) => t.created },
  ];
  if (tenants.some((t) => t.owner != null)) columns.splice(4, 0, { heading: 'OWNER', value: (t) => t.owner?.email });
  if (tenants.some((t) => t.tariff != null)) columns.splice(4, 0, { heading: 'PLAN', value: (t) => t.tariff?.plan });
  return table(tenants, columns, '(no portals)');
}

/** A tariff and the usage reported for its portal. */
export function tariffText(portalName: string, tariff: Tariff, usage: Usage): string {
  return record([
    ['portal', portalName],
    ['plan', tariff.plan],
    ['state', `${tariff.state} (${['Trial', 'Paid', 'Delay', 'NotPaid'][tariff.state] ?? 'unknown'})`],
    ['dueDate', tariff.dueDate],
    ['activeUsers', tariff.activeUsers],
    ['maxFileSize', tariff.maxFileSize],
    ['maxTotalSize', tariff.maxTotalSize],
    ['features', tariff.features],
    ['usedSize', usage.usedSize],
    ['usersCount', usage.usersCount],
    ['usageReported', usage.reported],
  ]);
}

/** An API client, one field per line. */
export function clientText(client: Client): string {
  return record([
    ['clientId', client.clientId],
    ['name', client.name],
    ['scopes', client.scopes],
    ['maxPortals', client.maxPortals],
    ['rateLimit', client.rateLimit],
    ['partnerId', client.partnerId],
    ['disabled', client.disabled],
    ['created', client.created],
    ['secretRotated', client.secretRotated],
    ['portalCount', client.portalCount],
  ]);
}

/** API clients as a table. */
export function clientsTable(clients: readonly Client[]): string {
  return table(
    clients,
    [
      { heading: 'CLIENT', value: (c) => c.clientId },
      { heading: 'NAME', value: (c) => c.name },
      { heading: 'SCOPES', value: (c) => c.scopes },
      {
        heading: 'PORTALS',
        value: (c) => (c.maxPortals === null ? c.portalCount : `${c.portalCount}/${c.maxPortals}`),
      },
      { heading: 'RATE', value: (c) => c.rateLimit },
      { heading: 'DISABLED', value: (c) => (c.disabled ? 'yes' : 'no') },
      { heading: 'CREATED', value: (c) => c.created },
    ],
    '(no clients)',
  );
}

/** A bulk job, one field per line. */
export function jobText(job: Job): string {
  return record([
    ['jobId', job.jobId],
    ['state', job.state],
    ['action', job.action],
    ['total', job.total],
    ['done', job.done],
    ['failed', job.failed],
    ['created', job.created],
    ['finished', job.finished],
  ]);
}

/** Bulk jobs as a table. */
export function jobsTable(jobs: readonly Job[]): string {
  return table(
    jobs,
    [
      { heading: 'JOB', value: (j) => j.jobId },
      { heading: 'STATE', value: (j) => j.state },
      { heading: 'ACTION', value: (j) => j.action },
      { heading: 'DONE', value: (j) => `${j.done}/${j.total}` },
      { heading: 'FAILED', value: (j) => j.failed },
      { heading: 'CREATED', value: (j) => j.created },
    ],
    '(no jobs)',
  );
}

/** What the lifecycle policy will do, as a table. */
export function upcomingTable(actions: readonly UpcomingAction[]): string {
  return table(
    actions,
    [
      { heading: 'AT', value: (a) => a.at },
      { heading: 'ACTION', value: (a) => (a.daysBefore === null ? a.action : `${a.action} (${a.daysBefore} d)`) },
      { heading: 'PORTAL', value: (a) => a.portalName },
      { heading: 'RULE', value: (a) => a.rule },
      { heading: 'DUE', value: (a) => a.dueDate },
    ],
    '(nothing planned)',
  );
}
