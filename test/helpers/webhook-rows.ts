import type { NewDelivery } from '../../src/store/repositories/webhook-deliveries.js';

/** The n-th test delivery to an endpoint: event `evt_<webhookId>_<n>`, about portal n. */
export function numberedDelivery(webhookId: string, n: number): NewDelivery {
  return {
    webhookId,
    eventId: `evt_${webhookId}_${n}`,
    type: 'portal.registered',
    tenantId: n,
    payload: `{"n":${n}}`,
  };
}
