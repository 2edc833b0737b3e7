/**
 * Owners: the people or teams named in an owner cell (catalogue §6.1).
 *
 * Cells list several owners separated by `;`, `/`, new lines and ` and `, but commas and ` and `
 * also sit inside role names (`Head of Strategy, Partnerships and Commissioning`,
 * `AD Access and Achievement`), and costs share the cell (`Lead Officer £20k`). So: split on the
 * unambiguous separators, split on commas only where each part reads as a role on its own, split
 * on ` and ` except inside a title (`Head of X and Y`), and cut costs off.
 */

/** Words that make a phrase read as a role or a team on its own. */
const ROLE_WORDS =
  /\b(head|heads|headteachers?|teachers?|officers?|managers?|directors?|leaders?|leads?|lead person|coordinators?|co-ordinators?|advis[eo]rs?|governors?|governing|chairs?|clerk|services?|team|teams|partners?|consultants?|staff|schools|academ(y|ies)|board|forum|panel|group|trust|council|authority|consortium|cabinet|members?|workers?|specialists?|practitioners?|principal|principle|senco|all)\b/i;

/** A role abbreviation anywhere in the phrase (`HT`, `CoG`, `LA`, `EAS`, `HoS`, `AD Access…`, `Senior IA`). */
const ABBREVIATION = /(^|[\s(])[A-Z][a-z]?[A-Z][A-Za-z]{0,4}s?(?=$|[\s)])/;

/** Title words that start a role name which may hold ` and ` (`Head of Standards and Effectiveness`). */
const TITLE_START =
  /^(head|ad|assistant director|deputy director|director|group manager|manager|principal|principle|senior manager|chief)\b/i;

/** Where a cost or effort starts: `£20k`, `Cost: …`, `TOTAL £500`, `10 days @ …`, `LA funded`. */
const COST_START =
  /£|\bcosts?\s*:|\btotal\b|[\d½¼¾]+\s*(x\s*)?(days?|hours?|hrs?)\b|@|\bfunded\b|\bper (day|person|delegate|head)\b/i;

/** Not a person: `TBC`, `N/A`, `-`. */
const NO_OWNER = /^(tb[ac]|to be (confirmed|agreed|decided|determined)|n\s*\/\s*a|none|[-–—?]+)$/i;

/** Owner cells repeat down a plan (`Senior IA`, `HoS`): each distinct cell is split once. */
const splitCache = new Map<string, readonly string[]>();
const SPLIT_CACHE_LIMIT = 5_000;

export function splitOwners(cell: string): string[] {
  const cached = splitCache.get(cell);
  if (cached) return [...cached];
  const owners = splitUncached(cell);
  if (cell.length <= 200) {
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    splitCache.set(cell, owners);
  }
  return [...owners];
}

function splitUncached(cell: string): string[] {
  if (NO_OWNER.test(cell.trim())) return [];
  const owners: string[] = [];
  const seen = new Set<string>();
  for (const line of joinWrappedLines(cell.split(/\r?\n/))) {
    for (const part of line.split(/;|\/(?!or\b)/i)) {
      for (const name of splitOnAnd(splitOnCommas(part))) {
        const owner = tidy(cutCost(name));
        const key = owner.toLowerCase();
        if (owner === '' || NO_OWNER.test(owner) || seen.has(key)) continue;
        seen.add(key);
        owners.push(owner);
      }
    }
  }
  return owners;
}

/** A role name wrapped over two lines (`Assistant Director –` / `Learning & Achievement`) is one line. */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const joined = carry === '' ? line : `${carry} ${line}`;
    if (/([-–—&,]|\b(and|of|for|to|the))$/i.test(joined)) carry = joined;
    else {
      out.push(joined);
      carry = '';
    }
  }
  if (carry !== '') out.push(carry);
  return out;
}

function readsAsRole(text: string): boolean {
  const trimmed = text.trim();
  return ROLE_WORDS.test(trimmed) || ABBREVIATION.test(trimmed);
}

/** Commas split only where the part after reads as a role; otherwise it belongs to the name before. */
function splitOnCommas(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(',')) {
    if (piece.trim() === '') continue;
    if (parts.length > 0 && !startsWithRole(piece)) parts[parts.length - 1] += `,${piece}`;
    else parts.push(piece);
  }
  return parts;
}

/** The first and-separated piece of a comma part decides (`CoG and senior IA` starts with a role). */
function startsWithRole(piece: string): boolean {
  return piece.split(/\s+and\s+/i).some((p) => readsAsRole(p));
}

/**
 * ` and ` separates owners unless it sits inside a title (`AD Access and Achievement`,
 * `Head of Service Standards and Effectiveness`): after a title start, an ` and ` followed by a
 * capitalised word, or by one lower-case word (`AD Access and achievement`), that is not itself a
 * role joins the name.
 */
function splitOnAnd(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const pieces = part.split(/\s+and\s+/);
    let current = pieces[0];
    for (const piece of pieces.slice(1)) {
      const insideTitle = TITLE_START.test(current.trim()) || /\bof\b/i.test(current);
      const namePart = /^[A-Z]/.test(piece.trim()) || /^[a-z]+$/.test(piece.trim()); // `… and achievement`
      if (insideTitle && namePart && !readsAsRoleStart(piece)) current += ` and ${piece}`;
      else {
        out.push(current);
        current = piece;
      }
    }
    out.push(current);
  }
  return out;
}

/** Whether text begins with a role of its own (`Senior IA …`, `Chair of Governors`, `HT`). */
function readsAsRoleStart(text: string): boolean {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return (
    /^(head|heads|headteachers?|chairs?|senior|director|governors?|all|lead|schools?)$/i.test(first) ||
    ABBREVIATION.test(first)
  );
}

function cutCost(text: string): string {
  const match = COST_START.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** Trailing separators and `(added Feb14)` notes are not part of the name. */
function tidy(text: string): string {
  return text
    .replace(/\((?:added|new)\b[^)]*\)/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:&\-–—]+|[\s,;:&\-–—]+$/g, '')
    .trim();
}
