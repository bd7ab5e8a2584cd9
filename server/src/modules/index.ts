import type { AppModule } from '../app';
import type { Config } from '../config';
import type { BillingNotifier } from './credits/billing.notifier';
import type { MemberNotifier } from './members/member.notifier';
import { auditExportModule } from './audit/audit-export';
import { mailModule } from './mail/mail.module';
import { accessReviewModule } from './review/review.module';
import { usageExportModule } from './usage/usage-export';
import { usagePartitionsModule } from './usage/usage-partitions';
import { webhookModule } from './webhooks/webhook.module';

/** The app's background and HTTP modules (mail worker, exports…), and the member notifier. */
export function appModules(config: Config): { list: AppModule[]; notifier?: MemberNotifier; billingNotifier?: BillingNotifier } {
  const mail = mailModule(config);
  return {
    list: [
      mail,
      usageExportModule(),
      auditExportModule(),
      webhookModule(config, mail.webhookNotifier),
      accessReviewModule(config),
      usagePartitionsModule(config),
    ],
    notifier: mail.notifier,
    billingNotifier: mail.billingNotifier,
  };
}
