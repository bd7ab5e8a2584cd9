import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import { AnonymousOnly, MFA_ENROLLMENT_PATH, RequireAuth } from '../RequireAuth';

function From() {
  return <output data-testid="from">{(useLocation().state as { from?: string } | null)?.from ?? ''}</output>;
}

function App() {
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <AnonymousOnly>
            <p>sign-in page</p>
            <From />
          </AnonymousOnly>
        }
      />
      <Route
        path="/change-password"
        element={
          <RequireAuth allowPasswordChange>
            <p>change-password page</p>
          </RequireAuth>
        }
      />
      <Route
        path="/members"
        element={
          <RequireAuth>
            <p>members page</p>
          </RequireAuth>
        }
      />
      <Route
        path={MFA_ENROLLMENT_PATH}
        element={
          <RequireAuth allowMfaEnrollment>
            <p>enrolment page</p>
            <From />
          </RequireAuth>
        }
      />
      <Route
        path="/verify-email"
        element={
          <RequireAuth allowMfaEnrollment>
            <p>verify page</p>
          </RequireAuth>
        }
      />
      <Route path="/" element={<p>home</p>} />
    </Routes>
  );
}

describe('RequireAuth', () => {
  it('sends a visitor without a session to sign in', () => {
    renderWithProviders(<App />, { role: null, route: '/members' });
    expect(screen.getByText('sign-in page')).toBeInTheDocument();
  });

  it('lets a signed-in member through', () => {
    renderWithProviders(<App />, { role: 'MEMBER', route: '/members' });
    expect(screen.getByText('members page')).toBeInTheDocument();
  });

  it('forces the password change while the temporary password is in use', () => {
    const viewer = makeViewer('MEMBER');
    viewer.user.mustChangePassword = true;
    const session = { ...makeSession('MEMBER', viewer), mustChangePassword: true };
    renderWithProviders(<App />, { session, route: '/members' });
    expect(screen.getByText('change-password page')).toBeInTheDocument();
    expect(screen.queryByText('members page')).not.toBeInTheDocument();
  });

  it('waits while the session is being restored', () => {
    const session = { ...makeSession(null), status: 'loading' as const };
    renderWithProviders(<App />, { session, route: '/members' });
    expect(screen.getByText('Restoring your session…')).toBeInTheDocument();
  });

  it('sends a signed-in visitor away from the sign-in page', () => {
    renderWithProviders(<App />, { role: 'ADMIN', route: '/sign-in' });
    expect(screen.getByText('home')).toBeInTheDocument();
  });

  it('keeps the address asked for, query included, across the sign-in (a verification link)', () => {
    renderWithProviders(<App />, { role: null, route: '/verify-email?token=abc' });
    expect(screen.getByText('sign-in page')).toBeInTheDocument();
    expect(screen.getByTestId('from')).toHaveTextContent('/verify-email?token=abc');
  });

  it('sends a member without the second factor the organization requires to enrol, and lets them confirm the email', () => {
    const session = { ...makeSession('MEMBER', makeViewer('MEMBER', { requireMfa: true })), mfaEnrollmentRequired: true };
    renderWithProviders(<App />, { session, route: '/members' });
    expect(screen.getByText('enrolment page')).toBeInTheDocument();
    expect(screen.getByTestId('from')).toHaveTextContent('/members');
  });

  it('lets the email confirmation through while enrolment is pending', () => {
    const session = { ...makeSession('MEMBER'), mfaEnrollmentRequired: true };
    renderWithProviders(<App />, { session, route: '/verify-email?token=abc' });
    expect(screen.getByText('verify page')).toBeInTheDocument();
  });
});
