/**
 * Queues writes to Excel and syncs only when a request would grow past what Excel on the web
 * accepts (5 MB a request), so a large write takes a few round trips and a small one takes one,
 * however many rows either has.
 */
import { rangeA1 } from './addresses';

/** Rows written by one range operation: keeps any single operation well inside a request. */
export const MAX_ROWS_PER_WRITE = 5_000;
/** What one request may carry before we sync: below Excel on the web's 5 MB, with room for overhead. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** What a small operation (a format, a merge, a rule) is counted as. */
export const SMALL_OPERATION_BYTES = 200;

type CellWrite = string | number | boolean;

export class WriteBatch {
  private pendingBytes = 0;

  constructor(
    readonly context: Excel.RequestContext,
    private readonly budgetBytes = REQUEST_BUDGET_BYTES,
  ) {}

  /**
   * Counts an operation of about `bytes` towards the current request, syncing the queue first
   * when the operation would take the request past the budget. Call before queuing it.
   */
  async reserve(bytes = SMALL_OPERATION_BYTES): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.budgetBytes) await this.flush();
    this.pendingBytes += bytes;
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    this.pendingBytes = 0;
    await this.context.sync();
  }
}

/**
 * Writes a block of values whose top-left cell is (`top`, `left`), in chunks of at most
 * MAX_ROWS_PER_WRITE rows. Each chunk's number formats are set before its values, so text meant as
 * text (`@`) is never read as a formula or a number on the way in.
 */
export async function writeBlock(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  values: CellWrite[][],
  numberFormats?: string[][],
): Promise<void> {
  const width = values[0]?.length ?? 0;
  if (width === 0) return;
  for (let start = 0; start < values.length; start += MAX_ROWS_PER_WRITE) {
    const rows = values.slice(start, start + MAX_ROWS_PER_WRITE);
    const formats = numberFormats?.slice(start, start + MAX_ROWS_PER_WRITE);
    await batch.reserve(jsonBytes(rows) + (formats ? jsonBytes(formats) : 0));
    const range = sheet.getRange(
      rangeA1({ top: top + start, left, bottom: top + start + rows.length - 1, right: left + width - 1 }),
    );
    if (formats) range.numberFormat = formats;
    range.values = rows;
  }
}

/** A `rows` x `cols` array of one value. */
export function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

/** The size of a value as it travels in a request: its JSON text, counted in UTF-16 code units. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}
