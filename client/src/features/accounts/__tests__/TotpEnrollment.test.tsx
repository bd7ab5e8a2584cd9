import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSession, makeViewer, renderWithProviders } from '../../../test/render';
import { ConfirmTotpEnrollmentMutation, DisableTotpMutation, StartTotpEnrollmentMutation } from '../accounts.graphql';
import { TwoFactorSection } from '../components/TwoFactorSection';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" data-qr="1"><script>alert(1)</script><path d="M0 0h1v1H0z"/></svg>';
const CODES = Array.from({ length: 10 }, (_, i) => `aaaa${i}-bbbb${i}`);

const start = {
  request: { query: StartTotpEnrollmentMutation },
  result: {
    data: {
      startTotpEnrollment: {
        __typename: 'TotpEnrollment',
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/orgpulse:vera@example.com?secret=JBSWY3DPEHPK3PXP',
        qrCodeSvg: SVG,
      },
    },
  },
};

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('Two-factor sign-in in Settings → Security', () => {
  it('enrols: the QR code as an image, a code check, then the recovery codes to download', async () => {
    const user = userEvent.setup();
    const confirm = jest.fn(() => ({ data: { confirmTotpEnrollment: CODES } }));
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:codes');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });

    const { container } = renderWithProviders(<TwoFactorSection />, {
      role: 'MEMBER',
      mocks: [
        start,
        {
          request: { query: ConfirmTotpEnrollmentMutation, variables: { code: '000000' } },
          result: { errors: [{ message: 'That code is not right.', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
        { request: { query: ConfirmTotpEnrollmentMutation, variables: { code: '123456' } }, result: confirm },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));

    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;base64,${btoa(SVG)}`);
    // the SVG is an image source, never markup in the page
    expect(container.querySelector('[data-qr]')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSWY3DPEHPK3PXP');

    await user.type(screen.getByLabelText(/^Code from the app/), '000000');
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');

    await user.clear(screen.getByLabelText(/^Code from the app/));
    await user.type(screen.getByLabelText(/^Code from the app/), '123 456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    const box = await screen.findByTestId('recovery-codes');
    for (const code of CODES) expect(box).toHaveTextContent(code);

    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(downloads).toEqual(['orgpulse-recovery-codes.txt']);
    const text = await readText(createObjectURL.mock.calls[0][0]);
    expect(text).toContain('orgpulse recovery codes for vera@example.com');
    for (const code of CODES) expect(text).toContain(code);
    click.mockRestore();
  });

  it('turns it off with the current password', async () => {
    const user = userEvent.setup();
    const disable = jest.fn(() => ({ data: { disableTotp: { __typename: 'User', id: 'user-viewer', mfaEnabled: false } } }));
    renderWithProviders(<TwoFactorSection />, {
      session: makeSession('MEMBER', makeViewer('MEMBER', { mfaEnabled: true })),
      mocks: [{ request: { query: DisableTotpMutation, variables: { currentPassword: 'my password here' } }, result: disable }],
    });
    expect(screen.getByText('On')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor sign-in' }));
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your current password.');
    await user.type(screen.getByLabelText(/^Current password/), 'my password here');
    await user.click(screen.getByRole('button', { name: 'Turn off two-factor sign-in' }));
    expect(await screen.findByText(/Two-factor sign-in is off/)).toBeInTheDocument();
    await waitFor(() => expect(disable).toHaveBeenCalledTimes(1));
  });
});
