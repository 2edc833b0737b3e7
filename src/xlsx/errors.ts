/** Why a workbook file could not be read or written; the message is one line a user can act on. */
export type WorkbookErrorKind =
  | 'missing'
  | 'unreadable'
  | 'empty'
  | 'not-workbook'
  | 'encrypted-or-legacy'
  | 'damaged'
  | 'same-as-input'
  | 'write-failed';

export class WorkbookReadError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

export class WorkbookWriteError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}
