import type { ClientRecord } from '../../store/records.js';

/**
 * A client as the API shows it: the stored record without its secrets and its removal (a removed
 * client is never shown), with its portal count.
 */
export type ClientView = Omit<
  ClientRecord,
  'removed' | 'secretSealed' | 'previousSecretSealed' | 'previousSecretUntil'
> & { readonly portalCount: number };

/** The view of a stored client with its portal count (the sealed secrets stay behind). */
export function clientView(client: ClientRecord, portalCount: number): ClientView {
  return {
    clientId: client.clientId,
    name: client.name,
    scopes: client.scopes,
    maxPortals: client.maxPortals,
    rateLimit: client.rateLimit,
    partnerId: client.partnerId,
    disabled: client.disabled,
    created: client.created,
    secretRotated: client.secretRotated,
    portalCount,
  };
}
