/** The access review module's public file: what other modules may use. */
export { AccessReviewSchedule } from './review-schedule.entity';
