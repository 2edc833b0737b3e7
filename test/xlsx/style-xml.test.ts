import { appendCellStyles } from '../../src/xlsx/style-xml';
import type { CellStyle } from '../../src/core/drawing/types';

/** A stylesheet as the Open XML SDK writes it: every element with the `x:` prefix. */
const PREFIXED =
  '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="d mmm yyyy"/></x:numFmts>' +
  '<x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Arial"/></x:font></x:fonts>' +
  '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
  '<x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders>' +
  '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
  '<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<x:xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></x:cellXfs>' +
  '</x:styleSheet>';

const styles: Record<string, CellStyle> = {
  date: { font: { name: 'Calibri', size: 10 }, numberFormat: 'd mmm yyyy' },
  percent: { font: { name: 'Calibri', size: 10 }, fill: 'C00000', numberFormat: '0.0%' },
};

describe('appendCellStyles', () => {
  it('appends after the existing formats, reusing the number format and border already there', () => {
    const { xml, index } = appendCellStyles(PREFIXED, styles);

    // Two cell formats were there (0, 1): ours are 2 and 3.
    expect(Object.fromEntries(index)).toEqual({ date: 2, percent: 3 });
    expect(xml).toContain(
      '<x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="d mmm yyyy"/><x:numFmt numFmtId="165" formatCode="0.0%"/></x:numFmts>',
    );
    expect(xml).toContain(
      '<x:fonts count="2"><x:font><x:sz val="11"/><x:name val="Arial"/></x:font><x:font><x:sz val="10"/><x:name val="Calibri"/></x:font></x:fonts>',
    );
    expect(xml).toContain('<x:fills count="3">');
    expect(xml).toContain(
      '<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFC00000"/><x:bgColor rgb="FFC00000"/></x:patternFill></x:fill></x:fills>',
    );
    expect(xml).toContain('<x:borders count="1">');
    expect(xml).toContain('<x:xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"');
    expect(xml).toContain('<x:xf numFmtId="165" fontId="1" fillId="2" borderId="0" xfId="0"');
    expect(xml).toContain(
      '<x:cellXfs count="4"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
  });

  it('changes nothing when our formats are there already, from an earlier run', () => {
    const once = appendCellStyles(PREFIXED, styles);
    const again = appendCellStyles(once.xml, styles);
    expect(again.xml).toBe(once.xml);
    expect(again.index).toEqual(once.index);
  });

  it('makes a stylesheet with Excel’s required defaults when the package has none', () => {
    const { xml, index } = appendCellStyles(null, { date: styles.date });
    expect(index.get('date')).toBe(1);
    expect(xml).toContain(
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    );
    expect(xml.indexOf('<numFmts')).toBeLessThan(xml.indexOf('<fonts'));
    expect(xml.indexOf('<cellStyleXfs')).toBeLessThan(xml.indexOf('<cellXfs'));
  });
});
