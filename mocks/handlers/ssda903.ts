// The DfE SSDA903 return: import (team managers load a council's looked-after children) and the
// reviews file for a collection year. The import checks the rows again with the same domain rules
// as the preview and writes everything in one commit, or nothing.
import {
  collectionYear,
  importedParticipationMethod,
  SSDA903_FILE_LABELS,
  SSDA903_REQUIRED_COLUMNS,
  ssda903ReviewRows,
  validateSsda903,
  type Ssda903Child,
  type Ssda903Problem,
} from '@/domain';
import type { AuditEvent, Child, Episode, Review, StaffMember } from '@/lib/api/schemas';
import {
  ssda903ImportBodySchema,
  ssda903ReviewsQuerySchema,
  type Ssda903ImportResult,
  type Ssda903ReviewsExport,
} from '@/lib/api/ssda903-schemas';
import type { Database } from '../db/database';
import { problems, type FieldError } from '../http/problem';
import { route } from '../http/route';
import { auditEvent, newId, nowInstant } from '../http/support';
import { json, readBody, readQuery } from '../http/validation';
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
function fieldOf(problem: Ssda903Problem): string {
  return problem.row <= 1 ? problem.file : `${problem.file}.${problem.row - 2}.${problem.field}`;
}

function toFieldErrors(found: readonly Ssda903Problem[]): FieldError[] {
  return found.slice(0, MAX_IMPORT_ERRORS).map((problem) => ({
    field: fieldOf(problem),
    message: `${SSDA903_FILE_LABELS[problem.file].replace(/^./, (c) => c.toUpperCase())}, row ${problem.row}, ${problem.field}: ${problem.message}`,
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
    reasonEnded: episode.end === null || episode.reasonEnded === '' ? null : episode.reasonEnded,
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
    placement: {
      type: placementType,
      description: PLACEMENT_DESCRIPTIONS.get(placementType) ?? `Placement type ${placementType}`,
    },
    socialWorker: { ...IMPORTED_SOCIAL_WORKER },
    iroId: iro.id,
    version: 1,
    episodes,
  };
  const recordedAt = nowInstant(db);
  const reviews: Review[] = source.reviews.map((review) => ({
    id: newId('rv'),
    childId: child.id,
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
    recordOfReviewCompletedOn: null,
    decisionsSentOn: null,
    managerSignOffOn: null,
    version: 1,
    recordedBy: user.id,
    recordedAt,
  }));
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

export const ssda903Handlers = [
  route('importSsda903', async ({ request, db, user }) => {
    const body = await readBody(request, ssda903ImportBodySchema);
    const iro = activeIro(db, body.iroId);
    const result = validateSsda903(
      {
        header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: body.header },
        episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: body.episodes },
        reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: body.reviews },
      },
      { today: db.today },
    );
    if (result.problems.length > 0) {
      const error = problems.validation(toFieldErrors(result.problems));
      error.problem.detail = `The return has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}: nothing was imported. ${error.problem.detail}`;
      throw error;
    }
    // A child already in the tracker is not overwritten: the whole import is refused.
    const existing = new Set<string>();
    for (const child of db.all('children')) existing.add(child.childRef);
    const clashes: FieldError[] = [];
    for (const source of result.children) {
      if (existing.has(source.childRef)) {
        clashes.push({
          field: `header.${source.headerRow - 2}.CHILD`,
          message: `Header file, row ${source.headerRow}, CHILD: child ${source.childRef} is already in the tracker`,
        });
      }
    }
    if (clashes.length > 0) throw problems.validation(clashes.slice(0, MAX_IMPORT_ERRORS));

    const children: Child[] = [];
    const reviews: Review[] = [];
    const events: AuditEvent[] = [];
    for (const source of result.children) {
      const records = buildRecords(db, user, source, iro);
      children.push(records.child);
      reviews.push(...records.reviews);
      events.push(records.event);
    }
    // One commit: no request ever sees part of an import.
    await db.commit({ puts: { children, reviews, auditEvents: events }, deletes: {} });
    const response: Ssda903ImportResult = {
      imported: {
        children: children.length,
        episodes: result.counts.episodes.valid,
        reviews: reviews.length,
        periodsOfCare: result.counts.periodsOfCare,
      },
      children: children.map((child) => ({
        id: child.id,
        childRef: child.childRef,
        iroId: iro.id,
        version: child.version,
      })),
    };
    return json(response, 201);
  }),

  route('getSsda903Reviews', ({ db, url }) => {
    const query = readQuery(url, ssda903ReviewsQuerySchema);
    const year = collectionYear(query.year);
    const sources = [...db.all('children')].map((child) => ({
      childRef: child.childRef,
      dateOfBirth: child.dateOfBirth,
      reviews: db.forChild('reviews', child.id),
    }));
    const response: Ssda903ReviewsExport = {
      collectionYear: year,
      rows: ssda903ReviewRows(sources, year),
    };
    return json(response);
  }),
];
