// The domain core of IRO Review Tracker: pure TypeScript, no clock, no I/O.
export * from './booking';
export * from './calendar';
export * from './calendar-file';
export * from './errors';
export * from './follow-ups';
export * from './meeting-readiness';
export * from './participation';
export * from './reports';
export * from './schedule';
export * from './ssda903';
export * from './status';
export * from './team';
export * from './working-days';
