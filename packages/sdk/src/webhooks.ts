/**
 * Verifying orgpulse webhook deliveries (the Standard Webhooks signature scheme):
 *
 *   webhook-id:        the delivery id (the same on every retry of a delivery)
 *   webhook-timestamp: Unix seconds when it was sent
 *   webhook-signature: "v1,<base64 HMAC-SHA256(key, `${id}.${timestamp}.${body}`)>" (several
 *                      may be listed, separated by spaces, while a secret is rotated)
 *
 * where key is the base64-decoded part of the endpoint's secret after "whsec_". Built on
 * WebCrypto (`crypto.subtle`, global in Node 20, browsers, Deno, workers): no dependency, and
 * the comparison is `subtle.verify`'s, which is constant-time.
 */

/** What a delivery's body holds (see docs/api/webhooks.md for each type's `data`). */
export interface WebhookEvent<TData = Record<string, unknown>> {
  /** e.g. "member.added", "member.role_changed", "credits.low_balance", "api_key.created". */
  type: string;
  /** ISO-8601. */
  timestamp: string;
  data: TData;
}

/** A refused delivery: answer it with a 400 and do not act on it. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/** Headers as Node (`req.headers`), Express, or a fetch `Headers` give them. */
export type WebhookHeaders = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far webhook-timestamp may be from now, in seconds (default 300: 5 minutes). */
  toleranceSeconds?: number;
  /** The current time (for tests); default Date.now(). */
  now?: Date | number;
}

interface Subtle {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ['verify'],
  ): Promise<unknown>;
  verify(algorithm: 'HMAC', key: unknown, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}
interface Runtime {
  crypto?: { subtle?: Subtle };
  atob?: (data: string) => string;
  TextEncoder?: new () => { encode(input: string): Uint8Array };
  TextDecoder?: new () => { decode(input: Uint8Array): string };
}
const runtime = globalThis as unknown as Runtime;

const MAX_HEADER = 1024 * 8;

function header(headers: WebhookHeaders, name: string): string {
  let value: string | string[] | null | undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') value = (headers as { get(n: string): string | null }).get(name);
  else {
    const record = headers as Record<string, string | string[] | undefined>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  if (Array.isArray(value)) value = value.join(' ');
  if (typeof value !== 'string' || value === '') throw new WebhookVerificationError(`Missing the ${name} header.`);
  if (value.length > MAX_HEADER) throw new WebhookVerificationError(`The ${name} header is too long.`);
  return value;
}

function base64(text: string, what: string): Uint8Array {
  if (!runtime.atob) throw new TypeError('verifyWebhook needs atob (Node 16+, browsers).');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new WebhookVerificationError(`${what} is not base64.`);
  const binary = runtime.atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function utf8(text: string): Uint8Array {
  if (!runtime.TextEncoder) throw new TypeError('verifyWebhook needs TextEncoder.');
  return new runtime.TextEncoder().encode(text);
}

function decode(bytes: Uint8Array): string {
  if (!runtime.TextDecoder) throw new TypeError('verifyWebhook needs TextDecoder for a byte body (or pass the body as a string).');
  return new runtime.TextDecoder().decode(bytes);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Checks a delivery and returns its parsed body; throws WebhookVerificationError when the
 * signature does not match, a header is missing, or the timestamp is more than 5 minutes
 * off (a replayed or delayed request). Pass the body exactly as received (the raw string or
 * bytes, before any JSON parsing: re-serialized JSON does not match).
 */
export async function verifyWebhook<TData = Record<string, unknown>>(
  secret: string,
  headers: WebhookHeaders,
  body: string | Uint8Array,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent<TData>> {
  const subtle = runtime.crypto?.subtle;
  if (!subtle) throw new TypeError('verifyWebhook needs WebCrypto (globalThis.crypto.subtle: Node 20, browsers).');
  if (typeof secret !== 'string' || !secret.startsWith('whsec_')) {
    throw new TypeError('The webhook secret starts with "whsec_" (as shown when the endpoint was created).');
  }
  const key = base64(secret.slice('whsec_'.length), 'The webhook secret');
  if (key.length === 0) throw new TypeError('The webhook secret is empty.');

  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');

  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError('webhook-timestamp is not Unix seconds.');
  const now = Math.floor(Number(options.now ?? Date.now()) / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(now - Number(timestamp)) > tolerance) {
    throw new WebhookVerificationError(`webhook-timestamp is more than ${tolerance} seconds from now: refused (replay or clock skew).`);
  }

  const bytes = typeof body === 'string' ? utf8(body) : body;
  const signed = concat(utf8(`${id}.${timestamp}.`), bytes);
  const hmac = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  let matched = false;
  for (const entry of signatures.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    let signature: Uint8Array;
    try {
      signature = base64(entry.slice(comma + 1), 'The signature');
    } catch {
      continue;
    }
    // subtle.verify compares in constant time; check every listed signature all the same
    if (await subtle.verify('HMAC', hmac, signature, signed)) matched = true;
  }
  if (!matched) throw new WebhookVerificationError('No matching v1 signature: wrong secret, or the body was changed.');

  const text = typeof body === 'string' ? body : decode(body);
  try {
    return JSON.parse(text) as WebhookEvent<TData>;
  } catch {
    throw new WebhookVerificationError('The signed body is not JSON.');
  }
}
