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

/**
 * Per-request batch loaders: every relation a field resolver follows goes through one of
 * these, so a page of N members costs one query per relation, not N. Each batch is one read
 * in one round trip in the caller's organization (`db`, common/tenant.ts): row-level security
 * keeps every other organization's rows out, whatever ids a batch holds.
 */
export function createLoaders(db: TenantDb) {
  return {
    ...creditLoaders(db),
    ...resourceLoaders(db),
    ...memberLoaders(db),
    ...allowanceLoaders(db),
    ...usageLoaders(db),
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

export type Loaders = ReturnType<typeof createLoaders>;
