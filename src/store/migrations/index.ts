import type { Migration } from 'kysely';
import * as m001 from './001_initial.js';
import * as m002 from './002_clients_and_audit.js';
import * as m003 from './003_usage.js';
import * as m004 from './004_webhooks.js';
import * as m005 from './005_idempotency.js';
import * as m006 from './006_operator_console.js';
import * as m007 from './007_hardening.js';
import * as m008 from './008_webhook_events.js';
import * as m009 from './009_upstream_2026.js';
import * as m010 from './010_lifecycle.js';
import * as m011 from './011_brands.js';
import * as m012 from './012_mail_brand_and_opt_outs.js';
import * as m013 from './013_partial_indexes.js';
import * as m014 from './014_registration_indexes.js';
import * as m015 from './015_tenant_list_version.js';
import * as m016 from './016_audit_client_partial.js';
import * as m017 from './017_tenant_list_version_postgres.js';
import * as m018 from './018_webhook_delivery_partial_indexes.js';
import * as m019 from './019_mysql_write_routines.js';
import * as m020 from './020_webhook_fan_out_cursors.js';
import * as m021 from './021_webhook_claims_per_endpoint.js';

/**
 * Every migration, in order. Listed in code rather than read from disk so the same list works
 * from src/ (tsx) and dist/ (compiled). Add new ones at the end; never edit a shipped one.
 */
export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_clients_and_audit': m002,
  '003_usage': m003,
  '004_webhooks': m004,
  '005_idempotency': m005,
  '006_operator_console': m006,
  '007_hardening': m007,
  '008_webhook_events': m008,
  '009_upstream_2026': m009,
  '010_lifecycle': m010,
  '011_brands': m011,
  '012_mail_brand_and_opt_outs': m012,
  '013_partial_indexes': m013,
  '014_registration_indexes': m014,
  '015_tenant_list_version': m015,
  '016_audit_client_partial': m016,
  '017_tenant_list_version_postgres': m017,
  '018_webhook_delivery_partial_indexes': m018,
  '019_mysql_write_routines': m019,
  '020_webhook_fan_out_cursors': m020,
  '021_webhook_claims_per_endpoint': m021,
};
