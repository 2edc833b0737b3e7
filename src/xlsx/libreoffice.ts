/**
 * Converts a workbook to PDF with LibreOffice headless, so we know a governor's copy opens and
 * prints without Excel. Each conversion uses its own throwaway profile directory: LibreOffice
 * refuses to run twice on one profile, and tests run in parallel.
 */
import { execFile } from 'child_process';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';

const execFileAsync = promisify(execFile);

/** Converts `workbookPath` to a PDF in `outDir` and returns the PDF's path. */
export async function convertToPdf(workbookPath: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'apt-lo-profile-'));
  try {
    await execFileAsync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        workbookPath,
      ],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(workbookPath, path.extname(workbookPath))}.pdf`);
}
