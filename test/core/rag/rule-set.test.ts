/** Rule sets are JSON, validated on load, with an error naming the source and the bad field. */
import {
  builtInRuleSets,
  colourMeanings,
  defaultRuleSet,
  loadRuleSet,
  resolveRuleSet,
  RuleSetError,
  ruleSetJsonSchema,
} from '../../../src/core/rag';

function errorFrom(load: () => unknown): RuleSetError {
  try {
    load();
  } catch (error) {
    if (error instanceof RuleSetError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetError');
}

describe('loading a good rule set', () => {
  it('reads every field', () => {
    const ruleSet = loadRuleSet(
      {
        name: 'Board of governors',
        kind: 'deadlines',
        description: 'Two weeks of notice before a deadline',
        scale: 'four-point',
        dueSoonDays: 14,
        overdueAfterDays: 3,
        milestones: false,
        labels: { green: 'Fine', red: 'Act now' },
        labelsCy: { green: 'Iawn' },
      },
      'rules.json',
    );
    expect(ruleSet).toEqual({
      name: 'Board of governors',
      kind: 'deadlines',
      description: 'Two weeks of notice before a deadline',
      scale: 'four-point',
      dueSoonDays: 14,
      overdueAfterDays: 3,
      milestones: false,
      labels: { green: 'Fine', red: 'Act now' },
      labelsCy: { green: 'Iawn' },
    });
  });

  it("fills the defaults: due-soon up to the next meeting, no grace, milestones count, the plan's scale", () => {
    expect(loadRuleSet({ name: 'plain', kind: 'deadlines' }, 'rules.json')).toMatchObject({
      dueSoonDays: null,
      overdueAfterDays: 0,
      milestones: true,
      scale: null,
    });
  });

  it('has the built-in deadlines (the default) and judgement sets', () => {
    expect(defaultRuleSet).toBe(builtInRuleSets.deadlines);
    expect(builtInRuleSets.deadlines).toMatchObject({
      kind: 'deadlines',
      dueSoonDays: null,
      overdueAfterDays: 0,
    });
    expect(builtInRuleSets.judgement.kind).toBe('judgement');
  });

  it('gives each colour its meaning, from the scale unless the rule set says otherwise', () => {
    const own = loadRuleSet({ name: 'own', kind: 'deadlines', labels: { red: 'Act now' } }, 'rules.json');
    expect(colourMeanings(own, 'four-point', 'en')).toMatchObject({
      yellow: 'Strong progress',
      red: 'Act now',
    });
    expect(colourMeanings(defaultRuleSet, 'three-point', 'cy').amber).toBe('Mewn perygl');
  });

  it('publishes a JSON Schema that names every field', () => {
    const schema = ruleSetJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'name',
        'kind',
        'dueSoonDays',
        'overdueAfterDays',
        'scale',
        'milestones',
        'labels',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'kind']));
  });
});

describe('loading a bad rule set', () => {
  const base = { name: 'mine', kind: 'deadlines' };

  it.each([
    [{ ...base, dueSoonDays: 'ten' }, '"dueSoonDays" must be a whole number of days (0 or more), got "ten".'],
    [{ ...base, dueSoonDays: 1.5 }, '"dueSoonDays" must be a whole number of days (0 or more), got 1.5.'],
    [
      { ...base, overdueAfterDays: -2 },
      '"overdueAfterDays" must be a whole number of days (0 or more), got -2.',
    ],
    [{ ...base, kind: 'dates' }, '"kind" must be one of "deadlines", "judgement", got "dates".'],
    [{ ...base, scale: 5 }, '"scale" must be one of "three-point", "four-point", got 5.'],
    [{ ...base, milestones: 'yes' }, '"milestones" must be true or false, got "yes".'],
    [{ kind: 'deadlines' }, '"name" must be a text that is not empty, but it is missing.'],
    [{ ...base, name: '  ' }, '"name" must be a text that is not empty, got "  ".'],
    [{ ...base, labels: { green: 3 } }, '"labels.green" must be a text, got 3.'],
    [{ ...base, labels: 'green' }, '"labels" must be a set of colour names, each with a text, got "green".'],
    [
      { ...base, labels: { purple: 'x' } },
      '"labels.purple" is not a rule set field: use "complete", "green", "yellow", "amber", "red".',
    ],
    [
      { ...base, dueSoonDay: 10 },
      '"dueSoonDay" is not a rule set field: use "name", "kind", "description", "scale", "dueSoonDays", ' +
        '"overdueAfterDays", "milestones", "labels", "labelsCy".',
    ],
    [42, 'the rule set must be a JSON object, got 42.'],
  ])('rejects %j', (json, problem) => {
    const error = errorFrom(() => loadRuleSet(json, 'rules.json'));
    expect(error.message).toBe(`Rule set rules.json: ${problem}`);
    expect(error.source).toBe('rules.json');
  });

  it('names every bad field at once', () => {
    const error = errorFrom(() =>
      loadRuleSet({ name: 'x', kind: 'judge', dueSoonDays: 'ten' }, 'rules.json'),
    );
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('"kind"');
    expect(error.message).toContain('"dueSoonDays"');
  });

  it('says it in Welsh too', () => {
    const error = errorFrom(() => loadRuleSet({ ...base, dueSoonDays: 'ten' }, 'rules.json'));
    expect(error.messageCy).toBe(
      'Set reolau rules.json: Rhaid i "dueSoonDays" fod yn nifer cyfan o ddiwrnodau (0 neu fwy), ond cafwyd "ten".',
    );
  });
});

describe('resolving a rule set by name or JSON', () => {
  it('finds a built-in by name, in any case', () => {
    expect(resolveRuleSet('deadlines')).toBe(builtInRuleSets.deadlines);
    expect(resolveRuleSet(' Judgement ')).toBe(builtInRuleSets.judgement);
  });

  it('loads JSON text and parsed JSON', () => {
    expect(resolveRuleSet('{"name":"soon","kind":"deadlines","dueSoonDays":7}').dueSoonDays).toBe(7);
    expect(resolveRuleSet({ name: 'soon', kind: 'judgement' }, 'workbook settings').kind).toBe('judgement');
  });

  it('names the source of bad parsed JSON', () => {
    expect(() => resolveRuleSet({ name: 'soon' }, 'workbook settings')).toThrow(
      'Rule set workbook settings: "kind" must be one of "deadlines", "judgement", but it is missing.',
    );
  });

  it('rejects a name that is not built in, listing the ones that are', () => {
    expect(() => resolveRuleSet('strict', '--rules')).toThrow(
      'Rule set --rules: there is no built-in rule set called "strict": use "deadlines", "judgement", or give a JSON rule set.',
    );
  });

  it('rejects text that is not JSON', () => {
    const error = errorFrom(() => resolveRuleSet('{"name": "x",', 'settings'));
    expect(error.message).toMatch(/^Rule set settings: the text is not valid JSON \(.+\)\.$/);
  });
});
