/**
 * Edits a workbook package (the zip of an .xlsx) in place of ExcelJS, so that a copy keeps every
 * part of the officer's byte for byte (charts, pivot tables, comments, custom XML: whatever ExcelJS
 * would drop) and gains only our sheets. What must change to list a sheet is edited as text, touching
 * nothing else: [Content_Types].xml, the workbook part (sheets, defined names, the open tab), its
 * relationships and the styles part (appended to, never reordered).
 *
 * A sheet we remove (ours, from an earlier run) takes with it every part only it reached.
 */
import JSZip from 'jszip';
import type { CellStyle } from '../core/drawing/types';
import { deflatedPart, partHead } from './deflated-part';
import { appendCellStyles } from './style-xml';
import { RELATIONSHIPS_NS } from './sheet-xml';
import { attributeOf, withAttribute, xmlAttribute } from './xml-text';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface PackageSheet {
  name: string;
  state: SheetState;
  /** The sheet's part in the zip (`xl/worksheets/sheet1.xml`), or null when its relationship is broken. */
  part: string | null;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as the package had it, written back unchanged. */
  raw?: string;
}

interface SheetEntry {
  /** The `<sheet .../>` element exactly as the workbook part has it (ours: as we wrote it). */
  tag: string;
  name: string;
  /** Null for sheets we add: they have no earlier position. */
  originalIndex: number | null;
}

/** A new sheet's content: its worksheet XML is made once the relationship ids it needs are known. */
export interface NewSheet {
  name: string;
  state: SheetState;
  /** Where it goes among the sheets (0 first); past the end, last. */
  position: number;
  /** How many PNG pictures the sheet's drawing part places; `xml` receives its relationship id. */
  pictureCount: number;
  /** The pictures, awaited only once the sheet's XML is made (they may still be drawing). */
  pictures: Promise<Buffer[]>;
  xml: (drawingRelId: string | null) => string;
  /** Makes the drawing part, given each picture's relationship id. */
  picturesXml: (relIds: string[]) => string;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

function relsPartOf(part: string): string {
  const dir = dirOf(part);
  const name = part.slice(dir.length ? dir.length + 1 : 0);
  return `${dir ? `${dir}/` : ''}_rels/${name}.rels`;
}

/** A relationship target as a zip path: relative to the source part's folder, or from the root. */
function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeURIComponent(target.split('#')[0]);
  const segments = decoded.startsWith('/') ? [] : dirOf(sourcePart).split('/').filter(Boolean);
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The path of `part` as a target relative to the folder of `fromPart`. */
function relativeTarget(fromPart: string, part: string): string {
  const from = dirOf(fromPart).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attributeOf(tag, 'Id') ?? '',
    type: attributeOf(tag, 'Type') ?? '',
    target: attributeOf(tag, 'Target') ?? '',
    external: attributeOf(tag, 'TargetMode') === 'External',
    raw: tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`,
  }));
}

function relationshipsXml(rels: Relationship[]): string {
  const items = rels.map(
    (rel) =>
      rel.raw ?? `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${xmlAttribute(rel.target)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${REL_NS}">${items.join('')}</Relationships>`;
}

/** The first id `rId<n>` not in `taken`. */
function freeRelId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

function elementPattern(prefix: string, name: string, flags = ''): RegExp {
  return new RegExp(`<${prefix}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${name}>)`, flags);
}

export class WorkbookPackage {
  private readonly modified = new Map<string, string | Buffer>();
  private readonly removed = new Set<string>();
  private sheetEntries: SheetEntry[];
  private workbookRels: Relationship[];
  /** Parts reached from the package root as opened: only these may ever be removed as unreachable. */
  private readonly reachedAtOpen: Set<string>;
  private readonly prefix: string;
  private selectedSheet: string | null = null;
  private readonly printTitles = new Map<string, [number, number]>();

  private constructor(
    private readonly zip: JSZip,
    private readonly workbookPart: string,
    private workbookXml: string,
    workbookRelsXml: string,
    private readonly relsByPart: Map<string, Relationship[]>,
  ) {
    this.prefix = /<((?:[\w.-]+:)?)workbook\b/.exec(workbookXml)?.[1] ?? '';
    this.workbookRels = parseRelationships(workbookRelsXml);
    this.sheetEntries = [...workbookXml.matchAll(new RegExp(`<${this.prefix}sheet\\b[^>]*>`, 'g'))].map(
      ([tag], index) => ({ tag, name: attributeOf(tag, 'name') ?? '', originalIndex: index }),
    );
    this.reachedAtOpen = this.reachableParts();
  }

  /** Opens a package; throws when it has no workbook part. */
  static async open(buffer: Buffer): Promise<WorkbookPackage> {
    const zip = await JSZip.loadAsync(buffer);
    const relsByPart = new Map<string, Relationship[]>();
    for (const file of zip.file(/(^|\/)_rels\/[^/]*\.rels$/)) {
      relsByPart.set(file.name, parseRelationships(await file.async('string')));
    }
    const root = relsByPart.get('_rels/.rels') ?? [];
    const main = root.find((rel) => rel.type.endsWith('/officeDocument') && !rel.external);
    const workbookPart = main ? resolveTarget('', main.target) : null;
    const workbookXml = workbookPart ? await zip.file(workbookPart)?.async('string') : undefined;
    if (!workbookPart || workbookXml === undefined) throw new Error('the package has no workbook part');
    const relsXml = (await zip.file(relsPartOf(workbookPart))?.async('string')) ?? relationshipsXml([]);
    return new WorkbookPackage(zip, workbookPart, workbookXml, relsXml, relsByPart);
  }

  /** The sheets in tab order. */
  sheets(): PackageSheet[] {
    return this.sheetEntries.map(({ tag, name }) => {
      const rel = this.workbookRels.find((r) => r.id === this.relIdOf(tag));
      const state = (attributeOf(tag, 'state') ?? 'visible') as SheetState;
      return {
        name,
        state,
        part: rel && !rel.external ? resolveTarget(this.workbookPart, rel.target) : null,
      };
    });
  }

  private relIdOf(tag: string): string | null {
    return /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1] ?? null;
  }

  /** Removes a sheet (one of ours) and every part that only it reached. Returns its position. */
  removeSheet(name: string): number {
    const index = this.sheetEntries.findIndex((entry) => entry.name === name);
    if (index < 0) return -1;
    const relId = this.relIdOf(this.sheetEntries[index].tag);
    this.sheetEntries.splice(index, 1);
    this.workbookRels = this.workbookRels.filter((rel) => rel.id !== relId);
    this.printTitles.delete(name);
    this.removeUnreachableParts();
    return index;
  }

  /** Adds a worksheet with its pictures; returns the name of its part. */
  async addSheet(sheet: NewSheet): Promise<string> {
    const worksheetPart = this.freePart(`${dirOf(this.workbookPart)}/worksheets/sheet`, '.xml');
    const drawingRelId = sheet.pictureCount > 0 ? 'rId1' : null;
    const xml = sheet.xml(drawingRelId);
    if (drawingRelId !== null) {
      const drawingPart = this.addPictures(await sheet.pictures, sheet.picturesXml);
      const target = relativeTarget(worksheetPart, drawingPart);
      this.writeRels(worksheetPart, [
        { id: drawingRelId, type: `${REL_TYPE}/drawing`, target, external: false },
      ]);
    }
    this.put(worksheetPart, xml, CONTENT_TYPE.worksheet);
    const relId = freeRelId(this.workbookRels.map((rel) => rel.id));
    this.workbookRels.push({
      id: relId,
      type: `${REL_TYPE}/worksheet`,
      target: relativeTarget(this.workbookPart, worksheetPart),
      external: false,
    });
    const tag = this.sheetTag(sheet, relId);
    const position = Math.min(Math.max(sheet.position, 0), this.sheetEntries.length);
    this.sheetEntries.splice(position, 0, { tag, name: sheet.name, originalIndex: null });
    return worksheetPart;
  }

  private sheetTag(sheet: NewSheet, relId: string): string {
    const ids = this.sheetEntries.map((entry) => Number(attributeOf(entry.tag, 'sheetId') ?? 0));
    const sheetId = Math.max(0, ...ids) + 1;
    const state = sheet.state === 'visible' ? '' : ` state="${sheet.state}"`;
    const rPrefix = new RegExp(`xmlns:([\\w.-]+)="${RELATIONSHIPS_NS}"`).exec(this.workbookXml)?.[1];
    const rel = rPrefix ? `${rPrefix}:id="${relId}"` : `xmlns:r="${RELATIONSHIPS_NS}" r:id="${relId}"`;
    return `<${this.prefix}sheet name="${xmlAttribute(sheet.name)}" sheetId="${sheetId}"${state} ${rel}/>`;
  }

  private addPictures(pictures: Buffer[], picturesXml: NewSheet['picturesXml']): string {
    const base = dirOf(this.workbookPart);
    const drawingPart = this.freePart(`${base}/drawings/drawing`, '.xml');
    const rels: Relationship[] = pictures.map((png, index) => {
      const media = this.freePart(`${base}/media/image`, '.png');
      this.put(media, png, null);
      return {
        id: `rId${index + 1}`,
        type: `${REL_TYPE}/image`,
        target: relativeTarget(drawingPart, media),
        external: false,
      };
    });
    this.writeRels(drawingPart, rels);
    this.put(drawingPart, picturesXml(rels.map((rel) => rel.id)), CONTENT_TYPE.drawing);
    return drawingPart;
  }

  /** The workbook opens on this sheet, with no other tab selected (two would group them). */
  selectSheet(name: string): void {
    this.selectedSheet = name;
  }

  /** Rows repeated at the top of every printed page of a sheet (0-based, inclusive). */
  setPrintTitles(name: string, rows: [number, number]): void {
    this.printTitles.set(name, rows);
  }

  /** Appends our styles to the styles part; returns each style name's cell format index. */
  async appendStyles(styles: Record<string, CellStyle>): Promise<Map<string, number>> {
    let rel = this.workbookRels.find((r) => r.type.endsWith('/styles') && !r.external);
    if (!rel) {
      rel = {
        id: freeRelId(this.workbookRels.map((r) => r.id)),
        type: `${REL_TYPE}/styles`,
        target: 'styles.xml',
        external: false,
      };
      this.workbookRels.push(rel);
    }
    const part = resolveTarget(this.workbookPart, rel.target);
    const current = await this.text(part);
    const { xml, index } = appendCellStyles(current, styles);
    if (xml !== current) this.put(part, xml, current === null ? CONTENT_TYPE.styles : null);
    return index;
  }

  /** The names of every sheet, for choosing a free one. */
  sheetNames(): string[] {
    return this.sheetEntries.map((entry) => entry.name);
  }

  /** The package with our changes, every other part as it was. */
  async toBuffer(): Promise<Buffer> {
    await this.finishWorkbook();
    for (const part of this.removed) this.zip.remove(part);
    for (const [part, content] of this.modified)
      this.zip.file(part, deflatedPart(content) as unknown as Buffer, { binary: true });
    // Every part is compressed already (the officer's as they were): JSZip only copies them out.
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  private async finishWorkbook(): Promise<void> {
    if (this.selectedSheet !== null) await this.unselectOtherSheets();
    this.workbookXml = this.workbookWithSheets();
    this.put(this.workbookPart, this.workbookXml, null);
    this.writeRels(this.workbookPart, this.workbookRels);
    await this.writeContentTypes();
  }

  private workbookWithSheets(): string {
    const p = this.prefix;
    let xml = this.workbookXml.replace(
      elementPattern(p, 'sheets'),
      `<${p}sheets>${this.sheetEntries.map((entry) => entry.tag).join('')}</${p}sheets>`,
    );
    xml = this.withDefinedNames(xml);
    return this.withBookView(xml);
  }

  /** Today's position of the sheet that was at `original` when the package was opened, or null if removed. */
  private positionNow(original: number): number | null {
    const index = this.sheetEntries.findIndex((entry) => entry.originalIndex === original);
    return index < 0 ? null : index;
  }

  /** Sheet-scoped names follow their sheet to its new position; ours are written afresh. */
  private withDefinedNames(xml: string): string {
    const p = this.prefix;
    const existing = elementPattern(p, 'definedNames').exec(xml);
    const names = existing
      ? [...existing[0].matchAll(elementPattern(p, 'definedName', 'g'))].map((m) => m[0])
      : [];
    const kept: string[] = [];
    for (const name of names) {
      const local = attributeOf(name, 'localSheetId');
      if (local === null) {
        kept.push(name);
        continue;
      }
      const now = this.positionNow(Number(local));
      if (now !== null)
        kept.push(name.replace(/^<[^>]*>/, (tag) => withAttribute(tag, 'localSheetId', String(now))));
    }
    for (const [sheet, [first, last]] of this.printTitles) {
      const index = this.sheetNames().indexOf(sheet);
      const ref = `'${sheet.replace(/'/g, "''")}'!$${first + 1}:$${last + 1}`;
      kept.push(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlAttribute(ref)}</${p}definedName>`,
      );
    }
    const block = kept.length ? `<${p}definedNames>${kept.join('')}</${p}definedNames>` : '';
    if (existing)
      return xml.slice(0, existing.index) + block + xml.slice(existing.index + existing[0].length);
    // Defined names follow the sheets (and any function groups or external references).
    const after = [
      ...xml.matchAll(
        new RegExp(
          `</${p}(?:sheets|functionGroups|externalReferences)>|<${p}(?:functionGroups|externalReferences)\\b[^>]*/>`,
          'g',
        ),
      ),
    ].pop();
    const at = after ? after.index + after[0].length : xml.length;
    return xml.slice(0, at) + block + xml.slice(at);
  }

  /** The tab the workbook opens on: ours when selected, else the one that was open, wherever it went. */
  private withBookView(xml: string): string {
    const p = this.prefix;
    const view = new RegExp(`<${p}workbookView\\b[^>]*>`).exec(xml);
    const oldActive = view ? Number(attributeOf(view[0], 'activeTab') ?? 0) : 0;
    const active =
      this.selectedSheet !== null
        ? this.sheetNames().indexOf(this.selectedSheet)
        : (this.positionNow(oldActive) ?? this.firstVisibleSheet());
    if (!view) {
      const sheets = new RegExp(`<${p}sheets\\b`).exec(xml)!;
      const views = `<${p}bookViews><${p}workbookView activeTab="${active}"/></${p}bookViews>`;
      return xml.slice(0, sheets.index) + views + xml.slice(sheets.index);
    }
    let tag = view[0];
    if (active !== oldActive || attributeOf(tag, 'activeTab') !== null)
      tag = withAttribute(tag, 'activeTab', String(active));
    const firstSheet = attributeOf(tag, 'firstSheet');
    if (firstSheet !== null) {
      const now = this.selectedSheet !== null ? 0 : this.positionNow(Number(firstSheet));
      tag = withAttribute(tag, 'firstSheet', now === null ? null : String(now));
    }
    return xml.slice(0, view.index) + tag + xml.slice(view.index + view[0].length);
  }

  private firstVisibleSheet(): number {
    const visible = (entry: SheetEntry) => (attributeOf(entry.tag, 'state') ?? 'visible') === 'visible';
    return Math.max(0, this.sheetEntries.findIndex(visible));
  }

  /** Drops `tabSelected` from the officer's sheets: the only change ever made to their parts. */
  private async unselectOtherSheets(): Promise<void> {
    for (const sheet of this.sheets()) {
      if (sheet.name === this.selectedSheet || sheet.part === null || this.modified.has(sheet.part)) continue;
      if (!(await this.mayBeSelected(sheet.part))) continue;
      const xml = await this.text(sheet.part);
      const view = xml === null ? null : selectedView(xml);
      if (xml === null || !view) continue;
      const tag = withAttribute(view[0], 'tabSelected', null);
      this.put(sheet.part, xml.slice(0, view.index) + tag + xml.slice(view.index + view[0].length), null);
    }
  }

  /** False when the start of the part shows its views and none is selected, so a big sheet is not read whole. */
  private async mayBeSelected(part: string): Promise<boolean> {
    const head = partHead(this.zip.file(part));
    if (head === null) return true;
    const viewsEnd = /<\/(?:[\w.-]+:)?sheetViews>|<(?:[\w.-]+:)?sheetData\b/.exec(head);
    return !viewsEnd || selectedView(head.slice(0, viewsEnd.index)) !== null;
  }

  private async writeContentTypes(): Promise<void> {
    let xml = (await this.text('[Content_Types].xml')) ?? '';
    for (const part of this.removed) {
      xml = xml.replace(
        new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`, 'i'),
        '',
      );
    }
    const additions: string[] = [];
    for (const [part, type] of this.newContentTypes) {
      if (!new RegExp(`PartName="/${escapeRegExp(part)}"`, 'i').test(xml))
        additions.push(`<Override PartName="/${xmlAttribute(part)}" ContentType="${type}"/>`);
    }
    if (this.needsPngType && !/<(?:[\w.-]+:)?Default\b[^>]*Extension="png"/i.test(xml))
      additions.unshift('<Default Extension="png" ContentType="image/png"/>');
    xml = xml.replace(/<\/((?:[\w.-]+:)?)Types>/, (end) => additions.join('') + end);
    this.modified.set('[Content_Types].xml', xml);
  }

  private readonly newContentTypes = new Map<string, string>();
  private needsPngType = false;

  private put(part: string, content: string | Buffer, contentType: string | null): void {
    this.removed.delete(part);
    this.modified.set(part, content);
    if (contentType) this.newContentTypes.set(part, contentType);
    if (part.toLowerCase().endsWith('.png')) this.needsPngType = true;
  }

  private writeRels(part: string, rels: Relationship[]): void {
    const relsPart = relsPartOf(part);
    this.relsByPart.set(relsPart, rels);
    this.put(relsPart, relationshipsXml(rels), null);
  }

  private async text(part: string): Promise<string | null> {
    const changed = this.modified.get(part);
    if (typeof changed === 'string') return changed;
    if (this.removed.has(part)) return null;
    return (await this.zip.file(part)?.async('string')) ?? null;
  }

  private exists(part: string): boolean {
    if (this.modified.has(part)) return true;
    return !this.removed.has(part) && this.zip.file(part) !== null;
  }

  /** `<stem><n><extension>` for the first n from 1 that no part has (compared ignoring case, as packages do). */
  private freePart(stem: string, extension: string): string {
    const taken = new Set(
      [...Object.keys(this.zip.files), ...this.modified.keys()]
        .filter((p) => this.exists(p))
        .map((p) => p.toLowerCase()),
    );
    for (let n = 1; ; n++) {
      const part = `${stem}${n}${extension}`.replace(/^\//, '');
      if (!taken.has(part.toLowerCase())) return part;
    }
  }

  /** Every part reached by relationships from the package root, the workbook's as they are now. */
  private reachableParts(): Set<string> {
    const reached = new Set<string>();
    const visit = (source: string, rels: Relationship[]) => {
      for (const rel of rels) {
        if (rel.external) continue;
        const part = resolveTarget(source, rel.target);
        if (reached.has(part)) continue;
        reached.add(part);
        const own = part === this.workbookPart ? this.workbookRels : this.relsByPart.get(relsPartOf(part));
        if (own) visit(part, own);
      }
    };
    visit('', this.relsByPart.get('_rels/.rels') ?? []);
    return reached;
  }

  private removeUnreachableParts(): void {
    const reached = this.reachableParts();
    for (const part of this.reachedAtOpen) {
      if (reached.has(part) || !this.exists(part)) continue;
      this.removed.add(part);
      this.modified.delete(part);
      const rels = relsPartOf(part);
      if (this.exists(rels)) {
        this.removed.add(rels);
        this.modified.delete(rels);
      }
    }
  }
}

/** The first sheet view start tag, when it is the selected tab. */
function selectedView(xml: string): RegExpExecArray | null {
  const view = /<(?:[\w.-]+:)?sheetView\b[^>]*>/.exec(xml);
  const selected = view ? attributeOf(view[0], 'tabSelected') : null;
  return selected === '1' || selected === 'true' ? view : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
