import { create } from 'zustand';

// Where a person signed out for inactivity was, so that signing back in takes them there. What
// they had typed is not here: every long form keeps a draft in the backend as it goes
// (src/lib/use-form-draft.ts), so an idle sign-out, which comes after minutes without a key
// press, finds it saved, and the form offers it back. An explicit "Sign out" forgets the place.

export interface ReturnPoint {
  userId: string;
  path: string;
}

interface DraftState {
  /** Why the last sign-out happened, for the sign-in page to explain. */
  signedOutFor: 'inactivity' | null;
  /** Where to take the same person back to after signing in again. */
  returnTo: ReturnPoint | null;
  signedOutForInactivity: (returnTo: ReturnPoint) => void;
  forgetEverything: () => void;
  /** After signing in: the place to go back to, if it is this person's. */
  takeReturnPoint: (userId: string) => string | null;
}

export const useDraftStore = create<DraftState>()((set, get) => ({
  signedOutFor: null,
  returnTo: null,
  signedOutForInactivity: (returnTo) => {
    set({ signedOutFor: 'inactivity', returnTo });
  },
  forgetEverything: () => {
    set({ signedOutFor: null, returnTo: null });
  },
  takeReturnPoint: (userId) => {
    const { returnTo } = get();
    set({ signedOutFor: null, returnTo: null });
    return returnTo?.userId === userId ? returnTo.path : null;
  },
}));
