/** A day typed into the pane's date fields: day first always, one day only, never a guess. */
import { readDayEntry, weekdayOf } from '../../../src/core/dates';

const SUNDAY = 0;

describe('readDayEntry', () => {
  it.each([
    '22/11/2026',
    '22.11.26',
    '22-11-2026',
    '22 Nov 2026',
    '22 November 2026',
    '22nd November 2026',
    '2026-11-22',
    ' 22  nov 2026. ',
  ])('reads "%s" as Sunday 22 November 2026', (text) => {
    expect(readDayEntry(text)).toEqual({ ok: true, iso: '2026-11-22', weekday: SUNDAY });
  });

  it('reads numbers day first, never in US order', () => {
    expect(readDayEntry('04/07/2014')).toMatchObject({ ok: true, iso: '2014-07-04' });
    expect(readDayEntry('11/22/2026')).toMatchObject({ ok: false, problem: 'not-a-day' });
  });

  it('reads Welsh month names and their short forms', () => {
    expect(readDayEntry('22 Tachwedd 2026')).toMatchObject({ ok: true, iso: '2026-11-22' });
    expect(readDayEntry('9 Rhag 2015')).toMatchObject({ ok: true, iso: '2015-12-09' });
    expect(readDayEntry('1 Mawrth 2016')).toMatchObject({ ok: true, iso: '2016-03-01' });
  });

  it('says why a day that does not exist is refused, in English and Welsh', () => {
    expect(readDayEntry('31/02/2026')).toEqual({
      ok: false,
      problem: 'not-a-day',
      note: 'Not understood as a date: that day does not exist',
      noteCy: "Heb ei ddeall fel dyddiad: nid yw'r diwrnod hwnnw'n bodoli",
    });
  });

  it('refuses a month, a term or a year as more than one day, saying what it means', () => {
    expect(readDayEntry('Nov 2026')).toMatchObject({
      ok: false,
      problem: 'not-one-day',
      note: 'November 2026',
    });
    expect(readDayEntry('Autumn 2026')).toMatchObject({ ok: false, problem: 'not-one-day' });
    expect(readDayEntry('2026/27')).toMatchObject({ ok: false, problem: 'not-one-day' });
  });

  it('refuses text that is not a day, a day inside a sentence and a day without a year', () => {
    for (const text of ['TBC', 'next Tuesday', '22/11', 'meet on 22 Nov 2026 please', '22/11/1890'])
      expect(readDayEntry(text)).toMatchObject({ ok: false, problem: 'not-a-day' });
  });

  it('tells an empty field apart', () => {
    expect(readDayEntry('   ')).toMatchObject({ ok: false, problem: 'empty' });
  });
});

describe('weekdayOf', () => {
  it.each([
    ['1990-01-01', 1], // a Monday
    ['2015-11-11', 3], // a Wednesday
    ['2024-02-29', 4], // a Thursday
    ['2026-11-22', 0], // a Sunday
    ['2100-12-31', 5], // a Friday
  ])('%s is day %d of the week (0 is Sunday)', (iso, weekday) => {
    expect(weekdayOf(iso)).toBe(weekday);
  });
});
