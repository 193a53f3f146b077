export * from './task';
export * from './task-inputs';
export * from './iro-tasks';
export * from './manager-tasks';
export * from './support-tasks';
