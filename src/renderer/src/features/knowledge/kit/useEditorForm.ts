import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DraftValue } from '../../../../../shared/ipc/channels/drafts';
import { useT } from '../../../i18n/context';
import { draftFingerprint, useDraftKeeper } from '../../drafts';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from './form-errors';
import { restoreEditorForm, type EditorDraft } from './editor-draft';
import { EditorGuardContext, type EditorGuard } from './editor-guard';

/** What EditorFrame needs to keep a change from being thrown away without a question. */
export interface EditorDraftState {
  /** The form differs from what the editor opened on (the item, or an empty new one). */
  dirty: boolean;
  /** When the draft on screen was saved, while it is the restored one; null otherwise. */
  restoredAt: number | null;
  /** Forget the draft (Discard). */
  discard: () => Promise<void>;
}

/**
 * The state every library editor keeps: the values, the errors shown on them, and whether a
 * save is in flight. The first field (`first`) takes focus when the editor opens. What a field
 * is, what "valid" means and what is sent stay with the editor.
 *
 * With `draft`, the values start from the stored draft (if any), every change is kept in main as
 * the draft of that place (#13), a successful save forgets it, and the open editor tells its
 * screen (EditorGuardContext) whether leaving would throw a change away.
 */
export function useEditorForm<V extends object, F extends string & keyof V>(initial: V, fields: readonly F[], draft?: EditorDraft) {
  const t = useT();
  const [form, setForm] = useState<V>(() => (draft?.restored ? restoreEditorForm(initial, draft.restored.fields) : initial));
  const [restoredAt, setRestoredAt] = useState(draft?.restored?.updatedAt ?? null);
  const [errors, setErrors] = useState<FormErrors<F>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const keeper = useDraftKeeper(draft?.key ?? null);
  const dirty = draftFingerprint(form as Record<string, DraftValue>) !== draftFingerprint(initial as Record<string, DraftValue>);
  const dirtyRef = useRef(dirty);
  useLayoutEffect(() => {
    dirtyRef.current = dirty;
  });

  // Every change goes to main as this place's draft; back to the starting values, there is none.
  const formText = JSON.stringify(form);
  const lastSaved = useRef<string | null>(null);
  useEffect(() => {
    if (!draft || lastSaved.current === formText) return;
    const firstRun = lastSaved.current === null;
    lastSaved.current = formText;
    if (firstRun) return;
    keeper.save(dirty ? { fields: form as Record<string, DraftValue> } : null);
    // formText stands for the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formText]);

  // The screen asks before a list click or "New" replaces this editor.
  const guards = useContext(EditorGuardContext);
  useEffect(() => {
    if (!guards || !draft) return;
    const guard: EditorGuard = { dirty: () => dirtyRef.current, discard: () => keeper.clear() };
    guards.register(guard);
    return () => guards.register(null);
  }, [guards, draft, keeper]);

  /** Changes one field and clears the error shown for it (it may be fixed now). */
  const edit = <K extends F>(key: K, value: V[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => (e.byField[key] ? { ...e, byField: { ...e.byField, [key]: undefined } } : e));
    setRestoredAt(null);
  };

  /** Shows problems found before sending (nothing is sent). */
  const showProblems = (byField: Partial<Record<F, string>>) => setErrors({ byField, general: null });

  /**
   * Sends the save. On failure the form stays open with what was typed: a 422's field errors
   * land on their fields (`aliases` maps the API's other names for them), the rest on top.
   * Saved, the draft is forgotten.
   */
  const send = async (save: () => Promise<void>, aliases?: Readonly<Record<string, F>>) => {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await save();
      dirtyRef.current = false;
      await keeper.clear();
    } catch (err) {
      setErrors(formErrorsFrom(err, fields, t, aliases));
      setBusy(false);
    }
  };

  const draftState: EditorDraftState = {
    dirty,
    restoredAt,
    discard: keeper.clear,
  };

  return { form, errors, busy, first, edit, showProblems, send, draft: draftState };
}
