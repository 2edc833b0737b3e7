/** The demo's services over the bundled sample workbook, as the browser demo uses them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadDemoWorkbook, workbookGrid } from '../../src/taskpane/demo/read-workbook';
import { DemoStore } from '../../src/taskpane/demo/demo-store';
import { createDemoServices, DEMO_AS_OF, DEMO_NEXT_MEETING } from '../../src/taskpane/demo-services';
import type { RatingRequest } from '../../src/taskpane/services';

const SAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'samples', 'sample-plan.xlsx');
const REQUEST: RatingRequest = {
  asOf: DEMO_AS_OF,
  nextMeeting: DEMO_NEXT_MEETING,
  ruleSet: 'deadlines',
  dueSoonDays: null,
  overdueAfterDays: 0,
};

async function demo() {
  const file = fs.readFileSync(SAMPLE);
  const bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  const grid = workbookGrid(await loadDemoWorkbook(bytes), 'sample-plan.xlsx');
  const store = new DemoStore('Action Plan');
  return { store, services: createDemoServices({ grid }, store) };
}

it('finds the sample plan with its columns', async () => {
  const { services } = await demo();
  const { plans } = await services.detectPlans();
  expect(plans.map((p) => [p.sheet, p.actions])).toEqual([['Action Plan', 32]]);
  expect(plans[0].columns.find((c) => c.header === 'Lead officer')?.role).toBe('owner');
});

it('uses the role corrections it saved', async () => {
  const { services } = await demo();
  await services.saveRoleOverrides([{ sheet: 'Action Plan', table: null, column: 2, role: null }]);
  const { plans } = await services.detectPlans();
  expect(plans[0].columns[2].role).toBeNull();
  const findings = await services.check(REQUEST);
  expect(findings.filter((f) => f.rule === 'missing-owner').length).toBe(32);
});

it('highlights the cell of a finding in the grid view', async () => {
  const { services, store } = await demo();
  await services.selectCell("'Action Plan'!C14");
  expect(store.get().selected).toEqual({ sheet: 'Action Plan', row: 13, col: 2 });
});

it('rates 1.7 (due Oct 15) Red on 11 Nov 2015, and Apply adds the columns beside the plan', async () => {
  const { services, store } = await demo();
  const rows = await services.applyRatings(REQUEST);
  const action17 = rows.find((row) => row.ref === '1.7');
  expect([action17?.computed, action17?.due]).toEqual(['red', '2015-10-31']);
  const [columns] = store.get().ratingColumns;
  expect([columns.sheet, columns.headerRow, columns.column]).toEqual(['Action Plan', 4, 8]);
  expect(columns.byRow.get(12)?.rating).toBe('red');
});

it('rates only the plan the officer chose, or every plan when none is chosen', async () => {
  const { services } = await demo();
  const onlyThePlan = await services.previewRatings({
    ...REQUEST,
    plan: { sheet: 'Action Plan', table: null },
  });
  expect(onlyThePlan.length).toBe(32);
  // The sample's Key sheet holds no plan: choosing it rates nothing.
  expect(await services.previewRatings({ ...REQUEST, plan: { sheet: 'Key', table: null } })).toEqual([]);
  expect((await services.previewRatings({ ...REQUEST, plan: null })).length).toBe(32);
});
