import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffComposeRequest } from '../../../../shared/ipc/channels/handoff';
import { SIGNED_IN, type FakeHandlers } from '../../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { NOTES } from '../sessions/testing/fake-sessions';
import { resetHandoffForTests } from './handoff-controller';
import { handoffHandlers, makeInspection } from './testing/fake-handoff';

registerRendererCleanup();
afterEach(() => resetHandoffForTests());

function renderHandoff(overrides: FakeHandlers = {}) {
  window.location.hash = '#/handoff';
  const clean = makeInspection({ findings: [] });
  return renderApp(
    { ...handoffHandlers(clean), 'knowledge:list': () => ({ items: NOTES, nextCursor: null, total: null }), ...overrides },
    { account: SIGNED_IN },
  );
}

const lastCompose = (fake: { callsTo: (c: 'handoff:compose') => unknown[] }) => fake.callsTo('handoff:compose').at(-1) as HandoffComposeRequest;
const sendButton = () => screen.getByRole('button', { name: 'Send to Devin' }) as HTMLButtonElement;

describe('Handoff knowledge choice', () => {
  it('composes with all (default), none, or only the picked notes; an empty "only" holds Send', async () => {
    const { fake } = renderHandoff();
    fireEvent.change(await screen.findByLabelText('Or type the folder’s path'), { target: { value: '/repos/web' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByRole('heading', { level: 2, name: 'acme/web' });
    fireEvent.change(screen.getByLabelText('Task for Devin'), { target: { value: 'Fix it' } });
    await waitFor(() => expect(sendButton().disabled).toBe(false));
    expect(lastCompose(fake).knowledge).toEqual({ kind: 'all' });

    fireEvent.click(screen.getByRole('radio', { name: 'No knowledge' }));
    await waitFor(() => expect(lastCompose(fake).knowledge).toEqual({ kind: 'none' }));

    fireEvent.click(screen.getByRole('radio', { name: 'Only these notes' }));
    await waitFor(() => expect(screen.getAllByText('Pick at least one note, or choose All knowledge or No knowledge.').length).toBeGreaterThan(0));
    expect(sendButton().disabled).toBe(true);
    await waitFor(() => expect(lastCompose(fake).knowledge).toBeUndefined());

    const picker = screen.getByRole('group', { name: 'Knowledge' });
    fireEvent.click(await within(picker).findByRole('checkbox', { name: /Code style/ }));
    await waitFor(() => expect(lastCompose(fake).knowledge).toEqual({ kind: 'only', ids: ['note-style'] }));
    await waitFor(() => expect(sendButton().disabled).toBe(false));
  });
});
