import { MEMBER_STATUSES, ROLES } from '@orgpulse/shared';
import { registerEnumType } from 'type-graphql';

/** GraphQL enums built from the shared lists, so the schema and the rules share one source. */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in (typeof ROLES)[number]]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'OWNER > ADMIN > MEMBER > GUEST' });

export const MemberStatusEnum = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, s])) as {
  [K in (typeof MEMBER_STATUSES)[number]]: K;
};
registerEnumType(MemberStatusEnum, { name: 'MemberStatus' });

export enum EmailStatus {
  NOT_SENT = 'NOT_SENT',
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(EmailStatus, { name: 'EmailStatus', description: 'Delivery status of an email.' });
