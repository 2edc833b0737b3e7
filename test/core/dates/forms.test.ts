/**
 * Every example of dates.md's "Forms and their meaning" table, the notes a user reads in English
 * and Welsh, and the debris of pasted text. Expected values are worked out by hand from dates.md.
 */
import { calendarForAcademicYear, parseTimescale, type DateResult } from '../../../src/core/dates';

type Span = [string | null, string | null];

function spanOf(result: DateResult): Span {
  return [result.start, result.end];
}

describe('forms of dates.md', () => {
  it.each([
    ['2 Nov 15', '2015-11-02'],
    ['30 Sep 15', '2015-09-30'],
    ['14th January 2015', '2015-01-14'],
    ['1 st January 2015', '2015-01-01'],
    ['04/07/2014', '2014-07-04'],
    ['4.7.14', '2014-07-04'],
    ['04-07-2014', '2014-07-04'],
    ['2014-07-04', '2014-07-04'],
  ])('%s is the day %s (day first, never US order)', (text, iso) => {
    const result = parseTimescale(text);
    expect(result.kind).toBe('date');
    expect(spanOf(result)).toEqual([iso, iso]);
    expect(result.due).toBe(iso);
  });

  it.each([
    ['w/c 3 March 2025', '2025-03-03', '2025-03-09'],
    ['w/c 03/03/25', '2025-03-03', '2025-03-09'],
    ['week commencing 29 Feb 2016', '2016-02-29', '2016-03-06'],
    ['October 2014', '2014-10-01', '2014-10-31'],
    ['Sept 2014', '2014-09-01', '2014-09-30'],
    ['Oct 15', '2015-10-01', '2015-10-31'],
    ['Januar y 2014', '2014-01-01', '2014-01-31'],
    ['Autumn 2013', '2013-09-01', '2013-12-31'],
    ['Autumn term 2014', '2014-09-01', '2014-12-31'],
    ['Summer Term 2013', '2013-04-01', '2013-07-31'],
    ['Spring term 2015', '2015-01-01', '2015-03-31'],
    ['Spring 2014', '2014-01-01', '2014-03-31'],
    ['Summer 2014', '2014-04-01', '2014-07-31'],
    ['2015/16', '2015-09-01', '2016-08-31'],
    ['2014-15', '2014-09-01', '2015-08-31'],
    ['2014/2015', '2014-09-01', '2015-08-31'],
    ['2014-2015', '2014-09-01', '2015-08-31'],
    ['FY 2015/16', '2015-04-01', '2016-03-31'],
    ['2015-16 financial year', '2015-04-01', '2016-03-31'],
    ['Q1 2015/16', '2015-04-01', '2015-06-30'],
    ['Q2 2015/16', '2015-07-01', '2015-09-30'],
    ['Q3 2024/25', '2024-10-01', '2024-12-31'],
    ['Q4 2015/16', '2016-01-01', '2016-03-31'],
    ['Q1 2015', '2015-01-01', '2015-03-31'],
    ['Q2 2015', '2015-04-01', '2015-06-30'],
    ['Q3 2015', '2015-07-01', '2015-09-30'],
    ['Q4 2015', '2015-10-01', '2015-12-31'],
    ['Autumn 1 2015', '2015-09-01', '2015-10-31'],
    ['Autumn 2 2015', '2015-11-01', '2015-12-31'],
    ['Spring 1 2015', '2015-01-01', '2015-02-28'],
    ['Spring 2 2015', '2015-03-01', '2015-03-31'],
    ['Summer 1 2015', '2015-04-01', '2015-05-31'],
    ['Summer 2 2015', '2015-06-01', '2015-07-31'],
    ['March 13- Sept 13', '2013-03-01', '2013-09-30'],
    ['Oct 15 to July 16', '2015-10-01', '2016-07-31'],
    ['Spring/Summer 2014', '2014-01-01', '2014-07-31'],
    ['August/ Sept 2014', '2014-08-01', '2014-09-30'],
    ['Jan-Mar 2016', '2016-01-01', '2016-03-31'],
  ])('%s is the period %s .. %s', (text, start, end) => {
    const result = parseTimescale(text);
    expect(result.kind).toBe('period');
    expect(spanOf(result)).toEqual([start, end]);
    expect(result.due).toBe(end);
  });

  it.each([
    ['By Dec 2013', '2013-12-31'],
    ['by end of March 2015', '2015-03-31'],
    ['no later than July 2016', '2016-07-31'],
    ['by the end of the summer term 2014', '2014-07-31'],
    ['on or before 1 st January 2015', '2015-01-01'],
  ])('%s is a deadline: no start, due %s', (text, due) => {
    const result = parseTimescale(text);
    expect(result.kind).toBe('period');
    expect(spanOf(result)).toEqual([null, due]);
    expect(result.due).toBe(due);
  });

  it.each([
    ['Starting September 2014', '2014-09-01'],
    ['From summer 2014', '2014-04-01'],
    ['Sept 2015 onwards', '2015-09-01'],
    ['October 2014 and ongoing', '2014-10-01'],
    ['Autumn 2013 & ongoing', '2013-09-01'],
    ['June 2013 onwards', '2013-06-01'],
  ])('%s is open from %s, with no due day', (text, start) => {
    const result = parseTimescale(text);
    expect(result.kind).toBe('open');
    expect(spanOf(result)).toEqual([start, null]);
    expect(result.due).toBeNull();
  });

  it.each([
    ['Termly', 'termly'],
    ['Half termly', 'half-termly'],
    ['Half-termly', 'half-termly'],
    ['Monthly', 'monthly'],
    ['Weekly', 'weekly'],
    ['Fortnightly', 'fortnightly'],
    ['Quarterly', 'quarterly'],
    ['Bi-annual', 'twice-yearly'],
    ['Twice yearly', 'twice-yearly'],
    ['Annually', 'annually'],
    ['Ongoing', 'ongoing'],
    ['On-going', 'ongoing'],
  ])('%s recurs %s, with no due day', (text, cadence) => {
    const result = parseTimescale(text);
    expect(result.kind).toBe('recurring');
    expect(result.cadence).toBe(cadence);
    expect(spanOf(result)).toEqual([null, null]);
    expect(result.due).toBeNull();
  });

  it('bounds a recurrence on both sides, and still gives it no due day', () => {
    expect(parseTimescale('Half termly from Spring 2014 until Summer 2015')).toMatchObject({
      kind: 'recurring',
      cadence: 'half-termly',
      start: '2014-01-01',
      end: '2015-07-31',
      due: null,
    });
  });

  it('leaves a range written back to front unparsed, rather than reading half of it', () => {
    for (const text of ['Dec/Jan 2015', 'Oct 2015 - Sept 2015', 'Summer/Spring 2014']) {
      expect(parseTimescale(text)).toMatchObject({
        kind: 'unparsed',
        note: 'Not understood as a date: it ends before it starts',
      });
    }
  });

  it('fills the start of a recurrence from the span it names', () => {
    const result = parseTimescale('Termly from Summer 2013');
    expect(result).toMatchObject({
      kind: 'recurring',
      cadence: 'termly',
      start: '2013-04-01',
      end: null,
      due: null,
    });
  });

  it.each([
    [
      'Dec 15 Feb 16 Apr 16',
      [
        ['2015-12-01', '2015-12-31'],
        ['2016-02-01', '2016-02-29'],
        ['2016-04-01', '2016-04-30'],
      ],
    ],
    [
      'March 2015 Sept 2015 January 2016',
      [
        ['2015-03-01', '2015-03-31'],
        ['2015-09-01', '2015-09-30'],
        ['2016-01-01', '2016-01-31'],
      ],
    ],
    [
      '15 Oct 15, 24 Feb 16, 23 June 16',
      [
        ['2015-10-15', '2015-10-15'],
        ['2016-02-24', '2016-02-24'],
        ['2016-06-23', '2016-06-23'],
      ],
    ],
  ])('%s is several checkpoints, due at the end of the last', (text, spans) => {
    const result = parseTimescale(text);
    const last = spans[spans.length - 1][1];
    expect(result.kind).toBe('multiple');
    expect(result.checkpoints).toEqual(spans.map(([start, end]) => ({ start, end })));
    expect(spanOf(result)).toEqual([spans[0][0], last]);
    expect(result.due).toBe(last);
  });

  it.each(['TBA', 'TBC', 'Tbc', 'to be agreed', 'to be confirmed', 'to be determined', '\u0422\u0412\u0410'])(
    '%s is not decided yet (tbc)',
    (text) => {
      expect(parseTimescale(text)).toMatchObject({ kind: 'tbc', start: null, end: null, due: null });
    },
  );

  it.each(['', '   ', 'N/A', 'n/a', '-', '\u2014', '\u2013'])('%j is nothing (none)', (text) => {
    expect(parseTimescale(text)).toMatchObject({ kind: 'none', start: null, end: null, due: null });
  });

  it('finds a date inside a sentence and says so', () => {
    const result = parseTimescale('This needs to be commissioned for the autumn term 2014.');
    expect(result).toMatchObject({ kind: 'period', start: '2014-09-01', end: '2014-12-31', embedded: true });
    expect(result.note).toBe('Autumn term 2014 (1 Sep - 31 Dec 2014) (found inside longer text)');
  });

  it.each([
    'Easter 2016',
    'Christmas',
    'Winter',
    'Winter 2014',
    'soon',
    'S., 898',
    '31/02/2015',
    '15/13/2014',
  ])('%s is unparsed, and keeps its text', (text) => {
    expect(parseTimescale(text)).toMatchObject({ kind: 'unparsed', start: null, end: null, due: null, text });
  });

  it('reads a trailing full stop, any case and any white space alike', () => {
    expect(spanOf(parseTimescale('  oct   15. '))).toEqual(['2015-10-01', '2015-10-31']);
    expect(spanOf(parseTimescale('AUTUMN\tTERM\n2014'))).toEqual(['2014-09-01', '2014-12-31']);
  });
});

describe('debris of pasted text', () => {
  it.each([
    ['Septe mber 2013', '2013-09-01', '2013-09-30'],
    ['Octobe\nr 2013', '2013-10-01', '2013-10-31'],
    ['Novem ber 2013', '2013-11-01', '2013-11-30'],
    ['Summ er 2014', '2014-04-01', '2014-07-31'],
    ['Sept\u00a02014', '2014-09-01', '2014-09-30'],
    ['Sep\u00adtember 2014', '2014-09-01', '2014-09-30'],
    ['Sep\u200btember 2014', '2014-09-01', '2014-09-30'],
    ['\uff2f\uff43\uff54 \uff12\uff10\uff11\uff15', '2015-10-01', '2015-10-31'],
    ['Sept \u201913', '2013-09-01', '2013-09-30'],
    ['Sept \u2013 Oct 2014', '2014-09-01', '2014-10-31'],
  ])('%j is read through its debris', (text, start, end) => {
    expect(spanOf(parseTimescale(text))).toEqual([start, end]);
  });

  it('folds a split ordinal and look-alike letters, and keeps the original text', () => {
    const ordinal = parseTimescale('1 st January 2015');
    expect(ordinal).toMatchObject({ kind: 'date', start: '2015-01-01', text: '1 st January 2015' });
    const cyrillic = parseTimescale('\u0422\u0412\u0410');
    expect(cyrillic.text).toBe('\u0422\u0412\u0410');
    expect(parseTimescale('\u0392y \u039cay 2016').end).toBe('2016-05-31'); // Greek capitals
  });

  it('does not join two words that each stand alone', () => {
    // `half term` must not become `halfterm`, nor `may be` one word.
    expect(parseTimescale('Oct half term 2015')).toMatchObject({ start: '2015-09-01', end: '2015-10-31' });
    expect(parseTimescale('may be later').kind).toBe('unparsed');
  });
});

describe('notes', () => {
  it.each([
    [
      'Autumn 2013 & ongoing',
      'Autumn term 2013 (1 Sep - 31 Dec 2013), then ongoing',
      "Tymor yr Hydref 2013 (1 Medi - 31 Rhag 2013), yna'n parhau",
    ],
    ['Oct 15', 'October 2015', 'Hydref 2015'],
    ['2 Nov 15', '2 Nov 2015', '2 Tach 2015'],
    ['By Dec 2013', 'By the end of December 2013', 'Erbyn diwedd Rhagfyr 2013'],
    ['by 2 Nov 15', 'By 2 Nov 2015', 'Erbyn 2 Tach 2015'],
    [
      'Starting September 2014',
      'From September 2014, no end date',
      'Yn dechrau Medi 2014, heb ddyddiad gorffen',
    ],
    [
      '2014/15',
      'Academic year 2014/15 (1 Sep 2014 - 31 Aug 2015)',
      'Blwyddyn academaidd 2014/15 (1 Medi 2014 - 31 Awst 2015)',
    ],
    [
      'FY 2015/16',
      'Financial year 2015/16 (1 Apr 2015 - 31 Mar 2016)',
      'Blwyddyn ariannol 2015/16 (1 Ebr 2015 - 31 Maw 2016)',
    ],
    [
      'Q3 2024/25',
      'Q3 of financial year 2024/25 (1 Oct - 31 Dec 2024)',
      'Chwarter 3 blwyddyn ariannol 2024/25 (1 Hyd - 31 Rhag 2024)',
    ],
    [
      'w/c 3 March 2025',
      'Week commencing 3 Mar 2025 (3 - 9 Mar 2025)',
      'Yr wythnos yn dechrau 3 Maw 2025 (3 - 9 Maw 2025)',
    ],
    [
      'Spring 1 2016',
      'Spring 1 half term 2016 (1 Jan - 29 Feb 2016)',
      'Hanner cyntaf tymor y Gwanwyn 2016 (1 Ion - 29 Chwef 2016)',
    ],
    ['Sept/Oct 2014', 'September 2014 to October 2014', 'Medi 2014 hyd Hydref 2014'],
    ['14-15 January 2015', '14 - 15 Jan 2015', '14 - 15 Ion 2015'],
    ['Termly', 'Termly', 'Bob tymor'],
    ['Ongoing', 'Ongoing, no end date', 'Parhaus, heb ddyddiad gorffen'],
    [
      'Termly from Summer 2013',
      'Termly, from Summer term 2013 (1 Apr - 31 Jul 2013)',
      'Bob tymor, yn dechrau tymor yr Haf 2013 (1 Ebr - 31 Gorff 2013)',
    ],
    ['Monthly until July 2016', 'Monthly, until July 2016', 'Bob mis, hyd Gorffennaf 2016'],
    [
      'Dec 15 Feb 16 Apr 16',
      'Checkpoints (3): December 2015; February 2016; April 2016',
      'Pwyntiau gwirio (3): Rhagfyr 2015; Chwefror 2016; Ebrill 2016',
    ],
    [
      'post July 2016',
      'After July 2016: from 1 Aug 2016, no end date',
      'Ar ôl Gorffennaf 2016: yn dechrau 1 Awst 2016, heb ddyddiad gorffen',
    ],
    ['TBA', 'To be confirmed: no date yet', "I'w gadarnhau: dim dyddiad eto"],
    ['N/A', 'No date given', "Dim dyddiad wedi'i roi"],
    ['5 Feb 16 5 Feb 16', '5 Feb 2016 (written twice)', "5 Chwef 2016 (wedi'i ysgrifennu ddwywaith)"],
  ])('%s: %s', (text, note, noteCy) => {
    const result = parseTimescale(text);
    expect(result.note).toBe(note);
    expect(result.noteCy).toBe(noteCy);
  });

  it('says when a year came from the plan', () => {
    const result = parseTimescale('Autumn term', { calendar: calendarForAcademicYear(2014) });
    expect(result.note).toBe(
      "Autumn term 2014 (1 Sep - 31 Dec 2014) (year from the plan's academic year 2014/15)",
    );
    expect(result.noteCy).toBe(
      'Tymor yr Hydref 2014 (1 Medi - 31 Rhag 2014) (y flwyddyn o flwyddyn academaidd y cynllun, 2014/15)',
    );
  });

  it.each([
    ['31/02/2015', 'Not understood as a date: that day does not exist'],
    ['Dec/Jan 2015', 'Not understood as a date: it ends before it starts'],
    ['Oct 1989', 'Not understood as a date: years must be between 1990 and 2100'],
    ['Autumn term', "Not understood as a date: a term with no year, and the plan's academic year is not set"],
    ['13th March', 'Not understood as a date: no year is given'],
    ['Easter 2016', "Not understood as a date: Easter is not in this workbook's calendar"],
    ['Winter', 'Not understood as a date: Winter is not a school term'],
    ['whenever', 'Not understood as a date'],
    // A word that names a property of every JavaScript object is not a season with no year.
    ['the constructor', 'Not understood as a date'],
  ])('says why %s was not understood', (text, note) => {
    const result = parseTimescale(text);
    expect(result.kind).toBe('unparsed');
    expect(result.note).toBe(note);
    expect(result.noteCy).toMatch(/^Heb ei ddeall fel dyddiad/);
  });
});

describe('long and odd text', () => {
  it('searches only the first 2,000 characters of a long cell, and says so', () => {
    const text = `${'words '.repeat(100)}due by July 2016 ${'more words '.repeat(9000)}`;
    const result = parseTimescale(text);
    expect(result).toMatchObject({ kind: 'period', start: null, end: '2016-07-31', embedded: true });
    expect(result.note).toBe(
      'By the end of July 2016 (found inside longer text; only the first 2,000 characters were searched)',
    );
    expect(parseTimescale(`${'x '.repeat(1000)} Oct 2015`).kind).toBe('unparsed');
  });

  it.each([
    ['emoji', '\u{1F4C5} Oct 15 \u{1F389}'],
    ['control characters', '\u0000Oct\u0007 15\u001b'],
    [
      'right-to-left text',
      '\u202e\u05ea\u05d0\u05e8\u05d9\u05da Oct 15 \u0627\u0644\u062a\u0627\u0631\u064a\u062e',
    ],
    ['a lone surrogate', '\ud800Oct 15\udfff'],
  ])('reads around %s without throwing', (_what, text) => {
    const result = parseTimescale(text);
    expect(result).toMatchObject({ start: '2015-10-01', end: '2015-10-31', text });
  });

  it('stays fast on 100,000 characters', () => {
    const text = 'Oct 15 - '.repeat(11_112);
    const started = Date.now();
    const result = parseTimescale(text);
    expect(Date.now() - started).toBeLessThan(500);
    expect(result.text).toBe(text);
  });
});
