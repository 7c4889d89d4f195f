import { randomInt } from 'node:crypto';
import type { ChangeScope } from '../actor.js';
import type { DomainContext } from '../context.js';
import { checkEmailSignupOwner, type OwnerInput } from '../owner/owner.js';
import { checkPasswordPolicy } from '../owner/password.js';
import { createPortal, type AnonymousGuard, type Registration, type RegistrationHook } from './create-portal.js';
import { isAcceptableName, type PortalNameRules } from './portal-name.js';

/** What portal/registerbyemail accepts (the sign-up site's call): an e-mail, and optionally more. */
export interface EmailSignupInput extends OwnerInput {
  readonly password?: string | undefined;
  readonly passwordHash?: string | undefined;
  readonly partnerId?: string | undefined;
  readonly affiliateId?: string | undefined;
  readonly campaign?: string | undefined;
  /** The sign-up site's region, stored as the portal's region. */
  readonly awsRegion?: string | undefined;
}

/**
 * portal/registerbyemail: sign-up by e-mail alone. The portal's name is generated
 * (`<REGISTER_NAME_PREFIX>-<6 random letters and digits>`); the rest is portal/register's path:
 * the same defences, password policy, transaction and activation mail.
 */
export async function registerPortalByEmail(
  ctx: DomainContext,
  scope: ChangeScope,
  input: EmailSignupInput,
  guard: AnonymousGuard | undefined,
  afterCreate?: RegistrationHook,
): Promise<Registration> {
  const owner = checkEmailSignupOwner(input);
  if (input.password !== undefined) checkPasswordPolicy(input.password, ctx.options.password);
  const draft = {
    owner,
    secret: input.password ?? input.passwordHash,
    industry: 0,
    partnerId: input.partnerId ?? null,
    affiliateId: input.affiliateId ?? null,
    campaign: input.campaign ?? null,
    region: input.awsRegion ?? null,
  };
  const rules = ctx.options.portalName;
  const prefix = ctx.options.registerNamePrefix;
  return createPortal(
    ctx,
    scope,
    draft,
    { kind: 'generated', next: () => generatedPortalName(prefix, rules) },
    guard,
    afterCreate,
  );
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random portal name: `<prefix>-<6 random a-z0-9>`, or — when that would break the name rules
 * (a prefix too long for PORTAL_NAME_MAX, a reserved result) — random a-z0-9 alone, of the
 * minimum length but at least 6 (and never above the maximum).
 */
export function generatedPortalName(prefix: string, rules: PortalNameRules): string {
  const withPrefix = `${prefix}-${randomText(6)}`;
  if (prefix !== '' && isAcceptableName(withPrefix, rules)) return withPrefix;
  const length = Math.min(Math.max(rules.min, 6), rules.max);
  for (;;) {
    const name = randomText(length);
    if (isAcceptableName(name, rules)) return name;
  }
}

function randomText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}
