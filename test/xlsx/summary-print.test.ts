import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { convertToPdf } from '../../src/xlsx/libreoffice';
import { describeWithPrograms } from '../support/programs';
import { run } from '../fixtures/cli-io';
import { AS_OF, NEXT_MEETING, save, schoolA } from './summary-workbooks';

describeWithPrograms(['soffice', 'pdftotext', 'pdffonts'], 'the board summary printed by LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let text: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-summary-print-'));
    const input = await save(schoolA(), dir, 'ysgol-a.xlsx');
    const out = path.join(dir, 'governors-pack.xlsx');
    const { code, err } = await run([
      'summary',
      input,
      '--as-of',
      AS_OF,
      '--next-meeting',
      NEXT_MEETING,
      '--out',
      out,
    ]);
    if (code !== 0) throw new Error(err);
    pdf = await convertToPdf(out, dir);
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('prints the title block and the page numbers', () => {
    expect(text).toContain('Education Improvement Board');
    expect(text).toContain('Position at 11 Nov 2015');
    expect(text).toContain('Next meeting 9 Dec 2015');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('prints the headline counts: complete, green, amber, red, not rated, total', () => {
    expect(text).toContain('Ratings at 11 Nov 2015');
    expect(text).toMatch(/√ Complete\s+○ Green\s+∆ Amber\s+● Red\s+– Not rated\s+Total/);
    expect(text).toMatch(/All actions\s+1\s+2\s+2\s+1\s+1\s+7/);
    expect(text).toMatch(/Priority 1: Leadership\s+0\s+1\s+2\s+1\s+0\s+4/);
  });

  it('prints the exceptions, formula-like text included, and the key in words', () => {
    expect(text).toContain('Exceptions: red and amber actions');
    expect(text).toContain('=HYPERLINK("http://example.org","Recruit');
    expect(text).toContain('Overdue: the due date has passed');
    expect(text).toContain('Needs attention: due before the next meeting');
  });

  it('needs no font but Carlito, so every symbol prints as drawn', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.startsWith('Carlito'))).toEqual([]);
  });
});
