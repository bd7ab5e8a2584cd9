import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors';
import { ApiKey } from '../api-keys';
import { Membership } from '../members';
import { User } from '../users';
import type { AccessReview } from './review.types';

const DAY_MS = 86_400_000;
/** Each list's length at most: a review is read by a person, not paged. */
const REVIEW_LIST_LIMIT = 200;
export const DEFAULT_INACTIVE_DAYS = 30;

export function requireInactiveDays(days: number): number {
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw badInput('inactiveDays must be a whole number of days from 1 to 365 (the panel offers 30, 60 and 90).', 'inactiveDays');
  }
  return days;
}

/**
 * The organization's access review as of `now`, in four statements whatever its size. Every
 * statement names the organization (the weekly job runs on the system role, without a tenant).
 * Activity is `memberships.last_active_at`, which both session and API-key requests touch.
 */
export async function readAccessReview(em: EntityManager, organizationId: string, now: Date, inactiveDays: number): Promise<AccessReview> {
  const since = new Date(now.getTime() - inactiveDays * DAY_MS);
  const members = () =>
    em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.organization_id = :org', { org: organizationId })
      .andWhere(`m.status = 'ACTIVE'`)
      .limit(REVIEW_LIST_LIMIT);
  const [inactiveMembers, temporaryPasswordNotChanged, adminsWithoutMfa, unusedApiKeys] = await Promise.all([
    members()
      .andWhere('COALESCE(m.last_active_at, m.created_at) < :since', { since })
      .orderBy('COALESCE(m.last_active_at, m.created_at)', 'ASC')
      .addOrderBy('m.id')
      .getMany(),
    members()
      .innerJoin(User, 'u', 'u.id = m.user_id AND u.must_change_password')
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id')
      .getMany(),
    members()
      .innerJoin(User, 'u', 'u.id = m.user_id AND u.totp_enabled_at IS NULL')
      .andWhere(`m.role IN ('OWNER', 'ADMIN')`)
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id')
      .getMany(),
    em
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .innerJoin(Membership, 'km', `km.id = k.membership_id AND km.status <> 'REMOVED'`)
      .where('k.organization_id = :org', { org: organizationId })
      .andWhere('k.revoked_at IS NULL')
      .andWhere('COALESCE(k.last_used_at, k.created_at) < :since', { since })
      .orderBy('COALESCE(k.last_used_at, k.created_at)', 'ASC')
      .addOrderBy('k.id')
      .limit(REVIEW_LIST_LIMIT)
      .getMany(),
  ]);
  return { inactiveDays, inactiveSince: since, inactiveMembers, temporaryPasswordNotChanged, adminsWithoutMfa, unusedApiKeys };
}

/** True when the review has nothing to show. */
export const isEmptyReview = (r: AccessReview) =>
  r.inactiveMembers.length + r.temporaryPasswordNotChanged.length + r.adminsWithoutMfa.length + r.unusedApiKeys.length === 0;
