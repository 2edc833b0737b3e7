/**
 * `summary --out` splices our sheets into the officer's package: every part of theirs comes through
 * byte for byte (a chart and a custom XML part ExcelJS would drop included), styles are appended and
 * never reordered, a second run replaces our sheets without leaving parts behind, and the copy opens
 * in ExcelJS and in LibreOffice.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetDrawing } from '../../src/core/drawing/types';
import { readWorkbookGridFromBuffer } from '../../src/xlsx';
import { convertToPdf } from '../../src/xlsx/libreoffice';
import { writeSummaryCopy } from '../../src/xlsx/summary-writer';
import { run } from '../fixtures/cli-io';
import { describeWithPrograms } from '../support/programs';
import { AS_OF, NEXT_MEETING, save, schoolA } from './summary-workbooks';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CUSTOM_XML = '<officer xmlns="urn:example:officer"><note>Kept &amp; safe</note></officer>';
const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/>' +
  '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '</c:plotArea></c:chart></c:chartSpace>';
const CHART_DRAWING_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Officer chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
  '<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

function rels(items: [id: string, type: string, target: string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    items
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
      .join('') +
    '</Relationships>'
  );
}

async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)!.async('string');
  const changed = change(xml);
  if (changed === xml) throw new Error(`the edit of ${part} changed nothing`);
  zip.file(part, changed);
}

/**
 * Ysgol A as an officer's Excel would leave it: a chart beside the plan, a custom XML part, the
 * plan's tab selected and its header row repeated on printed pages. ExcelJS keeps none of the first two.
 */
async function officerWorkbook(dir: string): Promise<string> {
  const file = await save(schoolA(), dir, 'officer.xlsx');
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  zip.file('customXml/item1.xml', CUSTOM_XML);
  zip.file('xl/charts/chart1.xml', CHART_XML);
  zip.file('xl/drawings/drawing1.xml', CHART_DRAWING_XML);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', rels([['rId1', 'chart', '../charts/chart1.xml']]));
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels([['rId1', 'drawing', '../drawings/drawing1.xml']]));
  await edit(zip, '_rels/.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      `<Relationship Id="rIdOfficerXml" Type="${REL}/customXml" Target="customXml/item1.xml"/></Relationships>`,
    ),
  );
  await edit(zip, '[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace(
      /(<dimension [^>]*\/>)/,
      '$1<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>',
    ),
  );
  await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'),
  );
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Plan!$2:$2</definedName></definedNames>',
    ),
  );
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  return out;
}

const text = (buffer: Buffer | undefined) => buffer?.toString('utf8') ?? '';

/** The items of one list of the styles part (`fonts`, `cellXfs`...), as text. */
function styleItems(styles: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map(
    (m) => m[0],
  );
}

/** Every internal relationship target of the package, as part names. */
function relationshipTargets(all: Map<string, Buffer>): { from: string; target: string }[] {
  const targets: { from: string; target: string }[] = [];
  for (const [name, content] of all) {
    const match = /^(.*?)_rels\/(.*)\.rels$/.exec(name);
    if (!match) continue;
    for (const [tag] of text(content).matchAll(/<Relationship\b[^>]*>/g)) {
      if (tag.includes('TargetMode="External"')) continue;
      const target = /Target="([^"]*)"/.exec(tag)![1];
      const segments = target.startsWith('/') ? [] : match[1].split('/').filter(Boolean);
      for (const segment of target.split('/'))
        if (segment === '..') segments.pop();
        else if (segment && segment !== '.') segments.push(segment);
      targets.push({ from: name, target: segments.join('/') });
    }
  }
  return targets;
}

let dir: string;
let input: string;
let once: string;
let twice: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'apt-package-'));
  input = await officerWorkbook(dir);
  once = path.join(dir, 'once.xlsx');
  twice = path.join(dir, 'twice.xlsx');
  for (const [from, to] of [
    [input, once],
    [once, twice],
  ]) {
    const result = await run([
      'summary',
      from,
      '--as-of',
      AS_OF,
      '--next-meeting',
      NEXT_MEETING,
      '--out',
      to,
    ]);
    if (result.code !== 0) throw new Error(result.err);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the copy keeps the officer’s package', () => {
  /** The parts a new sheet must be listed in, and the plan sheet whose tab is no longer the selected one. */
  const edited = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

  it('has every other part of the input byte for byte: the chart and the custom XML included', async () => {
    const [before, after] = [await parts(input), await parts(once)];
    const unchanged = [...before.keys()].filter(
      (name) => !edited.includes(name) && name !== 'xl/worksheets/sheet1.xml',
    );
    expect(unchanged).toEqual(
      expect.arrayContaining(['customXml/item1.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']),
    );
    for (const name of unchanged) expect([name, after.get(name)]).toEqual([name, before.get(name)]);
  });

  it('changes the plan sheet only to unselect its tab, as the copy opens on the summary', async () => {
    const [before, after] = [await parts(input), await parts(once)];
    const plan = text(before.get('xl/worksheets/sheet1.xml'));
    expect(plan).toContain('<sheetView tabSelected="1" workbookViewId="0"/>');
    expect(text(after.get('xl/worksheets/sheet1.xml'))).toBe(
      plan.replace('<sheetView tabSelected="1" workbookViewId="0"/>', '<sheetView workbookViewId="0"/>'),
    );
    const selected = [...after.entries()].filter(([, content]) => text(content).includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(text(selected[0][1])).toContain('actionplan:board-summary:2015-11-11');
  });

  it('lists our sheets first and last, moves the plan’s print titles with it and adds ours', async () => {
    const workbook = text((await parts(once)).get('xl/workbook.xml'));
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*>/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Board Summary 2015-11-11', 'Plan', 'Notes', 'APT_Snapshots']);
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">Plan!$2:$2</definedName>',
    );
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')Board Summary 2015-11-11(&apos;|')!\$1:\$3<\/definedName>/,
    );
    expect(workbook).toContain('activeTab="0"');
    expect(workbook).toMatch(/<sheet name="APT_Snapshots" sheetId="\d+" state="veryHidden" r:id="rId\d+"\/>/);
  });

  it('appends our styles after the officer’s, which keep their places', async () => {
    const [before, after] = [
      text((await parts(input)).get('xl/styles.xml')),
      text((await parts(once)).get('xl/styles.xml')),
    ];
    for (const [list, item] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
    ]) {
      const [old, now] = [styleItems(before, list, item), styleItems(after, list, item)];
      expect(now.length).toBeGreaterThan(old.length);
      expect(now.slice(0, old.length)).toEqual(old);
      expect(after).toMatch(new RegExp(`<${list}\\b[^>]*count="${now.length}"`));
    }
  });

  it('opens in ExcelJS on the summary, with the plan’s cells as they were', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(once);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Board Summary 2015-11-11',
      'Plan',
      'Notes',
      'APT_Snapshots',
    ]);
    const plan = workbook.getWorksheet('Plan')!;
    expect(plan.getCell('A1').value).toBe('Ysgol A School Improvement Plan 2015/16');
    expect(plan.getCell('D4').numFmt).toBe('dd/mm/yyyy');
  });
});

describe('a second run for the same meeting', () => {
  it('replaces our sheets: the same parts, no duplicate sheet, and styles that do not grow', async () => {
    const [first, second] = [await parts(once), await parts(twice)];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const sheets = [...text(second.get('xl/workbook.xml')).matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(sheets).toEqual(['Board Summary 2015-11-11', 'Plan', 'Notes', 'APT_Snapshots']);
    expect(text(second.get('xl/styles.xml'))).toBe(text(first.get('xl/styles.xml')));
    expect(text(second.get('xl/workbook.xml')).match(/_xlnm.Print_Titles/g)).toHaveLength(2);
  });

  it('leaves no relationship without its part and no part that nothing reaches', async () => {
    const all = await parts(twice);
    const targets = relationshipTargets(all);
    for (const { from, target } of targets) expect([from, all.has(target)]).toEqual([from, true]);
    const reached = new Set(targets.map((t) => t.target));
    const unreached = [...all.keys()].filter(
      (name) => name !== '[Content_Types].xml' && !name.endsWith('.rels') && !reached.has(name),
    );
    expect(unreached).toEqual([]);
    const contentTypes = text(all.get('[Content_Types].xml'));
    for (const [, part] of contentTypes.matchAll(/PartName="\/([^"]*)"/g))
      expect([part, all.has(part)]).toEqual([part, true]);
  });
});

describeWithPrograms(['soffice', 'pdftotext'], 'the spliced copy in LibreOffice', () => {
  it('opens and prints the summary and the officer’s plan', async () => {
    const pdf = await convertToPdf(twice, dir);
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toContain('Education Improvement Board');
    expect(printed).toMatch(/All actions\s+1\s+2\s+2\s+1\s+1\s+7/);
    expect(printed).toContain('Ysgol A School Improvement Plan 2015/16');
  });
});

describe('cell text in our sheets', () => {
  const drawing: SheetDrawing = {
    name: 'Text test',
    visibility: 'visible',
    styles: { text: { font: { name: 'Calibri', size: 10 }, numberFormat: '@' } },
    cells: [
      { row: 0, col: 0, kind: 'text', value: '=SUM(A2:A3)', style: 'text' },
      { row: 1, col: 0, kind: 'text', value: 'Tom & Jerry <tbc> "quoted"', style: 'text' },
      { row: 2, col: 0, kind: 'text', value: '  Ysgol ŵ ŷ 🏫  ', style: 'text' },
      { row: 3, col: 0, kind: 'text', value: 'pasted\u000bfrom Word', style: 'text' },
      { row: 4, col: 0, kind: 'number', value: 42, style: 'text' },
    ],
    merges: [],
    columnWidths: [30],
    rowHeights: [],
    frozenRows: 0,
    showGridLines: true,
    print: null,
    images: [],
    marker: 'actionplan:board-summary:2015-11-11',
  };

  it('is escaped, kept as text whatever it starts with, and reads back as written', async () => {
    const source = await fs.readFile(input);
    const out = path.join(dir, 'text.xlsx');
    const grid = await readWorkbookGridFromBuffer(source, input);
    await writeSummaryCopy({ buffer: source, grid }, drawing, [], { date: AS_OF, rows: [] }, out);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Text test')!;
    expect(sheet.getCell('A1').value).toBe('=SUM(A2:A3)');
    expect(sheet.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').value).toBe('Tom & Jerry <tbc> "quoted"');
    expect(sheet.getCell('A3').value).toBe('  Ysgol ŵ ŷ 🏫  ');
    expect(sheet.getCell('A5').value).toBe(42);
    const xml = [...(await parts(out)).entries()].find(
      ([name, content]) => name.startsWith('xl/worksheets/') && text(content).includes('pasted'),
    )![1];
    // A vertical tab cannot stand in XML: Excel's own escape stands for it.
    expect(text(xml)).toContain('<t>pasted_x000B_from Word</t>');
    expect(text(xml)).not.toMatch(/<f[ >]/);
  });
});
