import { parseMonthlyLimit, usedPercent } from '../allowance';

describe('parseMonthlyLimit', () => {
  it.each([
    ['100', '100'],
    [' 12.50 ', '12.5'],
    ['0.000001', '0.000001'],
    ['007', '7'],
  ])('accepts %p as %p', (input, limit) => expect(parseMonthlyLimit(input)).toEqual({ limit }));

  it.each(['0', '0.000000', '-1', '1.0000001', '1e3', '12,5', 'abc', '', '   ', '1234567890123'])('refuses %p', (input) => {
    expect(parseMonthlyLimit(input).error).toEqual(expect.any(String));
  });
});

describe('usedPercent', () => {
  it('is exact on micro-credits and clamped', () => {
    expect(usedPercent({ monthlyLimit: '0.3', usedThisMonth: '0.1' })).toBe(33);
    expect(usedPercent({ monthlyLimit: '100', usedThisMonth: '0' })).toBe(0);
    expect(usedPercent({ monthlyLimit: '10', usedThisMonth: '25' })).toBe(100); // limit lowered below usage
    expect(usedPercent({ monthlyLimit: '999999999999.999999', usedThisMonth: '999999999999.999998' })).toBe(99);
  });
});
