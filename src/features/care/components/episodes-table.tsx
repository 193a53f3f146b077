import { Table } from '@/components';
import { describeCode, formatDate } from '@/domain';
import type { CareRecord } from '@/lib/api/schemas';

type Period = CareRecord['periods'][number];

/** A period of care's episodes, oldest first, every code said in words. */
export function EpisodesTable({ period, caption }: { period: Period; caption: string }) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-table__caption--s"
      firstCellIsHeader
      rowKeys={period.episodes.map((episode) => episode.id)}
      head={[
        { content: 'Started' },
        { content: 'Why it started (RNE)' },
        { content: 'Legal status (LS)' },
        { content: 'Placement type (PLACE)' },
        { content: 'Ended' },
        { content: 'Why it ended (REC)' },
      ]}
      rows={period.episodes.map((episode) => [
        { content: formatDate(episode.start) },
        { content: describeCode('reasonForNewEpisode', episode.reasonForNewEpisode) },
        { content: describeCode('legalStatus', episode.legalStatus) },
        { content: describeCode('placementType', episode.placementType) },
        { content: episode.end === null ? 'Open' : formatDate(episode.end) },
        {
          content:
            episode.reasonEnded === null ? '' : describeCode('reasonEnded', episode.reasonEnded),
        },
      ])}
    />
  );
}

/** 'From 2 March 2026 to 14 May 2026' or 'From 2 March 2026, continuing'. */
export function periodText(period: Period): string {
  return period.end === null
    ? `From ${formatDate(period.start)}, continuing`
    : `From ${formatDate(period.start)} to ${formatDate(period.end)}`;
}
