/**
 * What the SDK takes from the workspace package @orgpulse/shared, file by file: the error
 * codes, exact credit arithmetic and the role and permission names. The build (tsup) bundles
 * these files, code and declarations, into dist/, so the published package depends on
 * nothing unpublished, and only what is imported here is shipped (not the password rules).
 */
export { ERROR_CODES, ErrorCode } from '../../../shared/src/errors';
export { addCredits, CreditFormatError, formatCredits, parseCredits } from '../../../shared/src/credits';
export type { Permission } from '../../../shared/src/permissions';
export type { MemberStatus, Role } from '../../../shared/src/roles';
