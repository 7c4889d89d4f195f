import type { ChangeScope } from '../actor.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { checkOwner, type OwnerInput, type ValidOwner } from '../owner/owner.js';
import { checkPasswordPolicy } from '../owner/password.js';
import {
  createPortal,
  welcomeHook,
  type AnonymousGuard,
  type NameSource,
  type Registration,
  type RegistrationHook,
} from './create-portal.js';
import { generatedPortalName } from './generated-name.js';
import { checkPortalName } from './portal-name.js';
import { withVariants } from './validate-portal-name.js';

export type { AnonymousGuard, Registration, RegistrationHook } from './create-portal.js';

/** Everything portal/register accepts. */
export interface RegistrationInput extends OwnerInput {
  readonly portalName?: string | undefined;
  readonly password?: string | undefined;
  /** A client-side hash sent instead of a password; stored (and later checked) the same way. */
  readonly passwordHash?: string | undefined;
  readonly industry?: number | undefined;
  readonly partnerId?: string | undefined;
  readonly affiliateId?: string | undefined;
  readonly campaign?: string | undefined;
  readonly region?: string | undefined;
  /** true: no activation mail is queued (the answer is the same). */
  readonly skipWelcome?: boolean | undefined;
}

/**
 * portal/register: checks in the order clients rely on — parameters → password policy →
 * portal name (taken included) → the anonymous caller's guard → portal-count limits → create —
 * then the portal, its owner and its default tariff in one transaction. A taken name is
 * answered with free names close to it, as validateportalname does. Without a name, one is
 * generated when REGISTER_GENERATE_NAME is on (as portal/registerbyemail does), else portalNameEmpty.
 */
export async function registerPortal(
  ctx: DomainContext,
  scope: ChangeScope,
  input: RegistrationInput,
  guard: AnonymousGuard | undefined,
  afterCreate?: RegistrationHook,
): Promise<Registration> {
  return withVariants(ctx, input.portalName, async () => {
    const problems: string[] = [];
    let owner: ValidOwner | undefined;
    try {
      owner = checkOwner(input);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(...(Array.isArray(error.detail) ? error.detail : [error.message]));
    }
    const generate = (input.portalName ?? '').trim() === '';
    if (generate && !ctx.options.generatedNames.forRegister) throw new DomainError('portalNameEmpty');
    if (problems.length > 0 || owner === undefined) throw new DomainError('params', problems);
    if (input.password !== undefined) checkPasswordPolicy(input.password, ctx.options.password);
    const names: NameSource = generate
      ? { kind: 'generated', next: () => generatedPortalName(ctx.options.generatedNames, ctx.options.portalName) }
      : { kind: 'given', alias: checkPortalName(input.portalName, ctx.options.portalName) };
    const draft = {
      owner,
      secret: input.password ?? input.passwordHash,
      industry: input.industry ?? 0,
      partnerId: input.partnerId ?? null,
      affiliateId: input.affiliateId ?? null,
      campaign: input.campaign ?? null,
      region: input.region ?? null,
    };
    return createPortal(ctx, scope, draft, names, guard, welcomeHook(ctx, scope, input.skipWelcome, afterCreate));
  });
}
