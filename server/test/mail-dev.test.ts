import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import type { AppDeps } from '../src/app';
import { mailModule } from '../src/modules/mail/mail.module';
import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { signUp, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';
import { eventually, SmtpSink } from './helpers/smtp-sink';

/** The development default (no SMTP_URL): the embedded catcher and its inbox; and production, where neither exists. */

const ADD = graphql(`
  mutation MailDevAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
        emailStatus
      }
    }
  }
`);

describe('development, no SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    const env = { MAIL_POLL_MS: '20', APP_URL: 'http://localhost:4000' };
    const mail = mailModule(loadConfig({ NODE_ENV: 'test', ...env }), () => undefined);
    t = await startTestApp({ env, modules: [mail], notifier: mail.notifier });
  });
  afterAll(() => t.stop());

  test('the worker delivers to the embedded catcher over SMTP, and /api/dev/mail and /dev/mail show the message', async () => {
    const owner = await signUp(t, { name: 'Olivia <Owner>', organizationName: 'Acme AI' });
    const email = uniqueEmail('caught');
    const added = await t.ok(ADD, { input: { name: 'Nina New', email, temporaryPassword: TEMP_PASSWORD } }, owner.token);

    const body = await eventually(
      async () => {
        const res = await fetch(`${t.url}/api/dev/mail?to=${encodeURIComponent(email)}`);
        const json = (await res.json()) as {
          catcher: string;
          messages: Array<{ to: string[]; subject: string; text: string; html: string }>;
        };
        return json.messages.length > 0 && json;
      },
      10_000,
      'the caught email',
    );
    expect(body.catcher).toBe('on');
    expect(body.messages).toHaveLength(1);
    const [m] = body.messages;
    expect(m.to).toEqual([email]);
    expect(m.subject).toBe('Olivia <Owner> added you to Acme AI on orgpulse');
    expect(m.text).toContain(`Temporary password: ${TEMP_PASSWORD}`);
    expect(m.text).toContain('http://localhost:4000/sign-in');

    await eventually(
      async () => {
        const r = await t.ok(
          graphql(`
            query MailDevMember($id: ID!) {
              member(id: $id) {
                emailStatus
              }
            }
          `),
          { id: added.addMember.member.id },
          owner.token,
        );
        return r.member!.emailStatus === 'SENT';
      },
      10_000,
      'emailStatus SENT',
    );

    const page = await fetch(`${t.url}/dev/mail`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('Olivia &lt;Owner&gt; added you to Acme AI on orgpulse');
    expect(html).not.toContain('Olivia <Owner>');
    expect(html).toContain(email);
  });
});

describe('production', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let clientDist: string;
  const prodEnv = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), BCRYPT_COST: '10' };
  beforeAll(async () => {
    sink = await new SmtpSink().start();
    // a built client, so the SPA fallback is live and cannot answer for /dev/mail
    clientDist = fs.mkdtempSync(path.join(os.tmpdir(), 'orgpulse-client-'));
    fs.writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>spa</title>');
    const env = { ...prodEnv, SMTP_URL: sink.url, CLIENT_DIST: clientDist };
    const mail = mailModule(loadConfig(env), () => undefined);
    t = await startTestApp({ env, modules: [mail], notifier: mail.notifier });
    expect(t.config.production).toBe(true);
  });
  afterAll(async () => {
    await t.stop();
    await sink.stop();
    fs.rmSync(clientDist, { recursive: true, force: true });
  });

  test('the dev mail endpoints answer 404', async () => {
    expect((await fetch(`${t.url}/members`)).status).toBe(200); // the SPA fallback is on
    for (const path of ['/api/dev/mail', '/dev/mail', '/dev/mail/anything', '/api/dev/mail?to=a']) {
      const res = await fetch(`${t.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });

  test('without SMTP_URL the mail module refuses to start, with a clear message (no catcher in production)', async () => {
    const mail = mailModule(loadConfig(prodEnv), () => undefined);
    await expect(mail.start!(t.running.deps as AppDeps)).rejects.toThrow(/SMTP_URL is required in production/);
    expect(mail.worker()).toBeNull();
  });
});

test('SMTP_URL must be an smtp:// or smtps:// URL', () => {
  expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL must be an smtp/);
  expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.com:465' }).smtpUrl).toBe('smtps://u:p@mail.example.com:465');
});
