import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { RateLimitUsage } from '../components/RateLimitUsage';

const at = (used: number, limit = 100_000) => ({
  __typename: 'ApiKeyRateLimit' as const,
  used,
  limit,
  resetAt: '2026-11-28T09:01:00.000Z',
});

describe('API keys page: usage against the rate limit', () => {
  it('shows the cost used this minute against the limit', () => {
    renderWithProviders(<RateLimitUsage rateLimit={at(12_345)} />, { role: 'OWNER' });
    expect(screen.getByTestId('rate-limit')).toHaveTextContent('12,345 / 100,000 this minute');
    expect(screen.getByRole('progressbar', { name: 'Query cost used this window' })).toHaveAttribute('aria-valuenow', '12.345');
  });

  it('is full (and red) once the budget is used up, even past it', () => {
    renderWithProviders(<RateLimitUsage rateLimit={at(150, 100)} />, { role: 'MEMBER' });
    expect(screen.getByRole('progressbar', { name: 'Query cost used this window' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByTestId('rate-limit')).toHaveTextContent('150 / 100 this minute');
  });
});
