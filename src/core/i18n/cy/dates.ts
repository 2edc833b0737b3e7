/**
 * Messages of the date engine (Welsh): the same shape as `../en/dates.ts`. Templates avoid putting
 * a span straight after a preposition that mutates (`o`, `at`), so that month and term names can be
 * dropped in as they are: `yn dechrau Medi 2014`, `hyd Rhagfyr 2015`, `erbyn diwedd Hydref 2015`.
 */
import type { Half, TermName } from '../../dates/calendar';
import type { DatesMessages, UnparsedReason } from '../en/dates';

const termNames: Record<TermName, string> = {
  autumn: 'tymor yr Hydref',
  spring: 'tymor y Gwanwyn',
  summer: 'tymor yr Haf',
};

const halfNames: Record<Half, (term: string) => string> = {
  1: (term) => `hanner cyntaf ${term}`,
  2: (term) => `ail hanner ${term}`,
};

/** Holidays a workbook's calendar may name, as Welsh writes them. */
const holidayNames: Record<string, string> = {
  easter: 'y Pasg',
  christmas: 'y Nadolig',
  xmas: 'y Nadolig',
  whitsun: 'y Sulgwyn',
  whitsuntide: 'y Sulgwyn',
};

const holidayName = (name: string | null): string =>
  name === null ? 'y gwyliau hynny' : (holidayNames[name] ?? name.charAt(0).toUpperCase() + name.slice(1));

const reasons: Record<UnparsedReason, (name: string | null) => string> = {
  'no-such-day': () => "nid yw'r diwrnod hwnnw'n bodoli",
  'ends-before-start': () => "mae'n gorffen cyn iddo ddechrau",
  'year-range': () => "rhaid i'r flwyddyn fod rhwng 1990 a 2100",
  'term-no-year': () => "tymor heb flwyddyn, ac nid yw blwyddyn academaidd y cynllun wedi'i gosod",
  'no-year': () => "nid oes blwyddyn wedi'i rhoi",
  holiday: (name) => `nid yw calendr y llyfr gwaith hwn yn cynnwys ${holidayName(name)}`,
  'not-a-term': () => "nid yw'r gaeaf yn dymor ysgol",
};

const cadence: DatesMessages['cadence'] = {
  weekly: 'Bob wythnos',
  fortnightly: 'Bob pythefnos',
  monthly: 'Bob mis',
  'half-termly': 'Bob hanner tymor',
  termly: 'Bob tymor',
  quarterly: 'Bob chwarter',
  'twice-yearly': 'Ddwywaith y flwyddyn',
  annually: 'Bob blwyddyn',
  ongoing: 'Parhaus',
};

export const datesMessages: DatesMessages = {
  monthNames: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  monthAbbreviations: [
    'Ion',
    'Chwef',
    'Maw',
    'Ebr',
    'Mai',
    'Meh',
    'Gorff',
    'Awst',
    'Medi',
    'Hyd',
    'Tach',
    'Rhag',
  ],
  month: (name, year) => `${name} ${year}`,
  term: (term, year) => `${termNames[term]} ${year}`,
  halfTerm: (term, half, year) => `${halfNames[half](termNames[term])} ${year}`,
  academicYear: (years) => `blwyddyn academaidd ${years}`,
  financialYear: (years) => `blwyddyn ariannol ${years}`,
  financialQuarter: (quarter, years) => `chwarter ${quarter} blwyddyn ariannol ${years}`,
  calendarQuarter: (quarter, year) => `chwarter ${quarter} ${year}`,
  weekCommencing: (day) => `yr wythnos yn dechrau ${day}`,
  named: (name, year) => `${holidayName(name)} ${year}`,
  withSpan: (name, span) => `${name} (${span})`,
  range: (from, to) => `${from} hyd ${to}`,
  deadline: (what) => `Erbyn diwedd ${what}`,
  deadlineDay: (day) => `Erbyn ${day}`,
  startsFrom: (what) => `Yn dechrau ${what}, heb ddyddiad gorffen`,
  thenOngoing: (what) => `${what}, yna'n parhau`,
  after: (what, firstDay) => `Ar ôl ${what}: yn dechrau ${firstDay}, heb ddyddiad gorffen`,
  cadence,
  recurring: (which, from, until) => {
    const word = cadence[which];
    if (from !== null && until !== null) return `${word}, yn dechrau ${from}, hyd ${until}`;
    if (from !== null) return `${word}, yn dechrau ${from}`;
    if (until !== null) return `${word}, hyd ${until}`;
    return which === 'ongoing' ? 'Parhaus, heb ddyddiad gorffen' : word;
  },
  checkpoints: (items) => `Pwyntiau gwirio (${items.length}): ${items.join('; ')}`,
  tbc: "I'w gadarnhau: dim dyddiad eto",
  none: "Dim dyddiad wedi'i roi",
  unparsed: (reason, name) =>
    reason === null ? 'Heb ei ddeall fel dyddiad' : `Heb ei ddeall fel dyddiad: ${reasons[reason](name)}`,
  embedded: (inner, searchedChars) =>
    searchedChars === null
      ? `${inner} (wedi'i ganfod o fewn testun hirach)`
      : `${inner} (wedi'i ganfod o fewn testun hirach; dim ond y ${searchedChars.toLocaleString('en-GB')} nod cyntaf a chwiliwyd)`,
  yearFromPlan: (inner, years) => `${inner} (y flwyddyn o flwyddyn academaidd y cynllun, ${years})`,
  writtenTwice: (inner) => `${inner} (wedi'i ysgrifennu ddwywaith)`,
};
