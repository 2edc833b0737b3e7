/**
 * The header dictionary: which column role a header's text names (plans.md, "Column roles").
 *
 * Headers are matched by phrases rather than exact text because every council words them
 * differently, and text pasted from PDFs carries broken words (`Compl etion dates`, `Tim escales`).
 * When a header names two roles the more specific one wins: each phrase carries a weight, and
 * the heaviest phrase found decides (`Milestone / success criteria / progress` is success,
 * `Evaluation and RAG` is rag, `Start date` is start).
 */
import type { ColumnRole } from './types';

interface Phrase {
  role: ColumnRole;
  weight: number;
  pattern: RegExp;
}

/** Whole headers that are too short or too common to find by phrase. */
const EXACT = new Map<string, ColumnRole>([
  ['no', 'ref'],
  ['no.', 'ref'],
  ['ref', 'ref'],
  ['ref.', 'ref'],
  ['#', 'ref'],
  ['id', 'ref'],
  ['number', 'ref'],
  ['rhif', 'ref'],
  ['how', 'action'], // Annex tables: `Objectives | How | When | Output Targets`
  ['from', 'start'],
]);

/** Heavier phrases win; see the module comment. Welsh phrases sit beside their English ones. */
const PHRASES: Phrase[] = [
  {
    role: 'rag',
    weight: 90,
    pattern: /\bb?rag\b|\br\s*\/\s*a\s*\/\s*g\b|\bstatus\b|\bstatws\b|\bjudge?ments?\b|\brating\b/,
  },
  {
    role: 'review',
    weight: 85,
    pattern:
      /\bmonitor(ing|ed)?\b|\breview(s|ed|ing)?\b|\bdate of evaluation\b|\bevaluation date\b|\badolyg|\bmonitro\b/,
  },
  // `Action no`, `Issue ref`: a number or reference of something is a ref column.
  { role: 'ref', weight: 82, pattern: /(^|\s)(no|ref|id|number|reference)\.?$|^(ref|reference)\b/ },
  {
    role: 'success',
    weight: 80,
    pattern:
      /\bsuccess\b|\bhow measured\b|\bhow will we know\b|\boutput targets?\b|\bexpected (outcomes?|impact)\b|\boutcome measures?\b|\bperformance measures?\b|\bimpact\b|\bmeini prawf\b|\bllwyddiant\b/,
  },
  // A header that starts with "progress" is a progress column whatever follows
  // (`Progress (March 2014)`, `Progress against milestones`).
  { role: 'progress', weight: 79, pattern: /^(progress|cynnydd)\b/ },
  { role: 'milestone', weight: 75, pattern: /\bmilestones?\b|\bcerrig milltir\b|\bcarreg filltir\b/ },
  {
    role: 'owner',
    weight: 70,
    pattern:
      /\bresponsib|\bby whom\b|\bwho\b|\blead(s|er|ers)?\b|\bowners?\b|\bpersonnel\b|\baccountab|\bperson\b|\bcyfrifol|\barweinydd|\bpwy\b/,
  },
  { role: 'start', weight: 65, pattern: /\bstart(s|ing)?\b|\bbegin|\bcommenc|\bcychwyn\b|\bdechrau\b/ },
  {
    role: 'due',
    weight: 60,
    pattern:
      /\bfinish(ed)?\b|\bend\b|\bdue\b|\bdeadlines?\b|\btarget dates?\b|\bcompletion\b|\bwhen\b|\bdates?\b|\btimescales?\b|\btimeframes?\b|\btiming\b|\bdyddiad\b|\bamserlen\b|\bpryd\b|\bcwblhau\b/,
  },
  {
    role: 'progress',
    weight: 55,
    pattern:
      /\bprogress\b|\bupdates?\b|\bcommentary\b|\bevaluation\b|\bcomments?\b|\bcynnydd\b|\bdiweddariad\b|\bsylwadau\b/,
  },
  {
    role: 'action',
    weight: 50,
    pattern:
      /\bactions?\b|\bwhat we will do\b|\btasks?\b|\bactivit(y|ies)\b|\bcam(au)? gweithredu\b|\bgweithred/,
  },
  {
    role: 'group',
    weight: 45,
    pattern:
      /\bpriorit(y|ies)\b|\brecommendations?\b|\bareas? (for|of) (improvement|development|focus)\b|\bthemes?\b|\bobjectives?\b|\boutcomes?\b|\bimprovement needed\b|\btargets? for improvement\b|\baspects?\b|\bsections?\b|\bissues?\b|\bstrands?\b|\bblaenoriaeth|\bargymhelliad|\bamcan|\bthema\b|\bdeilliann?/,
  },
  {
    role: 'resources',
    weight: 40,
    pattern: /\bresources?\b|\btariffs?\b|\bcosts?\b|\bfunding\b|\bbudget\b|\bcyllid\b|\badnoddau\b/,
  },
];

/**
 * Words a header may hold, for re-joining words broken by a stray space (`Compl etion`,
 * `Tim escales`, `Milesto ne`). Only a join that makes one of these words is made.
 */
const HEADER_WORDS = new Set(
  (
    'action actions activity activities completion completed timescale timescales timeframe milestone milestones ' +
    'responsible responsibility resources recommendation recommendations improvement monitoring evaluation ' +
    'progress priority priorities commentary comments success criteria deadline outcomes outcome aspects objective ' +
    'objectives person officer review date dates start finish funding judgement status update theme target targets ' +
    'needed whom when lead owner measured reference section issue schools authority education achievement service'
  ).split(' '),
);

/** Lower-case, folded white space, trailing `?`, `:` and `*` dropped, broken words re-joined. */
export function normaliseHeader(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim()
    .replace(/[\s?:*]+$/, '');
  return joinBrokenWords(folded);
}

function joinBrokenWords(text: string): string {
  const tokens = text.split(' ');
  if (tokens.length < 2 && !text.includes('-')) return text;
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const joined = longestKnownJoin(tokens, i);
    if (joined) {
      out.push(joined.word);
      i += joined.length;
    } else {
      out.push(tokens[i]);
      i += 1;
    }
  }
  return out.join(' ');
}

/** Up to three tokens (a soft hyphen break such as `e-tion` removed) that join into a known word. */
function longestKnownJoin(tokens: string[], start: number): { word: string; length: number } | null {
  for (let length = Math.min(3, tokens.length - start); length >= 2; length--) {
    const parts = tokens.slice(start, start + length);
    const word = parts.join('').replace(/-/g, '');
    if (HEADER_WORDS.has(word) && !parts.every((part) => HEADER_WORDS.has(part))) return { word, length };
  }
  const single = tokens[start].replace(/-/g, '');
  return single !== tokens[start] && HEADER_WORDS.has(single) ? { word: single, length: 1 } : null;
}

function roleOfNormalised(text: string): ColumnRole | null {
  if (text === '') return null;
  const exact = EXACT.get(text);
  if (exact) return exact;
  let best: Phrase | null = null;
  for (const phrase of PHRASES) {
    if ((!best || phrase.weight > best.weight) && phrase.pattern.test(text)) best = phrase;
  }
  return best ? best.role : null;
}

/**
 * The role a header names, or null. A header flattened from two rows (`Resources: Lead Person`,
 * `Timescales: Start`) takes its lower part's role when that is known, as a two-row header does.
 */
export function roleForHeader(text: string): ColumnRole | null {
  if (typeof text !== 'string') return null;
  const normalised = normaliseHeader(text);
  const colon = normalised.indexOf(': ');
  if (colon > 0) {
    const lower = roleOfNormalised(normalised.slice(colon + 2).trim());
    if (lower) return lower;
    return roleOfNormalised(normalised.slice(0, colon).trim());
  }
  return roleOfNormalised(normalised);
}

/**
 * The date part of a dated progress header (`Progress (Oct 2013)`, `Progress (Feb/March 2014)`,
 * `Update March 2014`): the text the date engine should read, or null when there is none.
 */
export function headerDateText(header: string): string | null {
  const bracketed = /\(([^()]*)\)/.exec(header);
  if (bracketed && bracketed[1].trim() !== '') return bracketed[1].trim();
  const rest = header
    .replace(/^\s*(progress|update|commentary|evaluation|comments?|cynnydd)\b/i, '')
    .replace(/^[\s:,/\-–—]+/, '')
    .trim();
  return rest === '' || rest === header.trim() ? null : rest;
}
