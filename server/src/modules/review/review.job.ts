import { In, type DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../../common/transaction';
import { accessReviewMail, MailKind, managers, queueEmail } from '../mail';
import { Membership } from '../members';
import { Organization } from '../organizations';
import { User } from '../users';
import { DEFAULT_INACTIVE_DAYS, isEmptyReview, readAccessReview } from './review.queries';
import type { AccessReview } from './review.types';

const WEEK_MS = 7 * 86_400_000;
/** Organizations handled per tick at most (the next tick takes the rest). */
const MAX_PER_TICK = 500;

/**
 * The weekly access review email (opt-in: organizations.weekly_access_review_email). Runs on
 * the system role's pool, like the outbox worker: one schedule row per organization. Each
 * organization is handled in its own transaction that claims its due row (FOR UPDATE SKIP
 * LOCKED), queues one email per active owner and admin in the outbox and moves the row a
 * week on, so any number of nodes can tick at once and each review is queued once; the
 * outbox worker delivers after commit. A review with nothing in it sends nothing that week.
 */
export class AccessReviewJob {
  constructor(
    private readonly ds: DataSource,
    private readonly appUrl: string,
  ) {}

  /** Handles every organization due at `now` (tests pass their own). Returns how many emails were queued. */
  async tick(now: Date = new Date()): Promise<number> {
    let queued = 0;
    for (let i = 0; i < MAX_PER_TICK; i++) {
      const n = await inTransaction(this.ds, (em) => this.runOne(em, now));
      if (n === null) break;
      queued += n;
    }
    return queued;
  }

  /** One due organization: null when none is left. */
  private async runOne(em: EntityManager, now: Date): Promise<number | null> {
    const [due]: Array<{ organization_id: string }> = await em.query(
      `SELECT s.organization_id FROM access_review_schedules s
         JOIN organizations o ON o.id = s.organization_id AND o.weekly_access_review_email
        WHERE s.next_run_at <= $1
        ORDER BY s.next_run_at
        LIMIT 1
          FOR UPDATE OF s SKIP LOCKED`,
      [now],
    );
    if (!due) return null;
    const organizationId = due.organization_id;
    const review = await readAccessReview(em, organizationId, now, DEFAULT_INACTIVE_DAYS);
    let queued = 0;
    if (!isEmptyReview(review)) {
      const [organization, recipients, data] = await Promise.all([
        em.getRepository(Organization).findOneByOrFail({ id: organizationId }),
        managers(em, organizationId),
        this.mailRows(em, review),
      ]);
      for (const r of recipients) {
        await queueEmail(em, {
          organizationId,
          membershipId: r.membership_id,
          kind: MailKind.AccessReview,
          to: r.email,
          mail: accessReviewMail({ appUrl: this.appUrl, name: r.name, organizationName: organization.name, ...data }),
        });
        queued++;
      }
    }
    await em.query(
      `UPDATE access_review_schedules SET next_run_at = $2, last_sent_at = CASE WHEN $3 THEN $4 ELSE last_sent_at END WHERE organization_id = $1`,
      [organizationId, new Date(now.getTime() + WEEK_MS), queued > 0, now],
    );
    return queued;
  }

  /** The review's rows with the names and emails an email shows (two statements). */
  private async mailRows(em: EntityManager, review: AccessReview) {
    const keyMemberIds = [...new Set(review.unusedApiKeys.map((k) => k.membershipId))];
    const keyMembers = keyMemberIds.length ? await em.getRepository(Membership).findBy({ id: In(keyMemberIds) }) : [];
    const all = [...review.inactiveMembers, ...review.temporaryPasswordNotChanged, ...review.adminsWithoutMfa, ...keyMembers];
    const userIds = [...new Set(all.map((m) => m.userId))];
    const users = new Map((userIds.length ? await em.getRepository(User).findBy({ id: In(userIds) }) : []).map((u) => [u.id, u]));
    const person = (m: Membership) => ({ name: users.get(m.userId)?.name ?? 'Someone', email: users.get(m.userId)?.email ?? '' });
    const memberOfKey = new Map(keyMembers.map((m) => [m.id, m]));
    return {
      inactiveDays: review.inactiveDays,
      inactiveMembers: review.inactiveMembers.map((m) => ({ ...person(m), lastActiveAt: m.lastActiveAt, joinedAt: m.createdAt })),
      temporaryPasswordNotChanged: review.temporaryPasswordNotChanged.map(person),
      adminsWithoutMfa: review.adminsWithoutMfa.map((m) => ({ ...person(m), role: m.role })),
      unusedApiKeys: review.unusedApiKeys.map((k) => {
        const owner = memberOfKey.get(k.membershipId);
        return {
          name: k.name,
          prefix: k.prefix,
          memberName: owner ? person(owner).name : 'a member',
          lastUsedAt: k.lastUsedAt,
          createdAt: k.createdAt,
        };
      }),
    };
  }
}
