import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { recoveryCodesText } from '../qr-code';

const RECOVERY_CODES_FILE = 'orgpulse-recovery-codes.txt';

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = RECOVERY_CODES_FILE;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The ten recovery codes, shown once right after enrolment: download, copy, then done. */
export function RecoveryCodes({
  email,
  codes,
  onDone,
  doneLabel = 'I saved my codes',
}: {
  email: string;
  codes: readonly string[];
  onDone: () => void;
  doneLabel?: string;
}) {
  const text = recoveryCodesText(email, codes);
  return (
    <Stack>
      <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Save your recovery codes">
        Each code signs you in once if you lose your authenticator app. They are shown only this once.
      </Alert>
      <Code block data-testid="recovery-codes">
        <SimpleGrid cols={2} spacing={4}>
          {codes.map((code) => (
            <Text key={code} ff="monospace" size="sm">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Code>
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => download(text)}>
            Download .txt
          </Button>
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Button onClick={onDone}>{doneLabel}</Button>
      </Group>
    </Stack>
  );
}
