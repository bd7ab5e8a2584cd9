/** The organizations module's public file: what other modules may use. */
export { Organization } from './organization.entity';
export { TenantEntity } from './tenant-entity';
