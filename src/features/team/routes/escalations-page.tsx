import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  EmptyState,
  ErrorState,
  EscalationStageAge,
  formatIsoDate,
  ListPagination,
  LoadingState,
  Select,
  SummaryList,
  Table,
  Tag,
  workingDaysText as workingDays,
} from '@/components';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOpenEscalations } from '../api/get-open-escalations';
import { useTeamOverview } from '../api/get-team-overview';
import { ChildNameCell } from '../components/child-name-cell';
import { TableScroll } from '../components/table-scroll';
import { STAGE_LABELS } from '../lib/format';

/**
 * Open dispute resolution escalations by stage and age, longest open first; those open longer
 * than the council's setting are flagged, and so is a current stage held longer than it (the
 * stage's target), in words. Referrals to Cafcass (at any stage) are shown.
 */
export function EscalationsPage() {
  useDocumentTitle('Open escalations');
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const iroId = searchParams.get('iro') || undefined;
  const overview = useTeamOverview();
  const escalations = useOpenEscalations(iroId, pageFromSearch(searchParams.get('page')));
  const iroName = overview.data?.iros.find((row) => row.id === iroId)?.name;

  return (
    <>
      <h1 className="govuk-heading-l">Open escalations</h1>
      <p className="govuk-body">
        Escalations under the dispute resolution protocol that have not been resolved. Stage 1 is
        raised with the team manager, stage 2 with the head of service and stage 3 with the
        director.
      </p>

      <Select
        id="iro"
        label="Show escalations raised by"
        value={iroId ?? ''}
        onChange={(event) => {
          setSearchParams(event.target.value === '' ? {} : { iro: event.target.value });
        }}
        options={[
          { value: '', text: 'All IROs' },
          ...(overview.data?.iros ?? []).map((row) => ({ value: row.id, text: row.name })),
        ]}
      />

      {escalations.isPending ? (
        <LoadingState label="Loading open escalations" />
      ) : escalations.isError ? (
        <ErrorState
          message="The open escalations could not be loaded."
          onRetry={() => void escalations.refetch()}
        />
      ) : (
        <>
          <h2 className="govuk-heading-m">
            {escalations.data.totalItems} open{iroName ? ` from ${iroName}` : ''}
          </h2>
          <SummaryList
            rows={[
              ...([1, 2, 3] as const).map((stage) => ({
                key: STAGE_LABELS[stage],
                value: String(escalations.data.byStage[stage]),
              })),
              {
                key: `Open longer than ${workingDays(escalations.data.limitWorkingDays)}`,
                value: String(escalations.data.overLimit),
              },
              {
                key: `At their current stage longer than ${workingDays(escalations.data.limitWorkingDays)} (past target)`,
                value: String(escalations.data.stagePastTarget),
              },
              { key: 'Referred to Cafcass', value: String(escalations.data.cafcassReferred) },
            ]}
          />
          {escalations.data.totalItems === 0 ? (
            <EmptyState title="No open escalations">
              <p className="govuk-body">Every escalation has been resolved.</p>
            </EmptyState>
          ) : (
            <TableScroll label="Open escalations, longest open first">
              <Table
                caption="Open escalations, longest open first"
                captionClassName="govuk-table__caption--m"
                className="app-team-table"
                firstCellIsHeader
                rowKeys={escalations.data.items.map((item) => item.id)}
                head={[
                  { content: 'Child' },
                  { content: 'IRO' },
                  { content: 'Stage' },
                  { content: 'Raised' },
                  { content: 'Open for' },
                  { content: 'Cafcass' },
                  { content: 'Reason' },
                ]}
                rows={escalations.data.items.map((item) => [
                  { content: <ChildNameCell child={item} /> },
                  { content: item.iroName },
                  {
                    content: (
                      <>
                        {STAGE_LABELS[item.stage]}
                        <EscalationStageAge
                          since={item.stageReachedOn}
                          workingDaysAtStage={item.workingDaysAtStage}
                          targetWorkingDays={escalations.data.limitWorkingDays}
                          pastTarget={item.stagePastTarget}
                        />
                      </>
                    ),
                  },
                  { content: formatIsoDate(item.raisedOn) },
                  {
                    content: (
                      <>
                        {workingDays(item.workingDaysOpen)}
                        {item.overLimit && (
                          <span className="govuk-!-display-block govuk-!-margin-top-1">
                            <Tag colour="red">
                              Over {workingDays(escalations.data.limitWorkingDays)}
                            </Tag>
                          </span>
                        )}
                      </>
                    ),
                  },
                  {
                    content:
                      item.cafcassReferredOn === null
                        ? 'Not referred'
                        : `Referred ${formatIsoDate(item.cafcassReferredOn)}`,
                  },
                  { content: item.reason },
                ])}
              />
            </TableScroll>
          )}
          <ListPagination
            info={escalations.data}
            noun="Escalations"
            hrefFor={(page) => hrefForPage(paths.escalations, searchParams, page)}
            landmarkLabel="Pages of open escalations"
          />
        </>
      )}
    </>
  );
}
