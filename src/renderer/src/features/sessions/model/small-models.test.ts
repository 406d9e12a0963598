import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { T0 } from '../testing/session-factories';
import { bannerState } from './banner-state';
import { emptyDraft, toCreateRequest, validateDraft } from './composer-draft';
import { isEcho, makeEcho, withEchoes } from './echoes';
import { mergeMessages } from './merge-messages';
import { prLabel } from './pr-label';
import { relativeTime } from './relative-time';
import { parseRepoSlug } from './repo-slug';
import { hashForSession, sessionIdFromHash } from './session-route';

describe('parseRepoSlug', () => {
  it.each([
    ['acme/api', 'acme/api'],
    ['  acme/web-app  ', 'acme/web-app'],
    ['https://github.com/acme/api.git', 'acme/api'],
    ['git@github.com:acme/api.git', 'acme/api'],
    ['Acme.Corp/my_repo.js', 'Acme.Corp/my_repo.js'],
  ])('%s → %s', (input, slug) => expect(parseRepoSlug(input)).toEqual({ ok: true, slug }));

  it.each(['acme', 'acme/', '/api', 'acme/api/extra', 'ac me/api', 'acme/..', '-acme/api', ''])('rejects %j', (input) =>
    expect(parseRepoSlug(input)).toEqual({ ok: false }),
  );
});

describe('relativeTime', () => {
  it('speaks English and Chinese, "now" under a minute', () => {
    expect(relativeTime(T0 - 20_000, T0, 'en')).toBe('now');
    expect(relativeTime(T0 - 5 * 60_000, T0, 'en')).toBe('5 min. ago');
    expect(relativeTime(T0 - 5 * 60_000, T0, 'zh-CN')).toBe('5分钟前');
    expect(relativeTime(T0 - 26 * 3600_000, T0, 'en')).toBe('yesterday');
    expect(relativeTime(T0 - 26 * 3600_000, T0, 'zh-CN')).toBe('昨天');
  });
});

describe('composer draft', () => {
  it('requires a prompt, and a note when "only these notes" is chosen', () => {
    expect(validateDraft({ ...emptyDraft(), prompt: '   ' })).toEqual({ prompt: 'required' });
    expect(validateDraft({ ...emptyDraft(), prompt: 'Do it' })).toEqual({});
    expect(validateDraft({ ...emptyDraft(), prompt: 'Do it', knowledgeMode: 'only' })).toEqual({ knowledge: 'pickOne' });
    expect(validateDraft({ ...emptyDraft(), prompt: 'Do it', knowledgeMode: 'only', knowledge: [{ id: 'n1', name: 'N' }] })).toEqual({});
  });

  it('sends only what was filled in, and the knowledge choice always (null = all)', () => {
    expect(toCreateRequest({ ...emptyDraft(), prompt: ' Fix it ' })).toEqual({ prompt: 'Fix it', knowledge_ids: null, secret_ids: null });
    expect(
      toCreateRequest(
        { prompt: 'x', title: ' T ', tags: ['a'], playbookId: 'pb', knowledgeMode: 'only', knowledge: [{ id: 'n1', name: 'N' }], secretsMode: 'none', secrets: [], repos: ['o/r'], devinMode: 'fast', childPlaybookId: 'pb2', maxAcuLimit: '' },
        ['https://files.example/a.txt'],
      ),
    ).toEqual({
      prompt: 'x',
      title: 'T',
      tags: ['a'],
      playbook_id: 'pb',
      knowledge_ids: ['n1'],
      secret_ids: [],
      repos: ['o/r'],
      devin_mode: 'fast',
      child_playbook_id: 'pb2',
      attachment_urls: ['https://files.example/a.txt'],
    });
  });

  it('maps the three knowledge choices to null / the ids / [] (picks are kept while another mode is chosen)', () => {
    const picked = { ...emptyDraft(), prompt: 'x', knowledge: [{ id: 'n1', name: 'N' }] };
    expect(toCreateRequest({ ...picked, knowledgeMode: 'all' }).knowledge_ids).toBeNull();
    expect(toCreateRequest({ ...picked, knowledgeMode: 'only' }).knowledge_ids).toEqual(['n1']);
    expect(toCreateRequest({ ...picked, knowledgeMode: 'none' }).knowledge_ids).toEqual([]);
  });

  it('maps the three org secrets choices to secret_ids null / the ids / [], and an empty "only" blocks sending', () => {
    const picked = { ...emptyDraft(), prompt: 'x', secrets: [{ id: 'secret-1', name: 'NPM_TOKEN' }, { id: 'secret-2', name: 'DB_URL' }] };
    expect(toCreateRequest({ ...picked, secretsMode: 'all' }).secret_ids).toBeNull();
    expect(toCreateRequest({ ...picked, secretsMode: 'only' }).secret_ids).toEqual(['secret-1', 'secret-2']);
    expect(toCreateRequest({ ...picked, secretsMode: 'none' }).secret_ids).toEqual([]);
    expect(Object.hasOwn(toCreateRequest({ ...emptyDraft(), prompt: 'x' }), 'secret_ids')).toBe(true);
    expect(validateDraft({ ...emptyDraft(), prompt: 'x', secretsMode: 'only' })).toEqual({ secrets: 'pickOne' });
    expect(validateDraft({ ...picked, secretsMode: 'only' })).toEqual({});
  });

  it('max ACU limit: starts at the default from Settings, empty means the org default, a bad one blocks sending', () => {
    expect(emptyDraft(null, 40).maxAcuLimit).toBe('40');
    expect(toCreateRequest({ ...emptyDraft(null, 40), prompt: 'x' })).toEqual({ prompt: 'x', knowledge_ids: null, secret_ids: null, max_acu_limit: 40 });
    expect(toCreateRequest({ ...emptyDraft(null, 40), prompt: 'x', maxAcuLimit: ' 25 ' }).max_acu_limit).toBe(25);
    expect(toCreateRequest({ ...emptyDraft(null, 40), prompt: 'x', maxAcuLimit: '' })).toEqual({ prompt: 'x', knowledge_ids: null, secret_ids: null });
    expect(validateDraft({ ...emptyDraft(), prompt: 'x', maxAcuLimit: '2.5' })).toEqual({ maxAcuLimit: 'invalid' });
    expect(validateDraft({ ...emptyDraft(), prompt: 'x', maxAcuLimit: '0' })).toEqual({ maxAcuLimit: 'invalid' });
  });
});

describe('bannerState', () => {
  it('counts down a rate limit from untilMs, capped by the figure main sent', () => {
    const s = { kind: 'rate_limited', retryInS: 20, untilMs: T0 + 20_000, lastSyncMs: null } as const;
    expect(bannerState(s, T0)?.params).toEqual({ seconds: 20 });
    expect(bannerState(s, T0 + 7_500)?.params).toEqual({ seconds: 13 });
    expect(bannerState(s, T0 - 60_000)?.params).toEqual({ seconds: 20 });
    expect(bannerState(s, T0 + 30_000)?.params).toEqual({ seconds: 0 });
  });

  it('says a 503 in one sentence, with no message nested in parentheses (en and zh-CN)', () => {
    const s = { kind: 'error', code: 'SERVER', status: 503, message: 'Devin had a server error (503). Try again in a minute.', retryInS: 20, untilMs: T0 + 20_000, lastSyncMs: null } as const;
    const banner = bannerState(s, T0)!;
    expect(translate('en', banner.key, banner.params)).toBe('Devin’s servers answered with an error (HTTP 503). Retrying automatically in 20 s.');
    expect(translate('zh-CN', banner.key, banner.params)).toBe('Devin 服务器返回错误（HTTP 503），20 秒后自动重试。');
    const other = bannerState({ ...s, code: 'NETWORK', status: undefined, message: 'Cannot reach Devin at api.devin.ai. Check your connection.' }, T0)!;
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = translate(locale, other.key, other.params);
      expect(text).toContain('Cannot reach Devin at api.devin.ai.');
      // At most one level of parentheses, whatever the message holds.
      expect(text).not.toMatch(/[(（][^)）]*[(（]/);
    }
  });

  it('says offline and signed out; nothing when all is well', () => {
    expect(bannerState({ kind: 'paused', reason: 'offline', lastSyncMs: null }, T0)?.key).toBe('sessions.status.offline');
    expect(bannerState({ kind: 'auth_lost', lastSyncMs: null }, T0)?.key).toBe('sessions.status.authLost');
    expect(bannerState({ kind: 'ok', lastSyncMs: T0 }, T0)).toBeNull();
    expect(bannerState(null, T0)).toBeNull();
  });
});

describe('small helpers', () => {
  it('labels PRs as owner/repo#n', () => {
    expect(prLabel('https://github.com/acme/api/pull/42')).toBe('acme/api#42');
    expect(prLabel('https://gitlab.com/grp/sub/proj/-/merge_requests/7')).toBe('grp/sub/proj#7');
    expect(prLabel('https://example.com/x/')).toBe('example.com/x');
    expect(prLabel('not a url')).toBe('not a url');
  });

  it('merges messages without duplicates, arrivals last', () => {
    const m = (id: string) => ({ event_id: id, source: 'devin', message: id, created_at: 1 });
    expect(mergeMessages([m('a'), m('b')], [m('b'), m('c')]).map((x) => x.event_id)).toEqual(['a', 'b', 'c']);
  });

  it('shows a sent reply until main reports it, once per real message', () => {
    const real = (id: string, text: string, atS: number, source = 'user') => ({ event_id: id, source, message: text, created_at: atS });
    const e1 = makeEcho(1, 'Yes', T0);
    const e2 = makeEcho(2, 'Yes', T0 + 5000);
    const t = T0 / 1000;
    expect(withEchoes([real('a', 'Hi', t - 10, 'devin')], [e1]).map((m) => m.event_id)).toEqual(['a', e1.event_id]);
    expect(withEchoes([real('b', ' Yes ', t + 1)], [e1, e2]).map((m) => m.event_id)).toEqual(['b', e2.event_id]);
    expect(withEchoes([real('b', 'Yes', t + 1), real('c', 'Yes', t + 6)], [e1, e2]).map((m) => m.event_id)).toEqual(['b', 'c']);
    // An older identical reply (sent long before) does not confirm a new one; Devin saying it does not either.
    expect(withEchoes([real('old', 'Yes', t - 3600), real('d', 'Yes', t, 'devin')], [e1]).some(isEcho)).toBe(true);
  });

  it('keeps the open session in the hash', () => {
    expect(sessionIdFromHash('#/sessions/devin-1')).toBe('devin-1');
    expect(sessionIdFromHash(hashForSession('a b/c'))).toBe('a b/c');
    expect(sessionIdFromHash('#/sessions')).toBeNull();
    expect(sessionIdFromHash('#/settings/x')).toBeNull();
    expect(sessionIdFromHash('#/sessions/%E0%A4%A')).toBeNull();
  });
});
