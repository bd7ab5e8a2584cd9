import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { makeSession, renderWithProviders } from '../../../test/render';
import { LogInMutation } from '../../auth/auth.graphql';
import SignInPage from '../../auth/SignInPage';
import { CompleteMfaLogInMutation } from '../accounts.graphql';

const PAYLOAD = {
  __typename: 'AuthPayload',
  accessToken: 'access-1',
  user: { __typename: 'User', id: 'u-1', name: 'Tom', email: 'tom@example.com', mustChangePassword: false },
  member: { __typename: 'Member', id: 'm-1', role: 'OWNER' },
  organization: { __typename: 'Organization', id: 'org-1', name: 'Acme AI' },
};

const mfaRequired = {
  request: { query: LogInMutation, variables: () => true },
  result: {
    errors: [
      {
        message: 'Enter the code from your authenticator app, or a recovery code, to finish signing in (completeMfaLogIn).',
        extensions: { code: 'MFA_REQUIRED', mfaToken: 'mfa-tok' },
      },
    ],
  },
};

function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/" element={<p>home</p>} />
    </Routes>
  );
}

async function passwordStep(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Email/), 'tom@example.com');
  await user.type(screen.getByLabelText(/^Password/), 'saffron kettle glacier bishop');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { name: 'Two-factor sign-in' })).toBeInTheDocument();
}

describe('Sign-in with a second factor', () => {
  it('offers "Forgot password?"', () => {
    renderWithProviders(<App />, { role: null, route: '/sign-in' });
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password');
  });

  it('asks for the 6-digit code after MFA_REQUIRED and finishes with completeMfaLogIn', async () => {
    const user = userEvent.setup();
    const session = makeSession(null);
    const complete = jest.fn(() => ({ data: { completeMfaLogIn: PAYLOAD } }));
    renderWithProviders(<App />, {
      session,
      route: '/sign-in',
      mocks: [
        mfaRequired,
        { request: { query: CompleteMfaLogInMutation, variables: { mfaToken: 'mfa-tok', code: '123456' } }, result: complete },
      ],
    });
    await passwordStep(user);
    expect(session.signIn).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Authentication code/), '12345');
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByText('Enter the 6 digits your authenticator app shows.')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Authentication code/), '6');
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByText('home')).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(1);
    expect(session.signIn).toHaveBeenCalledWith(expect.objectContaining({ accessToken: 'access-1' }));
  });

  it('takes a recovery code instead, and shows a refusal', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />, {
      session: makeSession(null),
      route: '/sign-in',
      mocks: [
        mfaRequired,
        {
          request: { query: CompleteMfaLogInMutation, variables: { mfaToken: 'mfa-tok', code: 'abcde-fghjk' } },
          result: {
            errors: [
              {
                message: 'That code is not right. Enter the current code from your authenticator app, or an unused recovery code.',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          },
        },
      ],
    });
    await passwordStep(user);
    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText(/^Recovery code/), 'abcde-fghjk');
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument());
  });
});
