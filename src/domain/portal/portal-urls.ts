import type { Config } from '../../config/config.js';
import type { DomainContext } from '../context.js';
import { signLinkKey, type LinkSubject } from '../tokens/link-keys.js';

/** `<scheme>://<domain>[:port]` for a portal (contract §9, PUBLIC_SCHEME / PUBLIC_PORT). */
export function portalOrigin(config: Config, domain: string): string {
  const port = config.publicPort === undefined ? '' : `:${config.publicPort}`;
  return `${config.publicScheme}://${domain}${port}`;
}

/** The owner's activation link: `/confirm?type=Auth&email=…&key=…[&first=true]` on the portal host. */
export function activationLink(
  ctx: DomainContext,
  domain: string,
  subject: Omit<LinkSubject, 'purpose'>,
  first: boolean,
): string {
  const expires = new Date(ctx.clock.now().getTime() + ctx.config.activationTtlHours * 3_600_000);
  const key = signLinkKey(signingKey(ctx), { ...subject, purpose: 'activation' }, expires);
  const query = new URLSearchParams({ type: 'Auth', email: subject.email, key });
  if (first) query.set('first', 'true');
  return `${portalOrigin(ctx.config, domain)}/confirm?${query.toString()}`;
}

/** A short-lived, single-use sign-in link (portal/signin, contract §7.7). */
export function signinLink(ctx: DomainContext, domain: string, subject: Omit<LinkSubject, 'purpose'>): string {
  const expires = new Date(ctx.clock.now().getTime() + ctx.config.signinLinkTtlMinutes * 60_000);
  const key = signLinkKey(signingKey(ctx), { ...subject, purpose: 'signin' }, expires);
  const query = new URLSearchParams({ type: 'Signin', email: subject.email, key });
  return `${portalOrigin(ctx.config, domain)}/confirm?${query.toString()}`;
}

function signingKey(ctx: DomainContext): string {
  const key = ctx.machineKeys[0];
  if (key === undefined) throw new Error('no machine key configured');
  return key;
}
