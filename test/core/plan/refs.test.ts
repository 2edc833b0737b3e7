import { defaultCalendar } from '../../../src/core/dates';
import { leadingRef } from '../../../src/core/plan';
import { addedOn } from '../../../src/core/plan/refs';

describe('leadingRef: a ref written at the start of the action text', () => {
  it.each([
    ['1.1 A Walsall School Leadership Strategy (WSLS) is drafted', '1.1'],
    ['1.14 Robust discussions with Academy leaders', '1.14'],
    ['14.2.3 Review School Improvement strategy', '14.2.3'],
    ['1a (i) Agree the focus of moderation', '1a (i)'],
    ['1b Train the leading teachers', '1b'],
    ['3) Train governors', '3'],
    ['2. Publish the programme', '2'],
  ])('finds the ref in "%s"', (text, ref) => {
    expect(leadingRef(text)).toBe(ref);
  });

  it.each([
    '2 schools will pilot the scheme',
    '2015 review of governance',
    '100% of schools submit data',
    'Oct 15 training for governors',
    'Identify schools with effective pupil tracking systems.',
    '',
  ])('finds no ref in "%s"', (text) => {
    expect(leadingRef(text)).toBeNull();
  });
});

describe('addedOn: the "New action added <date>:" prefix', () => {
  it('gives the first day of the named month', () => {
    expect(addedOn('New action added March 2014: Analyse data from the CSC Survey', defaultCalendar)).toBe(
      '2014-03-01',
    );
    expect(addedOn('New action from March 2014: Attendance panels', defaultCalendar)).toBe('2014-03-01');
  });

  it('gives null when there is no prefix', () => {
    expect(addedOn('Improve quality of tracking pupil progress', defaultCalendar)).toBeNull();
  });
});
