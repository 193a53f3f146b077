import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { IsoDate } from '@/domain';
import { useSessionStore } from '@/stores/session-store';
import { api } from './api/client';
import type { Settings, StaffMember } from './api/schemas';
import { queryKeys } from './query-keys';

// Who is signed in, the backend's "today" and the council's settings: everything a signed-in page
// needs before it can show a single due date. Loaded once by <SignedInContext> and read with hooks.

export const sessionQuery = () =>
  queryOptions({
    queryKey: queryKeys.session(),
    queryFn: async () => {
      const session = await api.getSession();
      // Kept with the token, so the next reload can start this person's page at once.
      useSessionStore.getState().rememberStaff(session.user);
      return session;
    },
  });

export const clockQuery = () =>
  queryOptions({ queryKey: queryKeys.clock(), queryFn: () => api.getClock() });

export const settingsQuery = () =>
  queryOptions({ queryKey: queryKeys.settings(), queryFn: () => api.getSettings() });

export interface SignedIn {
  user: StaffMember;
  /** The backend's today in England: every status on screen is computed against it. */
  today: IsoDate;
  settings: Settings;
}

const SignedInContext = createContext<SignedIn | null>(null);

export function SignedInProvider({ value, children }: { value: SignedIn; children: ReactNode }) {
  return <SignedInContext value={value}>{children}</SignedInContext>;
}

function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (value === null)
    throw new Error('This page needs a signed-in user (render it inside <SignedInProvider>)');
  return value;
}

export function useCurrentUser(): StaffMember {
  return useSignedIn().user;
}

export function useToday(): IsoDate {
  return useSignedIn().today;
}

export function useSettings(): Settings {
  return useSignedIn().settings;
}

/** Loads what a signed-in page needs; renders `loading`/`error` until it has it. */
export function useSignedInData(enabled: boolean) {
  const session = useQuery({ ...sessionQuery(), enabled });
  const clock = useQuery({ ...clockQuery(), enabled });
  const settings = useQuery({ ...settingsQuery(), enabled });
  const value: SignedIn | null =
    session.data && clock.data && settings.data
      ? { user: session.data.user, today: clock.data.today, settings: settings.data }
      : null;
  const error = session.error ?? clock.error ?? settings.error;
  return {
    value,
    error,
    refetch: () => {
      void session.refetch();
      void clock.refetch();
      void settings.refetch();
    },
  };
}
