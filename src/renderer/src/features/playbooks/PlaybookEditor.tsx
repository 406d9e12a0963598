import { isValidMacro, type PlaybookInput } from '../../../../shared/library/playbook-input';
import { useT } from '../../i18n/context';
import { EditorFrame } from '../knowledge/kit/EditorFrame';
import { Field } from '../knowledge/kit/Field';
import { MarkdownEditor } from '../knowledge/kit/MarkdownEditor';
import { useEditorForm } from '../knowledge/kit/useEditorForm';
import type { EditorDraft } from '../knowledge/kit/editor-draft';

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
  draft,
}: {
  mode: 'new' | 'edit';
  initial: PlaybookInput;
  onSave: (input: PlaybookInput) => Promise<void>;
  onCancel: () => void;
  /** The stored draft of this editor's place (#13); without it nothing is kept. */
  draft?: EditorDraft;
}) {
  const t = useT();
  const { form, errors, busy, first, edit, showProblems, send, draft: kept } = useEditorForm(initial, FIELDS, draft);

  const macro = form.macro ?? '';
  const macroError = macro.trim() !== '' && !isValidMacro(macro.trim()) ? t('playbooks.form.macroInvalid') : errors.byField.macro;

  const save = async () => {
    if (busy) return;
    const problems: Partial<Record<PlaybookField, string>> = {};
    if (form.title.trim() === '') problems.title = t('library.form.required');
    if (form.body.trim() === '') problems.body = t('library.form.required');
    if (macro.trim() !== '' && !isValidMacro(macro.trim())) problems.macro = t('playbooks.form.macroInvalid');
    if (Object.keys(problems).length > 0) {
      showProblems(problems);
      return;
    }
    await send(() => onSave({ title: form.title, body: form.body, macro: macro.trim() === '' ? null : macro.trim() }), { name: 'title', instructions: 'body' });
  };

  return (
    <EditorFrame mode={mode} title={t(mode === 'new' ? 'playbooks.editor.new' : 'playbooks.editor.edit')} error={errors.general} busy={busy} onSave={() => void save()} onCancel={onCancel} draft={kept}>
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
    </EditorFrame>
  );
}
