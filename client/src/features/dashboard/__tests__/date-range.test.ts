import { lastDays, lastMonth, periodsOf, presetOf, thisMonth } from '../date-range';

describe('dashboard range presets', () => {
  it('this month runs from the 1st to today, last month is the whole month before', () => {
    expect(thisMonth('2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(thisMonth('2026-11-28')).toEqual({ from: '2026-11-01', to: '2026-11-28' });
    expect(lastMonth('2026-11-28')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(lastMonth('2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(lastMonth('2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(lastMonth('2027-01-10')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('names the preset a range is, anything else is custom', () => {
    const today = '2026-11-28';
    expect(presetOf(thisMonth(today), today)).toBe('this-month');
    expect(presetOf(lastMonth(today), today)).toBe('last-month');
    expect(presetOf(lastDays(30, today), today)).toBe('custom');
  });

  it('cuts a range into at most 31 chart periods of whole days', () => {
    expect(periodsOf({ from: '2026-11-01', to: '2026-11-03' })).toEqual([
      { from: '2026-11-01', to: '2026-11-01' },
      { from: '2026-11-02', to: '2026-11-02' },
      { from: '2026-11-03', to: '2026-11-03' },
    ]);
    expect(periodsOf(lastDays(31, '2026-11-28'))).toHaveLength(31);
    const ninety = periodsOf(lastDays(90, '2026-11-28'));
    expect(ninety).toHaveLength(30);
    expect(ninety[0]).toEqual({ from: '2026-08-31', to: '2026-09-02' });
    expect(ninety[29].to).toBe('2026-11-28');
    const year = periodsOf({ from: '2026-01-01', to: '2026-12-31' });
    expect(year.length).toBeLessThanOrEqual(31);
    expect(year[year.length - 1].to).toBe('2026-12-31');
  });
});
