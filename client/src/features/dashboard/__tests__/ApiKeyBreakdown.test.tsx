import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ApiKeyBreakdown } from '../components/ApiKeyBreakdown';

const bucket = (key: string, label: string, credits: string, count: number) => ({
  __typename: 'UsageBucket' as const,
  key,
  label,
  credits,
  count,
});

describe('Dashboard: usage by API key', () => {
  it('lists each key with its calls, credits and share, biggest first', () => {
    renderWithProviders(
      <ApiKeyBreakdown
        seesEveryone
        buckets={[bucket('none', 'No API key (signed-in session)', '2.5', 3), bucket('k1', 'prod backend', '7.5', 1200)]}
      />,
      { role: 'ADMIN' },
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['prod backend', 'No API key (signed-in session)']);
    expect(within(rows[0]).getByText((1200).toLocaleString())).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'prod backend: 75% of credits used' })).toBeInTheDocument();
    expect(screen.queryByText('Only your own keys are shown.')).not.toBeInTheDocument();
  });

  it('tells a member or guest that only their own keys show, and says when there is nothing', () => {
    renderWithProviders(<ApiKeyBreakdown seesEveryone={false} buckets={[]} />, { role: 'MEMBER' });
    expect(screen.getByText('Only your own keys are shown.')).toBeInTheDocument();
    expect(screen.getByText('No usage by API key in this range')).toBeInTheDocument();
    expect(screen.getByText('Calls made with your API keys show here.')).toBeInTheDocument();
  });
});
