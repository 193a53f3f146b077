// A plain-English check for the letter to the child: the Flesch-Kincaid grade level (Kincaid,
// Fishburne, Rogers and Chissom, "Derivation of new readability formulas ... for Navy enlisted
// personnel", 1975, Research Branch Report 8-75):
//
//   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//
// A US school grade; a UK reading age is the grade + 5 years (grade 1 is the year a child turns
// 6 to 7). Syllables are counted by rule (vowel groups, a silent final e), which is how readability
// tools count them; it is right for most everyday words and off by one for some.

export interface ReadingAge {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level, to one decimal place (can be below 0 for very easy text). */
  grade: number;
  /** Years: the grade + 5, never below 5. */
  readingAge: number;
}

/** The reading age a letter to a child should not go above (our reading, not a rule). */
export const LETTER_READING_AGE_TARGET = 9;

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** The syllables of one word, by rule: vowel groups, less a silent final e; at least 1. */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (lower.length === 0) return 0;
  if (lower.length <= 3) return 1;
  const trimmed = lower
    // A final "e" is silent (make, here), except in "-le" after a consonant (table, little).
    .replace(/(?:[^laeiouy]e)$/, (end) => end.slice(0, 1))
    // "-es" and "-ed" add no syllable unless after t/d or s/z/x/ch/sh (wanted, boxes).
    .replace(/(?:[^tdaeiouy]ed|[^szxaeiouy]es)$/, (end) => end.slice(0, 1))
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Words, counted as runs of letters (with apostrophes inside: you're, child's). */
export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Sentences: text ended by . ! or ?, and each line that holds words but no end mark (a heading,
 * a list item, a sign-off), as a reader takes each line of a letter as a sentence of its own.
 */
export function countSentences(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) {
    const parts = line.split(/[.!?]+/);
    for (const part of parts) if (wordsIn(part).length > 0) count += 1;
  }
  return count;
}

/** The Flesch-Kincaid grade and the UK reading age of a text; null when it has no words. */
export function readingAge(text: string): ReadingAge | null {
  const words = wordsIn(text);
  if (words.length === 0) return null;
  const sentences = Math.max(1, countSentences(text));
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  const rounded = Math.round(grade * 10) / 10;
  return {
    words: words.length,
    sentences,
    syllables,
    grade: rounded,
    readingAge: Math.max(5, Math.round(rounded + 5)),
  };
}

/** What the IRO is told about the letter's reading age. */
export function readingAgeAdvice(age: ReadingAge, target = LETTER_READING_AGE_TARGET): string {
  if (age.readingAge <= target) {
    return `Reading age ${age.readingAge}: plain enough for most children and families`;
  }
  return `Reading age ${age.readingAge}: harder than a reading age of ${target}. Use shorter sentences and everyday words`;
}
