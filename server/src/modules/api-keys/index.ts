/** The api-keys module's public file: what other modules may use. */
export { ApiKey } from './api-key.entity';
