/**
 * A drop-down list of ratings on the officer's own rating column, so new ratings are written in
 * words the reader understands. It warns rather than refuses: a plan may use other judgement words.
 */
import type { Plan, Rating } from '../core/plan/types';
import { workbookMessages } from '../core/i18n/en/workbook';
import { excelMessages } from '../core/i18n/en/excel';
import { block, rangeA1 } from './addresses';
import { WriteBatch } from './batch';
import { excelNote, type ExcelNote } from './notes';
import { API, officeSupports, type Supports } from './requirements';

const THREE_POINT: Rating[] = ['green', 'amber', 'red', 'complete'];
const FOUR_POINT: Rating[] = ['green', 'yellow', 'amber', 'red', 'complete'];

export interface ValidationOptions {
  supports?: Supports;
  batch?: WriteBatch;
}

/** The words offered for a plan's scale, in the order the list shows them. */
export function ratingChoices(plan: Plan): string[] {
  return (plan.scale === 'four-point' ? FOUR_POINT : THREE_POINT).map(
    (rating) => workbookMessages.ratingWords[rating],
  );
}

/**
 * Adds the list to the rating column's cells on the plan's action rows. Returns what could not be
 * done: no rating column, or an Excel without data validation.
 */
export async function applyDeclaredRatingValidation(
  context: Excel.RequestContext,
  plan: Plan,
  options: ValidationOptions = {},
): Promise<ExcelNote[]> {
  const supports = options.supports ?? officeSupports;
  const ratingColumn = plan.columns.find((column) => column.role === 'rag');
  if (!ratingColumn) return [excelNote('no-rating-column', (m) => m.noRatingColumn(plan.sheet))];
  if (!supports(API.dataValidation))
    return [excelNote('validation-unsupported', (m) => m.validationUnsupported)];
  const first = plan.headerRows[1] + 1;
  const last = Math.max(first, ...plan.actions.map((action) => action.row));
  const batch = options.batch ?? new WriteBatch(context);
  await batch.reserve();
  const cells = context.workbook.worksheets
    .getItem(plan.sheet)
    .getRange(rangeA1(block(first, ratingColumn.index, last - first + 1, 1)));
  const choices = ratingChoices(plan);
  cells.dataValidation.clear();
  cells.dataValidation.ignoreBlanks = true;
  cells.dataValidation.rule = { list: { inCellDropDown: true, source: choices.join(',') } };
  cells.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Warning',
    title: excelMessages.validationTitle,
    message: excelMessages.validationMessage(choices.join(', ')),
  };
  if (!options.batch) await batch.flush();
  return [];
}
