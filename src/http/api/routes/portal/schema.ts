import { z } from 'zod';
import { MAX_PROVIDER_NAME } from '../../../../domain/portal/login-provider.js';
import { flag, integer, integer32, nested, text, textUpTo } from '../../params.js';
import { jobSchema } from '../../../../wire/job.js';
import { listItemSchema, tenantSchema } from '../../../../wire/portal.js';
import { setInput } from '../tariff/schema.js';
import { usageSchema } from '../../../../wire/tariff.js';

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
  /** true: no activation mail (the answer is the same). */
  skipWelcome: flag(),
});

/** The sign-up site's portal/registerbyemail: an e-mail and what else it sends (the rest is ignored). */
export const registerByEmailInput = z.object({
  email: text(),
  password: text(),
  passwordHash: text(),
  firstName: text(),
  lastName: text(),
  phone: text(),
  language: text(),
  timeZoneName: text(),
  partnerId: textUpTo(255),
  affiliateId: textUpTo(255),
  campaign: textUpTo(255),
  awsRegion: textUpTo(255),
  recaptchaResponse: text(),
  recaptchaType: text(),
  appKey: text(),
  skipWelcome: flag(),
});

/**
 * The OAuth provider of portal/provision: the fields are read like the top-level ones (any case,
 * numbers as text); the provider's values are kept in a text setting, the secret sealed.
 */
export const providerInput = z.object({
  name: textUpTo(MAX_PROVIDER_NAME),
  clientId: textUpTo(1024),
  clientSecret: textUpTo(1024),
  baseUrl: textUpTo(2048),
  redirectUri: textUpTo(2048),
  cspDomain: textUpTo(255),
});

/** portal/provision: portal/registerbyemail's fields and the OAuth provider the owner signs in with. */
export const provisionInput = registerByEmailInput.extend({ provider: nested(providerInput) });

export const portalRefInput = z.object({ portalName: text(), tenantId: integer() });

const count = () => integer().pipe(z.number().int().min(0, { error: 'must be 0 or more' }).optional());

export const getInput = z.object({
  email: text(),
  portalName: text(),
  tenantId: integer(),
  status: text(),
  statistics: flag(),
  startIndex: count(),
  count: count(),
  after: count(),
  clientId: text(),
  overQuota: flag(),
  nearQuota: flag(),
  plan: text(),
});

/** The reason is stored in a varchar(1024) column. */
export const statusInput = z.object({
  portalName: text(),
  tenantId: integer(),
  status: text(),
  reason: textUpTo(1024),
});

export const loginLinkInput = z.object({ portalName: text(), tenantId: integer(), ttl: integer() });

/** portal/remove: at once, or at `at` (a future ISO date-time). */
export const removeInput = z.object({ portalName: text(), tenantId: integer(), at: text() });

export const protectionInput = z.object({ portalName: text(), tenantId: integer(), protected: flag() });

/** A removed portal is named by its id alone: its name may belong to another portal by now. */
export const restoreInput = z.object({ tenantId: integer() });

/** portal/bulk: a JSON body (`filter` and `tariff` are objects; in a form, their JSON text). */
export const bulkInput = z.object({
  filter: nested(
    z.object({
      status: text(),
      plan: text(),
      clientId: text(),
      email: text(),
      overQuota: flag(),
      nearQuota: flag(),
      portalName: text(),
      tenantId: integer(),
    }),
  ),
  action: text(),
  reason: textUpTo(1024),
  plan: text(),
  tariff: nested(setInput.omit({ portalName: true, tenantId: true })),
});

export const clientMoveInput = z.object({ portalName: text(), tenantId: integer(), clientId: text() });

/** Byte counts up to 2^53 (exact in JSON numbers); user counts fit a 32-bit column. */
export const usageInput = z.object({
  portalName: text(),
  tenantId: integer(),
  usedSize: integer().pipe(
    z.number().int().min(0, { error: 'must be 0 or more' }).max(Number.MAX_SAFE_INTEGER).optional(),
  ),
  usersCount: integer32().pipe(z.number().int().min(0, { error: 'must be 0 or more' }).optional()),
  roomAdminCount: integer32().pipe(z.number().int().min(0, { error: 'must be 0 or more' }).optional()),
  roomsCount: integer32().pipe(z.number().int().min(0, { error: 'must be 0 or more' }).optional()),
  aiAgentsCount: integer32().pipe(z.number().int().min(0, { error: 'must be 0 or more' }).optional()),
});

export const messageResponse = z.object({ message: z.string() });
export const valueResponse = z.object({ value: z.string() });
export const registerResponse = z.object({ reference: z.string(), tenant: tenantSchema });
export const registerByEmailResponse = registerResponse.extend({ autoGeneratedEmail: z.boolean() });
export const provisionResponse = registerResponse.extend({ providerConfigured: z.boolean() });
export const tenantResponse = z.object({ tenant: tenantSchema });
export const removeResponse = z.object({ tenant: tenantSchema, removed: z.boolean() });
export const tenantsResponse = z.object({ tenants: z.array(listItemSchema) });
export const usageResponse = z.object({ tenant: tenantSchema, usage: usageSchema });
export const loginLinkResponse = z.object({ link: z.string(), expiresAt: z.string() });
export const referenceResponse = z.object({ reference: z.string() });
export const jobResponse = z.object({ job: jobSchema });
