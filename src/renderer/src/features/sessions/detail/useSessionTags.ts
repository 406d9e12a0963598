import { useCallback, useRef, useState } from 'react';
import { checkSessionTag, withoutTags, withTags } from '../../../../../shared/domain/session-tags';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError } from '../../../ui/ui-error';
import { shownTags, type TagOverride } from './tag-edits';

export interface SessionTagsState {
  tags: readonly string[];
  /** A tag being added (shown, not confirmed yet). */
  pending: string | null;
  busy: boolean;
  error: string | null;
  /** Adds a typed tag; false when it was refused before sending (the text should stay). */
  add: (raw: string) => boolean;
  remove: (tag: string) => void;
}

/**
 * A session's tags in its detail view, edited optimistically: the change shows at once, goes to
 * main (`tags:add` = append, `tags:remove` = replace), and is rolled back with a clear message if
 * it fails. One edit at a time.
 */
export function useSessionTags(sessionId: string, listed: readonly string[]): SessionTagsState {
  const t = useT();
  const [override, setOverride] = useState<TagOverride | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const tags = shownTags(listed, override);

  const edit = useCallback(
    async (kind: 'add' | 'remove', tag: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const before = override;
      const basis = listed;
      const current = shownTags(listed, override);
      setOverride({ basis, tags: kind === 'add' ? withTags(current, [tag]) : withoutTags(current, [tag]) });
      setPending(kind === 'add' ? tag : null);
      setBusy(true);
      setError(null);
      try {
        const bridge = getBridge();
        const result = await (kind === 'add' ? bridge.tags.add({ sessionId, tags: [tag] }) : bridge.tags.remove({ sessionId, tags: [tag] }));
        setOverride({ basis, tags: result.tags });
      } catch (err) {
        setOverride(before);
        const message = toUiError(err, t).message;
        setError(t(kind === 'add' ? 'ui.sessionMeta.tags.addFailed' : 'ui.sessionMeta.tags.removeFailed', { tag, message }));
      } finally {
        inFlight.current = false;
        setPending(null);
        setBusy(false);
      }
    },
    [listed, override, sessionId, t],
  );

  const add = (raw: string): boolean => {
    if (inFlight.current) return false;
    const checked = checkSessionTag(raw);
    if (!checked.ok) {
      setError(t('error.TAG_INVALID', { tag: raw.trim().slice(0, 60) }));
      return false;
    }
    if (tags.includes(checked.tag)) return true;
    void edit('add', checked.tag);
    return true;
  };
  const remove = (tag: string) => void edit('remove', tag);
  return { tags, pending, busy, error, add, remove };
}
