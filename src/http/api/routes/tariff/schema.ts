import { z } from 'zod';
import { INT32_MAX } from '../../../../store/records.js';
import { integer, text } from '../../params.js';
import { tenantSchema } from '../../../../wire/portal.js';
import { planSchema, tariffSchema, usageSchema } from '../../../../wire/tariff.js';

/** Inputs, read liberally by ../../params.ts. */
export const getInput = z.object({ portalName: text(), tenantId: integer() });

/** The features column holds this many characters. */
const MAX_FEATURES_LENGTH = 4000;

/** A count or a size in bytes: a whole number ≥ 0, exact up to Number.MAX_SAFE_INTEGER. */
const wholeNumber = (max: number) =>
  integer().pipe(
    z
      .number()
      .int()
      .min(0, { error: 'must be 0 or more' })
      .max(max, { error: `must be at most ${max}` })
      .optional(),
  );

export const setInput = z.object({
  portalName: text(),
  tenantId: integer(),
  plan: text(),
  activeUsers: wholeNumber(INT32_MAX),
  // JSON null clears the due date like the text "null": what tariff/get returns can be sent back.
  dueDate: z.preprocess((v) => (v === null ? 'null' : v), text()),
  features: text().pipe(
    z
      .string()
      .max(MAX_FEATURES_LENGTH, { error: `must be at most ${MAX_FEATURES_LENGTH} characters` })
      .optional(),
  ),
  maxFileSize: wholeNumber(Number.MAX_SAFE_INTEGER),
  maxTotalSize: wholeNumber(Number.MAX_SAFE_INTEGER),
});

/** Response shapes: serialisation from these keeps anything unlisted from leaving the server. */
export const tariffResponse = z.object({ tenant: tenantSchema, tariff: tariffSchema, usage: usageSchema });

export const plansResponse = z.object({ tariffs: z.array(planSchema) });
