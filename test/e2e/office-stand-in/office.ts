/**
 * A browser stand-in for office.js made from the counting fake of Excel: the pane runs its real
 * Excel services against one in-memory workbook for the life of the page, so what one command
 * writes the next one reads. The workbook comes from `window.__APT_WORKBOOK__` (a grid, set by the
 * script that precedes this bundle); the fake, the document settings and a record of every
 * `Excel.run` are left on `window` for the test to inspect.
 */
import type { WorkbookGrid } from '../../../src/core/grid/types';
import { FakeExcel, FakeExcelError, excelContext } from '../../support/excel-fake';

/** One `Excel.run`: whether it has finished, the round trips it took, and the error code it failed with. */
export interface RunRecord {
  done: boolean;
  syncs: number;
  failed: string | null;
}

export interface StandInSettings {
  values: Record<string, unknown>;
  saves: number;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string }) => void): void;
}

/** What the stand-in leaves on `window`, for `page.evaluate`. */
export interface StandInWindow {
  __APT_WORKBOOK__: WorkbookGrid;
  __aptFake: FakeExcel;
  __aptRuns: RunRecord[];
  __aptSettings: StandInSettings;
}

/** The newest ExcelApi requirement set the stand-in answers yes to, as Excel on Windows today. */
const NEWEST_EXCEL_API = 17;

/** Office.js's own messages for the error codes a test injects: what an officer would read. */
const OFFICE_MESSAGES: Record<string, string> = {
  GeneralException: 'An internal error has occurred.',
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
};

const page = window as unknown as StandInWindow & Record<string, unknown>;
const fake = FakeExcel.fromGrid(page.__APT_WORKBOOK__, { workbookName: 'sample-plan.xlsx' });
const runs: RunRecord[] = [];

const settings: StandInSettings = {
  values: {},
  saves: 0,
  get(name) {
    return this.values[name] ?? null;
  },
  set(name, value) {
    // Office keeps settings as JSON: a copy, never the pane's own object.
    this.values[name] = JSON.parse(JSON.stringify(value));
  },
  saveAsync(callback) {
    this.saves += 1;
    callback?.({ status: 'succeeded' });
  },
};

/** An error shaped as Office.js rejects `Excel.run` with: Excel's message, and its code. */
function officeError(error: unknown): unknown {
  if (!(error instanceof FakeExcelError)) return error;
  const message = OFFICE_MESSAGES[error.code] ?? error.message;
  return Object.assign(new Error(message), { name: 'RichApi.Error', code: error.code });
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const record: RunRecord = { done: false, syncs: 0, failed: null };
  runs.push(record);
  const before = fake.syncs.length;
  try {
    const result = await batch(excelContext(fake));
    // Excel.run sends whatever the batch queued after its last sync.
    if (fake.context.pendingRequestBytes > 0 || fake.context.pendingLoads.length > 0)
      await fake.context.sync();
    return result;
  } catch (error) {
    record.failed = error instanceof FakeExcelError ? error.code : String(error);
    throw officeError(error);
  } finally {
    record.syncs = fake.syncs.length - before;
    record.done = true;
  }
}

page.__aptFake = fake;
page.__aptRuns = runs;
page.__aptSettings = settings;
page.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { PC: 'PC' },
  context: {
    platform: 'PC',
    requirements: {
      isSetSupported: (name: string, version = '1.1') =>
        name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= NEWEST_EXCEL_API,
    },
    officeTheme: { bodyBackgroundColor: '#ffffff' },
    document: { settings },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'PC' };
    callback?.(info);
    return Promise.resolve(info);
  },
};
page.Excel = { run };
