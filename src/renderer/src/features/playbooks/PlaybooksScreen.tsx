import { useState } from 'react';
import type { Playbook } from '../../../../shared/domain/playbook';
import { useT } from '../../i18n/context';
import { PlaybooksIcon } from '../../ui/icons';
import { LibraryScreen } from '../knowledge/kit/LibraryScreen';
import { SearchBox } from '../knowledge/kit/SearchBox';
import { useLibraryScreen } from '../knowledge/kit/useLibraryScreen';
import { requestCompose } from './compose';
import { PlaybookDetail } from './PlaybookDetail';
import { EMPTY_PLAYBOOK, PlaybookEditor } from './PlaybookEditor';
import { usePlaybooks } from './usePlaybooks';

/** Playbooks: list, read, create, edit (full replace), delete, and start a session with one. */
export function PlaybooksScreen() {
  const t = useT();
  const books = usePlaybooks();
  const screen = useLibraryScreen<Playbook>({ items: books.items, keyOf: (p) => p.playbook_id, nameOf: (p) => p.title, remove: books.remove });
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = needle ? books.items.filter((p) => `${p.title} ${p.macro ?? ''}`.toLowerCase().includes(needle)) : books.items;

  const start = (p: Playbook) => {
    requestCompose({ playbookId: p.playbook_id });
    screen.setBanner({ tone: 'info', text: t('playbooks.startSessionSent', { title: p.title }) });
  };

  return (
    <LibraryScreen
      model={screen}
      draftKind="playbook"
      status={books.status}
      error={books.error}
      onRetry={books.reload}
      newLabel={t('playbooks.new')}
      tools={<SearchBox label={t('playbooks.filter')} value={filter} onChange={setFilter} />}
      empty={{ icon: <PlaybooksIcon size={26} />, title: t('playbooks.empty.title'), body: t('playbooks.empty.body'), action: t('playbooks.empty.action') }}
      list={{
        label: t('playbooks.list'),
        items: shown,
        summary: books.truncated ? t('playbooks.truncated', { count: books.items.length }) : '',
        foot: needle && shown.length === 0 ? <p className="lib-list-note">{t('playbooks.noMatch')}</p> : undefined,
        renderRow: (p) => (
          <>
            <span className="lib-row-title">
              <span>{p.title}</span>
              {p.macro && <span className="badge badge-mono">{p.macro}</span>}
            </span>
            <span className="lib-row-sub">{firstLine(p.body)}</span>
          </>
        ),
      }}
      detail={{
        none: t('playbooks.detail.none'),
        renderNew: (draft) => <PlaybookEditor mode="new" initial={EMPTY_PLAYBOOK} onSave={(input) => screen.saveNew(() => books.create(input))} onCancel={screen.close} draft={draft} />,
        renderEdit: (p, draft) => (
          <PlaybookEditor
            mode="edit"
            initial={{ title: p.title, body: p.body, macro: p.macro }}
            onSave={(input) => screen.saveEdit((id) => books.update(id, input))}
            onCancel={() => screen.view(p)}
            draft={draft}
          />
        ),
        renderView: (p) => <PlaybookDetail playbook={p} onStart={() => start(p)} onEdit={() => screen.edit(p)} onDelete={() => screen.askDelete(p)} />,
      }}
      confirm={{ title: t('playbooks.delete.title'), body: (p) => t('playbooks.delete.body', { title: p.title }) }}
    />
  );
}

/** The first meaningful line of Markdown, without its markup, for the list. */
function firstLine(body: string): string {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^[#>\-*\d.\s]+/, '').replace(/[*_`]/g, '');
}
