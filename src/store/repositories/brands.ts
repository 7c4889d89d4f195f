import { upsertStyle } from '../dialects/features.js';
import type { Db } from '../store.js';

/** The brand columns a provider sets, one per Brand.* setting. */
export const BRAND_COLUMNS = [
  'product_name',
  'primary_color',
  'support_email',
  'support_url',
  'legal_footer',
  'mail_from_name',
  'mail_from_address',
] as const;
export type BrandColumn = (typeof BRAND_COLUMNS)[number];

/** A brand as stored; `clientId` '' is the operator's. Null fields are unset. */
export interface BrandRecord {
  readonly clientId: string;
  readonly fields: Readonly<Record<BrandColumn, string | null>>;
  /** The logo, as the served file name's parts; null: none. */
  readonly logo: { readonly digest: string; readonly ext: string } | null;
}

/** The changes to one brand: a column to a value (null clears it), the logo to a file or none. */
export interface BrandChanges {
  readonly fields?: Partial<Record<BrandColumn, string | null>>;
  readonly logo?: { readonly digest: string; readonly ext: string } | null;
}

/** A stored logo. */
export interface LogoRecord {
  readonly digest: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** The brand of `clientId` ('' the operator's), or undefined when nothing was ever set. */
export async function findBrand(db: Db, clientId: string): Promise<BrandRecord | undefined> {
  const row = await db
    .selectFrom('brands')
    .select([...BRAND_COLUMNS, 'client_id', 'logo_digest', 'logo_ext'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const fields = Object.fromEntries(BRAND_COLUMNS.map((column) => [column, row[column]])) as Record<
    BrandColumn,
    string | null
  >;
  const logo =
    row.logo_digest !== null && row.logo_ext !== null ? { digest: row.logo_digest, ext: row.logo_ext } : null;
  return { clientId: row.client_id, fields, logo };
}

/**
 * Applies `changes` to a brand in one statement: the row is created with just those columns, or
 * only those columns are updated — two changes to different fields at once never undo each other.
 */
export async function updateBrand(db: Db, clientId: string, changes: BrandChanges, at: Date): Promise<void> {
  const set: Record<string, string | null | Date> = { ...changes.fields, updated_at: at };
  if (changes.logo !== undefined) {
    set.logo_digest = changes.logo?.digest ?? null;
    set.logo_ext = changes.logo?.ext ?? null;
  }
  const insert = db.insertInto('brands').values({ client_id: clientId, ...set, updated_at: at });
  if (upsertStyle(db) === 'onDuplicateKey') await insert.onDuplicateKeyUpdate(set).execute();
  else await insert.onConflict((oc) => oc.column('client_id').doUpdateSet(set)).execute();
}

/** Stores a logo's bytes under their digest, unless they are stored already. */
export async function saveLogo(db: Db, logo: LogoRecord, at: Date): Promise<void> {
  const insert = db
    .insertInto('brand_logos')
    .values({ digest: logo.digest, content_type: logo.contentType, bytes: logo.bytes, created_at: at });
  if (upsertStyle(db) === 'onDuplicateKey') await insert.onDuplicateKeyUpdate({ digest: logo.digest }).execute();
  else await insert.onConflict((oc) => oc.column('digest').doNothing()).execute();
}

/** A stored logo by its digest, or undefined. */
export async function findLogo(db: Db, digest: string): Promise<LogoRecord | undefined> {
  const row = await db
    .selectFrom('brand_logos')
    .select(['digest', 'content_type', 'bytes'])
    .where('digest', '=', digest)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { digest: row.digest, contentType: row.content_type, bytes: Buffer.from(row.bytes) };
}

/** Deletes a logo no brand shows any longer (one statement: a brand showing it keeps it). */
export async function deleteLogoIfUnused(db: Db, digest: string): Promise<void> {
  await db
    .deleteFrom('brand_logos')
    .where('digest', '=', digest)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('brands').select('client_id').where('logo_digest', '=', digest))))
    .execute();
}
