/**
 * Adds a drawing's named styles to a workbook's styles part (xl/styles.xml) without disturbing what
 * is there: fonts, fills, borders, number formats and cell formats are appended after the existing
 * ones, which keep their places (every officer's cell points at its format by position). A format
 * already present in exactly the form we write (from an earlier run) is reused, so running again
 * never makes the part grow.
 */
import type { BorderLine, CellStyle } from '../core/drawing/types';
import { attributeOf, xmlAttribute } from './xml-text';

/** The sections we append to, in the order a stylesheet must hold them. */
const SECTION_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';

const ITEM: Record<Section, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
};

/** What a stylesheet must start each section with, when it has no such section at all. */
const DEFAULT_ITEMS: Record<Section, string[]> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

/** Excel's built-in number formats that a drawing uses; any other gets an id of its own. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '@': 49 };
/** Ids below this are Excel's own. */
const FIRST_CUSTOM_FORMAT = 164;

const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function fontXml(style: CellStyle): string {
  const { font } = style;
  const color = font.color ? `<color rgb="${argb(font.color)}"/>` : '';
  return (
    `<font>${font.bold ? '<b/>' : ''}${font.italic ? '<i/>' : ''}<sz val="${font.size}"/>` +
    `${color}<name val="${xmlAttribute(font.name)}"/></font>`
  );
}

function fillXml(rgb: string): string {
  const color = argb(rgb);
  return `<fill><patternFill patternType="solid"><fgColor rgb="${color}"/><bgColor rgb="${color}"/></patternFill></fill>`;
}

function lineXml(side: string, line: BorderLine | undefined): string {
  return line ? `<${side} style="${line.weight}"><color rgb="${argb(line.color)}"/></${side}>` : `<${side}/>`;
}

function borderXml(style: CellStyle): string {
  const { left, right, top, bottom } = style.border ?? {};
  return `<border>${lineXml('left', left)}${lineXml('right', right)}${lineXml('top', top)}${lineXml('bottom', bottom)}<diagonal/></border>`;
}

function alignmentXml(style: CellStyle): string {
  const horizontal = style.horizontal ?? 'left';
  const vertical = VERTICAL[style.vertical ?? 'top'];
  const wrap = style.wrap ? ' wrapText="1"' : '';
  const indent = style.indent ? ` indent="${style.indent}"` : '';
  return `<alignment horizontal="${horizontal}" vertical="${vertical}"${wrap}${indent}/>`;
}

interface SectionText {
  /** Where the whole section (start tag to end tag) lies in the part, or where it would go. */
  start: number;
  end: number;
  /** The namespace prefix the part uses for its elements (`x:`), usually none. */
  prefix: string;
  startTag: string;
  items: string[];
}

function findSection(xml: string, section: Section): SectionText | null {
  const pattern = new RegExp(`<((?:[\\w.-]+:)?)${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1${section}>)`);
  const match = pattern.exec(xml);
  if (!match) return null;
  const prefix = match[1];
  const item = ITEM[section];
  const itemPattern = new RegExp(`<${prefix}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${item}>)`, 'g');
  const startTag = /^<[^>]*?(?=\/?>)/.exec(match[0])![0] + '>';
  return {
    start: match.index,
    end: match.index + match[0].length,
    prefix,
    startTag,
    items: [...(match[2] ?? '').matchAll(itemPattern)].map((m) => m[0]),
  };
}

/** Where a missing section goes: before the first later section present, else before the end tag. */
function insertionPoint(xml: string, section: Section): number {
  for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
    const at = new RegExp(`<(?:[\\w.-]+:)?${later}\\b`).exec(xml);
    if (at) return at.index;
  }
  const end = /<\/(?:[\w.-]+:)?styleSheet>/.exec(xml);
  if (end) return end.index;
  throw new Error('styles part has no styleSheet element');
}

function rootPrefix(xml: string): string {
  return /<((?:[\w.-]+:)?)styleSheet\b/.exec(xml)?.[1] ?? '';
}

/** One section of the stylesheet being edited: its items so far and how to find or add one. */
class StyleSection {
  readonly items: string[];
  private readonly original: SectionText | null;

  constructor(
    readonly name: Section,
    xml: string,
  ) {
    this.original = findSection(xml, name);
    this.items = this.original ? [...this.original.items] : [...DEFAULT_ITEMS[name]];
  }

  /** Where the section starts in the part as read, or null when the part has none. */
  get foundAt(): number | null {
    return this.original?.start ?? null;
  }

  get changed(): boolean {
    if (!this.original) return this.items.length > 0;
    return this.items.length !== this.original.items.length;
  }

  /** The index of `item` (ours, written without a prefix), appending it when it is not there yet. */
  indexOf(item: string, prefix: string): number {
    const prefixed = prefix ? withPrefix(item, prefix) : item;
    const found = this.items.indexOf(prefixed);
    if (found >= 0) return found;
    this.items.push(prefixed);
    return this.items.length - 1;
  }

  /** Writes the section back into `xml` (the same text as when it was read, where it was found). */
  writeInto(xml: string, prefix: string): string {
    if (!this.changed) return xml;
    const body = this.items.join('');
    if (this.original) {
      const startTag = this.original.startTag.replace(/\s+count="[^"]*"/, '').replace(/>$/, '');
      const tag = `${startTag} count="${this.items.length}">`;
      return `${xml.slice(0, this.original.start)}${tag}${body}</${this.original.prefix}${this.name}>${xml.slice(this.original.end)}`;
    }
    const at = insertionPoint(xml, this.name);
    const section = `<${prefix}${this.name} count="${this.items.length}">${body}</${prefix}${this.name}>`;
    return xml.slice(0, at) + section + xml.slice(at);
  }
}

/** Puts `prefix` on every element name of our (unprefixed) item text. */
function withPrefix(item: string, prefix: string): string {
  return item.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}

class StylesheetEditor {
  private readonly prefix: string;
  private readonly sections: Record<Section, StyleSection>;

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml);
    this.sections = {
      numFmts: new StyleSection('numFmts', xml),
      fonts: new StyleSection('fonts', xml),
      fills: new StyleSection('fills', xml),
      borders: new StyleSection('borders', xml),
      cellStyleXfs: new StyleSection('cellStyleXfs', xml),
      cellXfs: new StyleSection('cellXfs', xml),
    };
  }

  private add(section: Section, item: string): number {
    return this.sections[section].indexOf(item, this.prefix);
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const formats = this.sections.numFmts.items;
    const ids = formats.map((item) => Number(attributeOf(item, 'numFmtId') ?? 0));
    const existing = formats.findIndex((item) => attributeOf(item, 'formatCode') === code);
    if (existing >= 0) return ids[existing];
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    this.add('numFmts', `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    return id;
  }

  /** The cell format index (`s`) for one of our styles. */
  cellFormat(style: CellStyle): number {
    const numFmtId = this.numberFormatId(style.numberFormat);
    const fontId = this.add('fonts', fontXml(style));
    // Fill 0 is "none" in every workbook (Excel requires it).
    const fillId = style.fill ? this.add('fills', fillXml(style.fill)) : 0;
    const borderId = this.add('borders', borderXml(style));
    if (this.sections.cellStyleXfs.items.length === 0)
      this.add('cellStyleXfs', DEFAULT_ITEMS.cellStyleXfs[0]);
    return this.add(
      'cellXfs',
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
        `${alignmentXml(style)}</xf>`,
    );
  }

  /** The part with every section we touched written back: found ones from the last, so offsets hold. */
  toXml(): string {
    const sections = Object.values(this.sections);
    const found = sections.filter((s) => s.foundAt !== null).sort((a, b) => b.foundAt! - a.foundAt!);
    let xml = this.xml;
    for (const section of found) xml = section.writeInto(xml, this.prefix);
    // Missing sections in stylesheet order, each placed before the next one present.
    for (const section of sections.filter((s) => s.foundAt === null))
      xml = section.writeInto(xml, this.prefix);
    return xml;
  }
}

export interface AppendedStyles {
  xml: string;
  /** Our style name -> the cell format index cells using it carry. */
  index: Map<string, number>;
}

/** Appends the cell formats of `styles` to a styles part (a new one when the package has none). */
export function appendCellStyles(
  stylesXml: string | null,
  styles: Record<string, CellStyle>,
): AppendedStyles {
  const editor = new StylesheetEditor(stylesXml ?? EMPTY_STYLESHEET);
  const index = new Map<string, number>();
  for (const [name, style] of Object.entries(styles)) index.set(name, editor.cellFormat(style));
  return { xml: editor.toXml(), index };
}
