// The REST API's shapes, defined once: the mock backend validates request bodies with them, the
// client validates every response with them, and public/openapi.json is generated from them.
// One file per resource under ./schemas/; this module is the one they are imported from.
// (The team manager's and the SSDA903 endpoints have their own: team-schemas.ts, ssda903-schemas.ts.)
export {
  dateField,
  DEFAULT_PAGE_SIZE,
  idField,
  instantSchema,
  IRO_FILTER_MESSAGE,
  iroFilterField,
  isoDateSchema,
  MAX_ID_LENGTH,
  MAX_PAGE_SIZE,
  pageInfoFields,
  pageQueryFields,
  pageSchema,
  PLAUSIBLE_YEARS,
  problemSchema,
  textField,
  withinYears,
  type Page,
  type PageParams,
  type Problem,
  type YearRange,
} from './schemas/common';
export * from './schemas/vocabularies';
export * from './schemas/staff';
export * from './schemas/session';
export * from './schemas/settings';
export * from './schemas/children';
export * from './schemas/reviews';
export * from './schemas/recommendations';
export * from './schemas/midpoint-checks';
export * from './schemas/meetings';
export * from './schemas/team-calendar';
export * from './schemas/escalations';
export * from './schemas/iro-contacts';
export * from './schemas/audit-events';
export * from './schemas/mock-control';
export * from './schemas/reports';
export * from './schemas/booking';
export * from './schemas/care';
export * from './schemas/drafts';
export * from './schemas/documents';
export * from './schemas/tasks';
export * from './schemas/outbox';
