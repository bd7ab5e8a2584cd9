import { Init1795853472684 } from './1795853472684-Init';
import { Outbox1795853858051 } from './1795853858051-Outbox';
import { Ledger1795853965933 } from './1795853965933-Ledger';
import { LoginThrottle1795857850235 } from './1795857850235-LoginThrottle';
import { MemberAllowances1795858433555 } from './1795858433555-MemberAllowances';
import { Webhooks1796120633124 } from './1796120633124-Webhooks';
import { Accounts1796116704194 } from './1796116704194-Accounts';
import { RowLevelSecurity1796200000000 } from './1796200000000-RowLevelSecurity';
import { WebhooksRowLevelSecurity1796300000000 } from './1796300000000-WebhooksRowLevelSecurity';
import { RateLimits1796400000000 } from './1796400000000-RateLimits';
import { UsageRollups1796500000000 } from './1796500000000-UsageRollups';
import { AuditLogFilters1796510000000 } from './1796510000000-AuditLogFilters';
import { AccessReview1796512000000 } from './1796512000000-AccessReview';
import { RowLevelSecurityInitPlans1796550000000 } from './1796550000000-RowLevelSecurityInitPlans';
import { MemberCounts1796560000000 } from './1796560000000-MemberCounts';
import { UsagePartitions1796600000000 } from './1796600000000-UsagePartitions';
import { UsageRecordChecks1796700000000 } from './1796700000000-UsageRecordChecks';
import { UsageRollupsOrdered1796800000000 } from './1796800000000-UsageRollupsOrdered';
import { UsageRollupWeeks1796810000000 } from './1796810000000-UsageRollupWeeks';
import { LedgerReferenceChecks1796900000000 } from './1796900000000-LedgerReferenceChecks';

/** Every migration, in order. A module adds its migration here (src/scripts/new-migration.sh writes one). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const MIGRATIONS: Function[] = [
  Init1795853472684,
  Outbox1795853858051,
  Ledger1795853965933,
  LoginThrottle1795857850235,
  MemberAllowances1795858433555,
  Accounts1796116704194,
  Webhooks1796120633124,
  RowLevelSecurity1796200000000,
  WebhooksRowLevelSecurity1796300000000,
  RateLimits1796400000000,
  UsageRollups1796500000000,
  AuditLogFilters1796510000000,
  AccessReview1796512000000,
  RowLevelSecurityInitPlans1796550000000,
  MemberCounts1796560000000,
  UsagePartitions1796600000000,
  UsageRecordChecks1796700000000,
  UsageRollupsOrdered1796800000000,
  UsageRollupWeeks1796810000000,
  LedgerReferenceChecks1796900000000,
];
