import { nowInUk, todayInUk } from '../../../src/core/dates';

describe('the UK clock', () => {
  it('gives the UK day, not the machine’s: half past eleven UTC on a summer night is already tomorrow', () => {
    const summerNight = new Date(Date.UTC(2015, 6, 1, 23, 30));
    expect(todayInUk(summerNight)).toBe('2015-07-02');
    expect(nowInUk(summerNight)).toBe('2015-07-02T00:30');
  });

  it('uses Greenwich time in winter', () => {
    const winterNight = new Date(Date.UTC(2015, 10, 11, 23, 30));
    expect(todayInUk(winterNight)).toBe('2015-11-11');
    expect(nowInUk(winterNight)).toBe('2015-11-11T23:30');
  });
});
