// The domain core of IRO Review Tracker: pure TypeScript, no clock, no I/O.
export * from './booking';
export * from './calendar';
export * from './calendar-file';
export * from './errors';
export * from './follow-ups';
export * from './participation';
export * from './reports';
export * from './schedule';
export * from './status';
export * from './working-days';
