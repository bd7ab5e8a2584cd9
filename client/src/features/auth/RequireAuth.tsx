import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../common/QueryState';
import { useSession } from './session-context';

/** Where a session held by the organization's second-factor policy is sent (the enrolment page). */
export const MFA_ENROLLMENT_PATH = '/two-factor-setup';

interface Props {
  children: ReactNode;
  /** The page where a temporary password is replaced. */
  allowPasswordChange?: boolean;
  /** Pages the API still answers while a second factor must be enrolled (the enrolment itself, email confirmation). */
  allowMfaEnrollment?: boolean;
}

/**
 * Routes behind it need a session; a temporary password must be changed before anything
 * else, then a second factor the organization requires must be enrolled. The address asked
 * for (with its query, e.g. a verification token) travels along in `state.from`.
 */
export function RequireAuth({ children, allowPasswordChange = false, allowMfaEnrollment = false }: Props) {
  const session = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? location.pathname + location.search;
  if (session.status === 'loading') return <LoadingState label="Restoring your session…" />;
  if (session.status === 'anonymous') return <Navigate to="/sign-in" replace state={{ from }} />;
  if (session.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace state={{ from }} />;
  if (!session.mustChangePassword && session.mfaEnrollmentRequired && !allowMfaEnrollment) {
    return <Navigate to={MFA_ENROLLMENT_PATH} replace state={{ from }} />;
  }
  return <>{children}</>;
}

/** Sign-in and sign-up pages: a signed-in visitor goes to the app instead. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'loading') return <LoadingState label="Restoring your session…" />;
  if (session.status === 'authenticated') return <Navigate to={session.mustChangePassword ? '/change-password' : '/'} replace />;
  return <>{children}</>;
}
