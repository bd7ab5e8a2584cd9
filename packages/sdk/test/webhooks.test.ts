import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookVerificationError } from '../src';

// signatures computed by the standardwebhooks package: an independent implementation
const secret = `whsec_${randomBytes(32).toString('base64')}`;
const sender = new Webhook(secret);
const body = JSON.stringify({ type: 'member.added', timestamp: '2026-12-01T09:30:00.000Z', data: { memberId: 'm1', role: 'MEMBER' } });
const sentAt = new Date('2026-12-01T09:30:00Z');

function delivery(payload = body, at = sentAt, id = 'msg_2b1c') {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': sender.sign(id, at, payload),
  };
}

async function refusal(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected verifyWebhook to refuse');
}

test('a delivery signed by standardwebhooks verifies, and its parsed body is returned', async () => {
  const event = await verifyWebhook(secret, delivery(), body, { now: sentAt });
  expect(event).toEqual({ type: 'member.added', timestamp: '2026-12-01T09:30:00.000Z', data: { memberId: 'm1', role: 'MEMBER' } });
  // the same from bytes, a fetch Headers object, and header names in any case
  const headers = new Headers(delivery());
  expect((await verifyWebhook(secret, headers, new TextEncoder().encode(body), { now: sentAt })).type).toBe('member.added');
  const upper = Object.fromEntries(Object.entries(delivery()).map(([k, v]) => [k.toUpperCase(), v]));
  expect((await verifyWebhook(secret, upper, body, { now: sentAt })).type).toBe('member.added');
  // and standardwebhooks accepts what it signed (the fixture is right)
  expect(() => sender.verify(body, delivery(body, new Date()))).not.toThrow();
});

test('a changed body, another id, or another secret is refused', async () => {
  const headers = delivery();
  for (const [s, h, b] of [
    [secret, headers, body.replace('MEMBER', 'ADMIN')],
    [secret, { ...headers, 'webhook-id': 'msg_other' }, body],
    [`whsec_${randomBytes(32).toString('base64')}`, headers, body],
    [secret, { ...headers, 'webhook-signature': 'v2,' + headers['webhook-signature'].slice(3) }, body],
    [secret, { ...headers, 'webhook-signature': 'v1,not base64!' }, body],
  ] as const) {
    const err = await refusal(() => verifyWebhook(s, h, b, { now: sentAt }));
    expect(err).toBeInstanceOf(WebhookVerificationError);
  }
});

test('a timestamp more than 5 minutes off either way is refused, even with a valid signature', async () => {
  const at = (seconds: number) => new Date(sentAt.getTime() + seconds * 1000);
  await expect(verifyWebhook(secret, delivery(body, at(-299)), body, { now: sentAt })).resolves.toBeTruthy();
  await expect(verifyWebhook(secret, delivery(body, at(299)), body, { now: sentAt })).resolves.toBeTruthy();
  for (const off of [-301, 301, -86_400]) {
    const err = await refusal(() => verifyWebhook(secret, delivery(body, at(off)), body, { now: sentAt }));
    expect(err).toBeInstanceOf(WebhookVerificationError);
    expect(err.message).toMatch(/webhook-timestamp/);
  }
});

test('during a secret rotation the header lists several signatures: one match is enough', async () => {
  const old = new Webhook(`whsec_${randomBytes(24).toString('base64')}`);
  const headers = delivery();
  const both = { ...headers, 'webhook-signature': `${old.sign('msg_2b1c', sentAt, body)} ${headers['webhook-signature']}` };
  expect((await verifyWebhook(secret, both, body, { now: sentAt })).type).toBe('member.added');
});

test('missing headers and a malformed secret are refused', async () => {
  const { 'webhook-signature': _omitted, ...unsigned } = delivery();
  expect(await refusal(() => verifyWebhook(secret, unsigned, body, { now: sentAt }))).toBeInstanceOf(WebhookVerificationError);
  expect(await refusal(() => verifyWebhook(secret, { ...delivery(), 'webhook-timestamp': 'soon' }, body, { now: sentAt }))).toBeInstanceOf(
    WebhookVerificationError,
  );
  expect(await refusal(() => verifyWebhook('not-a-secret', delivery(), body, { now: sentAt }))).toBeInstanceOf(TypeError);
});
