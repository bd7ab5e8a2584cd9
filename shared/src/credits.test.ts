import { addCredits, formatCredits, parseCredits } from './credits';

describe('credits', () => {
  test('parses exact decimals into micro-credits', () => {
    expect(parseCredits('12.5')).toBe(12_500_000n);
    expect(parseCredits('0.000001')).toBe(1n);
    expect(parseCredits('-3')).toBe(-3_000_000n);
    expect(parseCredits('007.10')).toBe(7_100_000n);
  });

  test.each(['abc', '1e3', 'NaN', '', '1.0000001', '1,5', '.5', '5.', ' ', 'Infinity', '0x10', '9223372036854775808', '1000000000000'])(
    'refuses %p',
    (v) => {
      expect(() => parseCredits(v)).toThrow();
    },
  );

  test('formats the shortest exact string', () => {
    expect(formatCredits(12_500_000n)).toBe('12.5');
    expect(formatCredits(1n)).toBe('0.000001');
    expect(formatCredits(0n)).toBe('0');
    expect(formatCredits(-1_500_000n)).toBe('-1.5');
    expect(formatCredits('999999999999999999')).toBe('999999999999.999999');
  });

  test('ten times 0.1 is exactly 1', () => {
    expect(addCredits(...Array(10).fill('0.1'))).toBe('1');
  });
});
