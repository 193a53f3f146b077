import { describe, expect, it } from 'vitest';
import {
  QUALITY_CHECKS,
  qualityCheckFigures,
  qualityCheckProblems,
  type QualityChecksEntry,
} from './quality-checks';

const answered = (answer: 'yes' | 'no' | 'not-applicable' | null): QualityChecksEntry => ({
  permanencePlan: { answer, note: null },
  healthAssessment: { answer, note: null },
  educationPlan: { answer, note: null },
  socialWorkerVisits: { answer, note: null },
  toldAboutAdvocacy: { answer, note: null },
});

// Of compulsory school age on 16 March 2026: born 1 May 2015 (10). Not yet: born 1 May 2022.
const SCHOOL_AGE = { dateOfBirth: '2015-05-01', heldOn: '2026-03-16' };
const TODDLER = { dateOfBirth: '2022-05-01', heldOn: '2026-03-16' };

describe('the IRO’s quality checks', () => {
  it('asks five questions', () => {
    expect(QUALITY_CHECKS.map((check) => check.question)).toEqual([
      'Is there a permanence plan?',
      'Is the health assessment up to date?',
      'Is the personal education plan (PEP) up to date?',
      'Were the social worker’s visits within timescale?',
      'Was the child told about advocacy and their entitlements?',
    ]);
  });

  it('needs an answer to every question', () => {
    const checks = { ...answered('yes'), healthAssessment: { answer: null, note: 'x' } };
    expect(qualityCheckProblems(checks, { ...SCHOOL_AGE, reviewNumber: 2 })).toEqual([
      {
        field: 'qualityChecks.healthAssessment.answer',
        message: 'Select an answer to “Is the health assessment up to date?”',
      },
    ]);
  });

  it('refuses “not applicable” for the permanence plan from the second review, allows it at the first', () => {
    const checks = {
      ...answered('yes'),
      permanencePlan: { answer: 'not-applicable' as const, note: null },
    };
    expect(qualityCheckProblems(checks, { ...SCHOOL_AGE, reviewNumber: 1 })).toEqual([]);
    expect(qualityCheckProblems(checks, { ...SCHOOL_AGE, reviewNumber: 2 })).toEqual([
      {
        field: 'qualityChecks.permanencePlan.answer',
        message: 'A permanence plan is expected by the second review: answer yes or no',
      },
    ]);
    expect(qualityCheckProblems(checks, { ...SCHOOL_AGE, reviewNumber: null })).toEqual([]);
  });

  it('refuses “not applicable” for the PEP of a child of compulsory school age only', () => {
    const checks = {
      ...answered('yes'),
      educationPlan: { answer: 'not-applicable' as const, note: null },
    };
    expect(qualityCheckProblems(checks, { ...TODDLER, reviewNumber: 3 })).toEqual([]);
    expect(qualityCheckProblems(checks, { ...SCHOOL_AGE, reviewNumber: 3 })).toEqual([
      {
        field: 'qualityChecks.educationPlan.answer',
        message:
          'The child has been of compulsory school age since 31 August 2020 and needs a personal education plan: answer yes or no',
      },
    ]);
  });

  it('limits a note to 500 characters', () => {
    const checks = {
      ...answered('no'),
      toldAboutAdvocacy: { answer: 'no' as const, note: 'x'.repeat(501) },
    };
    expect(qualityCheckProblems(checks, { ...TODDLER, reviewNumber: 1 })).toEqual([
      {
        field: 'qualityChecks.toldAboutAdvocacy.note',
        message:
          'The note on “Was the child told about advocacy and their entitlements?” must be 500 characters or fewer',
      },
    ]);
  });
});

const recorded = (answer: 'yes' | 'no' | 'not-applicable') => ({
  permanencePlan: { answer },
  healthAssessment: { answer },
  educationPlan: { answer },
  socialWorkerVisits: { answer },
  toldAboutAdvocacy: { answer },
});

describe('the annual report’s quality check figures', () => {
  it('counts yes of yes-or-no, leaves out not applicable and unrecorded, and the first review’s plan', () => {
    const figures = qualityCheckFigures([
      { reviewNumber: 1, qualityChecks: recorded('no') },
      { reviewNumber: 2, qualityChecks: recorded('yes') },
      { reviewNumber: 3, qualityChecks: recorded('not-applicable') },
      { reviewNumber: 4, qualityChecks: null },
    ]);
    const permanence = figures.find((figure) => figure.key === 'permanencePlan');
    expect(permanence).toEqual({
      key: 'permanencePlan',
      label: 'Permanence plan by the second review',
      yes: 1,
      applicable: 1,
      notApplicable: 1,
    });
    const health = figures.find((figure) => figure.key === 'healthAssessment');
    expect(health).toMatchObject({ yes: 1, applicable: 2, notApplicable: 1 });
  });
});
