/** The mail module's public file: what other modules may use. */
export { STATUS_KINDS } from './mail.kinds';
export { AccountMailer } from './account.mailer';
