import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionScopeView } from '../../../../shared/ipc/channels/session-scope';
import { SIGNED_IN, type FakeHandlers } from '../../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { resetHandoffForTests } from './handoff-controller';
import { handoffHandlers, makeInspection } from './testing/fake-handoff';

registerRendererCleanup();
afterEach(() => resetHandoffForTests());

const ORGS = [
  { orgId: 'org-sim', name: 'Sim Org' },
  { orgId: 'org-sim-2', name: 'Sim Org Two' },
];
const scope = (over: Partial<SessionScopeView>): SessionScopeView => ({ available: true, scope: 'all', orgId: 'org-sim', orgs: ORGS, createOrgId: 'org-sim-2', ...over });

function renderHandoff(view: SessionScopeView, overrides: FakeHandlers = {}) {
  window.location.hash = '#/handoff';
  return renderApp({ ...handoffHandlers(makeInspection({ findings: [] })), 'sessionScope:get': () => view, ...overrides }, { account: SIGNED_IN });
}

async function openRepo() {
  fireEvent.change(await screen.findByLabelText('Or type the folder’s path'), { target: { value: '/repos/web' } });
  fireEvent.click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('heading', { level: 2, name: 'acme/web' });
  fireEvent.change(screen.getByLabelText('Task for Devin'), { target: { value: 'Fix it' } });
}

describe('Handoff organisation (enterprise inbox, All organisations)', () => {
  it('names the organisation the session starts in and lets the user choose another', async () => {
    const { fake } = renderHandoff(scope({}), { 'sessionScope:setCreateOrg': ({ orgId }: { orgId: string }) => scope({ createOrgId: orgId }) });
    await openRepo();
    const select = (await screen.findByLabelText('Starts in organisation')) as HTMLSelectElement;
    expect(select.value).toBe('org-sim-2');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Sim Org', 'Sim Org Two']);
    fireEvent.change(select, { target: { value: 'org-sim' } });
    await waitFor(() => expect(fake.callsTo('sessionScope:setCreateOrg')).toEqual([{ orgId: 'org-sim' }]));
  });

  it('shows no choice in the one-org scope', async () => {
    renderHandoff(scope({ scope: 'org' }));
    await openRepo();
    await screen.findByTestId('handoff-org-secrets');
    expect(screen.queryByLabelText('Starts in organisation')).toBeNull();
  });
});
