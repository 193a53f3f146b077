import { describe, expect, it } from 'vitest';
import * as domain from './index';

describe('the public contract of src/domain', () => {
  it('exports every agreed name', () => {
    const names = [
      'isIsoDate',
      'assertIsoDate',
      'compareDates',
      'addDays',
      'addMonths',
      'daysBetween',
      'dayOfWeek',
      'ageOn',
      'formatDate',
      'formatDateShort',
      'dateInEngland',
      'financialYearOf',
      'WorkingDayCalendar',
      'toCalendar',
      'isWorkingDay',
      'addWorkingDays',
      'workingDaysBetween',
      'bankHolidaysFromFeed',
      'DomainError',
      'STANDARD_REVIEW_RULES',
      'SHORT_BREAK_REVIEW_RULES',
      'reviewRulesForLegalStatus',
      'nextReviewDue',
      'reviewHistory',
      'midpointCheckDue',
      'groupIntoPeriodsOfCare',
      'reviewStatus',
      'REVIEW_STATUS_LABELS',
      'PARTICIPATION_CODES',
      'PARTICIPATION_METHODS',
      'isParticipationCode',
      'allowedParticipationCodes',
      'participationCodeProblem',
      'countsAsParticipation',
      'DEFAULT_AT_RISK_WORKING_DAYS',
      'DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS',
      'DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS',
      'recordOfReviewDue',
      'managerSignOffDue',
      // The record rules the forms and the backend share.
      'reviewRecordProblems',
      'advocacyProblems',
      'midpointCheckProblems',
      'escalationRaisedProblems',
      'escalationChangeProblems',
      'cafcassReferralProblems',
      'meetingPlaceProblems',
      'meetingDateProblems',
      'meetingClashMessage',
      // The settings' defaults (the mock backend seeds its settings from them).
      'DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS',
      'DEFAULT_READINESS_SETTINGS',
      'DEFAULT_CASELOAD_BAND',
      'DEFAULT_ESCALATION_OPEN_WORKING_DAYS_LIMIT',
    ];
    const exported = new Set(Object.keys(domain));
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('DomainError carries a code and an optional field', () => {
    const error = new domain.DomainError('invalid-date', 'bad date', 'reviews[2]');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('invalid-date');
    expect(error.field).toBe('reviews[2]');
    expect(error.message).toBe('bad date');
    expect(new domain.DomainError('invalid-argument', 'x').field).toBeUndefined();
    expect(domain.isDomainError(error)).toBe(true);
    expect(domain.isDomainError(new Error('x'))).toBe(false);
  });
});
