import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import { AnonymousOnly, RequireAuth } from '../RequireAuth';

function App() {
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <AnonymousOnly>
            <p>sign-in page</p>
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
});
