import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access review's weekly email (modules/review): the organization's opt-in, and one
 * schedule row per organization that turned it on. The schedule is a tenant table (row-level
 * security like the others): the app role writes it when the setting is turned on; the job
 * reads and advances it as the system role.
 */
export class AccessReview1796512000000 implements MigrationInterface {
  name = 'AccessReview1796512000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      'CREATE TABLE "access_review_schedules" ("organization_id" uuid NOT NULL, "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_27f24ed0c9c822e6092746ce456" PRIMARY KEY ("organization_id"))',
    );
    await q('CREATE INDEX "access_review_schedules_due_idx" ON "access_review_schedules" ("next_run_at") ');
    await q('ALTER TABLE "organizations" ADD "weekly_access_review_email" boolean NOT NULL DEFAULT false');
    await q(
      'ALTER TABLE "access_review_schedules" ADD CONSTRAINT "FK_27f24ed0c9c822e6092746ce456" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q('ALTER TABLE "access_review_schedules" ENABLE ROW LEVEL SECURITY');
    await q('ALTER TABLE "access_review_schedules" FORCE ROW LEVEL SECURITY');
    await q(`CREATE POLICY tenant_isolation ON "access_review_schedules"
      USING (organization_id = app_organization_id()) WITH CHECK (organization_id = app_organization_id())`);
    await q('REVOKE ALL ON "access_review_schedules" FROM orgpulse_app, orgpulse_system');
    await q('GRANT SELECT, INSERT ON "access_review_schedules" TO orgpulse_app');
    await q('GRANT SELECT, INSERT, UPDATE, DELETE ON "access_review_schedules" TO orgpulse_system');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q('DROP TABLE "access_review_schedules"');
    await q('ALTER TABLE "organizations" DROP COLUMN "weekly_access_review_email"');
  }
}
