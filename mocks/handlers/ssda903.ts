// The DfE SSDA903 return: import (team managers load or refresh a council's looked-after children
// from it), the tracker's children as the preview matches them, and the reviews file for a
// collection year. The import checks the rows again and merges them into the tracker with the same
// domain rules as the preview (validateSsda903, mergeSsda903) and writes every change in one
// commit, or nothing.
import {
  collectionYear,
  importedParticipationMethod,
  mergeSsda903,
  SSDA903_FILE_LABELS,
  SSDA903_REQUIRED_COLUMNS,
  ssda903ReviewExport,
  ssda903WholeFileProblems,
  validateSsda903,
  type Ssda903Child,
  type Ssda903Files,
  type Ssda903ChildMerge,
  type Ssda903MergeTotals,
  type Ssda903Problem,
  type Ssda903Review,
  type Ssda903TrackerChild,
  type Ssda903Validation,
  type Ssda903WholeFileNotice,
} from '@/domain';
import {
  unwrittenReviewRecord,
  type AuditEvent,
  type Child,
  type Episode,
  type Review,
  type StaffMember,
} from '@/lib/api/schemas';
import {
  rowNumbersMismatch,
  SSDA903_CHECK_PAGE_SIZE,
  ssda903CheckBodySchema,
  ssda903ImportBodySchema,
  ssda903ReviewsQuerySchema,
  type Ssda903CheckResult,
  type Ssda903Notice,
  type Ssda903ImportResult,
  type Ssda903ReviewsExport,
} from '@/lib/api/ssda903-schemas';
import { workingDayCalendar } from '../calendar';
import { heldReviewsOf } from '../compute';
import type { Database } from '../db/database';
import { keptFigure } from '../figures-cache';
import { problems, type FieldError } from '../http/problem';
import { route } from '../http/route';
import { auditEvent, changesBetween, newId, nowInstant, storedEpisode } from '../http/support';
import { json, jsonDownload, readBody, readQuery } from '../http/validation';
import { PLACEMENTS } from '../seed/names';

/**
 * The return identifies children by the council's CHILD reference only: no names and no social
 * worker. Imported children are shown by their reference until their details are added.
 */
export const IMPORTED_GIVEN_NAME = 'Child';
export const IMPORTED_SOCIAL_WORKER = {
  name: 'Not recorded',
  team: 'not in the SSDA903 return',
} as const;

/** At most this many field errors in one 422 (the detail says how many there were). */
export const MAX_IMPORT_ERRORS = 200;

const PLACEMENT_DESCRIPTIONS = new Map<string, string>([
  ...PLACEMENTS.map((p) => [p.type, p.description] as const),
  ['T4', 'Short breaks with a foster carer'],
]);

/** `header.0.DOB`: the body's array index (file row 2 is index 0) and the column. */
function fieldOf(
  problem: Ssda903Problem,
  rowNumbers?: Readonly<Record<FileKind, number[]>>,
): string {
  if (problem.row <= 1) return problem.file;
  const index = rowNumbers?.[problem.file].indexOf(problem.row) ?? problem.row - 2;
  return `${problem.file}.${index < 0 ? problem.row - 2 : index}.${problem.field}`;
}

type FileKind = 'header' | 'episodes' | 'reviews';
type ReturnRows = Readonly<Record<FileKind, Record<string, string>[]>> & {
  /** Each row's line in its file, when the browser sent them (checked by checkRowNumbers). */
  readonly rowNumbers?: Readonly<Record<FileKind, number[]>> | undefined;
};

/** A 422 when a rowNumbers list is not as long as its file's rows. */
export function checkRowNumbers(body: ReturnRows): void {
  const mismatched = rowNumbersMismatch(body);
  if (mismatched.length > 0) throw problems.validation(mismatched);
}

/**
 * The one check of a return, run by POST /ssda903/check and again by the import: every row
 * (validateSsda903) and the files as a whole (ssda903WholeFileProblems, with the bank holidays).
 * A whole file's dates are among `validation.problems` (row 0) as well as in `notices`.
 */
export function checkReturn(
  db: Database,
  body: ReturnRows,
): { validation: Ssda903Validation; notices: Ssda903WholeFileNotice[] } {
  const files: Ssda903Files = {
    header: {
      columns: SSDA903_REQUIRED_COLUMNS.header,
      rows: body.header,
      rowNumbers: body.rowNumbers?.header,
    },
    episodes: {
      columns: SSDA903_REQUIRED_COLUMNS.episodes,
      rows: body.episodes,
      rowNumbers: body.rowNumbers?.episodes,
    },
    reviews: {
      columns: SSDA903_REQUIRED_COLUMNS.reviews,
      rows: body.reviews,
      rowNumbers: body.rowNumbers?.reviews,
    },
  };
  const validation = validateSsda903(files, { today: db.today });
  // Without the columns nothing else was read: no notices on top.
  const notices = validation.problems.some((problem) => problem.code === 'missing-column')
    ? []
    : ssda903WholeFileProblems(files, { today: db.today, holidays: workingDayCalendar });
  return { validation, notices };
}

function noticeOf(notice: Ssda903WholeFileNotice): Ssda903Notice {
  return notice.kind === 'problem'
    ? {
        kind: notice.kind,
        file: notice.file,
        code: notice.code,
        rule: notice.rule,
        message: notice.message,
        childRefs: [],
      }
    : {
        kind: notice.kind,
        file: notice.file,
        code: notice.code,
        rule: null,
        message: notice.message,
        childRefs: notice.childRefs,
      };
}

/** 'DfE rule 357: ', 'Integrity check INT01: ', or '' for the tracker's own checks. */
function ruleLabel(rule: string | null): string {
  if (rule === null) return '';
  return rule.startsWith('INT') ? `Integrity check ${rule}: ` : `DfE rule ${rule}: `;
}

function toFieldErrors(
  found: readonly Ssda903Problem[],
  rowNumbers?: Readonly<Record<FileKind, number[]>>,
): FieldError[] {
  return found.slice(0, MAX_IMPORT_ERRORS).map((problem) => ({
    field: fieldOf(problem, rowNumbers),
    message: `${SSDA903_FILE_LABELS[problem.file].replace(/^./, (c) => c.toUpperCase())}, ${problem.row === 0 ? 'whole file' : `row ${problem.row}, ${problem.field}`}: ${ruleLabel(problem.rule)}${problem.message}`,
  }));
}

function activeIro(db: Database, iroId: string): StaffMember {
  const iro = db.get('staff', iroId);
  if (iro?.role !== 'iro' || !iro.active) {
    throw problems.validation([
      { field: 'iroId', message: 'Select an IRO who is currently working' },
    ]);
  }
  return iro;
}

function buildRecords(
  db: Database,
  user: StaffMember,
  source: Ssda903Child,
  iro: StaffMember,
): { child: Child; reviews: Review[]; event: AuditEvent } {
  const episodes: Episode[] = source.episodes.map((episode) => ({
    id: newId('ep'),
    start: episode.start,
    end: episode.end,
    reasonForNewEpisode: episode.reasonForNewEpisode as Episode['reasonForNewEpisode'],
    legalStatus: episode.legalStatus,
    placementType: episode.placementType,
    reasonEnded: episode.reasonEnded === '' ? null : episode.reasonEnded,
  }));
  const latest = source.episodes[source.episodes.length - 1];
  const placementType = latest?.placementType ?? '';
  const child: Child = {
    id: newId('c'),
    childRef: source.childRef,
    givenName: IMPORTED_GIVEN_NAME,
    familyName: source.childRef,
    dateOfBirth: source.dateOfBirth,
    sex: source.sex === '1' || source.sex === '2' ? source.sex : null,
    legalStatus: latest?.legalStatus ?? '',
    placement: placementOf(placementType),
    socialWorker: { ...IMPORTED_SOCIAL_WORKER },
    iroId: iro.id,
    version: 1,
    episodes,
  };
  const recordedAt = nowInstant(db);
  const reviews = source.reviews.map((review) =>
    importedReview(user, child.id, review, recordedAt),
  );
  const event = auditEvent(db, user, {
    entity: 'child',
    entityId: child.id,
    childId: child.id,
    action: 'created',
    summary: `${user.name} imported child ${source.childRef} from the SSDA903 return (${episodes.length} episode${episodes.length === 1 ? '' : 's'}, ${reviews.length} review${reviews.length === 1 ? '' : 's'}), allocated to ${iro.name}`,
    changes: [],
  });
  return { child, reviews, event };
}

/** The tracker's children as the return describes them (what `mergeSsda903` matches against). */
export function trackerChildren(db: Database): {
  children: Child[];
  tracker: Ssda903TrackerChild[];
} {
  const children = [...db.all('children')];
  const tracker = children.map((child) => ({
    childRef: child.childRef,
    dateOfBirth: child.dateOfBirth,
    episodes: child.episodes,
    reviews: heldReviewsOf(db, child.id).map((review) => ({
      heldOn: review.heldOn,
      participationCode: review.participationCode,
    })),
  }));
  return { children, tracker };
}

function importedReview(
  user: StaffMember,
  childId: string,
  review: Ssda903Review,
  recordedAt: string,
): Review {
  return {
    id: newId('rv'),
    childId,
    heldOn: review.heldOn,
    participationCode: review.participationCode,
    participationMethod: importedParticipationMethod(review.participationCode),
    advocacy: {
      offered: false,
      referralMade: false,
      referralDate: null,
      provider: null,
      declined: false,
      outcome: null,
    },
    recommendations: [],
    ...unwrittenReviewRecord(),
    recordOfReviewCompletedOn: null,
    decisionsSentOn: null,
    managerSignOffOn: null,
    // The return says nothing of why a review was late, nor of late entries.
    lateReason: null,
    lateEntry: null,
    withdrawn: null,
    version: 1,
    recordedBy: user.id,
    recordedAt,
  };
}

const placementOf = (type: string) => ({
  type,
  description: PLACEMENT_DESCRIPTIONS.get(type) ?? `Placement type ${type}`,
});

/**
 * A child already in the tracker with the return's changes: matched episodes keep their ids, the
 * current legal status and placement follow the latest episode, and a child who came back into
 * care keeps their IRO while that IRO still works (else they wait in the allocation queue, as
 * when a return to care is recorded by hand).
 */
function updatedRecords(
  db: Database,
  user: StaffMember,
  child: Child,
  merge: Ssda903ChildMerge,
): { child: Child; reviews: Review[]; event: AuditEvent } {
  const episodes: Episode[] = merge.episodes.map((episode) => {
    const kept = episode.trackerIndex === null ? undefined : child.episodes[episode.trackerIndex];
    return storedEpisode(episode, kept?.id);
  });
  const latest = merge.episodes[merge.episodes.length - 1];
  const latestIsNew = latest !== undefined && latest.trackerIndex === null;
  const returned = merge.changes.some((change) => change.kind === 'returned');
  const iro = child.iroId === null ? undefined : db.get('staff', child.iroId);
  const updated: Child = {
    ...child,
    episodes,
    ...(latestIsNew
      ? { legalStatus: latest.legalStatus, placement: placementOf(latest.placementType) }
      : {}),
    ...(returned ? { iroId: iro?.active === true ? iro.id : null } : {}),
    version: child.version + 1,
  };
  const recordedAt = nowInstant(db);
  const reviews = merge.newReviews.map((review) =>
    importedReview(user, child.id, review, recordedAt),
  );
  const event = auditEvent(db, user, {
    entity: 'child',
    entityId: child.id,
    childId: child.id,
    action: 'updated',
    summary: `${user.name} updated child ${child.childRef} from the SSDA903 return: ${merge.changes.map((change) => change.message).join('; ')}`,
    changes: changesBetween(child, updated),
  });
  return { child: updated, reviews, event };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The result in words: what changed, or that nothing did. */
export function summaryOf(totals: Ssda903MergeTotals): string {
  const conflicts =
    totals.conflicts === 0
      ? ''
      : ` ${count(totals.conflicts, 'conflict')} listed: the tracker’s records were kept.`;
  if (totals.changes === 0) {
    return `Importing this return changed nothing (${count(totals.unchanged, 'child', 'children')} unchanged${totals.heldBack === 0 ? '' : `, ${count(totals.heldBack, 'child', 'children')} held back by a conflict`}).${conflicts}`;
  }
  const parts = [
    totals.newChildren > 0 ? count(totals.newChildren, 'new child', 'new children') : '',
    totals.changed > 0 ? `${count(totals.changed, 'child', 'children')} changed` : '',
    totals.unchanged > 0 ? `${count(totals.unchanged, 'child', 'children')} unchanged` : '',
    totals.heldBack > 0
      ? `${count(totals.heldBack, 'child', 'children')} held back by a conflict`
      : '',
  ].filter((part) => part !== '');
  return `${parts.join(', ')}.${conflicts}`;
}

export const ssda903Handlers = [
  route('importSsda903', async ({ request, db, user }) => {
    const body = await readBody(request, ssda903ImportBodySchema);
    checkRowNumbers(body);
    const iro = body.iroId === null ? null : activeIro(db, body.iroId);
    // Exactly the check POST /ssda903/check runs: what it refuses, the import refuses.
    const { validation: result, notices } = checkReturn(db, body);
    if (result.problems.length > 0) {
      const total = result.problems.length;
      const error = problems.validation(toFieldErrors(result.problems, body.rowNumbers));
      const listed =
        total > MAX_IMPORT_ERRORS ? ` The first ${MAX_IMPORT_ERRORS} of ${total} are listed.` : '';
      error.problem.detail = `The return has ${total} problem${total === 1 ? '' : 's'}: nothing was imported.${listed} ${error.problem.detail}`;
      throw error;
    }
    const confirmed = new Set(body.confirm ?? []);
    const unconfirmed = notices.filter(
      (notice) => notice.kind === 'needs-confirmation' && !confirmed.has(notice.code),
    );
    if (unconfirmed.length > 0) {
      throw problems.validation(
        unconfirmed.map((notice) => ({
          field: 'confirm',
          message: `Confirm ${notice.code}: ${notice.message}`,
        })),
      );
    }
    // Children already in the tracker are merged, never overwritten: the same domain rules as the
    // preview (mergeSsda903), run again here on the tracker as it is now.
    const current = trackerChildren(db);
    const merge = mergeSsda903(current.tracker, result.children, { today: db.today });
    if (iro === null && merge.totals.newChildren > 0) {
      throw problems.validation([
        { field: 'iroId', message: 'Select the IRO to allocate the new children to' },
      ]);
    }

    const children: Child[] = [];
    const reviews: Review[] = [];
    const events: AuditEvent[] = [];
    const created: Child[] = [];
    const childIds: (string | null)[] = [];
    let periodsOfCare = 0;
    let newEpisodes = 0;
    let newChildReviews = 0;
    merge.children.forEach((outcome, index) => {
      const source = result.children[index] as Ssda903Child;
      const known =
        outcome.trackerIndex === null ? undefined : current.children[outcome.trackerIndex];
      if (outcome.outcome === 'new-child' && iro !== null) {
        const records = buildRecords(db, user, source, iro);
        children.push(records.child);
        created.push(records.child);
        reviews.push(...records.reviews);
        events.push(records.event);
        periodsOfCare += source.periods.length;
        newEpisodes += source.episodes.length;
        newChildReviews += records.reviews.length;
        childIds.push(records.child.id);
      } else if (outcome.outcome === 'changed' && known !== undefined) {
        const records = updatedRecords(db, user, known, outcome);
        children.push(records.child);
        reviews.push(...records.reviews);
        events.push(records.event);
        childIds.push(known.id);
      } else {
        childIds.push(known?.id ?? null);
      }
    });
    // One commit: no request ever sees part of an import.
    if (events.length > 0) {
      await db.commit({ puts: { children, reviews, auditEvents: events }, deletes: {} });
    }
    const response: Ssda903ImportResult = {
      summary: summaryOf(merge.totals),
      totals: merge.totals,
      outcomes: merge.children.map((outcome, index) => ({
        childRef: outcome.childRef,
        childId: childIds[index] ?? null,
        outcome: outcome.outcome,
        changes: outcome.changes,
        conflicts: outcome.conflicts,
      })),
      imported: {
        children: created.length,
        episodes: newEpisodes,
        reviews: newChildReviews,
        periodsOfCare,
      },
      children: created.map((child) => ({
        id: child.id,
        childRef: child.childRef,
        iroId: child.iroId ?? '',
        version: child.version,
      })),
    };
    return json(response, 201);
  }),

  route('checkSsda903', async ({ request, db }) => {
    const body = await readBody(request, ssda903CheckBodySchema);
    checkRowNumbers(body);
    const { validation, notices } = checkReturn(db, body);
    const pageSize = body.pageSize ?? SSDA903_CHECK_PAGE_SIZE;
    const total = validation.problems.length;
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const page = body.page ?? 1;
    const byFile = { header: 0, episodes: 0, reviews: 0 };
    const byRule: Record<string, number> = {};
    for (const problem of validation.problems) {
      byFile[problem.file] += 1;
      const rule = problem.rule ?? 'none';
      byRule[rule] = (byRule[rule] ?? 0) + 1;
    }
    const { counts } = validation;
    const response: Ssda903CheckResult = {
      problems: validation.problems
        .slice((page - 1) * pageSize, page * pageSize)
        .map(({ file, row, field, code, rule, message, childRef }) => ({
          file,
          row,
          field,
          code,
          rule,
          message,
          childRef,
        })),
      page,
      pageSize,
      totalProblems: total,
      pages,
      notices: notices.map(noticeOf),
      counts: {
        header: { ...counts.header, problems: byFile.header },
        episodes: { ...counts.episodes, problems: byFile.episodes },
        reviews: { ...counts.reviews, problems: byFile.reviews },
        periodsOfCare: counts.periodsOfCare,
        children: validation.children.length,
        byRule,
      },
      excluded: validation.excluded,
    };
    return json(response);
  }),

  route('getSsda903Reviews', ({ db, url }) => {
    const query = readQuery(url, ssda903ReviewsQuerySchema);
    const year = collectionYear(query.year);
    // Kept until the next write (every child's reviews are read); sent as a file (13 MB at
    // 100,000 children), streamed a thousand rows at a time.
    const { rows, ...fields } = keptFigure(db, `ssda903-reviews ${query.year}`, () =>
      reviewsExport(db, year),
    );
    return jsonDownload(`ssda903-reviews-${query.year}.json`, fields, 'rows', rows);
  }),
];

function reviewsExport(
  db: Database,
  year: ReturnType<typeof collectionYear>,
): Ssda903ReviewsExport {
  // With the episodes, so rule 399 (short breaks only: no review rows) can be applied.
  const sources = [...db.all('children')].map((child) => ({
    childRef: child.childRef,
    dateOfBirth: child.dateOfBirth,
    reviews: heldReviewsOf(db, child.id),
    episodes: child.episodes,
  }));
  const written = ssda903ReviewExport(sources, year);
  const response: Ssda903ReviewsExport = {
    collectionYear: year,
    rows: written.rows,
    leftOut: written.leftOut,
    leftOutByRule: written.leftOutByRule,
    leftOutSummary: written.summary,
  };
  return response;
}
