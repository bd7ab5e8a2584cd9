import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import MembersPage from '../MembersPage';
import { MfaBadge, TemporaryPasswordExpiry } from '../components/MemberBadges';
import { temporaryPasswordExpiry } from '../temporary-password';
import { OWNER, VIEWER_ADMIN, member, membersMock } from './fixtures';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const HOUR = 3600 * 1000;

describe('temporary password expiry', () => {
  it('says how long is left, or that it expired', () => {
    expect(temporaryPasswordExpiry(at(3 * 24 * HOUR), NOW)).toBe('expires in 3 days');
    expect(temporaryPasswordExpiry(at(7 * 24 * HOUR - 60_000), NOW)).toBe('expires in 7 days');
    expect(temporaryPasswordExpiry(at(1 * 24 * HOUR), NOW)).toBe('expires in 1 day');
    expect(temporaryPasswordExpiry(at(5 * HOUR), NOW)).toBe('expires in 5 hours');
    expect(temporaryPasswordExpiry(at(10 * 60_000), NOW)).toBe('expires in 10 minutes');
    expect(temporaryPasswordExpiry(at(0), NOW)).toBe('expired');
    expect(temporaryPasswordExpiry(at(-HOUR), NOW)).toBe('expired');
  });

  it('renders nothing without an outstanding temporary password, and warns once expired', () => {
    const { rerender } = renderWithProviders(<TemporaryPasswordExpiry expiresAt={null} now={NOW} />);
    expect(screen.queryByTestId('temporary-password-expiry')).not.toBeInTheDocument();
    rerender(<TemporaryPasswordExpiry expiresAt={at(3 * 24 * HOUR)} now={NOW} />);
    expect(screen.getByTestId('temporary-password-expiry')).toHaveTextContent('Temporary password expires in 3 days');
    rerender(<TemporaryPasswordExpiry expiresAt={at(-HOUR)} now={NOW} />);
    expect(screen.getByTestId('temporary-password-expiry')).toHaveTextContent('Temporary password expired: resend the credentials');
  });
});

describe('2FA badge', () => {
  it('shows on or off, and nothing when the field is hidden (null)', () => {
    const { rerender } = renderWithProviders(<MfaBadge enabled />);
    expect(screen.getByText('2FA on')).toBeInTheDocument();
    rerender(<MfaBadge enabled={false} />);
    expect(screen.getByText('No 2FA')).toBeInTheDocument();
    rerender(<MfaBadge enabled={null} />);
    expect(screen.queryByText(/2FA/)).not.toBeInTheDocument();
  });
});

describe('Members page: second factor and temporary passwords', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR - 60_000).toISOString();
  const rows = [
    { ...OWNER, mfaEnabled: true },
    { ...VIEWER_ADMIN, mfaEnabled: false },
    member('m-pat', 'Pat Pending', 'MEMBER', { mfaEnabled: false, temporaryPasswordExpiresAt: inDays(3) }),
    member('m-eve', 'Eve Expired', 'MEMBER', { mfaEnabled: false, temporaryPasswordExpiresAt: inDays(-1) }),
  ];

  it('shows an admin who has a second factor and when temporary passwords expire', async () => {
    renderWithProviders(<MembersPage />, { role: 'ADMIN', mocks: [membersMock(rows)] });
    const pat = (await screen.findByText('Pat Pending')).closest('tr')!;
    expect(pat).toHaveTextContent('No 2FA');
    expect(pat).toHaveTextContent('Temporary password expires in 3 days');
    expect(screen.getByText('Olivia Owner').closest('tr')).toHaveTextContent('2FA on');
    expect(screen.getByText('Eve Expired').closest('tr')).toHaveTextContent('Temporary password expired');
  });

  it('shows a member neither (the API hides those fields from them)', async () => {
    const hidden = rows.map((r) => ({ ...r, mfaEnabled: null, temporaryPasswordExpiresAt: null }));
    renderWithProviders(<MembersPage />, { role: 'MEMBER', mocks: [membersMock(hidden)] });
    await screen.findByText('Pat Pending');
    expect(screen.queryByText(/2FA/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('temporary-password-expiry')).not.toBeInTheDocument();
  });
});
