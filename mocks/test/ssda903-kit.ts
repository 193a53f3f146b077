import { expect } from 'vitest';
import { formatSsda903Date, SSDA903_REQUIRED_COLUMNS, validateSsda903 } from '@/domain';
import { type Child } from '@/lib/api/schemas';
import { ssda903ImportResultSchema, type Ssda903ImportResult } from '@/lib/api/ssda903-schemas';
import { call, signInAs, staff, useMockBackend } from './support';

/** The shared set-up and helpers of the useSsda903Kit tests (one seeded database per test). */
export function useSsda903Kit() {
  const ctx = useMockBackend({ size: 30 });

  const header = [
    { CHILD: 'NB903001', SEX: '1', DOB: '14/03/2015' },
    { CHILD: 'NB903002', SEX: '2', DOB: '02/02/2024' },
  ];
  const episodes = [
    { CHILD: 'NB903001', DECOM: '01/05/2025', RNE: 'S', LS: 'C2', PLACE: 'U4', DEC: '', REC: '' },
    {
      CHILD: 'NB903002',
      DECOM: '01/12/2024',
      RNE: 'S',
      LS: 'V2',
      PLACE: 'U6',
      DEC: '10/01/2025',
      REC: 'E11',
    },
    { CHILD: 'NB903002', DECOM: '02/03/2026', RNE: 'S', LS: 'C1', PLACE: 'U6', DEC: '', REC: '' },
  ];
  const reviews = [
    { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '28/05/2025', REVIEW_CODE: 'PN1' },
    { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '20/08/2025', REVIEW_CODE: 'PN5' },
    { CHILD: 'NB903002', DOB: '02/02/2024', REVIEW: '20/12/2024', REVIEW_CODE: 'PN0' },
  ];

  async function manager() {
    const margaret = staff(ctx.db, 'team-manager');
    const { token } = await signInAs(ctx.db, 'team-manager');
    return { margaret, token };
  }

  const IRO = 'st_04'; // Gareth Lloyd

  type Rows = Record<string, string>[];

  /**
   * A tracker child as the case system's return would have them (optionally with their episodes
   * edited), and whether those rows pass the return's own check.
   */
  function returnOf(
    child: Child,
    edit: (rows: Rows) => Rows = (rows) => rows,
  ): { header: Rows; episodes: Rows; reviews: Rows; valid: boolean } {
    const DOB = formatSsda903Date(child.dateOfBirth);
    const header = [{ CHILD: child.childRef, SEX: child.sex ?? '1', DOB }];
    const episodeRows = edit(
      [...child.episodes]
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
        .map((episode) => ({
          CHILD: child.childRef,
          DECOM: formatSsda903Date(episode.start),
          RNE: episode.reasonForNewEpisode,
          LS: episode.legalStatus,
          PLACE: episode.placementType,
          DEC: episode.end === null ? '' : formatSsda903Date(episode.end),
          REC: episode.reasonEnded ?? '',
        })),
    );
    const reviewRows = ctx.db.forChild('reviews', child.id).map((review) => ({
      CHILD: child.childRef,
      DOB,
      REVIEW: formatSsda903Date(review.heldOn),
      REVIEW_CODE: review.participationCode,
    }));
    const checked = validateSsda903(
      {
        header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: header },
        episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: episodeRows },
        reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: reviewRows },
      },
      { today: ctx.db.today },
    );
    return {
      header,
      episodes: episodeRows,
      reviews: reviewRows,
      valid: checked.problems.length === 0 && checked.children.length === 1,
    };
  }

  /** The open episode's row ended on `date` with `rec`. */
  const closeOpen = (date: string, rec: string) => (rows: Rows) =>
    rows.map((row) => (row.DEC === '' ? { ...row, DEC: formatSsda903Date(date), REC: rec } : row));

  async function importReturn(
    token: string,
    body: Record<string, unknown>,
  ): Promise<Ssda903ImportResult> {
    const result = await call('POST', '/ssda903/import', { token, body });
    expect(result.body.errors ?? []).toEqual([]);
    expect(result.status).toBe(201);
    return ssda903ImportResultSchema.parse(result.body);
  }

  const counts = () => ({
    children: ctx.db.count('children'),
    reviews: ctx.db.count('reviews'),
    audit: ctx.db.count('auditEvents'),
  });

  return {
    ctx,
    header,
    episodes,
    reviews,
    manager,
    IRO,
    returnOf,
    closeOpen,
    importReturn,
    counts,
  };
}
