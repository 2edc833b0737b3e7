/** Choosing the plan the Check, Rate and Summary tabs work on, when a workbook holds several. */
import { act } from 'react';
import type { PaneServices, PlanView } from '../../src/taskpane/services';
import { fakePaneServices, paneHarness } from '../support/pane-dom';

const SCHOOLS: PlanView = {
  sheet: 'Plan',
  table: 'Schools',
  title: null,
  actions: 3,
  columns: [
    { index: 0, header: 'Ref', role: 'ref', cell: 'Plan!A2' },
    { index: 1, header: 'Actions by schools', role: 'action', cell: 'Plan!B2' },
  ],
};

const COUNCIL: PlanView = {
  sheet: 'Council',
  table: null,
  title: 'Council plan 2015/16',
  actions: 2,
  columns: [
    { index: 0, header: 'No.', role: 'ref', cell: 'Council!A4' },
    { index: 1, header: 'What we will do', role: 'action', cell: 'Council!B4' },
    { index: 2, header: 'When', role: 'due', cell: 'Council!C4' },
  ],
};

function fakeServices(plans: PlanView[] = [SCHOOLS, COUNCIL]) {
  return fakePaneServices({ detectPlans: jest.fn(async () => ({ plans, problems: [] })) });
}

const pane = paneHarness();
const container = () => pane.container();

/** Renders the pane and lets its first read and check finish. */
async function render(services: PaneServices) {
  await pane.render(services);
  await settle();
}

/** The first check waits for the plans to be painted (a timer), then runs. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

function radios(): HTMLInputElement[] {
  return [...container().querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function radioNamed(name: RegExp): HTMLInputElement {
  const radio = radios().find((input) =>
    name.test(document.querySelector(`label[for="${input.id}"]`)?.textContent ?? ''),
  );
  if (!radio) throw new Error(`No radio named ${String(name)}`);
  return radio;
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
  await settle();
}

function tab(name: string): HTMLElement {
  const found = [...container().querySelectorAll<HTMLElement>('[role="tab"]')].find((el) =>
    el.textContent?.startsWith(name),
  );
  if (!found) throw new Error(`No tab ${name}`);
  return found;
}

function button(name: string): HTMLElement {
  const found = [...container().querySelectorAll<HTMLElement>('button')].find(
    (el) => el.textContent === name,
  );
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

function roleHeaders(): string[] {
  return [...container().querySelectorAll('section table th[scope="row"]')].map((th) => th.textContent ?? '');
}

it('lists every plan with its sheet or table and its actions, as one keyboard group, all chosen at first', async () => {
  const services = fakeServices();
  await render(services);

  const group = container().querySelector('[role="radiogroup"]');
  expect(group?.getAttribute('aria-labelledby')).toBeTruthy();
  expect(document.getElementById(group!.getAttribute('aria-labelledby')!)?.textContent).toBe(
    'Check, rate and summarise',
  );
  expect(radios().map((input) => document.querySelector(`label[for="${input.id}"]`)?.textContent)).toEqual([
    'All 2 plans: 5 actions',
    'Schools: 3 actionsSheet Plan, table Schools',
    'Council plan 2015/16: 2 actionsSheet Council',
  ]);
  // Native radios sharing one name: arrow keys move between them, Tab leaves the group.
  expect(new Set(radios().map((input) => input.name)).size).toBe(1);
  expect(radioNamed(/^All 2 plans/).checked).toBe(true);
  expect(services.check).toHaveBeenCalledWith(expect.objectContaining({ plan: null }));
});

it('shows the columns of the first plan for review, and of another plan when asked', async () => {
  await render(fakeServices());
  expect(roleHeaders()).toEqual(['Ref', 'Actions by schools']);

  await click(radioNamed(/^Council plan/));
  expect(roleHeaders()).toEqual(['No.', 'What we will do', 'When']);
});

it('checks, rates and summarises only the chosen plan, and says which on those tabs', async () => {
  const services = fakeServices();
  await render(services);

  await click(radioNamed(/^Council plan/));
  const council = { sheet: 'Council', table: null };
  expect(services.check).toHaveBeenLastCalledWith(expect.objectContaining({ plan: council }));

  await click(tab('Rate'));
  expect(container().querySelector('[data-testid="working-on"]')?.textContent).toBe(
    'Working on: Council plan 2015/16',
  );
  await click(button('Preview ratings'));
  expect(services.previewRatings).toHaveBeenLastCalledWith(expect.objectContaining({ plan: council }));
  await click(button('Apply to sheet'));
  expect(services.applyRatings).toHaveBeenLastCalledWith(expect.objectContaining({ plan: council }));

  await click(tab('Summary'));
  await click(button('Build summary'));
  expect(services.buildSummary).toHaveBeenLastCalledWith(expect.objectContaining({ plan: council }));
});

it('goes back to all plans for the summary when asked', async () => {
  const services = fakeServices();
  await render(services);
  await click(radioNamed(/^Schools/));
  await click(radioNamed(/^All 2 plans/));

  await click(tab('Summary'));
  expect(container().querySelector('[data-testid="working-on"]')?.textContent).toBe(
    'Working on: all 2 plans',
  );
  await click(button('Build summary'));
  expect(services.buildSummary).toHaveBeenLastCalledWith(expect.objectContaining({ plan: null }));
});

it('remembers the choice when the pane is opened again in the same session', async () => {
  await render(fakeServices());
  await click(radioNamed(/^Schools/));
  pane.close();

  const services = fakeServices();
  await render(services);
  expect(radioNamed(/^Schools/).checked).toBe(true);
  expect(services.check).toHaveBeenCalledWith(
    expect.objectContaining({ plan: { sheet: 'Plan', table: 'Schools' } }),
  );
});

it('forgets a remembered plan that is no longer found, and uses all plans', async () => {
  sessionStorage.setItem('actionPlanTracker.planChoice', JSON.stringify({ sheet: 'Gone', table: null }));
  const services = fakeServices();
  await render(services);
  expect(radioNamed(/^All 2 plans/).checked).toBe(true);
  expect(services.check).toHaveBeenCalledWith(expect.objectContaining({ plan: null }));
});

it('with one plan, shows no choice: that plan is the one used', async () => {
  const services = fakeServices([COUNCIL]);
  await render(services);
  expect(radios()).toEqual([]);
  expect(container().textContent).toContain('Council plan 2015/16: 2 actions');
  expect(roleHeaders()).toEqual(['No.', 'What we will do', 'When']);
});
