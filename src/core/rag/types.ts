/** Findings and computed ratings (`../shared/spec/rag.md`). */
import type { ComputedRating } from '../plan/types';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** A stable rule id such as `missing-owner`. */
  rule: string;
  /** The cell to look at, e.g. `Plan!C7`. */
  cell: string;
  ref: string | null;
  /** What is wrong and how to fix it, en-GB. */
  message: string;
  /** The same in Welsh. */
  messageCy: string;
}

export interface ComputedResult {
  rating: ComputedRating;
  /** Which rule of the rule set gave it (`overdue`, `due-soon`, ...). */
  rule: string;
  /** One line a governor can read, en-GB: `Overdue: due 31 Oct 2015, 14 days before 14 Nov 2015`. */
  reason: string;
  reasonCy: string;
  /** The deadline the rating used, ISO: the due cell's, else the last milestone's; null when none. */
  due?: string | null;
}
