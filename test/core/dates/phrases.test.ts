/** Dates inside success criteria: `By <date>` milestones and lower-case `by <date>` deadlines. */
import {
  calendarForAcademicYear,
  findDatedPhrases,
  findDeadlineMentions,
  looksLikeAmbiguousNumericDate,
} from '../../../src/core/dates';

describe('findDatedPhrases', () => {
  it('splits a success-criteria cell into its By milestones, in the order written', () => {
    const text =
      'By Nov 15 Accredited moderators established within every partnership By Feb 16 Moderators actively deployed By July 16 Close alignment of teacher assessment and test results';
    const phrases = findDatedPhrases(text);
    expect(phrases.map((phrase) => [phrase.when.end, phrase.text])).toEqual([
      ['2015-11-30', 'Accredited moderators established within every partnership'],
      ['2016-02-29', 'Moderators actively deployed'],
      ['2016-07-31', 'Close alignment of teacher assessment and test results'],
    ]);
    expect(phrases.map((phrase) => phrase.index)).toEqual([
      0,
      text.indexOf('By Feb'),
      text.indexOf('By July'),
    ]);
    expect(phrases[0].when).toMatchObject({
      kind: 'period',
      start: null,
      due: '2015-11-30',
      text: 'By Nov 15',
    });
  });

  it('keeps a milestone out of order as written (the checks flag it)', () => {
    const phrases = findDatedPhrases('By Nov 15 One By Feb 15 Two');
    expect(phrases.map((phrase) => phrase.when.due)).toEqual(['2015-11-30', '2015-02-28']);
  });

  it('starts a milestone at a capital By wherever it stands, and drops the joining colon', () => {
    const phrases = findDatedPhrases(
      'Milestones: By September 2015: New strategy published. By the end of the summer term 2016 - all trained',
    );
    expect(phrases.map((phrase) => [phrase.when.due, phrase.text])).toEqual([
      ['2015-09-30', 'New strategy published.'],
      ['2016-07-31', 'all trained'],
    ]);
  });

  it('ignores a lower-case by, and a By that is not followed by a date', () => {
    expect(findDatedPhrases('vacancies are filled by July 2015')).toEqual([]);
    expect(findDatedPhrases('By whom: the LA. By then all schools')).toEqual([]);
  });

  it('reads a term without a year in the plan year', () => {
    const phrases = findDatedPhrases('By October half term Leads appointed', {
      calendar: calendarForAcademicYear(2015),
    });
    expect(phrases).toHaveLength(1);
    expect(phrases[0].when.due).toBe('2015-10-31');
    expect(phrases[0].text).toBe('Leads appointed');
  });

  it('never throws and finds nothing in text without milestones', () => {
    expect(findDatedPhrases('')).toEqual([]);
    expect(findDatedPhrases('\u0000By\u202e')).toEqual([]);
  });
});

describe('findDeadlineMentions', () => {
  it('finds lower-case deadlines inside sentences', () => {
    const text =
      'Attendance at training represents over 60% schools by April 2015 and 80% schools by December 2015.';
    const mentions = findDeadlineMentions(text);
    expect(mentions.map((mention) => [mention.text, mention.when.due, mention.index])).toEqual([
      ['by April 2015', '2015-04-30', text.indexOf('by April')],
      ['by December 2015', '2015-12-31', text.indexOf('by December')],
    ]);
  });

  it('finds no later than and on or before, in any case', () => {
    const mentions = findDeadlineMentions(
      'Strategy is agreed on or before 1 st January 2015. No later than July 2016 it is reviewed.',
    );
    expect(mentions.map((mention) => [mention.text, mention.when.due])).toEqual([
      ['on or before 1 st January 2015', '2015-01-01'],
      ['No later than July 2016', '2016-07-31'],
    ]);
  });

  it('leaves capital By milestones to findDatedPhrases', () => {
    expect(findDeadlineMentions('By Nov 15 moderators are in place by July 2015')).toEqual([
      expect.objectContaining({ text: 'by July 2015' }),
    ]);
  });

  it('ignores by followed by something that is not a date', () => {
    expect(findDeadlineMentions('led by the head teacher by 2015')).toEqual([]);
  });
});

describe('looksLikeAmbiguousNumericDate', () => {
  it.each(['04/07/14', '07/04/2014', '4.7.14', '04-07-2014', ' 1/2/15 '])(
    '%j could be read either way',
    (text) => {
      expect(looksLikeAmbiguousNumericDate(text)).toBe(true);
    },
  );

  it.each(['13/04/2014', '04/13/2014', '04/04/2014', '2014-07-04', 'Oct 15', '4/7', '04/07/14 and more', ''])(
    '%j could not',
    (text) => {
      expect(looksLikeAmbiguousNumericDate(text)).toBe(false);
    },
  );
});
