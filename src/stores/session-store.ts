import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SessionTimes, StaffMember } from '@/lib/api/schemas';

// Holds the opaque session token and who it belongs to (no child data), in sessionStorage so that
// a reload keeps the demo user signed in while closing the tab signs them out. In memory only: when
// the backend will end the session (from its answers) and why the last one ended.

/**
 * Who the token was issued to, kept beside it so that a reload can start the page's own requests
 * (an IRO's caseload) at once, beside the session check instead of after it (src/app/first-load.ts).
 * A hint only: the backend answers for the token whoever is named here.
 */
export type SignedInStaff = Pick<StaffMember, 'id' | 'role'>;

/**
 * The clock the session is timed on here: monotonic milliseconds (performance.now), so changing the
 * device's date or time does not move a deadline. (The backend decides in its own clock: this only
 * says when to warn.)
 */
export function sessionClock(): number {
  return performance.now();
}

/** How long the backend lets this session last, from its last answer. */
export interface SessionLimits {
  /** Minutes without a signed-in request before the backend ends it (`sessionIdleMinutes`). */
  idleMinutes: number;
  /** Its longest life (`sessionMaxHours`). */
  maxHours: number;
  /** When it ends however active it is, on the sessionClock. */
  expiresAt: number;
}

interface SessionState {
  token: string | null;
  /** Who the token was issued to (sign-in's answer, then each GET /session's); null: not known. */
  staff: SignedInStaff | null;
  limits: SessionLimits | null;
  /** Why the last session ended (the backend's words), for the sign-in page; null: signed out. */
  endedReason: string | null;
  setToken: (token: string | null) => void;
  /** Signed in: the token, who it is and the session's times, as the sign-in response gave them. */
  startSession: (
    session: SessionTimes & { token: string; user?: SignedInStaff },
    receivedAt?: number,
  ) => void;
  /** The backend said who the session is (GET /session). */
  rememberStaff: (staff: SignedInStaff) => void;
  /** The backend said again when the session ends (GET /session). */
  updateTimes: (times: SessionTimes, receivedAt?: number) => void;
  /** The session ended (null: the person signed out); the token is forgotten. */
  endSession: (reason: string | null) => void;
}

/** When the last signed-in request was sent (sessionClock): not state, not persisted. */
let lastRequestAt: number | null = null;

function limitsFrom(times: SessionTimes, receivedAt: number): SessionLimits {
  // Measured from the backend's own `now`, so a device clock that is wrong does not matter.
  return {
    idleMinutes: times.idleMinutes,
    maxHours: times.maxHours,
    expiresAt: receivedAt + (Date.parse(times.expiresAt) - Date.parse(times.now)),
  };
}

/** The backend's last sight of this session, on the sessionClock. */
function lastSeenFrom(times: SessionTimes, receivedAt: number): number {
  return (
    receivedAt -
    (times.idleMinutes * 60_000 - (Date.parse(times.idleExpiresAt) - Date.parse(times.now)))
  );
}

/** Only the id and role: never the rest of the staff member's record. */
function staffOf({ id, role }: SignedInStaff): SignedInStaff {
  return { id, role };
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      staff: null,
      limits: null,
      endedReason: null,
      setToken: (token) => {
        lastRequestAt = null;
        set(
          token === null
            ? { token, staff: null, limits: null }
            : { token, staff: null, limits: null, endedReason: null },
        );
      },
      startSession: (session, receivedAt = sessionClock()) => {
        lastRequestAt = lastSeenFrom(session, receivedAt);
        set({
          token: session.token,
          staff: session.user === undefined ? null : staffOf(session.user),
          limits: limitsFrom(session, receivedAt),
          endedReason: null,
        });
      },
      rememberStaff: (staff) => {
        set({ staff: staffOf(staff) });
      },
      updateTimes: (times, receivedAt = sessionClock()) => {
        lastRequestAt = Math.max(lastRequestAt ?? -Infinity, lastSeenFrom(times, receivedAt));
        set({ limits: limitsFrom(times, receivedAt) });
      },
      endSession: (reason) => {
        lastRequestAt = null;
        set({ token: null, staff: null, limits: null, endedReason: reason });
      },
    }),
    {
      name: 'iro-tracker-session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ token: state.token, staff: state.staff }),
    },
  ),
);

/**
 * The token for the API client's next request (null when signed out). Every signed-in request
 * moves the backend's idle deadline on, so this notes when it was sent: the timeout warning
 * (src/app/session-timeout.tsx) counts from the last one, as the backend does.
 */
export function currentSessionToken(): string | null {
  const { token } = useSessionStore.getState();
  if (token !== null) lastRequestAt = sessionClock();
  return token;
}

/** When the last signed-in request was sent (sessionClock), or null before any. */
export function lastSignedInRequestAt(): number | null {
  return lastRequestAt;
}
