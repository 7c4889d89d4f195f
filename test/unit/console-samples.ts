import type { AuditRow } from '../../src/http/console/audit/audit-table.js';
import type { ClientRow } from '../../src/http/console/clients/clients-view.js';
import type { ClientPageModel } from '../../src/http/console/clients/client-view.js';
import type { ClientsPageModel } from '../../src/http/console/clients/clients-view.js';
import type { ConfirmPageModel } from '../../src/http/console/components/confirm-page.js';
import type { DeliveryRow } from '../../src/http/console/webhooks/deliveries-table.js';
import type { ErrorPageModel } from '../../src/http/console/components/error-page.js';
import type { AuditPageModel } from '../../src/http/console/audit/audit-view.js';
import type { ConsoleChrome, ConsoleSection, FlashMessage } from '../../src/http/console/components/layout.js';
import type { OverviewPageModel } from '../../src/http/console/overview/overview-view.js';
import type { PortalPageModel } from '../../src/http/console/portals/portal-view.js';
import type { PortalRow, PortalsPageModel } from '../../src/http/console/portals/portals-view.js';
import type { JobPageModel } from '../../src/http/console/portals/job-view.js';
import type { SettingsPageModel } from '../../src/http/console/settings/settings-view.js';
import type { SignInPageModel } from '../../src/http/console/signin/signin-view.js';
import type {
  ClientView,
  PortalStatus,
  TenantView,
  WebhookView,
} from '../../src/http/console/components/view-models.js';
import type { WebhookPageModel } from '../../src/http/console/webhooks/webhook-view.js';
import type { WebhookRow, WebhooksPageModel } from '../../src/http/console/webhooks/webhooks-view.js';

/**
 * Realistic view models for every console page, shared by the unit tests and the screenshot
 * script (scripts/console-preview.ts). `t` is applied to every value that comes from users or
 * callers (names, e-mails, URLs, reasons, ids): identity for the previews, a hostile payload in
 * the escaping tests. Links and the CSRF token are the routes' own and pass unchanged.
 */
export type Taint = (text: string) => string;

/** The sections of a full build, with the links the routes are assumed to serve. */
export const ALL_NAV = {
  overview: '/console',
  portals: '/console/portals',
  clients: '/console/clients',
  webhooks: '/console/webhooks',
  audit: '/console/audit',
  settings: '/console/settings',
} as const;

/** The CSRF token every sample page carries. */
export const SAMPLE_CSRF = 'csrf-4f9c2e71b0a84d55';

const BASE = 'office.example.com';
const NOW = Date.parse('2026-12-07T10:30:00Z');

/** The frame of a signed-in page. */
export function chrome(
  current: ConsoleSection | null,
  t: Taint = same,
  flash: readonly FlashMessage[] = [],
): ConsoleChrome {
  return {
    productName: 'Hosted API',
    operatorEmail: t('maria.keller@example.com'),
    csrfToken: SAMPLE_CSRF,
    nav: ALL_NAV,
    current,
    homeHref: '/console',
    signOutAction: '/console/signout',
    flash: flash.map((f) => ({ ...f, text: t(f.text) })),
  };
}

/** The sign-in page: blank, after a wrong password, or limited. */
export function signInSample(state: 'blank' | 'error' | 'limited', t: Taint = same): SignInPageModel {
  return {
    productName: 'Hosted API',
    action: '/console/signin',
    csrfToken: SAMPLE_CSRF,
    email: state === 'blank' ? '' : t('maria.keller@example.com'),
    error: state === 'error' ? t('E-mail or password is incorrect.') : null,
    retryAfterSeconds: state === 'limited' ? 287 : null,
    notice: state === 'blank' ? t('You have signed out.') : null,
  };
}

/** The overview with 30 days of registrations, or an empty service. */
export function overviewSample(empty: boolean, t: Taint = same): OverviewPageModel {
  const days = Array.from({ length: 30 }, (_, i) => {
    const day = new Date(NOW - (29 - i) * 86_400_000).toISOString().slice(0, 10);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const base = weekday === 0 || weekday === 6 ? 6 : 17;
    return { day, count: empty ? 0 : base + ((i * 7919) % 13) + Math.floor(i / 3) };
  });
  return {
    chrome: chrome(
      'overview',
      t,
      empty ? [] : [{ kind: 'success', text: 'Welcome back. 3 portals were registered since your last visit.' }],
    ),
    asOf: iso(0),
    portals: {
      active: empty ? 0 : 18_412,
      suspended: empty ? 0 : 236,
      removePending: empty ? 0 : 41,
      activeHref: '/console/portals?status=Active',
      suspendedHref: '/console/portals?status=Suspended',
      removePendingHref: '/console/portals?status=RemovePending',
    },
    registrations: days,
    mail: { pending: empty ? 0 : 3, oldestAgeSeconds: empty ? null : 42, failed: null, attention: false, href: null },
    webhooks: {
      pending: empty ? 0 : 128,
      oldestAgeSeconds: empty ? null : 2_940,
      failed: empty ? 0 : 7,
      attention: !empty,
      href: '/console/webhooks',
    },
    upcoming: {
      days: 7,
      reminders: empty ? 0 : 2,
      suspensions: empty ? 0 : 1,
      removals: empty ? 0 : 1,
      truncated: false,
      rows: empty
        ? []
        : (
            [
              [0, 'reminder', 'due-reminder', 7, 'acme'],
              [-86_400, 'suspend', 'suspend-not-paid', null, 'initech'],
              [-86_400 * 3, 'reminder', 'due-reminder', 1, 'globex-eu'],
              [-86_400 * 5, 'remove', 'scheduled-removal', null, 'wonka'],
            ] as const
          ).map(([ago, action, rule, daysBefore, name], i) => ({
            at: iso(ago),
            action,
            rule,
            daysBefore,
            portalName: t(name),
            href: `/console/portals/${18_240 + i}`,
          })),
    },
  };
}

const COMPANIES = [
  ['acme', 'Acme Corporation', 'j.doe@acme.example'],
  ['northwind', 'Northwind Traders', 'it@northwind.example'],
  ['globex-eu', 'Globex Europe', 'hank.scorpio@globex.example'],
  ['initech', 'Initech', 'bill.lumbergh@initech.example'],
  ['umbrella-labs', 'Umbrella Labs', 'admin@umbrella.example'],
  ['pied-piper', 'Pied Piper', 'richard@piedpiper.example'],
  ['hooli-xyz', 'Hooli XYZ', 'gavin@hooli.example'],
  ['tyrell', 'Tyrell Corporation', 'e.tyrell@tyrell.example'],
  ['wonka', 'Wonka Industries', 'factory@wonka.example'],
  ['aperture', 'Aperture Science', 'cave@aperture.example'],
  ['soylent', 'Soylent Foods', 'office@soylent.example'],
  ['cyberdyne', 'Cyberdyne Systems', 'miles.dyson@cyberdyne.example'],
] as const;

const STATUSES: readonly PortalStatus[] = [
  'Active',
  'Active',
  'Suspended',
  'Active',
  'RemovePending',
  'Active',
  'Active',
  'Suspended',
  'Active',
  'Active',
  'Active',
  'Active',
];

/** The portals list: a page of portals with a next link, or none (filtered or not). */
export function portalsSample(variant: 'typical' | 'empty' | 'no-match', t: Taint = same): PortalsPageModel {
  const rows: PortalRow[] = COMPANIES.map(([name, , email], i) => ({
    tenantId: 18_240 + i,
    portalName: t(name),
    domain: t(`${name}.${BASE}`),
    ownerEmail: t(email),
    status: STATUSES[i] ?? 'Active',
    plan: t(i % 4 === 0 ? 'business' : i % 3 === 0 ? 'enterprise' : 'startup'),
    clientId: i % 3 === 1 ? null : t(i % 3 === 0 ? 'billing-panel' : 'reseller-nordics'),
    clientHref: i % 3 === 1 ? null : `/console/clients/${i % 3 === 0 ? 'billing-panel' : 'reseller-nordics'}`,
    created: iso(86_400 * (40 - i * 3) + 3_600 * i),
    href: `/console/portals/${18_240 + i}`,
  }));
  return {
    chrome: chrome('portals', t),
    searchAction: '/console/portals',
    filters:
      variant === 'no-match'
        ? { q: t('zzz-nothing'), status: 'Suspended', clientId: '', plan: '', usage: '' }
        : { q: '', status: '', clientId: '', plan: '', usage: '' },
    clientOptions: [
      { value: '-', label: 'No client (operator)' },
      { value: 'billing-panel', label: t('Billing panel') },
      { value: 'reseller-nordics', label: t('Reseller Nordics') },
    ],
    planOptions: [
      { value: 'startup', label: 'startup' },
      { value: 'business', label: 'business' },
      { value: 'enterprise', label: 'enterprise' },
    ],
    rows: variant === 'typical' ? rows : [],
    firstHref: null,
    nextHref: variant === 'typical' ? '/console/portals?after=18251' : null,
    bulk: {
      action: '/console/portals/bulk',
      csrfToken: SAMPLE_CSRF,
      // A search by name cannot select portals for a bulk job.
      filters:
        variant === 'no-match'
          ? null
          : { 'filter-q': '', 'filter-status': '', 'filter-clientId': '', 'filter-plan': '', 'filter-usage': '' },
      description: 'every one of the active portals (suspended ones for Resume)',
      planOptions: [
        { value: 'startup', label: 'startup' },
        { value: 'business', label: 'business' },
      ],
      values: { action: 'suspend', reason: '', plan: '' },
      errors: variant === 'typical' ? { confirm: 'Tick the box to confirm the bulk action.' } : {},
      recentJobs:
        variant === 'typical'
          ? [
              { ...jobSample('running').job, href: '/console/jobs/job_5f0c1d9a2b7e4c3d8e9f0a1b' },
              {
                ...jobSample('done').job,
                jobId: 'job_0a1b2c3d4e5f60718293a4b5',
                href: '/console/jobs/job_0a1b2c3d4e5f60718293a4b5',
              },
            ]
          : [],
    },
  };
}

/** A bulk job's page: running (with Cancel) or done. */
export function jobSample(state: 'running' | 'done', t: Taint = same): JobPageModel {
  return {
    chrome: chrome('portals', t, state === 'done' ? [] : [{ kind: 'info', text: t('The job is running.') }]),
    job: {
      jobId: 'job_5f0c1d9a2b7e4c3d8e9f0a1b',
      state,
      action: 'suspend',
      total: 10_000,
      done: state === 'done' ? 9_998 : 3_412,
      failed: state === 'done' ? 2 : 1,
      created: iso(600),
      finished: state === 'done' ? iso(30) : null,
    },
    selfHref: '/console/jobs/job_5f0c1d9a2b7e4c3d8e9f0a1b',
    cancelAction: '/console/jobs/job_5f0c1d9a2b7e4c3d8e9f0a1b/cancel',
    listHref: '/console/portals',
  };
}

/**
 * A portal: typical (a login link just created), after a refused tariff post, suspended, removed,
 * or brand new (owner not activated, no history).
 */
export function portalSample(
  variant: 'typical' | 'tariff-error' | 'new' | 'suspended' | 'removed',
  t: Taint = same,
): PortalPageModel {
  const typical = variant !== 'new';
  const refused = variant === 'tariff-error';
  const status: PortalStatus =
    variant === 'suspended' ? 'Suspended' : variant === 'removed' ? 'RemovePending' : 'Active';
  const tenant: TenantView = {
    tenantId: 18_240,
    portalName: t('acme'),
    domain: t(`acme.${BASE}`),
    name: t('Acme Corporation'),
    status,
    created: iso(86_400 * 212),
    statusChanged: iso(variant === 'suspended' || variant === 'removed' ? 3_600 * 5 : 86_400 * 212),
    language: t('en-US'),
    timeZoneName: t('Europe/Berlin'),
    ownerId: t('4b2f9a4e-7c1d-4e8a-9f3b-2d6c8e1a5b70'),
    industry: 3,
    partnerId: typical ? t('partner-7731') : null,
    affiliateId: null,
    campaign: typical ? t('winter-2026') : null,
    region: t('eu-central'),
    clientId: typical ? t('billing-panel') : null,
    quota: 107_374_182_400,
    usedSize: typical ? 78_920_112_640 : 0,
    timeZoneId: t('Europe/Berlin'),
    hostedRegion: t('eu-central'),
    mappedDomain: null,
    paymentId: null,
    customQuota: 107_374_182_400,
    removalScheduledAt: variant === 'suspended' ? iso(-86_400 * 14) : null,
    protected: variant === 'new',
  };
  const tariff = {
    plan: t('business'),
    activeUsers: 250,
    countManager: 250,
    maxFileSize: 1_073_741_824,
    maxTotalSize: 107_374_182_400,
    dueDate: typical ? '2027-01-31' : null,
    features: t('docs,mail,backup'),
    state: typical ? (1 as const) : (0 as const),
  };
  return {
    chrome: chrome('portals', t, variant === 'suspended' ? [{ kind: 'success', text: 'Portal suspended.' }] : []),
    tenant,
    owner: { id: tenant.ownerId, email: t('j.doe@acme.example'), displayName: t('Jane Doe'), activated: typical },
    tariff,
    statusReason: variant === 'suspended' ? t('Invoice INV-2026-1184 unpaid after two reminders') : null,
    client: typical
      ? { clientId: t('billing-panel'), name: t('Billing panel'), href: '/console/clients/billing-panel' }
      : null,
    loginProviders: typical ? [{ name: t('nextcloud'), clientId: t('docspace-acme'), hasSecret: true }] : [],
    usage: typical ? { usersCount: 184, reported: iso(3_600 * 2) } : null,
    links: {
      listHref: '/console/portals',
      tariffAction: '/console/portals/18240/tariff',
      statusAction: '/console/portals/18240/status',
      removeHref: '/console/portals/18240/remove',
      resendActivationAction: '/console/portals/18240/resend-activation',
      loginLinkAction: '/console/portals/18240/login-link',
      auditHref: '/console/audit?portal=acme',
      redeliverAction: '/console/webhooks/redeliver',
      protectionAction: '/console/portals/18240/protection',
      cancelRemovalAction: '/console/portals/18240/cancel-removal',
      restoreAction: '/console/portals/18240/restore',
    },
    planOptions: [
      { value: 'startup', label: 'startup' },
      { value: 'business', label: 'business' },
      { value: 'enterprise', label: 'enterprise' },
    ],
    tariffForm: {
      values: {
        plan: tariff.plan,
        activeUsers: refused ? t('-5') : String(tariff.activeUsers),
        maxFileSize: String(tariff.maxFileSize),
        maxTotalSize: String(tariff.maxTotalSize),
        dueDate: tariff.dueDate ?? '',
        features: tariff.features,
      },
      errors: refused ? { activeUsers: t('Enter a whole number of 0 or more.') } : {},
    },
    statusForm: { reason: '' },
    loginLinkForm: { ttl: '' },
    createdLink:
      variant === 'typical'
        ? {
            kind: 'login',
            url: t(`https://acme.${BASE}/confirm?type=Signin&email=j.doe%40acme.example&key=1.Hx3kQm9TzP0aB7vW2cYd`),
            expiresAt: iso(-300),
          }
        : null,
    audit: typical ? auditRows(t).slice(0, 3) : [],
    deliveries: typical ? deliveryRows(t, true).slice(0, 2) : [],
  };
}

/** The confirmation page of removing a portal (after a wrong name was typed, when `error`). */
export function removeConfirmSample(error: boolean, t: Taint = same): ConfirmPageModel {
  return {
    chrome: chrome('portals', t),
    title: `Remove portal ${t('acme')}?`,
    breadcrumbs: [
      { label: 'Portals', href: '/console/portals' },
      { label: t('acme'), href: '/console/portals/18240' },
    ],
    confirm: {
      title: 'This cannot be undone',
      message: `The portal ${t(`acme.${BASE}`)} of ${t('Acme Corporation')} will be removed.`,
      consequences: [
        'The owner and every user lose access at once.',
        'The name becomes free: someone else can register it.',
        'Its records are purged after 30 days. Webhook endpoints receive portal.removed.',
      ],
      action: '/console/portals/18240/remove',
      submitLabel: 'Remove portal',
      cancelHref: '/console/portals/18240',
      typeToConfirm: {
        expected: t('acme'),
        value: error ? t('acne') : '',
        error: error ? 'Type the portal name exactly as shown.' : undefined,
      },
    },
  };
}

const CLIENTS: readonly ClientView[] = [
  {
    clientId: 'billing-panel',
    name: 'Billing panel',
    scopes: ['portals:read', 'portals:write', 'billing', 'usage'],
    maxPortals: null,
    rateLimit: 600,
    partnerId: null,
    disabled: false,
    created: '2026-03-02T09:12:00.000Z',
    secretRotated: '2026-11-20T16:40:00.000Z',
    portalCount: 12_804,
  },
  {
    clientId: 'reseller-nordics',
    name: 'Reseller Nordics',
    scopes: ['portals:read', 'portals:write', 'billing', 'loginlink', 'webhooks'],
    maxPortals: 5_000,
    rateLimit: 120,
    partnerId: 'nordics-01',
    disabled: false,
    created: '2026-05-18T11:03:00.000Z',
    secretRotated: '2026-05-18T11:03:00.000Z',
    portalCount: 3_117,
  },
  {
    clientId: 'signup-site',
    name: 'Sign-up site',
    scopes: ['portals:write'],
    maxPortals: null,
    rateLimit: 60,
    partnerId: null,
    disabled: false,
    created: '2026-06-01T08:00:00.000Z',
    secretRotated: '2026-10-01T08:00:00.000Z',
    portalCount: 2_268,
  },
  {
    clientId: 'legacy-crm',
    name: 'Legacy CRM',
    scopes: ['portals:read'],
    maxPortals: 100,
    rateLimit: null,
    partnerId: 'crm-legacy',
    disabled: true,
    created: '2025-12-11T14:22:00.000Z',
    secretRotated: '2026-02-01T10:00:00.000Z',
    portalCount: 64,
  },
];

/** The clients page: the list and the create form (refused when `withErrors`), or empty. */
export function clientsSample(variant: 'typical' | 'empty' | 'errors', t: Taint = same): ClientsPageModel {
  const rows: ClientRow[] = CLIENTS.map((c) => ({ ...taintClient(c, t), href: `/console/clients/${c.clientId}` }));
  return {
    chrome: chrome('clients', t),
    rows: variant === 'empty' ? [] : rows,
    createAction: '/console/clients',
    createForm:
      variant === 'errors'
        ? {
            values: {
              name: '',
              clientId: t('Billing Panel!'),
              scopes: ['portals:read', 'loginlink'],
              maxPortals: '',
              rateLimit: t('fast'),
              partnerId: '',
            },
            errors: {
              name: 'Enter a name of 1 to 100 characters.',
              clientId: t('Use lower-case letters, digits and hyphens, starting with a letter or digit.'),
              rateLimit: 'Enter a whole number of calls per minute, 1 or more.',
            },
          }
        : {
            values: {
              name: '',
              clientId: '',
              scopes: ['portals:read', 'portals:write', 'billing'],
              maxPortals: '',
              rateLimit: '',
              partnerId: '',
            },
            errors: {},
          },
  };
}

/** A client's page, right after a rotation (secret shown) or as usual. */
export function clientSample(variant: 'rotated' | 'plain' | 'disabled', t: Taint = same): ClientPageModel {
  const base = CLIENTS[variant === 'disabled' ? 3 : 1] ?? CLIENTS[0];
  const c = taintClient(base ?? (CLIENTS[1] as ClientView), t);
  return {
    chrome: chrome('clients', t),
    client: c,
    links: {
      listHref: '/console/clients',
      updateAction: `/console/clients/${base?.clientId ?? ''}/update`,
      rotateAction: `/console/clients/${base?.clientId ?? ''}/rotate`,
      disableHref: `/console/clients/${base?.clientId ?? ''}/disable`,
      enableAction: `/console/clients/${base?.clientId ?? ''}/enable`,
      portalsHref: `/console/portals?clientId=${base?.clientId ?? ''}`,
      removeHref: `/console/clients/${base?.clientId ?? ''}/remove`,
    },
    newSecret:
      variant === 'rotated'
        ? {
            secret: t('q7Jx2mV9bN4cR8tY1wZ6pL3kH0sD5fG7aE9uI2oQ4vM'),
            reason: 'rotated',
            previousValidUntil: iso(-3_600),
          }
        : null,
    editForm: {
      values: {
        name: c.name,
        clientId: c.clientId,
        scopes: c.scopes,
        maxPortals: c.maxPortals === null ? '' : String(c.maxPortals),
        rateLimit: c.rateLimit === null ? '' : String(c.rateLimit),
        partnerId: c.partnerId ?? '',
      },
      errors: {},
    },
    rotateForm: { graceMinutes: '' },
  };
}

const WEBHOOKS: readonly WebhookView[] = [
  {
    webhookId: 'wh_01JB8Q2F7K',
    url: 'https://billing.example.net/hooks/hosted-api',
    events: ['*'],
    description: 'Billing: provisioning and invoicing',
    disabled: false,
    disabledReason: null,
    clientId: null,
    created: '2026-04-10T12:00:00.000Z',
  },
  {
    webhookId: 'wh_01JC3M9X2D',
    url: 'https://crm.nordics.example.org/api/v2/webhooks/portals',
    events: ['portal.registered', 'portal.suspended', 'portal.resumed', 'portal.removed', 'tariff.changed'],
    description: 'Reseller CRM',
    disabled: false,
    disabledReason: null,
    clientId: 'reseller-nordics',
    created: '2026-06-22T08:30:00.000Z',
  },
  {
    webhookId: 'wh_01JD0T5R8N',
    url: 'https://old-monitor.example.com/in',
    events: ['portal.overquota'],
    description: '',
    disabled: true,
    disabledReason: 'Every delivery failed for 5 days',
    clientId: null,
    created: '2026-01-15T17:45:00.000Z',
  },
];

/** The webhooks page: the endpoints and the create form, or empty. */
export function webhooksSample(variant: 'typical' | 'empty' | 'errors', t: Taint = same): WebhooksPageModel {
  const rows: WebhookRow[] = WEBHOOKS.map((w) => ({
    ...taintWebhook(w, t),
    href: `/console/webhooks/${w.webhookId}`,
    clientHref: w.clientId === null ? null : `/console/clients/${w.clientId}`,
  }));
  return {
    chrome: chrome('webhooks', t),
    rows: variant === 'empty' ? [] : rows,
    createAction: '/console/webhooks',
    createForm:
      variant === 'errors'
        ? {
            values: { url: t('http://10.0.0.12/hook'), events: ['portal.registered'], description: '' },
            errors: { url: t('The address 10.0.0.12 is private: webhooks go to public addresses only.') },
          }
        : { values: { url: '', events: ['*'], description: '' }, errors: {} },
  };
}

/** An endpoint's page: just created (secret shown) with deliveries, or without any. */
export function webhookSample(variant: 'created' | 'empty' | 'filtered', t: Taint = same): WebhookPageModel {
  const w = taintWebhook(WEBHOOKS[variant === 'empty' ? 2 : 0] ?? (WEBHOOKS[0] as WebhookView), t);
  return {
    chrome: chrome('webhooks', t, variant === 'filtered' ? [{ kind: 'success', text: 'Delivery queued again.' }] : []),
    webhook: w,
    clientHref: w.clientId === null ? null : `/console/clients/${w.clientId}`,
    links: {
      listHref: '/console/webhooks',
      updateAction: `/console/webhooks/${w.webhookId}/update`,
      testAction: `/console/webhooks/${w.webhookId}/test`,
      rotateAction: `/console/webhooks/${w.webhookId}/rotate`,
      stateAction: `/console/webhooks/${w.webhookId}/state`,
      removeHref: `/console/webhooks/${w.webhookId}/remove`,
      deliveriesAction: `/console/webhooks/${w.webhookId}`,
      redeliverAction: '/console/webhooks/redeliver',
    },
    newSecret:
      variant === 'created'
        ? { secret: t('whsec_MfKQ9r4vXWm2Tz8bH1cN5pY7aE3uG6dJ0sL4kR9wQ2o='), reason: 'created' }
        : null,
    editForm: { values: { url: w.url, events: w.events, description: w.description ?? '' }, errors: {} },
    statusFilter: variant === 'filtered' ? 'failed' : '',
    deliveries:
      variant === 'empty'
        ? []
        : variant === 'filtered'
          ? deliveryRows(t, false).filter((d) => d.status === 'failed')
          : deliveryRows(t, false),
    firstHref: null,
    nextHref: variant === 'created' ? `/console/webhooks/${w.webhookId}?after=dl_01JE` : null,
  };
}

/** The audit log: a page of records, or none (filtered or not). */
export function auditSample(variant: 'typical' | 'empty' | 'no-match', t: Taint = same): AuditPageModel {
  return {
    chrome: chrome('audit', t),
    filterAction: '/console/audit',
    filters:
      variant === 'no-match'
        ? {
            portal: t('acme'),
            action: 'portal.remove',
            actorType: '',
            actorId: '',
            from: '2026-12-01',
            to: t('2026-13-40'),
          }
        : { portal: '', action: '', actorType: '', actorId: '', from: '', to: '' },
    filterErrors: variant === 'no-match' ? { to: 'Enter a date as YYYY-MM-DD.' } : {},
    rows: variant === 'typical' ? auditRows(t) : [],
    firstHref: variant === 'typical' ? '/console/audit' : null,
    nextHref: variant === 'typical' ? '/console/audit?after=ev_01JE7' : null,
  };
}

/** The settings page, with the base domain refused when `error`. */
export function settingsSample(error: boolean, t: Taint = same): SettingsPageModel {
  return {
    chrome: chrome('settings', t, error ? [] : [{ kind: 'success', text: 'Base domain saved.' }]),
    baseDomainAction: '/console/settings/base-domain',
    previewsHref: '/console/settings/previews',
    currentBaseDomain: t(BASE),
    baseDomainSource: t('saved in the console'),
    baseDomain: error ? t('office_example..com') : t(BASE),
    baseDomainError: error ? t('Enter a DNS host name such as portals.example.com.') : undefined,
  };
}

/** A not-found page, signed in or not. */
export function errorSample(signedIn: boolean, t: Taint = same): ErrorPageModel {
  return {
    chrome: signedIn ? chrome('portals', t) : null,
    productName: 'Hosted API',
    status: 404,
    title: 'Portal not found',
    message: t('No portal has the id 99999. It may have been purged after its removal.'),
    backHref: '/console/portals',
    backLabel: 'Back to portals',
    requestId: t('req-7f3a9c'),
  };
}

function auditRows(t: Taint): AuditRow[] {
  const rows: Omit<AuditRow, 'id'>[] = [
    {
      at: iso(240),
      action: 'portal.loginlink',
      actor: { type: 'operator', id: t('maria.keller@example.com'), ip: t('203.0.113.24') },
      tenantId: 18_240,
      portalName: t('acme'),
      requestId: 'r1',
      changes: {},
      portalHref: '/console/portals/18240',
    },
    {
      at: iso(3_900),
      action: 'tariff.set',
      actor: { type: 'client', id: t('billing-panel'), ip: t('198.51.100.7') },
      tenantId: 18_240,
      portalName: t('acme'),
      requestId: 'r2',
      changes: {
        plan: [t('startup'), t('business')],
        activeUsers: [50, 250],
        maxTotalSize: [21_474_836_480, 107_374_182_400],
      },
      portalHref: '/console/portals/18240',
    },
    {
      at: iso(9_000),
      action: 'portal.status',
      actor: { type: 'client', id: t('billing-panel'), ip: t('198.51.100.7') },
      tenantId: 18_242,
      portalName: t('globex-eu'),
      requestId: 'r3',
      changes: { status: ['Active', 'Suspended'], reason: [null, t('Invoice INV-2026-1184 unpaid')] },
      portalHref: '/console/portals/18242',
    },
    {
      at: iso(14_400),
      action: 'client.rotate',
      actor: { type: 'operator', id: t('maria.keller@example.com'), ip: t('203.0.113.24') },
      tenantId: null,
      portalName: null,
      requestId: 'r4',
      changes: { secretRotated: [t('2026-05-18T11:03:00.000Z'), t('2026-12-07T06:30:00.000Z')] },
      portalHref: null,
    },
    {
      at: iso(30_000),
      action: 'owner.activate',
      actor: { type: 'owner', id: t('4b2f9a4e-7c1d-4e8a-9f3b-2d6c8e1a5b70'), ip: t('192.0.2.81') },
      tenantId: 18_240,
      portalName: t('acme'),
      requestId: 'r5',
      changes: { activated: [false, true] },
      portalHref: '/console/portals/18240',
    },
    {
      at: iso(31_000),
      action: 'portal.register',
      actor: { type: 'client', id: t('signup-site'), ip: t('198.51.100.40') },
      tenantId: 18_240,
      portalName: t('acme'),
      requestId: 'r6',
      changes: { portalName: [null, t('acme')], ownerEmail: [null, t('j.doe@acme.example')] },
      portalHref: '/console/portals/18240',
    },
    {
      at: iso(52_000),
      action: 'webhook.update',
      actor: { type: 'operator', id: t('tom.berg@example.com'), ip: t('203.0.113.30') },
      tenantId: null,
      portalName: null,
      requestId: 'r7',
      changes: { events: [[t('portal.registered')], ['portal.registered', 'portal.removed', 'tariff.changed']] },
      portalHref: null,
    },
    {
      at: iso(86_000),
      action: 'portal.purge',
      actor: { type: 'system', id: null, ip: null },
      tenantId: 17_002,
      portalName: t('old-demo'),
      requestId: null,
      changes: { status: ['RemovePending', null] },
      portalHref: null,
    },
    {
      at: iso(90_000),
      action: 'settings.save',
      actor: { type: 'operator', id: t('tom.berg@example.com'), ip: t('203.0.113.30') },
      tenantId: null,
      portalName: null,
      requestId: 'r9',
      changes: { key: [null, 'BaseDomain'] },
      portalHref: null,
    },
  ];
  return rows.map((r, i) => ({ ...r, id: 9000 - i }));
}

function deliveryRows(t: Taint, withEndpoint: boolean): DeliveryRow[] {
  const endpoint = withEndpoint
    ? { webhookUrl: t('https://billing.example.net/hooks/hosted-api'), webhookHref: '/console/webhooks/wh_01JB8Q2F7K' }
    : { webhookUrl: null, webhookHref: null };
  const rows: Omit<DeliveryRow, 'webhookUrl' | 'webhookHref'>[] = [
    {
      deliveryId: 'dl_9001',
      webhookId: 'wh_01JB8Q2F7K',
      eventId: t('msg_2fT8kQ1xZr'),
      type: 'tariff.changed',
      status: 'pending',
      attempts: 2,
      lastStatusCode: 503,
      lastError: t('503'),
      nextAttemptAt: iso(-1_500),
      deliveredAt: null,
      created: iso(3_900),
    },
    {
      deliveryId: 'dl_9000',
      webhookId: 'wh_01JB8Q2F7K',
      eventId: t('msg_2fT7pL0wYq'),
      type: 'portal.suspended',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: iso(8_995),
      created: iso(9_000),
    },
    {
      deliveryId: 'dl_8990',
      webhookId: 'wh_01JB8Q2F7K',
      eventId: t('msg_2fT6nK9vXp'),
      type: 'portal.activated',
      status: 'failed',
      attempts: 8,
      lastStatusCode: null,
      lastError: t('ConnectTimeoutError'),
      nextAttemptAt: null,
      deliveredAt: null,
      created: iso(30_000),
    },
    {
      deliveryId: 'dl_8989',
      webhookId: 'wh_01JB8Q2F7K',
      eventId: t('msg_2fT5mJ8uWo'),
      type: 'portal.registered',
      status: 'delivered',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: iso(30_600),
      created: iso(31_000),
    },
    {
      deliveryId: 'dl_8950',
      webhookId: 'wh_01JB8Q2F7K',
      eventId: t('msg_2fT1hF4qSk'),
      type: 'webhook.test',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: iso(200_000),
      created: iso(200_001),
    },
  ];
  return rows.map((r) => ({ ...r, ...endpoint }));
}

function taintClient(c: ClientView, t: Taint): ClientView {
  return {
    ...c,
    clientId: t(c.clientId),
    name: t(c.name),
    scopes: c.scopes.map(t),
    partnerId: c.partnerId === null ? null : t(c.partnerId),
  };
}

function taintWebhook(w: WebhookView, t: Taint): WebhookView {
  return {
    ...w,
    webhookId: t(w.webhookId),
    url: t(w.url),
    events: w.events.map(t),
    description: t(w.description),
    disabledReason: w.disabledReason === null ? null : t(w.disabledReason),
    clientId: w.clientId === null ? null : t(w.clientId),
  };
}

/** An ISO timestamp `secondsAgo` before the samples' fixed "now" (negative: in the future). */
function iso(secondsAgo: number): string {
  return new Date(NOW - secondsAgo * 1000).toISOString();
}

function same(text: string): string {
  return text;
}
