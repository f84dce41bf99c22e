// Sentence boundaries, enough to tell a one-sentence headline from a
// paragraph and to cut an article's first sentence into a headline.

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sr sra srta st gen gov sen rep lt col sgt capt cmdr adm pres jr no nos vs etc inc corp co ltd ' +
    'lic ing mtro mtra dra prof av ave dept est approx fig vol pp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic'
  ).split(' '),
);

const BOUNDARY = /[.!?…]+["”’»)\]]*\s+(?=["“‘«¿¡([]?[\p{Lu}\p{N}])/gu;

/** Offsets just after each sentence end followed by another sentence. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    if (match[0].startsWith('.') && isAbbreviation(text, match.index)) continue;
    breaks.push(end);
  }
  return breaks;
}

/** The word before a period is an abbreviation or an initial ("U.S.", "Gen.", "J."). */
function isAbbreviation(text: string, periodIndex: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, periodIndex - 20), periodIndex))?.[0] ?? '';
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3 && /\p{Lu}/u.test(word[0] ?? '')) {
    // Initials like "U.S" or "J"; a capitalised three-letter word is a word.
    return word.includes('.') || word.length === 1;
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Where the first sentence of the text ends. */
export function firstSentenceEnd(text: string): number {
  return sentenceBreaks(text)[0] ?? text.trimEnd().length;
}
