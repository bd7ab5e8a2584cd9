import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { decodeCursor, pageSize, toPage } from '../../common/pagination';
import { inTenant } from '../../common/tenant';
import { requireId } from '../../common/validate';
import type { Config } from '../../config';
import { recordAudit } from '../audit';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { webhookBody } from './webhook.emit';
import { SUBSCRIBABLE_EVENTS, WebhookDeliveryStatus, WebhookEventType } from './webhook.enums';
import { encryptSecret, newWebhookSecret } from './webhook.secret';
import type { CreatedWebhookEndpoint, CreateWebhookEndpointInput } from './webhook.types';
import { checkResolvedUrl, parseEndpointUrl, UnsafeUrlError, UrlPolicy } from './webhook.url';

const MAX_ENDPOINTS_PER_ORGANIZATION = 20;

/**
 * Webhook endpoints and their delivery log: OWNER/ADMIN, signed in (webhooks:manage is closed
 * to API keys). `ds` is the app role's pool: every query runs in the caller's organization
 * (`inTenant`, row-level security); the cross-organization worker has the system role's.
 */
export class WebhookService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Pick<Config, 'production' | 'webhooks'>,
  ) {}

  /** Tells the worker there is something to send now (set by the webhook module when it starts). */
  private nudge: () => void = () => undefined;

  onQueued(nudge: () => void): void {
    this.nudge = nudge;
  }

  private get policy(): UrlPolicy {
    return { production: this.config.production, allowPrivate: this.config.webhooks.allowPrivate };
  }

  private session(caller: Caller): void {
    // the guard already refuses keys (webhooks:manage is not in API_KEY_PERMISSIONS); deny twice
    if (caller.apiKeyId || !caller.sessionId) throw forbidden('Webhooks are managed with a signed-in session, not an API key.');
  }

  async create(caller: Caller, input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    this.session(caller);
    let url: URL;
    try {
      url = parseEndpointUrl(input.url, this.policy);
      await checkResolvedUrl(url, this.policy);
    } catch (err) {
      if (err instanceof UnsafeUrlError) throw badInput(err.message, 'url');
      throw err;
    }
    const events = [...new Set(input.events ?? [])];
    if (!events.length) throw badInput('Choose at least one event.', 'events');
    if (events.some((e) => !SUBSCRIBABLE_EVENTS.includes(e)))
      throw badInput('WEBHOOK_TEST cannot be subscribed to: use sendTestWebhook.', 'events');
    const secret = newWebhookSecret();
    return inTenant(this.ds, caller.organizationId, async (em) => {
      // serialises concurrent creations in the organization so the limit holds
      await em.query(`SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE`, [caller.organizationId]);
      const repo = em.getRepository(WebhookEndpoint);
      if ((await repo.countBy({ organizationId: caller.organizationId })) >= MAX_ENDPOINTS_PER_ORGANIZATION) {
        throw conflict(`This organization already has ${MAX_ENDPOINTS_PER_ORGANIZATION} webhook endpoints: delete one first.`);
      }
      const endpoint = await repo.save(
        repo.create({
          organizationId: caller.organizationId,
          url: url.href,
          events: SUBSCRIBABLE_EVENTS.filter((e) => events.includes(e)),
          enabled: true,
          secretEncrypted: encryptSecret(secret, this.config.webhooks.secretKey),
          consecutiveFailures: 0,
          failingSince: null,
          disabledAt: null,
          createdById: caller.membershipId,
        }),
      );
      await recordAudit(em, caller, {
        action: 'webhook.endpoint_created',
        targetId: endpoint.id,
        details: { after: { url: endpoint.url, events: endpoint.events } },
      });
      return { endpoint, secret };
    });
  }

  list(caller: Caller): Promise<WebhookEndpoint[]> {
    return inTenant(this.ds, caller.organizationId, (em) =>
      em.getRepository(WebhookEndpoint).find({
        where: { organizationId: caller.organizationId },
        order: { createdAt: 'DESC', id: 'DESC' },
      }),
    );
  }

  /** The endpoint FOR UPDATE, in the caller's organization (another organization's id: NOT_FOUND). */
  private async lockEndpoint(em: EntityManager, caller: Caller, id: string): Promise<WebhookEndpoint> {
    const endpointId = requireId(id, 'The webhook endpoint', notFound);
    const endpoint = await em.getRepository(WebhookEndpoint).findOne({
      where: { id: endpointId, organizationId: caller.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!endpoint) throw notFound('The webhook endpoint');
    return endpoint;
  }

  /** Deletes the endpoint and its delivery log; what was pending is not sent. */
  async delete(caller: Caller, id: string): Promise<boolean> {
    this.session(caller);
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const endpoint = await this.lockEndpoint(em, caller, id);
      await em.getRepository(WebhookEndpoint).delete({ id: endpoint.id, organizationId: caller.organizationId });
      await recordAudit(em, caller, {
        action: 'webhook.endpoint_deleted',
        targetId: endpoint.id,
        details: { before: { url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled } },
      });
      return true;
    });
  }

  /** A new secret at once: later attempts (retries too) are signed with it only. */
  async rotateSecret(caller: Caller, id: string): Promise<CreatedWebhookEndpoint> {
    this.session(caller);
    const secret = newWebhookSecret();
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const endpoint = await this.lockEndpoint(em, caller, id);
      endpoint.secretEncrypted = encryptSecret(secret, this.config.webhooks.secretKey);
      await em.getRepository(WebhookEndpoint).update({ id: endpoint.id }, { secretEncrypted: endpoint.secretEncrypted });
      await recordAudit(em, caller, { action: 'webhook.secret_rotated', targetId: endpoint.id, details: { url: endpoint.url } });
      return { endpoint, secret };
    });
  }

  /** Queues a `webhook.test` delivery (sent even to a disabled endpoint; a success enables it). */
  async sendTest(caller: Caller, endpointId: string): Promise<WebhookDelivery> {
    this.session(caller);
    const delivery = await inTenant(this.ds, caller.organizationId, async (em) => {
      const endpoint = await this.lockEndpoint(em, caller, endpointId);
      const repo = em.getRepository(WebhookDelivery);
      const row = await repo.save(
        repo.create({
          organizationId: caller.organizationId,
          endpointId: endpoint.id,
          eventType: WebhookEventType.WEBHOOK_TEST,
          body: webhookBody(WebhookEventType.WEBHOOK_TEST, { organizationId: caller.organizationId, endpointId: endpoint.id, test: true }),
          status: WebhookDeliveryStatus.PENDING,
          attempts: 0,
        }),
      );
      await recordAudit(em, caller, { action: 'webhook.test_sent', targetId: endpoint.id, details: { deliveryId: row.id } });
      return repo.findOneByOrFail({ id: row.id });
    });
    this.nudge();
    return delivery;
  }

  /** Queues the same delivery again (same webhook-id, same body), with a fresh retry window. */
  async redeliver(caller: Caller, deliveryId: string): Promise<WebhookDelivery> {
    this.session(caller);
    const id = requireId(deliveryId, 'The webhook delivery', notFound);
    const delivery = await inTenant(this.ds, caller.organizationId, async (em) => {
      const repo = em.getRepository(WebhookDelivery);
      const row = await repo.findOne({ where: { id, organizationId: caller.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('The webhook delivery');
      await repo.update({ id: row.id }, {
        status: WebhookDeliveryStatus.PENDING,
        nextAttemptAt: () => 'now()',
        windowStartedAt: () => 'now()',
        claimToken: null,
      } as never);
      await recordAudit(em, caller, {
        action: 'webhook.redelivered',
        targetId: row.id,
        details: { before: { status: row.status }, after: { status: WebhookDeliveryStatus.PENDING }, endpointId: row.endpointId },
      });
      return repo.findOneByOrFail({ id: row.id });
    });
    this.nudge();
    return delivery;
  }

  /** One endpoint's deliveries, newest first (keyset pagination). */
  async deliveries(caller: Caller, endpointId: string, page: { first?: number | null; after?: string | null }) {
    const id = requireId(endpointId, 'The webhook endpoint', notFound);
    const size = pageSize(page.first);
    const cursor = decodeCursor(page.after);
    // one transaction of the caller's organization: the endpoint check, the count and the page agree
    const { rows, totalCount } = await inTenant(this.ds, caller.organizationId, async (em) => {
      const exists = await em.getRepository(WebhookEndpoint).existsBy({ id, organizationId: caller.organizationId });
      if (!exists) throw notFound('The webhook endpoint');
      const qb = em
        .getRepository(WebhookDelivery)
        .createQueryBuilder('d')
        .where('d.organization_id = :org AND d.endpoint_id = :id', { org: caller.organizationId, id });
      const count = await qb.clone().getCount();
      if (cursor) qb.andWhere('(d.created_at, d.id) < (:at, :cid)', { at: cursor.at, cid: cursor.id });
      const found = await qb
        .orderBy('d.createdAt', 'DESC')
        .addOrderBy('d.id', 'DESC')
        .limit(size + 1)
        .getMany();
      return { rows: found, totalCount: count };
    });
    return { ...toPage(rows, size, (d) => ({ at: d.createdAt, id: d.id })), totalCount };
  }
}
