import { useMutation } from '@apollo/client/react';
import { UpdateProfileMutation } from '../settings.graphql';

export function useUpdateProfile() {
  // The viewer's user and every Member showing the name refetch.
  const [mutate, state] = useMutation(UpdateProfileMutation, { refetchQueries: ['Viewer'] });
  const updateProfile = (name: string) => mutate({ variables: { name } });
  return [updateProfile, state] as const;
}
