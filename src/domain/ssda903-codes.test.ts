import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { PARTICIPATION_CODES, participationCodeProblem } from './participation';
import { ssda903CodeFitsAge } from './ssda903-codes';

describe('the participation check used for speed', () => {
  it('agrees with participationCodeProblem for every code, birthday and review date', () => {
    const codes = PARTICIPATION_CODES.map((c) => c.code);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom(...codes),
        (born, after, code) => {
          // Births from 1990 (leap days included), reviews up to about 8 years later.
          const dateOfBirth = addDays('1990-01-01', born);
          const reviewDate = addDays(dateOfBirth, after);
          expect(ssda903CodeFitsAge(code, dateOfBirth, reviewDate)).toBe(
            participationCodeProblem(code, dateOfBirth, reviewDate) === null,
          );
        },
      ),
      { numRuns: 3000 },
    );
    // Around a 29 February birthday.
    for (const day of ['2024-02-29', '2024-03-01', '2028-02-28', '2028-02-29', '2028-03-01']) {
      for (const code of codes) {
        expect(ssda903CodeFitsAge(code, '2024-02-29', day)).toBe(
          participationCodeProblem(code, '2024-02-29', day) === null,
        );
      }
    }
  });
});
