import { rateLimited } from '../../common/errors';

interface Bucket {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export interface ThrottleOptions {
  /** Failures allowed before each further failure adds a growing wait. */
  freeFailures: number;
  /** Longest wait: the account is slowed down, never locked for good. */
  maxLockMs: number;
  /** A quiet period after which failures are forgotten. */
  forgetAfterMs: number;
}

/**
 * Slows password guessing per account and per address: after a few failures each further
 * failure doubles the wait (1 s, 2 s, 4 s … capped at 15 min). A success clears the
 * account's count. Each attempt counts, so fifty aliased logIn fields count as fifty.
 */
export class LoginThrottle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly account: ThrottleOptions = { freeFailures: 5, maxLockMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
    private readonly address: ThrottleOptions = { freeFailures: 20, maxLockMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  private keys(email: string, ip: string): Array<[string, ThrottleOptions]> {
    return [
      [`a:${email}`, this.account],
      [`i:${ip}`, this.address],
    ];
  }

  /** Throws RATE_LIMITED while either the account or the address is waiting. */
  check(email: string, ip: string): void {
    const now = this.now();
    let wait = 0;
    for (const [key, opts] of this.keys(email, ip)) {
      const b = this.buckets.get(key);
      if (!b) continue;
      if (now - b.lastFailure > opts.forgetAfterMs) {
        this.buckets.delete(key);
        continue;
      }
      wait = Math.max(wait, b.lockedUntil - now);
    }
    if (wait > 0) throw rateLimited(Math.ceil(wait / 1000));
  }

  fail(email: string, ip: string): void {
    const now = this.now();
    for (const [key, opts] of this.keys(email, ip)) {
      const b = this.buckets.get(key) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
      b.failures += 1;
      b.lastFailure = now;
      const over = b.failures - opts.freeFailures;
      if (over > 0) b.lockedUntil = now + Math.min(opts.maxLockMs, 1000 * 2 ** Math.min(over - 1, 30));
      this.buckets.set(key, b);
    }
    if (this.buckets.size > 100_000) this.sweep(now);
  }

  succeed(email: string): void {
    this.buckets.delete(`a:${email}`);
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (now - b.lastFailure > this.account.forgetAfterMs) this.buckets.delete(key);
  }
}
