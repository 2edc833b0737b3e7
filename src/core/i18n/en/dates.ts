/**
 * Messages of the date engine (en-GB): month and term names and the templates of a parse's note
 * (`Autumn term 2013 (1 Sep - 31 Dec 2013), then ongoing`). Spans arrive already formatted.
 * The Welsh file (`../cy/dates.ts`) fills the same shape.
 */
import type { Half, TermName } from '../../dates/calendar';
import type { Cadence } from '../../dates/types';

/** Why an expression was not understood, when the parser can tell. */
export type UnparsedReason =
  'no-such-day' | 'ends-before-start' | 'year-range' | 'term-no-year' | 'no-year' | 'holiday' | 'not-a-term';

export interface DatesMessages {
  /** January..December. */
  monthNames: readonly string[];
  /** Jan..Dec, as in `31 Oct 2015`. */
  monthAbbreviations: readonly string[];
  month(name: string, year: number): string;
  term(term: TermName, year: number): string;
  halfTerm(term: TermName, half: Half, year: number): string;
  /** `years` is written `2014/15`. */
  academicYear(years: string): string;
  financialYear(years: string): string;
  financialQuarter(quarter: number, years: string): string;
  calendarQuarter(quarter: number, year: number): string;
  weekCommencing(day: string): string;
  /** A span the workbook's calendar names (`easter`). */
  named(name: string, year: number): string;
  /** A name followed by the days it covers. */
  withSpan(name: string, span: string): string;
  range(from: string, to: string): string;
  deadline(what: string): string;
  deadlineDay(day: string): string;
  startsFrom(what: string): string;
  thenOngoing(what: string): string;
  after(what: string, firstDay: string): string;
  cadence: Record<Cadence, string>;
  recurring(cadence: Cadence, from: string | null, until: string | null): string;
  checkpoints(items: string[]): string;
  tbc: string;
  none: string;
  unparsed(reason: UnparsedReason | null, name: string | null): string;
  embedded(inner: string, searchedChars: number | null): string;
  yearFromPlan(inner: string, years: string): string;
  writtenTwice(inner: string): string;
}

const termNames: Record<TermName, string> = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' };

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const reasons: Record<UnparsedReason, (name: string | null) => string> = {
  'no-such-day': () => 'that day does not exist',
  'ends-before-start': () => 'it ends before it starts',
  'year-range': () => 'years must be between 1990 and 2100',
  'term-no-year': () => "a term with no year, and the plan's academic year is not set",
  'no-year': () => 'no year is given',
  holiday: (name) => `${capitalised(name ?? 'that holiday')} is not in this workbook's calendar`,
  'not-a-term': (name) => `${capitalised(name ?? 'that season')} is not a school term`,
};

export const datesMessages: DatesMessages = {
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthAbbreviations: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  month: (name, year) => `${name} ${year}`,
  term: (term, year) => `${termNames[term]} term ${year}`,
  halfTerm: (term, half, year) => `${termNames[term]} ${half} half term ${year}`,
  academicYear: (years) => `academic year ${years}`,
  financialYear: (years) => `financial year ${years}`,
  financialQuarter: (quarter, years) => `Q${quarter} of financial year ${years}`,
  calendarQuarter: (quarter, year) => `Q${quarter} ${year}`,
  weekCommencing: (day) => `week commencing ${day}`,
  named: (name, year) => `${capitalised(name)} ${year}`,
  withSpan: (name, span) => `${name} (${span})`,
  range: (from, to) => `${from} to ${to}`,
  deadline: (what) => `By the end of ${what}`,
  deadlineDay: (day) => `By ${day}`,
  startsFrom: (what) => `From ${what}, no end date`,
  thenOngoing: (what) => `${what}, then ongoing`,
  after: (what, firstDay) => `After ${what}: from ${firstDay}, no end date`,
  cadence: {
    weekly: 'Weekly',
    fortnightly: 'Fortnightly',
    monthly: 'Monthly',
    'half-termly': 'Half-termly',
    termly: 'Termly',
    quarterly: 'Quarterly',
    'twice-yearly': 'Twice a year',
    annually: 'Annually',
    ongoing: 'Ongoing',
  },
  recurring: (cadence, from, until) => {
    const word = datesMessages.cadence[cadence];
    if (from !== null && until !== null) return `${word}, from ${from} until ${until}`;
    if (from !== null) return `${word}, from ${from}`;
    if (until !== null) return `${word}, until ${until}`;
    return cadence === 'ongoing' ? 'Ongoing, no end date' : word;
  },
  checkpoints: (items) => `Checkpoints (${items.length}): ${items.join('; ')}`,
  tbc: 'To be confirmed: no date yet',
  none: 'No date given',
  unparsed: (reason, name) =>
    reason === null ? 'Not understood as a date' : `Not understood as a date: ${reasons[reason](name)}`,
  embedded: (inner, searchedChars) =>
    searchedChars === null
      ? `${inner} (found inside longer text)`
      : `${inner} (found inside longer text; only the first ${searchedChars.toLocaleString('en-GB')} characters were searched)`,
  yearFromPlan: (inner, years) => `${inner} (year from the plan's academic year ${years})`,
  writtenTwice: (inner) => `${inner} (written twice)`,
};
