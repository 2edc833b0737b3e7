/**
 * The ratings chart: one stacked horizontal bar per group, drawn as SVG text so that any adapter can
 * place it (Office.js takes SVG; the .xlsx adapter rasterises it). Every segment carries its count as
 * text on a white label and a pattern as well as a colour, so the chart reads in black and white.
 */
import type { ComputedRating } from '../plan/types';
import { textWidthPx } from '../drawing/metrics';
import { computedKey } from './counts';
import { summaryText, ratingWord, type Lang } from './language';
import { RATING_LOOK, ratingLabel } from './look';
import type { GroupCounts } from './types';

export interface ChartSvg {
  svg: string;
  widthPx: number;
  heightPx: number;
}

const FONT = 'Calibri, Carlito, sans-serif';
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 18;
const LEGEND_HEIGHT = 34;
const BOTTOM = 8;
const LABEL_FONT = 11;
const LABEL_PAD = 4;
const TOTAL_WIDTH = 44;
/** More bars than this would not fit one printed page; the table above lists every group. */
export const MAX_CHART_GROUPS = 24;

/** A white overlay pattern per rating; solid for red and not rated, which differ in shade. */
const PATTERNS: Partial<Record<ComputedRating, string>> = {
  complete:
    '<path d="M0 6 L6 0 M-1 1 L1 -1 M5 7 L7 5" stroke="#fff" stroke-width="1.4"/><path d="M0 0 L6 6" stroke="#fff" stroke-width="1.4"/>',
  green: '<path d="M0 6 L6 0 M-1 1 L1 -1 M5 7 L7 5" stroke="#fff" stroke-width="1.6"/>',
  yellow: '<path d="M0 3 L6 3" stroke="#b3b300" stroke-width="1.2"/>',
  amber: '<circle cx="3" cy="3" r="1.2" fill="#fff"/>',
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function shortened(text: string, maxPx: number, sizePt: number): string {
  if (textWidthPx(text, sizePt) <= maxPx) return text;
  let cut = text;
  while (cut.length > 1 && textWidthPx(`${cut}…`, sizePt) > maxPx) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function fillFor(rating: ComputedRating): string {
  return `#${RATING_LOOK[rating].fill}`;
}

function swatch(rating: ComputedRating, x: number, y: number, width: number, height: number): string {
  const base = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${height}" fill="${fillFor(rating)}" stroke="#404040" stroke-width="0.6"/>`;
  const overlay = PATTERNS[rating]
    ? `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${height}" fill="url(#p-${rating})"/>`
    : '';
  return base + overlay;
}

/** Segment widths for one bar: in proportion to the counts, but never too narrow for their label. */
function segmentWidths(counts: number[], unit: number, available: number): number[] {
  const minimum = counts.map((n) =>
    n > 0 ? textWidthPx(String(n), LABEL_FONT * 0.75, true) + 2 * LABEL_PAD + 4 : 0,
  );
  const widths = (u: number) => counts.map((n, i) => (n > 0 ? Math.max(n * u, minimum[i]) : 0));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (sum(widths(unit)) <= available) return widths(unit);
  let low = 0;
  let high = unit;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (sum(widths(middle)) <= available) low = middle;
    else high = middle;
  }
  return widths(low);
}

/**
 * `ratings` are the ratings shown, in display order. Groups without a name are labelled with the
 * summary's word for it.
 */
export function ratingsChartSvg(
  allGroups: GroupCounts[],
  ratings: readonly ComputedRating[],
  lang: Lang,
  widthPx = 760,
): ChartSvg {
  const text = summaryText(lang);
  const groups = allGroups.slice(0, MAX_CHART_GROUPS);
  const leftOut = allGroups.length - groups.length;
  // SVG sizes are pixels: 12 px text is 9 pt.
  const labelSizePt = 9;
  const nameOf = (group: GroupCounts) =>
    group.name ?? (allGroups.length === 1 ? text.allActions : text.noGroup);
  const labelArea = Math.min(
    260,
    Math.max(80, ...groups.map((group) => textWidthPx(nameOf(group), labelSizePt) + 12)),
  );
  const barLeft = labelArea + 8;
  const barSpace = widthPx - barLeft - TOTAL_WIDTH;
  const maxTotal = Math.max(1, ...groups.map((group) => group.computed.total));
  const unit = barSpace / maxTotal;
  const heightPx = LEGEND_HEIGHT + groups.length * ROW_HEIGHT + BOTTOM + (leftOut > 0 ? ROW_HEIGHT : 0);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="${FONT}">`,
    `<title>${escapeXml(text.chartAlt)}</title>`,
    '<defs>',
    ...Object.entries(PATTERNS).map(
      ([rating, shape]) =>
        `<pattern id="p-${rating}" patternUnits="userSpaceOnUse" width="6" height="6">${shape}</pattern>`,
    ),
    '</defs>',
    `<rect x="0" y="0" width="${widthPx}" height="${heightPx}" fill="#ffffff"/>`,
  );

  let legendX = barLeft;
  for (const rating of ratings) {
    const label = ratingLabel(rating, ratingWord(rating, lang));
    parts.push(swatch(rating, legendX, 9, 14, 14));
    parts.push(
      `<text x="${(legendX + 19).toFixed(1)}" y="20.5" font-size="12" fill="#000">${escapeXml(label)}</text>`,
    );
    legendX += 19 + textWidthPx(label, 9) + 16;
  }

  groups.forEach((group, index) => {
    const top = LEGEND_HEIGHT + index * ROW_HEIGHT;
    const barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const middle = barTop + BAR_HEIGHT / 2 + 4;
    const name = shortened(nameOf(group), labelArea - 8, labelSizePt);
    parts.push(
      `<text x="${(labelArea - 4).toFixed(1)}" y="${middle.toFixed(1)}" font-size="12" text-anchor="end" fill="#000">${escapeXml(name)}</text>`,
    );
    const counts = ratings.map((rating) => group.computed[computedKey(rating)]);
    const widths = segmentWidths(counts, unit, barSpace);
    let x = barLeft;
    ratings.forEach((rating, i) => {
      const count = counts[i];
      if (count === 0) return;
      const width = widths[i];
      parts.push(swatch(rating, x, barTop, width, BAR_HEIGHT));
      const labelWidth = textWidthPx(String(count), LABEL_FONT * 0.75, true) + 2 * LABEL_PAD;
      const centre = x + width / 2;
      parts.push(
        `<rect x="${(centre - labelWidth / 2).toFixed(1)}" y="${(barTop + 2.5).toFixed(1)}" width="${labelWidth.toFixed(1)}" height="${BAR_HEIGHT - 5}" rx="3" fill="#ffffff" stroke="#404040" stroke-width="0.5"/>`,
        `<text class="count" data-group="${index}" data-rating="${rating}" x="${centre.toFixed(1)}" y="${(middle - 0.5).toFixed(1)}" font-size="${LABEL_FONT}" font-weight="bold" text-anchor="middle" fill="#000">${count}</text>`,
      );
      x += width;
    });
    parts.push(
      `<text class="total" data-group="${index}" x="${(x + 6).toFixed(1)}" y="${middle.toFixed(1)}" font-size="12" font-weight="bold" fill="#000">${group.computed.total}</text>`,
    );
  });
  if (leftOut > 0) {
    const y = LEGEND_HEIGHT + groups.length * ROW_HEIGHT + ROW_HEIGHT / 2 + 4;
    parts.push(
      `<text x="${barLeft}" y="${y}" font-size="12" font-style="italic" fill="#404040">${escapeXml(text.chartMore(groups.length, allGroups.length))}</text>`,
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), widthPx, heightPx };
}
