/** The pane's flow with fake services: what an officer sees and what reaches the workbook. */
import { act } from 'react';
import type { Finding, PaneServices, PlanView, RatingRow } from '../../src/taskpane/services';
import { DEFAULT_SETTINGS, type SettingsLoad } from '../../src/core/settings';
import { fakePaneServices, paneHarness } from '../support/pane-dom';

const PLAN: PlanView = {
  sheet: 'Plan',
  table: null,
  title: 'School Improvement Plan',
  actions: 2,
  columns: [
    { index: 0, header: 'Ref', role: 'ref', cell: 'Plan!A3' },
    { index: 1, header: 'Action', role: 'action', cell: 'Plan!B3' },
    { index: 2, header: 'Lead person', role: 'owner', cell: 'Plan!C3' },
    { index: 3, header: 'Timescales', role: 'due', cell: 'Plan!D3' },
  ],
};

const NO_OWNER: Finding = {
  severity: 'warning',
  rule: 'missing-owner',
  cell: 'Plan!C5',
  ref: '1.2',
  message: 'Action 1.2 has no owner: name the person responsible in the owner column.',
  messageCy: 'Nid oes perchennog gan gam gweithredu 1.2.',
};

const ROWS: RatingRow[] = [
  {
    sheet: 'Plan',
    ref: '1.1',
    action: 'Appoint a lead',
    owner: 'Head',
    due: '2015-10-31',
    declared: 'green',
    computed: 'red',
    reason: 'Overdue: due 31 Oct 2015, 11 days before 11 Nov 2015',
    reasonCy: 'Hwyr: y dyddiad cau oedd 31 Hyd 2015',
    cell: 'Plan!B4',
  },
  {
    sheet: 'Plan',
    ref: '1.2',
    action: 'Review tracking',
    owner: '',
    due: '2016-06-30',
    declared: null,
    computed: 'green',
    reason: 'On track: due 30 Jun 2016',
    reasonCy: 'Ar y trywydd iawn: erbyn 30 Meh 2016',
    cell: 'Plan!B5',
  },
];

function fakeServices(settings: SettingsLoad = { settings: DEFAULT_SETTINGS, badFields: [] }) {
  return fakePaneServices({
    detectPlans: jest.fn(async () => ({ plans: [PLAN], problems: [] })),
    check: jest.fn(async () => [NO_OWNER]),
    previewRatings: jest.fn(async () => ROWS),
    applyRatings: jest.fn(async () => ROWS),
    buildSummary: jest.fn(async () => ({
      sheet: 'Board Summary 2015-11-11',
      totals: { complete: 0, green: 1, yellow: 0, amber: 0, red: 1, notRated: 0, total: 2 },
      showYellow: false,
      exceptions: [
        {
          ref: '1.1',
          computed: 'red' as const,
          owner: 'Head',
          due: '2015-10-31',
          dueText: 'Oct 15',
          reason: ROWS[0].reason,
          reasonCy: ROWS[0].reasonCy,
        },
      ],
    })),
    loadSettings: jest.fn(async () => settings),
  });
}

const pane = paneHarness();
const render = (services: PaneServices) => pane.render(services);
const container = () => pane.container();

function byRole(role: string, name: string | RegExp): HTMLElement {
  const matches = [
    ...document.querySelectorAll<HTMLElement>(
      `[role="${role}"], ${role === 'button' ? 'button' : role === 'radio' ? 'input[type=radio]' : role === 'textbox' ? 'input:not([type]), input[type=text]' : '_'}`,
    ),
  ].filter((el) => {
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (matches.length === 0) throw new Error(`No ${role} named ${String(name)}`);
  return matches[0];
}

async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
}

it('on load, shows the plans found and the number of findings on the Check tab', async () => {
  const services = fakeServices();
  await render(services);

  expect(container().textContent).toContain('School Improvement Plan: 2 actions');
  expect(byRole('tab', /^Check/).textContent).toContain('1');
  expect(services.check).toHaveBeenCalledWith(
    expect.objectContaining({ asOf: '2015-11-11', nextMeeting: '2015-12-09', ruleSet: 'deadlines' }),
  );
});

it('saves a corrected column role in the workbook and reads the plan again', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('combobox', /Role of column “Timescales”/));
  await click(byRole('option', 'Start date'));

  expect(services.saveRoleOverrides).toHaveBeenCalledWith([
    { sheet: 'Plan', table: null, column: 3, role: 'start' },
  ]);
  expect(services.detectPlans).toHaveBeenCalledTimes(2);
  expect(container().textContent).toContain('“Timescales” is now read as Start date.');
});

it('goes to the cell of a finding when it is chosen', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('tab', /^Check/));
  expect(container().textContent).toContain('No owner (1)');
  await click(byRole('button', /^Go to Plan!C5: Action 1\.2 has no owner/));

  expect(services.selectCell).toHaveBeenCalledWith('Plan!C5');
});

it('shows ratings as words beside the declared ones, with the reason', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('tab', /^Rate/));
  await click(byRole('button', 'Preview ratings'));

  const first = [...container().querySelectorAll('tbody tr')].find((row) =>
    row.textContent?.startsWith('1.1'),
  );
  expect(first?.textContent).toBe('1.1● Red○ GreenOverdue: due 31 Oct 2015, 11 days before 11 Nov 2015');
  const second = [...container().querySelectorAll('tbody tr')].find((row) =>
    row.textContent?.startsWith('1.2'),
  );
  expect(second?.textContent).toContain('None given');
});

it('switches to Welsh, saves the choice, and shows the Welsh reasons', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('tab', /^Settings/));
  await click(byRole('radio', 'Cymraeg'));

  expect(services.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, language: 'cy' });
  expect(byRole('tab', /^Cynllun/)).toBeTruthy();
  await click(byRole('tab', /^Graddio/));
  await click(byRole('button', 'Rhagolwg o’r sgoriau'));
  expect(container().textContent).toContain('● Coch');
  expect(container().textContent).toContain('Hwyr: y dyddiad cau oedd 31 Hyd 2015');
});

it('says clearly when the settings saved in the workbook are not valid', async () => {
  await render(fakeServices({ settings: DEFAULT_SETTINGS, badFields: ['overdueAfterDays'] }));

  expect(container().textContent).toContain(
    'The settings saved in this workbook are not valid (overdueAfterDays)',
  );
});

it('shows a clear error and leaves the pane usable when the workbook cannot be read', async () => {
  const services = fakeServices();
  services.previewRatings.mockRejectedValueOnce(new Error('The sheet is protected.'));
  await render(services);

  await click(byRole('tab', /^Rate/));
  await click(byRole('button', 'Preview ratings'));

  expect(container().textContent).toContain(
    'That did not work: The sheet is protected. The workbook has not been changed.',
  );
  expect((byRole('button', 'Preview ratings') as HTMLButtonElement).disabled).toBe(false);
});

it('builds the summary for the board and shows its counts and exceptions', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('tab', /^Summary/));
  await click(byRole('button', 'Build summary'));

  expect(services.buildSummary).toHaveBeenCalledWith(
    expect.objectContaining({
      board: 'School Improvement Board',
      asOf: '2015-11-11',
      nextMeeting: '2015-12-09',
      lang: 'en',
    }),
  );
  expect(container().textContent).toContain(
    'Summary sheet “Board Summary 2015-11-11” built for 11 Nov 2015.',
  );
  expect(container().querySelector('[data-count="red"]')?.textContent).toBe('1');
  expect(container().textContent).toContain('● Red 1.1 · Head · Due 31 Oct 2015');
});

it('saves the thresholds, and rates with them from then on', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('tab', /^Settings/));
  const grace = byRole('textbox', 'Days past due before red') as HTMLInputElement;
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(grace, '7');
    grace.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(byRole('button', 'Save settings'));
  expect(services.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, overdueAfterDays: 7 });

  await click(byRole('tab', /^Rate/));
  await click(byRole('button', 'Preview ratings'));
  expect(services.previewRatings).toHaveBeenLastCalledWith(expect.objectContaining({ overdueAfterDays: 7 }));
});

it('says which date the findings were checked as of, and checks again when that date changes', async () => {
  const services = fakeServices();
  await render(services);

  await click(byRole('tab', /^Check/));
  expect(container().textContent).toContain('Checked as of 11 Nov 2015');
  expect(services.check).toHaveBeenCalledTimes(1);

  await click(byRole('tab', /^Rate/));
  const asOf = [...container().querySelectorAll('label')].find((l) => l.textContent === 'As-of date');
  const input = asOf && document.getElementById(asOf.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error('No input labelled "As-of date"');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '25/11/2015');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(byRole('tab', /^Check/));

  expect(services.check).toHaveBeenCalledTimes(2);
  expect(services.check).toHaveBeenLastCalledWith(expect.objectContaining({ asOf: '2015-11-25' }));
  expect(container().textContent).toContain('Checked as of 25 Nov 2015');

  // Back and forth with the same date: nothing to check again.
  await click(byRole('tab', /^Rate/));
  await click(byRole('tab', /^Check/));
  expect(services.check).toHaveBeenCalledTimes(2);
});
