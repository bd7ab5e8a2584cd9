import DataLoader from 'dataloader';
import type { TenantDb } from './common/tenant';
import { allowanceLoaders } from './modules/credits/allowance.loaders';
import { creditLoaders } from './modules/credits/credits.loaders';
import { Membership } from './modules/members/member.entity';
import { memberLoaders } from './modules/members/member.loaders';
import { Organization } from './modules/organizations/organization.entity';
import { resourceLoaders } from './modules/resources/resource.loaders';
import { usageLoaders } from './modules/usage/usage.loaders';
import { User } from './modules/users/user.entity';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The relations every module follows (users, organizations, memberships, owners, member counts). */
function coreLoaders(db: TenantDb) {
  return {
    user: new DataLoader<string, User | null>(async (ids) => byId(await db.entities(User, 'id = ANY($1::uuid[])', [[...ids]]), ids)),
    organization: new DataLoader<string, Organization | null>(async (ids) =>
      byId(await db.entities(Organization, 'id = ANY($1::uuid[])', [[...ids]]), ids),
    ),
    membership: new DataLoader<string, Membership | null>(async (ids) =>
      byId(await db.entities(Membership, 'id = ANY($1::uuid[])', [[...ids]]), ids),
    ),
    ownerOf: new DataLoader<string, Membership | null>(async (orgIds) => {
      const rows = await db.entities(Membership, `organization_id = ANY($1::uuid[]) AND role = 'OWNER'`, [[...orgIds]]);
      const map = new Map(rows.map((r) => [r.organizationId, r]));
      return orgIds.map((id) => map.get(id) ?? null);
    }),
    memberCount: new DataLoader<string, number>(async (orgIds) => {
      // the counters the membership triggers keep (migration MemberCounts), not a count of the rows
      const rows = await db.read<{ organization_id: string; n: string }>(
        `SELECT organization_id, sum(n) AS n FROM member_counts
          WHERE organization_id = ANY($1) AND status <> 'REMOVED' GROUP BY organization_id`,
        [[...orgIds]],
      );
      const map = new Map(rows.map((r) => [r.organization_id, Number(r.n)]));
      return orgIds.map((id) => map.get(id) ?? 0);
    }),
  };
}

const GROUPS = {
  credit: creditLoaders,
  resource: resourceLoaders,
  member: memberLoaders,
  allowance: allowanceLoaders,
  usage: usageLoaders,
  core: coreLoaders,
};
type Groups = typeof GROUPS;

export type Loaders = ReturnType<Groups['credit']> &
  ReturnType<Groups['resource']> &
  ReturnType<Groups['member']> &
  ReturnType<Groups['allowance']> &
  ReturnType<Groups['usage']> &
  ReturnType<Groups['core']>;

/**
 * A request's loaders, each module's made when one of them is first used: a request that
 * follows no relation (most mutations, `{ __typename }`) makes none (issue 11: building all of
 * them on every request was a measurable part of its fixed cost).
 */
class RequestLoaders {
  readonly made: { [G in keyof Groups]?: ReturnType<Groups[G]> } = {};
  constructor(readonly db: TenantDb) {}
}
for (const [group, make] of Object.entries(GROUPS) as Array<[keyof Groups, (db: TenantDb) => Record<string, unknown>]>) {
  // the names each module's factory returns (building them reads nothing: DataLoaders batch on first load)
  for (const name of Object.keys(make(null as unknown as TenantDb))) {
    if (Object.prototype.hasOwnProperty.call(RequestLoaders.prototype, name)) throw new Error(`two loaders are named ${name}`);
    Object.defineProperty(RequestLoaders.prototype, name, {
      get(this: RequestLoaders) {
        return ((this.made[group] as Record<string, unknown> | undefined) ??
          (((this.made as Record<string, unknown>)[group] = make(this.db)) as Record<string, unknown>))[name];
      },
    });
  }
}

/**
 * Per-request batch loaders: every relation a field resolver follows goes through one of
 * these, so a page of N members costs one query per relation, not N. Each batch is one read
 * in one round trip in the caller's organization (`db`, common/tenant.ts): row-level security
 * keeps every other organization's rows out, whatever ids a batch holds.
 */
export function createLoaders(db: TenantDb): Loaders {
  return new RequestLoaders(db) as unknown as Loaders;
}
