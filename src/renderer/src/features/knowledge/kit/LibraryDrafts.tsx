import { useEffect, useState } from 'react';
import type { DraftKind, DraftSummary } from '../../../../../shared/ipc/channels/drafts';
import { getBridge } from '../../../bridge';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { relativeTime } from '../../sessions/model/relative-time';
import { useNow } from '../../sessions/hooks/useNow';
import type { LibraryScreenModel } from './useLibraryScreen';

/**
 * Drafts an editor left behind (the section was left, the window reloaded, the app restarted),
 * offered back where the detail pane would be empty: Resume opens the editor on the draft. A
 * draft of an item no longer in the list can be discarded here.
 */
export function LibraryDrafts<T>({ kind, model }: { kind: DraftKind; model: LibraryScreenModel<T> }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(30_000);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => getBridge().drafts.list({ kind }))
      .then((list) => live && setDrafts(list))
      // Nothing offered is better than an error here: the drafts stay where they are.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kind, version]);
  if (drafts.length === 0) return null;
  return (
    <section className="draft-list" aria-label={t('ui.drafts.library.title')}>
      <h3 className="draft-list-title">{t('ui.drafts.library.title')}</h3>
      <ul>
        {drafts.map((d) => {
          const id = d.key.slice(kind.length + 1);
          const item = id === 'new' ? null : (model.items.find((x) => model.keyOf(x) === id) ?? null);
          const gone = id !== 'new' && item === null;
          const name = id === 'new' ? t('ui.drafts.library.newItem') : item ? t('ui.drafts.library.editItem', { name: model.nameOf(item) }) : t('ui.drafts.library.goneItem');
          return (
            <li key={d.key}>
              <span className="draft-list-name" title={d.preview}>
                {name}
                {d.preview && ` · ${d.preview}`}
              </span>
              <span className="draft-list-when">{t('ui.drafts.library.saved', { time: relativeTime(d.updatedAt, now, locale) })}</span>
              {gone ? (
                <Button
                  variant="link"
                  size="sm"
                  onClick={() => void getBridge().drafts.clear({ key: d.key }).catch(() => undefined).then(() => setVersion((v) => v + 1))}
                >
                  {t('ui.drafts.discardDraft')}
                </Button>
              ) : (
                <Button variant="link" size="sm" aria-label={`${t('ui.drafts.library.resume')}: ${name}`} onClick={() => (item ? model.edit(item) : model.startNew())}>
                  {t('ui.drafts.library.resume')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
