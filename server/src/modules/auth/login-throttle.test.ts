import { ACCOUNT_LIMITS, ADDRESS_LIMITS, lockMsAfter } from './login-throttle';

describe('lockMsAfter', () => {
  test('five free failures per account, then each failure doubles the wait', () => {
    expect([1, 2, 3, 4, 5].map((n) => lockMsAfter(n, ACCOUNT_LIMITS))).toEqual([0, 0, 0, 0, 0]);
    expect([6, 7, 8, 9].map((n) => lockMsAfter(n, ACCOUNT_LIMITS))).toEqual([1000, 2000, 4000, 8000]);
  });

  test('the wait is capped at 15 minutes: a flood never locks the owner out for good', () => {
    expect(lockMsAfter(200, ACCOUNT_LIMITS)).toBe(15 * 60_000);
    expect(lockMsAfter(10_000, ACCOUNT_LIMITS)).toBe(15 * 60_000);
  });

  test('an address gets more free failures than one account (a shared office)', () => {
    expect(lockMsAfter(20, ADDRESS_LIMITS)).toBe(0);
    expect(lockMsAfter(21, ADDRESS_LIMITS)).toBe(1000);
  });
});
