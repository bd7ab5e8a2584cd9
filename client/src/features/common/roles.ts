import type { Role } from '@orgpulse/shared';

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Administrator',
  MEMBER: 'Member',
  GUEST: 'Guest',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: 'Founder of the organization, with every permission. Only one per organization.',
  ADMIN: 'Manages members, billing and settings, like the owner.',
  MEMBER: 'Uses the platform (API calls, resources, API keys); cannot manage members, billing or settings.',
  GUEST: 'Read-only access.',
};

export const ROLE_COLORS: Record<Role, string> = {
  OWNER: 'grape',
  ADMIN: 'indigo',
  MEMBER: 'blue',
  GUEST: 'gray',
};
