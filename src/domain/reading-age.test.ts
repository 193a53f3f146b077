import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_TEMPLATES } from './document-defaults';
import {
  countSentences,
  countSyllables,
  readingAge,
  readingAgeAdvice,
  wordsIn,
} from './reading-age';

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['make', 1],
    ['here', 1],
    ['played', 1],
    ['jumped', 1],
    ['table', 2],
    ['little', 2],
    ['wanted', 2],
    ['boxes', 2],
    ['review', 2],
    ['decided', 3],
    ['officer', 3],
    ['reviewing', 3],
    ['beautiful', 3],
    ['independent', 4],
    ['your', 1],
    ['you’re', 1],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('words and sentences', () => {
  it('counts words with apostrophes as one, and each line without an end mark as a sentence', () => {
    expect(wordsIn("You're at the child's review.")).toEqual([
      "You're",
      'at',
      'the',
      "child's",
      'review',
    ]);
    expect(
      countSentences('Dear Amara,\n\nWe met. Did it help? Yes!\n- A list item\nBest wishes'),
    ).toBe(6);
  });
});

describe('readingAge (Flesch-Kincaid grade level, Kincaid et al. 1975)', () => {
  it('gives the formula’s grade for a text counted by hand', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(readingAge('The cat sat on the mat.')).toEqual({
      words: 6,
      sentences: 1,
      syllables: 6,
      grade: -1.4,
      readingAge: 5,
    });
    // 10 words, 1 sentence; syllables in-de-pen-dent (4) re-view-ing (3) of-fi-cers (3) de-cid-ed (3)
    // the (1) ed-u-ca-tion (4) plan (1) was (1) suit-a-ble (3) to-day (2) = 25:
    // 0.39 × 10 + 11.8 × 2.5 − 15.59 = 17.81.
    const hard = readingAge(
      'Independent reviewing officers decided the education plan was suitable today.',
    );
    expect(hard).toMatchObject({
      words: 10,
      sentences: 1,
      syllables: 25,
      grade: 17.8,
      readingAge: 23,
    });
  });

  it('is null for a text with no words', () => {
    expect(readingAge(' \n 12 ')).toBeNull();
  });

  it('scores the seeded letter to the child as plain English, and long words as hard', () => {
    const letter = readingAge(DEFAULT_DOCUMENT_TEMPLATES['letter-to-child'].body);
    expect(letter?.readingAge).toBeLessThanOrEqual(11);
    const dense = readingAge(
      'Notwithstanding considerable organisational complexities, the multidisciplinary professional network recommended comprehensive therapeutic interventions.',
    );
    expect(dense?.readingAge).toBeGreaterThan(20);
  });

  it('advises the IRO when the letter is harder than the target', () => {
    const easy = readingAge('We met. You are safe. You like your school.');
    expect(easy && readingAgeAdvice(easy)).toBe(
      'Reading age 5: plain enough for most children and families',
    );
    const hard = readingAge(
      'Independent reviewing officers decided the education plan was suitable today.',
    );
    expect(hard && readingAgeAdvice(hard)).toBe(
      'Reading age 23: harder than a reading age of 9. Use shorter sentences and everyday words',
    );
  });
});
