import { ErrorState, formatIsoDateTime, LoadingState, Table } from '@/components';
import { useChildAuditEvents } from '../api/get-audit-events';

/** Who changed what in the child's records, newest first. */
export function AuditHistory({ childId, canSee }: { childId: string; canSee: boolean }) {
  const events = useChildAuditEvents(childId, canSee);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="govuk-heading-m">
        History of changes
      </h2>
      {!canSee ? (
        <p className="govuk-body">Only IROs and team managers can see the history of changes.</p>
      ) : events.isPending ? (
        <LoadingState label="Loading the history of changes" />
      ) : events.isError ? (
        <ErrorState
          headingLevel={3}
          message="The history of changes could not be loaded."
          onRetry={() => void events.refetch()}
        />
      ) : events.data.items.length === 0 ? (
        <p className="govuk-body">No changes have been recorded.</p>
      ) : (
        <Table
          caption="History of changes to this child’s records"
          captionClassName="govuk-visually-hidden"
          head={[{ content: 'When' }, { content: 'Who' }, { content: 'What changed' }]}
          rowKeys={events.data.items.map((event) => event.id)}
          rows={events.data.items.map((event) => [
            { content: formatIsoDateTime(event.at) },
            { content: event.actorName },
            {
              content: (
                <>
                  {event.summary}
                  {event.action === 'updated' && event.changes.length > 0 && (
                    <span className="govuk-body-s govuk-!-display-block">
                      Fields: {event.changes.map((change) => change.field).join(', ')}
                    </span>
                  )}
                </>
              ),
            },
          ])}
        />
      )}
    </section>
  );
}
