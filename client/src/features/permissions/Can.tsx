import type { ReactNode } from 'react';
import { can, type Permission } from '@orgpulse/shared';
import { useSession } from '../auth/session-context';

/** Whether the signed-in viewer's role has a capability, from the shared permission table. */
export function useCan(permission: Permission): boolean {
  const { role } = useSession();
  return can(role, permission);
}

interface CanProps {
  permission: Permission;
  children: ReactNode;
  /** Rendered instead when the role lacks the capability (nothing by default). */
  fallback?: ReactNode;
}

/**
 * Shows its children only to roles that have the permission. Hiding is a courtesy:
 * the API refuses the operation either way.
 */
export function Can({ permission, children, fallback = null }: CanProps) {
  return <>{useCan(permission) ? children : fallback}</>;
}
