import type { Command } from 'commander';
import { parseA1 } from '../../core/grid/address';
import type { Plan } from '../../core/plan/types';
import type { Finding } from '../../core/rag/types';
import { checkPlans } from '../../core/rag';
import { cliMessages as msg } from '../../core/i18n/en/cli';
import type { CliIo } from '../io';
import type { CommandOutcome } from '../program';
import { contextFrom, jsonDocument, loadGrid, plansOf } from '../shared';

interface ValidateOptions {
  sheet?: string;
  table?: string;
  asOf?: string;
  json?: boolean;
}

/** `actionplan validate FILE.xlsx [--sheet NAME] [--table NAME] [--as-of YYYY-MM-DD] [--json]` */
export function registerValidateCommand(program: Command, io: CliIo, state: CommandOutcome): void {
  program
    .command('validate')
    .description(msg.describe.validate)
    .argument('<file>', msg.describe.file)
    .option('--sheet <name>', msg.describe.sheet)
    .option('--table <name>', msg.describe.table)
    .option('--as-of <date>', msg.describe.asOf)
    .option('--json', msg.describe.json)
    .action(async (file: string, options: ValidateOptions) => {
      const ctx = contextFrom({ asOf: options.asOf }, undefined);
      const grid = await loadGrid(file);
      const plans = plansOf(grid, options);
      const findings = checkPlans(plans, ctx);
      io.out(
        options.json
          ? jsonDocument(validateJson(plans, findings))
          : validateText(grid.source, plans, findings),
      );
      state.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
    });
}

/** The `validate --json` document of cli.md. */
function validateJson(plans: Plan[], findings: Finding[]) {
  return {
    plans: plans.map((plan) => ({ sheet: plan.sheet, table: plan.table, actions: plan.actions.length })),
    findings: findings.map(({ severity, rule, cell, ref, message }) => ({
      severity,
      rule,
      cell,
      ref,
      message,
    })),
  };
}

/**
 * Text for people: what was read, then the findings of each plan (errors first, then in sheet
 * order), one a line with its cell and ref, then the counts.
 */
function validateText(source: string, plans: Plan[], findings: Finding[]): string {
  const actions = plans.reduce((n, plan) => n + plan.actions.length, 0);
  const lines = [msg.validate.checked(source, plans.length, actions)];
  for (const plan of plans) {
    lines.push(
      msg.validate.planLine(
        msg.planName(plan.sheet, plan.table),
        plan.headerRows[0] + 1,
        plan.actions.length,
      ),
    );
  }
  if (findings.length === 0) return [...lines, msg.validate.noFindings, ''].join('\n');

  for (const [name, group] of groupByPlan(plans, findings)) {
    lines.push('', name);
    lines.push(...findingLines(group));
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push('', msg.validate.totals(errors, findings.length - errors), '');
  return lines.join('\n');
}

/** Findings under the plan whose sheet (and, for tables, whose action refs) they point into. */
function groupByPlan(plans: Plan[], findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const plan = plans.find((p) => cellIsOnSheet(finding.cell, p.sheet) && ownsFinding(p, finding)) ?? null;
    const name = plan ? msg.planName(plan.sheet, plan.table) : sheetOf(finding.cell);
    groups.set(name, [...(groups.get(name) ?? []), finding]);
  }
  return groups;
}

function ownsFinding(plan: Plan, finding: Finding): boolean {
  if (plan.table === null || finding.ref === null) return true;
  return plan.actions.some((action) => action.ref === finding.ref);
}

function cellIsOnSheet(cell: string, sheet: string): boolean {
  return sheetOf(cell) === sheet;
}

/** `'Action Plan'!C7` -> `Action Plan`. */
function sheetOf(cell: string): string {
  const bang = cell.lastIndexOf('!');
  const quoted = bang < 0 ? '' : cell.slice(0, bang);
  return quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
}

/** Longer cells and refs are not padded to, so one odd ref cannot push every message off screen. */
const MAX_COLUMN_WIDTH = 18;

function findingLines(findings: Finding[]): string[] {
  const sorted = [...findings].sort(
    (a, b) => severityOrder(a) - severityOrder(b) || cellOrder(a.cell) - cellOrder(b.cell),
  );
  const cellWidth = Math.min(MAX_COLUMN_WIDTH, Math.max(...sorted.map((f) => f.cell.length)));
  const refWidth = Math.min(MAX_COLUMN_WIDTH, Math.max(1, ...sorted.map((f) => (f.ref ?? '').length)));
  return sorted.map(
    (f) =>
      `  ${f.severity.padEnd(8)} ${f.cell.padEnd(cellWidth)}  ${(f.ref ?? '-').padEnd(refWidth)}  ${f.message}`,
  );
}

function severityOrder(finding: Finding): number {
  return finding.severity === 'error' ? 0 : 1;
}

/** Row-major position of a cell address, so findings read down the sheet. */
function cellOrder(cell: string): number {
  const position = parseA1(cell.slice(cell.lastIndexOf('!') + 1));
  return position ? position.row * 20_000 + position.col : Number.MAX_SAFE_INTEGER;
}
