import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's filters (by action, actor, target) page in keyset order on an index each:
 * equality first, then (created_at, id), so a deep filtered page reads one index range;
 * actor and action together have their own (the SPA sends both often: "what did Ada change").
 */
export class AuditLogFilters1796510000000 implements MigrationInterface {
  name = 'AuditLogFilters1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "audit_events_org_action_created_idx" ON "audit_events" ("organization_id", "action", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_org_actor_created_idx" ON "audit_events" ("organization_id", "actor_membership_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_org_actor_action_created_idx" ON "audit_events" ("organization_id", "actor_membership_id", "action", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_org_target_created_idx" ON "audit_events" ("organization_id", "target_id", "created_at", "id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."audit_events_org_target_created_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_org_actor_action_created_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_org_actor_created_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_org_action_created_idx"');
  }
}
