import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { rootLogger } from '../../common/logging';
import { metrics } from '../../common/metrics';
import { claimDue, PollingOutboxWorker, retryDelayMs } from '../../common/outbox';
import { inTransaction } from '../../common/transaction';
import { recordAudit } from '../audit';
import type { WebhookNotifier } from './webhook.notifier';
import { decryptSecret } from './webhook.secret';
import { SendResult, sendWebhook, signedHeaders } from './webhook.send';

export interface WebhookWorkerOptions {
  config: Pick<Config, 'production' | 'webhooks'>;
  notifier: WebhookNotifier;
  batchSize?: number;
  log?: (message: string) => void;
}

interface ClaimedDelivery {
  id: string;
  organization_id: string;
  endpoint_id: string;
  body: string;
  attempts: number;
  url: string;
  secret_encrypted: string;
}

const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Delivers the webhook outbox after commit, like the mail worker (mail.worker.ts), on the
 * system role's pool (BYPASSRLS: one queue for every organization; every statement names its
 * rows by id, and the audit and alert emails the organization of the delivery). Each batch
 * is claimed in one committed statement (`FOR UPDATE SKIP LOCKED`, a lease, a claim token),
 * so concurrent workers never send the same delivery at once and a dead worker's rows come
 * back when the lease runs out. At-least-once: a crash between the receiver's 2xx and the
 * SUCCEEDED update sends the delivery again, with the same `webhook-id`.
 *
 * A failed attempt is retried with exponential back-off (jitter, capped at an hour) until the
 * retry window (24 h) has passed since the delivery was queued or redelivered; then FAILED.
 * An endpoint whose attempts keep failing (disableAfterFailures in a row, for at least
 * disableAfterMs) is disabled, its pending deliveries FAILED, and its owners and admins are
 * emailed. A disabled endpoint still receives explicit tests and redeliveries; a success
 * enables it again.
 */
export class WebhookWorker extends PollingOutboxWorker {
  constructor(
    private readonly ds: DataSource,
    private readonly options: WebhookWorkerOptions,
  ) {
    super('webhook worker', options.batchSize ?? 10, options.log ?? ((m) => rootLogger().warn({ module: 'webhooks' }, m)));
  }

  private get settings() {
    return this.options.config.webhooks;
  }

  protected pollMs(): number {
    return this.settings.pollMs;
  }

  /** Claims one batch of due deliveries and sends them. Returns how many it claimed. */
  async runOnce(): Promise<number> {
    const token = randomUUID();
    const rows = await claimDue<ClaimedDelivery>(
      this.ds,
      {
        table: 'webhook_deliveries',
        returning: 'o.id, o.organization_id, o.endpoint_id, o.body, o.attempts',
        batchSize: this.batchSize,
        token,
        leaseMs: this.settings.leaseMs,
      },
      'SELECT c.*, e.url, e.secret_encrypted FROM claimed c JOIN webhook_endpoints e ON e.id = c.endpoint_id',
    );
    this.reportUnrecorded(await Promise.allSettled(rows.map((row) => this.deliver(row, token))));
    return rows.length;
  }

  private async deliver(row: ClaimedDelivery, token: string): Promise<void> {
    const secret = decryptSecret(row.secret_encrypted, this.settings.secretKey);
    const result = await sendWebhook(row.url, signedHeaders(secret, row.id, row.body), row.body, {
      production: this.options.config.production,
      allowPrivate: this.settings.allowPrivate,
      timeoutMs: this.settings.timeoutMs,
    });
    if (result.ok) await this.recordSuccess(row, result);
    else await this.recordFailure(row, token, result);
  }

  private async recordSuccess(row: ClaimedDelivery, result: SendResult): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      // SUCCEEDED even if this claim's lease ran out: the receiver has it
      await em.query(
        `UPDATE webhook_deliveries
         SET status = 'SUCCEEDED', delivered_at = now(), claim_token = NULL, response_status = $2, response_excerpt = $3, last_error = NULL
         WHERE id = $1 AND status = 'PENDING'`,
        [row.id, result.status, result.excerpt],
      );
      metrics.webhooksDelivered.inc({ result: 'succeeded' });
      await em.query(
        `UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL, enabled = true, disabled_at = NULL WHERE id = $1`,
        [row.endpoint_id],
      );
    });
  }

  private async recordFailure(row: ClaimedDelivery, token: string, result: SendResult): Promise<void> {
    const s = this.settings;
    const delayMs = retryDelayMs(s.retryBaseMs, row.attempts, MAX_BACKOFF_MS);
    await inTransaction(this.ds, async (em) => {
      // an UPDATE … RETURNING answers [rows, count]
      const [[endpoint]]: [Array<{ consecutive_failures: number; disable: boolean; url: string }>, number] = await em.query(
        `UPDATE webhook_endpoints
         SET consecutive_failures = consecutive_failures + 1, failing_since = COALESCE(failing_since, clock_timestamp())
         WHERE id = $1
         RETURNING enabled, consecutive_failures, url,
           enabled AND consecutive_failures >= $2 AND failing_since <= clock_timestamp() - make_interval(secs => $3::double precision) AS disable`,
        [row.endpoint_id, s.disableAfterFailures, s.disableAfterMs / 1000],
      );
      // the last attempt is at the end of the window; a refused address is not retried
      const [outcome]: [Array<{ status: string }>, number] = await em.query(
        `UPDATE webhook_deliveries
         SET claim_token = NULL, response_status = $3, response_excerpt = $4, last_error = $5,
             status = CASE WHEN $6::boolean OR now() >= window_started_at + make_interval(secs => $7::double precision) THEN 'FAILED' ELSE 'PENDING' END,
             next_attempt_at = LEAST(now() + make_interval(secs => $8::double precision), window_started_at + make_interval(secs => $7::double precision))
         WHERE id = $1 AND status = 'PENDING' AND claim_token = $2
         RETURNING status`,
        [
          row.id,
          token,
          result.status,
          result.excerpt,
          result.error?.slice(0, 500) ?? null,
          !!result.permanent,
          s.retryWindowMs / 1000,
          delayMs / 1000,
        ],
      );
      if (outcome[0]) metrics.webhooksDelivered.inc({ result: outcome[0].status === 'FAILED' ? 'failed' : 'retry' });
      if (endpoint?.disable) await this.disable(em, row, endpoint.consecutive_failures, endpoint.url, result.error);
    });
  }

  private async disable(em: EntityManager, row: ClaimedDelivery, failures: number, url: string, lastError: string | null): Promise<void> {
    await em.query(`UPDATE webhook_endpoints SET enabled = false, disabled_at = now() WHERE id = $1`, [row.endpoint_id]);
    await em.query(
      `UPDATE webhook_deliveries SET status = 'FAILED', claim_token = NULL, last_error = 'The endpoint was disabled after repeated failures.'
       WHERE endpoint_id = $1 AND status = 'PENDING'`,
      [row.endpoint_id],
    );
    // the system did it: no actor
    await recordAudit(
      em,
      { organizationId: row.organization_id, membershipId: null as unknown as string },
      {
        action: 'webhook.endpoint_disabled',
        targetId: row.endpoint_id,
        details: { before: { enabled: true }, after: { enabled: false }, failures, lastError },
      },
    );
    await this.options.notifier.endpointDisabled(em, {
      organizationId: row.organization_id,
      endpointId: row.endpoint_id,
      url,
      failures,
      lastError,
    });
    this.log(`webhook worker: endpoint ${row.endpoint_id} disabled after ${failures} failed attempts in a row`);
  }
}
