import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isValidMacro, type PlaybookInput } from '../../../../shared/library/playbook-input';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { Field } from '../knowledge/kit/Field';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../knowledge/kit/form-errors';
import { MarkdownEditor } from '../knowledge/kit/MarkdownEditor';
import { isMacLike, useEditorKeys } from '../knowledge/kit/useEditorKeys';

export const EMPTY_PLAYBOOK: PlaybookInput = { title: '', body: '', macro: null };
const FIELDS = ['title', 'body', 'macro'] as const;
type PlaybookField = (typeof FIELDS)[number];

/**
 * Create or edit a playbook (title, Markdown instructions, optional macro). The macro is
 * checked as you type; Devin's 422 field errors (also `name`/`instructions` from the docs'
 * example shape) land on their fields.
 */
export function PlaybookEditor({
  mode,
  initial,
  onSave,
  onCancel,
}: {
  mode: 'new' | 'edit';
  initial: PlaybookInput;
  onSave: (input: PlaybookInput) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [form, setForm] = useState<PlaybookInput>(initial);
  const [errors, setErrors] = useState<FormErrors<PlaybookField>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const macro = form.macro ?? '';
  /** Changes one field and clears the error shown for it (it may be fixed now). */
  const edit = <K extends PlaybookField>(key: K, value: PlaybookInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => (e.byField[key] ? { ...e, byField: { ...e.byField, [key]: undefined } } : e));
  };
  const macroError = macro.trim() !== '' && !isValidMacro(macro.trim()) ? t('playbooks.form.macroInvalid') : errors.byField.macro;

  const save = useCallback(async () => {
    if (busy) return;
    const problems: Partial<Record<PlaybookField, string>> = {};
    if (form.title.trim() === '') problems.title = t('library.form.required');
    if (form.body.trim() === '') problems.body = t('library.form.required');
    if (macro.trim() !== '' && !isValidMacro(macro.trim())) problems.macro = t('playbooks.form.macroInvalid');
    if (Object.keys(problems).length > 0) {
      setErrors({ byField: problems, general: null });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await onSave({ title: form.title, body: form.body, macro: macro.trim() === '' ? null : macro.trim() });
    } catch (err) {
      setErrors(formErrorsFrom(err, FIELDS, t, { name: 'title', instructions: 'body' }));
      setBusy(false);
    }
  }, [busy, form, macro, onSave, t]);

  const onKeyDown = useEditorKeys(() => void save(), onCancel);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const title = t(mode === 'new' ? 'playbooks.editor.new' : 'playbooks.editor.edit');

  return (
    <form className="lib-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={title} noValidate>
      <h2 className="lib-form-title">{title}</h2>
      {errors.general && <InlineError message={errors.general} />}
      <div className="lib-form-row">
        <Field label={t('playbooks.field.title')} error={errors.byField.title}>
          {(ids) => (
            <input ref={first} type="text" id={ids.id} value={form.title} onChange={(e) => edit('title', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
          )}
        </Field>
        <Field label={t('playbooks.field.macro')} help={t('playbooks.field.macroHelp')} error={macroError}>
          {(ids) => (
            <input
              type="text"
              id={ids.id}
              className="mono"
              placeholder="!deploy"
              value={macro}
              onChange={(e) => edit('macro', e.target.value)}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
            />
          )}
        </Field>
      </div>
      <Field label={t('playbooks.field.body')} error={errors.byField.body}>
        {(ids) => <MarkdownEditor ids={ids} value={form.body} onChange={(v) => edit('body', v)} rows={16} />}
      </Field>
      <div className="lib-form-actions">
        <span className="lib-form-keys">{t('library.form.keys', { mod: isMacLike() ? '⌘' : 'Ctrl' })}</span>
        <Button onClick={onCancel} disabled={busy}>
          {t('library.cancel')}
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('library.saving') : mode === 'new' ? t('library.create') : t('library.save')}
        </Button>
      </div>
    </form>
  );
}
