/**
 * Speed of the date engine: expressions parsed per second over a corpus of at least 10,000
 * expressions that mixes every form, built deterministically from the seed expressions plus
 * variations (other years, case, white space, a `By` or `onwards` added, text around them).
 */
import { calendarForAcademicYear, parseTimescale } from '../src/core/dates';
import { catalogueVectors, sectionTwoExpressions } from '../test/core/dates/seed-vectors';
import { medianMs, type BenchRow } from './measure';

const CORPUS_SIZE = 12_000;
const RUNS = 15;
const TARGET = 100_000;

/** A small fixed-seed generator (mulberry32), so every run parses the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VARIATIONS: ReadonlyArray<(text: string, shift: number) => string> = [
  (text) => text,
  (text, shift) =>
    text.replace(/\b(20)(\d\d)\b/g, (_m, century: string, year: string) =>
      `${century}${(Number(year) + shift) % 100}`.padEnd(4, '0'),
    ),
  (text) => text.toUpperCase(),
  (text) => `  ${text.replace(/ /g, '\u00a0 ')}  `,
  (text) => `By ${text}`,
  (text) => `${text} onwards`,
  (text) => `Progress review: ${text}, see the notes`,
  (text) => text.toLowerCase(),
];

export function buildCorpus(size = CORPUS_SIZE): string[] {
  const random = seededRandom(20151031);
  const seeds = [...catalogueVectors, ...sectionTwoExpressions].map((vector) => vector.raw);
  const corpus: string[] = [];
  while (corpus.length < size) {
    const raw = seeds[Math.floor(random() * seeds.length)];
    const vary = VARIATIONS[Math.floor(random() * VARIATIONS.length)];
    corpus.push(vary(raw, Math.floor(random() * 10)));
  }
  return corpus;
}

export async function benchDates(): Promise<BenchRow[]> {
  const corpus = buildCorpus();
  const options = { calendar: calendarForAcademicYear(2015) };
  const ms = await medianMs(RUNS, () => {
    for (const text of corpus) parseTimescale(text, options);
  });
  return [
    {
      name: `dates: parseTimescale (${corpus.length.toLocaleString('en-GB')} mixed expressions)`,
      value: corpus.length / (ms / 1000),
      unit: 'expressions/s',
      target: `>= ${TARGET.toLocaleString('en-GB')}`,
    },
  ];
}
