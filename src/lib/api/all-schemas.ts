// Every schema the client checks responses against, in one module that the client imports on
// demand: zod and the schemas load alongside the first request instead of in the first download.
export { array, ZodError } from 'zod';
export * from './schemas';
export * from './ssda903-schemas';
// (team-schemas has its own ratioSchema, so only what the client needs from it.)
export {
  atRiskListSchema,
  openEscalationsSchema,
  signOffQueueSchema,
  teamOverviewSchema,
} from './team-schemas';
