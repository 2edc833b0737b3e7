/** What the task pane says, in en-GB. */

const PLATFORMS: Record<string, string> = {
  PC: 'Excel on Windows',
  Universal: 'Excel on Windows',
  Mac: 'Excel on a Mac',
  OfficeOnline: 'Excel on the web',
  iOS: 'Excel on iPad',
  Android: 'Excel on Android',
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const taskpaneMessages = {
  title: 'Action Plan Tracker',
  tagline:
    'Reads the action plan on a worksheet, checks it, rates every action and builds the board summary.',
  starting: 'Starting…',
  notInExcel: 'Open this in Excel, or try the demo',
  notInExcelDetail: 'Action Plan Tracker runs inside Excel: choose Open tracker on the Home tab.',
  tryDemo: 'Try the demo',
  demoComingSoon: 'The demo is coming soon.',
  readPlan: 'Read plan',
  readPlanHint: 'Reads the cells in use on the active worksheet.',
  reading: 'Reading the worksheet…',
  readFailed: (reason: string) => `Could not read the worksheet: ${reason}`,
  readResult: (rows: number, columns: number, address: string) =>
    `Read ${count(rows, 'row')} and ${count(columns, 'column')} from ${address}.`,
  /** `Excel on Windows, Excel JavaScript API 1.17`. */
  host: (platform: string | null, apiVersion: string | null) => {
    const excel = (platform && PLATFORMS[platform]) || 'Excel';
    return apiVersion ? `${excel}, Excel JavaScript API ${apiVersion}` : excel;
  },
};
