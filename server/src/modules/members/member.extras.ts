import type { Membership } from './member.entity';

/**
 * What the page statement read beside a member's own columns: its user's name and email, the
 * latest credentials email's error, the month-to-date usage (members with an allowance) and
 * the inviter (a whole membership with its user's name and email). The field resolvers read
 * these instead of loading them again (issue 11: one page statement, no loader round trips).
 */
interface MemberExtras {
  name: string;
  email: string;
  emailError?: string | null;
  usedThisMonth?: bigint | null;
  inviter?: Membership | null;
  /** Two-factor sign-in is on (the user's totp_enabled_at). */
  mfaEnabled?: boolean;
  /** While the user must change a temporary password: when it stops working; else null. */
  temporaryPasswordExpiresAt?: Date | null;
}

// a symbol property, not a WeakMap: two WeakMap entries per row were a measurable share of a page's CPU and GC
const EXTRAS = Symbol('memberExtras');
type WithExtras = Membership & { [EXTRAS]?: MemberExtras };

export const extrasOf = (m: Membership): MemberExtras | undefined => (m as WithExtras)[EXTRAS];

export const setExtras = (m: Membership, x: MemberExtras): void => {
  (m as WithExtras)[EXTRAS] = x;
};

/**
 * The month-to-date usage the members page statement read with this row (members with an
 * allowance), so the allowance field answers at once instead of through a loader's promise;
 * undefined when the row did not come from the page.
 */
export const pageUsedThisMonth = (m: Membership): bigint | null | undefined => extrasOf(m)?.usedThisMonth;
