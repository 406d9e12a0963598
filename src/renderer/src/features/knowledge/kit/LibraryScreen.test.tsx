import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext, i18nValue } from '../../../i18n/context';
import { DetailFrame } from './DetailFrame';
import { LibraryScreen } from './LibraryScreen';
import { useLibraryScreen } from './useLibraryScreen';

afterEach(cleanup);

interface Item {
  id: string;
  name: string;
}

/** A minimal section over the shared frame: items in memory, a delete that may be refused. */
function Harness({ initial, refuseDelete = false, filtered = false }: { initial: Item[]; refuseDelete?: boolean; filtered?: boolean }) {
  const [items, setItems] = useState(initial);
  const remove = async (item: Item) => {
    if (refuseDelete) throw new Error('refused');
    setItems((list) => list.filter((x) => x.id !== item.id));
  };
  const model = useLibraryScreen<Item>({ items, keyOf: (x) => x.id, nameOf: (x) => x.name, remove });
  return (
    <LibraryScreen
      model={model}
      draftKind="note"
      status="ready"
      error={null}
      onRetry={() => undefined}
      filtered={filtered}
      tools={null}
      newLabel="New item"
      empty={{ icon: null, title: 'Nothing yet', body: 'Body', action: 'Make one' }}
      list={{ label: 'Items', items, summary: `${items.length} items`, renderRow: (x) => <span>{x.name}</span> }}
      detail={{
        none: 'Pick one',
        renderNew: () => <p>new editor</p>,
        renderEdit: (x) => <p>editing {x.name}</p>,
        renderView: (x) => (
          <DetailFrame titleId={`item-${x.id}`} title={x.name} onEdit={() => model.edit(x)} onDelete={() => model.askDelete(x)}>
            <p>{x.name} body</p>
          </DetailFrame>
        ),
      }}
      confirm={{ title: 'Delete item?', body: (x) => `Delete ${x.name}?` }}
    />
  );
}

const show = (ui: ReactElement) => render(<I18nContext.Provider value={i18nValue('en')}>{ui}</I18nContext.Provider>);
const open = (name: string) => fireEvent.click(within(screen.getByRole('listbox')).getByText(name));
const deleteShown = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await act(async () => fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' })));
};

describe('LibraryScreen', () => {
  it('shows the empty state only when nothing is hidden by a filter', () => {
    show(<Harness initial={[]} />);
    expect(screen.getByRole('heading', { name: 'Nothing yet' })).toBeTruthy();
    cleanup();
    show(<Harness initial={[]} filtered />);
    expect(screen.queryByRole('heading', { name: 'Nothing yet' })).toBeNull();
    expect(screen.getByText('Pick one')).toBeTruthy();
  });

  it('a view has Edit and Delete but no switch when the item has none; the title gets focus', () => {
    show(<Harness initial={[{ id: 'a', name: 'Alpha' }]} />);
    open('Alpha');
    const title = screen.getByRole('heading', { level: 2, name: 'Alpha' });
    expect(document.activeElement).toBe(title);
    expect(screen.getByRole('article', { name: 'Alpha' })).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('after deleting the last row it shows the one before', async () => {
    show(<Harness initial={[{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }]} />);
    open('Beta');
    await deleteShown();
    expect(screen.getByRole('status').textContent).toContain('Beta');
    expect(screen.getByRole('heading', { level: 2, name: 'Alpha' })).toBeTruthy();
  });

  it('a refused delete goes back to the item and says why', async () => {
    show(<Harness initial={[{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }]} refuseDelete />);
    open('Alpha');
    await deleteShown();
    expect(screen.getByRole('alert').textContent).toContain('Alpha');
    expect(screen.getByRole('heading', { level: 2, name: 'Alpha' })).toBeTruthy();
  });
});
