import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

// Holds only the opaque session token (no child data), in sessionStorage so that a reload keeps the
// demo user signed in while closing the tab signs them out.
interface SessionState {
  token: string | null;
  setToken: (token: string | null) => void;
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      setToken: (token) => {
        set({ token });
      },
    }),
    {
      name: 'iro-tracker-session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ token: state.token }),
    },
  ),
);

export function currentSessionToken(): string | null {
  return useSessionStore.getState().token;
}
