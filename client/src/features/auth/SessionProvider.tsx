import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { isRole } from '@orgpulse/shared';
import type { SessionManager } from '../../apollo/session-manager';
import type { AuthPayloadFieldsFragment } from '../../gql/graphql';
import { LogOutMutation, SwitchOrganizationMutation, ViewerQuery } from './auth.graphql';
import { SessionContext, type Session, type SessionStatus } from './session-context';

interface Props {
  manager: SessionManager;
  children: ReactNode;
}

/** Restores the session from the refresh cookie on load, then tracks the viewer. */
export function SessionProvider({ manager, children }: Props) {
  const client = useApolloClient();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [passwordChangeRequired, setPasswordChangeRequired] = useState(false);
  const [mfaEnrollmentSignalled, setMfaEnrollmentSignalled] = useState(false);

  useEffect(() => {
    let active = true;
    void manager.restore().then((payload) => {
      if (active) setStatus(payload ? 'authenticated' : 'anonymous');
    });
    const offExpired = manager.on('expired', () => {
      setStatus('anonymous');
      void client.clearStore();
    });
    const offPassword = manager.on('password-change-required', () => setPasswordChangeRequired(true));
    const offMfa = manager.on('mfa-enrollment-required', () => {
      setMfaEnrollmentSignalled(true);
      // the policy was turned on since the viewer was read: read it again
      void client.refetchQueries({ include: [ViewerQuery] }).catch(() => undefined);
    });
    return () => {
      active = false;
      offExpired();
      offPassword();
      offMfa();
    };
  }, [manager, client]);

  const { data, error } = useQuery(ViewerQuery, {
    skip: status !== 'authenticated',
    fetchPolicy: 'cache-first',
  });
  const viewer = status === 'authenticated' ? (data?.viewer ?? null) : null;

  const signIn = useCallback(
    async (payload: AuthPayloadFieldsFragment) => {
      manager.accept(payload);
      // Refetches what is on screen (e.g. the viewer after a password change) under the new token.
      await client.resetStore().catch(() => undefined);
      setPasswordChangeRequired(payload.user.mustChangePassword);
      setMfaEnrollmentSignalled(false);
      setStatus('authenticated');
    },
    [manager, client],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogOutMutation });
    } catch {
      // Signing out locally still ends the session in this tab.
    }
    manager.clear();
    await client.clearStore();
    setPasswordChangeRequired(false);
    setMfaEnrollmentSignalled(false);
    setStatus('anonymous');
  }, [manager, client]);

  const switchOrganization = useCallback(
    async (organizationId: string) => {
      const result = await client.mutate({ mutation: SwitchOrganizationMutation, variables: { organizationId } });
      const payload = result.data?.switchOrganization;
      if (!payload) return;
      manager.accept(payload);
      // Everything cached belongs to the previous organization. The reset rejects when a
      // query on screen unmounts while it refetches (the page changes under the new
      // viewer): the switch itself is done, so the caller goes on (e.g. to navigate).
      await client.resetStore().catch(() => undefined);
    },
    [manager, client],
  );

  // A viewer query that fails for good (not a refreshable expiry) leaves the app signed out.
  const effectiveStatus: SessionStatus = status === 'authenticated' && !viewer ? (error ? 'anonymous' : 'loading') : status;

  const value = useMemo<Session>(() => {
    const role = viewer && isRole(viewer.member.role) ? viewer.member.role : null;
    return {
      status: effectiveStatus,
      viewer,
      role,
      mustChangePassword: Boolean(viewer?.user.mustChangePassword) || passwordChangeRequired,
      // once the viewer has a second factor (read again after enrolment), nothing holds it
      mfaEnrollmentRequired: Boolean(viewer && !viewer.user.mfaEnabled && (viewer.organization.requireMfa || mfaEnrollmentSignalled)),
      getAccessToken: () => manager.tokens.get(),
      signIn,
      signOut,
      switchOrganization,
    };
  }, [effectiveStatus, viewer, passwordChangeRequired, mfaEnrollmentSignalled, manager, signIn, signOut, switchOrganization]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
