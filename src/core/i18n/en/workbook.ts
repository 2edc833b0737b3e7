/** Messages about reading and writing .xlsx files (en-GB). */

export const workbookMessages = {
  missing: (file: string) => `${file} was not found: check the file name and folder.`,
  isFolder: (file: string) => `${file} is a folder, not an Excel workbook: give the path of a .xlsx file.`,
  unreadableFile: (file: string, reason: string) =>
    `${file} could not be opened (${reason}): check that you can open it and try again.`,
  empty: (file: string) =>
    `${file} is empty (0 bytes): it may not have finished copying; save the workbook again from Excel.`,
  notWorkbook: (file: string) =>
    `${file} is not an Excel workbook (.xlsx): open it in Excel and save it as "Excel Workbook".`,
  encryptedOrLegacy: (file: string) =>
    `${file} is password-protected or an old .xls workbook: open it in Excel, remove the password if it has one, and save it as "Excel Workbook" (.xlsx).`,
  damaged: (file: string) =>
    `${file} looks like an Excel workbook but could not be read (it may be damaged): open it in Excel, save it again as "Excel Workbook" and retry.`,
  sameAsInput: (file: string) =>
    `refusing to write over the input file ${file}: give --out a different file name.`,
  cannotWrite: (file: string, reason: string) =>
    `could not write ${file} (${reason}): check the folder exists and that the file is not open in Excel.`,
  computedRagHeader: 'Computed RAG',
  reasonHeader: 'Reason',
  ratingWords: {
    complete: 'Complete',
    green: 'Green',
    yellow: 'Yellow',
    amber: 'Amber',
    red: 'Red',
    'not-rated': 'Not rated',
  },
} as const;
