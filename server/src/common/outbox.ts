import type { DataSource } from 'typeorm';

/**
 * What the outbox workers (mail, webhooks) share: the poll loop and the claim.
 *
 * A worker claims a batch of due rows in one committed statement (`FOR UPDATE SKIP LOCKED`),
 * which pushes each row's `next_attempt_at` a lease ahead, counts the attempt and records a
 * claim token. Concurrent workers, in this process or another node, never claim the same row,
 * and a row whose worker died comes back when its lease runs out. Delivery is therefore
 * at-least-once; each worker says how a receiver recognises a repeat.
 */
export abstract class PollingOutboxWorker {
  private running = false;
  private loopDone: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private failing = false;

  protected constructor(
    /** Names the worker in its log lines: "mail worker", "webhook worker". */
    private readonly label: string,
    protected readonly batchSize: number,
    protected readonly log: (message: string) => void,
  ) {}

  /** Claims one batch of due rows and handles it. Returns how many rows it claimed. */
  abstract runOnce(): Promise<number>;

  /** Pause between polls when fewer than a batch were due. */
  protected abstract pollMs(): number;

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  /** Stops polling and waits for the batch in hand (its claims are committed; a cut-off one is retried after its lease). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loopDone;
    this.loopDone = null;
  }

  /** Poll now instead of at the next tick. */
  nudge(): void {
    this.wake?.();
  }

  /** Logs each outcome that could not be recorded (the database went away mid-batch): those rows come back after their lease. */
  protected reportUnrecorded(results: PromiseSettledResult<unknown>[]): void {
    for (const r of results) {
      if (r.status === 'rejected')
        this.log(`${this.label}: could not record a delivery (${errorText(r.reason)}); it will be retried after its lease`);
    }
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.runOnce();
        if (this.failing) this.log(`${this.label}: the database is reachable again`);
        this.failing = false;
      } catch (err) {
        // the database is down or restarting: keep polling, say so once
        if (!this.failing) this.log(`${this.label}: cannot read the outbox (${errorText(err)}); retrying`);
        this.failing = true;
      }
      if (this.running && claimed < this.batchSize) await this.sleep(this.pollMs());
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

export interface ClaimOptions {
  /** The outbox table: a constant of the worker's, never input. */
  table: 'email_outbox' | 'webhook_deliveries';
  /** Columns of the claimed rows to return (constants, qualified by the alias `o`). */
  returning: string;
  batchSize: number;
  token: string;
  leaseMs: number;
}

/** The wait before the next attempt: `baseMs` doubling per attempt made, capped, with ±20% jitter. */
export function retryDelayMs(baseMs: number, attemptsMade: number, capMs: number): number {
  return Math.min(baseMs * 2 ** (attemptsMade - 1), capMs) * (0.8 + Math.random() * 0.4);
}

/** One line of an error for a log: code, SMTP reply code and message, whitespace folded. */
export function errorText(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string };
  const parts = [e.code, e.responseCode, e.message ?? String(err)].filter((x) => x !== undefined && x !== '');
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, 1000);
}

/**
 * Claims up to `batchSize` due PENDING rows of an outbox table for `leaseMs`, oldest due first,
 * then runs `select` over the `claimed` rows (e.g. to join what delivering them needs).
 */
export async function claimDue<T>(ds: DataSource, o: ClaimOptions, select = 'SELECT * FROM claimed'): Promise<T[]> {
  return ds.query(
    `WITH due AS (
       SELECT id FROM ${o.table}
       WHERE status = 'PENDING' AND next_attempt_at <= now()
       ORDER BY next_attempt_at
       LIMIT $1
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE ${o.table} o
       SET attempts = o.attempts + 1, claim_token = $2, next_attempt_at = now() + make_interval(secs => $3::double precision)
       FROM due WHERE o.id = due.id
       RETURNING ${o.returning}
     )
     ${select}`,
    [o.batchSize, o.token, o.leaseMs / 1000],
  );
}
