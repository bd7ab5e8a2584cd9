// decorators of the entities imported below read metadata: load it first, whatever the import order
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AllowanceService } from './modules/credits/allowance.service';
import { ApiKeyService } from './modules/api-keys/api-key.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { BillingNotifier, silentBillingNotifier } from './modules/credits/billing.notifier';
import { CreditsService } from './modules/credits/credits.service';
import { MemberService } from './modules/members/member.service';
import { MemberNotifier, silentNotifier } from './modules/members/member.notifier';
import { OrganizationService } from './modules/organizations/organization.service';
import { ResourceService } from './modules/resources/resource.service';
import { AccessReviewService } from './modules/review/review.service';
import { SpendService } from './modules/credits/spend.service';
import { UsageService } from './modules/usage/usage.service';
import { LiveBus } from './modules/live/live.bus';
import { LiveService } from './modules/live/live.service';
import { RateLimiter } from './common/rate-limit';
import { rootLogger } from './common/logging';
import { WebhookService } from './modules/webhooks/webhook.service';

/** The app's services, built once per app and handed to resolvers through the context. */
export function createServices(
  ds: DataSource,
  config: Config,
  options: { notifier?: MemberNotifier; billingNotifier?: BillingNotifier; systemDs?: DataSource } = {},
) {
  const notifier = options.notifier ?? silentNotifier;
  const billingNotifier = options.billingNotifier ?? silentBillingNotifier;
  // `ds` is the app role's pool; the system role's (BYPASSRLS) goes only to the paths that cross organizations
  const systemDs = options.systemDs ?? ds;
  const auth = new AuthService(ds, config, systemDs);
  // the live bus LISTENs on a connection of its own to the same database (started by app.ts)
  const url = (ds.options as { url?: string }).url ?? null;
  const bus = new LiveBus(url, (message, err) => rootLogger().warn({ err }, message));
  return {
    auth,
    organizations: new OrganizationService(ds),
    members: new MemberService(
      ds,
      config,
      () => notifier,
      (caller, password, ip) => auth.confirmPassword(caller, password, ip),
      (userId) => auth.organizationCount(userId),
    ),
    credits: new CreditsService(
      ds,
      () => billingNotifier,
      () => bus,
    ),
    spend: new SpendService(
      ds,
      () => billingNotifier,
      {},
      () => bus,
      systemDs,
    ),
    live: new LiveService(ds, bus),
    rateLimiter: RateLimiter.create(config.rateLimit, ds),
    usage: new UsageService(ds),
    resources: new ResourceService(ds),
    apiKeys: new ApiKeyService(ds),
    audit: new AuditService(ds),
    allowances: new AllowanceService(ds),
    webhooks: new WebhookService(ds, config),
    accessReview: new AccessReviewService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;
