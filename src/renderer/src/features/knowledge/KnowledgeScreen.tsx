import { useEffect, useState } from 'react';
import type { KnowledgeNote } from '../../../../shared/domain/knowledge';
import { noteInputFrom } from '../../../../shared/library/note-input';
import { useT } from '../../i18n/context';
import { KnowledgeIcon } from '../../ui/icons';
import { LibraryScreen } from './kit/LibraryScreen';
import { ListLoadMore } from './kit/ListStates';
import { SearchBox } from './kit/SearchBox';
import { useLibraryScreen } from './kit/useLibraryScreen';
import { NoteDetail } from './NoteDetail';
import { EMPTY_NOTE, NoteEditor } from './NoteEditor';
import { NO_FILTERS, useNotes, type NoteFilters } from './useNotes';

/** Knowledge notes: search and filter, read, create, edit (full replace), enable/disable, delete. */
export function KnowledgeScreen() {
  const t = useT();
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [searchText, setSearchText] = useState('');
  const notes = useNotes(filters);
  const screen = useLibraryScreen<KnowledgeNote>({ items: notes.items, keyOf: (n) => n.note_id, nameOf: (n) => n.name, remove: notes.remove });

  // Search as you type, without a request per keystroke.
  useEffect(() => {
    const id = setTimeout(() => setFilters((f) => (f.search === searchText ? f : { ...f, search: searchText })), 250);
    return () => clearTimeout(id);
  }, [searchText]);

  const filtered = filters.search !== '' || filters.folderPath !== '' || filters.pinnedRepo !== '';

  return (
    <LibraryScreen
      model={screen}
      draftKind="note"
      status={notes.status}
      error={notes.error}
      onRetry={notes.reload}
      filtered={filtered}
      newLabel={t('knowledge.new')}
      tools={
        <>
          <SearchBox label={t('knowledge.search')} value={searchText} onChange={setSearchText} />
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
        </>
      }
      empty={{ icon: <KnowledgeIcon size={26} />, title: t('knowledge.empty.title'), body: t('knowledge.empty.body'), action: t('knowledge.empty.action') }}
      list={{
        label: t('knowledge.list'),
        items: notes.items,
        summary: notes.total ? t('knowledge.count', { shown: notes.items.length, total: notes.total }) : '',
        renderRow: (n) => (
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
        ),
        foot: (
          <>
            {notes.status === 'ready' && notes.items.length === 0 && filtered && <p className="lib-list-note">{t('knowledge.noMatch')}</p>}
            {notes.nextCursor && <ListLoadMore busy={notes.loadingMore} onLoad={() => screen.loadMore(notes.loadMore)} />}
          </>
        ),
      }}
      detail={{
        none: t('knowledge.detail.none'),
        renderNew: (draft) => <NoteEditor mode="new" initial={EMPTY_NOTE} folders={notes.folders} onSave={(input) => screen.saveNew(() => notes.create(input))} onCancel={screen.close} draft={draft} />,
        renderEdit: (note, draft) => (
          <NoteEditor
            mode="edit"
            initial={noteInputFrom(note)}
            folders={notes.folders}
            onSave={(input) => screen.saveEdit((id) => notes.update(id, input))}
            onCancel={() => screen.view(note)}
            draft={draft}
          />
        ),
        renderView: (note) => (
          <NoteDetail note={note} onEdit={() => screen.edit(note)} onDelete={() => screen.askDelete(note)} onToggle={(enabled) => void screen.toggle(note, () => notes.setEnabled(note, enabled))} />
        ),
      }}
      confirm={{ title: t('knowledge.delete.title'), body: (note) => t('knowledge.delete.body', { name: note.name }) }}
    />
  );
}
