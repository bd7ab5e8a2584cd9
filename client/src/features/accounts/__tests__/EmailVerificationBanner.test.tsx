import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import { ResendVerificationEmailMutation } from '../accounts.graphql';
import { EmailVerificationBanner } from '../components/EmailVerificationBanner';

const unverified = () => makeSession('OWNER', makeViewer('OWNER', { emailVerified: false }));

describe('Email verification banner', () => {
  it('says the address is not verified and resends the link', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: { resendVerificationEmail: true } }));
    renderWithProviders(<EmailVerificationBanner />, {
      session: unverified(),
      mocks: [{ request: { query: ResendVerificationEmailMutation }, result }],
    });
    expect(screen.getByTestId('email-unverified')).toHaveTextContent('vera@example.com is not verified yet');
    await user.click(screen.getByRole('button', { name: 'Resend verification email' }));
    expect(await screen.findByText('We sent a new confirmation link to vera@example.com.')).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('says so when the address turned out to be confirmed already', async () => {
    const user = userEvent.setup();
    renderWithProviders(<EmailVerificationBanner />, {
      session: unverified(),
      mocks: [{ request: { query: ResendVerificationEmailMutation }, result: { data: { resendVerificationEmail: false } } }],
    });
    await user.click(screen.getByRole('button', { name: 'Resend verification email' }));
    expect(await screen.findByText('Your email address is already confirmed.')).toBeInTheDocument();
  });

  it('is not shown once the address is verified', () => {
    renderWithProviders(<EmailVerificationBanner />, { session: makeSession('OWNER', makeViewer('OWNER', { emailVerified: true })) });
    expect(screen.queryByTestId('email-unverified')).not.toBeInTheDocument();
  });
});
