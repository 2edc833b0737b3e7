import { calendarForAcademicYear, parseTimescale, type DateResult } from '../../../src/core/dates';
import { catalogueVectors, sectionTwoExpressions, type Expected, type SeedVector } from './seed-vectors';

function read(vector: SeedVector): DateResult {
  return parseTimescale(
    vector.raw,
    vector.plan === undefined ? {} : { calendar: calendarForAcademicYear(vector.plan) },
  );
}

function meaningOf(result: DateResult): Expected {
  const { kind, start, end, due, cadence, checkpoints, embedded } = result;
  return { kind, start, end, due, cadence, checkpoints, embedded };
}

function title(vector: SeedVector): string {
  return `[${vector.seed}] ${JSON.stringify(vector.raw)}${vector.plan === undefined ? '' : ` (plan ${vector.plan})`}`;
}

describe('the seed vectors of the catalogue (section 2.11)', () => {
  it('holds all 116 vectors', () => {
    expect(catalogueVectors).toHaveLength(116);
  });

  it.each(catalogueVectors.map((vector) => [title(vector), vector] as const))('%s', (_title, vector) => {
    const result = read(vector);
    expect(meaningOf(result)).toEqual(vector.expected);
    expect(result.text).toBe(vector.raw);
  });
});

describe('the other expressions of the seeds (sections 2.1-2.10)', () => {
  it.each(sectionTwoExpressions.map((vector) => [title(vector), vector] as const))('%s', (_title, vector) => {
    expect(meaningOf(read(vector))).toEqual(vector.expected);
  });
});

it('writes a note for every seed expression in English and in Welsh', () => {
  const missing = [...catalogueVectors, ...sectionTwoExpressions]
    .map((vector) => ({ raw: vector.raw, result: read(vector) }))
    .filter(
      ({ result }) =>
        !/^[A-Z0-9]/.test(result.note) || !/^[A-Z0-9]/.test(result.noteCy) || result.note === result.noteCy,
    )
    .map(({ raw }) => raw);
  expect(missing).toEqual([]);
});
