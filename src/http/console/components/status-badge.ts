import { html, type SafeHtml } from '../../../html.js';
import type { DeliveryStatus, PortalStatus, TariffState } from './view-models.js';

/** The colour family of a badge: the word always says the state, the colour only repeats it. */
export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** A small rounded label with a dot in the tone's colour. */
export function badge(text: string, tone: BadgeTone): SafeHtml {
  return html`<span class="badge badge-${tone}">${text}</span>`;
}

/** A portal's status: Active (green), Suspended (amber), RemovePending (red). */
export function portalStatusBadge(status: PortalStatus): SafeHtml {
  return badge(PORTAL_STATUS[status].label, PORTAL_STATUS[status].tone);
}

/** A webhook delivery's status: pending (blue), delivered (green), failed (red). */
export function deliveryStatusBadge(status: DeliveryStatus): SafeHtml {
  return badge(DELIVERY_STATUS[status].label, DELIVERY_STATUS[status].tone);
}

/** An API client's or webhook endpoint's state: Active, or Disabled (grey). */
export function enabledBadge(disabled: boolean): SafeHtml {
  return disabled ? badge('Disabled', 'neutral') : badge('Active', 'success');
}

/** A tariff's state: Trial, Paid, Delay (in the grace period), Not paid. */
export function tariffStateBadge(state: number): SafeHtml {
  const known = TARIFF_STATE[state as TariffState] ?? { label: `State ${state}`, tone: 'neutral' };
  return badge(known.label, known.tone);
}

/** The readable name of a portal status ("Remove pending" for RemovePending). */
export function portalStatusLabel(status: PortalStatus): string {
  return PORTAL_STATUS[status].label;
}

const PORTAL_STATUS: Readonly<Record<PortalStatus, { label: string; tone: BadgeTone }>> = {
  Active: { label: 'Active', tone: 'success' },
  Suspended: { label: 'Suspended', tone: 'warning' },
  RemovePending: { label: 'Remove pending', tone: 'danger' },
};

const DELIVERY_STATUS: Readonly<Record<DeliveryStatus, { label: string; tone: BadgeTone }>> = {
  pending: { label: 'Pending', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

const TARIFF_STATE: Readonly<Record<TariffState, { label: string; tone: BadgeTone }>> = {
  0: { label: 'Trial', tone: 'info' },
  1: { label: 'Paid', tone: 'success' },
  2: { label: 'Delay', tone: 'warning' },
  3: { label: 'Not paid', tone: 'danger' },
};
