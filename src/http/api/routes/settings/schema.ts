import { z } from 'zod';
import { integer, text } from '../../params.js';

/** Inputs, read liberally by ../../params.ts; tenantId -1 = global. */
export const getInput = z.object({ key: text(), portalName: text(), tenantId: integer() });

export const saveInput = z.object({ key: text(), value: text(), portalName: text(), tenantId: integer() });

export const checkDomainInput = z.object({ hostName: text() });

/** `{"settings": "<value>"}`, or `{}` when the setting is unset. */
export const settingsResponse = z.object({ settings: z.string().optional() });

export const checkDomainResponse = z.object({ value: z.boolean() });

export const valueResponse = z.object({ value: z.string() });
