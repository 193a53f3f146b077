import { describe, expect, it } from 'vitest';
import {
  allowedParticipationCodes,
  countsAsParticipation,
  isParticipationCode,
  PARTICIPATION_CODES,
  PARTICIPATION_METHODS,
  participationCodeProblem,
  participationCodesToOffer,
} from './participation';

const FOUR_PLUS = ['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'];
const ALL = ['PN0', ...FOUR_PLUS];

describe('participation codes (SSDA903 REVIEW_CODE)', () => {
  it('have the meanings in the DfE guidance', () => {
    expect(PARTICIPATION_CODES.map(({ code, meaning }) => [code, meaning])).toEqual([
      ['PN0', 'child aged under 4 at the time of the review'],
      ['PN1', 'child attends and speaks for themselves'],
      ['PN2', 'child attends and an advocate speaks for them'],
      ['PN3', 'child attends and conveys their views symbolically (non-verbally)'],
      [
        'PN4',
        'child attends but does not speak, convey views symbolically, or ask an advocate to speak',
      ],
      ['PN5', 'child does not attend but briefs an advocate to speak for them'],
      [
        'PN6',
        'child does not attend but conveys their views by a facilitative medium (e.g. consultation form, app)',
      ],
      ['PN7', 'child does not attend and their views are not conveyed'],
    ]);
  });

  it('record attendance and whether views were conveyed', () => {
    const attended = PARTICIPATION_CODES.filter((c) => c.attended).map((c) => c.code);
    const conveyed = PARTICIPATION_CODES.filter((c) => c.viewsConveyed).map((c) => c.code);
    expect(attended).toEqual(['PN1', 'PN2', 'PN3', 'PN4']);
    expect(conveyed).toEqual(['PN1', 'PN2', 'PN3', 'PN5', 'PN6']);
  });

  it('PN1 to PN6 count as participation', () => {
    expect(ALL.filter((c) => isParticipationCode(c) && countsAsParticipation(c))).toEqual([
      'PN1',
      'PN2',
      'PN3',
      'PN4',
      'PN5',
      'PN6',
    ]);
  });

  it('recognises only the eight codes', () => {
    for (const code of ALL) expect(isParticipationCode(code)).toBe(true);
    for (const value of ['PN8', 'pn1', 'PN', ' PN1', '', null, undefined, 1]) {
      expect(isParticipationCode(value)).toBe(false);
    }
  });

  it('has the participation methods councils report on', () => {
    expect(PARTICIPATION_METHODS.map((m) => m.method)).toEqual([
      'in-person',
      'virtual',
      'hybrid',
      'via-advocate',
      'consultation-form',
    ]);
    for (const { label } of PARTICIPATION_METHODS) expect(label).not.toBe('');
  });
});

describe('allowedParticipationCodes (DfE validator rules 166, 167, 440, 441)', () => {
  it('under 4: PN0 only (the day before the 4th birthday)', () => {
    expect(allowedParticipationCodes('2020-05-10', '2024-05-09')).toEqual(['PN0']);
    expect(allowedParticipationCodes('2020-05-10', '2020-05-10')).toEqual(['PN0']);
  });

  it('on the 4th birthday itself: any code', () => {
    expect(allowedParticipationCodes('2020-05-10', '2024-05-10')).toEqual(ALL);
  });

  it('4 and over: PN1 to PN7 (the day after the 4th birthday)', () => {
    expect(allowedParticipationCodes('2020-05-10', '2024-05-11')).toEqual(FOUR_PLUS);
    expect(allowedParticipationCodes('2008-01-01', '2026-01-01')).toEqual(FOUR_PLUS);
  });

  it('born on 29 February: the 4th birthday is a real 29 February', () => {
    expect(allowedParticipationCodes('2020-02-29', '2024-02-28')).toEqual(['PN0']);
    expect(allowedParticipationCodes('2020-02-29', '2024-02-29')).toEqual(ALL);
    expect(allowedParticipationCodes('2020-02-29', '2024-03-01')).toEqual(FOUR_PLUS);
  });

  it('born on 29 February 2096: the 4th birthday falls in 2100, not a leap year (setting)', () => {
    expect(allowedParticipationCodes('2096-02-29', '2100-02-28')).toEqual(['PN0']);
    expect(allowedParticipationCodes('2096-02-29', '2100-03-01')).toEqual(ALL);
    expect(allowedParticipationCodes('2096-02-29', '2100-02-28', 'february-28')).toEqual(ALL);
    expect(allowedParticipationCodes('2096-02-29', '2100-03-01', 'february-28')).toEqual(FOUR_PLUS);
  });

  it('rejects a review before the child was born', () => {
    expect(() => allowedParticipationCodes('2020-05-10', '2020-05-09')).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});

describe('participationCodeProblem', () => {
  it('asks for a code when none is recorded', () => {
    const missing = {
      code: 'invalid-participation-code',
      message: 'Select how the child participated in the review',
    };
    expect(participationCodeProblem(null, '2015-05-10', '2026-03-02')).toEqual(missing);
    expect(participationCodeProblem(undefined, '2015-05-10', '2026-03-02')).toEqual(missing);
    expect(participationCodeProblem('  ', '2015-05-10', '2026-03-02')).toEqual(missing);
  });

  it('rejects a code that is not PN0 to PN7', () => {
    expect(participationCodeProblem('PN9', '2015-05-10', '2026-03-02')).toEqual({
      code: 'invalid-participation-code',
      message: "Participation code must be one of PN0 to PN7: got 'PN9'",
    });
  });

  it('PN0 for a child aged 4 or over', () => {
    expect(participationCodeProblem('PN0', '2020-05-10', '2024-05-11')).toEqual({
      code: 'participation-code-not-allowed-for-age',
      message: 'PN0 is only for children under 4 on the review date',
    });
  });

  it('PN1 to PN7 for a child under 4', () => {
    expect(participationCodeProblem('PN1', '2023-06-01', '2026-03-02')).toEqual({
      code: 'participation-code-not-allowed-for-age',
      message: 'PN1 to PN7 are for children aged 4 or over on the review date: this child was 2',
    });
    expect(participationCodeProblem('PN7', '2020-05-10', '2024-05-09')?.message).toBe(
      'PN1 to PN7 are for children aged 4 or over on the review date: this child was 3',
    );
    expect(participationCodeProblem('PN7', '2025-09-10', '2026-03-02')?.message).toBe(
      'PN1 to PN7 are for children aged 4 or over on the review date: this child was under 1',
    );
  });

  it('accepts either kind of code on the 4th birthday', () => {
    expect(participationCodeProblem('PN0', '2020-05-10', '2024-05-10')).toBeNull();
    expect(participationCodeProblem('PN1', '2020-05-10', '2024-05-10')).toBeNull();
  });

  it('accepts the right code for the age', () => {
    expect(participationCodeProblem('PN0', '2023-06-01', '2026-03-02')).toBeNull();
    expect(participationCodeProblem('PN6', '2012-06-01', '2026-03-02')).toBeNull();
  });
});

describe('participationCodesToOffer (the form offers only what it accepts)', () => {
  const born = '2022-06-15';

  it('offers every code until a usable review date is typed', () => {
    expect(participationCodesToOffer(born, null)).toHaveLength(8);
    expect(participationCodesToOffer(born, '2021-01-01')).toHaveLength(8);
  });

  it('offers PN0 only under 4, not from 4, and both on the 4th birthday', () => {
    expect(participationCodesToOffer(born, '2026-06-14')).toEqual(['PN0']);
    expect(participationCodesToOffer(born, '2026-06-15')).toHaveLength(8);
    expect(participationCodesToOffer(born, '2026-06-16')).not.toContain('PN0');
  });

  it('never offers a code that participationCodeProblem refuses', () => {
    for (const reviewDate of [
      '2023-01-01',
      '2026-06-14',
      '2026-06-15',
      '2026-06-16',
      '2030-01-01',
    ]) {
      for (const code of participationCodesToOffer(born, reviewDate)) {
        expect(
          participationCodeProblem(code, born, reviewDate),
          `${code} on ${reviewDate}`,
        ).toBeNull();
      }
    }
  });
});
