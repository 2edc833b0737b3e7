/**
 * The demo's built workbook: the sample with the summary sheet added, its values, merges, widths
 * and fills, for download. (The chart picture needs a rasteriser the browser demo does without.)
 */
import type ExcelJS from 'exceljs';
import type { SheetDrawing } from '../../core/drawing/types';

export async function summaryWorkbookBytes(
  workbook: ExcelJS.Workbook,
  drawing: SheetDrawing,
): Promise<ArrayBuffer> {
  const existing = workbook.getWorksheet(drawing.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(drawing.name);
  drawing.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const cell of drawing.cells) {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    if (cell.kind !== 'blank') target.value = cell.value;
    const style = drawing.styles[cell.style];
    if (style?.fill)
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
    if (style)
      target.font = {
        name: style.font.name,
        size: style.font.size,
        bold: style.font.bold,
        color: style.font.color ? { argb: `FF${style.font.color}` } : undefined,
      };
    if (style?.wrap) target.alignment = { wrapText: true, vertical: 'top' };
  }
  for (const merge of drawing.merges)
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
