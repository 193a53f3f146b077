// How long a session lasts, and the words for why one ended: said once, for the backend (which
// ends sessions: mocks/http/sessions.ts) and the UI (which warns before it does and signs out at
// the same moment: src/app/session-timeout.tsx). No zod here: the UI's first download needs it.

/**
 * Minutes without a request before the backend ends a session (the council setting
 * `sessionIdleMinutes`). A local policy, not a statutory rule: HMRC's service timeout pattern uses
 * 15, council case-working systems commonly 15 to 30; 30 is what this service has always used.
 */
export const DEFAULT_SESSION_IDLE_MINUTES = 30;
export const SESSION_IDLE_MINUTES_RANGE = { min: 5, max: 120 } as const;

/** The longest a session lasts, however active (the setting `sessionMaxHours`): a working day. */
export const DEFAULT_SESSION_MAX_HOURS = 12;
export const SESSION_MAX_HOURS_RANGE = { min: 1, max: 24 } as const;

/** Sessions one person may hold at once: signing in once more ends their oldest. */
export const MAX_SESSIONS_PER_PERSON = 5;

/** The UI warns this many minutes before the backend would end the session (HMRC and DWP: 2). */
export const SESSION_WARNING_MINUTES = 2;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

export function idleSessionEndedMessage(idleMinutes: number): string {
  return `Your session ended after ${plural(idleMinutes, 'minute')} without activity: sign in again`;
}

export function expiredSessionEndedMessage(maxHours: number): string {
  return `Your session ended after ${plural(maxHours, 'hour')}: sign in again`;
}

export const TOO_MANY_SESSIONS_MESSAGE = `Your session ended because you signed in somewhere else, and one person can have ${MAX_SESSIONS_PER_PERSON} sessions at most: sign in again`;

export const SESSION_ENDED_MESSAGE = 'Your session has ended: sign in again';
