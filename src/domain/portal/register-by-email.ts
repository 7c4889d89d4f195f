import type { ChangeScope } from '../actor.js';
import type { DomainContext } from '../context.js';
import { checkEmailSignupOwner, type OwnerInput, type ValidOwner } from '../owner/owner.js';
import { checkPasswordPolicy } from '../owner/password.js';
import {
  createPortal,
  welcomeHook,
  type AnonymousGuard,
  type PortalDraft,
  type Registration,
  type RegistrationHook,
} from './create-portal.js';
import { generatedPortalName } from './generated-name.js';

/** What portal/registerbyemail accepts (the sign-up site's call): an e-mail, and optionally more. */
export interface EmailSignupInput extends OwnerInput {
  readonly password?: string | undefined;
  readonly passwordHash?: string | undefined;
  readonly partnerId?: string | undefined;
  readonly affiliateId?: string | undefined;
  readonly campaign?: string | undefined;
  /** The sign-up site's region, stored as the portal's region. */
  readonly awsRegion?: string | undefined;
  /** true: no activation mail is queued (the answer is the same). */
  readonly skipWelcome?: boolean | undefined;
}

/**
 * portal/registerbyemail: sign-up by e-mail alone. The portal's name is generated
 * (`<REGISTER_NAME_PREFIX>-<random letters and digits>`, see generated-name.ts); the rest is
 * portal/register's path: the same defences, password policy, transaction and activation mail.
 */
export async function registerPortalByEmail(
  ctx: DomainContext,
  scope: ChangeScope,
  input: EmailSignupInput,
  guard: AnonymousGuard | undefined,
  afterCreate?: RegistrationHook,
): Promise<Registration> {
  const draft = emailSignupDraft(ctx, input, checkEmailSignupOwner(input));
  return createPortal(
    ctx,
    scope,
    draft,
    { kind: 'generated', next: () => generatedPortalName(ctx.options.generatedNames, ctx.options.portalName) },
    guard,
    welcomeHook(ctx, scope, input.skipWelcome, afterCreate),
  );
}

/**
 * A sign-up by e-mail as a draft portal, once its owner is checked (checkEmailSignupOwner): the
 * password policy, and the fields kept with the portal.
 */
export function emailSignupDraft(ctx: DomainContext, input: EmailSignupInput, owner: ValidOwner): PortalDraft {
  if (input.password !== undefined) checkPasswordPolicy(input.password, ctx.options.password);
  return {
    owner,
    secret: input.password ?? input.passwordHash,
    industry: 0,
    partnerId: input.partnerId ?? null,
    affiliateId: input.affiliateId ?? null,
    campaign: input.campaign ?? null,
    region: input.awsRegion ?? null,
  };
}
