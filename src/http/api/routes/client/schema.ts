import { z } from 'zod';
import { flag, integer, text, textList, textUpTo } from '../../params.js';
import { clientSchema } from '../../../../wire/client.js';

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

export const clientResponse = z.object({ client: clientSchema });
export const clientWithSecretResponse = z.object({ client: clientSchema, secret: z.string() });
export const clientsResponse = z.object({ clients: z.array(clientSchema) });
export const removedClientResponse = z.object({ client: clientSchema, removed: z.boolean() });
