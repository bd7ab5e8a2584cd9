import { createContext, useContext } from 'react';
import type { Role } from '@orgpulse/shared';
import type { AuthPayloadFieldsFragment, ViewerFieldsFragment } from '../../gql/graphql';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

export interface Session {
  status: SessionStatus;
  viewer: ViewerFieldsFragment | null;
  role: Role | null;
  /** True once the API said PASSWORD_CHANGE_REQUIRED, or the viewer must change the temporary password. */
  mustChangePassword: boolean;
  /** True while the organization requires a second factor the viewer has not set up (or the API said MFA_ENROLLMENT_REQUIRED). */
  mfaEnrollmentRequired: boolean;
  /** The current in-memory access token (for non-GraphQL requests such as the CSV export). */
  getAccessToken: () => string | null;
  /** Starts a session from an AuthPayload (sign-in, sign-up, password change). */
  signIn: (payload: AuthPayloadFieldsFragment) => Promise<void>;
  signOut: () => Promise<void>;
  switchOrganization: (organizationId: string) => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}

/** The signed-in viewer; only for components rendered behind <RequireAuth>. */
export function useViewer(): ViewerFieldsFragment {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer needs a signed-in viewer.');
  return viewer;
}
