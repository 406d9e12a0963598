import { describe, expect, it } from 'vitest';
import type { DesktopNavigation } from '../../../shared/ipc/channels/desktop';
import { createPathHandles } from '../../security/path-handles';
import { createDesktopHandlers, createNavigationInbox } from './desktop';

function setup(needsClick: (origin: string, path: string) => Promise<boolean>) {
  const nudges: DesktopNavigation[] = [];
  const asked: Array<[string, string]> = [];
  const inbox = createNavigationInbox((_event, payload) => void nudges.push(payload as DesktopNavigation), {
    needsClick: (origin, path) => {
      asked.push([origin, path]);
      return needsClick(origin, path);
    },
  });
  return { inbox, nudges, asked };
}

describe('navigation inbox: folders to hand off', () => {
  it('a folder that needs a click arrives with confirm: true; the task goes along', async () => {
    const { inbox, nudges, asked } = setup(async () => true);
    await inbox.requestHandoff({ origin: 'link', path: '/dl/thing', task: 'Look' });
    expect(asked).toEqual([['link', '/dl/thing']]);
    expect(inbox.take()).toEqual({ section: 'handoff', path: '/dl/thing', task: 'Look', confirm: true });
    expect(nudges).toHaveLength(1);
  });

  it('a trusted folder arrives without confirm', async () => {
    const { inbox } = setup(async () => false);
    await inbox.requestHandoff({ origin: 'drop', path: '/repo' });
    expect(inbox.take()).toEqual({ section: 'handoff', path: '/repo' });
    expect(inbox.take()).toBeNull();
  });

  it('when the decision fails, it asks', async () => {
    const { inbox } = setup(async () => {
      throw new Error('recent list unreadable');
    });
    await inbox.requestHandoff({ origin: 'link', path: '/x' });
    expect(inbox.take()).toEqual({ section: 'handoff', path: '/x', confirm: true });
  });
});

describe('desktop:takeNavigation: a folder comes with a handle for the page that took it', () => {
  it('issues a repo handle to the taking sender only; the path is there to show', async () => {
    const { inbox } = setup(async () => true);
    const handles = createPathHandles();
    const take = createDesktopHandlers(inbox, handles)['desktop:takeNavigation'];
    await inbox.requestHandoff({ origin: 'link', path: '/dl/thing' });
    const nav = (await take(undefined, { senderUrl: 'file:///app/index.html', senderId: '7' })) as DesktopNavigation & { handle?: string };
    expect(nav).toMatchObject({ section: 'handoff', path: '/dl/thing', confirm: true, handle: expect.stringMatching(/^repo-/) });
    expect(handles.resolve('7', 'repo', nav.handle ?? '', 'handle')).toBe('/dl/thing');
    expect(() => handles.resolve('8', 'repo', nav.handle ?? '', 'handle')).toThrow();
  });
});
