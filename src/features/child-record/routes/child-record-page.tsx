import { Link, useLocation, useParams } from 'react-router';
import { BackLink, Button, NotificationBanner } from '@/components';
import { paths } from '@/lib/paths';
import { useStaff } from '@/lib/queries/get-staff';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuditHistory } from '../components/audit-history';
import { ChildDetails } from '../components/child-details';
import { ChildIdentityBar } from '../components/child-identity-bar';
import { ChildLoader, isAllocatedIro } from '../components/child-loader';
import { ChildTimeline } from '../components/child-timeline';
import { IroContacts } from '../components/iro-contacts';
import { NextReviewPanel } from '../components/next-review-panel';
import { OpenEscalations } from '../components/open-escalations';
import { OutstandingRecommendations } from '../components/outstanding-recommendations';
import { SignOffQueries } from '../components/sign-off-queries';

function bannerFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'banner' in state) {
    const { banner } = state;
    return typeof banner === 'string' ? banner : null;
  }
  return null;
}

/** Route: paths.childPattern ('/children/:childId'). Title 'Child record': never the name. */
export function ChildRecordPage() {
  const { childId = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const banner = bannerFrom(location.state);
  useDocumentTitle('Child record');
  const staff = useStaff(user.role !== 'iro');

  return (
    <>
      <BackLink href={paths.caseload}>Back to the caseload</BackLink>
      <ChildLoader childId={childId} title="Child record">
        {(child) => {
          const canEdit = isAllocatedIro(user, child);
          const iroName =
            child.iroId === user.id
              ? user.name
              : (staff.data?.find((member) => member.id === child.iroId)?.name ?? 'Not known');
          return (
            <>
              {banner && (
                <NotificationBanner type="success" focusOnMount heading={banner}>
                  <p className="govuk-body">
                    The next review date and status below have been worked out again.
                  </p>
                </NotificationBanner>
              )}
              <ChildIdentityBar child={child} />
              <h1 className="govuk-heading-l govuk-!-margin-top-6">
                <span className="govuk-caption-l">Child record</span> {child.givenName}{' '}
                {child.familyName}
              </h1>
              <p className="govuk-body-s">
                <Link className="govuk-link" to={paths.careRecord(child.id)}>
                  Care record: placements, legal status and leaving care
                </Link>
              </p>
              {canEdit && (
                <div className="govuk-button-group">
                  <Button href={paths.recordReview(child.id)}>Record a review</Button>
                  <Button href={paths.recordMidpoint(child.id)} variant="secondary">
                    Record a midpoint check
                  </Button>
                  <Button href={paths.raiseEscalation(child.id)} variant="secondary">
                    Raise an escalation
                  </Button>
                </div>
              )}
              <div className="govuk-grid-row">
                <div className="govuk-grid-column-full">
                  <NextReviewPanel child={child} />
                  <h2 className="govuk-heading-m">About the child</h2>
                  <ChildDetails child={child} iroName={iroName} />
                  <SignOffQueries
                    child={child}
                    canAnswer={canEdit}
                    canSignOff={user.role === 'team-manager'}
                  />
                  <OutstandingRecommendations child={child} canEdit={canEdit} />
                  <OpenEscalations
                    child={child}
                    canEdit={canEdit}
                    canResolve={user.role === 'team-manager'}
                  />
                  <IroContacts
                    child={child}
                    canRecord={canEdit}
                    canSee={user.role !== 'business-support'}
                  />
                  <ChildTimeline
                    child={child}
                    canEdit={canEdit}
                    canWithdraw={canEdit || user.role === 'team-manager'}
                  />
                  <AuditHistory childId={child.id} canSee={user.role !== 'business-support'} />
                </div>
              </div>
            </>
          );
        }}
      </ChildLoader>
    </>
  );
}
