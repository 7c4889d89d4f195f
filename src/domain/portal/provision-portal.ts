import { saveSetting } from '../../store/repositories/settings.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { checkEmailSignupOwner, type ValidOwner } from '../owner/owner.js';
import {
  createPortal,
  welcomeHook,
  type AnonymousGuard,
  type Registration,
  type RegistrationHook,
} from './create-portal.js';
import { generatedPortalName } from './generated-name.js';
import {
  checkLoginProvider,
  CSP_DOMAINS_KEY,
  knownProvider,
  cspDomainsValue,
  providerSettingKey,
  providerSettingValue,
  type LoginProvider,
  type LoginProviderInput,
} from './login-provider.js';
import { emailSignupDraft, type EmailSignupInput } from './register-by-email.js';

/** What portal/provision accepts: portal/registerbyemail's fields and the owner's OAuth provider. */
export interface ProvisionInput extends EmailSignupInput {
  readonly provider?: LoginProviderInput | undefined;
}

/** A provisioned portal, and the provider its owner signs in with (its secret never leaves here). */
export interface Provisioning extends Registration {
  readonly provider: Pick<LoginProvider, 'name' | 'clientId'>;
}

/**
 * portal/provision: a portal whose owner signs in with an OAuth provider (Google, Microsoft,
 * Nextcloud…). Checked in this order: the e-mail (emailEmpty), the owner's and the provider's
 * fields together (params), the provider's name against LOGIN_PROVIDERS (unknownProvider), the
 * password policy; then portal/registerbyemail's path — a generated name that names the provider,
 * the same defences and activation mail — with the provider's values stored as the portal's
 * settings in the registration's own transaction (`AuthKey_<provider>`, its client secret sealed;
 * `CspDomains`).
 */
export async function provisionPortal(
  ctx: DomainContext,
  scope: ChangeScope,
  input: ProvisionInput,
  guard: AnonymousGuard | undefined,
  afterCreate?: RegistrationHook,
): Promise<Provisioning> {
  const problems: string[] = [];
  let owner: ValidOwner | undefined;
  try {
    owner = checkEmailSignupOwner(input);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'params')) throw error;
    problems.push(...(Array.isArray(error.detail) ? error.detail : [error.message]));
  }
  const checked = checkLoginProvider(input.provider, problems);
  if (problems.length > 0 || owner === undefined || checked === undefined) throw new DomainError('params', problems);
  const provider = knownProvider(checked, ctx.options.loginProviders);
  const draft = emailSignupDraft(ctx, input, owner);
  const welcome = welcomeHook(ctx, scope, input.skipWelcome, afterCreate);
  const registration = await createPortal(
    ctx,
    scope,
    draft,
    {
      kind: 'generated',
      next: () => generatedPortalName(ctx.options.generatedNames, ctx.options.portalName, provider.name),
    },
    guard,
    async (tx, created) => {
      await storeProvider(ctx, scope, tx, created.tenant, provider);
      await welcome?.(tx, created);
    },
  );
  return { ...registration, provider: { name: provider.name, clientId: provider.clientId } };
}

/**
 * The provider's values as the new portal's settings, with their audit records (the keys only,
 * as settings/save records them): part of the registration's transaction.
 */
async function storeProvider(
  ctx: DomainContext,
  scope: ChangeScope,
  tx: Parameters<RegistrationHook>[0],
  tenant: Registration['tenant'],
  provider: LoginProvider,
): Promise<void> {
  const now = ctx.clock.now();
  const settings: Array<[string, string]> = [
    [providerSettingKey(provider.name), providerSettingValue(ctx.secrets, tenant.id, provider)],
  ];
  const csp = cspDomainsValue(provider);
  if (csp !== undefined) settings.push([CSP_DOMAINS_KEY, csp]);
  for (const [key, value] of settings) {
    await saveSetting(tx, tenant.id, key, value, now);
    await recordChange(ctx, tx, scope, { action: 'settings.save', tenant, changes: { setting: [null, key] } });
  }
}
