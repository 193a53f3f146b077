import { create } from 'zustand';

// Whether the service can be reached: the browser's own online/offline events, and the outcome of
// the last request (a network failure says "unreachable" even when the browser thinks it is
// online; any response says it is back).
interface ConnectionState {
  browserOffline: boolean;
  unreachable: boolean;
  setBrowserOffline: (offline: boolean) => void;
  setUnreachable: (unreachable: boolean) => void;
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  browserOffline: typeof navigator !== 'undefined' && !navigator.onLine,
  unreachable: false,
  setBrowserOffline: (browserOffline) => {
    set({ browserOffline });
  },
  setUnreachable: (unreachable) => {
    set((state) => (state.unreachable === unreachable ? state : { unreachable }));
  },
}));
