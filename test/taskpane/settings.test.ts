import { DEFAULT_SETTINGS, parseSettings, ruleSetFor } from '../../src/core/settings';
import { mergeOverrides, splitCellAddress } from '../../src/taskpane/services';
import { en } from '../../src/taskpane/i18n/en';
import { cy } from '../../src/taskpane/i18n/cy';

describe('settings saved in the workbook', () => {
  it('are the defaults when the workbook has none', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, badFields: [] });
  });

  it('are read back as saved', () => {
    const saved = { ruleSet: 'judgement', dueSoonDays: 14, overdueAfterDays: 7, language: 'cy' };
    expect(parseSettings(saved)).toEqual({ settings: saved, badFields: [] });
  });

  it('name each bad field and fall back to the defaults', () => {
    const loaded = parseSettings({
      ruleSet: 'deadlines',
      dueSoonDays: -3,
      overdueAfterDays: 'a week',
      language: 'en',
    });
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.badFields.sort()).toEqual(['dueSoonDays', 'overdueAfterDays']);
  });

  it('give the rule set their thresholds', () => {
    const rules = ruleSetFor({ ruleSet: 'deadlines', dueSoonDays: 14, overdueAfterDays: 7 });
    expect([rules.kind, rules.dueSoonDays, rules.overdueAfterDays]).toEqual(['deadlines', 14, 7]);
    expect(ruleSetFor({ ruleSet: 'judgement', dueSoonDays: null, overdueAfterDays: 0 }).kind).toBe(
      'judgement',
    );
  });
});

describe('cell addresses from findings', () => {
  it('split into sheet and cell, with quoted sheet names unquoted', () => {
    expect(splitCellAddress('Plan!C7')).toEqual({ sheet: 'Plan', cell: 'C7' });
    expect(splitCellAddress("'Action Plan'!E24")).toEqual({ sheet: 'Action Plan', cell: 'E24' });
    expect(splitCellAddress("'Head''s plan'!A1")).toEqual({ sheet: "Head's plan", cell: 'A1' });
    expect(splitCellAddress('C7')).toBeNull();
  });
});

describe('role corrections', () => {
  it('replace an earlier correction of the same column and keep the others', () => {
    const saved = [
      { sheet: 'Plan', table: null, column: 3, role: 'start' as const },
      { sheet: 'Plan', table: null, column: 5, role: null },
    ];
    expect(mergeOverrides(saved, { sheet: 'Plan', table: null, column: 3, role: 'due' })).toEqual([
      { sheet: 'Plan', table: null, column: 5, role: null },
      { sheet: 'Plan', table: null, column: 3, role: 'due' },
    ]);
  });
});

describe('the Welsh text', () => {
  function keys(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
  }
  const plain = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

  it('has every English message, and is not the English', () => {
    const welsh = new Set(keys(cy).map(plain));
    expect(
      keys(en)
        .map(plain)
        .filter((key) => !welsh.has(key)),
    ).toEqual([]);
    expect(cy.tabs.plan).toBe('Cynllun');
    expect(cy.app.title).not.toBe(en.app.title);
  });
});
