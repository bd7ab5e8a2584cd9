import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { BalanceCard } from '../components/BalanceCard';

const BALANCE = {
  __typename: 'CreditBalance' as const,
  balance: '500',
  lowBalanceThreshold: null,
  isLow: false,
  updatedAt: '2026-11-28T09:00:00.000Z',
  runway: null,
};

describe('Dashboard balance card: own monthly limit', () => {
  it('shows the viewer’s own limit and what remains', () => {
    renderWithProviders(<BalanceCard balance={BALANCE} allowance={{ monthlyLimit: '100', usedThisMonth: '37.5', remaining: '62.5' }} />, {
      role: 'MEMBER',
    });
    expect(screen.getByTestId('own-allowance')).toHaveTextContent('Your monthly limit: 100, remaining 62.5');
    expect(screen.queryByText(/limit is used up/)).not.toBeInTheDocument();
  });

  it('says when the limit is used up', () => {
    renderWithProviders(<BalanceCard balance={BALANCE} allowance={{ monthlyLimit: '10', usedThisMonth: '10', remaining: '0' }} />, {
      role: 'GUEST',
    });
    expect(screen.getByText(/Your monthly spending limit is used up/)).toBeInTheDocument();
  });

  it('says nothing about limits when there is none', () => {
    renderWithProviders(<BalanceCard balance={BALANCE} allowance={null} />, { role: 'MEMBER' });
    expect(screen.queryByTestId('own-allowance')).not.toBeInTheDocument();
  });
});
