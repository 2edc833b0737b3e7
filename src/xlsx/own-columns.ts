import type { WorkbookGrid } from '../core/grid/types';
import type { RoleOverride } from '../core/plan/types';
import { workbookMessages as msg } from '../core/i18n/en/workbook';

/** Our headers are written on a plan's header row, which the reader looks for in the first 30 rows. */
const SEARCH_ROWS = 30;

/**
 * Role overrides that keep the reader from taking our own `Computed RAG` and `Reason` columns (from
 * an earlier `rag --out`) for the officer's: `Computed RAG` would otherwise read as a rag column,
 * and our ratings as declared ones.
 */
export function ratingColumnOverrides(grid: WorkbookGrid): RoleOverride[] {
  const overrides: RoleOverride[] = [];
  for (const sheet of grid.sheets) {
    const seen = new Set<number>();
    for (const row of sheet.rows.slice(0, SEARCH_ROWS)) {
      row.forEach((value, col) => {
        if (seen.has(col) || !isText(value, msg.computedRagHeader) || !isText(row[col + 1], msg.reasonHeader))
          return;
        seen.add(col);
        for (const column of [col, col + 1])
          overrides.push({ sheet: sheet.name, table: null, column, role: null });
      });
    }
  }
  return overrides;
}

function isText(value: unknown, text: string): boolean {
  return typeof value === 'string' && value.trim() === text;
}
