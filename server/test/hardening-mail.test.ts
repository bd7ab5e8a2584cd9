import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { MailKind } from '../src/modules/mail/mail.kinds';
import { queueEmail } from '../src/modules/mail/mail.notifier';
import { removedMail } from '../src/modules/mail/mail.templates';
import { messageIdFor, OutboxWorker } from '../src/modules/mail/mail.worker';
import { createTestDatabase } from './helpers/postgres';
import { SmtpSink } from './helpers/smtp-sink';

/**
 * Issue 9: the envelope goes to exactly one parsed address, whatever the outbox row holds;
 * delivery is at-least-once, and a repeat carries the same Message-ID so receivers can drop it.
 */

let db: { url: string; drop(): Promise<void> };
let ds: DataSource;
let sink: SmtpSink;
let orgId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url, poolSize: 3 });
  await ds.initialize();
  sink = await new SmtpSink().start();
  [{ id: orgId }] = await ds.query(`INSERT INTO organizations (name) VALUES ('Mail Co') RETURNING id`);
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
  await sink.stop();
});

const worker = (domain?: string) =>
  new OutboxWorker(ds, {
    smtpUrl: sink.url,
    from: 'orgpulse <no-reply@orgpulse.example>',
    pollMs: 10,
    maxAttempts: 3,
    retryBaseMs: 10,
    messageIdDomain: domain,
    log: () => undefined,
  });

/** Writes a row straight into the outbox (as an older version, or a bug, might have). */
async function queue(to: string): Promise<string> {
  await ds.transaction((em) =>
    queueEmail(em, {
      organizationId: orgId,
      membershipId: null,
      kind: MailKind.Removed,
      to,
      mail: removedMail({ appUrl: 'http://localhost:4000', name: 'Cora', organizationName: 'Mail Co' }),
    }),
  );
  const [row] = await ds.query(`SELECT id FROM email_outbox WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
  return row.id;
}

test.each([
  'a,victim@evil.test',
  'ok@example.test, victim@evil.test',
  'Eve <victim@evil.test>',
  'ok@example.test\r\nRCPT TO:<victim@evil.test>',
])('a stored %j is never sent, to anyone, and the row is FAILED', async (to) => {
  const before = sink.received.length;
  const id = await queue(to);
  await worker().runOnce();
  expect(sink.received.length).toBe(before);
  const [row] = await ds.query(`SELECT status, last_error FROM email_outbox WHERE id = $1`, [id]);
  expect(row.status).toBe('FAILED');
  expect(row.last_error).toMatch(/single valid email address/);
});

test('the envelope holds exactly the one parsed address, and the From address', async () => {
  const to = 'one.person@example.test';
  const id = await queue(to);
  await worker().runOnce();
  const got = sink.received.filter((m) => m.messageId === messageIdFor(id));
  expect(got).toHaveLength(1);
  expect(got[0].to).toEqual([to]);
  expect(got[0].from).toBe('no-reply@orgpulse.example');
});

test('the same outbox row delivered twice carries the same Message-ID, <outbox-id@configured-domain>', async () => {
  const to = 'twice@example.test';
  const id = await queue(to);
  const w = worker('mail.orgpulse.example');
  await w.runOnce();
  // as after a crash between the SMTP server accepting the message and the row being marked
  // SENT: the row is due again and the next claim sends it once more
  await ds.query(`UPDATE email_outbox SET status = 'PENDING', next_attempt_at = now() - interval '1 second' WHERE id = $1`, [id]);
  await w.runOnce();
  const got = sink.received.filter((m) => m.to[0] === to);
  expect(got).toHaveLength(2);
  expect(got[0].messageId).toBe(`<${id}@mail.orgpulse.example>`);
  expect(got[1].messageId).toBe(got[0].messageId);
  const [row] = await ds.query(`SELECT status, attempts FROM email_outbox WHERE id = $1`, [id]);
  expect(row).toEqual({ status: 'SENT', attempts: 2 });
});

test('Message-IDs differ between rows and default to the orgpulse.local domain', async () => {
  const a = await queue('a@example.test');
  const b = await queue('b@example.test');
  await worker().runOnce();
  const ids = sink.received.filter((m) => m.to[0] === 'a@example.test' || m.to[0] === 'b@example.test').map((m) => m.messageId);
  expect(ids.sort()).toEqual([`<${a}@orgpulse.local>`, `<${b}@orgpulse.local>`].sort());
});
