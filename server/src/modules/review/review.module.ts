import type { AppDeps, AppModule } from '../../app';
import type { Config } from '../../config';
import { rootLogger } from '../../common/logging';
import { AccessReviewJob } from './review.job';

export interface AccessReviewModule extends AppModule {
  job(): AccessReviewJob | null;
}

/** The weekly access review email's job: ticks every ACCESS_REVIEW_POLL_MS on every node (safe: see review.job.ts). */
export function accessReviewModule(config: Config): AccessReviewModule {
  let job: AccessReviewJob | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  return {
    job: () => job,
    // every organization's schedule: the system role, like the outbox worker (docs/security.md)
    start({ systemDs }: AppDeps) {
      const current = new AccessReviewJob(systemDs, config.appUrl);
      job = current;
      timer = setInterval(() => {
        if (running) return;
        running = current
          .tick()
          .catch((err: unknown) =>
            rootLogger().warn({ err, module: 'review' }, 'the access review job failed; it runs again at the next tick'),
          )
          .finally(() => (running = null));
      }, config.accessReviewPollMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      job = null;
    },
  };
}
