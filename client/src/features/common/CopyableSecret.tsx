import type { CSSProperties } from 'react';
import { Button, Code, CopyButton, Group } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface Props {
  value: string;
  /** For tests to read the value shown. */
  testId: string;
  /** Extra style for the code block, which always fills the row. */
  style?: CSSProperties;
}

/** A secret shown once, in a code block with a Copy button beside it. */
export function CopyableSecret({ value, testId, style }: Props) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Code block style={{ flex: 1, ...style }} data-testid={testId}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            variant="light"
            onClick={copy}
            color={copied ? 'teal' : undefined}
            leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
