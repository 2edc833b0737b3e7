import fc from 'fast-check';
import { normaliseHeader, roleForHeader } from '../../../src/core/plan';
import type { ColumnRole } from '../../../src/core/plan';

/**
 * Every header text of plans.md's role table and of the seed catalogue (§1.1–1.6), verbatim,
 * with the role plans.md gives it.
 */
const HEADERS: Record<ColumnRole, string[]> = {
  ref: ['No.', 'No', 'Ref', 'Ref.', '#', 'Action no', 'ID', 'Action ID', 'Issue ref'],
  group: [
    'Priority',
    'Recommendation',
    'Area for improvement',
    'Theme',
    'Objective',
    'Objectives',
    'Outcomes',
    'Improvement needed',
    'Improvement Needed',
    'Target for improvement',
    'Aspects',
    'Ofsted recommendations',
    'LA Priority',
    'Partnership priority',
    'Priority title',
    'Issue (Ofsted recommendation)',
    'Section',
  ],
  action: [
    'Action',
    'Actions',
    'What we will do',
    'Task',
    'Activity',
    'How',
    'Actions by schools',
    'Actions by Local Authority',
    'Actions by Education Achievement Service*',
    'Actions by Education Achievement Service',
  ],
  owner: [
    'Person responsible',
    'Person Responsible',
    'By whom? (inc lead person)',
    'Lead',
    'Lead person',
    'Lead Person',
    'Lead officer',
    'Who',
    'Who?',
    'Owner',
    'Responsible officer',
    'Personnel involved',
    'Key lead person',
    'Issue lead',
    'Resources: Lead Person',
  ],
  start: ['Start', 'Start date', 'From', 'Timescales: Start'],
  due: [
    'Finish',
    'End',
    'End date',
    'Due',
    'Due date',
    'Deadline',
    'Target date',
    'Completion date',
    'Completion dates',
    'Compl etion dates',
    'Compl e-tion dates',
    'By when',
    'When',
    'When?',
    'Date',
    'Timescale',
    'Timescales',
    'Tim escales',
    'Timescales: Finish',
  ],
  review: [
    'Monitoring date',
    'Review date',
    'Date of evaluation',
    'Date of Evaluation',
    'How will we review activity',
    'How will we review Activity?',
    'Monitoring Strategies (Internal)',
  ],
  milestone: [
    'Milestone',
    'Milestones',
    'Milestone 1 (Date)',
    'Milestone 2 (Date)',
    'Milestone 3 (Date)',
    'Milestone 4 (Date)',
    'Milestone 5 (Date)',
    'Milesto ne 4 (Date)',
    'Success Criteria: Milestones',
  ],
  success: [
    'Success criteria',
    'Success Criteria',
    'What success will look like',
    'Milestone / success criteria / progress',
    'How measured',
    'How Measured',
    'Output Targets',
    'Section success criteria',
  ],
  progress: [
    'Progress',
    'Progress (Oct 2013)',
    'Progress (March 2014)',
    'Progress (Feb/March 2014)',
    'Update',
    'Commentary',
    'Evaluation',
    'Comments',
  ],
  rag: ['RAG', 'RAG status', 'BRAG', 'Status', 'Evaluation and RAG', 'Judgement'],
  resources: ['Resources', 'Cost', 'Funding', '2014/15 Resource and source of funding', 'Tariff'],
};

describe('roleForHeader: the header dictionary', () => {
  for (const [role, headers] of Object.entries(HEADERS)) {
    it.each(headers)(`reads "%s" as ${role}`, (header) => {
      expect(roleForHeader(header)).toBe(role);
    });
  }

  it.each(['', '   ', 'Transcriber note', 'Targets', 'Trend', 'Welsh Average', '2015', 'Oct 2013'])(
    'gives no role to "%s"',
    (header) => {
      expect(roleForHeader(header)).toBeNull();
    },
  );

  it('lets the more specific role win where a header names two', () => {
    expect(roleForHeader('Milestone / success criteria / progress')).toBe('success');
    expect(roleForHeader('Evaluation and RAG')).toBe('rag');
    expect(roleForHeader('Start date')).toBe('start');
    expect(roleForHeader('Monitoring date')).toBe('review');
    expect(roleForHeader('Progress against milestones')).toBe('progress');
  });

  it('ignores case, line breaks, runs of spaces and a trailing ?, : or *', () => {
    expect(roleForHeader('PERSON\nRESPONSIBLE')).toBe('owner');
    expect(roleForHeader('  Due   date:  ')).toBe('due');
    expect(roleForHeader('Success criteria*')).toBe('success');
    expect(roleForHeader('Lead?')).toBe('owner');
    expect(roleForHeader('Completion\u00a0dates')).toBe('due');
  });

  it('reads Welsh and bilingual headers', () => {
    expect(roleForHeader('Cam gweithredu')).toBe('action');
    expect(roleForHeader('Action / Cam gweithredu')).toBe('action');
    expect(roleForHeader('Person cyfrifol')).toBe('owner');
    expect(roleForHeader('Dyddiad cwblhau')).toBe('due');
    expect(roleForHeader('Dyddiad cychwyn')).toBe('start');
    expect(roleForHeader('Cynnydd')).toBe('progress');
    expect(roleForHeader('Meini prawf llwyddiant')).toBe('success');
    expect(roleForHeader('Blaenoriaeth')).toBe('group');
    expect(roleForHeader('Statws RAG')).toBe('rag');
    expect(roleForHeader('Adnoddau')).toBe('resources');
  });
});

describe('normaliseHeader', () => {
  it('joins a word broken by a stray space only when the joined word is known', () => {
    expect(normaliseHeader('Compl etion dates')).toBe('completion dates');
    expect(normaliseHeader('Compl e-tion dates')).toBe('completion dates');
    expect(normaliseHeader('Tim escales')).toBe('timescales');
    expect(normaliseHeader('Lead person')).toBe('lead person');
    expect(normaliseHeader('Action no')).toBe('action no');
  });
});

describe('roleForHeader properties', () => {
  const roles = new Set<string>(Object.keys(HEADERS));

  it('never throws and gives a known role or null for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const role = roleForHeader(text);
        return role === null || roles.has(role);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every catalogue header the same role whatever its case, spacing or trailing marks', () => {
    const known = Object.entries(HEADERS).flatMap(([role, headers]) =>
      headers.map((h) => [h, role] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...known),
        fc.boolean(),
        fc.constantFrom('', ' ', '  \n', '\t'),
        fc.constantFrom('', '?', ':', '*', ' ?', ':*'),
        ([header, role], upper, pad, mark) => {
          const written = `${pad}${upper ? header.toUpperCase() : header.toLowerCase()}${mark}${pad}`;
          return roleForHeader(written) === role;
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
