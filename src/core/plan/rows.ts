/**
 * The rows below a plan's header (plans.md, "Rows"): group rows, group columns filled down,
 * continuation rows appended to the action above, repeated header rows skipped, empty rows skipped.
 * One pass, constant work per cell: reading is linear in rows.
 */
import { cellAddress } from '../grid/address';
import type { CellValue } from '../grid/types';
import { cellText } from './cells';
import type { PlanRegion } from './detect';
import { normaliseHeader, roleForHeader } from './headers';
import type { Layout } from './layout';
import type { ColumnRole } from './types';
import { titleRows } from './year';

/** A value as read for one column of an action, with the cell it is stored in. */
export interface Segment {
  value: CellValue;
  row: number;
  col: number;
}

export interface GroupLevel {
  text: string;
  cell: string;
}

/** One physical row that holds actions, with what later continuation rows add to it. */
export interface RowRecord {
  row: number;
  /** By sheet column: the row's own value first, then continuation rows' values in order. */
  values: Map<number, Segment[]>;
  groups: GroupLevel[];
}

/** One action: a row record and the action column it was read from. */
export interface Draft {
  record: RowRecord;
  actionCol: number;
}

/** Roles whose text a continuation row adds to the action above. Dates are never appended. */
const CONTINUED: ReadonlySet<ColumnRole> = new Set([
  'success',
  'progress',
  'milestone',
  'review',
  'rag',
  'owner',
  'resources',
]);
/** Roles that belong to an action rather than to its group. */
const ACTION_LEVEL: ReadonlySet<ColumnRole> = new Set([...CONTINUED, 'start', 'due']);
/** A preamble label (`Key lead person:`) is short. */
const LABEL_LENGTH = 40;

interface RowCells {
  row: number;
  own: string[];
  /** Own or reaching down from a merge above. */
  text: string[];
  values: { value: CellValue; row: number; col: number }[];
}

/**
 * Reads the plan's rows and hands over each action once nothing more can be added to it (the
 * next action row has begun, or the plan has ended), so that rows need not all be held at once.
 */
export function readRows(region: PlanRegion, layout: Layout, take: (draft: Draft) => void): void {
  if (layout.actionCols.length === 0) return;
  const reader = new RowReader(region, layout, take);
  for (let row = region.headerBottom + 1; row <= region.bottom; row++) reader.read(row);
  reader.finish();
}

class RowReader {
  /** Actions of the last action row, still open to continuation rows. */
  private open: Draft[] = [];
  private heading: GroupLevel | null = null;
  private headingVersion = 0;
  /** Group rows in a row with no action between them: the first labelled one names the group. */
  private run: { labelled: boolean } | null = null;
  private readonly groupValues = new Map<number, GroupLevel>();
  private last: { record: RowRecord; headingVersion: number } | null = null;
  private readonly width: number;
  private readonly groupCols: ReadonlySet<number>;
  private readonly buffer: RowCells;
  private readonly pendingBuffer: RowCells;
  /**
   * Rows with text in the first (action) cell only, read after a group row: the group's preamble
   * (`Link with … priorities F, G and H`) when a repeated header row follows them, else actions.
   */
  private pending: number[] = [];

  constructor(
    private readonly region: PlanRegion,
    private readonly layout: Layout,
    private readonly take: (draft: Draft) => void,
  ) {
    this.width = region.right - region.left + 1;
    this.groupCols = new Set(layout.groupCols);
    this.heading = headingAbove(region);
    this.buffer = emptyCells(this.width);
    this.pendingBuffer = emptyCells(this.width);
  }

  read(row: number): void {
    const cells = this.cellsOf(row, this.buffer);
    if (cells.own.every((t) => t === '')) return;
    if (this.isRepeatedHeader(cells)) {
      this.pending = [];
      return;
    }
    if (this.readGroupRow(cells)) return;
    if (this.run && this.roleAt(0) === 'action' && this.onlyFirstCell(cells)) {
      this.pending.push(row);
      return;
    }
    this.flushPending();
    const groupChanged = this.updateGroupColumns(cells);
    const hasAction = this.layout.actionCols.some((col) => this.own(cells, col) !== '');
    const hasRef = this.layout.ref !== null && this.own(cells, this.layout.ref) !== '';
    if (hasAction || hasRef) {
      this.addActions(cells, hasAction);
      return;
    }
    const sameGroup = this.last !== null && !groupChanged && this.last.headingVersion === this.headingVersion;
    if (sameGroup) {
      this.continueAction(cells);
      return;
    }
    // No action text under a new group, but the officer filled in owner, dates or criteria:
    // an action whose text is missing, kept so that the checks can point at it.
    if (this.hasOwnRole(cells, ACTION_LEVEL)) this.addActions(cells, false);
  }

  finish(): void {
    this.flushPending();
    this.emitOpen();
  }

  private emitOpen(): void {
    for (const draft of this.open) this.take(draft);
    this.open = [];
  }

  /** Rows held back as possible preamble turn out to be actions after all. */
  private flushPending(): void {
    const rows = this.pending;
    this.pending = [];
    for (const row of rows) this.addActions(this.cellsOf(row, this.pendingBuffer), true);
  }

  /** The row's cells, read into buffers reused from row to row (a plan can have 100,000 rows). */
  private cellsOf(row: number, cells: RowCells): RowCells {
    cells.row = row;
    const gridRow = this.region.sheet.rows[row];
    for (let i = 0; i < this.width; i++) {
      const col = this.region.left + i;
      const at = cells.values[i];
      if (this.region.merges.hasMerges(col)) {
        const cell = this.region.merges.read(row, col);
        at.value = cell.value;
        at.row = cell.row;
        at.col = cell.col;
        cells.text[i] = cellText(cell.value).trim();
        cells.own[i] = cell.own ? cells.text[i] : '';
      } else {
        at.value = gridRow?.[col] ?? null;
        at.row = row;
        at.col = col;
        cells.text[i] = cellText(at.value).trim();
        cells.own[i] = cells.text[i];
      }
    }
    return cells;
  }

  private own(cells: RowCells, col: number): string {
    return cells.own[col - this.region.left];
  }

  private roleAt(index: number): ColumnRole | null {
    return this.layout.roleOf.get(this.region.left + index) ?? null;
  }

  private hasOwnRole(cells: RowCells, roles: ReadonlySet<ColumnRole>): boolean {
    return cells.own.some((t, i) => {
      const role = this.roleAt(i);
      return t !== '' && role !== null && roles.has(role);
    });
  }

  /** A header row repeated at a page break: its cells read as the header's own words. */
  private isRepeatedHeader(cells: RowCells): boolean {
    let nonEmpty = 0;
    let matches = 0;
    for (let i = 0; i < this.width; i++) {
      const text = cells.own[i];
      if (text === '') continue;
      nonEmpty++;
      const header = this.region.headerTexts.get(this.region.left + i);
      // A cell much longer than the header, or starting with another letter, cannot be the header
      // repeated; most data cells stop here.
      if (!header || text.length > this.longestHeader(i) + 8 || !this.couldStartHeader(i, text)) continue;
      if (header.includes(this.normalised(text))) matches++;
    }
    return matches >= 2 && (matches === nonEmpty || (nonEmpty >= 4 && matches >= nonEmpty - 1));
  }

  private readonly headerStarts: Set<string>[] = [];
  private couldStartHeader(index: number, text: string): boolean {
    if (this.headerStarts[index] === undefined) {
      const texts = this.region.headerTexts.get(this.region.left + index) ?? [];
      this.headerStarts[index] = new Set(texts.map((t) => t.charAt(0)));
    }
    return this.headerStarts[index].has(text.charAt(0).toLowerCase());
  }

  private readonly headerLengths: number[] = [];
  private longestHeader(index: number): number {
    if (this.headerLengths[index] === undefined) {
      const texts = this.region.headerTexts.get(this.region.left + index) ?? [];
      this.headerLengths[index] = Math.max(0, ...texts.map((t) => t.length));
    }
    return this.headerLengths[index];
  }

  /** Short cells repeat a lot (`Green`, `Termly`, `HoS`): their normal form is worked out once. */
  private readonly normalCache = new Map<string, string>();
  private normalised(text: string): string {
    let normal = this.normalCache.get(text);
    if (normal === undefined) {
      normal = normaliseHeader(text);
      if (this.normalCache.size < 10_000) this.normalCache.set(text, normal);
    }
    return normal;
  }

  /** Group rows name the group of the actions below them (plans.md, "Rows"). */
  private readGroupRow(cells: RowCells): boolean {
    const firstText = cells.own[0];
    const firstRole = this.roleAt(0);
    const noActionText = this.layout.actionCols.every((col) => this.own(cells, col) === '');

    const merged = this.mergedAcrossText(cells);
    if (merged !== null) {
      if (!isPreamble(merged.text)) this.setHeading(merged.text, cells.row, merged.col);
      return true;
    }
    if (firstText !== '' && firstRole !== 'group' && this.onlyFirstCell(cells)) {
      // Text alone in the first cell, even in the action column: a numbered group label, or,
      // straight after one, a preamble line. Anything else there may be an action.
      if (this.run && isLabelledPreamble(firstText)) return true;
      if (isNumberedGroupLabel(firstText)) {
        this.setHeading(firstText, cells.row, this.region.left);
        return true;
      }
    }
    if (firstText !== '' && noActionText && this.onlyGroupLevelText(cells)) {
      if (isPreamble(firstText)) return true;
      if (firstRole === 'group' && !isLabelledGroup(firstText)) return false; // a group column's own value
      this.setHeading(firstText, cells.row, this.region.left);
      return true;
    }
    if (
      firstText !== '' &&
      !noActionText &&
      firstRole !== 'group' &&
      firstRole !== 'action' &&
      isNumberedGroupLabel(firstText)
    ) {
      const beyond = cells.own.some(
        (t, i) => t !== '' && i > 0 && this.roleAt(i) !== null && this.roleAt(i) !== 'action',
      );
      if (!beyond) {
        const texts = cells.own.filter((t) => t !== '');
        this.setHeading(texts.join(': '), cells.row, this.region.left);
        return true;
      }
    }
    return false;
  }

  /** Only the first cell (and unnamed columns) hold text. */
  private onlyFirstCell(cells: RowCells): boolean {
    return cells.own.every((t, i) => i === 0 || t === '' || this.roleAt(i) === null);
  }

  /** The text of a row that is one merged cell across the table, else null. */
  private mergedAcrossText(cells: RowCells): { text: string; col: number } | null {
    let origin: { row: number; col: number; text: string } | null = null;
    for (let i = 0; i < this.width; i++) {
      if (cells.own[i] === '') continue;
      const at = cells.values[i];
      if (origin === null) origin = { row: at.row, col: at.col, text: cells.own[i] };
      else if (origin.row !== at.row || origin.col !== at.col) return null;
    }
    if (origin === null || !this.isMergedAcross(origin.row, origin.col)) return null;
    return { text: origin.text, col: Math.max(origin.col, this.region.left) };
  }

  /** Nothing but group, ref or unnamed columns hold text. */
  private onlyGroupLevelText(cells: RowCells): boolean {
    return cells.own.every((t, i) => {
      const role = this.roleAt(i);
      return t === '' || role === null || role === 'group' || role === 'ref';
    });
  }

  private isMergedAcross(row: number, col: number): boolean {
    const merge = this.region.merges.mergeStartingAt(row, col);
    if (!merge || merge.right <= merge.left) return false;
    const coversAction = this.layout.actionCols.some((a) => a >= merge.left && a <= merge.right);
    const span = Math.min(merge.right, this.region.right) - Math.max(merge.left, this.region.left) + 1;
    return coversAction || span * 2 >= this.width;
  }

  private setHeading(text: string, row: number, col: number): void {
    this.flushPending();
    const labelled = isLabelledGroup(text);
    if (this.run && !labelled) return; // the run's group is already named
    this.run = { labelled };
    this.heading = { text, cell: cellAddress(this.region.sheet.name, row, col) };
    this.headingVersion++;
    this.groupValues.clear();
  }

  /** Group columns: a new value sets the level and clears the levels inside it; a blank fills down. */
  private updateGroupColumns(cells: RowCells): boolean {
    let changed = false;
    const cols = this.layout.groupCols;
    for (let k = 0; k < cols.length; k++) {
      const i = cols[k] - this.region.left;
      const text = cells.text[i];
      if (text === '' || this.groupValues.get(cols[k])?.text === text) continue;
      const at = cells.values[i];
      this.groupValues.set(cols[k], { text, cell: cellAddress(this.region.sheet.name, at.row, at.col) });
      for (const inner of cols.slice(k + 1)) this.groupValues.delete(inner);
      changed = true;
    }
    return changed;
  }

  private groupPath(): GroupLevel[] {
    const path: GroupLevel[] = this.heading ? [this.heading] : [];
    for (const col of this.layout.groupCols) {
      const level = this.groupValues.get(col);
      if (!level) continue;
      const text = withColumnLabel(level.text, this.region.columns[col - this.region.left]?.header ?? '');
      if (path.length === 0 || path[path.length - 1].text !== text) path.push({ text, cell: level.cell });
    }
    return path;
  }

  private addActions(cells: RowCells, hasAction: boolean): void {
    this.run = null;
    const values = new Map<number, Segment[]>();
    for (let i = 0; i < this.width; i++) {
      const col = this.region.left + i;
      if (cells.text[i] === '' || this.groupCols.has(col)) continue;
      const at = cells.values[i];
      values.set(col, [{ value: at.value, row: at.row, col: at.col }]);
    }
    const record: RowRecord = { row: cells.row, values, groups: this.groupPath() };
    const actionCols = hasAction
      ? this.layout.actionCols.filter((col) => this.own(cells, col) !== '')
      : [this.layout.actionCols[0]];
    this.emitOpen();
    this.open = actionCols.map((actionCol) => ({ record, actionCol }));
    this.last = { record, headingVersion: this.headingVersion };
  }

  /** A page break in a pasted table: the row's text belongs to the action above. */
  private continueAction(cells: RowCells): void {
    this.run = null;
    const record = this.last!.record;
    for (let i = 0; i < this.width; i++) {
      const role = this.roleAt(i);
      const text = cells.own[i];
      if (text === '' || role === null || !CONTINUED.has(role)) continue;
      const col = this.region.left + i;
      const segments = record.values.get(col) ?? [];
      if (role === 'rag' && segments.some((s) => cellText(s.value).trim() === text)) continue;
      const at = cells.values[i];
      segments.push({ value: at.value, row: at.row, col: at.col });
      record.values.set(col, segments);
    }
  }
}

/**
 * A labelled group line above the header (`Priority 1: Ensure strong leadership…` written before
 * the table, as Walsall's plan does) names the group of the first actions.
 */
function headingAbove(region: PlanRegion): GroupLevel | null {
  const [first, last] = titleRows(region);
  for (let row = last; row >= first; row--) {
    for (let col = region.left; col <= region.right; col++) {
      const text = cellText(region.sheet.rows[row]?.[col]).trim();
      if (text !== '' && text.length <= 300 && isLabelledGroup(text)) {
        return { text, cell: cellAddress(region.sheet.name, row, col) };
      }
    }
  }
  return null;
}

function emptyCells(width: number): RowCells {
  return {
    row: -1,
    own: new Array<string>(width).fill(''),
    text: new Array<string>(width).fill(''),
    values: Array.from({ length: width }, () => ({ value: null as CellValue, row: 0, col: 0 })),
  };
}

/** `Key lead person: TBC`, `Lead: …`, `Success criteria`: lines about the group, not its name. */
function isPreamble(text: string): boolean {
  return isLabelledPreamble(text) || isAboutRole(text.length <= LABEL_LENGTH ? text : '');
}

/** `Key lead person: TBC`, `Lead: Head of Service …`: a known role's label, then a colon. */
function isLabelledPreamble(text: string): boolean {
  const label = /^([^:\n]{1,40}):/.exec(text);
  return label !== null && isAboutRole(label[1]);
}

function isAboutRole(text: string): boolean {
  const role = roleForHeader(text);
  return role !== null && role !== 'group';
}

/** A labelled group line starts with the kind of group it names: `Priority 1: …`, `Recommendation 2`, `LASI 14 Issue 2`, `Theme 1 - …`. */
const GROUP_LABEL =
  /^\W{0,3}(la |partnership |improvement |key |estyn |ofsted )?(priority|priorities|recommendation|theme|objective|outcomes?|aspect|area (for|of) improvement|target for improvement|issue|section|lasi|strand|blaenoriaeth|argymhelliad|amcan|thema)\b/i;

/** A label with a number or a colon after it (`Priority 1`, `LASI 14 Issue 2`, `Theme A -`), not a sentence that starts with one of the words. */
const NUMBERED_GROUP_LABEL = new RegExp(
  `${GROUP_LABEL.source}(?:\\s+(?:\\d+[a-z]?|[ivx]+|[a-z])\\b|\\s*[:\\-–])`,
  'i',
);

function isLabelledGroup(text: string): boolean {
  return GROUP_LABEL.test(text);
}

function isNumberedGroupLabel(text: string): boolean {
  return NUMBERED_GROUP_LABEL.test(text);
}

/** A bare number under a `Priority` column reads as `Priority 1`. */
function withColumnLabel(value: string, header: string): string {
  if (!/^\d{1,3}[a-z]?$/i.test(value)) return value;
  const label = header
    .split(' / ')[0]
    .replace(/[\s?:*.]+$/, '')
    .trim();
  return label === '' ? value : `${label} ${value}`;
}
