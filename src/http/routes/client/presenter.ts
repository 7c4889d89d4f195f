import type { z } from 'zod';
import type { ClientView } from '../../../domain/client/client-view.js';
import type { clientSchema } from './schema.js';

/** The client object of every client/* answer. */
export function presentClient(client: ClientView): z.output<typeof clientSchema> {
  return {
    clientId: client.clientId,
    name: client.name,
    scopes: [...client.scopes],
    maxPortals: client.maxPortals,
    rateLimit: client.rateLimit,
    partnerId: client.partnerId,
    disabled: client.disabled,
    created: client.created.toISOString(),
    secretRotated: client.secretRotated.toISOString(),
    portalCount: client.portalCount,
  };
}
