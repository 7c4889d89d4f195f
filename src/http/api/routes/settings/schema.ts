import { z } from 'zod';
import { integer, text, textOrEmpty } from '../../params.js';

/**
 * Inputs, read liberally by ../../params.ts; tenantId -1 = global. `clientId` names an API
 * client's brand for the Brand.* keys (the operator any client's, a client only its own).
 */
export const getInput = z.object({ key: text(), portalName: text(), tenantId: integer(), clientId: text() });

/** `value` keeps an empty string: it removes a Brand.* setting (for other keys it is "not given"). */
export const saveInput = z.object({
  key: text(),
  value: textOrEmpty(),
  portalName: text(),
  tenantId: integer(),
  clientId: text(),
});

export const checkDomainInput = z.object({ hostName: text() });

/** `{"settings": "<value>"}`, or `{}` when the setting is unset. */
export const settingsResponse = z.object({ settings: z.string().optional() });

export const checkDomainResponse = z.object({ value: z.boolean() });

export const valueResponse = z.object({ value: z.string() });
