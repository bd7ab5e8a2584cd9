import { runwayOf, runwaySentence } from './runway';

const C = 1_000_000n;

describe('runwayOf', () => {
  test('burn is the exact average rounded down to the micro-credit; days is balance over it', () => {
    expect(runwayOf(120n * C, 70n * C, 7)).toEqual({ burnPerDay: 10n * C, basisDays: 7, days: 12 });
    // 10 micro-credits over 3 days: 3.333333 -> 3 micro-credits a day (rounded down)
    expect(runwayOf(10n, 10n, 3)).toEqual({ burnPerDay: 3n, basisDays: 3, days: 3 });
    expect(runwayOf(1n * C, 3n * C, 1).days).toBeCloseTo(0.333333, 6);
  });

  test('nothing spent: no days (the burn is 0)', () => {
    expect(runwayOf(50n * C, 0n, 7)).toEqual({ burnPerDay: 0n, basisDays: 7, days: null });
  });

  test('a burn below a micro-credit a day still gives a finite estimate', () => {
    const r = runwayOf(1n * C, 1n, 7);
    expect(r.burnPerDay).toBe(0n);
    expect(r.days).toBe(7_000_000);
  });

  test('the sentence', () => {
    expect(runwaySentence(runwayOf(120n * C, 70n * C, 7))).toBe("lasts about 12 days at the last 7 days' rate (10 credits a day)");
    expect(runwaySentence(runwayOf(1n * C, 2n * C, 1))).toBe("lasts less than a day at today's rate (2 credits a day)");
    expect(runwaySentence(runwayOf(1n * C, 0n, 1))).toBeNull();
  });
});
