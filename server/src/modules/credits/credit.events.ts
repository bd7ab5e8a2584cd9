/** Something that can run a statement: a transaction's EntityManager, or the DataSource after an autocommitted write. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * What the credits module announces when a balance moves (the live subscriptions listen,
 * modules/live). Called inside the writing transaction where there is one, so the
 * announcement (a PostgreSQL NOTIFY) is delivered on commit and never for a rollback.
 */
export interface CreditEvents {
  balanceChanged(q: Queryable, e: { organizationId: string; usageIds: string[] }): Promise<void>;
}

export const silentCreditEvents: CreditEvents = {
  balanceChanged: async () => undefined,
};
