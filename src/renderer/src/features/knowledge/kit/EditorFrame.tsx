import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import { DiscardDraftDialog } from '../../drafts';
import { relativeTime } from '../../sessions/model/relative-time';
import { useNow } from '../../sessions/hooks/useNow';
import type { EditorDraftState } from './useEditorForm';
import { isMacLike, useEditorKeys } from './useEditorKeys';

/**
 * The frame of a library editor: a titled form, the general error on top, the fields
 * (`children`), and Cancel / Create-or-Save. Ctrl/Cmd+Enter saves and Escape cancels. With
 * `draft`, a change is never thrown away without a question: Escape or Cancel on a changed form
 * asks (Keep editing / Discard; Discard is how a restored draft is dropped), and a restored draft says so.
 */
export function EditorFrame({
  mode,
  title,
  error,
  busy,
  onSave,
  onCancel,
  draft,
  children,
}: {
  mode: 'new' | 'edit';
  title: string;
  /** The message not tied to one field, if any. */
  error: string | null;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
  draft?: EditorDraftState;
  children: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(30_000, draft?.restoredAt != null);
  const [asking, setAsking] = useState(false);
  const cancel = () => {
    if (busy) return;
    if (draft?.dirty) setAsking(true);
    else onCancel();
  };
  const onKeyDown = useEditorKeys(onSave, cancel);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <>
      <form className="lib-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={title} noValidate>
        <h2 className="lib-form-title">{title}</h2>
        {draft && draft.restoredAt !== null && (
          <p className="composer-restored" role="status">
            {t('ui.drafts.restoredEditor', { time: relativeTime(draft.restoredAt, now, locale) })}
          </p>
        )}
        {error && <InlineError message={error} />}
        {children}
        <div className="lib-form-actions">
          <span className="lib-form-keys">{t('library.form.keys', { mod: isMacLike() ? '⌘' : 'Ctrl' })}</span>
          <Button onClick={cancel} disabled={busy}>
            {t('library.cancel')}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? t('library.saving') : mode === 'new' ? t('library.create') : t('library.save')}
          </Button>
        </div>
      </form>
      {/* Outside the form: its keys (Ctrl+Enter saves) must not reach the question. */}
      {asking && draft && (
        <DiscardDraftDialog
          onKeep={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false);
            void draft.discard().then(onCancel);
          }}
        />
      )}
    </>
  );
}
