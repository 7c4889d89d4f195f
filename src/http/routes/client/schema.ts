import { z } from 'zod';
import { flag, integer, text, textList, textUpTo } from '../../params.js';
import { named } from '../../route-spec.js';

/** Inputs, read liberally by ../../params.ts; list-like fields take a JSON array or a comma-separated text. */
export const createInput = z.object({
  name: text(),
  clientId: text(),
  scopes: textList(),
  maxPortals: integer(),
  rateLimit: integer(),
  partnerId: textUpTo(255),
});

export const clientRefInput = z.object({ clientId: text() });

export const updateInput = z.object({
  clientId: text(),
  name: text(),
  scopes: textList(),
  maxPortals: integer(),
  rateLimit: integer(),
  partnerId: textUpTo(255),
  disabled: flag(),
});

export const rotateInput = z.object({ clientId: text(), graceMinutes: integer() });

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

export const clientResponse = z.object({ client: clientSchema });
export const clientWithSecretResponse = z.object({ client: clientSchema, secret: z.string() });
export const clientsResponse = z.object({ clients: z.array(clientSchema) });
export const removedClientResponse = z.object({ client: clientSchema, removed: z.boolean() });
