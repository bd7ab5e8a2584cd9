import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1796116704194 implements MigrationInterface {
  name = 'Accounts1796116704194';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "purpose" character varying(24) NOT NULL, "user_id" uuid, "email" character varying(320), "organization_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_tokens_purpose_check" CHECK (purpose IN (\'password_reset\', \'email_verification\', \'mfa_login\')), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "account_tokens_hash_key" ON "account_tokens" ("token_hash") ');
    await queryRunner.query('CREATE INDEX "account_tokens_expires_idx" ON "account_tokens" ("expires_at") ');
    await queryRunner.query('CREATE INDEX "account_tokens_user_idx" ON "account_tokens" ("user_id", "purpose") ');
    await queryRunner.query(
      'CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "recovery_codes_user_hash_key" ON "recovery_codes" ("user_id", "code_hash") ');
    await queryRunner.query('ALTER TABLE "users" ADD "email_verified" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "temporary_password_expires_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_secret" character varying(200)');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_pending_secret" character varying(200)');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "totp_last_step" bigint');
    await queryRunner.query('ALTER TABLE "organizations" ADD "require_mfa" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "login_throttle" ADD "in_flight" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "sessions" ADD "mfa_passed" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "recovery_codes" DROP CONSTRAINT "FK_fb82b2ac740ca095b617afad031"');
    await queryRunner.query('ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"');
    await queryRunner.query('ALTER TABLE "sessions" DROP COLUMN "mfa_passed"');
    await queryRunner.query('ALTER TABLE "login_throttle" DROP COLUMN "in_flight"');
    await queryRunner.query('ALTER TABLE "organizations" DROP COLUMN "require_mfa"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_last_step"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_enabled_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_pending_secret"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "totp_secret"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "temporary_password_expires_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_verified_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_verified"');
    await queryRunner.query('DROP INDEX "public"."recovery_codes_user_hash_key"');
    await queryRunner.query('DROP TABLE "recovery_codes"');
    await queryRunner.query('DROP INDEX "public"."account_tokens_user_idx"');
    await queryRunner.query('DROP INDEX "public"."account_tokens_expires_idx"');
    await queryRunner.query('DROP INDEX "public"."account_tokens_hash_key"');
    await queryRunner.query('DROP TABLE "account_tokens"');
  }
}
