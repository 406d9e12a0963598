import { describe, expect, it } from 'vitest';
import { groupNotifications } from './notification-grouping';
import type { AppNotification } from './notification-policy';

function n(kind: AppNotification['kind'], id: string, subject = `Task ${id}`, silent = false): AppNotification {
  return { id: `${id}:${kind}:1`, kind, sessionId: id, sessionIds: [id], transitionKeys: [`${id}:${kind}:1`], subject, title: `t ${id}`, body: 'b', silent };
}

describe('groupNotifications', () => {
  it('passes a single notification through', () => {
    const one = [n('finished', 'a')];
    expect(groupNotifications(one, 'en')).toEqual(one);
    expect(groupNotifications([], 'en')).toEqual([]);
  });

  it('folds the same kind: "3 sessions finished" / "3 个会话已完成"', () => {
    const list = [n('finished', 'a'), n('finished', 'b'), n('finished', 'c')];
    const [en, ...rest] = groupNotifications(list, 'en');
    expect(rest).toEqual([]);
    expect(en).toMatchObject({ kind: 'finished', title: '3 sessions finished', body: 'Task a, Task b, Task c', sessionId: null, sessionIds: ['a', 'b', 'c'] });
    expect(en?.transitionKeys).toHaveLength(3);
    expect(groupNotifications(list, 'zh-CN')[0]?.title).toBe('3 个会话已完成');
  });

  it('keeps different kinds apart and singles unchanged', () => {
    const out = groupNotifications([n('finished', 'a'), n('error', 'b'), n('finished', 'c')], 'en');
    expect(out.map((x) => x.title)).toEqual(['2 sessions finished', 't b']);
  });

  it('names three subjects then "and N more"', () => {
    const out = groupNotifications(['a', 'b', 'c', 'd', 'e'].map((id) => n('waiting_for_user', id)), 'en');
    expect(out[0]?.title).toBe('5 sessions are waiting for you');
    expect(out[0]?.body).toBe('Task a, Task b, Task c and 2 more');
  });

  it('more than three kinds at once become one "N session updates"', () => {
    const out = groupNotifications([n('finished', 'a'), n('error', 'b'), n('suspended', 'c'), n('pr_opened', 'd')], 'zh-CN');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'mixed', title: '4 条会话动态', sessionIds: ['a', 'b', 'c', 'd'] });
  });

  it('a group is silent only if every member is; ids are stable', () => {
    const quiet = groupNotifications([n('finished', 'a', 'A', true), n('finished', 'b', 'B', true)], 'en');
    const loud = groupNotifications([n('finished', 'a', 'A', true), n('finished', 'b', 'B', false)], 'en');
    expect(quiet[0]?.silent).toBe(true);
    expect(loud[0]?.silent).toBe(false);
    const reversed = groupNotifications([n('finished', 'b', 'B', true), n('finished', 'a', 'A', true)], 'en');
    expect(reversed[0]?.id).toBe(quiet[0]?.id);
  });

  it('one session with a finish and two PRs names the session once and opens it', () => {
    const list: AppNotification[] = [n('pr_opened', 'a', 'Same'), { ...n('pr_opened', 'a', 'Same'), id: 'a:pr:2', transitionKeys: ['a:pr:2'] }];
    const [g] = groupNotifications(list, 'en');
    expect(g).toMatchObject({ title: '2 pull requests opened', body: 'Same', sessionId: 'a' });
  });
});
