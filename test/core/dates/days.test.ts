/** Day arithmetic and formatting others build reasons from. */
import { addDays, daysBetween, formatDay, formatSpan } from '../../../src/core/dates';

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2015-10-31', 14)).toBe('2015-11-14');
    expect(addDays('2015-12-25', 7)).toBe('2016-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2015-03-29', 1)).toBe('2015-03-30'); // the clocks change that night
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2015-10-31', '2015-11-14')).toBe(14);
    expect(daysBetween('2015-11-14', '2015-10-31')).toBe(-14);
    expect(daysBetween('2016-01-01', '2017-01-01')).toBe(366);
    expect(daysBetween('2015-10-25', '2015-10-26')).toBe(1);
  });

  it('refuses text that is not an ISO day', () => {
    expect(() => addDays('31/10/2015', 1)).toThrow(RangeError);
    expect(() => daysBetween('2015-02-29', '2015-03-01')).toThrow(RangeError);
    expect(() => addDays('2015-10-31', 1.5)).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('writes a day as 31 Oct 2015, or in Welsh 31 Hyd 2015', () => {
    expect(formatDay('2015-10-31')).toBe('31 Oct 2015');
    expect(formatDay('2015-10-31', 'cy')).toBe('31 Hyd 2015');
    expect(formatDay('2016-02-01', 'cy')).toBe('1 Chwef 2016');
    expect(formatDay('2014-07-04', 'cy')).toBe('4 Gorff 2014');
  });

  it('returns text that is not an ISO day as it is', () => {
    expect(formatDay('soon')).toBe('soon');
  });

  it('writes a span without repeating what both ends share', () => {
    expect(formatSpan('2013-09-01', '2013-12-31')).toBe('1 Sep - 31 Dec 2013');
    expect(formatSpan('2014-09-01', '2015-08-31')).toBe('1 Sep 2014 - 31 Aug 2015');
    expect(formatSpan('2025-03-03', '2025-03-09', 'cy')).toBe('3 - 9 Maw 2025');
    expect(formatSpan('2015-10-31', '2015-10-31')).toBe('31 Oct 2015');
  });
});
