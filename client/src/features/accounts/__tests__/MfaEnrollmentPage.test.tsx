import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import { ConfirmTotpEnrollmentMutation, StartTotpEnrollmentMutation } from '../accounts.graphql';
import MfaEnrollmentPage from '../MfaEnrollmentPage';

describe('Forced enrolment page', () => {
  it('explains the policy, enrols, shows the codes, then continues into the app', async () => {
    const user = userEvent.setup();
    const session = { ...makeSession('MEMBER', makeViewer('MEMBER', { requireMfa: true })), mfaEnrollmentRequired: true };
    renderWithProviders(
      <Routes>
        <Route path="/two-factor-setup" element={<MfaEnrollmentPage />} />
        <Route path="/" element={<p>home</p>} />
      </Routes>,
      {
        session,
        route: '/two-factor-setup',
        mocks: [
          {
            request: { query: StartTotpEnrollmentMutation },
            result: {
              data: {
                startTotpEnrollment: {
                  __typename: 'TotpEnrollment',
                  secret: 'JBSWY3DPEHPK3PXP',
                  otpauthUri: 'otpauth://totp/x',
                  qrCodeSvg: '<svg/>',
                },
              },
            },
          },
          {
            request: { query: ConfirmTotpEnrollmentMutation, variables: { code: '654321' } },
            result: { data: { confirmTotpEnrollment: ['aaaaa-bbbbb'] } },
          },
        ],
      },
    );
    expect(screen.getByText(/requires two-factor sign-in/)).toHaveTextContent('Acme AI requires two-factor sign-in');
    await user.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));
    await user.type(await screen.findByLabelText(/^Code from the app/), '654321');
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    expect(await screen.findByTestId('recovery-codes')).toHaveTextContent('aaaaa-bbbbb');
    await user.click(screen.getByRole('button', { name: 'I saved my codes, continue' }));
    expect(await screen.findByText('home')).toBeInTheDocument();
  });
});
