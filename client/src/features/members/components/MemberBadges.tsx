import { Badge } from '@mantine/core';
import { isRole } from '@orgpulse/shared';
import type { EmailStatus, MemberStatus } from '../../../gql/graphql';
import { ROLE_COLORS, ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../common/roles';

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
  FAILED: { label: 'Failed', color: 'red', hint: 'Delivery failed after retries. Check the address, then resend.' },
};

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { label, color, hint } = EMAIL[status] ?? { label: status, color: 'gray', hint: '' };
  return (
    <Badge variant="outline" color={color} size="sm" title={hint}>
      <span className="visually-hidden">Email: </span>
      {label}
    </Badge>
  );
}
