import type { MockLink } from '@apollo/client/testing';
import type { MemberRowFragment } from '../../../gql/graphql';
import { MEMBERS_PAGE_SIZE } from '../MembersPage';
import { MembersQuery } from '../members.graphql';

export function member(id: string, name: string, role: MemberRowFragment['role'], extra: Partial<MemberRowFragment> = {}) {
  return {
    __typename: 'Member' as const,
    id,
    name,
    email: `${name.split(' ')[0].toLowerCase()}@example.com`,
    role,
    status: 'ACTIVE' as const,
    joinedAt: '2026-01-05T10:00:00.000Z',
    lastActiveAt: null,
    emailStatus: 'SENT' as const,
    emailError: null as string | null,
    mfaEnabled: null as boolean | null,
    temporaryPasswordExpiresAt: null as string | null,
    invitedBy: null,
    allowance: null as MemberRowFragment['allowance'],
    ...extra,
  };
}

export const OWNER = member('m-owner', 'Olivia Owner', 'OWNER');
export const VIEWER_ADMIN = member('m-viewer', 'Vera Viewer', 'ADMIN');
export const BOB = member('m-bob', 'Bob Builder', 'MEMBER', {
  emailStatus: 'FAILED',
  emailError: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
});
export const GAIL = member('m-gail', 'Gail Guest', 'GUEST');

export function allowance(monthlyLimit: string, usedThisMonth: string, remaining: string): NonNullable<MemberRowFragment['allowance']> {
  return { __typename: 'MemberAllowance', monthlyLimit, usedThisMonth, remaining } as NonNullable<MemberRowFragment['allowance']>;
}

interface MembersVariables {
  first: number;
  after: string | null;
  search: string | null;
  role: MemberRowFragment['role'] | null;
  status: MemberRowFragment['status'] | null;
}

const DEFAULT_VARIABLES: MembersVariables = { first: MEMBERS_PAGE_SIZE, after: null, search: null, role: null, status: null };

export function membersMock(nodes: ReturnType<typeof member>[], variables = DEFAULT_VARIABLES): MockLink.MockedResponse {
  return {
    request: { query: MembersQuery, variables },
    result: {
      data: {
        members: {
          __typename: 'MemberConnection',
          nodes,
          pageInfo: { __typename: 'PageInfo', endCursor: nodes.at(-1)?.id ?? null, hasNextPage: false },
          totalCount: nodes.length,
        },
      },
    },
  };
}
