import { MysqlAdapter, sql, type Kysely } from 'kysely';

/**
 * On MySQL and MariaDB, the writes every change makes together go to the server in one round
 * trip: a stored procedure each. PostgreSQL folds them into one statement (inserts in WITH) and
 * SQLite runs in the process; MySQL has neither RETURNING nor inserts in WITH, so a registration
 * made eight round trips (begin, the base domain, tenant, owner, tariff, audit record, event,
 * commit), and on a shared 2-core machine each one cost the Node process ~120 µs of CPU (its
 * socket write and read, the driver's escaping and parsing). With these it makes four.
 *
 * - `hosted_insert_portal`: a new portal's tenant, owner and tariff under the tenant's new id,
 *   made only while the base-domain setting still holds the value the tenant's address was worked
 *   out from (NULL: not saved); answers the id, or NULL when the setting moved (the caller reads
 *   it again and retries). The setting is read as a plain SELECT would read it in the caller's
 *   transaction: no lock.
 * - `hosted_insert_audit_with_event`: a change's audit record and its webhook event, the event
 *   only while an endpoint is enabled (the same INSERT … SELECT the other databases run).
 *
 * Neither begins or commits: they run in the caller's transaction, and an error inside one (a
 * taken portal name: the unique violation) reaches the caller as the database raised it, which
 * then rolls the whole transaction back. SQL SECURITY INVOKER: they run with the privileges of
 * whoever calls them, so dropping or renaming the account that ran the migration breaks nothing.
 * Every text parameter is utf8mb4 whatever the database's default character set (a parameter
 * without one takes the database's, which may be latin1 and would mangle a name in any other
 * script). The parameters follow the columns of store/repositories/mysql-routines.ts; a column
 * added to one of these tables later needs a migration that redefines the procedure, and a call
 * with the wrong number of values is refused by the server, so a mismatch cannot go unnoticed.
 */

const TEXT = 'mediumtext character set utf8mb4 collate utf8mb4_bin';
const TIME = 'datetime(3)';

const INSERT_PORTAL = sql.raw(`
create procedure hosted_insert_portal(
  in p_setting_tenant_id int, in p_setting_key ${TEXT}, in p_setting_value ${TEXT},
  in p_alias ${TEXT}, in p_alias_key ${TEXT}, in p_name ${TEXT}, in p_domain ${TEXT},
  in p_status smallint, in p_status_reason ${TEXT}, in p_created_at ${TIME}, in p_status_changed_at ${TIME},
  in p_language ${TEXT}, in p_time_zone ${TEXT}, in p_owner_id ${TEXT}, in p_industry int,
  in p_partner_id ${TEXT}, in p_affiliate_id ${TEXT}, in p_campaign ${TEXT}, in p_region ${TEXT},
  in p_client_id ${TEXT},
  in p_user_id ${TEXT}, in p_email ${TEXT}, in p_first_name ${TEXT}, in p_last_name ${TEXT},
  in p_phone ${TEXT}, in p_password_hash ${TEXT}, in p_activated smallint, in p_user_created_at ${TIME},
  in p_activated_at ${TIME},
  in p_plan ${TEXT}, in p_active_users int, in p_max_file_size bigint, in p_max_total_size bigint,
  in p_features ${TEXT}, in p_due_date ${TIME}, in p_updated_at ${TIME}
)
sql security invoker
modifies sql data
begin
  declare v_id int default null;
  if (select value from settings where tenant_id = p_setting_tenant_id and setting_key = p_setting_key)
     <=> p_setting_value then
    insert into tenants (alias, alias_key, name, domain, status, status_reason, created_at, status_changed_at,
        language, time_zone, owner_id, industry, partner_id, affiliate_id, campaign, region, client_id)
      values (p_alias, p_alias_key, p_name, p_domain, p_status, p_status_reason, p_created_at, p_status_changed_at,
        p_language, p_time_zone, p_owner_id, p_industry, p_partner_id, p_affiliate_id, p_campaign, p_region,
        p_client_id);
    set v_id = last_insert_id();
    insert into users (id, tenant_id, email, first_name, last_name, phone, password_hash, activated, created_at,
        activated_at)
      values (p_user_id, v_id, p_email, p_first_name, p_last_name, p_phone, p_password_hash, p_activated,
        p_user_created_at, p_activated_at);
    insert into tariffs (tenant_id, plan, active_users, max_file_size, max_total_size, features, due_date, updated_at)
      values (v_id, p_plan, p_active_users, p_max_file_size, p_max_total_size, p_features, p_due_date, p_updated_at);
  end if;
  select v_id as id;
end`);

const INSERT_AUDIT_WITH_EVENT = sql.raw(`
create procedure hosted_insert_audit_with_event(
  in p_at ${TIME}, in p_action ${TEXT}, in p_actor_type ${TEXT}, in p_actor_id ${TEXT}, in p_actor_ip ${TEXT},
  in p_tenant_id int, in p_portal_name ${TEXT}, in p_client_id ${TEXT}, in p_request_id ${TEXT},
  in p_changes ${TEXT},
  in p_event_id ${TEXT}, in p_type ${TEXT}, in p_event_tenant_id int, in p_event_client_id ${TEXT},
  in p_payload ${TEXT}, in p_created_at ${TIME}
)
sql security invoker
modifies sql data
begin
  insert into audit_log (at, action, actor_type, actor_id, actor_ip, tenant_id, portal_name, client_id, request_id,
      changes)
    values (p_at, p_action, p_actor_type, p_actor_id, p_actor_ip, p_tenant_id, p_portal_name, p_client_id,
      p_request_id, p_changes);
  insert into webhook_events (event_id, type, tenant_id, client_id, payload, created_at)
    select p_event_id, p_type, p_event_tenant_id, p_event_client_id, p_payload, p_created_at
    from webhook_endpoints where disabled = 0 limit 1;
end`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof MysqlAdapter)) return;
  await sql`drop procedure if exists hosted_insert_portal`.execute(db);
  await sql`drop procedure if exists hosted_insert_audit_with_event`.execute(db);
  await INSERT_PORTAL.execute(db);
  await INSERT_AUDIT_WITH_EVENT.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof MysqlAdapter)) return;
  await sql`drop procedure if exists hosted_insert_audit_with_event`.execute(db);
  await sql`drop procedure if exists hosted_insert_portal`.execute(db);
}
