import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { Pager } from './usePager';

/** The part of a GraphQL connection the controls read. */
interface PagedConnection {
  nodes: readonly unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface Props {
  pager: Pager;
  pageSize: number;
  /** The page on show. */
  connection: PagedConnection;
  /** What is being paged, for the accessible names ("members"). */
  noun: string;
}

export function PagerControls({ pager, pageSize, connection, noun: plural }: Props) {
  const shown = connection.nodes.length;
  const { totalCount } = connection;
  const { hasNextPage, endCursor } = connection.pageInfo;
  const noun = totalCount === 1 ? plural.replace(/s$/, '') : plural;
  const first = totalCount === 0 ? 0 : pager.page * pageSize + 1;
  const last = pager.page * pageSize + shown;
  if (pager.page === 0 && !hasNextPage) {
    return (
      <Text size="sm" c="dimmed">
        {totalCount} {noun}
      </Text>
    );
  }
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Text size="sm" c="dimmed">
        {first}–{last} of {totalCount} {noun}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} />}
          disabled={pager.page === 0}
          onClick={pager.previous}
          aria-label={`Previous page of ${plural}`}
        >
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} />}
          disabled={!hasNextPage}
          onClick={() => pager.next(endCursor)}
          aria-label={`Next page of ${plural}`}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
