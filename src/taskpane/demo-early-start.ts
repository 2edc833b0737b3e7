/**
 * The entry imports this module first, so that with `?demo` the sample workbook and the demo's
 * chunk (ExcelJS) start downloading while the browser is still evaluating the rest of the pane's
 * script, rather than one after the other once React has started. In Excel it does nothing.
 */
export const SAMPLE_URL = 'assets/samples/sample-plan.xlsx';

export interface DemoDownloads {
  demo: Promise<typeof import('./demo/start-demo')>;
  sample: Promise<ArrayBuffer>;
}

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function startDownloads(): DemoDownloads | null {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('demo')) return null;
  const downloads: DemoDownloads = {
    demo: import(/* webpackChunkName: "demo" */ './demo/start-demo'),
    sample: fetchSample(),
  };
  // Failures are shown when the entry awaits these; until then they are not "unhandled".
  downloads.demo.catch(() => undefined);
  downloads.sample.catch(() => undefined);
  return downloads;
}

export const demoDownloads: DemoDownloads | null = startDownloads();
