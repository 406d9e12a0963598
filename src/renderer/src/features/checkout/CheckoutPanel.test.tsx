import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CheckoutPrView, CheckoutWorktreeView } from '../../../../shared/ipc/channels/checkout';
import { FakeFailure } from '../../test-support/fake-bridge';
import { registerAttachmentsCleanup, renderWithStore } from '../attachments/testing/render-attachments';
import { CheckoutPanel } from './CheckoutPanel';

registerAttachmentsCleanup();

const S = 'devin-3f9a0c1d2e4b';
const URL = 'https://github.com/acme/web/pull/7';
const repo = (root: string, key: string) => ({
  key,
  root,
  origin: 'handoff' as const,
  remoteName: 'origin',
  remoteUrl: 'https://github.com/acme/web.git',
  worktreePath: `${root}-devin-3f9a0c1d`,
});
const worktree = (over: Partial<CheckoutWorktreeView> = {}): CheckoutWorktreeView => ({
  path: '/home/me/src/web-devin-3f9a0c1d',
  head: 'a1b2c3d4e5f6a7b8c9d0',
  prHead: 'a1b2c3d4e5f6a7b8c9d0',
  changes: [],
  changeCount: 0,
  localCommits: 0,
  token: 'f'.repeat(64),
  ...over,
});
const pr = (over: Partial<CheckoutPrView> = {}): CheckoutPrView => ({
  prUrl: URL,
  label: 'acme/web#7',
  state: 'open',
  supported: true,
  repo: 'acme/web',
  repos: [repo('/home/me/src/web', '0123456789abcdef')],
  repoKey: '0123456789abcdef',
  worktreePath: '/home/me/src/web-devin-3f9a0c1d',
  ref: 'refs/devin-tray/3f9a0c1d',
  worktree: null,
  refused: null,
  ...over,
});

const render = (prs: CheckoutPrView[], extra = {}, locale: 'en' | 'zh-CN' = 'en') =>
  renderWithStore(<CheckoutPanel sessionId={S} />, { 'checkout:status': () => ({ sessionId: S, prs }), ...extra }, { locale });

describe('CheckoutPanel', () => {
  it('shows nothing for a session without a pull request', async () => {
    const { fake, container } = render([]);
    await waitFor(() => expect(fake.callsTo('checkout:status')).toEqual([{ sessionId: S }]));
    expect(container.textContent).toBe('');
  });

  it('offers Check out locally with the real repository and worktree paths; then shows the worktree', async () => {
    const done = pr({ worktree: worktree() });
    const { fake } = render([pr()], { 'checkout:start': () => ({ outcome: 'created', pr: done }) });
    expect(await screen.findByText('/home/me/src/web')).toBeTruthy();
    expect(screen.getByText('remote origin')).toBeTruthy();
    expect(screen.getByText('/home/me/src/web-devin-3f9a0c1d')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check out locally' }));
    await waitFor(() => expect(fake.callsTo('checkout:start')).toEqual([{ sessionId: S, prUrl: URL, repoKey: '0123456789abcdef' }]));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Checked out at a1b2c3d.');
    expect(screen.getByText('No uncommitted changes')).toBeTruthy();
    for (const name of ['Open folder', 'Show in folder', 'Copy path', 'Update', 'Remove…']) expect(screen.getByRole('button', { name })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(fake.callsTo('checkout:show')).toEqual([{ sessionId: S, prUrl: URL, repoKey: '0123456789abcdef', how: 'reveal' }]));
  });

  it('several local repositories: the one picked is the one checked out from', async () => {
    const two = pr({ repos: [repo('/home/me/src/web', '0123456789abcdef'), repo('/work/web', 'fedcba9876543210')] });
    const { fake } = render([two], { 'checkout:start': () => ({ outcome: 'created', pr: pr({ worktree: worktree() }) }) });
    fireEvent.change(await screen.findByLabelText('Repository'), { target: { value: 'fedcba9876543210' } });
    expect(screen.getByText('/work/web-devin-3f9a0c1d')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check out locally' }));
    await waitFor(() => expect(fake.callsTo('checkout:start')).toEqual([{ sessionId: S, prUrl: URL, repoKey: 'fedcba9876543210' }]));
  });

  it('Update refused for uncommitted work: main’s message is shown', async () => {
    const message = 'The worktree /home/me/src/web-devin-3f9a0c1d has uncommitted changes (1: a.txt). Commit or discard them first; nothing was changed.';
    render([pr({ worktree: worktree({ changes: ['a.txt'], changeCount: 1 }) })], {
      'checkout:update': () => {
        throw new FakeFailure({ code: 'CHECKOUT_DIRTY', message });
      },
    });
    expect(await screen.findByText('1 uncommitted change')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('Remove asks first, naming the uncommitted files and commits that would be lost, then sends the token it showed', async () => {
    const w = worktree({ changes: ['a.txt', 'b.txt'], changeCount: 5, localCommits: 1, token: 'a'.repeat(64) });
    const { fake } = render([pr({ worktree: w })], { 'checkout:remove': () => pr() });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this worktree?' });
    expect(dialog.querySelector('.dialog-body')?.textContent).toBe(
      'This deletes the folder /home/me/src/web-devin-3f9a0c1d and the ref refs/devin-tray/3f9a0c1d. Your repository is not changed otherwise. ' +
        'Uncommitted work there will be lost (5 files): a.txt, b.txt and 3 more. A commit made there that is not in the pull request will be lost.',
    );
    expect(fake.callsTo('checkout:remove')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(fake.callsTo('checkout:remove')).toEqual([{ sessionId: S, prUrl: URL, repoKey: '0123456789abcdef', token: 'a'.repeat(64) }]));
    expect(await screen.findByText('Worktree removed.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check out locally' })).toBeTruthy();
  });

  it('no local copy: says how to get one, in Chinese too; an unsupported host says so', async () => {
    render([pr({ repos: [], repoKey: null, worktreePath: null }), pr({ prUrl: 'https://bitbucket.org/w/r/pull-requests/1', label: 'w/r#1', supported: false, repos: [] })], {}, 'zh-CN');
    expect(await screen.findByText(`未找到 acme/web 的本地副本。请从你的副本交接一次，或运行：devin-tray checkout ${S} --repo PATH`)).toBeTruthy();
    expect(screen.getByText('Devin Tray 无法从该托管平台获取拉取请求。')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '本地检出' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
