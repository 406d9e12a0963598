import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/context';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from './form-errors';

/**
 * The state every library editor keeps: the values, the errors shown on them, and whether a
 * save is in flight. The first field (`first`) takes focus when the editor opens. What a field
 * is, what "valid" means and what is sent stay with the editor.
 */
export function useEditorForm<V extends object, F extends string & keyof V>(initial: V, fields: readonly F[]) {
  const t = useT();
  const [form, setForm] = useState<V>(initial);
  const [errors, setErrors] = useState<FormErrors<F>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  /** Changes one field and clears the error shown for it (it may be fixed now). */
  const edit = <K extends F>(key: K, value: V[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => (e.byField[key] ? { ...e, byField: { ...e.byField, [key]: undefined } } : e));
  };

  /** Shows problems found before sending (nothing is sent). */
  const showProblems = (byField: Partial<Record<F, string>>) => setErrors({ byField, general: null });

  /**
   * Sends the save. On failure the form stays open with what was typed: a 422's field errors
   * land on their fields (`aliases` maps the API's other names for them), the rest on top.
   */
  const send = async (save: () => Promise<void>, aliases?: Readonly<Record<string, F>>) => {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await save();
    } catch (err) {
      setErrors(formErrorsFrom(err, fields, t, aliases));
      setBusy(false);
    }
  };

  return { form, errors, busy, first, edit, showProblems, send };
}
