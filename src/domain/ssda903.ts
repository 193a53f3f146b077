// The DfE SSDA903 return (children looked after): reading its header, episodes and reviews files,
// checking every row, grouping episodes into periods of care, and writing the reviews file back.
// Pure: the CSV text is parsed elsewhere (a CSV library in the UI); these modules take rows of
// column -> text, and "today" is passed in. This file names the public part; the helpers the
// modules share among themselves stay out of it.
export {
  DEFAULT_IMPORTED_PARTICIPATION_METHOD,
  importedParticipationMethod,
  ssda903CodeFitsAge,
} from './ssda903-codes';
export { formatSsda903Date, parseSsda903Date } from './ssda903-dates';
export { childRefProblem as ssda903ChildRefProblem } from './ssda903-problems';
export { SSDA903_RULES } from './ssda903-rules';
export {
  SSDA903_DATE_COLUMNS,
  ssda903DateFormatProblem,
  ssda903WholeFileProblems,
  type Ssda903NeedsConfirmation,
  type Ssda903WholeFileNotice,
  type Ssda903WholeFileOptions,
  type Ssda903WholeFileProblem,
  type Ssda903WrongDateFormat,
} from './ssda903-whole-file';
export {
  SSDA903_FILE_KINDS,
  SSDA903_FILE_LABELS,
  SSDA903_REQUIRED_COLUMNS,
  SSDA903_REVIEW_COLUMNS,
  type Ssda903Child,
  type Ssda903Episode,
  type Ssda903ExcludedChild,
  type Ssda903FileCount,
  type Ssda903FileKind,
  type Ssda903FileRows,
  type Ssda903Files,
  type Ssda903Options,
  type Ssda903Problem,
  type Ssda903ProblemCode,
  type Ssda903Review,
  type Ssda903Row,
  type Ssda903Rule,
  type Ssda903Validation,
} from './ssda903-types';
export {
  mergeSsda903,
  NO_SSDA903_CHANGES,
  SSDA903_BLOCKING_CONFLICTS,
  SSDA903_CHANGE_KINDS,
  SSDA903_CONFLICT_KINDS,
  SSDA903_MERGE_OUTCOMES,
  type Ssda903Change,
  type Ssda903ChangeKind,
  type Ssda903ChildMerge,
  type Ssda903Conflict,
  type Ssda903ConflictKind,
  type Ssda903Merge,
  type Ssda903MergedEpisode,
  type Ssda903MergeOptions,
  type Ssda903MergeOutcome,
  type Ssda903MergeTotals,
  type Ssda903TrackerChild,
  type Ssda903TrackerReview,
} from './ssda903-merge';
export { validateSsda903 } from './ssda903-validation';
export {
  collectionYear,
  ssda903ReviewExport,
  ssda903ReviewRows,
  ssda903ReviewsCsv,
  ssda903RowsOf,
  type CollectionYear,
  type Ssda903LeftOutReview,
  type Ssda903ReviewExport,
  type Ssda903ReviewRow,
  type Ssda903ReviewSource,
} from './ssda903-writing';
