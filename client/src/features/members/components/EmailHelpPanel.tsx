import { useState } from 'react';
import { Button, Code, List, Modal, Stack, Text } from '@mantine/core';
import { canResendCredentials, type MemberActor } from '@orgpulse/shared';
import type { MemberRowFragment } from '../../../gql/graphql';
import { FormError } from '../../common/FormError';
import { errorMessage } from '../../../apollo/errors';
import { notifySuccess } from '../../common/notify';
import { useResendCredentials } from '../hooks/useResendCredentials';

interface Props {
  member: MemberRowFragment;
  actor: MemberActor | null;
}

/**
 * "Member Not Receiving Email" (the organization's troubleshooting, docs/PRODUCT.md §3):
 * what to check, the mail server's own error, and Resend. Loaded when the badge is opened.
 */
function EmailHelpPanel({ member, actor }: Props) {
  const [resend, { loading }] = useResendCredentials();
  const [error, setError] = useState<string | null>(null);
  const refusal = actor ? canResendCredentials(actor, member) : { message: 'Only owners and admins can manage members.' };

  const onResend = async () => {
    setError(null);
    try {
      await resend(member.id);
      notifySuccess(`Credentials email queued for ${member.name}.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack gap="xs" data-testid="email-help">
      <List size="sm" spacing={4}>
        <List.Item>
          Check the address: <Code>{member.email ?? 'hidden'}</Code>. If it is wrong, remove the member and add them again with the right
          one.
        </List.Item>
        <List.Item>Ask them to look in the spam or junk folder, and to allow mail from this organization.</List.Item>
        <List.Item>
          {member.emailError ? (
            <>
              The mail server said: <Code>{member.emailError}</Code>
            </>
          ) : (
            'No delivery error was reported for the latest email.'
          )}
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        Resend sets a new temporary password and emails it (only for a member who has not signed in yet).
      </Text>
      <FormError message={error ?? (refusal ? refusal.message : null)} />
      <Button size="xs" onClick={onResend} loading={loading} disabled={refusal !== null}>
        Resend credentials
      </Button>
    </Stack>
  );
}

/** The panel in a dialog, opened from the member's email status badge. */
export function EmailHelpDialog({ onClose, ...props }: Props & { onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`${props.member.name} is not receiving email?`} centered size="md">
      <EmailHelpPanel {...props} />
    </Modal>
  );
}
