/**
 * Every date and timescale expression of the five seed documents, with what dates.md says it means.
 * Table 1 is the catalogue's list of parser vectors (seeds-catalogue.md section 2.11, in its order);
 * table 2 adds the other expressions of section 2 that the vectors do not already cover.
 *
 * Expected values are worked out by hand from dates.md and its default calendar. Where the
 * catalogue's (inferred) reading differs from dates.md, dates.md wins and `why` says so.
 * `plan` is the plan's academic year (by its first year), given where the expression needs one:
 * [000] 2018/19, [001] 2013/14, [002] 2014/15, [003] 2020/21, [004] 2015/16.
 */
import type { Cadence, DateKind, DaySpan } from '../../../src/core/dates';

export interface Expected {
  kind: DateKind;
  start: string | null;
  end: string | null;
  due: string | null;
  cadence: Cadence | null;
  checkpoints: DaySpan[];
  embedded: boolean;
}

export interface SeedVector {
  raw: string;
  seed: string;
  plan?: number;
  expected: Expected;
  why?: string;
}

// Shorthands for the table; every date in the rows below is written out by hand.
const base = { cadence: null, checkpoints: [], embedded: false };
const day = (iso: string): Expected => ({ ...base, kind: 'date', start: iso, end: iso, due: iso });
const period = (start: string, end: string): Expected => ({ ...base, kind: 'period', start, end, due: end });
const deadline = (end: string): Expected => ({ ...base, kind: 'period', start: null, end, due: end });
const open = (start: string): Expected => ({ ...base, kind: 'open', start, end: null, due: null });
const recurring = (cadence: Cadence, start: string | null = null, end: string | null = null): Expected => ({
  ...base,
  kind: 'recurring',
  start,
  end,
  due: null,
  cadence,
});
const multiple = (start: string, end: string, checkpoints: Array<[string, string]>): Expected => ({
  ...base,
  kind: 'multiple',
  start,
  end,
  due: end,
  checkpoints: checkpoints.map(([first, last]) => ({ start: first, end: last })),
});
const tbc: Expected = { ...base, kind: 'tbc', start: null, end: null, due: null };
const none: Expected = { ...base, kind: 'none', start: null, end: null, due: null };
const unparsed: Expected = { ...base, kind: 'unparsed', start: null, end: null, due: null };
const inside = (expected: Expected): Expected => ({ ...expected, embedded: true });

const NOT_GUESSED =
  'dates.md gives a year from the plan to terms only: a month or day without a year is unparsed';

export const catalogueVectors: SeedVector[] = [
  { raw: 'April 2013', seed: '001', expected: period('2013-04-01', '2013-04-30') },
  { raw: 'Dec 2013', seed: '001', expected: period('2013-12-01', '2013-12-31') },
  { raw: 'Sept 2014', seed: '001', expected: period('2014-09-01', '2014-09-30') },
  { raw: 'Septe mber 2013', seed: '001', expected: period('2013-09-01', '2013-09-30') },
  { raw: 'Decem ber 2013', seed: '001', expected: period('2013-12-01', '2013-12-31') },
  {
    raw: 'Januar y 2014 Officer: Business Systems and QA',
    seed: '001',
    expected: inside(period('2014-01-01', '2014-01-31')),
    why: 'text from the next column: the month is found inside the text, and the note says so',
  },
  { raw: "Sept '13", seed: '001', expected: period('2013-09-01', '2013-09-30') },
  { raw: 'From Sept 13', seed: '001', expected: open('2013-09-01') },
  { raw: 'March 13- Sept 13', seed: '001', expected: period('2013-03-01', '2013-09-30') },
  { raw: 'Oct 15', seed: '004', expected: period('2015-10-01', '2015-10-31') },
  { raw: 'Sept 15', seed: '004', expected: period('2015-09-01', '2015-09-30') },
  { raw: 'Sep 15', seed: '004', expected: period('2015-09-01', '2015-09-30') },
  { raw: 'Jul 16', seed: '004', expected: period('2016-07-01', '2016-07-31') },
  { raw: 'July 16', seed: '004', expected: period('2016-07-01', '2016-07-31') },
  { raw: 'June 16', seed: '004', expected: period('2016-06-01', '2016-06-30') },
  { raw: 'August 16', seed: '004', expected: period('2016-08-01', '2016-08-31') },
  { raw: 'Feb 15', seed: '004', expected: period('2015-02-01', '2015-02-28') },
  { raw: 'December 2019', seed: '004', expected: period('2019-12-01', '2019-12-31') },
  { raw: 'December 2013', seed: '004', expected: period('2013-12-01', '2013-12-31') },
  { raw: 'Autumn 2013', seed: '001', expected: period('2013-09-01', '2013-12-31') },
  { raw: 'Autum n 2013 & ongoin g', seed: '001', expected: open('2013-09-01') },
  { raw: 'Summ er Term 2013', seed: '001', expected: period('2013-04-01', '2013-07-31') },
  { raw: 'Spring/ Summ er 2014', seed: '001', expected: period('2014-01-01', '2014-07-31') },
  { raw: 'Spring/Summer Term 2014', seed: '001', expected: period('2014-01-01', '2014-07-31') },
  {
    raw: 'Easter 2013',
    seed: '001',
    expected: unparsed,
    why: 'a named holiday is unparsed unless the calendar names it (calendar.test.ts names it)',
  },
  {
    raw: 'Oct Half Term',
    seed: '001',
    plan: 2013,
    expected: period('2013-09-01', '2013-10-31'),
    why: 'the half term ending in October: Autumn 1 of the plan year',
  },
  { raw: 'Autumn term', seed: '002', plan: 2014, expected: period('2014-09-01', '2014-12-31') },
  { raw: 'Starting Autumn term', seed: '002', plan: 2014, expected: open('2014-09-01') },
  { raw: 'Autumn term and ongoing', seed: '002', plan: 2014, expected: open('2014-09-01') },
  { raw: 'Spring term 2014', seed: '002', expected: period('2014-01-01', '2014-03-31') },
  { raw: 'Spring term 2015', seed: '002', expected: period('2015-01-01', '2015-03-31') },
  { raw: 'Autumn Half Term 1', seed: '003', plan: 2020, expected: period('2020-09-01', '2020-10-31') },
  { raw: 'Spring Half Term 4', seed: '003', plan: 2020, expected: period('2021-03-01', '2021-03-31') },
  {
    raw: 'Summer 2 half termly progress meeting',
    seed: '003',
    plan: 2020,
    expected: inside(period('2021-06-01', '2021-07-31')),
  },
  {
    raw: 'This needs to be commi- sioned for the autumn term 2014.',
    seed: '001',
    expected: inside(period('2014-09-01', '2014-12-31')),
  },
  {
    raw: 'Five targete d sessio ns for primary , second ary and middle leaders Spring 2013.F ollow up summe r 2013',
    seed: '001',
    expected: inside(
      multiple('2013-01-01', '2013-07-31', [
        ['2013-01-01', '2013-03-31'],
        ['2013-04-01', '2013-07-31'],
      ]),
    ),
  },
  { raw: 'August/ Sept 2014', seed: '002', expected: period('2014-08-01', '2014-09-30') },
  { raw: 'August September 2014', seed: '002', expected: period('2014-08-01', '2014-09-30') },
  { raw: 'Sept – Oct 2014', seed: '002', expected: period('2014-09-01', '2014-10-31') },
  { raw: 'Sept/Oct 2014', seed: '002', expected: period('2014-09-01', '2014-10-31') },
  { raw: 'During Sept./Oct', seed: '002', plan: 2014, expected: unparsed, why: NOT_GUESSED },
  { raw: 'Oct/Nov 13', seed: '001', expected: period('2013-10-01', '2013-11-30') },
  { raw: 'Feb/March 2014', seed: '001', expected: period('2014-02-01', '2014-03-31') },
  { raw: 'From April/M ay 2014', seed: '001', expected: open('2014-04-01') },
  {
    raw: 'April 2013 to March 2014 Octobe r 2013',
    seed: '001',
    expected: multiple('2013-04-01', '2014-03-31', [
      ['2013-04-01', '2014-03-31'],
      ['2013-10-01', '2013-10-31'],
    ]),
  },
  { raw: 'July 2013 – Jan 2014', seed: '001', expected: period('2013-07-01', '2014-01-31') },
  {
    raw: 'May 2012 to January 2014J',
    seed: '001',
    expected: inside(period('2012-05-01', '2014-01-31')),
    why: 'the stray letter leaves the range inside other text: found, with a note',
  },
  { raw: 'By Dec 2013', seed: '001', expected: deadline('2013-12-31') },
  { raw: 'Dec 2012 & ongoin g', seed: '001', expected: open('2012-12-01') },
  { raw: 'June 2013 onward s', seed: '001', expected: open('2013-06-01') },
  {
    raw: 'March 2013 onwar ds See NEET strateg y for timesc ales',
    seed: '001',
    expected: inside(open('2013-03-01')),
  },
  { raw: 'Novem ber 2013 and ongoin g', seed: '001', expected: open('2013-11-01') },
  { raw: 'From summe r 2014', seed: '001', expected: open('2014-04-01') },
  { raw: 'Starting September 2014', seed: '002', expected: open('2014-09-01') },
  { raw: 'Starting September 2014 and ongoing', seed: '002', expected: open('2014-09-01') },
  { raw: 'October 2014 and ongoing', seed: '002', expected: open('2014-10-01') },
  { raw: 'December 2014 and ongoing', seed: '002', expected: open('2014-12-01') },
  { raw: 'September 2015 onwards', seed: '004', expected: open('2015-09-01') },
  {
    raw: 'post July 2016',
    seed: '004',
    expected: open('2016-08-01'),
    why: 'after a span: open from the next day',
  },
  { raw: 'Ongoing', seed: '002', expected: recurring('ongoing') },
  { raw: 'On-going', seed: '004', expected: recurring('ongoing') },
  { raw: 'Termly', seed: '001/002/004', expected: recurring('termly') },
  { raw: 'Termly ongoing', seed: '002', expected: recurring('termly') },
  { raw: 'Termly until January 2016', seed: '004', expected: recurring('termly', null, '2016-01-31') },
  { raw: 'Monthly – Starting September 2015', seed: '004', expected: recurring('monthly', '2015-09-01') },
  { raw: 'Quarterly', seed: '004', expected: recurring('quarterly') },
  { raw: 'Bi- annual', seed: '001', expected: recurring('twice-yearly') },
  { raw: 'Termly from Summer 2013', seed: '001', expected: recurring('termly', '2013-04-01') },
  {
    raw: '5 times per year – approximately every two months in September, November, January, March/April and May/June',
    seed: '002',
    expected: unparsed,
    why: 'months without a year and no cadence word: not a timescale dates.md defines',
  },
  {
    raw: 'half-termly (red support) and termly (amber support)',
    seed: '003',
    expected: inside(recurring('half-termly')),
    why: 'the first cadence found inside the text',
  },
  { raw: 'ТВА', seed: '001', expected: tbc },
  { raw: 'to be agreed', seed: '001', expected: tbc },
  { raw: 'Tbc', seed: '004', expected: tbc },
  {
    raw: 'Tbc (Balby Pryamid dates) 17 Nov 15 Y2 moderation 28 Jan 16 Y2 moderation 18 May 16',
    seed: '004',
    expected: inside(
      multiple('2015-11-17', '2016-05-18', [
        ['2015-11-17', '2015-11-17'],
        ['2016-01-28', '2016-01-28'],
        ['2016-05-18', '2016-05-18'],
      ]),
    ),
  },
  { raw: 'N/A', seed: '001', expected: none },
  { raw: 'S., 898', seed: '004', expected: unparsed },
  { raw: '2 Nov 15', seed: '004', expected: day('2015-11-02') },
  { raw: '30 Sep 15', seed: '004', expected: day('2015-09-30') },
  { raw: '23 June 16', seed: '004', expected: day('2016-06-23') },
  { raw: '5 Feb 16 5 Feb 16', seed: '004', expected: day('2016-02-05') },
  {
    raw: 'Dec 15 Feb 16 Apr 16',
    seed: '004',
    expected: multiple('2015-12-01', '2016-04-30', [
      ['2015-12-01', '2015-12-31'],
      ['2016-02-01', '2016-02-29'],
      ['2016-04-01', '2016-04-30'],
    ]),
  },
  {
    raw: 'March 2015 Sept 2015 January 2016',
    seed: '004',
    expected: multiple('2015-03-01', '2016-01-31', [
      ['2015-03-01', '2015-03-31'],
      ['2015-09-01', '2015-09-30'],
      ['2016-01-01', '2016-01-31'],
    ]),
  },
  {
    raw: 'December 2015 March 2016 July 2016',
    seed: '004',
    expected: multiple('2015-12-01', '2016-07-31', [
      ['2015-12-01', '2015-12-31'],
      ['2016-03-01', '2016-03-31'],
      ['2016-07-01', '2016-07-31'],
    ]),
  },
  {
    raw: 'January 2016 June 2016',
    seed: '004',
    expected: multiple('2016-01-01', '2016-06-30', [
      ['2016-01-01', '2016-01-31'],
      ['2016-06-01', '2016-06-30'],
    ]),
  },
  {
    raw: 'Initial meeting: 5 Nov 15 Balby Central 18 Nov 15 Y6 moderation 2 Feb 16 Y6 moderation 11 May 16 Y6 moderation',
    seed: '004',
    expected: inside(
      multiple('2015-11-05', '2016-05-11', [
        ['2015-11-05', '2015-11-05'],
        ['2015-11-18', '2015-11-18'],
        ['2016-02-02', '2016-02-02'],
        ['2016-05-11', '2016-05-11'],
      ]),
    ),
  },
  {
    raw: 'Y2 moderation 15 Oct 15 24 Feb 16 23 June 16',
    seed: '004',
    expected: inside(
      multiple('2015-10-15', '2016-06-23', [
        ['2015-10-15', '2015-10-15'],
        ['2016-02-24', '2016-02-24'],
        ['2016-06-23', '2016-06-23'],
      ]),
    ),
  },
  { raw: '1 st January 2015', seed: '002', expected: day('2015-01-01') },
  { raw: '14th October 2014', seed: '002', expected: day('2014-10-14') },
  { raw: '13TH MARCH 2019', seed: '000', expected: day('2019-03-13') },
  { raw: 'Thursday 7th March 2019', seed: '000', expected: day('2019-03-07') },
  { raw: '13th March', seed: '000', plan: 2018, expected: unparsed, why: NOT_GUESSED },
  { raw: 'July 3rd 2020', seed: '003', expected: day('2020-07-03') },
  { raw: 'November 4th', seed: '004', plan: 2015, expected: unparsed, why: NOT_GUESSED },
  { raw: '24th June 2015', seed: '004', expected: day('2015-06-24') },
  { raw: '07/04/14', seed: '001', expected: day('2014-04-07') },
  { raw: 'w/c 24/3/14', seed: '001', expected: period('2014-03-24', '2014-03-30') },
  { raw: '3/4/14', seed: '001', expected: day('2014-04-03') },
  { raw: '14-15 January 2015', seed: '004', expected: period('2015-01-14', '2015-01-15') },
  { raw: '2013/14', seed: '001', expected: period('2013-09-01', '2014-08-31') },
  { raw: '2014-15', seed: '002', expected: period('2014-09-01', '2015-08-31') },
  { raw: '2019- 2020', seed: '003', expected: period('2019-09-01', '2020-08-31') },
  {
    raw: '15/16',
    seed: '004',
    expected: unparsed,
    why: 'academic years are written with a four-digit first year; a financial year needs `FY` or `financial year`',
  },
  {
    raw: '2014/15 Resource and source of funding',
    seed: '004',
    expected: inside(period('2014-09-01', '2015-08-31')),
    why: 'a bare year pair is an academic year (dates.md); found inside the header text',
  },
  {
    raw: '2015 – 2018',
    seed: '004',
    expected: unparsed,
    why: 'a span of bare years is not a form of dates.md',
  },
  { raw: 'Nat 15', seed: '004', expected: unparsed },
  { raw: 'Partnership Target 16', seed: '004', expected: unparsed },
  { raw: 'Act (date)', seed: '004', expected: unparsed },
  { raw: 'Milestone 3 (Date)', seed: '004', expected: unparsed },
  { raw: 'End of September 2014', seed: '002', expected: deadline('2014-09-30') },
  {
    raw: 'Mid November 2014',
    seed: '002',
    expected: inside(period('2014-11-01', '2014-11-30')),
    why: '`Mid` is not a form: the month is found inside the text, with a note',
  },
  { raw: 'end of September/October', seed: '002', plan: 2014, expected: unparsed, why: NOT_GUESSED },
  {
    raw: 'By Oct 15 Established credible lead to provide strategic direction',
    seed: '004',
    expected: inside(deadline('2015-10-31')),
  },
  {
    raw: 'By Nov 15 Accredited moderators established within every partnership By Feb 15 Moderators actively deployed By July 16 Close alignment of teacher assessment and test results',
    seed: '004',
    expected: inside(
      multiple('2015-02-01', '2016-07-31', [
        ['2015-02-01', '2015-02-28'],
        ['2015-11-01', '2015-11-30'],
        ['2016-07-01', '2016-07-31'],
      ]),
    ),
    why: 'checkpoints are kept in date order, so the anomalous Feb 15 comes first',
  },
  {
    raw: 'Strategy is agreed and implemented on or before 1 st January 2015.',
    seed: '002',
    expected: inside(deadline('2015-01-01')),
  },
  {
    raw: 'Attendance at training represents over 60% schools by April 2015 and 80% schools by December 2015.',
    seed: '002',
    expected: inside(
      multiple('2015-04-01', '2015-12-31', [
        ['2015-04-01', '2015-04-30'],
        ['2015-12-01', '2015-12-31'],
      ]),
    ),
  },
  {
    raw: 'from 6.4% in 2011/12 academic year, to 4% in 2012/13, 3% in 2013/14, 2% in 2014/15',
    seed: '001',
    expected: inside(
      multiple('2011-09-01', '2015-08-31', [
        ['2011-09-01', '2012-08-31'],
        ['2012-09-01', '2013-08-31'],
        ['2013-09-01', '2014-08-31'],
        ['2014-09-01', '2015-08-31'],
      ]),
    ),
  },
];

/** Expressions of seeds-catalogue.md sections 2.1-2.10 that table 1 does not already hold. */
export const sectionTwoExpressions: SeedVector[] = [
  // 2.1 month + year
  { raw: 'Octobe r 2013', seed: '001', expected: period('2013-10-01', '2013-10-31') },
  { raw: 'Sept 13', seed: '001', expected: period('2013-09-01', '2013-09-30') },
  { raw: 'March 13', seed: '001', expected: period('2013-03-01', '2013-03-31') },
  { raw: "June '13", seed: '001', expected: period('2013-06-01', '2013-06-30') },
  { raw: 'Aug 15', seed: '004', expected: period('2015-08-01', '2015-08-31') },
  { raw: 'Mar 16', seed: '004', expected: period('2016-03-01', '2016-03-31') },
  { raw: 'February 2013', seed: '001', expected: period('2013-02-01', '2013-02-28') },
  { raw: 'September 2020', seed: '003', expected: period('2020-09-01', '2020-09-30') },
  { raw: 'December', seed: '000', plan: 2018, expected: unparsed, why: NOT_GUESSED },
  // 2.2 terms and half terms
  { raw: 'Autum n 2013', seed: '001', expected: period('2013-09-01', '2013-12-31') },
  { raw: 'summe r 2013', seed: '001', expected: period('2013-04-01', '2013-07-31') },
  { raw: 'Spring Term 2014', seed: '001', expected: period('2014-01-01', '2014-03-31') },
  { raw: 'the autumn term 2014', seed: '001', expected: period('2014-09-01', '2014-12-31') },
  { raw: 'the end of the summer term 2014', seed: '001', expected: deadline('2014-07-31') },
  { raw: 'Autumn Term 2020', seed: '003', expected: period('2020-09-01', '2020-12-31') },
  { raw: 'Spring Term 2021', seed: '003', expected: period('2021-01-01', '2021-03-31') },
  { raw: 'Summer Term 2021', seed: '003', expected: period('2021-04-01', '2021-07-31') },
  { raw: 'Autumn Half Term 2', seed: '003', plan: 2020, expected: period('2020-11-01', '2020-12-31') },
  { raw: 'Spring Half Term 3', seed: '003', plan: 2020, expected: period('2021-01-01', '2021-02-28') },
  { raw: 'Summer Half Term 5', seed: '003', plan: 2020, expected: period('2021-04-01', '2021-05-31') },
  { raw: 'Summer Half Term 6', seed: '003', plan: 2020, expected: period('2021-06-01', '2021-07-31') },
  {
    raw: 'Autumn 1 Half termly progress meeting',
    seed: '003',
    plan: 2020,
    expected: inside(period('2020-09-01', '2020-10-31')),
  },
  { raw: 'Summer Term', seed: '003', plan: 2020, expected: period('2021-04-01', '2021-07-31') },
  { raw: 'Summer Term', seed: '003', expected: unparsed, why: 'no year, and no plan year to take it from' },
  { raw: 'October half-term', seed: '004', plan: 2015, expected: period('2015-09-01', '2015-10-31') },
  {
    raw: 'the spring and summer terms',
    seed: '001',
    plan: 2013,
    expected: period('2014-01-01', '2014-07-31'),
  },
  { raw: 'Winter', seed: '-', expected: unparsed, why: 'dates.md: winter is not a term' },
  // 2.3 day + month + year
  { raw: '1 April 2014', seed: '001', expected: day('2014-04-01') },
  { raw: '10 June 2013', seed: '001', expected: day('2013-06-10') },
  { raw: '7th March 2019', seed: '000', expected: day('2019-03-07') },
  { raw: '2/3/14', seed: '001', expected: day('2014-03-02') },
  { raw: '2nd February 2016', seed: '004', expected: day('2016-02-02') },
  { raw: '21st January 2016', seed: '004', expected: day('2016-01-21') },
  // 2.4 ranges
  { raw: 'April 2013 to March 2014', seed: '001', expected: period('2013-04-01', '2014-03-31') },
  { raw: 'Oct/Nov 2013', seed: '001', expected: period('2013-10-01', '2013-11-30') },
  { raw: 'From April/M ay 2014', seed: '001', expected: open('2014-04-01') },
  { raw: 'from 2013/14 to 2015/16', seed: '001', expected: period('2013-09-01', '2016-08-31') },
  { raw: 'July to October', seed: '004', plan: 2015, expected: unparsed, why: NOT_GUESSED },
  { raw: '2014-16', seed: '002', expected: unparsed, why: 'not consecutive years: not an academic year' },
  { raw: '2018-19', seed: '000', expected: period('2018-09-01', '2019-08-31') },
  // 2.5 academic and financial years
  { raw: '2010-11', seed: '001', expected: period('2010-09-01', '2011-08-31') },
  { raw: '2019/2020', seed: '003', expected: period('2019-09-01', '2020-08-31') },
  { raw: '2020-2021', seed: '003', expected: period('2020-09-01', '2021-08-31') },
  {
    raw: 'for the 2013-14 academic year',
    seed: '001',
    expected: inside(period('2013-09-01', '2014-08-31')),
  },
  { raw: 'Target 2012-13 Academic Year', seed: '001', expected: inside(period('2012-09-01', '2013-08-31')) },
  // 2.6 recurring
  { raw: 'termly', seed: '001', expected: recurring('termly') },
  { raw: 'each half term', seed: '001', expected: recurring('half-termly') },
  { raw: 'Half termly', seed: '000', expected: recurring('half-termly') },
  { raw: 'half-termly', seed: '003', expected: recurring('half-termly') },
  { raw: 'Monthly', seed: '001', expected: recurring('monthly') },
  { raw: 'on a quarterly basis', seed: '001', expected: recurring('quarterly') },
  { raw: 'on a termly basis', seed: '001', expected: recurring('termly') },
  { raw: 'Each term', seed: '004', expected: recurring('termly') },
  { raw: 'fortnightly', seed: '004', expected: recurring('fortnightly') },
  { raw: 'weekly', seed: '002', expected: recurring('weekly') },
  { raw: 'annually', seed: '004', expected: recurring('annually') },
  { raw: 'annual', seed: '001', expected: recurring('annually') },
  {
    raw: 'Termly from Summer 2013 Termly from Summer 2013',
    seed: '001',
    expected: recurring('termly', '2013-04-01'),
    why: 'one cell pasted twice over: read once',
  },
  // 2.7 open-ended
  { raw: 'June 2013 onwar ds', seed: '001', expected: open('2013-06-01') },
  { raw: 'From summe r 2013', seed: '001', expected: open('2013-04-01') },
  { raw: 'From April 2013', seed: '001', expected: open('2013-04-01') },
  { raw: 'From Spring/Summer Term 2014', seed: '001', expected: open('2014-01-01') },
  { raw: 'starting in the autumn term 2013', seed: '001', expected: open('2013-09-01') },
  { raw: 'From 1 April 2014', seed: '001', expected: open('2014-04-01') },
  { raw: 'Starting Sept 2014', seed: '002', expected: open('2014-09-01') },
  { raw: 'Starting Autumn 2014', seed: '002', expected: open('2014-09-01') },
  { raw: 'Starting January 2015', seed: '002', expected: open('2015-01-01') },
  { raw: 'from July 2016', seed: '002', expected: open('2016-07-01') },
  { raw: 'From 2015', seed: '002', expected: unparsed, why: 'a bare year is not a form of dates.md' },
  { raw: 'November 2015 onwards', seed: '004', expected: open('2015-11-01') },
  { raw: 'Since Autumn 2013', seed: '004', expected: open('2013-09-01') },
  { raw: 'ongoing', seed: '002', expected: recurring('ongoing') },
  { raw: 'Ongoing, as above.', seed: '001', expected: inside(recurring('ongoing')) },
  // 2.8 to be confirmed, missing
  { raw: 'TBC', seed: '002', expected: tbc },
  { raw: 'tbc', seed: '004', expected: tbc },
  { raw: '', seed: '001', expected: none },
  { raw: '•', seed: '004', expected: unparsed },
  // 2.9 several dates in one cell
  {
    raw: 'Autumn 2013 Autumn 2013',
    seed: '001',
    expected: period('2013-09-01', '2013-12-31'),
    why: 'the same checkpoint twice is one checkpoint',
  },
  {
    raw: 'April 2013  Summer term 2013  Summer term 2013  January 2013',
    seed: '001',
    expected: multiple('2013-01-01', '2013-07-31', [
      ['2013-01-01', '2013-01-31'],
      ['2013-04-01', '2013-04-30'],
      ['2013-04-01', '2013-07-31'],
    ]),
  },
  {
    raw: 'Autumn term 2013  Summer 2013',
    seed: '001',
    expected: multiple('2013-04-01', '2013-12-31', [
      ['2013-04-01', '2013-07-31'],
      ['2013-09-01', '2013-12-31'],
    ]),
  },
  {
    raw: 'July 2015 December 2019 April 2016 January 2016 January 2016 January 2016 February 2016 June 2016',
    seed: '004',
    expected: multiple('2015-07-01', '2019-12-31', [
      ['2015-07-01', '2015-07-31'],
      ['2016-01-01', '2016-01-31'],
      ['2016-02-01', '2016-02-29'],
      ['2016-04-01', '2016-04-30'],
      ['2016-06-01', '2016-06-30'],
      ['2019-12-01', '2019-12-31'],
    ]),
  },
  // 2.10 deadlines
  { raw: 'by July 2015', seed: '002', expected: deadline('2015-07-31') },
  { raw: 'by Summer 2015', seed: '002', expected: deadline('2015-07-31') },
  { raw: 'by end of September 2014', seed: '002', expected: deadline('2014-09-30') },
  { raw: 'By April 2014', seed: '001', expected: deadline('2014-04-30') },
  { raw: 'by Oct Half Term', seed: '001', plan: 2013, expected: deadline('2013-10-31') },
  { raw: 'by 2015/16', seed: '001', expected: deadline('2016-08-31') },
  { raw: 'by the end of the 2015/16 academic year', seed: '004', expected: deadline('2016-08-31') },
  { raw: 'By Sep 15', seed: '004', expected: deadline('2015-09-30') },
  { raw: 'By August 2016', seed: '004', expected: deadline('2016-08-31') },
  { raw: 'by 2015', seed: '002', expected: unparsed, why: 'a bare year is not a form of dates.md' },
  { raw: 'by January', seed: '004', plan: 2015, expected: unparsed, why: NOT_GUESSED },
  { raw: 'by end of year', seed: '001', expected: unparsed },
  {
    raw: 'July 2015 before school closure',
    seed: '004',
    expected: inside(period('2015-07-01', '2015-07-31')),
  },
  { raw: 'within 7 days', seed: '004', expected: unparsed },
];
