import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeForTests } from '../../bridge';
import { createFakeBridge, deferred, FakeFailure, type FakeHandlers } from '../../test-support/fake-bridge';
import type { HandoffInspectionView } from '../../../../shared/ipc/channels/handoff';
import { COMPOSE_DEBOUNCE_MS, HandoffController } from './handoff-controller';
import { sendGate } from './model/send-gate';
import { FINDING, fakeFolder, handoffHandlers, makeInspection, pathOfFakeHandle } from './testing/fake-handoff';

afterEach(() => setBridgeForTests(null));

/** Resolves once the controller has no compose pending. */
async function settled(c: HandoffController): Promise<void> {
  for (let i = 0; i < 100 && c.getState().composing; i += 1) await new Promise((r) => setTimeout(r, 20));
}

function setup(overrides: FakeHandlers = {}) {
  const fake = createFakeBridge({ ...handoffHandlers(), ...overrides });
  setBridgeForTests(fake.bridge);
  return { fake, c: new HandoffController() };
}

describe('HandoffController', () => {
  it('a cancelled re-scan goes back to the open folder and re-composes the changed draft', async () => {
    let calls = 0;
    const slow = deferred<HandoffInspectionView>();
    const { c, fake } = setup({
      'handoff:inspect': () => (++calls === 1 ? makeInspection() : slow.promise),
      'handoff:cancel': () => slow.reject(new FakeFailure({ code: 'CANCELLED', message: 'Cancelled' })),
    });
    await c.open(fakeFolder('/repos/web'));
    c.update((d) => ({ ...d, task: 'Go', resolutions: { [FINDING.id]: 'redact' } }));
    c.rescan(); // starts before the debounced compose ran…
    expect(c.getState().stage.kind).toBe('inspecting');
    await new Promise((r) => setTimeout(r, COMPOSE_DEBOUNCE_MS + 50)); // …which then finds no folder ready
    c.cancel();
    await new Promise((r) => setTimeout(r, 0));
    expect(c.getState().stage.kind).toBe('ready');
    await settled(c);
    expect(sendGate(c.getState())).toMatchObject({ ok: true });
    expect(fake.callsTo('handoff:compose').at(-1)).toMatchObject({ task: 'Go' });
  });

  it('the latest folder wins when two are opened quickly; the stale inspection is discarded in main', async () => {
    const first = deferred<HandoffInspectionView>();
    const { c, fake } = setup({
      'handoff:inspect': ({ handle }) => (pathOfFakeHandle(handle) === '/a' ? first.promise : makeInspection({ inspectionId: 'insp-b', root: '/b' })),
    });
    const a = c.open(fakeFolder('/a'));
    await c.open(fakeFolder('/b'));
    first.resolve(makeInspection({ inspectionId: 'insp-a', root: '/a' }));
    await a;
    const s = c.getState().stage;
    expect(s.kind === 'ready' && s.inspection.inspectionId).toBe('insp-b');
    expect(fake.callsTo('handoff:discard')).toContainEqual({ inspectionId: 'insp-a' });
    expect(fake.callsTo('handoff:cancel')).toHaveLength(1);
  });

  it('a new folder keeps the task but not the decisions about the old one', async () => {
    const { c } = setup({ 'handoff:inspect': ({ handle }) => makeInspection({ inspectionId: `i${pathOfFakeHandle(handle)}`, root: pathOfFakeHandle(handle) }) });
    await c.open(fakeFolder('/a'));
    c.update((d) => ({ ...d, task: 'Keep me', resolutions: { x: 'allow' }, excluded: ['y'] }));
    await c.open(fakeFolder('/a'));
    expect(c.getState().draft).toMatchObject({ task: 'Keep me', resolutions: { x: 'allow' }, excluded: ['y'] });
    await c.open(fakeFolder('/b'));
    expect(c.getState().draft).toMatchObject({ task: 'Keep me', resolutions: {}, excluded: [] });
    c.dispose();
  });

  it('names folders to main by handle only: a typed path is resolved by main first, a re-scan reuses the handle', async () => {
    const { c, fake } = setup();
    await c.open({ typed: '~/src/web' });
    expect(fake.callsTo('handoff:openPath')).toEqual([{ path: '~/src/web' }]);
    expect(fake.callsTo('handoff:inspect')).toEqual([{ handle: 'repo-~/src/web', ticket: expect.any(String), includeUnpushed: false }]);
    c.rescan();
    await new Promise((r) => setTimeout(r, 0));
    await settled(c);
    expect(fake.callsTo('handoff:inspect').map((r) => (r as { handle: string }).handle)).toEqual(['repo-~/src/web', 'repo-~/src/web']);
    expect(fake.callsTo('handoff:openPath')).toHaveLength(1);
    c.dispose();
  });
});
