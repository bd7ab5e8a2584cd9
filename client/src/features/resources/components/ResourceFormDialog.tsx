import { useEffect, useState } from 'react';
import { Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { ResourceKind } from '../../../gql/graphql';
import { errorMessage } from '../../../apollo/errors';
import { notifySuccess } from '../../common/notify';
import { useCreateResource } from '../hooks/useCreateResource';
import { useRenameResource } from '../hooks/useRenameResource';
import { FormActions } from '../../common/FormActions';

export interface EditedResource {
  id: string;
  name: string;
  kind: ResourceKind;
}

interface Props {
  /** null: closed; 'new': create; a resource: rename it. */
  target: EditedResource | 'new' | null;
  onClose: () => void;
}

export function ResourceFormDialog({ target, onClose }: Props) {
  const [createResource, creating] = useCreateResource();
  const [renameResource, renaming] = useRenameResource();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ResourceKind>('INSTANCE');
  const [error, setError] = useState<string | null>(null);
  const isNew = target === 'new';

  useEffect(() => {
    setError(null);
    setName(target && target !== 'new' ? target.name : '');
    setKind(target && target !== 'new' ? target.kind : 'INSTANCE');
  }, [target]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter a name.');
      return;
    }
    setError(null);
    try {
      if (isNew) await createResource({ kind, name: trimmed });
      else if (target) await renameResource(target.id, trimmed);
      notifySuccess(isNew ? `${trimmed} is ready for everyone in the organization.` : `Renamed to ${trimmed}.`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Modal opened={target !== null} onClose={onClose} title={isNew ? 'Create resource' : 'Rename resource'} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {isNew && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="resource-kind-label">
                Kind
              </Text>
              <SegmentedControl
                aria-labelledby="resource-kind-label"
                value={kind}
                onChange={(value) => setKind(value as ResourceKind)}
                data={[
                  { value: 'INSTANCE', label: 'Instance' },
                  { value: 'AGENT', label: 'Agent' },
                ]}
              />
            </Stack>
          )}
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus />
          <FormActions submitLabel={isNew ? 'Create' : 'Save'} onCancel={onClose} loading={creating.loading || renaming.loading} />
        </Stack>
      </form>
    </Modal>
  );
}
