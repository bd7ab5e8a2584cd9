import { Badge, Stack, Text } from '@mantine/core';
import { isRole } from '@orgpulse/shared';
import type { EmailStatus, MemberStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../common/format';
import { ROLE_COLORS, ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../common/roles';
import { isExpired, temporaryPasswordExpiry } from '../temporary-password';

export function RoleBadge({ role }: { role: string }) {
  if (!isRole(role)) return <Badge variant="light">{role}</Badge>;
  return (
    <Badge variant="light" color={ROLE_COLORS[role]} title={ROLE_DESCRIPTIONS[role]}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}

const STATUS: Record<MemberStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'teal' },
  SUSPENDED: { label: 'Suspended', color: 'orange' },
  REMOVED: { label: 'Removed', color: 'gray' },
};

export function StatusBadge({ status }: { status: MemberStatus }) {
  const { label, color } = STATUS[status] ?? { label: status, color: 'gray' };
  return (
    <Badge variant="dot" color={color}>
      {label}
    </Badge>
  );
}

const EMAIL: Record<EmailStatus, { label: string; color: string; hint: string }> = {
  NOT_SENT: { label: 'Not sent', color: 'gray', hint: 'No email was sent: the password was handed over manually.' },
  PENDING: { label: 'Sending', color: 'blue', hint: 'The email is queued for delivery.' },
  SENT: { label: 'Delivered', color: 'teal', hint: 'The mail server accepted the email.' },
  FAILED: { label: 'Failed', color: 'red', hint: 'Delivery failed after retries.' },
};

/** The "member not receiving email" troubleshooting (docs/PRODUCT.md §3). */
const NOT_RECEIVING_EMAIL =
  "Check that the member's email address is correct and that the email wasn't marked as spam, then resend the credentials.";

/**
 * Delivery of the member's credentials email. A failed delivery also shows why (the mail
 * server's last error, for those who manage members) and what to check.
 */
export function EmailStatusBadge({ status, error }: { status: EmailStatus; error?: string | null }) {
  const { label, color, hint } = EMAIL[status] ?? { label: status, color: 'gray', hint: '' };
  const failed = status === 'FAILED';
  const title = failed ? [hint, error ? `The mail server said: ${error}` : null, NOT_RECEIVING_EMAIL].filter(Boolean).join(' ') : hint;
  const badge = (
    <Badge variant="outline" color={color} size="sm" title={title}>
      <span className="visually-hidden">Email: </span>
      {label}
    </Badge>
  );
  if (!failed) return badge;
  return (
    <Stack gap={2} w={160} align="flex-start" data-testid="email-failure">
      {badge}
      {error && (
        <Text size="xs" c="red" truncate="end" maw="100%" title={error}>
          {error}
        </Text>
      )}
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal' }}>
        Check the address and the spam folder, then resend.
      </Text>
    </Stack>
  );
}

/** Whether the member signs in with a second factor (only those who manage members see it: null otherwise). */
export function MfaBadge({ enabled }: { enabled: boolean | null }) {
  if (enabled === null) return null;
  return (
    <Badge
      variant="light"
      size="sm"
      color={enabled ? 'teal' : 'gray'}
      title={enabled ? 'Signs in with a second factor (authenticator app)' : 'Signs in with a password only'}
    >
      {enabled ? '2FA on' : 'No 2FA'}
    </Badge>
  );
}

/** A temporary password still outstanding: when it stops working. */
export function TemporaryPasswordExpiry({ expiresAt, now }: { expiresAt: string | null; now?: number }) {
  if (!expiresAt) return null;
  const expired = isExpired(expiresAt, now);
  return (
    <Text size="xs" c={expired ? 'red' : 'dimmed'} title={formatDateTime(expiresAt)} data-testid="temporary-password-expiry">
      Temporary password {temporaryPasswordExpiry(expiresAt, now)}
      {expired ? ': resend the credentials' : ''}
    </Text>
  );
}
