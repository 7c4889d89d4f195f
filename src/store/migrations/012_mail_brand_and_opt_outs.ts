import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Mail in the provider's brand and notices an owner can stop: each queued mail keeps its own
 * sender (the brand's, else NULL for MAIL_FROM) and extra headers (JSON; List-Unsubscribe on
 * notices), fixed when it was queued like its text; and an owner's opt-out from one kind of
 * mail, one row per portal, owner and kind, decided by the primary key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  // "Name <address>": a display name of up to 255 characters and an address of up to 320.
  await db.schema.alterTable('mail_outbox').addColumn('sender', 'varchar(600)').execute();
  await db.schema.alterTable('mail_outbox').addColumn('headers', t.text).execute();

  await db.schema
    .createTable('mail_opt_outs')
    .addColumn('tenant_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
    // The kind of mail stopped ('usageAlert').
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_opt_outs_pk', ['tenant_id', 'user_id', 'kind'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_opt_outs').execute();
  await db.schema.alterTable('mail_outbox').dropColumn('headers').execute();
  await db.schema.alterTable('mail_outbox').dropColumn('sender').execute();
}
