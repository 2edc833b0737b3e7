import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { convertToPdf } from '../../src/xlsx/libreoffice';
import { describeWithPrograms } from '../support/programs';

describeWithPrograms(
  ['soffice', 'pdftotext'],
  'a workbook written by ExcelJS opens and prints in LibreOffice',
  () => {
    it('converts to a PDF whose text holds the cells, including Welsh letters and formula-like text', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'apt-print-'));
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Board Summary');
      sheet.pageSetup = {
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      };
      // Without widths, LibreOffice clips long text at the default column width, as Excel's print does.
      sheet.columns = [{ width: 8 }, { width: 60 }, { width: 12 }];
      sheet.addRow(['Ref', 'Action', 'Rating']);
      sheet.addRow(['1.1', 'Ysgolion ŵ ŷ: leadership strategy drafted', 'Red']);
      sheet.addRow(['1.2', '=HYPERLINK("x")', 'Amber']);
      const workbookPath = path.join(dir, 'governors-copy.xlsx');
      await workbook.xlsx.writeFile(workbookPath);

      const pdfPath = await convertToPdf(workbookPath, dir);

      expect(existsSync(pdfPath)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(text).toContain('Ysgolion ŵ ŷ: leadership strategy drafted');
      expect(text).toContain('=HYPERLINK("x")');
      expect(text).toMatch(/Red/);
    });
  },
);
