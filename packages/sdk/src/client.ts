import { ErrorCode } from './shared';
import {
  API_KEYS,
  BALANCE_CHANGED,
  CREATE_WEBHOOK_ENDPOINT,
  CREDIT_BALANCE,
  DELETE_WEBHOOK_ENDPOINT,
  Document,
  MEMBER,
  MEMBERS,
  ORGANIZATION,
  RECORD_USAGE,
  RECORD_USAGE_BATCH,
  REDELIVER_WEBHOOK,
  REVOKE_API_KEY,
  ROTATE_WEBHOOK_SECRET,
  SEND_TEST_WEBHOOK,
  USAGE_RECORDED,
  USAGE_RECORDS,
  USAGE_SUMMARY,
  VIEWER,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
} from './documents';
import { isOrgpulseError, OrgpulseError, SessionRequiredError } from './errors';
import { Live, LiveSubscription, SubscribeOptions, WebSocketConstructor, webSocketUrl } from './live';
import { FetchLike, newIdempotencyKey, Transport } from './transport';
import type {
  ApiKey,
  BalanceChange,
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  CreditBalance,
  DateTime,
  Member,
  MembersInput,
  Organization,
  Page,
  RecordUsageInput,
  UsageBatchErrorCode,
  UsageBatchResult,
  UsageBucket,
  UsageRecord,
  UsageRecordsInput,
  UsageSummaryInput,
  Viewer,
  WebhookDelivery,
  WebhookDeliveriesInput,
  WebhookEndpoint,
} from './types';

export interface OrgpulseClientOptions {
  /** The GraphQL endpoint, e.g. "https://orgpulse.example.com/graphql" (a bare origin gets "/graphql"). */
  url: string;
  /** An API key ("opk_…"), for servers and partner back ends. */
  apiKey?: string;
  /** A session's access token (15 minutes); replace it with `setAccessToken` after a refresh. */
  accessToken?: string;
  /** Defaults to the global fetch (Node 20, browsers, React Native). */
  fetch?: FetchLike;
  /** Retries after a network failure, a 5xx or RATE_LIMITED (default 3; 0 turns them off). */
  retries?: number;
  /** First backoff delay, doubling with jitter (default 300 ms). */
  retryDelayMs?: number;
  /** RATE_LIMITED asking for a longer wait is thrown at once instead of waited out (default 60). */
  maxRetryAfterSeconds?: number;
  /** Give up on an attempt after this long (default 30000; 0: never). A timed-out attempt counts as a network failure. */
  timeoutMs?: number;
  /**
   * The WebSocket class for subscriptions. Default: the global WebSocket (browsers, React
   * Native, Node 22+); on Node 20 pass the `ws` package's (`import WebSocket from 'ws'`).
   */
  webSocketImpl?: WebSocketConstructor;
  /** Subscriptions: reconnects after a lost connection, with backoff (default 5; refusals are never retried). */
  liveRetryAttempts?: number;
}

/** The live subscriptions of a client, as async iterators (see LiveSubscription). */
export interface LiveSubscriptions {
  /** The organization's balance after each change (spend, top-up, adjustment, threshold). Every role. */
  balanceChanged(options?: SubscribeOptions): LiveSubscription<BalanceChange>;
  /** Each usage record as it is written: OWNER and ADMIN every member's, MEMBER and GUEST their own. */
  usageRecorded(options?: SubscribeOptions): LiveSubscription<UsageRecord>;
}

export interface RequestOptions {
  /**
   * Send again after a network failure or a 5xx. Default: true for a document without a
   * mutation, false otherwise (the server may have acted before the answer was lost).
   * Set it to true for a mutation only when sending it twice is harmless (an idempotency key).
   */
  retry?: boolean;
}

const MUTATION = /\b(mutation|subscription)\b/;

/** Strips comments and string literals so a "mutation" inside them does not count. */
function mayWrite(document: string): boolean {
  const code = document
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/#[^\n\r]*/g, '');
  return MUTATION.test(code);
}

function endpoint(url: string): string {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) {
    throw new TypeError('OrgpulseClient needs a url such as "https://orgpulse.example.com/graphql".');
  }
  return /^https?:\/\/[^/?#]+\/?$/i.test(url) ? `${url.replace(/\/$/, '')}/graphql` : url;
}

const iso = (d: Date | DateTime | null | undefined) => (d instanceof Date ? d.toISOString() : d);

/** Every page from `after` on, one request per page, as the caller iterates. */
async function* pages<T, I extends { after?: string | null }>(
  input: I,
  read: (input: I) => Promise<Page<T>>,
): AsyncGenerator<Page<T>, void, undefined> {
  let after = input.after ?? null;
  for (;;) {
    const page = await read({ ...input, after });
    yield page;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a number >= 0.`);
  return value;
}

/** Refuses what would only fail later: credits must be decimal strings, never numbers. */
function usageInput(
  input: RecordUsageInput,
  where: string,
): Required<Pick<RecordUsageInput, 'operation' | 'credits' | 'idempotencyKey'>> & Pick<RecordUsageInput, 'resourceId'> {
  if (!input || typeof input !== 'object') {
    throw new OrgpulseError(ErrorCode.BadUserInput, `${where} must be an object { operation, credits, resourceId?, idempotencyKey? }.`);
  }
  if (typeof input.credits !== 'string') {
    throw new OrgpulseError(
      ErrorCode.BadUserInput,
      `${where}: credits must be a decimal string such as "0.25" (got ${typeof input.credits}); numbers would lose exactness.`,
      { field: 'credits' },
    );
  }
  const out: ReturnType<typeof usageInput> = {
    operation: input.operation,
    credits: input.credits,
    idempotencyKey: input.idempotencyKey ?? newIdempotencyKey(),
  };
  if (input.resourceId !== undefined) out.resourceId = input.resourceId;
  return out;
}

export class OrgpulseClient {
  private readonly transport: Transport;
  private readonly live: Live;
  private readonly apiKey: string | null;
  private accessToken: string | null;

  /**
   * Subscriptions over graphql-ws on the same /graphql URL (ws:// or wss://):
   * `for await (const balance of orgpulse.subscribe.balanceChanged()) …`. One socket per
   * client, opened by the first subscription, closed when the last one ends.
   */
  readonly subscribe: LiveSubscriptions;

  constructor(options: OrgpulseClientOptions) {
    if (!options || typeof options !== 'object') throw new TypeError('new OrgpulseClient({ url, apiKey | accessToken }).');
    if (options.apiKey && options.accessToken) {
      throw new TypeError('Pass either apiKey or accessToken, not both: each decides who is calling.');
    }
    this.apiKey = options.apiKey ?? null;
    this.accessToken = options.accessToken ?? null;
    const url = endpoint(options.url);
    const authorization = () => {
      const token = this.apiKey ?? this.accessToken;
      return token ? `Bearer ${token}` : null;
    };
    this.live = new Live({
      url: webSocketUrl(url),
      webSocketImpl: options.webSocketImpl,
      authorization,
      retryAttempts: Math.floor(count(options.liveRetryAttempts, 5, 'liveRetryAttempts')),
    });
    this.subscribe = {
      balanceChanged: (o) => this.live.subscribe(BALANCE_CHANGED, 'balanceChanged', o),
      usageRecorded: (o) => this.live.subscribe(USAGE_RECORDED, 'usageRecorded', o),
    };
    this.transport = new Transport({
      url,
      fetch: options.fetch,
      retries: Math.floor(count(options.retries, 3, 'retries')),
      retryDelayMs: count(options.retryDelayMs, 300, 'retryDelayMs'),
      maxRetryAfterSeconds: count(options.maxRetryAfterSeconds, 60, 'maxRetryAfterSeconds'),
      timeoutMs: count(options.timeoutMs, 30_000, 'timeoutMs'),
      headers: {},
      authorization,
    });
  }

  /** Ends every subscription of this client and closes its WebSocket (HTTP calls keep working). */
  close(): Promise<void> {
    return this.live.close();
  }

  /** Replaces the access token (after refreshSession; an open live connection stays on its session); null signs the client out. */
  setAccessToken(token: string | null): void {
    if (this.apiKey) throw new TypeError('This client calls with an API key; make another client for a session.');
    this.accessToken = token;
  }

  /** A typed document of the SDK: its variables and result types come from the generated operation types. */
  private run<TData, TVariables>(document: Document<TData, TVariables>, variables: TVariables, retry: boolean): Promise<TData> {
    return this.transport.execute<TData>(document, variables as Record<string, unknown> | undefined, { retry });
  }

  /**
   * A session-only operation: a FORBIDDEN answer to an API-key client becomes a
   * SessionRequiredError that says so (the server refuses keys for every one of them).
   */
  private async session<TData, TVariables>(
    operation: string,
    document: Document<TData, TVariables>,
    variables: TVariables,
    retry: boolean,
  ) {
    try {
      return await this.run(document, variables, retry);
    } catch (err) {
      if (this.apiKey && isOrgpulseError(err, ErrorCode.Forbidden)) throw new SessionRequiredError(operation, err as OrgpulseError);
      throw err;
    }
  }

  /** Any GraphQL document; returns `data`, throws OrgpulseError for the first error. */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}): Promise<T> {
    return this.transport.execute<T>(query, variables, { retry: options.retry ?? !mayWrite(query) });
  }

  /**
   * Spends credits for one API call. Charged exactly once however often the SDK has to
   * resend it (one idempotency key for every attempt). INSUFFICIENT_CREDITS: nothing recorded.
   */
  async recordUsage(input: RecordUsageInput): Promise<UsageRecord> {
    const data = await this.run(RECORD_USAGE, { input: usageInput(input, 'recordUsage') }, true);
    return data.recordUsage;
  }

  /**
   * Up to 500 records at once, each charged or refused in order (a refusal does not stop
   * the rest); each item keeps one idempotency key across the SDK's retries. A refused
   * item's `error.reason` tells a member's monthly allowance ("MEMBER_ALLOWANCE") from an
   * empty balance (null).
   */
  async recordUsageBatch(items: RecordUsageInput[]): Promise<UsageBatchResult> {
    if (!Array.isArray(items))
      throw new OrgpulseError(ErrorCode.BadUserInput, 'recordUsageBatch takes an array of usage records.', { field: 'inputs' });
    const generated = new Set<string>();
    const inputs = items.map((item, i) => {
      const input = usageInput(item, `recordUsageBatch item ${i}`);
      if (item.idempotencyKey === undefined) generated.add(input.idempotencyKey);
      return input;
    });
    const result = (await this.run(RECORD_USAGE_BATCH, { inputs }, true)).recordUsageBatch;
    let charged = result.charged;
    const out = result.items.map((item) => {
      const idempotencyKey = inputs[item.index]?.idempotencyKey ?? '';
      const error = item.error && { ...item.error, code: item.error.code as UsageBatchErrorCode };
      // a key the SDK made for this call can only have been seen in an earlier attempt of
      // this same call, whose answer was lost: that attempt charged it, so this call did
      if (item.ok && item.replayed && generated.has(idempotencyKey)) {
        charged += 1;
        return { ...item, error, idempotencyKey, replayed: false };
      }
      return { ...item, error, idempotencyKey };
    });
    return { charged, refused: result.refused, items: out };
  }

  /** The organization's balance; every member (and key) may read it. (Runway: when the server has it.) */
  async creditBalance(): Promise<CreditBalance> {
    return (await this.run(CREDIT_BALANCE, {}, true)).organization.creditBalance;
  }

  /** Totals over [from, to) by UTC day, member, resource or operation. MEMBER and GUEST get only their own member row. */
  async usageSummary(input: UsageSummaryInput): Promise<UsageBucket[]> {
    const variables = { from: iso(input.from) as DateTime, to: iso(input.to) as DateTime, groupBy: input.groupBy };
    return (await this.run(USAGE_SUMMARY, variables, true)).usageSummary;
  }

  /** One page of usage records in [from, to), newest first (`first` 1 to 200, default 50). */
  async usageRecords(input: UsageRecordsInput = {}): Promise<Page<UsageRecord>> {
    const data = await this.run(USAGE_RECORDS, { ...input, from: iso(input.from), to: iso(input.to) }, true);
    return data.usageRecords;
  }

  /** Every page of usage records: `for await (const page of orgpulse.usageRecordPages({ from, to })) …`. */
  usageRecordPages(input: UsageRecordsInput = {}): AsyncGenerator<Page<UsageRecord>, void, undefined> {
    return pages(input, (i) => this.usageRecords(i));
  }

  /** Who is calling (the key's member, or the session's), in which organization, allowed to do what. */
  async viewer(): Promise<Viewer> {
    const { viewer } = await this.run(VIEWER, {}, true);
    return viewer as Viewer;
  }

  /** The caller's organization. */
  async organization(): Promise<Organization> {
    return (await this.run(ORGANIZATION, {}, true)).organization;
  }

  /** One page of members, oldest first (read-only: members are managed in the app). */
  async members(input: MembersInput = {}): Promise<Page<Member>> {
    return (await this.run(MEMBERS, input, true)).members;
  }

  /** Every page of members. */
  memberPages(input: MembersInput = {}): AsyncGenerator<Page<Member>, void, undefined> {
    return pages(input, (i) => this.members(i));
  }

  /** A member of the caller's organization (NOT_FOUND for any other id). */
  async member(id: string): Promise<Member | null> {
    return (await this.run(MEMBER, { id }, true)).member;
  }

  /** The caller's own API keys (OWNER/ADMIN: every member's), newest first. */
  async apiKeys(options: { includeRevoked?: boolean } = {}): Promise<ApiKey[]> {
    return (await this.run(API_KEYS, { includeRevoked: options.includeRevoked ?? false }, true)).apiKeys;
  }

  /** Revokes a key (one's own; OWNER/ADMIN: anyone's); it stops working at once. Not retried. */
  async revokeApiKey(id: string): Promise<ApiKey> {
    return (await this.run(REVOKE_API_KEY, { id }, false)).revokeApiKey;
  }

  // Webhook management: OWNER and ADMIN, with a session only (an API key gets SessionRequiredError).

  /** The organization's endpoints, newest first. */
  async webhookEndpoints(): Promise<WebhookEndpoint[]> {
    return (await this.session('webhookEndpoints', WEBHOOK_ENDPOINTS, {}, true)).webhookEndpoints;
  }

  /**
   * Adds an endpoint for these events. The result's `secret` (`whsec_…`) is shown only this
   * once: store it, and check each delivery with `verifyWebhook(secret, headers, body)`. Not retried.
   */
  async createWebhookEndpoint(input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    return (await this.session('createWebhookEndpoint', CREATE_WEBHOOK_ENDPOINT, { input }, false)).createWebhookEndpoint;
  }

  /** Deletes an endpoint and its delivery log (NOT_FOUND for an id of another organization). */
  async deleteWebhookEndpoint(id: string): Promise<boolean> {
    return (await this.session('deleteWebhookEndpoint', DELETE_WEBHOOK_ENDPOINT, { id }, false)).deleteWebhookEndpoint;
  }

  /** A new signing secret, shown only this once; the old one stops at once. Not retried. */
  async rotateWebhookSecret(id: string): Promise<CreatedWebhookEndpoint> {
    return (await this.session('rotateWebhookSecret', ROTATE_WEBHOOK_SECRET, { id }, false)).rotateWebhookSecret;
  }

  /** Queues a `webhook.test` delivery to the endpoint (PENDING: the worker sends it within seconds). */
  async sendTestWebhook(endpointId: string): Promise<WebhookDelivery> {
    return (await this.session('sendTestWebhook', SEND_TEST_WEBHOOK, { endpointId }, false)).sendTestWebhook;
  }

  /** One page of an endpoint's deliveries, newest first (`first` 1 to 200, default 50). */
  async webhookDeliveries(input: WebhookDeliveriesInput): Promise<Page<WebhookDelivery>> {
    return (await this.session('webhookDeliveries', WEBHOOK_DELIVERIES, input, true)).webhookDeliveries;
  }

  /** Every page of an endpoint's deliveries. */
  webhookDeliveryPages(input: WebhookDeliveriesInput): AsyncGenerator<Page<WebhookDelivery>, void, undefined> {
    return pages(input, (i) => this.webhookDeliveries(i));
  }

  /** Sends a delivery again, with the same `webhook-id` (receivers deduplicate on it) and a fresh retry window. */
  async redeliverWebhook(deliveryId: string): Promise<WebhookDelivery> {
    return (await this.session('redeliverWebhook', REDELIVER_WEBHOOK, { deliveryId }, false)).redeliverWebhook;
  }
}
