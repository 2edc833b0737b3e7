/** Data quality: findings counted by rule, and the ten that matter most. */
import type { Finding } from '../rag/types';
import { parseCellAddress } from './order';
import type { DataQuality, RuleCount } from './types';

const WORST_COUNT = 10;

/**
 * `sheetOrder` lists sheet names in workbook order (the plans' sheets); a finding on a sheet not
 * listed sorts after them, in the order such sheets first appear.
 */
export function summariseFindings(findings: Finding[], sheetOrder: string[]): DataQuality {
  const byRule = new Map<string, RuleCount>();
  let errors = 0;
  for (const finding of findings) {
    const count = byRule.get(finding.rule) ?? { rule: finding.rule, errors: 0, warnings: 0 };
    if (finding.severity === 'error') {
      count.errors += 1;
      errors += 1;
    } else count.warnings += 1;
    byRule.set(finding.rule, count);
  }
  const rules = [...byRule.values()].sort(
    (a, b) =>
      b.errors + b.warnings - (a.errors + a.warnings) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return {
    errors,
    warnings: findings.length - errors,
    byRule: rules,
    worst: worstFindings(findings, sheetOrder),
  };
}

function worstFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const books = new Map<string, number>();
  const extraSheets = new Map<string, number>();
  const keyed = findings.map((finding, index) => {
    const place = parseCellAddress(finding.cell);
    if (!books.has(place.book)) books.set(place.book, books.size);
    let sheetRank = sheetOrder.indexOf(place.sheet);
    if (sheetRank < 0) {
      if (!extraSheets.has(place.sheet)) extraSheets.set(place.sheet, extraSheets.size);
      sheetRank = sheetOrder.length + (extraSheets.get(place.sheet) as number);
    }
    return {
      finding,
      key: [
        finding.severity === 'error' ? 0 : 1,
        books.get(place.book) as number,
        sheetRank,
        place.row < 0 ? Number.MAX_SAFE_INTEGER : place.row,
        place.col < 0 ? Number.MAX_SAFE_INTEGER : place.col,
        index,
      ],
    };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return 0;
  });
  return keyed.slice(0, WORST_COUNT).map(({ finding }) => finding);
}
