import { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberAllowances1795858433555 implements MigrationInterface {
  name = 'MemberAllowances1795858433555';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "memberships" ADD "monthly_allowance" bigint');
    await queryRunner.query('ALTER TABLE "credit_balances" ADD "allowance_member_ids" uuid array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "memberships_monthly_allowance_positive" CHECK (monthly_allowance IS NULL OR monthly_allowance > 0)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "memberships_monthly_allowance_positive"');
    await queryRunner.query('ALTER TABLE "credit_balances" DROP COLUMN "allowance_member_ids"');
    await queryRunner.query('ALTER TABLE "memberships" DROP COLUMN "monthly_allowance"');
  }
}
