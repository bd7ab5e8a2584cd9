import { compose, RenderedMail } from './mail.templates';

/** What the weekly access review email lists: the Members page review panel's rows, as plain values. */
export interface AccessReviewMailData {
  appUrl: string;
  name: string;
  organizationName: string;
  inactiveDays: number;
  inactiveMembers: Array<{ name: string; email: string; lastActiveAt: Date | null; joinedAt: Date }>;
  temporaryPasswordNotChanged: Array<{ name: string; email: string }>;
  adminsWithoutMfa: Array<{ name: string; email: string; role: string }>;
  unusedApiKeys: Array<{ name: string; prefix: string; memberName: string; lastUsedAt: Date | null; createdAt: Date }>;
}

/** Rows shown per section; the rest are counted ("…and 12 more"), the panel has them all. */
const ROWS_PER_SECTION = 20;
const day = (d: Date) => d.toISOString().slice(0, 10);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function section(title: string, rows: string[]): Array<{ p: string }> {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, ROWS_PER_SECTION).map((r) => ({ p: `• ${r}` }));
  const more = rows.length > ROWS_PER_SECTION ? [{ p: `…and ${rows.length - ROWS_PER_SECTION} more.` }] : [];
  return [{ p: `${title} (${rows.length}):` }, ...shown, ...more];
}

export function accessReviewMail(m: AccessReviewMailData): RenderedMail {
  const total = m.inactiveMembers.length + m.temporaryPasswordNotChanged.length + m.adminsWithoutMfa.length + m.unusedApiKeys.length;
  return compose(`Weekly access review for ${m.organizationName}: ${plural(total, 'item', 'items')} to check`, `Hi ${m.name},`, [
    { p: `Here is this week's access review of ${m.organizationName}: who may no longer need access.` },
    ...section(
      `Members with no activity in ${m.inactiveDays} days`,
      m.inactiveMembers.map((x) =>
        x.lastActiveAt
          ? `${x.name} <${x.email}>: last active ${day(x.lastActiveAt)}`
          : `${x.name} <${x.email}>: never active (joined ${day(x.joinedAt)})`,
      ),
    ),
    ...section(
      'Members who never changed their temporary password',
      m.temporaryPasswordNotChanged.map((x) => `${x.name} <${x.email}>`),
    ),
    ...section(
      'Owners and admins without a second factor',
      m.adminsWithoutMfa.map((x) => `${x.name} <${x.email}> (${x.role.charAt(0)}${x.role.slice(1).toLowerCase()})`),
    ),
    ...section(
      `API keys unused for ${m.inactiveDays} days`,
      m.unusedApiKeys.map(
        (k) =>
          `${k.name} (${k.prefix}…) of ${k.memberName}: ${k.lastUsedAt ? `last used ${day(k.lastUsedAt)}` : `never used (created ${day(k.createdAt)})`}`,
      ),
    ),
    { p: 'Suspend members or revoke keys in one click from the Review panel of the Members page.' },
    { field: { label: 'Members', value: `${m.appUrl}/members`, link: true } },
    { p: 'You get this email weekly, when something needs a look, because an owner or admin turned it on in Settings.' },
  ]);
}
