/**
 * Task pane entry: waits for office.js, then shows the pane in Excel, or a clear message and a
 * way to the demo anywhere else (a plain browser, or office.js blocked), never a blank page.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { createExcelServices } from './excel-services';
import { DemoComingSoon, NotInExcel, Starting } from './Fallbacks';
import { detectExcel, type OfficeLike } from './office-host';

/** office.js answers at once in Excel; a plain browser may never answer. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function browserPrefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

async function start(container: HTMLElement) {
  const root = createRoot(container);
  const render = (dark: boolean, content: ReactNode) =>
    root.render(
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
        {content}
      </FluentProvider>,
    );

  render(browserPrefersDark(), <Starting />);
  if (new URLSearchParams(window.location.search).has('demo')) {
    render(browserPrefersDark(), <DemoComingSoon />);
    return;
  }
  const excel = await detectExcel(officeGlobal(), OFFICE_READY_TIMEOUT_MS);
  if (!excel) {
    render(browserPrefersDark(), <NotInExcel />);
    return;
  }
  const services = createExcelServices();
  render(excel.dark ?? browserPrefersDark(), <App host={excel} readPlan={services.readPlan} />);
}

const container = document.getElementById('root');
if (container) void start(container);
