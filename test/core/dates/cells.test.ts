/** Grid cells as dates: date cells, serial numbers and Date values are exact days. */
import { parseCellDate } from '../../../src/core/dates';

describe('parseCellDate', () => {
  it('reads a date cell as that exact day', () => {
    expect(parseCellDate({ type: 'date', iso: '2015-10-31' })).toMatchObject({
      kind: 'date',
      start: '2015-10-31',
      end: '2015-10-31',
      due: '2015-10-31',
      text: '2015-10-31',
      note: '31 Oct 2015',
      noteCy: '31 Hyd 2015',
    });
  });

  it.each([
    [42308, '2015-10-31'], // 31 Oct 2015: 42,308 days after 30 Dec 1899
    [32874, '1990-01-01'],
    [73415, '2100-12-31'],
    [42308.75, '2015-10-31'], // six in the evening is still that day
    [42429, '2016-02-29'],
  ])('reads the serial number %d as %s', (serial, iso) => {
    expect(parseCellDate(serial)).toMatchObject({ kind: 'date', start: iso, end: iso, text: String(serial) });
  });

  it.each([32873, 73416, 0, -5, 1, Number.NaN, Number.POSITIVE_INFINITY])(
    'leaves the serial %d (outside 1990-2100, or not a number) unparsed',
    (serial) => {
      expect(parseCellDate(serial).kind).toBe('unparsed');
    },
  );

  it('reads a JavaScript Date by its UTC day, so no time zone moves it', () => {
    expect(parseCellDate(new Date(Date.UTC(2015, 9, 31)))).toMatchObject({
      kind: 'date',
      start: '2015-10-31',
    });
    expect(parseCellDate(new Date(Date.UTC(2015, 9, 31, 23, 30)))).toMatchObject({ start: '2015-10-31' });
    expect(parseCellDate(new Date('not a date')).kind).toBe('unparsed');
    expect(parseCellDate(new Date(Date.UTC(1989, 11, 31))).kind).toBe('unparsed');
  });

  it('reads text as a timescale', () => {
    expect(parseCellDate('Oct 15')).toMatchObject({ kind: 'period', start: '2015-10-01', end: '2015-10-31' });
  });

  it('reads an empty cell as nothing', () => {
    expect(parseCellDate(null)).toMatchObject({ kind: 'none', text: '' });
  });

  it('never reads a boolean or an error value as a date', () => {
    expect(parseCellDate(true)).toMatchObject({ kind: 'unparsed', text: 'TRUE' });
    expect(parseCellDate(false)).toMatchObject({ kind: 'unparsed', text: 'FALSE' });
    expect(parseCellDate({ type: 'error', code: '#N/A' })).toMatchObject({ kind: 'unparsed', text: '#N/A' });
  });

  it('leaves a date cell holding an impossible day unparsed', () => {
    expect(parseCellDate({ type: 'date', iso: '2015-02-29' }).kind).toBe('unparsed');
    expect(parseCellDate({ type: 'date', iso: '1899-12-31' }).kind).toBe('unparsed');
  });
});
