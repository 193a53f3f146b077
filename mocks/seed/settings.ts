// The seeded settings and mock scenario. Every default is the domain's named constant (the session
// times: the API's session policy, not a rule of the domain), so that changing one there changes
// the demo too.
import {
  DEFAULT_ALLOCATION_WORKING_DAYS,
  DEFAULT_CALENDAR_CHILD_LABEL,
  DEFAULT_MEETING_WORKING_HOURS,
  DEFAULT_AT_RISK_WORKING_DAYS,
  DEFAULT_CASELOAD_BAND,
  DEFAULT_LATE_REVIEW_REASONS,
  DEFAULT_ESCALATION_OPEN_WORKING_DAYS_LIMIT,
  DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  DEFAULT_READINESS_SETTINGS,
  DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
  DEFAULT_IRO_CONTACT_MONTHS,
} from '@/domain';
import type { Settings } from '@/lib/api/schemas';
import { DEFAULT_SESSION_IDLE_MINUTES, DEFAULT_SESSION_MAX_HOURS } from '@/lib/api/session-policy';

export const DEFAULT_SETTINGS: Settings = {
  councilName: 'Northbridge City Council',
  childTerm: 'looked after children',
  atRiskWorkingDays: DEFAULT_AT_RISK_WORKING_DAYS,
  recordOfReviewTargetWorkingDays: DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  recordOfReviewLimitWorkingDays: DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
  managerSignOffWorkingDays: DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  caseloadBand: { min: DEFAULT_CASELOAD_BAND.min, max: DEFAULT_CASELOAD_BAND.max },
  escalationOpenWorkingDaysLimit: DEFAULT_ESCALATION_OPEN_WORKING_DAYS_LIMIT,
  socialWorkerReportWorkingDays: DEFAULT_READINESS_SETTINGS.socialWorkerReportWorkingDays,
  invitationsDueWorkingDays: DEFAULT_READINESS_SETTINGS.invitationsDueWorkingDays,
  allocationWorkingDays: DEFAULT_ALLOCATION_WORKING_DAYS,
  lateReviewReasons: DEFAULT_LATE_REVIEW_REASONS.map((option) => ({ ...option })),
  // 30 minutes without a request; 12 hours at most (a working day): src/lib/api/session-policy.ts.
  sessionIdleMinutes: DEFAULT_SESSION_IDLE_MINUTES,
  sessionMaxHours: DEFAULT_SESSION_MAX_HOURS,
  // Meetings outside 08:00-18:00 are warned about; calendar files name the child by reference.
  meetingWorkingHours: { ...DEFAULT_MEETING_WORKING_HOURS },
  calendarChildLabel: DEFAULT_CALENDAR_CHILD_LABEL,
  iroContactMonths: DEFAULT_IRO_CONTACT_MONTHS,
  version: 1,
};

export const DEFAULT_SCENARIO = {
  latencyMs: null,
  errorRate: 0,
  offline: false,
  failWrites: false,
};
