import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import { isMacLike, useEditorKeys } from './useEditorKeys';

/**
 * The frame of a library editor: a titled form, the general error on top, the fields
 * (`children`), and Cancel / Create-or-Save. Ctrl/Cmd+Enter saves and Escape cancels.
 */
export function EditorFrame({
  mode,
  title,
  error,
  busy,
  onSave,
  onCancel,
  children,
}: {
  mode: 'new' | 'edit';
  title: string;
  /** The message not tied to one field, if any. */
  error: string | null;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const onKeyDown = useEditorKeys(onSave, onCancel);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <form className="lib-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={title} noValidate>
      <h2 className="lib-form-title">{title}</h2>
      {error && <InlineError message={error} />}
      {children}
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
