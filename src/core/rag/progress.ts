/** What an officer's progress text says about completion (rag.md rule 1 and the contradiction check). */

/** Bullets and dashes that start pasted list items: `- Done`, `• Completed`, `– Achieved`. */
const LEADING_BULLETS = /^[\s\-–—•*·‣◦▪●○]+/u;
const COMPLETION_WORD = /^(complete|completed|achieved|done)\b/i;

/**
 * Phrases that say the work is not finished. Longer phrases come first so that the one quoted back to
 * the officer is the whole phrase (`not completed`, not `not complete`).
 */
const STILL_OPEN =
  /\b(not yet|not started|not completed?|incomplete|in progress|on-?going|on going|under ?way|delayed|behind schedule|slipped|partially|partly|awaiting|pending|still to)\b/i;

function withoutBullet(text: string): string {
  return text.replace(LEADING_BULLETS, '').trim();
}

/** True when the progress text starts with Complete, Completed, Achieved or Done. */
export function progressSaysComplete(progress: string): boolean {
  return COMPLETION_WORD.test(withoutBullet(progress));
}

/**
 * The phrase, as written, by which progress says the action is still open; null when it says no
 * such thing or when it starts by saying the action is complete.
 */
export function progressStillOpenPhrase(progress: string): string | null {
  if (progressSaysComplete(progress)) return null;
  const match = STILL_OPEN.exec(progress);
  return match === null ? null : match[0];
}

/** The start of the progress text, as quoted in a reason. */
export function progressExcerpt(progress: string, maxLength = 40): string {
  const flat = withoutBullet(progress).replace(/\s+/g, ' ');
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')} ...`;
}
