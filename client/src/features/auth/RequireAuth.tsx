import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../common/QueryState';
import { useSession } from './session-context';

/** Routes behind it need a session; a temporary password must be changed before anything else. */
export function RequireAuth({ children, allowPasswordChange = false }: { children: ReactNode; allowPasswordChange?: boolean }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <LoadingState label="Restoring your session…" />;
  if (session.status === 'anonymous') return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (session.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}

/** Sign-in and sign-up pages: a signed-in visitor goes to the app instead. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'loading') return <LoadingState label="Restoring your session…" />;
  if (session.status === 'authenticated') return <Navigate to={session.mustChangePassword ? '/change-password' : '/'} replace />;
  return <>{children}</>;
}
