/**
 * Rasterises our SVG pictures (the summary chart) to PNG for ExcelJS, which cannot place SVG. Text
 * is drawn with the machine's fonts; Carlito stands in for Calibri where Calibri is absent.
 */
import { Resvg, renderAsync } from '@resvg/resvg-js';

/** Drawn at twice the size it is shown, so it stays sharp when printed... */
const SCALE = 2;
/** ...unless that would make a picture too big to draw and store quickly. */
const MAX_PIXELS = 6_000_000;

export function svgToPng(svg: string, widthPx: number, heightPx: number): Buffer {
  const scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, widthPx * heightPx)));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx * scale) },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Carlito', sansSerifFamily: 'Carlito' },
  });
  return resvg.render().asPng();
}

/** As svgToPng, drawn on a worker thread, so a large workbook's XML is written meanwhile. */
export async function svgToPngAsync(svg: string, widthPx: number, heightPx: number): Promise<Buffer> {
  const scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, widthPx * heightPx)));
  const png = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx * scale) },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Carlito', sansSerifFamily: 'Carlito' },
  });
  return png.asPng();
}
