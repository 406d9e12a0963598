import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN } from '../../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { makeView, sessionsHandlers } from './testing/fake-sessions';

registerRendererCleanup();

const views = [
  makeView({ id: 's-mine', title: 'Started by me', serviceUserId: 'svc-ci-bot', userId: null }),
  makeView({ id: 's-for-ada', title: 'Started by me for Ada', serviceUserId: 'svc-ci-bot', userId: 'user-ada' }),
  makeView({ id: 's-ada', title: 'Ada’s own', userId: 'user-ada', serviceUserId: null }),
];

describe('Sessions › Mine', () => {
  it('is offered once the account knows its principal id, and keeps the sessions it owns', async () => {
    renderApp(sessionsHandlers({ views }), { account: { ...SIGNED_IN, principal: { type: 'service_user', name: 'CI Bot', id: 'svc-ci-bot' } } });
    const list = await screen.findByRole('tree', { name: 'Sessions' });
    expect(within(list).getAllByRole('treeitem', { name: /^Started by me|^Ada/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('radio', { name: 'Mine' }));
    const titles = within(list)
      .getAllByRole('treeitem')
      .filter((el) => el.getAttribute('aria-level') === '2')
      .map((el) => el.querySelector('.session-row-title')?.textContent);
    expect(titles.sort()).toEqual(['Started by me', 'Started by me for Ada']);
  });
});
