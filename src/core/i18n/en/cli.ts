/** Messages of the `actionplan` command line (en-GB). Dates arrive already written as `31 Oct 2015`. */

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const cliMessages = {
  describe: {
    validate: 'Read the action plan(s) in a workbook and list what needs fixing.',
    rag: 'Rate every action (RAG) and, with --out, write a copy with Computed RAG and Reason columns.',
    file: 'the .xlsx workbook to read',
    sheet: 'read the plan on this sheet only',
    table: 'read the plan in this Excel table only',
    asOf: 'the date to check against, YYYY-MM-DD (default: today)',
    asOfRag: 'the date to rate against, YYYY-MM-DD',
    nextMeeting: 'the next board meeting, YYYY-MM-DD (default: four weeks after --as-of)',
    rules: 'a built-in rule set (deadlines, judgement) or a rule set .json file',
    out: 'write a rated copy of the workbook here (the input is never changed)',
    json: 'print one JSON document instead of text',
  },
  notADate: (option: string, value: string) =>
    `${option} "${value}" is not a date: write it as YYYY-MM-DD, for example 2015-11-11.`,
  meetingBeforeAsOf: (nextMeeting: string, asOf: string) =>
    `--next-meeting ${nextMeeting} is before --as-of ${asOf}: give a next meeting on or after the as-of date.`,
  rulesFileMissing: (file: string) => `rule set file ${file} was not found: check the file name and folder.`,
  rulesFileUnreadable: (file: string, reason: string) =>
    `rule set file ${file} could not be read (${reason}).`,
  outNotXlsx: (file: string) => `--out ${file} must end in .xlsx, so that Excel opens it.`,

  validate: {
    checked: (source: string, plans: number, actions: number) =>
      `Checked ${source}: ${plural(plans, 'plan')}, ${plural(actions, 'action')}.`,
    planLine: (where: string, headerRow: number, actions: number) =>
      `  ${where} (header row ${headerRow}): ${plural(actions, 'action')}`,
    noFindings: 'No problems found.',
    totals: (errors: number, warnings: number) =>
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
  },

  rag: {
    heading: (asOf: string, nextMeeting: string, ruleSet: string) =>
      `As of ${asOf}; next meeting ${nextMeeting}; rule set "${ruleSet}".`,
    noGroup: '(no group)',
    totals: (actions: number, counts: string) => `${plural(actions, 'action')}: ${counts}.`,
    wrote: (file: string) => `Wrote ${file} with Computed RAG and Reason columns beside each plan.`,
  },

  planName: (sheet: string, table: string | null) =>
    table ? `Table ${table} on sheet ${sheet}` : `Sheet ${sheet}`,
} as const;
