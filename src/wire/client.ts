import { z } from 'zod';
import type { ClientView } from '../domain/client/client-view.js';
import { named } from './named.js';

/** The client object: its settings and portal count, never its secret. */
export const clientSchema = named(
  'Client',
  z.object({
    clientId: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    maxPortals: z.number().int().nullable(),
    rateLimit: z.number().int().nullable(),
    partnerId: z.string().nullable(),
    disabled: z.boolean(),
    created: z.string(),
    secretRotated: z.string(),
    portalCount: z.number().int(),
  }),
);

/** The client object of every client/* answer (and of the console's client pages). */
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
