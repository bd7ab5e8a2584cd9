import type { AppDeps, AppModule } from '../../app';
import type { Config } from '../../config';
import { rootLogger } from '../../common/logging';
import { MailCatcher } from './mail.catcher';
import { OutboxBillingNotifier, OutboxMemberNotifier, OutboxWebhookNotifier } from './mail.notifier';
import { devMailRoutes } from './mail.routes';
import { OutboxWorker } from './mail.worker';

export interface MailModule extends AppModule {
  notifier: OutboxMemberNotifier;
  billingNotifier: OutboxBillingNotifier;
  webhookNotifier: OutboxWebhookNotifier;
  /** The running worker (after start). */
  worker(): OutboxWorker | null;
}

/**
 * Email: the notifiers that queue mail in the outbox, the worker that delivers it over
 * SMTP_URL, and, in development without SMTP_URL, the local catcher and its /dev/mail inbox.
 */
export function mailModule(config: Config, log: (message: string) => void = (m) => rootLogger().info({ module: 'mail' }, m)): MailModule {
  let worker: OutboxWorker | null = null;
  let catcher: MailCatcher | null = null;
  return {
    notifier: new OutboxMemberNotifier(config.appUrl),
    billingNotifier: new OutboxBillingNotifier(config.appUrl),
    webhookNotifier: new OutboxWebhookNotifier(config.appUrl),
    worker: () => worker,

    routes(app, deps: AppDeps) {
      devMailRoutes(app, deps);
    },

    // the outbox of every organization, and the catcher's global inbox: the system role (docs/security.md)
    async start({ systemDs: ds }: AppDeps) {
      let smtpUrl = config.smtpUrl;
      if (!smtpUrl) {
        if (config.production) {
          throw new Error(
            'SMTP_URL is required in production (e.g. smtp://user:password@mail.example.com:587): the local mail catcher is for development only.',
          );
        }
        catcher = new MailCatcher(ds, log);
        const port = await catcher.start(config.mail.catcherPort);
        smtpUrl = `smtp://127.0.0.1:${port}`;
        log(`No SMTP_URL: email is caught locally (SMTP on 127.0.0.1:${port}); read it at ${config.appUrl}/dev/mail`);
      }
      worker = new OutboxWorker(ds, {
        smtpUrl,
        from: config.mail.from,
        pollMs: config.mail.pollMs,
        maxAttempts: config.mail.maxAttempts,
        retryBaseMs: config.mail.retryBaseMs,
        leaseMs: config.mail.leaseMs,
        messageIdDomain: config.mail.messageIdDomain,
        log,
      });
      worker.start();
    },

    async stop() {
      await worker?.stop();
      worker = null;
      await catcher?.stop();
      catcher = null;
    },
  };
}
