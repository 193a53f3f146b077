import { Button, Table } from '@/components';
import {
  describeIroContact,
  formatDate,
  IRO_CONTACT_TYPE_LABELS,
  iroContactSeesChild,
} from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useIroContacts } from '../api/iro-contacts';

/** How many contacts the record lists: the latest; the rest are in the audit history. */
const SHOWN = 10;

/**
 * The IRO's contacts with the child between reviews: when last seen, and the latest contacts.
 * Not for business support (the backend refuses them: a note holds what the child said).
 */
export function IroContacts({
  child,
  canRecord,
  canSee,
}: {
  child: ChildDetail;
  canRecord: boolean;
  canSee: boolean;
}) {
  const contacts = useIroContacts(child.id, canSee);
  if (!canSee) return null;
  const items = contacts.data?.items ?? [];
  const lastSeen = items.find(
    (item) => iroContactSeesChild(item.type) && item.contactOn === contacts.data?.lastSeenOn,
  );
  return (
    <section aria-labelledby="iro-contacts-heading">
      <h2 className="govuk-heading-m" id="iro-contacts-heading">
        Contacts with the IRO
      </h2>
      {contacts.isPending ? (
        <p className="govuk-body">Loading the IRO’s contacts…</p>
      ) : contacts.isError ? (
        <p className="govuk-body">The IRO’s contacts could not be loaded.</p>
      ) : (
        <>
          <p className="govuk-body" data-testid="last-seen-by-iro">
            <strong>Last seen by the IRO:</strong>{' '}
            {lastSeen === undefined
              ? 'not seen by the IRO on record (a visit or video call)'
              : `${formatDate(lastSeen.contactOn)}, ${describeIroContact(lastSeen)}`}
          </p>
          {items.length > 0 && (
            <Table
              caption="The IRO’s latest contacts with the child"
              captionClassName="govuk-table__caption--s"
              head={[
                { content: 'Date' },
                { content: 'Type' },
                { content: 'Seen alone' },
                { content: 'Note' },
              ]}
              rowKeys={items.slice(0, SHOWN).map((item) => item.id)}
              rows={items.slice(0, SHOWN).map((item) => [
                { content: formatDate(item.contactOn) },
                { content: IRO_CONTACT_TYPE_LABELS[item.type] },
                {
                  content: item.seenAlone === null ? 'Not asked' : item.seenAlone ? 'Yes' : 'No',
                },
                { content: item.note ?? 'None' },
              ])}
            />
          )}
        </>
      )}
      {canRecord && (
        <Button href={paths.recordIroContact(child.id)} variant="secondary">
          Record a contact
        </Button>
      )}
    </section>
  );
}
