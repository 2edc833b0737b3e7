/** The calendar a plan is read with: defaults, a council's own dates, leap years and year limits. */
import {
  calendarForAcademicYear,
  defaultCalendar,
  parseTimescale,
  type SchoolCalendar,
} from '../../../src/core/dates';

function span(text: string, calendar?: SchoolCalendar): [string | null, string | null] {
  const result = parseTimescale(text, calendar === undefined ? {} : { calendar });
  return [result.start, result.end];
}

/** A council whose terms follow its real holidays (and whose financial year starts on 6 April). */
const councilCalendar: SchoolCalendar = {
  terms: {
    autumn: { start: { month: 9, day: 3 }, end: { month: 12, day: 20 } },
    spring: { start: { month: 1, day: 6 }, end: { month: 4, day: 3 } },
    summer: { start: { month: 4, day: 21 }, end: { month: 7, day: 22 } },
  },
  halfTermSplits: {
    autumn: { month: 10, day: 25 },
    spring: { month: 2, day: 14 },
    summer: { month: 5, day: 23 },
  },
  academicYearStart: { month: 8, day: 1 },
  financialYearStart: { month: 4, day: 6 },
  planAcademicYear: null,
  named: {
    easter: {
      2013: { start: '2013-03-25', end: '2013-04-05' },
      2016: { start: '2016-03-25', end: '2016-04-08' },
    },
    autumn: { 2015: { start: '2015-09-02', end: '2015-12-18' } },
  },
};

describe('a custom calendar', () => {
  it('moves terms, half terms and years to its own dates', () => {
    expect(span('Autumn term 2014', councilCalendar)).toEqual(['2014-09-03', '2014-12-20']);
    expect(span('Spring 2015', councilCalendar)).toEqual(['2015-01-06', '2015-04-03']);
    expect(span('Summer 2 2015', councilCalendar)).toEqual(['2015-05-24', '2015-07-22']);
    expect(span('Autumn 1 2014', councilCalendar)).toEqual(['2014-09-03', '2014-10-25']);
    expect(span('2014/15', councilCalendar)).toEqual(['2014-08-01', '2015-07-31']);
    expect(span('FY 2015/16', councilCalendar)).toEqual(['2015-04-06', '2016-04-05']);
    expect(span('Q2 2015/16', councilCalendar)).toEqual(['2015-07-06', '2015-10-05']);
  });

  it('leaves months and days alone', () => {
    expect(span('Oct 15', councilCalendar)).toEqual(['2015-10-01', '2015-10-31']);
    expect(span('2 Nov 15', councilCalendar)).toEqual(['2015-11-02', '2015-11-02']);
  });

  it("uses a named year's exact span before the pattern", () => {
    expect(span('Autumn 2015', councilCalendar)).toEqual(['2015-09-02', '2015-12-18']);
    expect(span('Autumn 2016', councilCalendar)).toEqual(['2016-09-03', '2016-12-20']);
  });

  it('reads a holiday the calendar names, and only for the years it names', () => {
    expect(span('Easter 2013', councilCalendar)).toEqual(['2013-03-25', '2013-04-05']);
    expect(parseTimescale('Easter 2013', { calendar: councilCalendar }).note).toBe(
      'Easter 2013 (25 Mar - 5 Apr 2013)',
    );
    expect(parseTimescale('Easter 2013', { calendar: councilCalendar }).noteCy).toBe(
      'Y Pasg 2013 (25 Maw - 5 Ebr 2013)',
    );
    expect(span('By Easter 2016', councilCalendar)).toEqual([null, '2016-04-08']);
    expect(parseTimescale('Easter 2014', { calendar: councilCalendar }).kind).toBe('unparsed');
    expect(parseTimescale('Easter 2013').kind).toBe('unparsed');
  });

  it("reads a named holiday without a year in the plan's academic year", () => {
    const calendar = { ...councilCalendar, planAcademicYear: 2015 };
    expect(span('Easter', calendar)).toEqual(['2016-03-25', '2016-04-08']);
    expect(parseTimescale('Easter', { calendar: councilCalendar }).kind).toBe('unparsed');
  });

  it('never reads a calendar from anywhere but the options', () => {
    parseTimescale('Autumn 2014', { calendar: councilCalendar });
    expect(span('Autumn 2014')).toEqual(['2014-09-01', '2014-12-31']);
    expect(span('Autumn term')).toEqual([null, null]);
  });

  it('keeps the default calendar unchangeable', () => {
    expect(Object.isFrozen(defaultCalendar)).toBe(true);
    expect(Object.isFrozen(defaultCalendar.terms.autumn.start)).toBe(true);
  });
});

describe('the plan academic year', () => {
  it('gives a term without a year its year', () => {
    const plan = calendarForAcademicYear(2015);
    expect(plan.planAcademicYear).toBe(2015);
    expect(span('Summer term', plan)).toEqual(['2016-04-01', '2016-07-31']);
    expect(span('Autumn term', plan)).toEqual(['2015-09-01', '2015-12-31']);
    expect(span('Starting Autumn term', plan)).toEqual(['2015-09-01', null]);
    expect(span('Oct Half Term', plan)).toEqual(['2015-09-01', '2015-10-31']);
  });

  it('is left unparsed without one', () => {
    for (const text of ['Summer term', 'Autumn term', 'Starting Autumn term', 'Oct Half Term']) {
      expect(parseTimescale(text).kind).toBe('unparsed');
    }
  });

  it('never overrides a year that is written', () => {
    expect(span('Spring term 2014', calendarForAcademicYear(2015))).toEqual(['2014-01-01', '2014-03-31']);
  });
});

describe('leap years', () => {
  it('has 29 Feb 2016 and not 29 Feb 2015', () => {
    expect(parseTimescale('29 Feb 2016')).toMatchObject({ kind: 'date', start: '2016-02-29' });
    expect(parseTimescale('29/02/2016')).toMatchObject({ kind: 'date', start: '2016-02-29' });
    expect(parseTimescale('29/02/2015').kind).toBe('unparsed');
    expect(parseTimescale('29 Feb 2015').kind).toBe('unparsed');
    expect(parseTimescale('29/02/2000').kind).toBe('date');
    expect(parseTimescale('29/02/2100').kind).toBe('unparsed');
  });

  it('ends the Spring 1 half term on the last day of February', () => {
    expect(span('Spring 1 half term 2016')).toEqual(['2016-01-01', '2016-02-29']);
    expect(span('Spring 1 half term 2015')).toEqual(['2015-01-01', '2015-02-28']);
    expect(span('Spring 2 half term 2016')).toEqual(['2016-03-01', '2016-03-31']);
    expect(span('Feb 16')).toEqual(['2016-02-01', '2016-02-29']);
  });
});

describe('days that do not exist and years out of range', () => {
  it.each([
    '31/02/2015',
    '31 April 2015',
    '30 Feb 2016',
    '0/1/2015',
    '32/01/2015',
    '2015-13-01',
    '2015-02-30',
  ])('%s is unparsed', (text) => {
    expect(parseTimescale(text).kind).toBe('unparsed');
  });

  it.each(['Oct 1989', '1 Jan 1989', '2101-01-01', 'Autumn 2101', '1989/90', 'FY 2100/01', 'Q1 1989'])(
    '%s (a year outside 1990-2100) is unparsed',
    (text) => {
      expect(parseTimescale(text).kind).toBe('unparsed');
    },
  );

  it('accepts the first and last years of the range', () => {
    expect(span('1 Jan 1990')).toEqual(['1990-01-01', '1990-01-01']);
    expect(span('December 2100')).toEqual(['2100-12-01', '2100-12-31']);
    expect(parseTimescale('after December 2100').kind).toBe('unparsed');
  });

  it('reads numeric dates day first, always', () => {
    expect(span('04/07/2014')).toEqual(['2014-07-04', '2014-07-04']);
    expect(span('07/04/2014')).toEqual(['2014-04-07', '2014-04-07']);
    expect(span('12/01/15')).toEqual(['2015-01-12', '2015-01-12']);
    expect(parseTimescale('07/13/2014').kind).toBe('unparsed');
  });
});
