/** Folding and tokenising pasted text: what the recognisers compare. */
import fc from 'fast-check';
// The recognisers register the words they look for when they load.
import '../../../src/core/dates';
import { tokenise } from '../../../src/core/dates/tokens';

const texts = (text: string): string[] => tokenise(text, 2000).map((token) => token.text);

describe('tokenise', () => {
  it('folds case, look-alike letters, odd spaces and dashes', () => {
    expect(texts('\u0422\u0412\u0410')).toEqual(['tba']);
    expect(texts('Sept\u00a0\u2013\u2009Oct\u3000\u20182014')).toEqual(['sept', '-', 'oct', "'", '2014']);
    expect(texts('\uff11\uff15 \uff2f\uff43\uff54')).toEqual(['15', 'oct']);
  });

  it('joins words broken by a stray space, and only known date words', () => {
    expect(texts('Septe mber Autum n ongoin g onwar ds Summ er M ay')).toEqual([
      'september',
      'autumn',
      'ongoing',
      'onwards',
      'summer',
      'may',
    ]);
    expect(texts('half term may be')).toEqual(['half', 'term', 'may', 'be']);
    expect(texts('commi ssioned')).toEqual(['commi', 'ssioned']);
  });

  it('merges a split ordinal into its number', () => {
    const [first] = tokenise('1 st January', 2000);
    expect(first).toMatchObject({ kind: 'num', text: '1', value: 1, ordinal: true, start: 0, end: 4 });
  });

  it('keeps offsets into the original text', () => {
    const text = 'x  Januar y 2014';
    const tokens = tokenise(text, 2000);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['x', 'Januar y', '2014']);
  });

  it('marks a capital first letter, including a look-alike capital', () => {
    expect(tokenise('By by \u0412y', 2000).map((token) => token.capital)).toEqual([true, false, true]);
  });

  it('reads plain ASCII text exactly as the general path does', () => {
    // A non-ASCII character at the end sends the same text down the general path.
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        const general = tokenise(`${text} \u00e9`, 2000).slice(0, -1);
        return JSON.stringify(tokenise(text, 2000)) === JSON.stringify(general);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads pasted text with odd spaces, dashes and curly apostrophes exactly as the general path does', () => {
    const common = ['\u00a0', '\u2009', '\u202f', '\u3000', '\u0085', '\u2013', '\u2014', '\u2212', '\u2019'];
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
      fc.constantFrom(...common),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const general = tokenise(`${text} \u00e9`, 2000).slice(0, -1);
        return JSON.stringify(tokenise(text, 2000)) === JSON.stringify(general);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads date words in any case, and broken or unknown words, exactly as the general path does', () => {
    const words = [
      'Sept',
      'SEPT',
      'sept',
      'SePt',
      'By',
      'BY',
      'bY',
      'Half',
      'termly',
      'Septe',
      'mber',
      'Review',
    ];
    const text = fc.array(fc.constantFrom(...words, ' ', '-', '/', '2015', '1st'), { maxLength: 12 });
    fc.assert(
      fc.property(text, (pieces) => {
        const plain = pieces.join(' ');
        const general = tokenise(`${plain} \u00e9`, 2000).slice(0, -1);
        return JSON.stringify(tokenise(plain, 2000)) === JSON.stringify(general);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a word the recognisers look for the same id however it is written, and others none', () => {
    const [lower, title, upper, mixed, other] = tokenise('sept Sept SEPT sEpT review', 2000);
    expect(lower.word).toBeGreaterThanOrEqual(0);
    expect([title.word, upper.word, mixed.word]).toEqual([lower.word, lower.word, lower.word]);
    expect(other.word).toBe(-1);
  });
});
