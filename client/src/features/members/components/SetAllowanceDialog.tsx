import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ErrorCode } from '@orgpulse/shared';
import { errorCode, errorMessage } from '../../../apollo/errors';
import type { MemberRowFragment } from '../../../gql/graphql';
import { displayCredits } from '../../common/format';
import { notifySuccess } from '../../common/notify';
import { parseMonthlyLimit } from '../allowance';
import { useSetMemberAllowance } from '../hooks/useSetMemberAllowance';
import { FormError } from '../../common/FormError';

interface Props {
  member: MemberRowFragment;
  onClose: () => void;
}

function allowanceError(error: unknown): string {
  if (errorCode(error) === ErrorCode.Forbidden) return 'Only owners and administrators can set spending limits.';
  return errorMessage(error);
}

/** Set or remove how much one member may spend per UTC calendar month from the shared balance. */
export function SetAllowanceDialog({ member, onClose }: Props) {
  const [setMemberAllowance, { loading }] = useSetMemberAllowance();
  const allowance = member.allowance;
  const [value, setValue] = useState(allowance?.monthlyLimit ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const send = async (monthlyLimit: string | null) => {
    setSubmitError(null);
    try {
      await setMemberAllowance(member.id, monthlyLimit);
      notifySuccess(
        monthlyLimit === null
          ? `${member.name} has no monthly spending limit.`
          : `${member.name} may spend up to ${displayCredits(monthlyLimit)} credits per month.`,
        'Spending limit saved',
      );
      onClose();
    } catch (error) {
      setSubmitError(allowanceError(error));
    }
  };

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseMonthlyLimit(value);
    if (parsed.error !== undefined) {
      setFieldError(parsed.error);
      return;
    }
    setFieldError(null);
    void send(parsed.limit);
  };

  return (
    <Modal opened onClose={onClose} title={`Spending limit of ${member.name}`} centered>
      <form onSubmit={save} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            The most {member.name} may spend from the shared balance per calendar month (UTC). Calls past it are refused.
          </Text>
          {allowance ? (
            <Text size="sm" data-testid="allowance-usage">
              Used this month: {displayCredits(allowance.usedThisMonth)} · Remaining: {displayCredits(allowance.remaining)}
            </Text>
          ) : (
            <Text size="sm" data-testid="allowance-usage">
              No limit now.
            </Text>
          )}
          <TextInput
            label="Monthly limit"
            description="Credits, exact decimal with up to 6 digits after the point."
            inputMode="decimal"
            placeholder="e.g. 100"
            autoComplete="off"
            data-autofocus
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setFieldError(null);
            }}
            error={fieldError}
          />
          <FormError message={submitError} />
          <Group justify="space-between" gap="xs">
            <Button variant="subtle" color="red" onClick={() => void send(null)} disabled={loading || !allowance}>
              No limit
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Save limit
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
