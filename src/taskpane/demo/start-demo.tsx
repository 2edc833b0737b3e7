/**
 * The browser demo, loaded only with `?demo` as its own chunk (ExcelJS is large): the sample
 * workbook fetched from this site (see demo-early-start.ts), read in memory, the pane beside a
 * view of the sheet.
 */
import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { App } from '../App';
import { createDemoServices, DEMO_AS_OF, DEMO_FILE_NAME, DEMO_NEXT_MEETING } from '../demo-services';
import { DemoStore } from './demo-store';
import { GridView } from './GridView';
import { loadDemoWorkbook, workbookGrid } from './read-workbook';
import type { WorkbookGrid } from '../../core/grid/types';
import type { PaneServices } from '../services';

const useStyles = makeStyles({
  layout: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  pane: { flex: '0 1 440px', minWidth: '300px' },
  sheet: { flex: '1 1 480px', minWidth: '0', maxWidth: '100%', padding: tokens.spacingHorizontalS },
});

function DemoPage({
  services,
  grid,
  store,
}: {
  services: PaneServices;
  grid: WorkbookGrid;
  store: DemoStore;
}) {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <div className={styles.pane}>
        <App services={services} host={null} asOf={DEMO_AS_OF} nextMeeting={DEMO_NEXT_MEETING} />
      </div>
      <div className={styles.sheet}>
        <GridView grid={grid} store={store} />
      </div>
    </div>
  );
}

/** `sample`: the sample workbook's bytes, whose download the entry started at once. */
export async function startDemo(sample: Promise<ArrayBuffer>): Promise<ReactElement> {
  const bytes = await sample;
  const grid = workbookGrid(await loadDemoWorkbook(bytes), DEMO_FILE_NAME);
  const firstVisible = grid.sheets.find((sheet) => !sheet.hidden) ?? grid.sheets[0];
  const store = new DemoStore(firstVisible?.name ?? '');
  const services = createDemoServices({ grid, bytes, load: loadDemoWorkbook }, store);
  return <DemoPage services={services} grid={grid} store={store} />;
}
