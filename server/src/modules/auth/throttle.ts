import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, rateLimited } from '../../common/errors';
import { metrics } from '../../common/metrics';
import { ErrorCode } from '@orgpulse/shared';

/**
 * Attempt throttling for everything that checks a secret or sends mail (sign-in, the
 * password re-check, the second factor, sign-up, password reset), in PostgreSQL so every
 * server process shares the counts and a restart does not reset them.
 *
 * Reserve first, then evaluate. `reserve()` counts the attempt and checks the limit in the
 * same statement (one atomic UPSERT … RETURNING per key, all keys in one transaction), before
 * bcrypt runs. Forty parallel guesses therefore take forty numbers from the counter: the first
 * `free` go on, the `free`-th one also sets the wait, the rest are refused at once. Each key
 * also caps its attempts in flight. `settle()` then records the outcome: a success clears
 * the account's count and refunds the address its attempt, a failure keeps it counted.
 *
 * In front of PostgreSQL, each process counts the attempts it has in flight per key, and
 * remembers (in memory, bounded) the hard keys PostgreSQL refused it a few times in a row, with
 * the end of their wait. An attempt on such a key before its wait ends, or with `maxInFlight`
 * attempts of this process already in flight, is refused at once with no SQL: PostgreSQL would
 * refuse it too, without counting it (a waiting key's row is not updated). So a flood on one
 * account or from one address costs a memory lookup per attempt instead of a transaction queued
 * on the same rows. (A wait lifted by hand in the table is therefore still kept by a process
 * that learnt it this way, until it would have ended.)
 *
 * Kinds of keys (the stored key is a SHA-256, so attempted emails are not kept in clear):
 * - `hard`: refused while waiting (account, address+account, sign-ups per address…).
 * - `soft`: the per-address sign-in limit. Once it is spent, attempts from that address are
 *   still evaluated (within the much larger `hard` address budget), but only a correct password
 *   gets through; a wrong one answers RATE_LIMITED like a refusal. A flood of wrong passwords
 *   for other accounts from a shared address (an office NAT, 127.0.0.1) therefore slows the
 *   flood without locking out the owner who knows their password.
 */
interface Limit {
  /** Attempts allowed in a burst; the `free`-th one starts the wait. */
  free: number;
  /** Attempts of this key whose outcome is not known yet (bcrypt running). */
  maxInFlight: number;
}

export interface ThrottleConfig {
  /** The first wait; each further attempt after it doubles the wait. */
  baseWaitMs: number;
  /** The longest wait: slowed down, never locked out for good. */
  maxWaitMs: number;
  /** A quiet period after which a key's count starts over. */
  forgetAfterMs: number;
  account: Limit;
  /** One address guessing one account. */
  addressAccount: Limit;
  /** One address, any account: the soft limit (see above). */
  address: Limit;
  /** One address, any account: the hard limit, for correct passwords past the soft one. */
  addressHard: Limit;
  /** Sign-ups from one address. */
  signUps: Limit;
  /** Password-reset requests and resets, per address and per account. */
  resetsPerAddress: Limit;
  resetsPerAccount: Limit;
  /** bcrypt work: at most `concurrency` at once, `queue` waiting; beyond: RATE_LIMITED at once. */
  bcrypt: { concurrency: number; queue: number };
}

export const DEFAULT_THROTTLE: ThrottleConfig = {
  baseWaitMs: 1000,
  maxWaitMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  account: { free: 5, maxInFlight: 5 },
  addressAccount: { free: 10, maxInFlight: 5 },
  address: { free: 20, maxInFlight: 20 },
  addressHard: { free: 200, maxInFlight: 20 },
  signUps: { free: 10, maxInFlight: 5 },
  resetsPerAddress: { free: 10, maxInFlight: 5 },
  resetsPerAccount: { free: 3, maxInFlight: 2 },
  bcrypt: { concurrency: 4, queue: 64 },
};

/** The wait started by the n-th attempt in a row: none before `free`, then base, 2×base, 4×base… capped. */
export function waitMsAt(attempt: number, free: number, cfg: Pick<ThrottleConfig, 'baseWaitMs' | 'maxWaitMs'>): number {
  if (attempt < free) return 0;
  return Math.min(cfg.maxWaitMs, cfg.baseWaitMs * 2 ** Math.min(attempt - free, 30));
}

export function throttleKey(kind: string, ...parts: string[]): string {
  return createHash('sha256')
    .update(`${kind}:${parts.join('\u0000')}`)
    .digest('hex');
}

export interface KeySpec {
  key: string;
  limit: Limit;
  /** A soft key never refuses: when it is spent, the reservation says `softOver`. */
  soft?: boolean;
  /** What a success does to this key: clear it (account keys) or give the attempt back (address keys). */
  onSuccess?: 'clear' | 'refund' | 'keep';
}

export interface Reservation {
  /** A soft key was spent: only a correct secret may pass; answer a wrong one with RATE_LIMITED. */
  softOver: boolean;
  /** Seconds until the soft key frees up (for that RATE_LIMITED). */
  softRetryAfterSeconds: number;
  settle(outcome: 'success' | 'failure'): Promise<void>;
}

/** A stale in-flight count (a process died mid-attempt) is dropped after this quiet time. */
const IN_FLIGHT_STALE_SECONDS = 30;

/** Retry-After: whole seconds, at least 1. */
const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

class Refused extends Error {
  constructor(
    readonly waitMs: number,
    readonly key: string,
  ) {
    super('refused');
  }
}

const RESERVE_SQL = `
  WITH prev AS (SELECT failures, last_failure FROM login_throttle WHERE key = $1)
  INSERT INTO login_throttle AS t (key, failures, last_failure, locked_until, in_flight)
  VALUES ($1, 1, now(), CASE WHEN $2::int <= 1 THEN now() + make_interval(secs => $4::double precision) END, 1)
  ON CONFLICT (key) DO UPDATE SET
    failures = CASE WHEN t.last_failure < now() - make_interval(secs => $3::double precision) THEN 1 ELSE t.failures + 1 END,
    in_flight = CASE WHEN t.last_failure < now() - make_interval(secs => ${IN_FLIGHT_STALE_SECONDS}) THEN 1 ELSE t.in_flight + 1 END,
    last_failure = now(),
    locked_until = CASE
      WHEN (CASE WHEN t.last_failure < now() - make_interval(secs => $3::double precision) THEN 1 ELSE t.failures + 1 END) >= $2::int
      THEN now() + make_interval(secs => least($5::double precision, $4::double precision * power(2, least(
             (CASE WHEN t.last_failure < now() - make_interval(secs => $3::double precision) THEN 1 ELSE t.failures + 1 END) - $2::int, 30))))
      ELSE t.locked_until END
  WHERE (t.locked_until IS NULL OR t.locked_until <= now())
    AND (t.in_flight < $6::int OR t.last_failure < now() - make_interval(secs => ${IN_FLIGHT_STALE_SECONDS}))
  RETURNING failures`;

/** Hard keys this process knows to be waiting: key → until when (ms, this process's clock). */
const KNOWN_WAITS = 50_000;
/** PostgreSQL's refusals of a key before this process answers for it from memory until its wait ends. */
const MEMORY_AFTER_REFUSALS = 3;

export class Throttle {
  private sweeps = 0;
  private bcryptRunning = 0;
  private readonly bcryptWaiting: Array<() => void> = [];
  private readonly waiting = new LRUCache<string, number>({ max: KNOWN_WAITS });
  /** How many times PostgreSQL refused each key for this process (since its last success). */
  private readonly refusals = new LRUCache<string, number>({ max: KNOWN_WAITS });
  /** Attempts of this process in flight per hard key, and when the last one started. */
  private readonly inFlight = new Map<string, { n: number; at: number }>();

  constructor(
    private readonly ds: DataSource,
    readonly config: ThrottleConfig = DEFAULT_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds a hard key of `specs` is known (here) to wait, or too many of its attempts in flight here; 0: ask PostgreSQL. */
  private knownRefusal(specs: KeySpec[]): number {
    const now = this.now();
    let wait = 0;
    for (const spec of specs) {
      if (spec.soft) continue;
      const until = this.waiting.get(spec.key);
      if (until !== undefined) {
        if (until > now) wait = Math.max(wait, Math.ceil((until - now) / 1000));
        else this.waiting.delete(spec.key);
      }
      const flying = this.inFlight.get(spec.key);
      // like PostgreSQL, a count not touched for a while is stale (an attempt that was never settled)
      if (flying && flying.at < now - IN_FLIGHT_STALE_SECONDS * 1000) this.inFlight.delete(spec.key);
      else if (!wait && flying && flying.n >= spec.limit.maxInFlight) wait = 1;
    }
    return wait;
  }

  private track(specs: KeySpec[], delta: 1 | -1): void {
    for (const spec of specs) {
      const flying = this.inFlight.get(spec.key);
      const n = (flying?.n ?? 0) + delta;
      if (n > 0) this.inFlight.set(spec.key, { n, at: delta > 0 ? this.now() : (flying?.at ?? this.now()) });
      else this.inFlight.delete(spec.key);
    }
  }

  /**
   * Counts one attempt on every key, or on none: throws RATE_LIMITED (with retryAfterSeconds)
   * when a hard key is waiting or has too many attempts in flight. Keys are taken in a fixed
   * order, so concurrent reservations queue on the rows instead of deadlocking.
   */
  async reserve(specs: KeySpec[]): Promise<Reservation> {
    const ordered = [...specs].sort((a, b) => (a.key < b.key ? -1 : 1));
    const here = this.knownRefusal(ordered);
    if (here) {
      metrics.loginThrottled.inc();
      throw rateLimited(here);
    }
    const hard = ordered.filter((s) => !s.soft);
    // counted from here to the settlement (PostgreSQL counts from its commit: this is never fewer)
    this.track(hard, 1);
    const startedAt = this.now();
    let result: { softOver: boolean; softWait: number };
    try {
      result = await this.ds.transaction(async (em) => {
        let softOver = false;
        let softWait = 0;
        for (const spec of ordered) {
          const rows: Array<{ failures: number }> = await em.query(RESERVE_SQL, [
            spec.key,
            spec.limit.free,
            this.config.forgetAfterMs / 1000,
            this.config.baseWaitMs / 1000,
            this.config.maxWaitMs / 1000,
            spec.limit.maxInFlight,
          ]);
          if (rows.length > 0) continue;
          const waitMs = await this.waitMs(em, spec.key);
          if (!spec.soft) throw new Refused(waitMs, spec.key); // rolls back the keys counted so far: all or none
          softOver = true;
          softWait = secondsOf(waitMs);
        }
        return { softOver, softWait };
      });
    } catch (err) {
      this.track(hard, -1);
      if (err instanceof Refused) {
        // a key PostgreSQL keeps refusing is a flood: its wait is then known here (measured from
        // PostgreSQL's now(), which is later than `startedAt`, so it ends no earlier there)
        const refusals = (this.refusals.get(err.key) ?? 0) + 1;
        this.refusals.set(err.key, refusals);
        if (refusals >= MEMORY_AFTER_REFUSALS && err.waitMs > 0) this.waiting.set(err.key, startedAt + err.waitMs);
        metrics.loginThrottled.inc();
        throw rateLimited(secondsOf(err.waitMs));
      }
      throw err;
    }
    const { softOver, softWait } = result;
    if (++this.sweeps % 500 === 0) await this.sweep();
    const counted = softOver ? ordered.filter((s) => !s.soft) : ordered;
    let settled = false;
    return {
      softOver,
      softRetryAfterSeconds: softWait,
      settle: async (outcome) => {
        if (settled) return;
        settled = true;
        // a success clears or refunds its keys in PostgreSQL, which lifts a wait it started: here too
        if (outcome === 'success') {
          for (const spec of counted) {
            if ((spec.onSuccess ?? 'refund') === 'keep') continue;
            this.waiting.delete(spec.key);
            this.refusals.delete(spec.key);
          }
        }
        try {
          await this.release(counted, outcome);
        } finally {
          this.track(hard, -1);
        }
      },
    };
  }

  /** How long the key still waits (0: it does not, it has too many attempts in flight). */
  private async waitMs(em: EntityManager, key: string): Promise<number> {
    const [row]: Array<{ wait_ms: string | null }> = await em.query(
      `SELECT floor(extract(epoch FROM locked_until - now()) * 1000) AS wait_ms FROM login_throttle WHERE key = $1 AND locked_until > now()`,
      [key],
    );
    return Math.max(0, Number(row?.wait_ms ?? 0));
  }

  /** Ends the in-flight part of an attempt and applies its outcome. */
  private async release(specs: KeySpec[], outcome: 'success' | 'failure'): Promise<void> {
    if (outcome === 'failure') metrics.loginFailures.inc();
    // one row per statement, in key order: a statement never holds one row while waiting for
    // another, so it cannot deadlock with a reservation holding them in the same order
    for (const spec of [...specs].sort((a, b) => (a.key < b.key ? -1 : 1))) {
      const action = outcome === 'failure' ? 'keep' : (spec.onSuccess ?? 'refund');
      if (action === 'clear') {
        await this.ds.query(`DELETE FROM login_throttle WHERE key = $1`, [spec.key]);
      } else if (action === 'keep') {
        await this.ds.query(`UPDATE login_throttle SET in_flight = greatest(in_flight - 1, 0) WHERE key = $1`, [spec.key]);
      } else {
        // the attempt is given back; a wait it started (its count reached `free`) is lifted again
        await this.ds.query(
          `UPDATE login_throttle
              SET failures = greatest(failures - 1, 0), in_flight = greatest(in_flight - 1, 0),
                  locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
            WHERE key = $1`,
          [spec.key, spec.limit.free],
        );
      }
    }
  }

  private async sweep(): Promise<void> {
    await this.ds.query(
      `DELETE FROM login_throttle WHERE last_failure < now() - make_interval(secs => $1::double precision)
         AND (locked_until IS NULL OR locked_until < now())`,
      [this.config.forgetAfterMs / 1000],
    );
  }

  /**
   * Runs bcrypt work with at most `bcrypt.concurrency` at once (libuv has four threads by default);
   * when `bcrypt.queue` are already waiting, refuses at once with RATE_LIMITED instead of
   * letting a flood build an ever longer queue in front of real users.
   */
  async bcrypt<T>(work: () => Promise<T>): Promise<T> {
    const { concurrency, queue } = this.config.bcrypt;
    if (this.bcryptRunning >= concurrency) {
      if (this.bcryptWaiting.length >= queue) {
        throw new AppError(ErrorCode.RateLimited, 'The server is busy checking passwords. Try again in a moment.', {
          retryAfterSeconds: 1,
        });
      }
      await new Promise<void>((resolve) => this.bcryptWaiting.push(resolve));
    } else {
      this.bcryptRunning++;
    }
    try {
      return await work();
    } finally {
      const next = this.bcryptWaiting.shift();
      if (next) next();
      else this.bcryptRunning--;
    }
  }

  // ---- the key sets of each flow ----

  /** Sign-in and password re-checks: the account, the address+account pair, the address (soft and hard). */
  signInKeys(email: string, ip: string): KeySpec[] {
    const c = this.config;
    return [
      { key: throttleKey('a', email), limit: c.account, onSuccess: 'clear' },
      { key: throttleKey('ia', ip, email), limit: c.addressAccount, onSuccess: 'clear' },
      { key: throttleKey('i', ip), limit: c.address, soft: true, onSuccess: 'refund' },
      { key: throttleKey('ih', ip), limit: c.addressHard, onSuccess: 'refund' },
    ];
  }

  /** The second factor: the account (by user id) and the address. */
  mfaKeys(userId: string, ip: string): KeySpec[] {
    const c = this.config;
    return [
      { key: throttleKey('m', userId), limit: c.account, onSuccess: 'clear' },
      { key: throttleKey('mi', ip), limit: c.address, onSuccess: 'refund' },
    ];
  }

  signUpKeys(ip: string): KeySpec[] {
    return [{ key: throttleKey('s', ip), limit: this.config.signUps, onSuccess: 'keep' }];
  }

  resetRequestKeys(email: string, ip: string): KeySpec[] {
    return [
      { key: throttleKey('r', ip), limit: this.config.resetsPerAddress, onSuccess: 'keep' },
      { key: throttleKey('ra', email), limit: this.config.resetsPerAccount, onSuccess: 'keep' },
    ];
  }

  resetKeys(ip: string): KeySpec[] {
    return [{ key: throttleKey('rp', ip), limit: this.config.resetsPerAddress, onSuccess: 'refund' }];
  }

  /** Sending verification emails again, per account. */
  verificationKeys(userId: string): KeySpec[] {
    return [{ key: throttleKey('v', userId), limit: this.config.resetsPerAccount, onSuccess: 'keep' }];
  }
}
