/** The credits (money) module's public file: what other modules may use. */
export { CreditTransaction } from './credit-transaction.entity';
export type { BillingNotifier } from './billing.notifier';
export { loadRunwayBases, runwayOf, runwaySentence } from './runway';
export { CreditBalanceView } from './credits.types';
export type { CreditEvents, Queryable } from './credit.events';
export { usedThisMonthSql } from './balance.rows';
