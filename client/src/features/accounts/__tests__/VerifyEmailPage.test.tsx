import { screen } from '@testing-library/react';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import { VerifyEmailMutation } from '../accounts.graphql';
import VerifyEmailPage from '../VerifyEmailPage';

const session = () => makeSession('OWNER', makeViewer('OWNER', { emailVerified: false }));

describe('Verify email page', () => {
  it('confirms the address with the token of the link, once', async () => {
    const result = jest.fn(() => ({ data: { verifyEmail: { __typename: 'User', id: 'user-viewer', emailVerified: true } } }));
    renderWithProviders(<VerifyEmailPage />, {
      session: session(),
      route: '/verify-email?token=tok-123',
      mocks: [{ request: { query: VerifyEmailMutation, variables: { token: 'tok-123' } }, result }],
    });
    expect(screen.getByText('Confirming your email address…')).toBeInTheDocument();
    expect(await screen.findByText('vera@example.com is confirmed. Thank you.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue to orgpulse' })).toHaveAttribute('href', '/');
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('shows why a used or expired link did not work', async () => {
    renderWithProviders(<VerifyEmailPage />, {
      session: session(),
      route: '/verify-email?token=old',
      mocks: [
        {
          request: { query: VerifyEmailMutation, variables: { token: 'old' } },
          result: { errors: [{ message: 'This confirmation link is not valid any more.', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This confirmation link is not valid any more.');
  });

  it('needs a token', () => {
    renderWithProviders(<VerifyEmailPage />, { session: session(), route: '/verify-email' });
    expect(screen.getByRole('alert')).toHaveTextContent('This link has no confirmation token.');
  });
});
