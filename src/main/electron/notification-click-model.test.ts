import { describe, expect, it } from 'vitest';
import { notificationClickAction } from './notification-click-model';

const allowGithub = (url: string) => url.startsWith('https://github.com/');

describe('notificationClickAction', () => {
  it.each([
    ['PR opened with an allowed URL → the PR in the browser', { kind: 'pr_opened', sessionId: 's1', prUrl: 'https://github.com/o/r/pull/1' }, { type: 'openUrl', url: 'https://github.com/o/r/pull/1' }],
    ['PR opened with a refused URL → the session instead', { kind: 'pr_opened', sessionId: 's1', prUrl: 'http://evil.example/x' }, { type: 'openSession', sessionId: 's1' }],
    ['PR opened without a URL → the session', { kind: 'pr_opened', sessionId: 's1' }, { type: 'openSession', sessionId: 's1' }],
    ['waiting for the user → the session', { kind: 'waiting_for_user', sessionId: 's2' }, { type: 'openSession', sessionId: 's2' }],
    ['a group of several sessions → the window', { kind: 'mixed', sessionId: null }, { type: 'showWindow' }],
    ['a grouped PR notification with a URL but no single session → the window', { kind: 'mixed', sessionId: null, prUrl: 'https://github.com/o/r/pull/1' }, { type: 'showWindow' }],
  ] as const)('%s', (_name, n, expected) => {
    expect(notificationClickAction(n, allowGithub)).toEqual(expected);
  });
});
