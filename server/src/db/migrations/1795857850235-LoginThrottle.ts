import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottle1795857850235 implements MigrationInterface {
  name = 'LoginThrottle1795857850235';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_throttle" ("key" character varying(64) NOT NULL, "failures" integer NOT NULL, "last_failure" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))',
    );
    await queryRunner.query('CREATE INDEX "login_throttle_last_failure_idx" ON "login_throttle" ("last_failure") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."login_throttle_last_failure_idx"');
    await queryRunner.query('DROP TABLE "login_throttle"');
  }
}
