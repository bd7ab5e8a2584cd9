import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796120633124 implements MigrationInterface {
  name = 'Webhooks1796120633124';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" character varying(2048) NOT NULL, "events" character varying(40) array NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "secret_encrypted" text NOT NULL, "consecutive_failures" integer NOT NULL DEFAULT \'0\', "failing_since" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "webhook_endpoints_org_idx" ON "webhook_endpoints" ("organization_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "event_type" character varying(40) NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claim_token" uuid, "response_status" integer, "response_excerpt" character varying(256), "last_error" character varying(500), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "webhook_deliveries_status_check" CHECK (status IN (\'PENDING\', \'SUCCEEDED\', \'FAILED\')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "webhook_deliveries_org_idx" ON "webhook_deliveries" ("organization_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" ("endpoint_id", "created_at") ');
    await queryRunner.query(
      'CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" ("next_attempt_at") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_893247a8681e31f117a34b4fb46" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_f9942da65d9e85fbd78e1a9bfc1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"');
    await queryRunner.query('ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_f9942da65d9e85fbd78e1a9bfc1"');
    await queryRunner.query('ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_893247a8681e31f117a34b4fb46"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_due_idx"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_endpoint_idx"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_org_idx"');
    await queryRunner.query('DROP TABLE "webhook_deliveries"');
    await queryRunner.query('DROP INDEX "public"."webhook_endpoints_org_idx"');
    await queryRunner.query('DROP TABLE "webhook_endpoints"');
  }
}
