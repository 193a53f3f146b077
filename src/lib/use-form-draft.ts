import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError } from './api/client';
import { draftKey, type DraftForm, type SaveDraftBody } from './api/schemas/drafts';
import { queryKeys } from './query-keys';
import { sameShape } from './same-shape';

/** While the form differs from how it started, a draft is saved at most this often. */
export const AUTOSAVE_MS = 3_000;

export interface DraftOffer<T> {
  values: T;
  savedAt: string;
  /** The record the form edits has changed since the draft was saved. */
  recordChanged: boolean;
}

export type DraftStatus =
  { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'failed'; at: string };

export interface FormDraftOptions<T> {
  /** Which form, and the id of the child, review or meeting it is about. */
  form: DraftForm;
  subjectId: string;
  /** The values the form starts from: a draft is kept only while the form differs from them. */
  initial: T;
  /** The form's values now. */
  values: T;
  /** The version of the record the form edits (null: none), to tell when it has changed since. */
  recordVersion: number | null;
  /** Puts a draft's values back into the form ("Continue with the draft"). */
  restore: (values: T) => void;
}

export interface FormDraft<T> {
  /** A draft from earlier, until the person continues with it or discards it. */
  offer: DraftOffer<T> | null;
  status: DraftStatus;
  continueDraft: () => void;
  discardDraft: () => void;
  /** The form was saved: its draft goes (call before navigating away). */
  saved: () => void;
  /** The person chose Cancel: the draft goes when they leave (not if they stay after all). */
  cancelling: () => void;
}

async function loadDraft(key: string) {
  try {
    return await api.getDraft(key);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * A form's unsaved work kept as a draft by the backend (never in the browser's storage), so that
 * it survives a reload, a crash, a closed lid or a sign-out. Saved quietly while the form differs
 * from how it started (at most every AUTOSAVE_MS), and at once when the page is hidden or left;
 * offered back when the person returns; discarded when the form is saved or cancelled. A failed
 * save only says so in the status: the form is never blocked.
 */
export function useFormDraft<T>({
  form,
  subjectId,
  initial,
  values,
  recordVersion,
  restore,
}: FormDraftOptions<T>): FormDraft<T> {
  const key = draftKey(form, subjectId);
  const queryClient = useQueryClient();
  const [initialJson] = useState(() => JSON.stringify(initial));
  const [initialShape] = useState(() => initial);
  const json = JSON.stringify(values);
  const dirty = json !== initialJson;

  const stored = useQuery({
    queryKey: queryKeys.draft(key),
    queryFn: () => loadDraft(key),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  /** The offer has been answered (or there was nothing to offer when the form was first changed). */
  const [answered, setAnswered] = useState(false);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });

  const draft = stored.data ?? null;
  const usable =
    draft !== null &&
    JSON.stringify(draft.values) !== initialJson &&
    sameShape(initialShape, draft.values);
  const offer: DraftOffer<T> | null =
    !answered && usable
      ? {
          values: draft.values as T,
          savedAt: draft.savedAt,
          recordChanged: draft.recordVersion !== recordVersion,
        }
      : null;
  // Nothing is saved until the draft from earlier has been looked for and, if there is one,
  // answered: typing first must not write over it.
  const ready = stored.isFetched && offer === null;

  // What the backend holds for this form now: the JSON of its values, or null for nothing.
  const held = useRef<string | null>(null);
  const latest = useRef({ json, dirty, ready, recordVersion, values });
  const ending = useRef<'saved' | 'cancelled' | null>(null);
  // The autosave still on its way, if any: a removal sent meanwhile can reach the backend first
  // and the draft would come back, so it is sent again once the save has been answered.
  // (Not if the form was changed and saved again since: that draft is the one to keep.)
  const inFlight = useRef<Promise<void> | null>(null);
  const savesSent = useRef(0);
  const removeDraft = useCallback(
    (sending?: { keepalive: boolean }) => {
      void api.deleteDraft(key, sending).catch(() => undefined);
      const pending = inFlight.current;
      if (pending === null) return;
      const after = savesSent.current;
      void pending
        .then(() => (savesSent.current === after ? api.deleteDraft(key) : undefined))
        .catch(() => undefined);
    },
    [key],
  );
  useEffect(() => {
    latest.current = { json, dirty, ready, recordVersion, values };
  });
  useEffect(() => {
    if (draft !== null) held.current ??= JSON.stringify(draft.values);
  }, [draft]);

  const flush = useCallback(
    (leaving: boolean) => {
      const now = latest.current;
      if (!now.ready || ending.current !== null) return;
      const sending = { keepalive: leaving };
      if (!now.dirty) {
        if (held.current === null) return;
        held.current = null;
        removeDraft(sending);
        return;
      }
      if (held.current === now.json) return;
      const sent = now.json;
      held.current = sent;
      savesSent.current += 1;
      const request = api.saveDraft(
        key,
        { values: now.values as SaveDraftBody['values'], recordVersion: now.recordVersion },
        sending,
      );
      const answered = request.then(
        () => undefined,
        () => undefined,
      );
      inFlight.current = answered;
      void answered.then(() => {
        if (inFlight.current === answered) inFlight.current = null;
      });
      request.then(
        (summary) => {
          if (!leaving) setStatus({ kind: 'saved', at: summary.savedAt });
        },
        () => {
          // Not kept: try again with the next change (or on leaving).
          if (held.current === sent) held.current = null;
          if (!leaving) setStatus({ kind: 'failed', at: new Date().toISOString() });
        },
      );
    },
    [key, removeDraft],
  );

  // While the form differs from what the backend holds: saved within AUTOSAVE_MS of a change
  // (a steady beat, so that typing does not keep putting the save off; unchanged, nothing is sent).
  useEffect(() => {
    if (!ready) return;
    const timer = window.setInterval(() => {
      flush(false);
    }, AUTOSAVE_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [ready, flush]);

  // Leaving: the tab hidden (a closed lid, another app), the page going away, or a route change.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush(true);
    };
    const onPageHide = () => {
      flush(true);
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      if (ending.current === 'cancelled' || ending.current === 'saved') {
        removeDraft();
      } else {
        flush(true);
      }
      queryClient.removeQueries({ queryKey: queryKeys.draft(key) });
    };
  }, [flush, key, queryClient, removeDraft]);

  // Typing again after choosing Cancel (and staying): not cancelled after all.
  useEffect(() => {
    if (ending.current === 'cancelled') ending.current = null;
  }, [json]);

  return {
    offer,
    status,
    continueDraft: () => {
      if (offer === null) return;
      held.current = JSON.stringify(offer.values);
      restore(offer.values);
      setAnswered(true);
    },
    discardDraft: () => {
      held.current = null;
      setAnswered(true);
      removeDraft();
    },
    saved: () => {
      ending.current = 'saved';
    },
    cancelling: () => {
      ending.current = 'cancelled';
    },
  };
}
