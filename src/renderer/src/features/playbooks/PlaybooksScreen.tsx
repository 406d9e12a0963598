import { useCallback, useState } from 'react';
import { ListEmpty, ListLoadError } from '../knowledge/kit/ListStates';
import type { Playbook } from '../../../../shared/domain/playbook';
import type { PlaybookInput } from '../../../../shared/library/playbook-input';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PlaybooksIcon, SearchIcon } from '../../ui/icons';
import { toUiError } from '../../ui/ui-error';
import { Banner, type BannerMessage } from '../knowledge/kit/Banner';
import { LibraryList } from '../knowledge/kit/LibraryList';
import { requestCompose } from './compose';
import { PlaybookDetail } from './PlaybookDetail';
import { EMPTY_PLAYBOOK, PlaybookEditor } from './PlaybookEditor';
import { usePlaybooks } from './usePlaybooks';
import '../knowledge/kit/library.css';

type Pane = { kind: 'none' } | { kind: 'view'; id: string } | { kind: 'edit'; id: string } | { kind: 'new' };

/** Playbooks: list, read, create, edit (full replace), delete, and start a session with one. */
export function PlaybooksScreen() {
  const t = useT();
  const books = usePlaybooks();
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [banner, setBanner] = useState<BannerMessage | null>(null);
  const [confirming, setConfirming] = useState<Playbook | null>(null);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle ? books.items.filter((p) => `${p.title} ${p.macro ?? ''}`.toLowerCase().includes(needle)) : books.items;

  const paneId = pane.kind === 'view' || pane.kind === 'edit' ? pane.id : null;
  const current = paneId ? (books.items.find((p) => p.playbook_id === paneId) ?? null) : null;

  const onSaveNew = useCallback(
    async (input: PlaybookInput) => {
      const p = await books.create(input);
      setPane({ kind: 'view', id: p.playbook_id });
    },
    [books],
  );
  const onSaveEdit = useCallback(
    async (input: PlaybookInput) => {
      if (pane.kind !== 'edit') return;
      await books.update(pane.id, input);
      setPane({ kind: 'view', id: pane.id });
    },
    [books, pane],
  );

  const confirmDelete = async () => {
    const p = confirming;
    if (!p) return;
    setConfirming(null);
    const index = books.items.findIndex((x) => x.playbook_id === p.playbook_id);
    const next = books.items[index + 1] ?? books.items[index - 1];
    setPane(next ? { kind: 'view', id: next.playbook_id } : { kind: 'none' });
    try {
      await books.remove(p);
      setBanner({ tone: 'info', text: t('library.deleted', { name: p.title }) });
    } catch (err) {
      setBanner({ tone: 'error', text: t('library.error.delete', { name: p.title, message: toUiError(err, t).message }) });
      setPane({ kind: 'view', id: p.playbook_id });
    }
  };

  const start = (p: Playbook) => {
    requestCompose({ playbookId: p.playbook_id });
    setBanner({ tone: 'info', text: t('playbooks.startSessionSent', { title: p.title }) });
  };

  const newPlaybook = () => setPane({ kind: 'new' });
  const isEmpty = books.status === 'ready' && books.items.length === 0 && pane.kind !== 'new';

  return (
    <div className="lib-page">
      <div className="lib-toolbar">
        <div className="lib-search">
          <SearchIcon size={14} />
          <input type="search" aria-label={t('playbooks.filter')} placeholder={t('playbooks.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <span className="lib-toolbar-spacer" />
        <Button variant="primary" onClick={newPlaybook}>
          {t('playbooks.new')}
        </Button>
      </div>
      {banner && <Banner message={banner} onDismiss={() => setBanner(null)} dismissLabel={t('library.dismiss')} />}
      {books.status === 'error' && <ListLoadError error={books.error} onRetry={books.reload} />}
      {isEmpty ? (
        <ListEmpty
          icon={<PlaybooksIcon size={26} />}
          title={t('playbooks.empty.title')}
          body={t('playbooks.empty.body')}
          action={t('playbooks.empty.action')}
          onAction={newPlaybook}
        />
      ) : (
        books.status !== 'error' && (
          <div className="lib-split">
            <LibraryList
              label={t('playbooks.list')}
              items={shown}
              getKey={(p) => p.playbook_id}
              selectedKey={paneId}
              onOpen={(p) => setPane({ kind: 'view', id: p.playbook_id })}
              head={
                <div className="lib-list-head">
                  <span>{books.status === 'loading' ? t('library.loading') : books.truncated ? t('playbooks.truncated', { count: books.items.length }) : ''}</span>
                  <span>{t('library.list.keys')}</span>
                </div>
              }
              foot={needle && shown.length === 0 ? <p className="lib-list-note">{t('playbooks.noMatch')}</p> : undefined}
              renderRow={(p) => (
                <>
                  <span className="lib-row-title">
                    <span>{p.title}</span>
                    {p.macro && <span className="badge badge-mono">{p.macro}</span>}
                  </span>
                  <span className="lib-row-sub">{firstLine(p.body)}</span>
                </>
              )}
            />
            <section className="lib-detail" aria-live="polite">
              {pane.kind === 'new' && <PlaybookEditor mode="new" initial={EMPTY_PLAYBOOK} onSave={onSaveNew} onCancel={() => setPane({ kind: 'none' })} />}
              {pane.kind === 'edit' && current && (
                <PlaybookEditor
                  key={current.playbook_id}
                  mode="edit"
                  initial={{ title: current.title, body: current.body, macro: current.macro }}
                  onSave={onSaveEdit}
                  onCancel={() => setPane({ kind: 'view', id: current.playbook_id })}
                />
              )}
              {pane.kind === 'view' && current && (
                <PlaybookDetail
                  playbook={current}
                  onStart={() => start(current)}
                  onEdit={() => setPane({ kind: 'edit', id: current.playbook_id })}
                  onDelete={() => setConfirming(current)}
                />
              )}
              {(pane.kind === 'none' || ((pane.kind === 'view' || pane.kind === 'edit') && !current)) && (
                <div className="lib-detail-empty">{t('playbooks.detail.none')}</div>
              )}
            </section>
          </div>
        )
      )}
      {confirming && (
        <ConfirmDialog
          title={t('playbooks.delete.title')}
          body={t('playbooks.delete.body', { title: confirming.title })}
          confirmLabel={t('library.delete')}
          cancelLabel={t('library.cancel')}
          tone="danger"
          onConfirm={() => void confirmDelete()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}

/** The first meaningful line of Markdown, without its markup, for the list. */
function firstLine(body: string): string {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^[#>\-*\d.\s]+/, '').replace(/[*_`]/g, '');
}
