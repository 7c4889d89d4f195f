import type { ClientRecord } from '../../store/records.js';

/** A client as the API shows it: its settings and portal count, never a secret. */
export interface ClientView {
  readonly clientId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly maxPortals: number | null;
  readonly rateLimit: number | null;
  readonly partnerId: string | null;
  readonly disabled: boolean;
  readonly created: Date;
  readonly secretRotated: Date;
  readonly portalCount: number;
}

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
