import { useEffect, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, type ComboboxItem, type SelectProps } from '@mantine/core';
import { ASSIGNABLE_ROLES, isRole, type Role } from '@orgpulse/shared';
import { errorMessage } from '../../../apollo/errors';
import type { MemberRowFragment } from '../../../gql/graphql';
import { notifySuccess } from '../../common/notify';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../common/roles';
import { useUpdateMemberRole } from '../hooks/useUpdateMemberRole';
import { FormError } from '../../common/FormError';

interface Props {
  member: MemberRowFragment | null;
  onClose: () => void;
}

const ROLE_OPTIONS: ComboboxItem[] = ASSIGNABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Each option says what the role may do (the organization's own role descriptions). */
const renderRoleOption: SelectProps['renderOption'] = ({ option }) => (
  <Stack gap={0}>
    <Text size="sm">{option.label}</Text>
    {isRole(option.value) && (
      <Text size="xs" c="dimmed">
        {ROLE_DESCRIPTIONS[option.value]}
      </Text>
    )}
  </Stack>
);

/** Editing a member is editing their role: name and password are the member's own. */
export function EditRoleDialog({ member, onClose }: Props) {
  const [updateMemberRole, { loading }] = useUpdateMemberRole();
  const [role, setRole] = useState<Role>('MEMBER');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (member && isRole(member.role)) setRole(member.role);
    setError(null);
  }, [member]);

  const save = async () => {
    if (!member) return;
    setError(null);
    try {
      await updateMemberRole(member.id, role);
      notifySuccess(`${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`, 'Role updated');
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Modal opened={member !== null} onClose={onClose} title={member ? `Edit role of ${member.name}` : 'Edit role'} centered>
      {member && (
        <Stack>
          <Text size="sm" c="dimmed">
            Only the role can be changed here. {member.name} manages their own name and password.
          </Text>
          <Select
            label="Role"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(value) => value && isRole(value) && setRole(value)}
            allowDeselect={false}
            renderOption={renderRoleOption}
            description={ROLE_DESCRIPTIONS[role]}
            comboboxProps={{ withinPortal: true }}
          />
          <FormError message={error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={save} loading={loading} disabled={role === member.role}>
              Save
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
