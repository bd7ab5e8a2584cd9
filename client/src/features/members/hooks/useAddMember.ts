import { useMutation } from '@apollo/client/react';
import type { AddMemberInput } from '../../../gql/graphql';
import { AddMemberMutation, MembersQuery } from '../members.graphql';

export function useAddMember() {
  const [mutate, state] = useMutation(AddMemberMutation, { refetchQueries: [MembersQuery], awaitRefetchQueries: true });
  const addMember = async (input: AddMemberInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server returned no member.');
    return data.addMember;
  };
  return [addMember, state] as const;
}
