/**
 * How each rating looks on the sheet and in the chart: a fill, a text colour that stays readable on
 * it, and a symbol so the rating reads without colour (printed in black and white, or by a
 * colour-blind reader): a tick for done, an open circle, a lozenge, a warning triangle, a filled
 * disc for the worst, a dash for none. All are in Calibri and in Carlito, so LibreOffice prints them
 * without a fallback font.
 */
import type { ComputedRating } from '../plan/types';

export interface RatingLook {
  fill: string;
  text: string;
  symbol: string;
  /** A pale fill for a rating shown beside the computed one (declared, or before), so the computed one stands out. */
  tint: string;
}

export const RATING_LOOK: Record<ComputedRating, RatingLook> = {
  complete: { fill: '0070C0', text: 'FFFFFF', symbol: '√', tint: 'DDEBF7' },
  green: { fill: '00B050', text: '000000', symbol: '○', tint: 'C6EFCE' },
  yellow: { fill: 'FFFF00', text: '000000', symbol: '◊', tint: 'FFFFCC' },
  amber: { fill: 'FFC000', text: '000000', symbol: '∆', tint: 'FFEB9C' },
  red: { fill: 'C00000', text: 'FFFFFF', symbol: '●', tint: 'FFC7CE' },
  'not-rated': { fill: 'D9D9D9', text: '000000', symbol: '–', tint: 'EDEDED' },
};

/** `● Red`: the symbol and the word together. */
export function ratingLabel(rating: ComputedRating, word: string): string {
  return `${RATING_LOOK[rating].symbol} ${word}`;
}

export const FONT_NAME = 'Calibri';
