/**
 * Rule sets as data (rag.md "Default rule set"): a JSON document validated on load, with an error
 * that names the document and the bad field. Core never reads files: callers pass parsed JSON.
 */
import { z } from 'zod';
import type { Rating, RatingScale } from '../plan/types';
import type { RagMessages } from '../i18n/en/rag';
import { inBothLanguages, messagesFor, type BilingualText, type Lang } from './language';

export type RuleSetKind = 'deadlines' | 'judgement';

export interface RuleSet {
  name: string;
  /** `deadlines` rates from dates, milestones and progress; `judgement` takes the declared rating. */
  kind: RuleSetKind;
  description: string | null;
  /** The scale to rate on; null means the plan's own scale. */
  scale: RatingScale | null;
  /** Amber when due within this many days of the as-of date; null means up to the next meeting. */
  dueSoonDays: number | null;
  /** Red only when due more than this many days before the as-of date. */
  overdueAfterDays: number;
  /** Whether milestones count: as a fallback due, and as a missed milestone (rule 4). */
  milestones: boolean;
  /** What each colour means, replacing the defaults of the scale. */
  labels: Partial<Record<Rating, string>>;
  labelsCy: Partial<Record<Rating, string>>;
}

const wholeDays = z.int().min(0);
const labelsSchema = z.strictObject({
  complete: z.string().optional(),
  green: z.string().optional(),
  yellow: z.string().optional(),
  amber: z.string().optional(),
  red: z.string().optional(),
});

export const ruleSetSchema = z.strictObject({
  /** Lets an editor find this schema; ignored otherwise. */
  $schema: z.string().optional(),
  name: z.string().trim().min(1),
  kind: z.enum(['deadlines', 'judgement']),
  description: z.string().optional(),
  scale: z.enum(['three-point', 'four-point']).optional(),
  dueSoonDays: wholeDays.optional(),
  overdueAfterDays: wholeDays.optional(),
  milestones: z.boolean().optional(),
  labels: labelsSchema.optional(),
  labelsCy: labelsSchema.optional(),
});

export type RuleSetJson = z.input<typeof ruleSetSchema>;

/** The JSON Schema of a rule set document, for editors and documentation. */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ruleSetSchema) as Record<string, unknown>;
}

export class RuleSetError extends Error {
  readonly source: string;
  readonly messageCy: string;
  /** Every problem found, one sentence each, in both languages. */
  readonly problems: BilingualText[];

  constructor(source: string, problems: BilingualText[]) {
    const withPrefix = (lang: Lang, messages: RagMessages): string =>
      messages.ruleSet.prefix(source) + problems.map((problem) => problem[lang]).join(' ');
    const text = inBothLanguages((messages, lang) => withPrefix(lang, messages));
    super(text.en);
    this.name = 'RuleSetError';
    this.source = source;
    this.messageCy = text.cy;
    this.problems = problems;
  }
}

type Expectation = keyof RagMessages['ruleSet']['expected'];

const EXPECTED_BY_FIELD: Record<string, Expectation> = {
  $schema: 'text',
  name: 'nonEmptyText',
  kind: 'kind',
  description: 'text',
  scale: 'scale',
  dueSoonDays: 'days',
  overdueAfterDays: 'days',
  milestones: 'yesNo',
  labels: 'labels',
  labelsCy: 'labels',
};

const TOP_LEVEL_FIELDS = Object.keys(ruleSetSchema.shape);
const LABEL_FIELDS = Object.keys(labelsSchema.shape);

function expectationFor(path: PropertyKey[]): Expectation {
  if (path.length === 0) return 'object';
  if (path.length > 1) return 'text';
  return EXPECTED_BY_FIELD[String(path[0])] ?? 'text';
}

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  let value: unknown = json;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value as the error shows it: JSON, cut short when long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown): BilingualText[] {
  if (issue.code === 'unrecognized_keys') {
    const known =
      issue.path.length === 0 ? TOP_LEVEL_FIELDS.filter((key) => key !== '$schema') : LABEL_FIELDS;
    const prefix = issue.path.map(String).join('.');
    return issue.keys.map((key) =>
      inBothLanguages((messages) => messages.ruleSet.unknownField(prefix ? `${prefix}.${key}` : key, known)),
    );
  }
  const field = issue.path.length === 0 ? null : issue.path.map(String).join('.');
  const value = valueAt(json, issue.path);
  const got = value === undefined ? null : shown(value);
  const expected = expectationFor(issue.path);
  return [
    inBothLanguages((messages) => messages.ruleSet.mustBe(field, messages.ruleSet.expected[expected], got)),
  ];
}

/** Validates a parsed rule-set document; `source` names it in errors (a file name, say). */
export function loadRuleSet(json: unknown, source: string): RuleSet {
  const parsed = ruleSetSchema.safeParse(json);
  if (!parsed.success) {
    const seen = new Set<string>();
    const firstPerField = parsed.error.issues.filter((issue) => {
      const key = `${issue.code === 'unrecognized_keys' ? 'keys:' : ''}${issue.path.map(String).join('.')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    throw new RuleSetError(
      source,
      firstPerField.flatMap((issue) => describeIssue(issue, json)),
    );
  }
  const data = parsed.data;
  return {
    name: data.name,
    kind: data.kind,
    description: data.description ?? null,
    scale: data.scale ?? null,
    dueSoonDays: data.dueSoonDays ?? null,
    overdueAfterDays: data.overdueAfterDays ?? 0,
    milestones: data.milestones ?? true,
    labels: { ...data.labels },
    labelsCy: { ...(data.labelsCy ?? data.labels) },
  };
}

/** The built-in rule sets, kept as the same JSON a workbook or file would hold. */
const BUILT_IN_JSON: Record<string, RuleSetJson> = {
  deadlines: { name: 'deadlines', kind: 'deadlines', overdueAfterDays: 0, milestones: true },
  judgement: { name: 'judgement', kind: 'judgement', milestones: false },
};

export const builtInRuleSets: Readonly<Record<string, RuleSet>> = Object.fromEntries(
  Object.entries(BUILT_IN_JSON).map(([name, json]) => [name, loadRuleSet(json, name)]),
);

export const defaultRuleSet: RuleSet = builtInRuleSets.deadlines;

/**
 * A rule set from a setting or a command-line option: a built-in's name, JSON text, or an already
 * parsed document.
 */
export function resolveRuleSet(nameOrJson: unknown, source = 'settings'): RuleSet {
  if (typeof nameOrJson !== 'string') return loadRuleSet(nameOrJson, source);
  const text = nameOrJson.trim();
  const builtIn = builtInRuleSets[text.toLowerCase()];
  if (builtIn !== undefined) return builtIn;
  if (!text.startsWith('{')) {
    const names = Object.keys(builtInRuleSets);
    throw new RuleSetError(source, [
      inBothLanguages((messages) => messages.ruleSet.unknownName(text, names)),
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RuleSetError(source, [inBothLanguages((messages) => messages.ruleSet.notJson(detail))]);
  }
  return loadRuleSet(parsed, source);
}

/** What each colour means under this rule set, on the given scale, in one language. */
export function colourMeanings(ruleSet: RuleSet, scale: RatingScale, lang: Lang): Record<Rating, string> {
  const overrides = lang === 'en' ? ruleSet.labels : ruleSet.labelsCy;
  return { ...messagesFor(lang).meanings[scale], ...overrides };
}
