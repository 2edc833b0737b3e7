/**
 * Queues writes to Excel and syncs only when a request would grow past what the platform accepts:
 * on Excel on the web (5 MB a request) a large write takes a few round trips and a small one takes
 * one, however many rows either has; on the desktop, which has no cap, every write goes in one.
 */
import { rangeA1 } from './addresses';
import type { Platform } from './requirements';

/** Rows written by one range operation: keeps any single operation well inside a request. */
export const MAX_ROWS_PER_WRITE = 5_000;
/**
 * What one request may carry on Excel on the web before we sync. Every reservation is an upper
 * bound (UTF-8 bytes of the arguments, and 200 bytes an operation where Office.js adds about 150),
 * so half a megabyte below the 5 MB cap is left for the request's envelope.
 */
export const REQUEST_BUDGET_BYTES = 4.5 * 1024 * 1024;
/** What a small operation (a format, a merge, a rule) is counted as. */
export const SMALL_OPERATION_BYTES = 200;

/** The budget a request has on `platform`: Excel on the desktop has no cap to stay under. */
export function requestBudget(platform: Platform): number {
  return platform === 'desktop' ? Number.POSITIVE_INFINITY : REQUEST_BUDGET_BYTES;
}

type CellWrite = string | number | boolean;

export class WriteBatch {
  private pendingBytes = 0;
  private queuedAny = false;

  constructor(
    readonly context: Excel.RequestContext,
    private readonly budgetBytes = REQUEST_BUDGET_BYTES,
  ) {}

  /** A batch for `platform`: chunked by request size on the web, one request on the desktop. */
  static for(context: Excel.RequestContext, platform: Platform): WriteBatch {
    return new WriteBatch(context, requestBudget(platform));
  }

  /** True once anything was queued: from then on a failure may have left part of a write behind. */
  get started(): boolean {
    return this.queuedAny;
  }

  /**
   * Counts an operation of about `bytes` towards the current request, syncing the queue first
   * when the operation would take the request past the budget. Call before queuing it.
   */
  async reserve(bytes = SMALL_OPERATION_BYTES): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.budgetBytes) await this.flush();
    this.pendingBytes += bytes;
    this.queuedAny = true;
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
    await batch.reserve(jsonBytes(rows) + (formats ? jsonBytes(formats) : 0) + 3 * SMALL_OPERATION_BYTES);
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

/** The size of a value as it travels in a request: its JSON text in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** Bytes of `text` in UTF-8, counted without encoding it. */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes up to U+07FF, three above; a surrogate pair (two units) is four bytes.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
