/** The auth module's public file: what other modules may use. */
export { revokeSessions } from './session.revoke';
export type { RevokeReason } from './session.revoke';
export { RecoveryCode } from './account-token.entity';
export { useUpTokens } from './account-tokens';
