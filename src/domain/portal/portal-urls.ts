import type { DomainContext } from '../context.js';
import type { LinkOptions } from '../options.js';
import { HOUR_MS, MINUTE_MS } from '../time.js';
import { signLinkKey, type LinkSubject } from '../tokens/link-keys.js';
import { signingKey } from '../tokens/signed-token.js';

/** `<scheme>://<domain>[:port]` for a portal (PUBLIC_SCHEME / PUBLIC_PORT). */
export function portalOrigin(links: Pick<LinkOptions, 'scheme' | 'port'>, domain: string): string {
  const port = links.port === undefined ? '' : `:${links.port}`;
  return `${links.scheme}://${domain}${port}`;
}

/** The owner's activation link: `/confirm?type=Auth&email=…&key=…[&first=true]` on the portal host. */
export function activationLink(
  ctx: DomainContext,
  domain: string,
  subject: Omit<LinkSubject, 'purpose'>,
  first: boolean,
): string {
  const expires = new Date(ctx.clock.now().getTime() + ctx.options.links.activationTtlHours * HOUR_MS);
  const key = signLinkKey(signingKey(ctx.machineKeys), { ...subject, purpose: 'activation' }, expires);
  const query = new URLSearchParams({ type: 'Auth', email: subject.email, key });
  if (first) query.set('first', 'true');
  return `${portalOrigin(ctx.options.links, domain)}/confirm?${query.toString()}`;
}

/**
 * A short-lived, single-use sign-in link (portal/signin, portal/loginlink): valid for
 * SIGNIN_LINK_TTL_MINUTES unless `expires` says otherwise.
 */
export function signinLink(ctx: DomainContext, domain: string, subject: Omit<LinkSubject, 'purpose'>, expires?: Date): string {
  expires ??= new Date(ctx.clock.now().getTime() + ctx.options.links.signinLinkTtlMinutes * MINUTE_MS);
  const key = signLinkKey(signingKey(ctx.machineKeys), { ...subject, purpose: 'signin' }, expires);
  const query = new URLSearchParams({ type: 'Signin', email: subject.email, key });
  return `${portalOrigin(ctx.options.links, domain)}/confirm?${query.toString()}`;
}
