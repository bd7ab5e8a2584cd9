import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fixed-window counters of the query-cost rate limits (common/rate-limit.ts, PostgreSQL
 * store). No entity: only the limiter's UPSERT reads and writes it. UNLOGGED: a counter
 * lost in a crash only gives a caller a fresh minute, and it skips the WAL on every request.
 */
export class RateLimits1796400000000 implements MigrationInterface {
  name = 'RateLimits1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNLOGGED TABLE "rate_limit_windows" ("bucket" character varying(100) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "used" bigint NOT NULL, CONSTRAINT "rate_limit_windows_pkey" PRIMARY KEY ("bucket", "window_start"))',
    );
    await queryRunner.query('CREATE INDEX "rate_limit_windows_start_idx" ON "rate_limit_windows" ("window_start")');
    // not a tenant table (no row-level security): the app role counts, and sweeps old windows
    await queryRunner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON "rate_limit_windows" TO orgpulse_app, orgpulse_system');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "rate_limit_windows"');
  }
}
