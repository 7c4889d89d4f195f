import { MysqlAdapter, PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The provider's brand: the operator's (client_id '') and each API client's own, one row each,
 * every field nullable (unset: the operator's field, then the default, applies); and the logos
 * they show, stored by the SHA-256 of their bytes so every instance over one database serves the
 * same file and a logo's URL never changes meaning.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('brands')
    // '' for the operator's brand (no client id is empty: ids match [a-z0-9][a-z0-9-]{2,62}).
    .addColumn('client_id', 'varchar(63)', (c) => c.primaryKey())
    .addColumn('product_name', 'varchar(100)')
    // #rrggbb, lower-case.
    .addColumn('primary_color', 'varchar(7)')
    .addColumn('support_email', 'varchar(255)')
    .addColumn('support_url', 'varchar(2000)')
    .addColumn('legal_footer', t.text)
    .addColumn('mail_from_name', 'varchar(100)')
    .addColumn('mail_from_address', 'varchar(255)')
    // The logo in brand_logos, and its file extension (png, webp, svg): the served name is digest.ext.
    .addColumn('logo_digest', 'varchar(64)')
    .addColumn('logo_ext', 'varchar(8)')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('brand_logos')
    // SHA-256 of the bytes, hex.
    .addColumn('digest', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('content_type', 'varchar(32)', (c) => c.notNull())
    // At most 256 KiB (checked before it is stored); MySQL's BLOB stops at 64 KiB.
    .addColumn('bytes', binary(db), (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('brand_logos').ifExists().execute();
  await db.schema.dropTable('brands').ifExists().execute();
}

/** A column of bytes on each database. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
function binary(db: Kysely<any>): RawBuilder<unknown> {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return sql`bytea`;
  if (adapter instanceof MysqlAdapter) return sql`mediumblob`;
  return sql`blob`;
}
