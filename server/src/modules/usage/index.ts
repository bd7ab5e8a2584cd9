/** The usage module's public file: what other modules may use. */
export { NO_RESOURCE } from './usage-daily.entity';
export { UsageRecord } from './usage-record.entity';
export { toUsageRecord } from './usage.rows';
export type { UsageRecordRow } from './usage.rows';
export { rollupCtes } from './usage-rollups.sql';
