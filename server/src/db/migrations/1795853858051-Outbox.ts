import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1795853858051 implements MigrationInterface {
  name = 'Outbox1795853858051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "caught_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "envelope_from" character varying(320), "envelope_to" text NOT NULL, "subject" text NOT NULL DEFAULT \'\', "text" text NOT NULL DEFAULT \'\', "html" text, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99c99d9707fc00e88103b02d840" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "caught_emails_received_idx" ON "caught_emails" ("received_at") ');
    await queryRunner.query(
      'CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "membership_id" uuid, "kind" character varying(40) NOT NULL, "to" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claim_token" uuid, "last_error" character varying(1000), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "email_outbox_status_check" CHECK (status IN (\'PENDING\', \'SENT\', \'FAILED\')), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "email_outbox_org_created_idx" ON "email_outbox" ("organization_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "email_outbox_membership_idx" ON "email_outbox" ("membership_id", "created_at") ');
    await queryRunner.query('CREATE INDEX "email_outbox_due_idx" ON "email_outbox" ("next_attempt_at") WHERE status = \'PENDING\'');
    await queryRunner.query(
      'ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_a5fc4547a1d292be594656c0c2d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_ce2cbc9fab8711b2174495b876b" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_ce2cbc9fab8711b2174495b876b"');
    await queryRunner.query('ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_a5fc4547a1d292be594656c0c2d"');
    await queryRunner.query('DROP INDEX "public"."email_outbox_due_idx"');
    await queryRunner.query('DROP INDEX "public"."email_outbox_membership_idx"');
    await queryRunner.query('DROP INDEX "public"."email_outbox_org_created_idx"');
    await queryRunner.query('DROP TABLE "email_outbox"');
    await queryRunner.query('DROP INDEX "public"."caught_emails_received_idx"');
    await queryRunner.query('DROP TABLE "caught_emails"');
  }
}
