import { useState } from 'react';
import { useNavigate } from 'react-router';
import { NativeSelect } from '@mantine/core';
import { useSession, useViewer } from '../auth/session-context';
import { notifyError } from '../common/notify';

/**
 * Lists viewer.organizations; choosing one starts a session scoped to it (switchOrganization).
 * A native select: light, and it works the same with a keyboard, a screen reader or a phone.
 */
export function OrganizationSwitcher() {
  const viewer = useViewer();
  const { switchOrganization } = useSession();
  const navigate = useNavigate();
  const [switching, setSwitching] = useState(false);

  const choose = async (id: string) => {
    if (id === viewer.organization.id) return;
    setSwitching(true);
    try {
      await switchOrganization(id);
      void navigate('/members');
    } catch (error) {
      notifyError(error, 'Could not switch organization');
    } finally {
      setSwitching(false);
    }
  };

  return (
    <NativeSelect
      label="Organization"
      size="sm"
      disabled={switching}
      value={viewer.organization.id}
      onChange={(event) => void choose(event.currentTarget.value)}
      data={viewer.organizations.map((org) => ({ value: org.id, label: org.name }))}
      description={viewer.organizations.length > 1 ? `${viewer.organizations.length} organizations` : undefined}
    />
  );
}
