import { describe, expect, it } from 'vitest';
import { encodeQuery } from './query';
import { sessionListQuery } from './sessions';
import { patchBody } from './schedules';

describe('encodeQuery', () => {
  it.each([
    [undefined, ''],
    [{}, ''],
    [{ first: 10 }, '?first=10'],
    [{ tags: ['a', 'b'] }, '?tags=a&tags=b'],
    [{ tags: [] }, ''],
    [{ is_archived: false, archive: true }, '?is_archived=false&archive=true'],
    [{ after: null, first: undefined, search: 'x y&z' }, '?search=x+y%26z'],
    [{ repo_names: ['owner/repo'] }, '?repo_names=owner%2Frepo'],
  ] as const)('%j → %j', (input, expected) => {
    expect(encodeQuery(input)).toBe(expected);
  });
});

describe('sessionListQuery', () => {
  it('maps every filter, repeating arrays and normalising ids', () => {
    const q = encodeQuery(
      sessionListQuery({
        first: 50,
        after: 'cur',
        session_ids: ['abc', 'devin-def'],
        created_after: 1,
        created_before: 2,
        updated_after: 3,
        updated_before: 4,
        tags: ['t1', 't2'],
        playbook_id: 'playbook-1',
        schedule_id: 'sched-1',
        origins: ['api', 'cli'],
        user_ids: ['u1'],
        service_user_ids: ['s1'],
        repo_names: ['o/r'],
        is_archived: true,
        category: 'bug_fixing',
      }),
    );
    const p = new URLSearchParams(q);
    expect(p.getAll('session_ids')).toEqual(['devin-abc', 'devin-def']);
    expect(p.getAll('tags')).toEqual(['t1', 't2']);
    expect(p.getAll('origins')).toEqual(['api', 'cli']);
    expect(Object.fromEntries([...p.keys()].map((k) => [k, true]))).toEqual(
      Object.fromEntries(
        ['first', 'after', 'session_ids', 'created_after', 'created_before', 'updated_after', 'updated_before', 'tags', 'playbook_id', 'schedule_id', 'origins', 'user_ids', 'service_user_ids', 'repo_names', 'is_archived', 'category'].map((k) => [k, true]),
      ),
    );
    expect(p.get('is_archived')).toBe('true');
  });
});

describe('patchBody', () => {
  it('keeps given fields, including null, and drops undefined', () => {
    expect(patchBody({ enabled: false, playbook_id: null, name: undefined })).toEqual({ enabled: false, playbook_id: null });
  });
});
