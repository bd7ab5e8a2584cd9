import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the app role may do to each webhook table: endpoints are deleted (with their delivery
 * log, by the foreign key's cascade, which runs as the owner); deliveries are updated (the
 * redelivery) but never deleted by a request.
 */
const APP_GRANTS: Record<string, string> = {
  webhook_endpoints: 'SELECT, INSERT, UPDATE, DELETE',
  webhook_deliveries: 'SELECT, INSERT, UPDATE',
};

/**
 * Row-level security on the webhook tables (docs/security.md, "Row-level security"), like
 * every table with organization_id in RowLevelSecurity1796200000000.
 *
 * The grants are explicit whatever order the two earlier migrations ran in: on a fresh
 * database Webhooks1796120633124 runs first, so RowLevelSecurity's table list (which does not
 * name these tables) and its ALTER DEFAULT PRIVILEGES (only for later tables) leave them
 * with no grant at all; on a database that already had RowLevelSecurity, the default
 * privileges gave the app role SELECT, INSERT, UPDATE. Both end here with exactly the grants
 * above, and DML for the system role (the delivery worker, the outbox gauge).
 */
export class WebhooksRowLevelSecurity1796300000000 implements MigrationInterface {
  name = 'WebhooksRowLevelSecurity1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const [t, privileges] of Object.entries(APP_GRANTS)) {
      await q(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY tenant_isolation ON "${t}"
        USING (organization_id = app_organization_id()) WITH CHECK (organization_id = app_organization_id())`);
      await q(`REVOKE ALL ON "${t}" FROM orgpulse_app, orgpulse_system`);
      await q(`GRANT ${privileges} ON "${t}" TO orgpulse_app`);
      await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${t}" TO orgpulse_system`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const t of Object.keys(APP_GRANTS)) {
      // closed rather than open: without their policy, the tables are no role's business
      await q(`REVOKE ALL ON "${t}" FROM orgpulse_app, orgpulse_system`);
      await q(`DROP POLICY tenant_isolation ON "${t}"`);
      await q(`ALTER TABLE "${t}" NO FORCE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${t}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
