import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../../../test/render';
import WebhooksPage from '../WebhooksPage';
import {
  CreateWebhookEndpointMutation,
  RedeliverWebhookMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from '../webhooks.graphql';

const ENDPOINT = {
  __typename: 'WebhookEndpoint' as const,
  id: 'we-1',
  url: 'https://hooks.example.com/orgpulse',
  events: ['MEMBER_ADDED' as const, 'API_KEY_CREATED' as const],
  enabled: true,
  createdAt: '2026-03-02T09:30:00.000Z',
};
const DELIVERY = {
  __typename: 'WebhookDelivery' as const,
  id: 'wd-1',
  eventType: 'MEMBER_ADDED' as const,
  status: 'FAILED' as const,
  attempts: 7,
  responseStatus: 500,
  createdAt: '2026-03-02T09:31:00.000Z',
  deliveredAt: null,
};

const endpointsMock = (nodes: (typeof ENDPOINT)[]): MockLink.MockedResponse => ({
  request: { query: WebhookEndpointsQuery },
  result: { data: { webhookEndpoints: nodes } },
});
const deliveriesMock = (d = DELIVERY): MockLink.MockedResponse => ({
  request: { query: WebhookDeliveriesQuery, variables: { endpointId: 'we-1', first: 25 } },
  result: {
    data: {
      webhookDeliveries: {
        __typename: 'WebhookDeliveryConnection',
        nodes: [d],
        pageInfo: { __typename: 'PageInfo', endCursor: d.id, hasNextPage: false },
        totalCount: 1,
      },
    },
  },
});

test('adds an endpoint with the chosen events and shows the signing secret once', async () => {
  const user = userEvent.setup();
  let sent: unknown = null;
  renderWithProviders(<WebhooksPage />, {
    role: 'OWNER',
    mocks: [
      endpointsMock([]),
      {
        request: {
          query: CreateWebhookEndpointMutation,
          variables: (v: Record<string, unknown>) => ((sent = v.input), true),
        },
        result: { data: { createWebhookEndpoint: { __typename: 'CreatedWebhookEndpoint', secret: 'whsec_c2VjcmV0', endpoint: ENDPOINT } } },
      } as MockLink.MockedResponse,
      endpointsMock([ENDPOINT]),
    ],
  });
  expect(await screen.findByText('No webhook endpoints')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add webhook endpoint' });
  await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
  expect(within(dialog).getByRole('alert')).toHaveTextContent(/URL/);
  await user.type(within(dialog).getByLabelText(/Endpoint URL/), ENDPOINT.url);
  await user.click(within(dialog).getByLabelText('Member added'));
  await user.click(within(dialog).getByLabelText('API key created'));
  await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
  expect(await screen.findByTestId('webhook-secret')).toHaveTextContent('whsec_c2VjcmV0');
  expect(sent).toEqual({ url: ENDPOINT.url, events: ['MEMBER_ADDED', 'API_KEY_CREATED'] });
  await user.click(screen.getByRole('button', { name: 'Done' }));
  expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
  expect(await screen.findByText(ENDPOINT.url)).toBeInTheDocument();
});

test('shows the delivery log with status and attempts, and redelivers', async () => {
  const user = userEvent.setup();
  let redelivered = false;
  renderWithProviders(<WebhooksPage />, {
    role: 'ADMIN',
    mocks: [
      endpointsMock([ENDPOINT]),
      deliveriesMock(),
      {
        request: { query: RedeliverWebhookMutation, variables: { deliveryId: 'wd-1' } },
        result: () => ((redelivered = true), { data: { redeliverWebhook: { ...DELIVERY, status: 'PENDING' } } }),
      },
      deliveriesMock({ ...DELIVERY, status: 'PENDING' as never }),
    ],
  });
  await user.click(await screen.findByRole('button', { name: 'Deliveries' }));
  expect(await screen.findByText('FAILED')).toBeInTheDocument();
  const log = screen.getByText('FAILED').closest('tr')!;
  expect(within(log).getByText('7')).toBeInTheDocument();
  expect(within(log).getByText('500')).toBeInTheDocument();
  await user.click(within(log).getByRole('button', { name: 'Redeliver wd-1' }));
  expect(await screen.findByText('Redelivery queued')).toBeInTheDocument();
  expect(redelivered).toBe(true);
});

test('a MEMBER is not offered to add endpoints', async () => {
  renderWithProviders(<WebhooksPage />, { role: 'MEMBER', mocks: [endpointsMock([])] });
  expect(await screen.findByText('No webhook endpoints')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Add endpoint' })).not.toBeInTheDocument();
});
