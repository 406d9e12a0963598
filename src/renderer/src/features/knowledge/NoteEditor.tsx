import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { KnowledgeFolders } from '../../../../shared/domain/knowledge';
import type { NoteInput } from '../../../../shared/library/note-input';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { Field } from './kit/Field';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from './kit/form-errors';
import { MarkdownEditor } from './kit/MarkdownEditor';
import { isMacLike, useEditorKeys } from './kit/useEditorKeys';

export const EMPTY_NOTE: NoteInput = { name: '', trigger: '', body: '', folder_id: null, pinned_repo: null, is_enabled: true };
const FIELDS = ['name', 'trigger', 'body', 'folder_id', 'pinned_repo', 'is_enabled'] as const;
type NoteField = (typeof FIELDS)[number];

/**
 * Create or edit a note. Saving sends every field (the API's PUT replaces the whole note).
 * Required fields are checked here first; Devin's 422 field errors land on their fields.
 */
export function NoteEditor({
  mode,
  initial,
  folders,
  onSave,
  onCancel,
}: {
  mode: 'new' | 'edit';
  initial: NoteInput;
  folders: KnowledgeFolders | null;
  onSave: (input: NoteInput) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [form, setForm] = useState<NoteInput>(initial);
  const [errors, setErrors] = useState<FormErrors<NoteField>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  /** Changes one field and clears the error shown for it (it may be fixed now). */
  const set = <K extends NoteField>(key: K, value: NoteInput[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => (e.byField[key] ? { ...e, byField: { ...e.byField, [key]: undefined } } : e));
  };

  const save = useCallback(async () => {
    if (busy) return;
    const missing = (['name', 'trigger', 'body'] as const).filter((k) => form[k].trim() === '');
    if (missing.length > 0) {
      setErrors({ byField: Object.fromEntries(missing.map((k) => [k, t('library.form.required')])), general: null });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await onSave(form);
    } catch (err) {
      setErrors(formErrorsFrom(err, FIELDS, t));
      setBusy(false);
    }
  }, [busy, form, onSave, t]);

  const onKeyDown = useEditorKeys(() => void save(), onCancel);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  return (
    <form className="lib-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={t(mode === 'new' ? 'knowledge.editor.new' : 'knowledge.editor.edit')} noValidate>
      <h2 className="lib-form-title">{t(mode === 'new' ? 'knowledge.editor.new' : 'knowledge.editor.edit')}</h2>
      {errors.general && <InlineError message={errors.general} />}
      <Field label={t('knowledge.field.name')} error={errors.byField.name}>
        {(ids) => (
          <input ref={first} type="text" id={ids.id} value={form.name} onChange={(e) => set('name', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
        )}
      </Field>
      <Field label={t('knowledge.field.trigger')} help={t('knowledge.field.triggerHelp')} error={errors.byField.trigger}>
        {(ids) => (
          <input type="text" id={ids.id} value={form.trigger} onChange={(e) => set('trigger', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
        )}
      </Field>
      <div className="lib-form-row">
        <Field label={t('knowledge.field.folder')} error={errors.byField.folder_id}>
          {(ids) => (
            <select
              id={ids.id}
              className="select"
              value={form.folder_id ?? ''}
              onChange={(e) => set('folder_id', e.target.value === '' ? null : e.target.value)}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
            >
              <option value="">{t('knowledge.field.noFolder')}</option>
              {folders?.folders.map((f) => (
                <option key={f.folder_id} value={f.folder_id}>
                  {f.path || f.name}
                </option>
              ))}
              {form.folder_id && !folders?.folders.some((f) => f.folder_id === form.folder_id) && <option value={form.folder_id}>{form.folder_id}</option>}
            </select>
          )}
        </Field>
        <Field label={t('knowledge.field.pinnedRepo')} help={t('knowledge.field.pinnedRepoHelp')} error={errors.byField.pinned_repo}>
          {(ids) => (
            <input
              type="text"
              id={ids.id}
              placeholder="owner/repo"
              value={form.pinned_repo ?? ''}
              onChange={(e) => set('pinned_repo', e.target.value === '' ? null : e.target.value)}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
            />
          )}
        </Field>
      </div>
      <label className="field-check">
        <input type="checkbox" checked={form.is_enabled} onChange={(e) => set('is_enabled', e.target.checked)} />
        {t('knowledge.field.enabled')}
      </label>
      <Field label={t('knowledge.field.body')} error={errors.byField.body}>
        {(ids) => <MarkdownEditor ids={ids} value={form.body} onChange={(v) => set('body', v)} />}
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
