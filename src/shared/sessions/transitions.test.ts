import { describe, expect, it } from 'vitest';
import { detectTransitions, type SessionSnapshot } from './transitions';

function snap(status: string, statusDetail: string | null = null, extra: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return { id: 'devin-1', status, statusDetail, archived: false, prUrls: [], updatedAt: 100, title: 'T', ...extra };
}

describe('detectTransitions', () => {
  const table: [string, SessionSnapshot | undefined, SessionSnapshot, string[]][] = [
    ['working → finished', snap('running', 'working'), snap('running', 'finished'), ['finished']],
    ['working → exit', snap('running', 'working'), snap('exit'), ['finished']],
    ['finished → exit is not a second finish', snap('running', 'finished'), snap('exit'), []],
    ['working → waiting_for_user', snap('running', 'working'), snap('running', 'waiting_for_user'), ['waiting_for_user']],
    ['working → waiting_for_approval', snap('running', 'working'), snap('running', 'waiting_for_approval'), ['waiting_for_approval']],
    ['waiting → waiting (same) is nothing', snap('running', 'waiting_for_user'), snap('running', 'waiting_for_user', { updatedAt: 200 }), []],
    ['waiting_for_user → waiting_for_approval', snap('running', 'waiting_for_user'), snap('running', 'waiting_for_approval'), ['waiting_for_approval']],
    ['waiting → working is not notifiable', snap('running', 'waiting_for_user'), snap('running', 'working'), []],
    ['working → error', snap('running', 'working'), snap('error'), ['error']],
    ['working → suspended', snap('running', 'working'), snap('suspended', 'inactivity'), ['suspended']],
    ['suspended → resuming → nothing', snap('suspended', 'inactivity'), snap('resuming'), []],
    ['error → suspended', snap('error'), snap('suspended', 'out_of_credits'), ['suspended']],
    ['new session already waiting', undefined, snap('running', 'waiting_for_user'), ['waiting_for_user']],
    ['new session working', undefined, snap('running', 'working'), []],
    ['archived reports nothing', snap('running', 'working'), snap('suspended', 'user_request', { archived: true }), []],
    ['new PR', snap('running', 'working'), snap('running', 'working', { prUrls: ['https://github.com/o/r/pull/1'] }), ['pr_opened']],
    ['known PR is not new', snap('running', 'working', { prUrls: ['u1'] }), snap('running', 'finished', { prUrls: ['u1'] }), ['finished']],
    ['finish + PR together', snap('running', 'working'), snap('running', 'finished', { prUrls: ['u1', 'u2'] }), ['finished', 'pr_opened', 'pr_opened']],
    ['unknown status is quiet', snap('running', 'working'), snap('creating'), []],
  ];
  it.each(table)('%s', (_name, prev, next, kinds) => {
    expect(detectTransitions(prev, next).map((t) => t.kind)).toEqual(kinds);
  });

  it('keys are stable and distinguish re-entering a state', () => {
    const a = detectTransitions(snap('running', 'working'), snap('running', 'waiting_for_user', { updatedAt: 200 }));
    const again = detectTransitions(snap('running', 'working'), snap('running', 'waiting_for_user', { updatedAt: 200 }));
    const later = detectTransitions(snap('running', 'working'), snap('running', 'waiting_for_user', { updatedAt: 500 }));
    expect(a[0]?.key).toBe('devin-1:waiting_for_user:200');
    expect(again[0]?.key).toBe(a[0]?.key);
    expect(later[0]?.key).not.toBe(a[0]?.key);
    const pr = detectTransitions(undefined, snap('running', 'working', { prUrls: ['https://x/pull/1'] }));
    expect(pr[0]?.key).toBe('devin-1:pr:https://x/pull/1');
  });

  it('carries the suspension reason and whether the session ended', () => {
    expect(detectTransitions(snap('running', 'working'), snap('suspended', 'usage_limit_exceeded'))[0]?.reason).toBe('usage_limit_exceeded');
    expect(detectTransitions(snap('running', 'working'), snap('exit'))[0]?.ended).toBe(true);
    expect(detectTransitions(snap('running', 'working'), snap('running', 'finished'))[0]?.ended).toBe(false);
  });
});
