// The domain core of IRO Review Tracker: pure TypeScript, no clock, no I/O.
export * from './booking';
export * from './calendar';
export * from './calendar-file';
export * from './errors';
export * from './escalation-record';
export type { FieldProblem } from './field-problems';
export * from './follow-ups';
export * from './meeting-readiness';
export * from './meeting-record';
export * from './midpoint-check-record';
export * from './participation';
export * from './reports';
export * from './review-record';
export * from './schedule';
export * from './ssda903';
export * from './status';
export * from './team';
export * from './working-days';
