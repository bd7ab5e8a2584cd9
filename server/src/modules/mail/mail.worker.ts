import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../common/transaction';
import { parseSingleEmail } from '../../common/validate';
import { REDACTED_BODY, SECRET_KINDS, STATUS_KINDS } from './mail.kinds';
import { rootLogger } from '../../common/logging';
import { metrics } from '../../common/metrics';
import { claimDue, errorText, PollingOutboxWorker, retryDelayMs } from '../../common/outbox';

export interface OutboxWorkerOptions {
  /** smtp:// or smtps:// URL (nodemailer syntax); the local catcher's when SMTP_URL is unset. */
  smtpUrl: string;
  from: string;
  /** Pause between polls when there is nothing due. */
  pollMs: number;
  /** Attempts before a row is given up as FAILED. */
  maxAttempts: number;
  /** First retry delay; doubles each attempt (with jitter), capped at 30 minutes. */
  retryBaseMs: number;
  /** The right-hand side of every Message-ID (`<outbox-row-id@domain>`); default orgpulse.local. */
  messageIdDomain?: string;
  /** How long a claim holds a row; must exceed the worst-case time to send a batch. */
  leaseMs?: number;
  batchSize?: number;
  log?: (message: string) => void;
}

interface ClaimedRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
  membership_id: string | null;
  created_at: Date;
}

const MAX_BACKOFF_MS = 30 * 60_000;
/** SMTP replies that no retry will fix: the recipient does not exist or the address is refused. */
const PERMANENT_SMTP_CODES = new Set([550, 551, 553, 501]);

/**
 * Delivers the email outbox, in the server process, after commit.
 *
 * Delivery guarantee: at-least-once, not exactly-once. Each row is claimed in its own
 * committed statement (`FOR UPDATE SKIP LOCKED`), which pushes its `next_attempt_at` a
 * lease ahead and records a claim token: concurrent workers (in this or other processes)
 * never claim the same row, and a row whose worker died comes back once its lease runs out.
 * The only window for a duplicate is a crash (or a send slower than the lease) after the
 * SMTP server accepted the message and before the row was marked SENT. SMTP cannot close
 * that window; each message carries a Message-ID derived only from its outbox row
 * (`<row-id@MAIL_MESSAGE_ID_DOMAIN>`, see messageIdFor), the same on every attempt, so a
 * receiver can drop the repeat.
 *
 * Each envelope goes to exactly one address: `to` is parsed again here as a single bare
 * addr-spec (the same parser the API uses), and a row that does not hold one is FAILED
 * without being sent, so a stored list such as `a,victim@evil.test` can never fan out.
 */
export class OutboxWorker extends PollingOutboxWorker {
  private readonly transport: Transporter;
  private readonly leaseMs: number;
  private readonly envelopeFrom: string;

  constructor(
    private readonly ds: DataSource,
    private readonly options: OutboxWorkerOptions,
  ) {
    super('mail worker', options.batchSize ?? 5, options.log ?? ((m) => rootLogger().warn({ module: 'mail' }, m)));
    // sends time out after 10 s (connect) + 10 s (greeting) + 30 s idle, in parallel within a batch
    this.leaseMs = options.leaseMs ?? 2 * 60_000;
    this.envelopeFrom = /<([^<>]+)>\s*$/.exec(options.from)?.[1] ?? options.from.trim();
    // one connection per message (no pool): each send stays well inside the lease
    this.transport = nodemailer.createTransport({
      url: options.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as nodemailer.TransportOptions);
  }

  protected pollMs(): number {
    return this.options.pollMs;
  }

  override async stop(): Promise<void> {
    await super.stop();
    this.transport.close();
  }

  /** Claims one batch of due rows and delivers it. Returns how many rows it claimed. */
  async runOnce(): Promise<number> {
    const token = randomUUID();
    const rows = await claimDue<ClaimedRow>(this.ds, {
      table: 'email_outbox',
      returning: 'o.id, o.kind, o."to", o.subject, o.text, o.html, o.attempts, o.membership_id, o.created_at',
      batchSize: this.batchSize,
      token,
      leaseMs: this.leaseMs,
    });
    // an outcome that could not be recorded leaves its row claimed: it is tried again after
    // its lease, which may send it twice (the at-least-once window)
    this.reportUnrecorded(await Promise.allSettled(rows.map((row) => this.deliver(row, token))));
    return rows.length;
  }

  private async deliver(row: ClaimedRow, token: string): Promise<void> {
    const to = parseSingleEmail(row.to);
    if (!to) {
      this.log(`mail worker: email ${row.id} (${row.kind}) is not addressed to one plain address; not sent`);
      await this.recordOutcome(row, 'FAILED', 'The recipient is not a single valid email address.', token);
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: { name: '', address: to },
        subject: row.subject,
        text: row.text,
        html: row.html,
        messageId: messageIdFor(row.id, this.options.messageIdDomain),
        headers: { 'X-Orgpulse-Email-Kind': row.kind },
        envelope: { from: this.envelopeFrom, to: [to] },
      });
    } catch (err) {
      await this.recordFailure(row, token, err);
      return;
    }
    await this.recordOutcome(row, 'SENT', null, token);
    metrics.emailsDelivered.inc({ result: 'sent' });
  }

  private async recordFailure(row: ClaimedRow, token: string, err: unknown): Promise<void> {
    const message = errorText(err);
    const code = (err as { responseCode?: number }).responseCode;
    const permanent = code !== undefined && PERMANENT_SMTP_CODES.has(code);
    if (permanent || row.attempts >= this.options.maxAttempts) {
      this.log(`mail worker: giving up on email ${row.id} (${row.kind}) after ${row.attempts} attempt(s): ${message}`);
      await this.recordOutcome(row, 'FAILED', message, token);
      metrics.emailsDelivered.inc({ result: 'failed' });
      return;
    }
    const delay = retryDelayMs(this.options.retryBaseMs, row.attempts, MAX_BACKOFF_MS);
    await this.ds.query(
      `UPDATE email_outbox SET next_attempt_at = now() + make_interval(secs => $3::double precision), last_error = $4, claim_token = NULL
       WHERE id = $1 AND status = 'PENDING' AND claim_token = $2`,
      [row.id, token, delay / 1000, message],
    );
    metrics.emailsDelivered.inc({ result: 'retry' });
  }

  /**
   * Marks the row done and, when it is the member's latest credentials/welcome email, sets
   * their emailStatus, in one transaction. A password leaves the outbox here.
   */
  private async recordOutcome(row: ClaimedRow, status: 'SENT' | 'FAILED', error: string | null, token: string): Promise<void> {
    const secret = SECRET_KINDS.includes(row.kind as never);
    await inTransaction(this.ds, async (em: EntityManager) => {
      // SENT is recorded even if this claim's lease ran out (the message did go);
      // FAILED only by the claim that still holds the row.
      const updated: [unknown[], number] = await em.query(
        `UPDATE email_outbox
         SET status = $2::varchar, last_error = $3::varchar, claim_token = NULL,
             sent_at = CASE WHEN $2::varchar = 'SENT' THEN now() ELSE sent_at END,
             text = CASE WHEN $4::boolean THEN $5::text ELSE text END,
             html = CASE WHEN $4::boolean THEN $5::text ELSE html END
         WHERE id = $1 AND status = 'PENDING' AND ($2::varchar = 'SENT' OR claim_token = $6::uuid)`,
        [row.id, status, error, secret, REDACTED_BODY, token],
      );
      if (!updated[1] || !row.membership_id || !STATUS_KINDS.includes(row.kind as never)) return;
      // only the latest credentials/welcome email speaks for the member; NOT_SENT means the
      // admin later chose not to email (a re-add without email), which an old row must not undo
      await em.query(
        `UPDATE memberships m SET email_status = $2
         WHERE m.id = $1 AND m.email_status <> 'NOT_SENT'
           AND NOT EXISTS (
             SELECT 1 FROM email_outbox o
             WHERE o.membership_id = $1 AND o.kind = ANY($3::text[]) AND (o.created_at, o.id) > ($4::timestamptz, $5::uuid)
           )`,
        [row.membership_id, status, STATUS_KINDS, row.created_at, row.id],
      );
    });
  }
}

/** The Message-ID of an outbox row: stable across attempts, so duplicates can be recognised. */
export function messageIdFor(outboxId: string, domain = 'orgpulse.local'): string {
  return `<${outboxId}@${domain}>`;
}
