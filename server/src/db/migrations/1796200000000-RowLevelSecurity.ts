import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table with organization_id: one policy each, on the tenant the transaction set. */
const TENANT_TABLES = [
  'memberships',
  'audit_events',
  'sessions',
  'email_outbox',
  'api_keys',
  'credit_balances',
  'credit_transactions',
  'resources',
  'usage_daily',
  'usage_records',
  'account_tokens',
];

/** What the app role may do to each table (only recovery codes are deleted; the ledger, usage records and audit are append-only). */
const APP_GRANTS: Record<string, string> = {
  organizations: 'SELECT, INSERT, UPDATE',
  users: 'SELECT, INSERT, UPDATE',
  memberships: 'SELECT, INSERT, UPDATE',
  sessions: 'SELECT, INSERT, UPDATE',
  refresh_tokens: 'SELECT, INSERT, UPDATE',
  audit_events: 'SELECT, INSERT',
  email_outbox: 'SELECT, INSERT',
  api_keys: 'SELECT, INSERT, UPDATE',
  credit_balances: 'SELECT, INSERT, UPDATE',
  credit_transactions: 'SELECT, INSERT',
  resources: 'SELECT, INSERT, UPDATE',
  usage_daily: 'SELECT, INSERT, UPDATE',
  usage_records: 'SELECT, INSERT',
  account_tokens: 'SELECT, INSERT, UPDATE',
  recovery_codes: 'SELECT, INSERT, UPDATE, DELETE',
};

/** The system role (BYPASSRLS) also has the global tables the app role has no business with. */
const SYSTEM_ONLY = ['login_throttle', 'caught_emails'];

/**
 * Row-level security (docs/security.md, "Row-level security"): the tenant tables see only
 * the organization in `app.organization_id` (set with SET LOCAL by common/tenant.ts), and
 * a user's own memberships and sessions in `app.user_id`. The roles are cluster-wide:
 * created if missing (a concurrent twin is fine), never dropped.
 */
export class RowLevelSecurity1796200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const [role, bypass] of [
      ['orgpulse_app', 'NOBYPASSRLS'],
      ['orgpulse_system', 'BYPASSRLS'],
    ]) {
      await q(`DO $$ BEGIN
          CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION ${bypass};
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
    }
    // '' (a setting reset at the end of a transaction) reads as no tenant, like NULL
    await q(`CREATE FUNCTION app_organization_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid $$`);
    await q(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$`);

    for (const t of TENANT_TABLES) {
      await q(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY tenant_isolation ON "${t}"
        USING (organization_id = app_organization_id()) WITH CHECK (organization_id = app_organization_id())`);
    }
    // a user's own rows in every organization: sign-in and switching read the memberships,
    // the account page lists and ends the sessions
    await q(`CREATE POLICY own_memberships ON memberships FOR SELECT USING (user_id = app_user_id())`);
    await q(`CREATE POLICY own_sessions_read ON sessions FOR SELECT USING (user_id = app_user_id())`);
    await q(`CREATE POLICY own_sessions_end ON sessions FOR UPDATE USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);
    // account tokens (reset, verification, MFA step) and recovery codes belong to the account;
    // a token is looked up by its hash, before the account is known, only as the system role
    await q(`CREATE POLICY own_account_tokens ON account_tokens USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);
    await q(`ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE recovery_codes FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY own_recovery_codes ON recovery_codes USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id())`);

    // the organization itself: the tenant's row, and (read only) those the user belongs to
    await q(`ALTER TABLE organizations ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE organizations FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY tenant_isolation ON organizations USING (id = app_organization_id()) WITH CHECK (id = app_organization_id())`);
    await q(`CREATE POLICY member_of ON organizations FOR SELECT
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = organizations.id AND m.user_id = app_user_id()))`);

    // refresh tokens follow their session (looked up by hash only through the system role)
    await q(`ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE refresh_tokens FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY via_session ON refresh_tokens
      USING (EXISTS (SELECT 1 FROM sessions s WHERE s.id = refresh_tokens.session_id))
      WITH CHECK (EXISTS (SELECT 1 FROM sessions s WHERE s.id = refresh_tokens.session_id))`);

    await q(`GRANT USAGE ON SCHEMA public TO orgpulse_app, orgpulse_system`);
    for (const [t, privileges] of Object.entries(APP_GRANTS)) {
      await q(`GRANT ${privileges} ON "${t}" TO orgpulse_app`);
      await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${t}" TO orgpulse_system`);
    }
    for (const t of SYSTEM_ONLY) await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${t}" TO orgpulse_system`);
    // tables of later migrations (created by this same owner) get the same DML, never ownership
    await q(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO orgpulse_app`);
    await q(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO orgpulse_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM orgpulse_app, orgpulse_system`);
    for (const t of [...Object.keys(APP_GRANTS), ...SYSTEM_ONLY]) await q(`REVOKE ALL ON "${t}" FROM orgpulse_app, orgpulse_system`);
    await q(`REVOKE USAGE ON SCHEMA public FROM orgpulse_app, orgpulse_system`);
    await q(`DROP POLICY via_session ON refresh_tokens`);
    await q(`DROP POLICY member_of ON organizations`);
    await q(`DROP POLICY own_sessions_end ON sessions`);
    await q(`DROP POLICY own_sessions_read ON sessions`);
    await q(`DROP POLICY own_recovery_codes ON recovery_codes`);
    await q(`DROP POLICY own_account_tokens ON account_tokens`);
    await q(`DROP POLICY own_memberships ON memberships`);
    for (const t of [...TENANT_TABLES, 'organizations']) await q(`DROP POLICY tenant_isolation ON "${t}"`);
    for (const t of [...TENANT_TABLES, 'organizations', 'refresh_tokens', 'recovery_codes']) {
      await q(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${t}" DISABLE ROW LEVEL SECURITY`);
    }
    await q(`DROP FUNCTION app_user_id()`);
    await q(`DROP FUNCTION app_organization_id()`);
    // the roles stay: they belong to the cluster, and other databases may use them
  }
}
