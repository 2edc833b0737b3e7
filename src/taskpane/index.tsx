/**
 * Task pane entry: waits for office.js, then shows the pane in Excel, or a clear message and a
 * way to the demo anywhere else (a plain browser, or office.js blocked), never a blank page.
 * With `?demo` it loads the demo (its own chunk, with ExcelJS and the sample workbook).
 */
// First, so that the demo's downloads start before the modules below are evaluated.
import { demoDownloads } from './demo-early-start';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createExcelServices } from './excel-services';
import { DemoFailed, NotInExcel, Starting } from './Fallbacks';
import { createPaneI18n } from './i18n';
import { detectExcel, type OfficeLike } from './office-host';

/** office.js answers at once in Excel; a plain browser may never answer. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function browserPrefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function start(container: HTMLElement) {
  const root = createRoot(container);
  const i18n = createPaneI18n('en');
  const render = (dark: boolean, content: ReactNode) =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
          {content}
        </FluentProvider>
      </I18nextProvider>,
    );

  render(browserPrefersDark(), <Starting />);
  if (demoDownloads) {
    try {
      const { startDemo } = await demoDownloads.demo;
      render(browserPrefersDark(), await startDemo(demoDownloads.sample));
    } catch (error) {
      render(
        browserPrefersDark(),
        <DemoFailed reason={error instanceof Error ? error.message : String(error)} />,
      );
    }
    return;
  }
  const excel = await detectExcel(officeGlobal(), OFFICE_READY_TIMEOUT_MS);
  if (!excel) {
    render(browserPrefersDark(), <NotInExcel />);
    return;
  }
  render(
    excel.dark ?? browserPrefersDark(),
    <App host={excel} services={createExcelServices()} asOf={today()} />,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
