/**
 * Lays the board summary out as a sheet drawing: the page a governor receives. Counts come first,
 * then what moved, the exceptions, what is due before the next meeting, data quality and a key.
 * Ratings are words with a symbol as well as a fill, so the page reads in black and white.
 *
 * The big tables (exceptions, moves, coming up) use one column per field and no merged cells, so
 * they stay sortable and paint quickly; merges are kept to headings and the small tables.
 */
import { formatDay } from '../dates';
import type { CellStyle, PrintSetup, SheetDrawing } from '../drawing/types';
import { DrawingBuilder } from '../drawing/builder';
import type { ComputedRating, Rating } from '../plan/types';
import { colourMeanings } from '../rag/rule-set';
import type { Finding } from '../rag/types';
import type { SummaryColumn } from '../i18n/en/summary';
import { ratingsChartSvg } from './chart';
import { computedKey, declaredKey } from './counts';
import { summaryMarker } from './marker';
import { ratingWord, summaryText, type Lang } from './language';
import { FONT_NAME, RATING_LOOK, ratingLabel } from './look';
import type { BoardSummary, Direction, GroupCounts } from './types';

type Field =
  'ref' | 'plan' | 'action' | 'owner' | 'due' | 'rating' | 'declared' | 'change' | 'reason' | 'progress';

/** Widths in Excel character units; together about one A4 landscape page at 90%. */
const FIELD_WIDTHS: Record<Field, number> = {
  ref: 7.5,
  plan: 16,
  action: 34,
  owner: 15,
  due: 11.5,
  rating: 11.5,
  declared: 11.5,
  change: 12,
  reason: 26,
  progress: 30,
};

const TITLE_ROWS = 3;
const SPACER_ROW_POINTS = 15;
const PX_PER_POINT = 96 / 72;
const INK = '1F3864';
const GREY_TEXT = '595959';
const RULE = 'BFBFBF';

export function summarySheetName(asOf: string, lang: Lang = 'en'): string {
  return summaryText(lang).sheetName(asOf);
}

function styles(): Record<string, CellStyle> {
  const font = (size: number, extra: Partial<CellStyle['font']> = {}) => ({
    name: FONT_NAME,
    size,
    ...extra,
  });
  const thin = { weight: 'thin' as const, color: RULE };
  const box = { top: thin, bottom: thin, left: thin, right: thin };
  const text = { numberFormat: '@' };
  const all: Record<string, CellStyle> = {
    title: { ...text, font: font(18, { bold: true, color: INK }), vertical: 'middle' },
    subtitle: { ...text, font: font(12, { bold: true }), vertical: 'middle' },
    meta: { ...text, font: font(10, { color: GREY_TEXT }), vertical: 'middle' },
    glance: {
      ...text,
      font: font(11, { bold: true }),
      wrap: true,
      vertical: 'middle',
      fill: 'F2F2F2',
      border: box,
    },
    section: {
      ...text,
      font: font(13, { bold: true, color: INK }),
      vertical: 'bottom',
      border: { bottom: { weight: 'medium', color: INK } },
    },
    subsection: { ...text, font: font(11, { bold: true }), vertical: 'bottom' },
    note: { ...text, font: font(9, { italic: true, color: GREY_TEXT }), wrap: true, vertical: 'top' },
    body: { ...text, font: font(10), wrap: true, vertical: 'top' },
    th: {
      ...text,
      font: font(10, { bold: true }),
      fill: 'D9E1F2',
      border: box,
      wrap: true,
      vertical: 'middle',
    },
    'th-center': {
      ...text,
      font: font(10, { bold: true }),
      fill: 'D9E1F2',
      border: box,
      wrap: true,
      vertical: 'middle',
      horizontal: 'center',
    },
    td: { ...text, font: font(10), border: box, wrap: true, vertical: 'top' },
    'td-bold': { ...text, font: font(10, { bold: true }), border: box, wrap: true, vertical: 'top' },
    'td-center': { ...text, font: font(10), border: box, wrap: true, vertical: 'top', horizontal: 'center' },
    num: { font: font(10), border: box, horizontal: 'center', vertical: 'top', numberFormat: '0' },
    'num-bold': {
      font: font(10, { bold: true }),
      border: box,
      horizontal: 'center',
      vertical: 'top',
      numberFormat: '0',
    },
  };
  for (const [rating, look] of Object.entries(RATING_LOOK)) {
    all[`rating-${rating}`] = {
      ...text,
      font: font(10, { bold: true, color: look.text }),
      fill: look.fill,
      border: box,
      vertical: 'top',
      wrap: true,
    };
    all[`tint-${rating}`] = {
      ...text,
      font: font(10, { color: '000000' }),
      fill: look.tint,
      border: box,
      vertical: 'top',
      wrap: true,
    };
    all[`th-${rating}`] = {
      ...text,
      font: font(10, { bold: true, color: look.text }),
      fill: look.fill,
      border: box,
      vertical: 'middle',
      horizontal: 'center',
      wrap: true,
    };
  }
  return all;
}

function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** `5 Nov 2015 14:03` from `2015-11-05T14:03:…`, or the day alone. */
function preparedText(generatedAt: string, lang: Lang): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(generatedAt);
  if (!match) return generatedAt;
  const day = formatDay(match[1], lang);
  return match[2] === undefined ? day : `${day} ${match[2]}:${match[3]}`;
}

class SummarySheet {
  private readonly text;
  private readonly fields: Field[];
  private readonly out: DrawingBuilder;
  private row = 0;

  constructor(
    private readonly summary: BoardSummary,
    private readonly lang: Lang,
  ) {
    this.text = summaryText(lang);
    this.fields = summary.rollUp
      ? ['ref', 'plan', 'action', 'owner', 'due', 'rating', 'declared', 'change', 'reason', 'progress']
      : ['ref', 'action', 'owner', 'due', 'rating', 'declared', 'change', 'reason', 'progress'];
    this.out = new DrawingBuilder(
      this.fields.map((field) => FIELD_WIDTHS[field]),
      styles(),
    );
  }

  private col(field: Field): number {
    return this.fields.indexOf(field);
  }

  private get width(): number {
    return this.fields.length;
  }

  /** The label column of the small tables spans the ref, plan and action columns. */
  private get labelSpan(): number {
    return this.col('action') + 1;
  }

  private day(iso: string): string {
    return formatDay(iso, this.lang);
  }

  private word(rating: ComputedRating): string {
    return ratingWord(rating, this.lang);
  }

  private wide(text: string, style: string): void {
    this.out.text(this.row, 0, text, style, this.width);
    this.row += 1;
  }

  private gap(points = 8): void {
    this.out.height(this.row, points);
    this.row += 1;
  }

  private heading(text: string): void {
    this.gap(10);
    this.wide(text, 'section');
    this.gap(4);
  }

  private header(cells: [Field, SummaryColumn | string][]): void {
    for (const [field, label] of cells) {
      const words = this.text.columns as Record<string, string>;
      this.out.text(this.row, this.col(field), words[label] ?? label, 'th');
    }
    this.row += 1;
  }

  /** A rating in words with its symbol: in full colour, or pale beside the computed one. */
  private ratingCell(field: Field, rating: ComputedRating | null, pale = false): void {
    if (rating === null) this.out.blank(this.row, this.col(field), 'td');
    else {
      const style = `${pale ? 'tint' : 'rating'}-${rating}`;
      this.out.text(this.row, this.col(field), ratingLabel(rating, this.word(rating)), style);
    }
  }

  private changeText(direction: Direction | null, before: ComputedRating | null): string {
    const change = this.text.change;
    if (direction === null) return '';
    if (direction === 'new') return change.new;
    if (direction === 'same' || before === null) return change.same;
    return direction === 'up' ? change.up(this.word(before)) : change.down(this.word(before));
  }

  draw(): SheetDrawing {
    this.titleBlock();
    this.ratings();
    this.movement();
    this.exceptions();
    this.upcoming();
    this.dataQuality();
    this.key();
    const { title } = this.summary;
    const print: PrintSetup = {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: [0, TITLE_ROWS - 1],
      footer: { left: footerText(`${title.board} · ${this.day(title.asOf)}`), right: this.text.footer },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
      horizontalCentered: true,
    };
    return this.out.build({
      name: summarySheetName(title.asOf, this.lang),
      frozenRows: TITLE_ROWS,
      print,
      marker: summaryMarker(title.asOf),
    });
  }

  private titleBlock(): void {
    const { title, overall, movement, exceptions, upcoming, dataQuality } = this.summary;
    this.wide(title.board, 'title');
    this.wide(this.text.subtitle(title.plans), 'subtitle');
    this.wide(
      this.text.dates(
        this.day(title.asOf),
        this.day(title.nextMeeting),
        preparedText(title.generatedAt, this.lang),
      ),
      'meta',
    );
    this.gap(6);
    this.wide(
      this.text.glance({
        total: overall.computed.total,
        red: exceptions.filter((row) => row.computed === 'red').length,
        amber: exceptions.filter((row) => row.computed === 'amber').length,
        newRed: movement.newRed,
        previous: movement.previous === null ? null : this.day(movement.previous),
        upcoming: upcoming.length,
        nextMeeting: this.day(title.nextMeeting),
        findings: dataQuality.errors + dataQuality.warnings,
      }),
      'glance',
    );
  }

  private countsTable(
    groups: GroupCounts[],
    overall: GroupCounts,
    columns: { header: string; style: string; value: (group: GroupCounts) => number }[],
  ): void {
    const first = this.labelSpan;
    this.out.text(this.row, 0, this.text.groupColumn(this.summary.rollUp), 'th', first);
    columns.forEach((column, i) => this.out.text(this.row, first + i, column.header, column.style));
    this.row += 1;
    const line = (group: GroupCounts, label: string, bold: boolean) => {
      this.out.text(this.row, 0, label, bold ? 'td-bold' : 'td', first);
      columns.forEach((column, i) =>
        this.out.number(this.row, first + i, column.value(group), bold ? 'num-bold' : 'num'),
      );
      this.row += 1;
    };
    line(overall, this.text.allActions, true);
    // One group is the whole plan: repeating it adds nothing.
    if (groups.length > 1 || (groups.length === 1 && groups[0].name !== null)) {
      for (const group of groups) line(group, group.name ?? this.text.noGroup, false);
    }
  }

  private ratings(): void {
    const { summary, text } = this;
    const shown = summary.key.ratings;
    this.heading(text.ratingsHeading(this.day(summary.title.asOf)));
    this.wide(text.ratingsNote(summary.key.ruleSet.kind === 'judgement'), 'note');
    this.countsTable(summary.groups, summary.overall, [
      ...shown.map((rating) => ({
        header: ratingLabel(rating, this.word(rating)),
        style: `th-${rating}`,
        value: (group: GroupCounts) => group.computed[computedKey(rating)],
      })),
      { header: text.columns.total, style: 'th-center', value: (group: GroupCounts) => group.computed.total },
    ]);

    if (summary.hasDeclared) {
      this.gap(8);
      this.wide(text.declaredHeading, 'subsection');
      this.wide(text.declaredNote, 'note');
      const declared = shown.filter((rating): rating is Rating => rating !== 'not-rated');
      this.countsTable(summary.groups, summary.overall, [
        ...declared.map((rating) => ({
          header: ratingLabel(rating, this.word(rating)),
          style: `th-${rating}`,
          value: (group: GroupCounts) => group.declared[declaredKey(rating)],
        })),
        {
          header: `${RATING_LOOK['not-rated'].symbol} ${text.columns.notDeclared}`,
          style: 'th-not-rated',
          value: (group: GroupCounts) => group.declared.none,
        },
        {
          header: text.columns.total,
          style: 'th-center',
          value: (group: GroupCounts) => group.declared.total,
        },
      ]);
    }
    this.chart();
  }

  private chart(): void {
    const groups = this.summary.groups;
    if (groups.length === 0) return;
    const columnsPx = this.fields.reduce((sum, field) => sum + FIELD_WIDTHS[field] * 7, 0);
    const chart = ratingsChartSvg(
      groups,
      this.summary.key.ratings,
      this.lang,
      Math.min(860, Math.round(columnsPx * 0.8)),
    );
    this.gap(8);
    this.out.image({
      svg: chart.svg,
      widthPx: chart.widthPx,
      heightPx: chart.heightPx,
      row: this.row,
      col: 0,
      altText: this.text.chartAlt,
    });
    const rows = Math.ceil(chart.heightPx / (SPACER_ROW_POINTS * PX_PER_POINT)) + 1;
    for (let i = 0; i < rows; i++) this.gap(SPACER_ROW_POINTS);
  }

  private movement(): void {
    const { movement } = this.summary;
    const text = this.text;
    if (movement.previous === null) {
      this.heading(text.directionHeading);
      this.wide(text.movementFirst, 'body');
      return;
    }
    this.heading(text.movementHeading(this.day(movement.previous)));
    this.wide(
      text.movementLine({
        up: movement.up,
        down: movement.down,
        same: movement.same,
        new: movement.new,
        removed: movement.removed.length,
        newRed: movement.newRed,
      }),
      'subsection',
    );
    this.gap(4);
    if (movement.moved.length === 0) this.wide(text.movementNone, 'body');
    else {
      this.header(
        this.withPlan([
          ['ref', 'ref'],
          ['action', 'action'],
          ['owner', 'owner'],
          ['due', 'due'],
          ['rating', 'now'],
          ['declared', 'before'],
          ['change', 'change'],
          ['reason', 'reason'],
        ]),
      );
      for (const move of movement.moved) {
        this.out.text(this.row, this.col('ref'), move.ref, 'td');
        if (this.summary.rollUp) this.out.text(this.row, this.col('plan'), move.plan, 'td');
        this.out.text(this.row, this.col('action'), move.text, 'td');
        this.out.text(this.row, this.col('owner'), move.owner, 'td');
        this.out.text(this.row, this.col('due'), move.due === null ? '' : this.day(move.due), 'td');
        this.ratingCell('rating', move.now);
        this.ratingCell('declared', move.before, true);
        this.out.text(this.row, this.col('change'), this.changeText(move.direction, move.before), 'td');
        this.out.text(this.row, this.col('reason'), this.lang === 'cy' ? move.reasonCy : move.reason, 'td');
        this.row += 1;
      }
    }
    if (movement.removed.length > 0) {
      const severalPlans = this.summary.title.plans.length > 1;
      const list = movement.removed
        .map((row) => (severalPlans ? `${row.ref} (${row.plan})` : row.ref))
        .join(', ');
      this.gap(4);
      this.wide(text.removed(list), 'body');
    }
  }

  private withPlan(cells: [Field, SummaryColumn][]): [Field, SummaryColumn][] {
    return this.summary.rollUp ? [cells[0], ['plan', 'plan'], ...cells.slice(1)] : cells;
  }

  private exceptions(): void {
    const text = this.text;
    const rows = this.summary.exceptions;
    this.heading(text.exceptionsHeading);
    if (rows.length === 0) {
      this.wide(text.noExceptions, 'body');
      return;
    }
    for (const rating of ['red', 'amber'] as const) {
      const group = rows.filter((row) => row.computed === rating);
      if (group.length === 0) continue;
      this.gap(4);
      this.wide(
        rating === 'red' ? text.redHeading(group.length) : text.amberHeading(group.length),
        'subsection',
      );
      this.header(
        this.withPlan([
          ['ref', 'ref'],
          ['action', 'action'],
          ['owner', 'owner'],
          ['due', 'due'],
          ['rating', 'rating'],
          ['declared', 'declared'],
          ['change', 'change'],
          ['reason', 'reason'],
          ['progress', 'progress'],
        ]),
      );
      for (const row of group) {
        this.out.text(this.row, this.col('ref'), row.ref, 'td');
        if (this.summary.rollUp) this.out.text(this.row, this.col('plan'), row.plan, 'td');
        this.out.text(this.row, this.col('action'), row.action, 'td');
        this.out.text(this.row, this.col('owner'), row.owner, 'td');
        const due =
          row.due !== null
            ? this.day(row.due)
            : row.dueText === ''
              ? text.noDue
              : text.dueAsWritten(row.dueText);
        this.out.text(this.row, this.col('due'), due, 'td');
        this.ratingCell('rating', row.computed);
        this.ratingCell('declared', row.declared, true);
        this.out.text(this.row, this.col('change'), this.changeText(row.direction, row.before), 'td');
        this.out.text(this.row, this.col('reason'), this.lang === 'cy' ? row.reasonCy : row.reason, 'td');
        this.out.text(this.row, this.col('progress'), row.progress, 'td');
        this.row += 1;
      }
    }
  }

  private upcoming(): void {
    const { text, summary } = this;
    this.heading(text.upcomingHeading(this.day(summary.title.asOf), this.day(summary.title.nextMeeting)));
    if (summary.upcoming.length === 0) {
      this.wide(text.noUpcoming, 'body');
      return;
    }
    this.header(
      this.withPlan([
        ['ref', 'ref'],
        ['action', 'what'],
        ['owner', 'owner'],
        ['due', 'due'],
        ['rating', 'rating'],
        ['declared', 'kind'],
      ]),
    );
    for (const item of summary.upcoming) {
      this.out.text(this.row, this.col('ref'), item.ref, 'td');
      if (summary.rollUp) this.out.text(this.row, this.col('plan'), item.plan, 'td');
      this.out.text(this.row, this.col('action'), item.what, 'td');
      this.out.text(this.row, this.col('owner'), item.owner, 'td');
      this.out.text(this.row, this.col('due'), this.day(item.due), 'td');
      this.ratingCell('rating', item.rating);
      this.out.text(this.row, this.col('declared'), text.upcomingKinds[item.kind], 'td');
      this.row += 1;
    }
  }

  private dataQuality(): void {
    const { text } = this;
    const quality = this.summary.dataQuality;
    this.heading(text.dataQualityHeading);
    if (quality.errors + quality.warnings === 0) {
      this.wide(text.noFindings, 'body');
      return;
    }
    this.wide(text.findingsLine(quality.errors, quality.warnings), 'subsection');
    this.gap(4);
    const first = this.labelSpan;
    this.out.text(this.row, 0, text.columns.check, 'th', first);
    this.out.text(this.row, first, text.columns.errors, 'th-center');
    this.out.text(this.row, first + 1, text.columns.warnings, 'th-center');
    this.row += 1;
    for (const count of quality.byRule) {
      this.out.text(this.row, 0, text.ruleTitles[count.rule] ?? count.rule, 'td', first);
      this.out.number(this.row, first, count.errors, 'num');
      this.out.number(this.row, first + 1, count.warnings, 'num');
      this.row += 1;
    }
    this.gap(8);
    this.wide(text.worstHeading(quality.worst.length), 'subsection');
    const problemFrom = this.col('ref') + 1;
    const problemSpan = this.col('declared') - problemFrom + 1;
    this.out.text(this.row, 0, text.columns.ref, 'th');
    this.out.text(this.row, problemFrom, text.columns.problem, 'th', problemSpan);
    this.out.text(this.row, this.col('change'), text.columns.severity, 'th');
    this.out.text(this.row, this.col('reason'), text.columns.check, 'th');
    this.out.text(this.row, this.col('progress'), text.columns.cell, 'th');
    this.row += 1;
    for (const finding of quality.worst) this.findingRow(finding, problemFrom, problemSpan);
  }

  private findingRow(finding: Finding, problemFrom: number, problemSpan: number): void {
    const text = this.text;
    this.out.text(this.row, 0, finding.ref ?? '', 'td');
    this.out.text(
      this.row,
      problemFrom,
      this.lang === 'cy' ? finding.messageCy : finding.message,
      'td',
      problemSpan,
    );
    this.out.text(
      this.row,
      this.col('change'),
      text.severity[finding.severity],
      finding.severity === 'error' ? 'td-bold' : 'td',
    );
    this.out.text(this.row, this.col('reason'), text.ruleTitles[finding.rule] ?? finding.rule, 'td');
    this.out.text(this.row, this.col('progress'), finding.cell, 'td');
    this.row += 1;
  }

  private key(): void {
    const { text, summary } = this;
    const { ratings, ruleSet } = summary.key;
    this.heading(text.keyHeading);
    const scale = summary.showYellow ? 'four-point' : 'three-point';
    const meanings = colourMeanings(ruleSet, scale, this.lang);
    const custom = this.lang === 'en' ? ruleSet.labels : ruleSet.labelsCy;
    const first = this.labelSpan;
    for (const rating of ratings) {
      let meaning: string;
      if (rating === 'not-rated')
        meaning = ruleSet.kind === 'judgement' ? text.keyNotJudged : text.keyDeadlines[rating];
      else if (ruleSet.kind === 'judgement') meaning = text.keyJudged(meanings[rating]);
      else meaning = custom[rating] ?? text.keyDeadlines[rating];
      this.out.text(this.row, 0, ratingLabel(rating, this.word(rating)), `rating-${rating}`, first);
      this.out.text(this.row, first, meaning, 'td', this.width - first);
      this.row += 1;
    }
    this.gap(4);
    this.wide(text.keyArrows, 'note');
    this.wide(text.keySymbols, 'note');
  }
}

/** The board summary as a sheet drawing, in English or Welsh. */
export function renderSummarySheet(summary: BoardSummary, lang: Lang = 'en'): SheetDrawing {
  return new SummarySheet(summary, lang).draw();
}
