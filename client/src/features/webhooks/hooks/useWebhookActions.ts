import { useMutation } from '@apollo/client/react';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  RedeliverWebhookMutation,
  RotateWebhookSecretMutation,
  SendTestWebhookMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from '../webhooks.graphql';
import type { WebhookEventType } from '../../../gql/graphql';

export function useCreateWebhookEndpoint() {
  const [mutate, state] = useMutation(CreateWebhookEndpointMutation, { refetchQueries: [WebhookEndpointsQuery] });
  const create = async (url: string, events: WebhookEventType[]) => {
    const { data } = await mutate({ variables: { input: { url, events } } });
    if (!data) throw new Error('The server returned no endpoint.');
    return data.createWebhookEndpoint;
  };
  return [create, state] as const;
}

/** Delete, rotate, send a test, redeliver: each refetches what it changed. */
export function useWebhookActions() {
  const [del, deleting] = useMutation(DeleteWebhookEndpointMutation, { refetchQueries: [WebhookEndpointsQuery] });
  const [rotate, rotating] = useMutation(RotateWebhookSecretMutation);
  const [test, testing] = useMutation(SendTestWebhookMutation, { refetchQueries: [WebhookDeliveriesQuery] });
  const [redeliver, redelivering] = useMutation(RedeliverWebhookMutation, { refetchQueries: [WebhookDeliveriesQuery] });
  return {
    deleteEndpoint: async (id: string) => void (await del({ variables: { id } })),
    rotateSecret: async (id: string) => (await rotate({ variables: { id } })).data?.rotateWebhookSecret.secret ?? null,
    sendTest: async (endpointId: string) => void (await test({ variables: { endpointId } })),
    redeliver: async (deliveryId: string) => void (await redeliver({ variables: { deliveryId } })),
    loading: deleting.loading || rotating.loading || testing.loading || redelivering.loading,
  };
}
