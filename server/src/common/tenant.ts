import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from './transaction';
import { isUuid } from './validate';

/**
 * Whose rows a transaction may see under row-level security (docs/security.md,
 * "Row-level security"): the organization's, and, for a user's own account, that user's
 * memberships and sessions in every organization (and those organizations' names).
 */
export interface TenantScope {
  organizationId?: string | null;
  userId?: string | null;
}

/** Sets the scope for the rest of the current transaction only (SET LOCAL): a pooled connection never keeps it. */
export async function setScope(em: Pick<EntityManager, 'query'>, scope: TenantScope): Promise<void> {
  for (const id of [scope.organizationId, scope.userId]) {
    if (id && !isUuid(id)) throw new Error(`not a tenant id: ${JSON.stringify(id)}`);
  }
  await em.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`, [
    scope.organizationId ?? '',
    scope.userId ?? '',
  ]);
}

/**
 * Runs `work` in one transaction (retried like inTransaction) that sees only `scope`. Every
 * query of the app role goes through here: outside it, tenant tables read as empty.
 */
export function inScope<T>(ds: DataSource, scope: TenantScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inTransaction(ds, async (em) => {
    await setScope(em, scope);
    return work(em);
  });
}

/** `work` in one transaction that sees only the organization's rows. */
export function inTenant<T>(ds: DataSource, organizationId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inScope(ds, { organizationId }, work);
}

/** `work` in one transaction that sees only the user's own memberships, sessions and organizations. */
export function asUser<T>(ds: DataSource, userId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inScope(ds, { userId }, work);
}

/** A request's database: runs each piece of work (a loader batch) in a transaction of the caller's organization. */
export interface TenantDb {
  readonly organizationId: string | null;
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
}

/** With no organization (an anonymous request), every tenant table reads as empty. */
export function tenantDb(ds: DataSource, organizationId: string | null): TenantDb {
  return { organizationId, run: (work) => inScope(ds, { organizationId }, work) };
}
