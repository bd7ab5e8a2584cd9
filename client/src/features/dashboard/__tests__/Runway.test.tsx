import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { BalanceCard } from '../components/BalanceCard';
import { runwayText } from '../runway';

const balance = (runway: { burnPerDay: string; basisDays: number; days: number | null } | null, isLow = false) => ({
  __typename: 'CreditBalance' as const,
  balance: '120',
  lowBalanceThreshold: isLow ? '200' : null,
  isLow,
  updatedAt: '2026-11-28T09:00:00.000Z',
  runway: runway && { __typename: 'Runway' as const, ...runway },
});

describe('runwayText', () => {
  it('says how long the balance lasts at the recent rate', () => {
    expect(runwayText({ burnPerDay: '10', basisDays: 7, days: 12.4 })).toBe("lasts about 12 days at the last 7 days' rate");
    expect(runwayText({ burnPerDay: '10', basisDays: 3, days: 1.9 })).toBe("lasts about 1 day at the last 3 days' rate");
    expect(runwayText({ burnPerDay: '10', basisDays: 1, days: 0.5 })).toBe("lasts less than a day at today's rate");
    expect(runwayText({ burnPerDay: '0', basisDays: 7, days: null })).toBeNull();
    expect(runwayText(null)).toBeNull();
  });
});

describe('Balance card: runway', () => {
  it('shows the runway in plain words', () => {
    renderWithProviders(<BalanceCard balance={balance({ burnPerDay: '10', basisDays: 7, days: 12 })} />, { role: 'GUEST' });
    const line = screen.getByTestId('credit-runway');
    expect(line).toHaveTextContent("The balance lasts about 12 days at the last 7 days' rate.");
    expect(line).toHaveAttribute('title', 'Average 10 credits a day');
    expect(line).toHaveAttribute('data-tone', 'normal');
  });

  it('is orange under the low-balance threshold', () => {
    renderWithProviders(<BalanceCard balance={balance({ burnPerDay: '10', basisDays: 7, days: 12 }, true)} />, { role: 'ADMIN' });
    const line = screen.getByTestId('credit-runway');
    // c="orange" (Mantine); jsdom drops the color variable, so the tone is read from the attribute
    expect(line).toHaveAttribute('data-tone', 'warning');
    expect(line).toHaveStyle({ fontWeight: 600 });
  });

  it('says nothing when nothing was spent', () => {
    renderWithProviders(<BalanceCard balance={balance({ burnPerDay: '0', basisDays: 7, days: null })} />, { role: 'MEMBER' });
    expect(screen.queryByTestId('credit-runway')).not.toBeInTheDocument();
  });
});
