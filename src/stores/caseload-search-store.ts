import { create } from 'zustand';
import { useSessionStore } from './session-store';

// What was typed into the caseload's search box. It is often a child's name, so it is never put in
// the URL (browser history, bookmarks, shared links and server logs would keep it): it is held in
// memory only, for the tab's session, and forgotten whenever someone signs in or out.

interface CaseloadSearchState {
  term: string;
  setTerm: (term: string) => void;
}

export const useCaseloadSearchStore = create<CaseloadSearchState>()((set) => ({
  term: '',
  setTerm: (term) => {
    set({ term });
  },
}));

useSessionStore.subscribe((state, previous) => {
  if (state.token !== previous.token) useCaseloadSearchStore.setState({ term: '' });
});
