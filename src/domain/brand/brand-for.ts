import type { BrandColumn, BrandRecord } from '../../store/repositories/brands.js';
import type { Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { DEFAULT_BRAND, type Brand } from './brand.js';
import { logoPath } from './brand-logo.js';

/** The operator's brand row: stored under the empty client id. */
export const OPERATOR_BRAND = '';

/**
 * The brand a portal's owner sees: the brand of the API client that registered the portal,
 * else the operator's, else the defaults. `db` is the transaction a mail is queued in, or the
 * store's connection for a page.
 */
export type BrandFor = (ctx: DomainContext, db: Db, portal: { readonly clientId: string | null }) => Promise<Brand>;

/**
 * Field by field: what the portal's client set, else what the operator set, else the default —
 * a reseller that set only its name and colour keeps the operator's support address and footer.
 * Cheap: the rows come from the brief per-instance cache (ctx.brands).
 */
export const brandFor: BrandFor = async (ctx, db, portal) => {
  const operator = await ctx.brands.stored(OPERATOR_BRAND, db);
  const client =
    portal.clientId === null || portal.clientId === OPERATOR_BRAND
      ? undefined
      : await ctx.brands.stored(portal.clientId, db);
  return mergeBrands(client, operator);
};

/** A client's brand over the operator's over the defaults (exported for the console's preview). */
export function mergeBrands(client: BrandRecord | undefined, operator: BrandRecord | undefined): Brand {
  const pick = (column: BrandColumn): string | null => client?.fields[column] ?? operator?.fields[column] ?? null;
  const productName = pick('product_name') ?? DEFAULT_BRAND.productName;
  const logo = client?.logo ?? operator?.logo ?? null;
  const address = pick('mail_from_address');
  return {
    productName,
    logo: logo === null ? null : { path: logoPath(logo), alt: productName },
    primaryColor: pick('primary_color') ?? DEFAULT_BRAND.primaryColor,
    supportEmail: pick('support_email') ?? DEFAULT_BRAND.supportEmail,
    supportUrl: pick('support_url') ?? DEFAULT_BRAND.supportUrl,
    legalFooter: pick('legal_footer') ?? DEFAULT_BRAND.legalFooter,
    // A sender name alone cannot send: it applies with an address (the product name names it otherwise).
    mailFrom: address === null ? DEFAULT_BRAND.mailFrom : { name: pick('mail_from_name') ?? productName, address },
  };
}
