import { stemmer } from "stemmer";

/**
 * Milestone search: Latin-script words match by stem as a prefix ("Jews" finds "Jewish",
 * "embassies" finds "embassy"); other scripts match as substrings after folding spelling
 * variants, so Hebrew and Arabic prefixes (ו, ה, ال) and Persian suffixes (ها) still match,
 * and Chinese needs no word breaks.
 */

const FOLD: Record<string, string> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u064a": "\u06cc", // Arabic yeh → Persian yeh
  "\u0649": "\u06cc", // alef maksura → yeh
  "\u0643": "\u06a9", // Arabic kaf → Persian keheh
  "\u05f3": "'", // Hebrew geresh
  "\u2019": "'",
};
/** Marks that vary between spellings of one word: niqqud, harakat, kashida, zero-width joiners. */
const DROP = /[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d]/u;

/** The text in folded form, with each folded character's index in the original. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let i = 0;
  for (const char of text) {
    if (!DROP.test(char)) {
      const lower = (FOLD[char] ?? char).toLocaleLowerCase();
      folded += lower;
      for (let k = 0; k < lower.length; k++) at.push(i);
    }
    i += char.length;
  }
  at.push(i);
  return { folded, at };
}

const LATIN_WORD = /^[a-z0-9'-]+$/;
const WORDS = /[\p{L}\p{N}'-]+/gu;

interface Term {
  text: string;
  latin: boolean;
}

export function parseQuery(query: string): Term[] {
  return (fold(query.trim()).folded.match(WORDS) ?? []).map((word) =>
    LATIN_WORD.test(word)
      ? { text: stemmer(word.replace(/'s?$/, "")), latin: true }
      : { text: word, latin: false },
  );
}

/** Where each term matches in one text, as [start, end) ranges of the original string. */
function termRanges(text: string, term: Term): [number, number][] {
  const { folded, at } = fold(text);
  const ranges: [number, number][] = [];
  if (term.latin) {
    for (const match of folded.matchAll(WORDS)) {
      const word = match[0];
      const stem = LATIN_WORD.test(word) ? stemmer(word.replace(/'s?$/, "")) : word;
      if (stem.startsWith(term.text) || word.startsWith(term.text)) {
        const start = match.index ?? 0;
        ranges.push([at[start] ?? 0, at[start + word.length] ?? text.length]);
      }
    }
  } else {
    let from = folded.indexOf(term.text);
    while (from !== -1) {
      ranges.push([at[from] ?? 0, at[from + term.text.length] ?? text.length]);
      from = folded.indexOf(term.text, from + term.text.length);
    }
  }
  return ranges;
}

/** Whether every term of the query matches somewhere in the texts. */
export function matchesQuery(texts: readonly string[], terms: readonly Term[]): boolean {
  return terms.every((term) => texts.some((text) => termRanges(text, term).length > 0));
}

/** The parts of a text that a query matches, merged and in order, for highlighting. */
export function highlightRanges(text: string, terms: readonly Term[]): [number, number][] {
  const ranges = terms.flatMap((term) => termRanges(text, term)).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
