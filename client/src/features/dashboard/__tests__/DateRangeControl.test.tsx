import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { DateRangeControl } from '../components/DateRangeControl';
import { lastDays, lastMonth, thisMonth, type DayRange } from '../date-range';

function Harness({ initial }: { initial: DayRange }) {
  const [range, setRange] = useState(initial);
  return (
    <>
      <DateRangeControl value={range} onChange={setRange} />
      <output data-testid="range">{`${range.from}..${range.to}`}</output>
    </>
  );
}

describe('Dashboard range presets', () => {
  it('switches between this month, last month and a custom range', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={lastDays(30)} />);
    // the last 30 days is a custom range: the picker shows
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Date range (UTC)' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'This month' }));
    const month = thisMonth();
    expect(screen.getByTestId('range')).toHaveTextContent(`${month.from}..${month.to}`);
    expect(screen.queryByRole('button', { name: 'Date range (UTC)' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Last month' }));
    const last = lastMonth();
    expect(screen.getByTestId('range')).toHaveTextContent(`${last.from}..${last.to}`);
    expect(screen.getByRole('radio', { name: 'Last month' })).toBeChecked();

    // Custom keeps the range and opens the picker on it
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    expect(screen.getByTestId('range')).toHaveTextContent(`${last.from}..${last.to}`);
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Date range (UTC)' })).toBeInTheDocument();
  });
});
