/** Refs written inside the action text, and `New action added <date>:` prefixes. */
import { parseTimescale } from '../dates';
import type { SchoolCalendar } from '../dates/types';

/**
 * A ref at the start of the action text: `1.1 A Walsall…`, `14.2.3 Review…`, `1a (i) Agree…`,
 * `3) Train…`. A bare number needs a dot or bracket after it (`2 schools will…` is not a ref),
 * and each part of a dotted ref has at most three digits (`2015 …` is a year, not a ref).
 */
const LEADING_REF =
  /^\s*(\d{1,3}(?:\.\d{1,3})+[a-z]?(?:\s?\((?:[ivx]{1,5}|[a-z])\))?|\d{1,3}[a-z](?:\s?\((?:[ivx]{1,5}|[a-z])\))?|\d{1,3}(?=[.)]\s)|\d{1,3}\s?\((?:[ivx]{1,5}|[a-z])\))[.):]?\s+(?=\S)/i;

export function leadingRef(text: string): string | null {
  const match = LEADING_REF.exec(text.slice(0, 40));
  return match ? match[1] : null;
}

/** `New action added March 2014:`, `New action from March 2014:` (Bridgend). */
const ADDED_PREFIX = /\bnew action (?:added|from)\s+(?:in\s+|on\s+)?([^:]{1,40}?)\s*:/i;

/** The first day of the span named in a `New action added …:` prefix, ISO; null when there is none. */
export function addedOn(text: string, calendar: SchoolCalendar): string | null {
  const match = ADDED_PREFIX.exec(text.slice(0, 120));
  if (!match) return null;
  const when = parseTimescale(match[1], { calendar });
  return when.start ?? when.end ?? null;
}
