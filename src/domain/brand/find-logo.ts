import { findLogo } from '../../store/repositories/brands.js';
import type { DomainContext } from '../context.js';
import { LOGO_TYPES, parseLogoFileName } from './brand-logo.js';

/** A logo to serve: its bytes and the type they are. */
export interface ServedLogo {
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly svg: boolean;
}

/**
 * The logo served as `/brand/logo/<file>`, or undefined when there is none by that name (the
 * extension must be the one the logo was stored with). Anyone may fetch a logo: it appears on
 * sign-in pages and in mails, and its name is its digest.
 */
export async function findServedLogo(ctx: DomainContext, file: string): Promise<ServedLogo | undefined> {
  const name = parseLogoFileName(file);
  if (name === undefined) return undefined;
  const logo = await findLogo(ctx.store.db, name.digest);
  if (logo === undefined || logo.contentType !== LOGO_TYPES[name.ext]) return undefined;
  return { contentType: logo.contentType, bytes: logo.bytes, svg: name.ext === 'svg' };
}
