/**
 * What the pane asks of Excel. The only place the pane calls Excel.run: components receive these
 * functions as props, so they can be rendered and tested without Excel.
 */
import { readUsedRangeValues, type UsedRangeValues } from '../excel/read-used-range';

export interface ExcelServices {
  /** Reads the cells in use on the active worksheet. */
  readPlan(): Promise<UsedRangeValues>;
}

export function createExcelServices(): ExcelServices {
  return {
    readPlan: () => Excel.run((context) => readUsedRangeValues(context)),
  };
}
