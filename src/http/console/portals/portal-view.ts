import { html, type SafeHtml } from '../../../html.js';
import { auditTable, type AuditRow } from '../audit/audit-table.js';
import { deliveriesTable, type DeliveryRow } from '../webhooks/deliveries-table.js';
import { detailsList } from '../components/details-list.js';
import { emptyState } from '../components/empty-state.js';
import { formatBytes, formatDateTime, formatNumber, timeTag } from '../components/format.js';
import { icon } from '../components/icons.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { lifecycleActions } from './lifecycle-panel.js';
import { accessActions, statusForm } from './portal-actions.js';
import { tariffForm, type TariffFormValues } from './portal-tariff-form.js';
import { safeHref } from '../components/safe-href.js';
import { secretPanel } from '../components/secret-panel.js';
import { portalStatusBadge, tariffStateBadge } from '../components/status-badge.js';
import type { FieldErrors, OwnerView, SelectOption, TariffView, TenantView } from '../components/view-models.js';

/** A link just created for the owner: shown once, on the page the post answered with. */
export interface CreatedLinkView {
  readonly kind: 'login' | 'activation';
  readonly url: string;
  /** ISO; null when the link's lifetime is not known here. */
  readonly expiresAt: string | null;
}

/** An OAuth provider of the portal as its page shows it: the secret is never in the model, only whether one is kept. */
export interface LoginProviderRow {
  readonly name: string;
  readonly clientId: string;
  readonly hasSecret: boolean;
}

/** Where the portal page's links and forms go. */
export interface PortalPageLinks {
  /** The portals list. */
  readonly listHref: string;
  /** POST: the tariff form. */
  readonly tariffAction: string;
  /** POST: suspend/resume (`status`, `reason`). */
  readonly statusAction: string;
  /** GET: the confirmation page of removal. */
  readonly removeHref: string;
  /** POST: resend the activation mail. */
  readonly resendActivationAction: string;
  /** POST: create a login link (`ttl`). */
  readonly loginLinkAction: string;
  /** The audit log filtered to this portal; null hides the link. */
  readonly auditHref: string | null;
  /** POST: redeliver one delivery (`deliveryId`); null hides the buttons. */
  readonly redeliverAction: string | null;
  /** This page: where a redelivery comes back to (`returnTo`). */
  readonly selfHref?: string;
  /** POST: protect the portal or lift its protection (`protected`). */
  readonly protectionAction: string;
  /** POST: cancel its scheduled removal. */
  readonly cancelRemovalAction: string;
  /** POST: restore it (once removed). */
  readonly restoreAction: string;
}

/** One portal's page. */
export interface PortalPageModel {
  readonly chrome: ConsoleChrome;
  readonly tenant: TenantView;
  readonly owner: OwnerView;
  readonly tariff: TariffView;
  /** The reason stored with the current status. */
  readonly statusReason: string | null;
  /** The client that registered the portal, with its page; null: the operator or anonymous. */
  readonly client: { readonly clientId: string; readonly name: string; readonly href: string | null } | null;
  /** The OAuth providers the owner signs in with (portal/provision): name and client id, the secret masked. */
  readonly loginProviders?: readonly LoginProviderRow[];
  /** The last usage report; null when none came yet. */
  readonly usage: { readonly usersCount: number | null; readonly reported: string } | null;
  readonly links: PortalPageLinks;
  readonly planOptions: readonly SelectOption[];
  /** The tariff form: the current tariff, or the refused post with its errors. */
  readonly tariffForm: { readonly values: TariffFormValues; readonly errors: FieldErrors };
  /** The status form after a refused post (reason kept, error shown). */
  readonly statusForm: { readonly reason: string; readonly error?: string | undefined };
  /** The login-link form after a refused post. */
  readonly loginLinkForm: { readonly ttl: string; readonly error?: string | undefined };
  readonly createdLink: CreatedLinkView | null;
  /** The newest records of this portal's audit trail. */
  readonly audit: readonly AuditRow[];
  /** The newest deliveries of this portal's events; null when webhooks are not built. */
  readonly deliveries: readonly DeliveryRow[] | null;
}

/** Owner, portal, storage, tariff with its form, status, access, removal, audit trail, deliveries. */
export function portalPage(model: PortalPageModel): string {
  const t = model.tenant;
  const csrf = model.chrome.csrfToken;
  const body = html`${pageHeading({
    title: t.portalName,
    meta: portalStatusBadge(t.status),
    description: html`<span class="code">${t.domain}</span> · ${t.name}`,
    breadcrumbs: [{ label: 'Portals', href: model.links.listHref }],
  })}
${createdLink(model.createdLink)}
${
  t.status === 'RemovePending'
    ? html`<div class="flash flash-info" role="status">${icon('info')}<p>This portal was removed on ${formatDateTime(t.statusChanged)}. Its name is free again; its records are purged when the retention period ends.</p></div>`
    : html``
}
<div class="grid-3">
${panel({ id: 'owner', title: 'Owner', body: ownerDetails(model.owner) })}
${panel({ id: 'portal', title: 'Portal', body: portalDetails(model) })}
${panel({ id: 'storage', title: 'Storage and usage', body: storage(model) })}
</div>
<div class="grid-main-side">
${panel({
  id: 'tariff',
  title: 'Tariff',
  description: html`${tariffStateBadge(model.tariff.state)} ${model.tariff.dueDate !== null ? html`Due ${timeTag(model.tariff.dueDate, 'date')}` : html`No due date`}`,
  body: tariffForm({
    action: model.links.tariffAction,
    csrfToken: csrf,
    planOptions: model.planOptions,
    values: model.tariffForm.values,
    errors: model.tariffForm.errors,
    current: model.tariff,
  }),
})}
<div class="stack-panels">
${panel({
  id: 'status',
  title: t.status === 'Suspended' ? 'Resume portal' : t.status === 'Active' ? 'Suspend portal' : 'Status',
  body: statusForm({
    action: model.links.statusAction,
    csrfToken: csrf,
    status: t.status,
    currentReason: model.statusReason,
    reason: model.statusForm.reason,
    error: model.statusForm.error,
  }),
})}
${panel({
  id: 'access',
  title: 'Owner access',
  body: accessActions({
    csrfToken: csrf,
    owner: model.owner,
    status: t.status,
    resendActivationAction: model.links.resendActivationAction,
    loginLinkAction: model.links.loginLinkAction,
    ttl: model.loginLinkForm.ttl,
    ttlError: model.loginLinkForm.error,
  }),
})}
${panel({
  id: 'lifecycle',
  title: t.status === 'RemovePending' ? 'Restore portal' : 'Protection and scheduled removal',
  body: lifecycleActions({
    tenant: t,
    csrfToken: csrf,
    protectionAction: model.links.protectionAction,
    cancelRemovalAction: model.links.cancelRemovalAction,
    restoreAction: model.links.restoreAction,
  }),
})}
${
  t.status === 'RemovePending'
    ? html``
    : panel({
        id: 'danger',
        title: 'Remove portal',
        tone: 'danger',
        body: t.protected
          ? html`<p class="muted">A protected portal cannot be removed. Lift the protection first.</p>`
          : html`<p>The portal stops working at once and its name becomes free. It can be restored until its records are purged after the retention period.</p>
<a class="button button-danger-outline" href="${safeHref(model.links.removeHref)}">Remove portal…</a>`,
      })
}
</div>
</div>
${panel({
  id: 'audit-trail',
  title: 'Audit trail',
  description: 'The latest changes to this portal, newest first.',
  flush: true,
  actions:
    model.links.auditHref !== null
      ? html`<a class="link-quiet" href="${safeHref(model.links.auditHref)}">Full audit log<span class="visually-hidden"> of ${t.portalName}</span></a>`
      : undefined,
  body: auditTable({
    id: 'portal-audit',
    caption: `Audit trail of ${t.portalName}`,
    captionHidden: true,
    rows: model.audit,
    hidePortal: true,
    empty: emptyState({
      title: 'No recorded changes',
      text: 'Changes to this portal will be listed here.',
      compact: true,
    }),
  }),
})}
${
  model.deliveries === null
    ? html``
    : panel({
        id: 'portal-deliveries',
        title: 'Webhook deliveries',
        description: 'Events about this portal sent to webhook endpoints, newest first.',
        flush: true,
        body: deliveriesTable({
          id: 'portal-deliveries-table',
          caption: `Webhook deliveries of ${t.portalName}`,
          captionHidden: true,
          rows: model.deliveries,
          showEndpoint: true,
          redeliverAction: model.links.redeliverAction,
          ...(model.links.selfHref !== undefined ? { returnTo: model.links.selfHref } : {}),
          csrfToken: csrf,
          empty: emptyState({
            title: 'No deliveries',
            text: 'No webhook endpoint has received an event about this portal.',
            compact: true,
          }),
        }),
      })
}`;
  return consoleLayout(model.chrome, { title: `Portal ${t.portalName}`, body });
}

function createdLink(link: CreatedLinkView | null): SafeHtml {
  if (link === null) return html``;
  const login = link.kind === 'login';
  return secretPanel({
    id: 'created-link',
    title: login ? 'Login link created' : 'Activation link sent',
    label: login ? 'Login link' : 'Activation link',
    value: link.url,
    warning: login
      ? 'It signs in as the owner, works once, and is not shown again. Open it in a private window so your own sessions stay apart.'
      : 'The owner was mailed the same link. It is not shown again.',
    details: link.expiresAt !== null ? [{ term: 'Expires', value: timeTag(link.expiresAt) }] : [],
  });
}

function ownerDetails(o: OwnerView): SafeHtml {
  return detailsList([
    { term: 'Name', value: o.displayName },
    { term: 'E-mail', value: html`<span class="email">${o.email}</span>` },
    { term: 'Activated', value: o.activated ? 'Yes' : html`<span class="badge badge-warning">Not yet</span>` },
    { term: 'Owner id', value: o.id, code: true },
  ]);
}

function portalDetails(model: PortalPageModel): SafeHtml {
  const t = model.tenant;
  const c = model.client;
  return detailsList([
    { term: 'Tenant id', value: String(t.tenantId), code: true },
    { term: 'Created', value: timeTag(t.created) },
    { term: 'Status since', value: timeTag(t.statusChanged) },
    {
      term: 'Client',
      value:
        c === null
          ? html`<span class="muted">Operator</span>`
          : c.href !== null
            ? html`<a href="${safeHref(c.href)}">${c.name}</a> <span class="cell-sub code">${c.clientId}</span>`
            : html`${c.name} <span class="cell-sub code">${c.clientId}</span>`,
    },
    { term: 'Language', value: t.language },
    { term: 'Time zone', value: t.timeZoneName },
    { term: 'Partner', value: t.partnerId, code: true },
    { term: 'Affiliate', value: t.affiliateId, code: true },
    { term: 'Campaign', value: t.campaign },
    { term: 'Region', value: t.region },
    ...(model.loginProviders ?? []).map((p) => ({
      term: 'Sign-in provider',
      value: html`${p.name} <span class="cell-sub">client id <span class="code">${p.clientId}</span> · secret ${p.hasSecret ? '••••••••' : 'not set'}</span>`,
    })),
  ]);
}

function storage(model: PortalPageModel): SafeHtml {
  const t = model.tenant;
  const quota = t.quota ?? 0;
  const ratio = quota > 0 ? t.usedSize / quota : 0;
  const percent = Math.round(Math.min(ratio, 1) * 1000) / 10;
  const over = quota > 0 && t.usedSize > quota;
  // The bar is an SVG, not a styled div: the CSP forbids inline style="width:…".
  const bar = html`<svg class="usage-bar${over ? ' usage-over' : ''}" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="usage-track" x="0" y="0" width="100" height="8"/><rect class="usage-fill" x="0" y="0" width="${percent}" height="8"/></svg>`;
  return html`<p class="usage-figure"><span class="usage-used">${formatBytes(t.usedSize)}</span> <span class="muted">of ${formatBytes(quota)}</span>${over ? html` <span class="badge badge-danger">Over quota</span>` : html``}</p>
${bar}
<p class="usage-percent">${formatNumber(Math.round(ratio * 1000) / 10)}% of the quota used</p>
${detailsList([
  {
    term: 'Users',
    value:
      model.usage?.usersCount !== null && model.usage?.usersCount !== undefined
        ? `${formatNumber(model.usage.usersCount)} of ${formatNumber(model.tariff.activeUsers)}`
        : `limit ${formatNumber(model.tariff.activeUsers)}`,
  },
  { term: 'Max file size', value: formatBytes(model.tariff.maxFileSize) },
  {
    term: 'Last report',
    value: model.usage !== null ? timeTag(model.usage.reported) : html`<span class="muted">Never reported</span>`,
  },
])}`;
}
