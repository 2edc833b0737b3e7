/**
 * Finding out where the pane runs: inside Excel (and which Excel), or somewhere office.js cannot
 * help (a plain browser, or office.js blocked). Takes the Office object as a parameter so the
 * decision can be checked without Office.
 */

/**
 * The part of office.js this module uses. Host and platform are `unknown` because office.js
 * declares them as numeric enums although at run time they are strings (`"Excel"`, `"PC"`).
 */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType: { Excel: unknown };
  context?: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

export interface ExcelHost {
  /** Office.PlatformType: `PC`, `Mac`, `OfficeOnline`, ... */
  platform: string | null;
  /** The newest ExcelApi requirement set this Excel supports, e.g. `1.17`; null if unknown. */
  apiVersion: string | null;
  /** Office's theme when it reports one: true for a dark body colour. */
  dark: boolean | null;
}

/** ExcelApi minor versions are cumulative, so the first unsupported one ends the search. */
const HIGHEST_MINOR_TO_PROBE = 99;

export function newestExcelApi(isSetSupported: (name: string, minVersion: string) => boolean): string | null {
  let newest: string | null = null;
  for (let minor = 1; minor <= HIGHEST_MINOR_TO_PROBE; minor++) {
    const version = `1.${minor}`;
    if (!isSetSupported('ExcelApi', version)) break;
    newest = version;
  }
  return newest;
}

/** True for a dark colour such as Office's `#262626`, false for a light one, null if unreadable. */
export function isDarkColour(hex: string | undefined): boolean | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match) return null;
  const [red, green, blue] = match.slice(1).map((channel) => parseInt(channel, 16));
  const perceivedLightness = (0.299 * red + 0.587 * green + 0.114 * blue) / 255;
  return perceivedLightness < 0.5;
}

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(resolve, ms, value));
}

/**
 * Waits for office.js, at most `timeoutMs` (in a plain browser it may never answer), and returns
 * what the pane needs to know about Excel, or null when the pane is not running in Excel.
 */
export async function detectExcel(
  office: OfficeLike | undefined,
  timeoutMs: number,
): Promise<ExcelHost | null> {
  if (!office || typeof office.onReady !== 'function') return null;
  const info = await Promise.race([office.onReady().catch(() => null), delay(timeoutMs, null)]);
  if (!info || info.host !== office.HostType.Excel) return null;
  const requirements = office.context?.requirements;
  return {
    platform: typeof info.platform === 'string' ? info.platform : null,
    apiVersion: requirements
      ? newestExcelApi((name, version) => requirements.isSetSupported(name, version))
      : null,
    dark: isDarkColour(office.context?.officeTheme?.bodyBackgroundColor),
  };
}
