import { ApiKey } from './modules/api-keys/api-key.entity';
import { AuditEvent } from './modules/audit/audit-event.entity';
import { AccountToken, RecoveryCode } from './modules/auth/account-token.entity';
import { LoginThrottleRow } from './modules/auth/login-throttle.entity';
import { RefreshToken, Session } from './modules/auth/session.entity';
import { CreditBalance } from './modules/credits/credit-balance.entity';
import { CreditTransaction } from './modules/credits/credit-transaction.entity';
import { Membership } from './modules/members/member.entity';
import { CaughtEmail } from './modules/mail/caught-email.entity';
import { OutboxEmail } from './modules/mail/outbox.entity';
import { Organization } from './modules/organizations/organization.entity';
import { Resource } from './modules/resources/resource.entity';
import { AccessReviewSchedule } from './modules/review/review-schedule.entity';
import { UsageDaily } from './modules/usage/usage-daily.entity';
import { UsageRecord } from './modules/usage/usage-record.entity';
import { User } from './modules/users/user.entity';
import { WebhookDelivery } from './modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from './modules/webhooks/webhook-endpoint.entity';

/** Every entity. A module adds its entities here. */
export const ENTITIES = [
  User,
  Organization,
  Membership,
  Session,
  RefreshToken,
  LoginThrottleRow,
  AccountToken,
  RecoveryCode,
  AuditEvent,
  OutboxEmail,
  CaughtEmail,
  CreditBalance,
  CreditTransaction,
  Resource,
  UsageRecord,
  UsageDaily,
  ApiKey,
  WebhookEndpoint,
  WebhookDelivery,
  AccessReviewSchedule,
];
