// The domain core of IRO Review Tracker: pure TypeScript, no clock, no I/O.
export * from './calendar';
export * from './errors';
export * from './follow-ups';
export * from './participation';
export * from './schedule';
export * from './status';
export * from './working-days';
