/** The mail module's public file: what other modules may use. */
export { STATUS_KINDS, MailKind } from './mail.kinds';
export { AccountMailer } from './account.mailer';
export { managers, queueEmail } from './mail.notifier';
export { accessReviewMail } from './review.templates';
