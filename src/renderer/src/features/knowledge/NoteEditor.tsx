import type { KnowledgeFolders } from '../../../../shared/domain/knowledge';
import type { NoteInput } from '../../../../shared/library/note-input';
import { useT } from '../../i18n/context';
import { EditorFrame } from './kit/EditorFrame';
import { Field } from './kit/Field';
import { MarkdownEditor } from './kit/MarkdownEditor';
import { useEditorForm } from './kit/useEditorForm';
import type { EditorDraft } from './kit/editor-draft';

export const EMPTY_NOTE: NoteInput = { name: '', trigger: '', body: '', folder_id: null, pinned_repo: null, is_enabled: true };
const FIELDS = ['name', 'trigger', 'body', 'folder_id', 'pinned_repo', 'is_enabled'] as const;

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
  draft,
}: {
  mode: 'new' | 'edit';
  initial: NoteInput;
  folders: KnowledgeFolders | null;
  onSave: (input: NoteInput) => Promise<void>;
  onCancel: () => void;
  /** The stored draft of this editor's place (#13); without it nothing is kept. */
  draft?: EditorDraft;
}) {
  const t = useT();
  const { form, errors, busy, first, edit, showProblems, send, draft: kept } = useEditorForm(initial, FIELDS, draft);

  const save = async () => {
    if (busy) return;
    const missing = (['name', 'trigger', 'body'] as const).filter((k) => form[k].trim() === '');
    if (missing.length > 0) {
      showProblems(Object.fromEntries(missing.map((k) => [k, t('library.form.required')])));
      return;
    }
    await send(() => onSave(form));
  };

  return (
    <EditorFrame mode={mode} title={t(mode === 'new' ? 'knowledge.editor.new' : 'knowledge.editor.edit')} error={errors.general} busy={busy} onSave={() => void save()} onCancel={onCancel} draft={kept}>
      <Field label={t('knowledge.field.name')} error={errors.byField.name}>
        {(ids) => (
          <input ref={first} type="text" id={ids.id} value={form.name} onChange={(e) => edit('name', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
        )}
      </Field>
      <Field label={t('knowledge.field.trigger')} help={t('knowledge.field.triggerHelp')} error={errors.byField.trigger}>
        {(ids) => (
          <input type="text" id={ids.id} value={form.trigger} onChange={(e) => edit('trigger', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
        )}
      </Field>
      <div className="lib-form-row">
        <Field label={t('knowledge.field.folder')} error={errors.byField.folder_id}>
          {(ids) => (
            <select
              id={ids.id}
              className="select"
              value={form.folder_id ?? ''}
              onChange={(e) => edit('folder_id', e.target.value === '' ? null : e.target.value)}
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
              onChange={(e) => edit('pinned_repo', e.target.value === '' ? null : e.target.value)}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
            />
          )}
        </Field>
      </div>
      <label className="field-check">
        <input type="checkbox" checked={form.is_enabled} onChange={(e) => edit('is_enabled', e.target.checked)} />
        {t('knowledge.field.enabled')}
      </label>
      <Field label={t('knowledge.field.body')} error={errors.byField.body}>
        {(ids) => <MarkdownEditor ids={ids} value={form.body} onChange={(v) => edit('body', v)} />}
      </Field>
    </EditorFrame>
  );
}
