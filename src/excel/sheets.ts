/** Sheet names in a workbook, as Excel compares them (ignoring case), for choosing a free one. */

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(names: Iterable<string>) {
    for (const name of names) this.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  add(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  remove(name: string): void {
    this.taken.delete(name.toLowerCase());
  }

  /** `name`, else `name (2)`, `name (3)`...: the first that no sheet has, cut to Excel's length. */
  free(name: string): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
      if (!this.has(candidate)) return candidate;
    }
  }
}
