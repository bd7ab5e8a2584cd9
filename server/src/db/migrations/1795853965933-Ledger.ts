import { MigrationInterface, QueryRunner } from 'typeorm';

export class Ledger1795853965933 implements MigrationInterface {
  name = 'Ledger1795853965933';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "api_keys_org_member_idx" ON "api_keys" ("organization_id", "membership_id", "created_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "api_keys_secret_hash_key" ON "api_keys" ("secret_hash") ');
    await queryRunner.query(
      'CREATE TABLE "credit_balances" ("organization_id" uuid NOT NULL, "balance" bigint NOT NULL DEFAULT \'0\', "low_balance_threshold" bigint, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credit_balances_threshold_nonnegative" CHECK (low_balance_threshold IS NULL OR low_balance_threshold >= 0), CONSTRAINT "credit_balances_balance_nonnegative" CHECK (balance >= 0), CONSTRAINT "PK_2c5b34b1029a5ec187a07e3f1f7" PRIMARY KEY ("organization_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "credit_transactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "amount" bigint NOT NULL, "balance_after" bigint NOT NULL, "membership_id" uuid, "api_key_id" uuid, "note" character varying(500), "idempotency_key" character varying(200), "request_hash" character varying(64), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credit_transactions_balance_after_nonnegative" CHECK (balance_after >= 0), CONSTRAINT "credit_transactions_amount_sign" CHECK ((kind = \'TOP_UP\' AND amount > 0) OR (kind = \'USAGE\' AND amount < 0) OR (kind = \'ADJUSTMENT\' AND amount <> 0)), CONSTRAINT "credit_transactions_kind_check" CHECK (kind IN (\'TOP_UP\', \'USAGE\', \'ADJUSTMENT\')), CONSTRAINT "PK_a408319811d1ab32832ec86fc2c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "credit_transactions_org_key_key" ON "credit_transactions" ("organization_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "credit_transactions_org_nonusage_idx" ON "credit_transactions" ("organization_id", "created_at", "id") WHERE kind <> \'USAGE\'',
    );
    await queryRunner.query(
      'CREATE INDEX "credit_transactions_org_created_idx" ON "credit_transactions" ("organization_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "resources_kind_check" CHECK (kind IN (\'INSTANCE\', \'AGENT\')), CONSTRAINT "PK_632484ab9dff41bba94f9b7c85e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "resources_org_created_idx" ON "resources" ("organization_id", "created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "usage_daily" ("organization_id" uuid NOT NULL, "day" date NOT NULL, "membership_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "operation" character varying(100) NOT NULL, "credits" bigint NOT NULL DEFAULT \'0\', "count" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_d878d46f0d95a60c60d8a0a4ca5" PRIMARY KEY ("organization_id", "day", "membership_id", "resource_id", "operation"))',
    );
    await queryRunner.query('CREATE INDEX "usage_daily_org_member_day_idx" ON "usage_daily" ("organization_id", "membership_id", "day") ');
    await queryRunner.query(
      'CREATE TABLE "usage_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "api_key_id" uuid, "resource_id" uuid, "operation" character varying(100) NOT NULL, "credits" bigint NOT NULL, "transaction_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "usage_records_credits_positive" CHECK (credits > 0), CONSTRAINT "PK_e511cf9f7dc53851569f87467a5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "usage_records_transaction_key" ON "usage_records" ("transaction_id") ');
    await queryRunner.query(
      'CREATE INDEX "usage_records_org_resource_created_idx" ON "usage_records" ("organization_id", "resource_id", "created_at", "id") WHERE resource_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "usage_records_org_member_created_idx" ON "usage_records" ("organization_id", "membership_id", "created_at", "id") ',
    );
    await queryRunner.query('CREATE INDEX "usage_records_org_created_idx" ON "usage_records" ("organization_id", "created_at", "id") ');
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_a283bdef18876e525aefaec042f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_503678d167a7ce77629addb9433" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_balances" ADD CONSTRAINT "FK_2c5b34b1029a5ec187a07e3f1f7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_transactions" ADD CONSTRAINT "FK_3ac635b45ada3c5a270b664a6e7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_transactions" ADD CONSTRAINT "FK_625848beee885c316d2bbba427d" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_transactions" ADD CONSTRAINT "FK_af0858bfd6bb90e3c3acff81343" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resources" ADD CONSTRAINT "FK_d1f8731cad7b4d6567a1019c26f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "resources" ADD CONSTRAINT "FK_08a6953a0afd84b04e3560ceb22" FOREIGN KEY ("created_by_id") REFERENCES "memberships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "usage_daily" ADD CONSTRAINT "FK_ffb88c355555d223df0c5754a8f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "usage_records" ADD CONSTRAINT "FK_2908478bc9172434a2452e57a1f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "usage_records" ADD CONSTRAINT "FK_be148288a74e257aa8af8bcaea9" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "usage_records" ADD CONSTRAINT "FK_25f881c575d75b946cd89c30665" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "usage_records" ADD CONSTRAINT "FK_3060fe81aeb6924eec9494cf88b" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "usage_records" ADD CONSTRAINT "FK_00a042a65bd53871cf00ea73c69" FOREIGN KEY ("transaction_id") REFERENCES "credit_transactions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    // The ledger is append-only: a correction is a new entry, never an edit (hand-written: TypeORM cannot express triggers).
    await queryRunner.query(`CREATE FUNCTION credit_transactions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'credit_transactions is append-only: write a new entry instead of changing one';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER credit_transactions_no_update BEFORE UPDATE ON credit_transactions
      FOR EACH ROW EXECUTE FUNCTION credit_transactions_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER credit_transactions_no_update ON credit_transactions`);
    await queryRunner.query(`DROP FUNCTION credit_transactions_append_only()`);
    await queryRunner.query('ALTER TABLE "usage_records" DROP CONSTRAINT "FK_00a042a65bd53871cf00ea73c69"');
    await queryRunner.query('ALTER TABLE "usage_records" DROP CONSTRAINT "FK_3060fe81aeb6924eec9494cf88b"');
    await queryRunner.query('ALTER TABLE "usage_records" DROP CONSTRAINT "FK_25f881c575d75b946cd89c30665"');
    await queryRunner.query('ALTER TABLE "usage_records" DROP CONSTRAINT "FK_be148288a74e257aa8af8bcaea9"');
    await queryRunner.query('ALTER TABLE "usage_records" DROP CONSTRAINT "FK_2908478bc9172434a2452e57a1f"');
    await queryRunner.query('ALTER TABLE "usage_daily" DROP CONSTRAINT "FK_ffb88c355555d223df0c5754a8f"');
    await queryRunner.query('ALTER TABLE "resources" DROP CONSTRAINT "FK_08a6953a0afd84b04e3560ceb22"');
    await queryRunner.query('ALTER TABLE "resources" DROP CONSTRAINT "FK_d1f8731cad7b4d6567a1019c26f"');
    await queryRunner.query('ALTER TABLE "credit_transactions" DROP CONSTRAINT "FK_af0858bfd6bb90e3c3acff81343"');
    await queryRunner.query('ALTER TABLE "credit_transactions" DROP CONSTRAINT "FK_625848beee885c316d2bbba427d"');
    await queryRunner.query('ALTER TABLE "credit_transactions" DROP CONSTRAINT "FK_3ac635b45ada3c5a270b664a6e7"');
    await queryRunner.query('ALTER TABLE "credit_balances" DROP CONSTRAINT "FK_2c5b34b1029a5ec187a07e3f1f7"');
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_503678d167a7ce77629addb9433"');
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_a283bdef18876e525aefaec042f"');
    await queryRunner.query('DROP INDEX "public"."usage_records_org_created_idx"');
    await queryRunner.query('DROP INDEX "public"."usage_records_org_member_created_idx"');
    await queryRunner.query('DROP INDEX "public"."usage_records_org_resource_created_idx"');
    await queryRunner.query('DROP INDEX "public"."usage_records_transaction_key"');
    await queryRunner.query('DROP TABLE "usage_records"');
    await queryRunner.query('DROP INDEX "public"."usage_daily_org_member_day_idx"');
    await queryRunner.query('DROP TABLE "usage_daily"');
    await queryRunner.query('DROP INDEX "public"."resources_org_created_idx"');
    await queryRunner.query('DROP TABLE "resources"');
    await queryRunner.query('DROP INDEX "public"."credit_transactions_org_created_idx"');
    await queryRunner.query('DROP INDEX "public"."credit_transactions_org_nonusage_idx"');
    await queryRunner.query('DROP INDEX "public"."credit_transactions_org_key_key"');
    await queryRunner.query('DROP TABLE "credit_transactions"');
    await queryRunner.query('DROP TABLE "credit_balances"');
    await queryRunner.query('DROP INDEX "public"."api_keys_secret_hash_key"');
    await queryRunner.query('DROP INDEX "public"."api_keys_org_member_idx"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
