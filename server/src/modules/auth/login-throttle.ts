import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rateLimited } from '../../common/errors';
import { metrics } from '../../common/metrics';

export interface ThrottleOptions {
  /** Failures allowed before each further failure adds a growing wait. */
  freeFailures: number;
  /** Longest wait: the account is slowed down, never locked for good. */
  maxLockMs: number;
  /** A quiet period after which failures are forgotten. */
  forgetAfterMs: number;
}

export const ACCOUNT_LIMITS: ThrottleOptions = { freeFailures: 5, maxLockMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
export const ADDRESS_LIMITS: ThrottleOptions = { freeFailures: 20, maxLockMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };

/**
 * The wait after the `failures`-th failure in a row: none while within the free failures,
 * then 1 s, 2 s, 4 s … doubling, capped at `maxLockMs`.
 */
export function lockMsAfter(failures: number, opts: ThrottleOptions): number {
  const over = failures - opts.freeFailures;
  if (over <= 0) return 0;
  return Math.min(opts.maxLockMs, 1000 * 2 ** Math.min(over - 1, 30));
}

const keyOf = (kind: 'a' | 'i', value: string) => createHash('sha256').update(`${kind}:${value}`).digest('hex');

/**
 * Slows password guessing per account and per address, in PostgreSQL so every server
 * process shares the counts and a restart does not reset them. A success clears the
 * account's count; quiet periods forget the rest. Each attempt counts once.
 */
export class LoginThrottle {
  private sweeps = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly account: ThrottleOptions = ACCOUNT_LIMITS,
    private readonly address: ThrottleOptions = ADDRESS_LIMITS,
  ) {}

  private keys(email: string, ip: string): Array<[string, ThrottleOptions]> {
    return [
      [keyOf('a', email), this.account],
      [keyOf('i', ip), this.address],
    ];
  }

  /** Throws RATE_LIMITED while either the account or the address is waiting. */
  async check(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip).map(([k]) => k);
    const [row]: Array<{ wait_ms: string | null }> = await this.ds.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()) * 1000) AS wait_ms
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [keys],
    );
    const wait = Number(row?.wait_ms ?? 0);
    if (wait > 0) {
      metrics.loginThrottled.inc();
      throw rateLimited(Math.ceil(wait / 1000));
    }
  }

  async fail(email: string, ip: string): Promise<void> {
    metrics.loginFailures.inc();
    for (const [key, opts] of this.keys(email, ip)) {
      // count the failure (starting over after a quiet period), then set the wait it earns
      const [row]: Array<{ failures: number }> = await this.ds.query(
        `INSERT INTO login_throttle AS t (key, failures, last_failure) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE
           SET failures = CASE WHEN t.last_failure < now() - make_interval(secs => $2::double precision) THEN 1 ELSE t.failures + 1 END,
               last_failure = now()
         RETURNING failures`,
        [key, opts.forgetAfterMs / 1000],
      );
      const lockMs = lockMsAfter(row.failures, opts);
      if (lockMs > 0) {
        await this.ds.query(`UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2::double precision) WHERE key = $1`, [
          key,
          lockMs / 1000,
        ]);
      }
    }
    if (++this.sweeps % 500 === 0) {
      await this.ds.query(`DELETE FROM login_throttle WHERE last_failure < now() - make_interval(secs => $1::double precision)`, [
        this.account.forgetAfterMs / 1000,
      ]);
    }
  }

  async succeed(email: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_throttle WHERE key = $1`, [keyOf('a', email)]);
  }
}
