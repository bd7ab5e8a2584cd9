import type { AppDeps, AppModule } from '../../app';
import type { Config } from '../../config';
import { WebhookNotifier, silentWebhookNotifier } from './webhook.notifier';
import { WebhookWorker } from './webhook.worker';

export interface WebhookModule extends AppModule {
  worker(): WebhookWorker | null;
}

/** The webhook delivery worker (the service itself is in services.ts). */
export function webhookModule(config: Config, notifier: WebhookNotifier = silentWebhookNotifier): WebhookModule {
  let worker: WebhookWorker | null = null;
  return {
    worker: () => worker,
    // the outbox of every organization: the system role, like the mail worker (docs/security.md)
    start({ systemDs, services }: AppDeps) {
      worker = new WebhookWorker(systemDs, { config, notifier });
      services.webhooks.onQueued(() => worker?.nudge());
      worker.start();
    },
    async stop() {
      await worker?.stop();
      worker = null;
    },
  };
}
