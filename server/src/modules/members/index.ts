/** The members module's public file: what other modules may use. */
export { Membership } from './member.entity';
export type { MemberNotifier } from './member.notifier';
export { pageUsedThisMonth } from './member.extras';
