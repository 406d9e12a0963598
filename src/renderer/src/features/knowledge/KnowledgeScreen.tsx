import { useCallback, useEffect, useState } from 'react';
import { ListEmpty, ListLoadError } from './kit/ListStates';
import type { KnowledgeNote } from '../../../../shared/domain/knowledge';
import { noteInputFrom, type NoteInput } from '../../../../shared/library/note-input';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { KnowledgeIcon, SearchIcon } from '../../ui/icons';
import { toUiError } from '../../ui/ui-error';
import { Banner, type BannerMessage } from './kit/Banner';
import { LibraryList } from './kit/LibraryList';
import { NoteDetail } from './NoteDetail';
import { EMPTY_NOTE, NoteEditor } from './NoteEditor';
import { NO_FILTERS, useNotes, type NoteFilters } from './useNotes';
import './kit/library.css';

type Pane = { kind: 'none' } | { kind: 'view'; id: string } | { kind: 'edit'; id: string } | { kind: 'new' };

/** Knowledge notes: search and filter, read, create, edit (full replace), enable/disable, delete. */
export function KnowledgeScreen() {
  const t = useT();
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [searchText, setSearchText] = useState('');
  const notes = useNotes(filters);
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [banner, setBanner] = useState<BannerMessage | null>(null);
  const [confirming, setConfirming] = useState<KnowledgeNote | null>(null);

  // Search as you type, without a request per keystroke.
  useEffect(() => {
    const id = setTimeout(() => setFilters((f) => (f.search === searchText ? f : { ...f, search: searchText })), 250);
    return () => clearTimeout(id);
  }, [searchText]);

  const paneId = pane.kind === 'view' || pane.kind === 'edit' ? pane.id : null;
  const current = paneId ? (notes.items.find((n) => n.note_id === paneId) ?? null) : null;
  const filtered = filters.search !== '' || filters.folderPath !== '' || filters.pinnedRepo !== '';

  const onSaveNew = useCallback(
    async (input: NoteInput) => {
      const note = await notes.create(input);
      setPane({ kind: 'view', id: note.note_id });
    },
    [notes],
  );
  const onSaveEdit = useCallback(
    async (input: NoteInput) => {
      if (pane.kind !== 'edit') return;
      await notes.update(pane.id, input);
      setPane({ kind: 'view', id: pane.id });
    },
    [notes, pane],
  );

  const toggle = async (note: KnowledgeNote, enabled: boolean) => {
    try {
      await notes.setEnabled(note, enabled);
    } catch (err) {
      setBanner({ tone: 'error', text: t('library.error.toggle', { name: note.name, message: toUiError(err, t).message }) });
    }
  };

  const confirmDelete = async () => {
    const note = confirming;
    if (!note) return;
    setConfirming(null);
    const index = notes.items.findIndex((n) => n.note_id === note.note_id);
    const next = notes.items[index + 1] ?? notes.items[index - 1];
    setPane(next ? { kind: 'view', id: next.note_id } : { kind: 'none' });
    try {
      await notes.remove(note);
      setBanner({ tone: 'info', text: t('library.deleted', { name: note.name }) });
    } catch (err) {
      setBanner({ tone: 'error', text: t('library.error.delete', { name: note.name, message: toUiError(err, t).message }) });
      setPane({ kind: 'view', id: note.note_id });
    }
  };

  const newNote = () => setPane({ kind: 'new' });
  const isEmpty = notes.status === 'ready' && notes.items.length === 0 && !filtered && pane.kind !== 'new';

  return (
    <div className="lib-page">
      <div className="lib-toolbar">
        <div className="lib-search">
          <SearchIcon size={14} />
          <input type="search" aria-label={t('knowledge.search')} placeholder={t('knowledge.search')} value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <select
          className="select lib-filter"
          aria-label={t('knowledge.filter.folder')}
          value={filters.folderPath}
          onChange={(e) => setFilters((f) => ({ ...f, folderPath: e.target.value }))}
        >
          <option value="">{t('knowledge.filter.allFolders')}</option>
          {notes.folders?.folders.map((f) => (
            <option key={f.folder_id} value={f.path}>
              {f.path}
            </option>
          ))}
        </select>
        <input
          type="text"
          className="lib-filter"
          aria-label={t('knowledge.filter.repo')}
          placeholder={t('knowledge.filter.repoPlaceholder')}
          value={filters.pinnedRepo}
          onChange={(e) => setFilters((f) => ({ ...f, pinnedRepo: e.target.value }))}
        />
        <span className="lib-toolbar-spacer" />
        <Button variant="primary" onClick={newNote}>
          {t('knowledge.new')}
        </Button>
      </div>
      {banner && <Banner message={banner} onDismiss={() => setBanner(null)} dismissLabel={t('library.dismiss')} />}
      {notes.status === 'error' && <ListLoadError error={notes.error} onRetry={notes.reload} />}
      {isEmpty ? (
        <ListEmpty
          icon={<KnowledgeIcon size={26} />}
          title={t('knowledge.empty.title')}
          body={t('knowledge.empty.body')}
          action={t('knowledge.empty.action')}
          onAction={newNote}
        />
      ) : (
        notes.status !== 'error' && (
          <div className="lib-split">
            <LibraryList
              label={t('knowledge.list')}
              items={notes.items}
              getKey={(n) => n.note_id}
              selectedKey={paneId}
              onOpen={(n) => setPane({ kind: 'view', id: n.note_id })}
              head={
                <div className="lib-list-head">
                  <span>{notes.status === 'loading' ? t('library.loading') : notes.total ? t('knowledge.count', { shown: notes.items.length, total: notes.total }) : ''}</span>
                  <span>{t('library.list.keys')}</span>
                </div>
              }
              renderRow={(n) => (
                <>
                  <span className="lib-row-title">
                    <span>{n.name}</span>
                    {!n.is_enabled && <span className="badge badge-off">{t('library.disabled')}</span>}
                  </span>
                  <span className="lib-row-sub">{n.trigger}</span>
                  {(n.pinned_repo || (n.folder_path && n.folder_path !== '/')) && (
                    <span className="lib-row-meta">
                      {n.folder_path && n.folder_path !== '/' && <span>{n.folder_path}</span>}
                      {n.pinned_repo && <span className="mono">{n.pinned_repo}</span>}
                    </span>
                  )}
                </>
              )}
              foot={
                <>
                  {notes.status === 'ready' && notes.items.length === 0 && filtered && <p className="lib-list-note">{t('knowledge.noMatch')}</p>}
                  {notes.nextCursor && (
                    <div className="lib-list-foot">
                      <Button size="sm" busy={notes.loadingMore} onClick={() => void notes.loadMore().catch((err: unknown) => setBanner({ tone: 'error', text: t('library.error.load', { message: toUiError(err, t).message }) }))}>
                        {t('library.loadMore')}
                      </Button>
                    </div>
                  )}
                </>
              }
            />
            <section className="lib-detail" aria-live="polite">
              {pane.kind === 'new' && (
                <NoteEditor mode="new" initial={EMPTY_NOTE} folders={notes.folders} onSave={onSaveNew} onCancel={() => setPane({ kind: 'none' })} />
              )}
              {pane.kind === 'edit' && current && (
                <NoteEditor
                  key={current.note_id}
                  mode="edit"
                  initial={noteInputFrom(current)}
                  folders={notes.folders}
                  onSave={onSaveEdit}
                  onCancel={() => setPane({ kind: 'view', id: current.note_id })}
                />
              )}
              {pane.kind === 'view' && current && (
                <NoteDetail
                  note={current}
                  onEdit={() => setPane({ kind: 'edit', id: current.note_id })}
                  onDelete={() => setConfirming(current)}
                  onToggle={(enabled) => void toggle(current, enabled)}
                />
              )}
              {(pane.kind === 'none' || ((pane.kind === 'view' || pane.kind === 'edit') && !current)) && (
                <div className="lib-detail-empty">{t('knowledge.detail.none')}</div>
              )}
            </section>
          </div>
        )
      )}
      {confirming && (
        <ConfirmDialog
          title={t('knowledge.delete.title')}
          body={t('knowledge.delete.body', { name: confirming.name })}
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
