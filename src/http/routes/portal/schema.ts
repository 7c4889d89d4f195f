import { z } from 'zod';
import { flag, integer, integer32, text, textUpTo } from '../../params.js';

/** Inputs, read liberally by ../../params.ts. */
export const validateInput = z.object({ portalName: text() });

export const registerInput = z.object({
  portalName: text(),
  firstName: text(),
  lastName: text(),
  email: text(),
  phone: text(),
  language: text(),
  timeZoneName: text(),
  password: text(),
  passwordHash: text(),
  // Stored in an integer column and varchar(255) columns (stored and returned).
  industry: integer32(),
  partnerId: textUpTo(255),
  affiliateId: textUpTo(255),
  campaign: textUpTo(255),
  region: textUpTo(255),
  recaptchaResponse: text(),
  recaptchaType: text(),
  appKey: text(),
});

export const portalRefInput = z.object({ portalName: text(), tenantId: integer() });

export const getInput = z.object({
  email: text(),
  portalName: text(),
  tenantId: integer(),
  status: text(),
  statistics: flag(),
  startIndex: integer().pipe(z.number().min(0, { error: 'must be 0 or more' }).optional()),
  count: integer().pipe(z.number().min(0, { error: 'must be 0 or more' }).optional()),
});

/** The reason is stored in a varchar(1024) column. */
export const statusInput = z.object({ portalName: text(), tenantId: integer(), status: text(), reason: textUpTo(1024) });

/** Response schemas: serialisation from these keeps anything unlisted from leaving the server. */
const nullableString = { type: ['string', 'null'] } as const;

export const tenantSchema = {
  type: 'object',
  properties: {
    tenantId: { type: 'integer' },
    portalName: { type: 'string' },
    domain: { type: 'string' },
    name: { type: 'string' },
    status: { type: 'string' },
    created: { type: 'string' },
    statusChanged: { type: 'string' },
    language: { type: 'string' },
    timeZoneName: { type: 'string' },
    ownerId: { type: 'string' },
    industry: { type: 'integer' },
    partnerId: nullableString,
    affiliateId: nullableString,
    campaign: nullableString,
    region: nullableString,
  },
} as const;

export const tariffSchema = {
  type: 'object',
  properties: {
    activeUsers: { type: 'integer' },
    countManager: { type: 'integer' },
    dueDate: nullableString,
    features: { type: 'string' },
    maxFileSize: { type: 'integer' },
    maxTotalSize: { type: 'integer' },
    state: { type: 'integer' },
    plan: { type: 'string' },
  },
} as const;

const ownerSchema = {
  type: ['object', 'null'],
  properties: { id: { type: 'string' }, email: { type: 'string' }, displayName: { type: 'string' } },
} as const;

export const tenantWithStatisticsSchema = {
  type: 'object',
  properties: {
    ...tenantSchema.properties,
    owner: ownerSchema,
    tariff: { ...tariffSchema, type: ['object', 'null'] },
  },
} as const;

export const messageResponse = { 200: { type: 'object', properties: { message: { type: 'string' } } } } as const;
export const valueResponse = { 200: { type: 'object', properties: { value: { type: 'string' } } } } as const;
export const registerResponse = {
  201: { type: 'object', properties: { reference: { type: 'string' }, tenant: tenantSchema } },
} as const;
export const tenantResponse = { 200: { type: 'object', properties: { tenant: tenantSchema } } } as const;
export const removeResponse = {
  200: { type: 'object', properties: { tenant: tenantSchema, removed: { type: 'boolean' } } },
} as const;
export const tenantsResponse = {
  200: { type: 'object', properties: { tenants: { type: 'array', items: tenantWithStatisticsSchema } } },
} as const;
