/** Property: whatever the dates, rating never throws, gives a known rating, and red means overdue. */
import fc from 'fast-check';
import { rateAction, ratingContext } from '../../../src/core/rag';
import type { DateResult } from '../../../src/core/dates/types';
import type { ComputedRating } from '../../../src/core/plan/types';
import {
  aMilestone,
  anAction,
  aPlan,
  between,
  byMonth,
  checkpoints,
  none,
  onDay,
  openFrom,
  recurring,
  tbc,
  unparsed,
} from '../../support/plan-builder';

const RATINGS: ComputedRating[] = ['complete', 'green', 'yellow', 'amber', 'red', 'not-rated'];

const isoDay = fc
  .date({ min: new Date(Date.UTC(2010, 0, 1)), max: new Date(Date.UTC(2020, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const sortedPair = fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const dateResult: fc.Arbitrary<DateResult> = fc.oneof(
  isoDay.map((iso) => onDay(iso)),
  isoDay.map((iso) => byMonth(iso.slice(0, 7))),
  sortedPair.map(([start, end]) => between(start, end)),
  sortedPair.map(([a, b]) =>
    checkpoints([
      { start: a, end: a },
      { start: b, end: b },
    ]),
  ),
  isoDay.map((iso) => openFrom(iso)),
  fc.option(isoDay, { nil: null }).map((start) => recurring('termly', start)),
  fc.constant(tbc()),
  fc.constant(none()),
  fc.constant(unparsed('Easter')),
);

const action = fc
  .record({
    due: fc.option(dateResult, { nil: null }),
    start: fc.option(dateResult, { nil: null }),
    milestones: fc.array(fc.record({ when: dateResult, met: fc.boolean() }), { maxLength: 4 }),
    progress: fc.constantFrom('', 'Completed', 'ongoing', 'Delayed'),
    declared: fc.constantFrom(null, 'complete', 'green', 'amber', 'red'),
  })
  .map(({ milestones, ...fields }) =>
    anAction({ ...fields, milestones: milestones.map((milestone) => aMilestone(milestone)) }),
  );

function daysAfter(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The deadline rag.md says the rules use, worked out here independently of the engine. */
function expectedDue(subject: ReturnType<typeof anAction>): string | null {
  if (subject.due?.due) return subject.due.due;
  if (subject.due?.kind === 'open' || subject.due?.kind === 'recurring') return null;
  const ends = subject.milestones
    .map((milestone) => milestone.when.due)
    .filter((end): end is string => end !== null);
  return ends.length === 0 ? null : ends.sort()[ends.length - 1];
}

describe('rating random actions', () => {
  it('never throws, gives a known rating, and is red only when due before the as-of date', () => {
    fc.assert(
      fc.property(action, isoDay, fc.integer({ min: 0, max: 120 }), (subject, asOf, daysToNextMeeting) => {
        const ctx = ratingContext({ asOf, nextMeeting: daysAfter(asOf, daysToNextMeeting) });
        const result = rateAction(subject, aPlan(), ctx);
        expect(RATINGS).toContain(result.rating);
        expect(result.reason).not.toBe('');
        expect(result.reasonCy).not.toBe('');
        if (result.rating === 'red') {
          const due = expectedDue(subject);
          expect(due).not.toBeNull();
          expect(due! < asOf).toBe(true);
          expect(result.due).toBe(due);
        }
      }),
      { numRuns: 500 },
    );
  });
});
