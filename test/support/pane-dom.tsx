/** The task pane rendered in jsdom with fake services: what the pane's component tests share. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/taskpane/App';
import { createPaneI18n } from '../../src/taskpane/i18n';
import type { PaneServices } from '../../src/taskpane/services';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Services of an empty workbook, every one a jest mock; a test replaces the ones it is about. */
export function fakePaneServices<Overrides extends Partial<PaneServices>>(overrides: Overrides) {
  return {
    kind: 'excel' as const,
    detectPlans: jest.fn(async () => ({ plans: [], problems: [] })),
    check: jest.fn(async () => []),
    selectCell: jest.fn(async () => undefined),
    previewRatings: jest.fn(async () => []),
    applyRatings: jest.fn(async () => []),
    buildSummary: jest.fn(async () => ({
      sheet: 'Board Summary 2015-11-11',
      totals: { complete: 0, green: 0, yellow: 0, amber: 0, red: 0, notRated: 0, total: 0 },
      showYellow: false,
      exceptions: [],
    })),
    loadSettings: jest.fn(async () => ({ settings: DEFAULT_SETTINGS, badFields: [] })),
    saveSettings: jest.fn(async () => undefined),
    loadRoleOverrides: jest.fn(async () => []),
    saveRoleOverrides: jest.fn(async () => undefined),
    ...overrides,
  } satisfies PaneServices;
}

/**
 * A fresh container for each test (registered with beforeEach / afterEach), and a way to render the
 * pane into it as of 11 Nov 2015 with the next meeting on 9 Dec 2015.
 */
export function paneHarness(): {
  container: () => HTMLDivElement;
  render: (services: PaneServices) => Promise<void>;
  /** Closes the pane, as an officer closing and opening it again in the same session. */
  close: () => void;
} {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  return {
    container: () => container,
    close: () => {
      act(() => root.unmount());
      root = createRoot(container);
    },
    render: async (services) => {
      await act(async () => {
        root.render(
          <I18nextProvider i18n={createPaneI18n('en')}>
            <FluentProvider theme={webLightTheme}>
              <App services={services} host={null} asOf="2015-11-11" nextMeeting="2015-12-09" />
            </FluentProvider>
          </I18nextProvider>,
        );
      });
    },
  };
}
