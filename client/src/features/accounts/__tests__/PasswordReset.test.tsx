import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkPassword } from '@orgpulse/shared';
import { renderWithProviders } from '../../../test/render';
import { RequestPasswordResetMutation, ResetPasswordMutation } from '../accounts.graphql';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';
import { ResetPasswordForm } from '../components/ResetPasswordForm';

/** Focuses a field and pastes the text (one change event, instead of one per key). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('Forgot password form', () => {
  it('asks for a valid address, then always answers the same way', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: { requestPasswordReset: true } }));
    renderWithProviders(<ForgotPasswordForm />, {
      role: null,
      mocks: [{ request: { query: RequestPasswordResetMutation, variables: { email: 'who@example.com' } }, result }],
    });
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    await fill(user, screen.getByLabelText(/^Email/), ' who@example.com ');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByText(/If an account exists for who@example.com, we sent a link/)).toBeInTheDocument();
    expect(result).toHaveBeenCalledTimes(1);
  });
});

describe('Reset password form', () => {
  const STRONG = 'glacier tundra mosaic lantern';

  it('refuses what the shared policy refuses, with its words, and sends nothing', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({ data: { resetPassword: true } }));
    renderWithProviders(<ResetPasswordForm token="t-1" onReset={jest.fn()} />, {
      role: null,
      mocks: [{ request: { query: ResetPasswordMutation, variables: () => true }, result }],
    });
    await fill(user, screen.getByLabelText(/^New password/), 'short');
    expect(await screen.findByTestId('password-strength')).toHaveTextContent('Does not meet the policy');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText(checkPassword('short').problems[0])).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
  });

  it('sets the new password with the token of the link', async () => {
    const user = userEvent.setup();
    const onReset = jest.fn();
    const result = jest.fn(() => ({ data: { resetPassword: true } }));
    renderWithProviders(<ResetPasswordForm token="t-1" onReset={onReset} />, {
      role: null,
      mocks: [{ request: { query: ResetPasswordMutation, variables: { token: 't-1', newPassword: STRONG } }, result }],
    });
    await fill(user, screen.getByLabelText(/^New password/), STRONG);
    await fill(user, screen.getByLabelText(/^Confirm new password/), STRONG);
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(onReset).toHaveBeenCalled());
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s answer for a used or expired link', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResetPasswordForm token="t-old" onReset={jest.fn()} />, {
      role: null,
      mocks: [
        {
          request: { query: ResetPasswordMutation, variables: () => true },
          result: { errors: [{ message: 'This reset link is not valid any more.', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    await fill(user, screen.getByLabelText(/^New password/), STRONG);
    await fill(user, screen.getByLabelText(/^Confirm new password/), STRONG);
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This reset link is not valid any more.');
  });
});
