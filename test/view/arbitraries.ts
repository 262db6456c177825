/** Text generators that mix the scripts the screen must lay out. */
import fc from 'fast-check';

const BENGALI = [
  ...'অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁ',
  ...'ািীুূৃেৈোৌ্',
  '০',
  '৯',
  'ক্ষ',
  'স্ব',
  'ন্তু',
  'ষ্টি',
  'গ্রা',
];
const POLISH = [...'aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄĆĘŁŃÓŚŹŻ'];
const CZECH = [...'áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ'];
const EMOJI = ['😀', '👍🏽', '👩\u200d💻', '❤\ufe0f', '🇵🇱', '日本', '한'];
const MARKS = ['e\u0301', '\u200d', '\u200c', '\ufe0f'];

export const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BENGALI) },
  { weight: 3, arbitrary: fc.constantFrom(...POLISH, ...CZECH) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI, ...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '  ', '\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

/** Text in several alphabets with spaces, line breaks, emoji and combining marks. */
export const mixedText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** Text laced with control characters: ESC, BEL, CSI (C1), NUL, DEL, tabs, bidi overrides. */
export const hostileText = fc
  .array(
    fc.oneof(
      piece,
      fc.constantFrom(
        '\x1b',
        '\x07',
        '\x9b',
        '\x1b[31m',
        '\x9b2J',
        '\x1b]0;pwned\x07',
        '\x00',
        '\x7f',
        '\t',
        '\r',
        '\u202e',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
