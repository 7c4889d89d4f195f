import type { DomainContext } from '../context.js';
import type { LinkOptions } from '../options.js';
import { HOUR_MS, MINUTE_MS } from '../time.js';
import { signLinkKey, type LinkPurpose, type LinkSubject } from '../tokens/link-keys.js';
import { signingKey } from '../tokens/signed-token.js';

/** `<scheme>://<domain>[:port]` for a portal (PUBLIC_SCHEME / PUBLIC_PORT). */
export function portalOrigin(links: Pick<LinkOptions, 'scheme' | 'port'>, domain: string): string {
  const port = links.port === undefined ? '' : `:${links.port}`;
  return `${links.scheme}://${domain}${port}`;
}

/** How long a password-reset link stays valid. */
export const RESET_LINK_TTL_MINUTES = 60;

/** The owner's activation link: `/confirm?type=Auth&email=…&key=…[&first=true]`, valid ACTIVATION_TTL_HOURS. */
export function activationLink(
  ctx: DomainContext,
  domain: string,
  subject: Omit<LinkSubject, 'purpose'>,
  first: boolean,
): string {
  const expires = new Date(ctx.clock.now().getTime() + ctx.options.links.activationTtlHours * HOUR_MS);
  return ownerLink(ctx, domain, { ...subject, purpose: 'activation' }, expires, first ? { first: 'true' } : {});
}

/**
 * A short-lived, single-use sign-in link (`type=Signin`; portal/signin, portal/loginlink): valid
 * SIGNIN_LINK_TTL_MINUTES unless `expires` says otherwise.
 */
export function signinLink(
  ctx: DomainContext,
  domain: string,
  subject: Omit<LinkSubject, 'purpose'>,
  expires?: Date,
): string {
  const until = expires ?? new Date(ctx.clock.now().getTime() + ctx.options.links.signinLinkTtlMinutes * MINUTE_MS);
  return ownerLink(ctx, domain, { ...subject, purpose: 'signin' }, until);
}

/** A one-time link to choose a new password (`type=Reset`), valid an hour. */
export function passwordResetLink(ctx: DomainContext, domain: string, subject: Omit<LinkSubject, 'purpose'>): string {
  const expires = new Date(ctx.clock.now().getTime() + RESET_LINK_TTL_MINUTES * MINUTE_MS);
  return ownerLink(ctx, domain, { ...subject, purpose: 'reset' }, expires);
}

/** The `type` each link purpose carries in its query (ONLYOFFICE's own names for the first two). */
const LINK_TYPES: Readonly<Record<LinkPurpose, string>> = { activation: 'Auth', signin: 'Signin', reset: 'Reset' };

/** `/confirm?type=…&email=…&key=…` on the portal's host, the key signed for `subject` until `expires`. */
function ownerLink(
  ctx: DomainContext,
  domain: string,
  subject: LinkSubject,
  expires: Date,
  extra: Readonly<Record<string, string>> = {},
): string {
  const key = signLinkKey(signingKey(ctx.machineKeys), subject, expires);
  const query = new URLSearchParams({ type: LINK_TYPES[subject.purpose], email: subject.email, key, ...extra });
  return `${portalOrigin(ctx.options.links, domain)}/confirm?${query.toString()}`;
}
