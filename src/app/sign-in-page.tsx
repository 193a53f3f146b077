import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  Button,
  ErrorState,
  ErrorSummary,
  LoadingState,
  NotificationBanner,
  Radios,
} from '@/components';
import { api, ApiError } from '@/lib/api/client';
import type { StaffMember, StaffRole } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query-keys';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDraftStore } from '@/stores/draft-store';
import { useSessionStore } from '@/stores/session-store';

const roleNames: Record<StaffRole, string> = {
  iro: 'Independent reviewing officer',
  'team-manager': 'Team manager',
  'business-support': 'Business support',
};

const roleGroupNames: Record<StaffRole, string> = {
  iro: 'Independent reviewing officers (IROs)',
  'team-manager': 'Team managers',
  'business-support': 'Business support',
};

const roleHints: Record<StaffRole, string> = {
  iro: 'your caseload, recording reviews, midpoint checks and escalations',
  'team-manager': 'every IRO’s caseload, reallocation and sign-off',
  'business-support': 'booking review meetings and sending invitations',
};

const roleOrder: StaffRole[] = ['iro', 'team-manager', 'business-support'];

function fteText(member: StaffMember): string {
  return member.role === 'iro' && member.fte < 1 ? ` (${member.fte} FTE)` : '';
}

export function SignInPage() {
  const [staffId, setStaffId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const startSession = useSessionStore((state) => state.startSession);
  // Why the last session ended (the backend's words, or the timeout's): shown until signing in.
  const endedReason = useSessionStore((state) => state.endedReason);
  const formsKept = useDraftStore((state) => state.signedOutFor === 'inactivity');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle('Sign in', { hasErrors: error !== null });

  const staff = useQuery({ queryKey: queryKeys.demoStaff(), queryFn: () => api.listDemoStaff() });
  const signIn = useMutation({
    mutationFn: (id: string) => api.signIn({ staffId: id }),
    onSuccess: (session) => {
      // A new person: nothing cached for the previous one may show.
      queryClient.clear();
      startSession(session);
      // Back to where they were if they were signed out for inactivity (their form is kept).
      const returnTo = useDraftStore.getState().takeReturnPoint(session.user.id);
      void navigate(returnTo ?? paths.home, { replace: true });
    },
    onError: (failure) => {
      setError(
        failure instanceof ApiError
          ? (failure.fieldErrors.staffId ?? failure.message)
          : 'Sorry, there is a problem signing in. Try again.',
      );
    },
  });

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (staffId === null) {
      setError('Select who you are signing in as');
      return;
    }
    setError(null);
    signIn.mutate(staffId);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error !== null && <ErrorSummary errors={[{ href: '#staffId', text: error }]} />}
        {endedReason !== null && (
          <NotificationBanner title="Important">
            <p className="govuk-notification-banner__heading">{endedReason}</p>
            {formsKept && (
              <p className="govuk-body">
                What you had typed was saved as a draft: sign in again as the same person to carry
                on where you left off.
              </p>
            )}
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          This is a demonstration. Choose a member of staff to see the service as they would. Each
          role sees and may change only what its job needs:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {roleOrder.map((role) => (
            <li key={role}>
              {roleGroupNames[role]}: {roleHints[role]}
            </li>
          ))}
        </ul>
        {staff.isPending && <LoadingState label="Loading staff" />}
        {staff.isError && (
          <ErrorState
            message="Sorry, the list of staff could not be loaded."
            onRetry={() => void staff.refetch()}
          />
        )}
        {staff.data && (
          <form onSubmit={onSubmit} noValidate>
            <Radios
              name="staffId"
              legend="Who are you signing in as?"
              legendSize="m"
              error={error ?? undefined}
              value={staffId}
              onChange={(value) => {
                setStaffId(value);
              }}
              items={roleOrder.flatMap((role) =>
                staff.data
                  .filter((member) => member.role === role)
                  .map((member) => ({
                    value: member.id,
                    text: `${member.name}${fteText(member)}`,
                    hint: roleNames[role],
                  })),
              )}
            />
            <Button type="submit" disabled={signIn.isPending}>
              Sign in
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
