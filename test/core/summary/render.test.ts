import type { DrawnCell, SheetDrawing } from '../../../src/core/drawing/types';
import {
  buildSummary,
  ratingsChartSvg,
  renderSummarySheet,
  summarySheetDate,
  type BoardSummary,
} from '../../../src/core/summary';
import type { ComputedRating } from '../../../src/core/plan/types';
import { action, day, input, rated } from './builders';

const plan = rated('Walsall School Improvement Strategy', [
  {
    action: action('1.1', { group: 'Priority 1', due: day('2015-10-31'), progress: '+ two vacancies left' }),
    rating: 'red',
    declared: 'green',
  },
  {
    action: action('1.2', {
      group: 'Priority 1',
      text: '=HYPERLINK("http://example.org","Audit")',
      due: day('2015-11-20'),
    }),
    rating: 'amber',
  },
  { action: action('1.3', { group: 'Priority 1', due: day('2016-07-31') }), rating: 'green' },
  { action: action('2.1', { group: 'Priority 2' }), rating: 'not-rated' },
  {
    action: action('2.2', { group: 'Priority 2', due: day('2015-09-30') }),
    rating: 'complete',
    declared: 'complete',
  },
  {
    action: action('2.3', { group: 'Priority 2', due: day('2015-10-15'), ownerText: '@Head of Inclusion' }),
    rating: 'red',
  },
]);
const summary = buildSummary(input([plan]));
const drawing = renderSummarySheet(summary, 'en');

const texts = (sheet: SheetDrawing) =>
  sheet.cells.filter((cell): cell is Extract<DrawnCell, { kind: 'text' }> => cell.kind === 'text');
const cellAt = (sheet: SheetDrawing, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col);
const firstText = (sheet: SheetDrawing, value: string) => texts(sheet).find((cell) => cell.value === value);

describe('the summary sheet drawing', () => {
  it('is named for the meeting and carries our marker', () => {
    expect(drawing.name).toBe('Board Summary 2015-11-11');
    expect(drawing.marker).toBe('actionplan:board-summary:2015-11-11');
    expect(renderSummarySheet(summary, 'cy').name).toBe('Crynodeb y Bwrdd 2015-11-11');
  });

  it('opens with the title block: board, plan, as-of, next meeting and prepared dates', () => {
    expect(cellAt(drawing, 0, 0)).toMatchObject({ kind: 'text', value: 'Education Improvement Board' });
    expect(cellAt(drawing, 1, 0)).toMatchObject({
      value: 'Board summary: Walsall School Improvement Strategy',
    });
    expect(cellAt(drawing, 2, 0)).toMatchObject({
      value: 'Position at 11 Nov 2015   ·   Next meeting 9 Dec 2015   ·   Prepared 4 Nov 2015 09:30',
    });
    expect(drawing.frozenRows).toBe(3);
  });

  it('prints on A4 landscape, one page wide, with the title rows repeated and page numbers', () => {
    expect(drawing.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: [0, 2],
      footer: { left: 'Education Improvement Board · 11 Nov 2015', right: 'Page &P of &N' },
    });
  });

  it('escapes an ampersand in the board name so the footer prints it', () => {
    const board = renderSummarySheet(buildSummary(input([plan], { board: 'Schools & Skills Board' })), 'en');
    expect(board.print?.footer.left).toBe('Schools && Skills Board · 11 Nov 2015');
  });

  it('writes plan text that looks like a formula as text, exactly as the officer wrote it', () => {
    for (const value of [
      '=HYPERLINK("http://example.org","Audit")',
      '+ two vacancies left',
      '@Head of Inclusion',
    ]) {
      const cells = drawing.cells.filter((cell) => cell.kind !== 'blank' && cell.value === value);
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((cell) => cell.kind === 'text')).toBe(true);
    }
  });

  it('writes ratings as a symbol and a word on their colour', () => {
    const red = firstText(drawing, '● Red')!;
    expect(drawing.styles[red.style]).toMatchObject({
      fill: 'C00000',
      font: { bold: true, color: 'FFFFFF' },
    });
    expect(drawing.styles[firstText(drawing, '∆ Amber')!.style].fill).toBe('FFC000');
    expect(drawing.styles[firstText(drawing, '○ Green')!.style].fill).toBe('00B050');
    expect(drawing.styles[firstText(drawing, '√ Complete')!.style].fill).toBe('0070C0');
    expect(drawing.styles[firstText(drawing, '– Not rated')!.style].fill).toBe('D9D9D9');
  });

  it('shows a yellow column only for the four-point scale', () => {
    expect(firstText(drawing, '◊ Yellow')).toBeUndefined();
    const csc = rated('CSC', [{ action: action('1'), rating: 'yellow' }], { plan: { scale: 'four-point' } });
    expect(firstText(renderSummarySheet(buildSummary(input([csc])), 'en'), '◊ Yellow')).toBeDefined();
  });

  it('names Calibri in every style', () => {
    for (const style of Object.values(drawing.styles)) expect(style.font.name).toBe('Calibri');
  });

  it('gives a row of long wrapped text the height of its lines', () => {
    const long = 'Draft targets sent to schools for comment; two replies are still awaited. '.repeat(4);
    const wordy = rated('Walsall', [
      { action: action('1', { due: day('2015-10-01'), progress: long }), rating: 'red' },
    ]);
    const sheet = renderSummarySheet(buildSummary(input([wordy])), 'en');
    const cell = texts(sheet).find((c) => c.value === long)!;
    const height = sheet.rowHeights.find((r) => r.row === cell.row)!.height;
    // About 300 characters in a 30-character-wide column at 10 pt: at least eight lines of about 13 pt.
    expect(height).toBeGreaterThanOrEqual(8 * 13);
  });

  it('explains every colour in words in the key, in English and in Welsh', () => {
    expect(
      firstText(drawing, 'Overdue: the due date has passed and the action is not complete.'),
    ).toBeDefined();
    const welsh = renderSummarySheet(summary, 'cy');
    expect(firstText(welsh, '● Coch')).toBeDefined();
    expect(
      firstText(welsh, 'Hwyr: mae’r dyddiad cau wedi mynd heibio a’r cam heb ei gwblhau.'),
    ).toBeDefined();
    expect(firstText(welsh, 'Allwedd')).toBeDefined();
  });

  it('lists exceptions red first, with the reason and latest progress', () => {
    const refs = texts(drawing).filter((cell) => cell.col === 0 && /^\d\.\d$/.test(cell.value));
    const exceptionsHeading = firstText(drawing, 'Exceptions: red and amber actions')!;
    const listed = refs.filter((cell) => cell.row > exceptionsHeading.row).map((cell) => cell.value);
    expect(listed.slice(0, 3)).toEqual(['2.3', '1.1', '1.2']);
  });
});

describe('the ratings chart', () => {
  function labels(svg: string): Map<string, number> {
    const found = new Map<string, number>();
    for (const match of svg.matchAll(
      /<text class="count" data-group="(\d+)" data-rating="([a-z-]+)"[^>]*>(\d+)<\/text>/g,
    )) {
      found.set(`${match[1]}/${match[2]}`, Number(match[3]));
    }
    return found;
  }

  /** The counts table's cells: group label row by row, numbers under each rating's header. */
  function tableCounts(sheet: SheetDrawing, board: BoardSummary): Map<string, number> {
    const counts = new Map<string, number>();
    board.groups.forEach((group, index) => {
      const label = firstText(sheet, group.name ?? '')!;
      for (const rating of board.key.ratings) {
        const header = texts(sheet).find(
          (cell) => cell.value.endsWith(` ${ratingWord(rating)}`) && cell.row < label.row,
        )!;
        const cell = cellAt(sheet, label.row, header.col);
        if (cell?.kind === 'number' && cell.value > 0) counts.set(`${index}/${rating}`, cell.value);
      }
    });
    return counts;
  }

  const ratingWord = (rating: ComputedRating) =>
    ({
      complete: 'Complete',
      green: 'Green',
      yellow: 'Yellow',
      amber: 'Amber',
      red: 'Red',
      'not-rated': 'Not rated',
    })[rating];

  it('labels each bar segment with the number in the table beside it', () => {
    const [image] = drawing.images;
    expect(image).toBeDefined();
    expect(labels(image.svg)).toEqual(tableCounts(drawing, summary));
    expect(labels(image.svg).get('0/red')).toBe(1);
    expect(labels(image.svg).get('1/not-rated')).toBe(1);
  });

  it('shows each group total, and a legend of symbols and words for black and white printing', () => {
    const { svg } = ratingsChartSvg(summary.groups, summary.key.ratings, 'en');
    const totals = [...svg.matchAll(/<text class="total" data-group="(\d+)"[^>]*>(\d+)<\/text>/g)].map((m) =>
      Number(m[2]),
    );
    expect(totals).toEqual([3, 3]);
    for (const word of ['● Red', '∆ Amber', '○ Green', '√ Complete', '– Not rated'])
      expect(svg).toContain(`>${word}</text>`);
    expect(svg).toContain('fill="url(#p-green)"');
  });

  it('draws at most 24 bars, so it fits a printed page, and says the table has the rest', () => {
    const schools = Array.from({ length: 30 }, (_, i) =>
      rated(`School ${i + 1}`, [{ action: action('1'), rating: 'green' }], { group: `School ${i + 1}` }),
    );
    const board = buildSummary(input(schools));
    const { svg } = ratingsChartSvg(board.groups, board.key.ratings, 'en');
    expect(svg.match(/class="total"/g)).toHaveLength(24);
    expect(svg).toContain('The first 24 of 30 groups; the table above lists them all.');
  });

  it('escapes group names so the SVG stays well formed', () => {
    const odd = rated('Odd', [{ action: action('1', { group: 'Pupils <11> & "carers"' }), rating: 'green' }]);
    const board = buildSummary(input([odd]));
    const { svg } = ratingsChartSvg(board.groups, board.key.ratings, 'en');
    expect(svg).toContain('Pupils &lt;11&gt; &amp; &quot;carers&quot;');
  });
});

describe('recognising our summary sheets', () => {
  it('reads the meeting date from the marker in row 1, and nothing from an officer sheet', () => {
    const marker = drawing.marker as string;
    const ours = {
      name: 'Renamed',
      hidden: false,
      rows: [['Education Improvement Board', null, marker]],
      merges: [],
      hiddenRows: [],
      tables: [],
    };
    const theirs = {
      name: 'Board Summary 2015-11-11',
      hidden: false,
      rows: [['My summary']],
      merges: [],
      hiddenRows: [],
      tables: [],
    };
    expect(summarySheetDate(ours)).toBe('2015-11-11');
    expect(summarySheetDate(theirs)).toBeNull();
  });
});
