import { create } from 'zustand';

// Unsaved form values kept in memory only (never in storage: they hold details about a child), so
// that a person signed out for inactivity finds what they had typed when they sign back in, in the
// same tab. Open forms report their values as `live`; only a sign-out for inactivity turns them
// into `kept` drafts, and a form takes its kept draft once. An explicit "Sign out" drops everything.

export interface ReturnPoint {
  userId: string;
  path: string;
}

interface DraftState {
  live: Record<string, unknown>;
  kept: Record<string, unknown>;
  /** Why the last sign-out happened, for the sign-in page to explain. */
  signedOutFor: 'inactivity' | null;
  /** Where to take the same person back to after signing in again. */
  returnTo: ReturnPoint | null;
  setLive: (key: string, values: unknown) => void;
  dropLive: (key: string) => void;
  /** The kept draft for this form, handed over once. */
  takeKept: (key: string) => unknown;
  signedOutForInactivity: (returnTo: ReturnPoint) => void;
  forgetEverything: () => void;
  /** After signing in: the place to go back to, if it is this person's. */
  takeReturnPoint: (userId: string) => string | null;
}

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

export const useDraftStore = create<DraftState>()((set, get) => ({
  live: {},
  kept: {},
  signedOutFor: null,
  returnTo: null,
  setLive: (key, values) => {
    set((state) => ({ live: { ...state.live, [key]: values } }));
  },
  dropLive: (key) => {
    set((state) => ({ live: without(state.live, key) }));
  },
  takeKept: (key) => {
    const value = get().kept[key];
    if (value !== undefined) set((state) => ({ kept: without(state.kept, key) }));
    return value;
  },
  signedOutForInactivity: (returnTo) => {
    set((state) => ({
      kept: { ...state.kept, ...state.live },
      live: {},
      signedOutFor: 'inactivity',
      returnTo,
    }));
  },
  forgetEverything: () => {
    set({ live: {}, kept: {}, signedOutFor: null, returnTo: null });
  },
  takeReturnPoint: (userId) => {
    const { returnTo } = get();
    set({ signedOutFor: null, returnTo: null });
    return returnTo?.userId === userId ? returnTo.path : null;
  },
}));

export function draftKey(userId: string, path: string): string {
  return `${userId}:${path}`;
}
