import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { authorText, resolveAuthor } from './author-label';

const en = (key: string, params?: Record<string, string | number | undefined>) => translate('en', key, params);
const zh = (key: string, params?: Record<string, string | number | undefined>) => translate('zh-CN', key, params);

describe('playbook author', () => {
  const me = { type: 'pat_user', name: 'Sim Person', id: 'user-sim-person' };

  it('names you when the id is the signed-in principal', () => {
    expect(resolveAuthor('user-sim-person', me)).toEqual({ kind: 'you', name: 'Sim Person' });
    expect(authorText(resolveAuthor('user-sim-person', me), en)).toBe('by Sim Person (you)');
    expect(authorText(resolveAuthor('user-sim-person', me), zh)).toBe('由 Sim Person（你）');
    expect(authorText(resolveAuthor('user-sim-person', { ...me, name: ' ' }), en)).toBe('by you');
  });

  it('falls back to the id for anyone else, or when who you are is unknown', () => {
    expect(resolveAuthor('user-other', me)).toEqual({ kind: 'id', id: 'user-other' });
    expect(resolveAuthor('user-sim-person', null)).toEqual({ kind: 'id', id: 'user-sim-person' });
    const idless = { type: 'service_user', name: 'Bot' };
    expect(resolveAuthor('user-sim-person', idless)).toEqual({ kind: 'id', id: 'user-sim-person' });
    expect(authorText({ kind: 'id', id: 'user-other' }, en)).toBe('by user-other');
  });
});
