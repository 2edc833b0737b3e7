/** Notes the adapter hands back with its results: what Excel could not do, in both languages. */
import { excelMessages as english, type ExcelMessages } from '../core/i18n/en/excel';
import { excelMessages as welsh } from '../core/i18n/cy/excel';

export type ExcelNoteCode =
  | 'merges-unsupported'
  | 'hidden-rows-unsupported'
  | 'print-unsupported'
  | 'chart-unsupported'
  | 'conditional-formats-unsupported'
  | 'validation-unsupported'
  | 'no-rating-column'
  | 'sheet-renamed';

export interface ExcelNote {
  code: ExcelNoteCode;
  message: string;
  messageCy: string;
}

export function excelNote(code: ExcelNoteCode, say: (messages: ExcelMessages) => string): ExcelNote {
  return { code, message: say(english), messageCy: say(welsh) };
}
