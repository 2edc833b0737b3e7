/** What the demo's grid view shows: the sample's sheet, the cell a finding points at, our columns after Apply. */
import type { ComputedRating } from '../../core/plan/types';

export interface AppliedRating {
  rating: ComputedRating;
  reason: string;
  reasonCy: string;
}

export interface RatingColumnsView {
  sheet: string;
  headerRow: number;
  /** 0-based column of Computed RAG; Reason is the next one. */
  column: number;
  byRow: Map<number, AppliedRating>;
}

export interface DemoViewState {
  sheet: string;
  selected: { sheet: string; row: number; col: number } | null;
  ratingColumns: RatingColumnsView[];
}

export class DemoStore {
  private state: DemoViewState;
  private readonly listeners = new Set<() => void>();

  constructor(sheet: string) {
    this.state = { sheet, selected: null, ratingColumns: [] };
  }

  get = (): DemoViewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<DemoViewState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
