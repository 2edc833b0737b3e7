import fc from 'fast-check';
import { splitOwners } from '../../../src/core/plan';

/** Owner cells from the seed catalogue (§6.1 and §8), verbatim, with the owners they name. */
describe('splitOwners', () => {
  it.each([
    ['Senior IA', ['Senior IA']],
    ['Governor Services / external consultant / NLG', ['Governor Services', 'external consultant', 'NLG']],
    ['AD Access and Achievement/ HR/Senior IA', ['AD Access and Achievement', 'HR', 'Senior IA']],
    [
      'DCS, AD Access and Achievement, HT, CoG and senior IA',
      ['DCS', 'AD Access and Achievement', 'HT', 'CoG', 'senior IA'],
    ],
    ['AD Access and Achievement and other stakeholders', ['AD Access and Achievement', 'other stakeholders']],
    ['AD Access and achievement', ['AD Access and achievement']],
    ['Senior IA and school leaders', ['Senior IA', 'school leaders']],
    ['PESEO/HoS', ['PESEO', 'HoS']],
    ['HoS (SI)', ['HoS (SI)']],
  ])('splits "%s" on slashes and " and " but not inside a title', (cell, owners) => {
    expect(splitOwners(cell)).toEqual(owners);
  });

  it.each([
    [
      'Head of School Improvement (CSCJES), Group Manager - Business Strategy & Performance',
      ['Head of School Improvement (CSCJES)', 'Group Manager - Business Strategy & Performance'],
    ],
    [
      'Head of LiNKS (CSCJES), Head of Strategy, Partnerships and Commissioning, Schools',
      ['Head of LiNKS (CSCJES)', 'Head of Strategy, Partnerships and Commissioning', 'Schools'],
    ],
    [
      'Bridgend Senior System Leader; Group Manager, Business Strategy and Performance',
      ['Bridgend Senior System Leader', 'Group Manager, Business Strategy and Performance'],
    ],
    ['Group Manager, School Improvement', ['Group Manager, School Improvement']],
  ])('splits "%s" on commas only where each part is a role', (cell, owners) => {
    expect(splitOwners(cell)).toEqual(owners);
  });

  it('splits owners stacked on separate lines, and joins a role name wrapped over two', () => {
    expect(
      splitOwners(
        'Principle Standards & Effectiveness Officer\nHead of Education Standards and Effectiveness',
      ),
    ).toEqual([
      'Principle Standards & Effectiveness Officer',
      'Head of Education Standards and Effectiveness',
    ]);
    expect(splitOwners('Assistant Director –\nLearning & Achievement')).toEqual([
      'Assistant Director – Learning & Achievement',
    ]);
  });

  it('names each owner once and drops trailing separators', () => {
    expect(
      splitOwners(
        'Bridgend Senior System Leader\nBridgend Senior System Leader, System Leaders, Head of Strategy, Partnerships and Commissioning',
      ),
    ).toEqual([
      'Bridgend Senior System Leader',
      'System Leaders',
      'Head of Strategy, Partnerships and Commissioning',
    ]);
    expect(splitOwners('Bridgend Senior System Leader,')).toEqual(['Bridgend Senior System Leader']);
  });

  it('keeps money and effort out of the owner', () => {
    expect(splitOwners('Lead Officer £20k')).toEqual(['Lead Officer']);
    expect(splitOwners('HoS / As per assessment lead / £33k')).toEqual(['HoS', 'As per assessment lead']);
    expect(
      splitOwners('£100 per person for 5 schools 1 person per school to be funded by LA TOTAL £500'),
    ).toEqual([]);
    expect(splitOwners('£30 per delegate x £200 TOTAL £6000')).toEqual([]);
    expect(splitOwners('Head of Service; Cost: £5,000')).toEqual(['Head of Service']);
  });

  it('reads TBC, N/A and blanks as no owner', () => {
    expect(splitOwners('TBC')).toEqual([]);
    expect(splitOwners('tbc')).toEqual([]);
    expect(splitOwners('N/A')).toEqual([]);
    expect(splitOwners('')).toEqual([]);
    expect(splitOwners(' \n ')).toEqual([]);
  });

  it('drops "(added Feb14)" notes from an owner name', () => {
    expect(splitOwners('Youth Service (added Feb14)')).toEqual(['Youth Service']);
  });

  it('keeps Welsh letters', () => {
    expect(splitOwners('Pennaeth Gwasanaeth / Swyddog Cynhwysiant Ŵyr')).toEqual([
      'Pennaeth Gwasanaeth',
      'Swyddog Cynhwysiant Ŵyr',
    ]);
  });

  it('never throws, and every owner is non-empty text taken from the cell', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (cell) => {
        const owners = splitOwners(cell);
        return (
          owners.every((o) => o.trim() === o && o !== '') &&
          new Set(owners.map((o) => o.toLowerCase())).size === owners.length
        );
      }),
      { numRuns: 60_000 },
    );
  });

  it("returns a fresh list each time, so a caller cannot change another action's owners", () => {
    const first = splitOwners('Senior IA / HT');
    first.push('changed');
    expect(splitOwners('Senior IA / HT')).toEqual(['Senior IA', 'HT']);
  });
});
