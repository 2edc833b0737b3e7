/** Messages about reading action plans from a workbook (en-GB). */

function listOrNone(names: string[], none: string): string {
  return names.length === 0 ? none : names.map((name) => `"${name}"`).join(', ');
}

export const planMessages = {
  noPlan: (source: string): string =>
    `No action plan found in ${source}: no sheet has a header row with an Action column; use --sheet to choose one.`,
  noPlanOnSheet: (source: string, sheet: string): string =>
    `No action plan found on sheet "${sheet}" in ${source}: none of its first 30 rows is a header row with an Action column and two other known columns; name the columns (for example Action, Lead, Due date) or set the Action column's role.`,
  noSheet: (source: string, sheet: string, sheets: string[]): string =>
    `No sheet named "${sheet}" in ${source}. Its sheets are: ${listOrNone(sheets, 'none')}.`,
  noTable: (source: string, table: string, tables: string[]): string =>
    `No table named "${table}" in ${source}. Its tables are: ${listOrNone(tables, 'none')}.`,
  noActionColumn: (source: string, table: string): string =>
    `Table "${table}" in ${source} has no Action column; give one column a header such as Action, or set the column's role.`,
};

export type PlanMessages = typeof planMessages;
