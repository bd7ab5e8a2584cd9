import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { StackedUsageChart } from '../components/StackedUsageChart';
import { periodsOf, type DayRange } from '../date-range';
import { stackDocument } from '../hooks/useStackedUsage';
import { buildStack, type StackBy } from '../stack';

const RANGE: DayRange = { from: '2026-11-01', to: '2026-11-03' };
const bucket = (key: string, credits: string, label = key) => ({ __typename: 'UsageBucket' as const, key, label, credits, count: 1 });

function stackMock(by: StackBy, perDay: ReturnType<typeof bucket>[][]) {
  const periods = periodsOf(RANGE);
  return {
    request: { query: stackDocument(periods, by) },
    result: { data: Object.fromEntries(periods.map((_, i) => [`p${i}`, perDay[i] ?? []])) },
  };
}

describe('buildStack', () => {
  it('keeps the biggest series, sums the rest as Other, exactly', () => {
    const periods = periodsOf(RANGE);
    const { series, points } = buildStack(
      periods,
      [[bucket('a', '0.1'), bucket('b', '5'), bucket('c', '1')], [bucket('a', '0.2'), bucket('d', '2')], []],
      3,
    );
    expect(series).toEqual([
      { key: 'b', label: 'b', credits: '5' },
      { key: 'd', label: 'd', credits: '2' },
      { key: '__other__', label: 'Other', credits: '1.3' },
    ]);
    expect(points[1].credits).toEqual({ __other__: '0.2', d: '2' });
    expect(points[1].values).toEqual({ b: 0, d: 2, __other__: 0.2 });
    expect(points[2].values).toEqual({ b: 0, d: 0, __other__: 0 });
  });
});

describe('Stacked usage chart', () => {
  it('stacks by operation, and switches to by member', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StackedUsageChart range={RANGE} seesEveryone />, {
      role: 'ADMIN',
      mocks: [
        stackMock('OPERATION', [[bucket('chat.completion', '12.5')], [bucket('embedding', '0.25'), bucket('chat.completion', '1')]]),
        stackMock('MEMBER', [[bucket('m1', '3', 'Ada Admin')], [bucket('m2', '4', 'Max Member')]]),
      ],
    });
    const legend = await screen.findByRole('list', { name: 'Series' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['chat.completion13.5', 'embedding0.25']);
    expect(screen.getByRole('img', { name: /stacked by operation/ })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'By member' }));
    await waitFor(() => expect(screen.getByRole('img', { name: /stacked by member/ })).toBeInTheDocument());
    const members = await screen.findByRole('list', { name: 'Series' });
    await waitFor(() =>
      expect(
        within(members)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Max Member4', 'Ada Admin3']),
    );
  });

  it('says so when there is no usage, and says the member sees only themselves', async () => {
    renderWithProviders(<StackedUsageChart range={RANGE} seesEveryone={false} />, { role: 'MEMBER', mocks: [stackMock('OPERATION', [])] });
    expect(await screen.findByText('No usage in this range')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'By member (you)' })).toBeInTheDocument();
  });
});
