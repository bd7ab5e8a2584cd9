import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { badInput } from '../../common/errors';
import { inTenant } from '../../common/tenant';
import { recordAudit } from '../audit';
import { Organization } from '../organizations';
import { readAccessReview, requireInactiveDays } from './review.queries';
import { AccessReviewSchedule } from './review-schedule.entity';
import type { AccessReview } from './review.types';

/** The access review (OWNER/ADMIN): what it lists, and the weekly email's setting. Suspending and revoking are the members' and keys' services. */
export class AccessReviewService {
  constructor(private readonly ds: DataSource) {}

  review(caller: Caller, inactiveDays: number): Promise<AccessReview> {
    const days = requireInactiveDays(inactiveDays);
    return inTenant(this.ds, caller.organizationId, (em) => readAccessReview(em, caller.organizationId, new Date(), days));
  }

  /**
   * Turns the weekly review email on or off, audited. The first email goes with the job's next
   * run; an organization that turns it off and on again keeps its week (the schedule row stays).
   */
  async setWeeklyEmail(caller: Caller, enabled: boolean): Promise<Organization> {
    if (typeof enabled !== 'boolean') throw badInput('enabled must be true or false.', 'enabled');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const org = await em
        .getRepository(Organization)
        .findOneOrFail({ where: { id: caller.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (org.weeklyAccessReviewEmail === enabled) return org;
      await em.getRepository(Organization).update({ id: org.id }, { weeklyAccessReviewEmail: enabled });
      if (enabled) {
        await em
          .createQueryBuilder()
          .insert()
          .into(AccessReviewSchedule)
          .values({ organizationId: org.id, nextRunAt: () => 'now()', lastSentAt: null })
          .orIgnore()
          .execute();
      }
      await recordAudit(em, caller, {
        action: 'organization.weekly_access_review_email_changed',
        targetId: org.id,
        details: { before: { weeklyAccessReviewEmail: org.weeklyAccessReviewEmail }, after: { weeklyAccessReviewEmail: enabled } },
      });
      return { ...org, weeklyAccessReviewEmail: enabled };
    });
  }
}
