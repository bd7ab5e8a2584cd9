/** The resources module's public file: what other modules may use. */
export { Resource } from './resource.entity';
