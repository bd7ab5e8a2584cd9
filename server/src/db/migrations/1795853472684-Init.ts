import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795853472684 implements MigrationInterface {
  name = 'Init1795853472684';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "password_hash" character varying(100) NOT NULL, "must_change_password" boolean NOT NULL DEFAULT false, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_email_normalized" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") ');
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'ACTIVE\', "invited_by_id" uuid, "email_status" character varying(16) NOT NULL DEFAULT \'NOT_SENT\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_active_at" TIMESTAMP WITH TIME ZONE, "status_changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "memberships_email_status_check" CHECK (email_status IN (\'NOT_SENT\', \'PENDING\', \'SENT\', \'FAILED\')), CONSTRAINT "memberships_owner_active" CHECK (role <> \'OWNER\' OR status = \'ACTIVE\'), CONSTRAINT "memberships_status_check" CHECK (status IN (\'ACTIVE\', \'SUSPENDED\', \'REMOVED\')), CONSTRAINT "memberships_role_check" CHECK (role IN (\'OWNER\', \'ADMIN\', \'MEMBER\', \'GUEST\')), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "memberships_org_created_idx" ON "memberships" ("organization_id", "created_at", "id") ');
    await queryRunner.query('CREATE INDEX "memberships_user_idx" ON "memberships" ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "memberships_one_owner" ON "memberships" ("organization_id") WHERE role = \'OWNER\'');
    await queryRunner.query('CREATE UNIQUE INDEX "memberships_org_user_key" ON "memberships" ("organization_id", "user_id") ');
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "action" character varying(60) NOT NULL, "actor_membership_id" uuid, "target_id" uuid, "details" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "audit_events_org_created_idx" ON "audit_events" ("organization_id", "created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), "user_agent" character varying(300), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_membership_idx" ON "sessions" ("membership_id") ');
    await queryRunner.query('CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("token_hash" character varying(64) NOT NULL, "session_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a7838d2ba25be1342091b6695f1" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query('CREATE INDEX "refresh_tokens_session_idx" ON "refresh_tokens" ("session_id") ');
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_e5380c394ec7912046d07b54290" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_6568bbb6ed632a258ef214dc6c9" FOREIGN KEY ("invited_by_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "FK_b311cc8b906d3a837432754c53d" FOREIGN KEY ("actor_membership_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_b4fc0640651033ce419a1fb2b79" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_b4fc0640651033ce419a1fb2b79"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "FK_b311cc8b906d3a837432754c53d"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_6568bbb6ed632a258ef214dc6c9"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_e5380c394ec7912046d07b54290"');
    await queryRunner.query('DROP INDEX "public"."refresh_tokens_session_idx"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."sessions_user_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_membership_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."audit_events_org_created_idx"');
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query('DROP INDEX "public"."memberships_org_user_key"');
    await queryRunner.query('DROP INDEX "public"."memberships_one_owner"');
    await queryRunner.query('DROP INDEX "public"."memberships_user_idx"');
    await queryRunner.query('DROP INDEX "public"."memberships_org_created_idx"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "organizations"');
  }
}
