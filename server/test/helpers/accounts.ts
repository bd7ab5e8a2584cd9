import { loadConfig } from '../../src/config';
import { mailModule } from '../../src/modules/mail/mail.module';
import { startTestApp, TestApp } from './app';
import { eventually, ReceivedMail, SmtpSink } from './smtp-sink';

export const APP_URL = 'https://orgpulse.example.test';

/** A real server whose outbox worker delivers to a real SMTP sink in the test. */
export async function startMailApp(env: Record<string, string> = {}): Promise<{ t: TestApp; sink: SmtpSink; stop(): Promise<void> }> {
  const sink = await new SmtpSink().start();
  const all = { SMTP_URL: sink.url, APP_URL, MAIL_POLL_MS: '20', MAIL_RETRY_BASE_MS: '20', ...env };
  const mail = mailModule(loadConfig({ NODE_ENV: 'test', ...all }), () => undefined);
  const t = await startTestApp({ env: all, modules: [mail], notifier: mail.notifier });
  return {
    t,
    sink,
    async stop() {
      await t.stop();
      await sink.stop();
    },
  };
}

/** The newest email of `kind` to `email`, once the sink has it. */
export function mailOf(sink: SmtpSink, email: string, kind: string, after = 0): Promise<ReceivedMail> {
  return eventually(
    () => {
      const all = sink.to(email).filter((m) => m.kind === kind);
      return all.length > after ? all[all.length - 1] : null;
    },
    10_000,
    `a ${kind} email to ${email}`,
  );
}

export const tokenIn = (mail: ReceivedMail, path: string): string => {
  const match = new RegExp(`${APP_URL}${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
};

export const temporaryPasswordIn = (mail: ReceivedMail): string => {
  const match = /Temporary password: (\S+)/.exec(mail.text);
  if (!match) throw new Error(`no temporary password in: ${mail.text}`);
  return match[1];
};
