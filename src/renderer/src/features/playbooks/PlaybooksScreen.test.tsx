import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../test-support/fake-bridge';
import { createFakeLibrary, playbook, validationError } from '../knowledge/kit/fake-library';
import { registerScreenCleanup, renderScreen } from '../knowledge/kit/render-screen';
import { COMPOSE_EVENT } from './compose';
import { PlaybooksScreen } from './PlaybooksScreen';

registerScreenCleanup();

const setField = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('PlaybooksScreen', () => {
  it('explains playbooks when there are none', async () => {
    renderScreen(<PlaybooksScreen />, createFakeLibrary().handlers);
    expect(await screen.findByRole('heading', { name: 'Write down how your team does things' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write the first playbook' }));
    expect(await screen.findByRole('form', { name: 'New playbook' })).toBeTruthy();
  });

  it('checks the macro as you type and will not send a bad one', async () => {
    const { fake } = renderScreen(<PlaybooksScreen />, createFakeLibrary().handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New playbook' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Title', 'Deploy');
    setField('Instructions', '1. Build');
    setField('Macro', 'deploy');
    const macro = screen.getByLabelText('Macro');
    expect(macro.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/A macro is ! followed by/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(fake.callsTo('playbooks:create')).toEqual([]);

    setField('Macro', '!deploy');
    expect(macro.getAttribute('aria-invalid')).toBeNull();
    fireEvent.keyDown(macro, { key: 'Enter', metaKey: true });
    await screen.findByRole('heading', { level: 2, name: 'Deploy' });
    expect(fake.callsTo('playbooks:create')).toEqual([{ title: 'Deploy', body: '1. Build', macro: '!deploy' }]);
  });

  it('maps 422 errors in the docs example shape (name/instructions) onto title/body', async () => {
    const lib = createFakeLibrary();
    lib.failures['playbooks:create'] = validationError([{ field: 'instructions', message: 'too short' }]);
    renderScreen(<PlaybooksScreen />, lib.handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New playbook' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Title', 'T');
    setField('Instructions', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.getByLabelText('Instructions').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('too short')).toBeTruthy();
  });

  it('edits (sending every field) and deletes after confirming', async () => {
    const lib = createFakeLibrary({ playbooks: [playbook({ playbook_id: 'playbook-1', title: 'Triage', macro: '!triage' })] });
    const { fake } = renderScreen(<PlaybooksScreen />, lib.handlers);
    const list = await screen.findByRole('listbox', { name: 'Playbooks' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Title', 'Bug triage');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Bug triage' });
    expect(fake.callsTo('playbooks:update')).toEqual([{ playbookId: 'playbook-1', playbook: { title: 'Bug triage', body: 'Steps for Triage', macro: '!triage' } }]);

    const gate = deferred<void>();
    lib.gates['playbooks:delete'] = gate.promise;
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('alertdialog', { name: 'Delete this playbook?' })).getByRole('button', { name: 'Delete' }));
    // The only playbook is gone at once: the screen is back to explaining playbooks.
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Write down how your team does things' })).toBeTruthy();
    gate.resolve();
    expect(await screen.findByText('Deleted “Bug triage”.')).toBeTruthy();
  });

  it('starts a session with the playbook through the compose event', async () => {
    const lib = createFakeLibrary({ playbooks: [playbook({ playbook_id: 'playbook-9', title: 'Release' })] });
    renderScreen(<PlaybooksScreen />, lib.handlers);
    fireEvent.click(await screen.findByText('Release'));
    const seen: unknown[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent).detail);
    window.addEventListener(COMPOSE_EVENT, listener);
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Start a session with this playbook' }));
    } finally {
      window.removeEventListener(COMPOSE_EVENT, listener);
    }
    expect(seen).toEqual([{ playbookId: 'playbook-9' }]);
  });

  it('filters the list by title or macro', async () => {
    const lib = createFakeLibrary({ playbooks: [playbook({ playbook_id: 'a', title: 'Release', macro: '!ship' }), playbook({ playbook_id: 'b', title: 'Triage' })] });
    renderScreen(<PlaybooksScreen />, lib.handlers);
    const list = await screen.findByRole('listbox');
    await within(list).findByText('Triage');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter playbooks' }), { target: { value: 'ship' } });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Release')]);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    expect(screen.getByText('No playbook matches.')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    renderScreen(<PlaybooksScreen />, createFakeLibrary({ playbooks: [playbook({ playbook_id: 'p', title: 'Release' })] }).handlers, 'zh-CN');
    fireEvent.click(await screen.findByText('Release'));
    expect(screen.getByRole('button', { name: '用此手册启动会话' })).toBeTruthy();
  });
});
