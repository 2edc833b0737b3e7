/**
 * Today and now as a UK officer sees them, whatever the machine's time zone: plans, meetings and
 * "prepared at" stamps are all in UK days and UK clock time.
 */

function ukParts(now: Date, withTime: boolean): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).formatToParts(now);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** Today's date in the UK, ISO `YYYY-MM-DD`. */
export function todayInUk(now: Date = new Date()): string {
  const part = ukParts(now, false);
  return `${part.year}-${part.month}-${part.day}`;
}

/** Now in the UK to the minute: `2015-11-04T09:30`. */
export function nowInUk(now: Date = new Date()): string {
  const part = ukParts(now, true);
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}
