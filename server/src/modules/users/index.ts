/** The users module's public file: what other modules may use. */
export { User } from './user.entity';
