/**
 * A milestones table in the workbook: a sheet or Excel table with ref, milestone, due and
 * (optionally) status columns and no action column. Its rows become the milestones of the actions
 * with the same ref, ahead of any milestone found on the action's own row.
 */
import { cellAddress } from '../grid/address';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { parseCellDate } from '../dates';
import type { SchoolCalendar } from '../dates/types';
import { cellText, dateCellValue } from './cells';
import { HEADER_SEARCH_ROWS } from './detect';
import { roleForHeader } from './headers';
import { statusSaysMet, textSaysMet } from './milestones';
import type { Milestone } from './types';

interface MilestoneColumns {
  ref: number;
  milestone: number;
  due: number;
  status: number | null;
}

/** Milestones by ref (lower-cased), in sheet order. */
export function readMilestoneTables(
  workbook: WorkbookGrid,
  calendar: SchoolCalendar,
): Map<string, Milestone[]> {
  const byRef = new Map<string, Milestone[]>();
  for (const sheet of workbook.sheets) {
    for (const area of milestoneAreas(sheet)) {
      for (let row = area.header + 1; row <= area.bottom; row++) {
        const cells = sheet.rows[row];
        if (!cells) continue;
        const ref = cellText(cells[area.cols.ref]).trim();
        const text = cellText(cells[area.cols.milestone]).trim();
        if (ref === '' || text === '') continue;
        const status = area.cols.status === null ? '' : cellText(cells[area.cols.status]);
        const milestone: Milestone = {
          text,
          when: parseCellDate(dateCellValue(cells[area.cols.due]), { calendar }),
          met: statusSaysMet(status) || textSaysMet(text),
          source: 'table',
          cell: cellAddress(sheet.name, row, area.cols.milestone),
        };
        const key = ref.toLowerCase();
        const list = byRef.get(key);
        if (list) list.push(milestone);
        else byRef.set(key, [milestone]);
      }
    }
  }
  return byRef;
}

function milestoneAreas(sheet: SheetGrid): { header: number; bottom: number; cols: MilestoneColumns }[] {
  const areas: { header: number; bottom: number; cols: MilestoneColumns }[] = [];
  for (const table of sheet.tables ?? []) {
    if (!table.hasHeaderRow) continue;
    const cols = milestoneColumns(sheet, table.range.top, table.range.left, table.range.right);
    if (cols) areas.push({ header: table.range.top, bottom: table.range.bottom, cols });
  }
  if (areas.length > 0) return areas;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) - 1;
  for (let row = 0; row <= last; row++) {
    const width = sheet.rows[row]?.length ?? 0;
    const cols = milestoneColumns(sheet, row, 0, width - 1);
    if (cols) return [{ header: row, bottom: sheet.rows.length - 1, cols }];
  }
  return [];
}

/**
 * Ref, milestone and due columns and no action column. A second milestone column whose header
 * names a date (`Milestone date`) is the due column.
 */
function milestoneColumns(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number,
): MilestoneColumns | null {
  let ref = -1;
  let due = -1;
  let status: number | null = null;
  const milestones: number[] = [];
  for (let col = left; col <= right; col++) {
    const header = cellText(sheet.rows[row]?.[col]).trim();
    if (header.length === 0 || header.length > 60) continue;
    const role = roleForHeader(header);
    if (role === 'action') return null;
    if (role === 'ref' && ref < 0) ref = col;
    else if (role === 'due' && due < 0) due = col;
    else if (role === 'rag' && status === null) status = col;
    else if (role === 'milestone') milestones.push(col);
  }
  if (due < 0) {
    const dated = milestones.find((col) => /\b(date|due|when|by)\b/i.test(cellText(sheet.rows[row]?.[col])));
    if (dated !== undefined) {
      due = dated;
      milestones.splice(milestones.indexOf(dated), 1);
    }
  }
  if (ref < 0 || due < 0 || milestones.length === 0) return null;
  return { ref, milestone: milestones[0], due, status };
}
