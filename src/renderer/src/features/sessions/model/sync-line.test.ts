import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import type { TrackerStatus } from '../../../../../shared/sessions/tracker-status';
import { syncLine } from './sync-line';

const NOW = 1_000_000;
const err = (code: string, status?: number): TrackerStatus => ({
  kind: 'error', code, message: 'x', retryInS: 20, untilMs: NOW + 20_000, lastSyncMs: NOW - 90_000, ...(status ? { status } : {}),
});

describe('syncLine', () => {
  // name, status, refreshing, tone, en, zh-CN
  const table: [string, TrackerStatus | null, boolean, string | null, string, string][] = [
    ['unknown yet: nothing', null, false, null, '', ''],
    ['stopped (signed out): nothing', { kind: 'stopped', lastSyncMs: NOW }, false, null, '', ''],
    ['before the first sync', { kind: 'starting', lastSyncMs: null }, false, 'busy', 'Syncing…', '正在同步…'],
    ['a refresh running', { kind: 'ok', lastSyncMs: NOW - 40_000 }, true, 'busy', 'Syncing…', '正在同步…'],
    ['just now', { kind: 'ok', lastSyncMs: NOW - 2_000 }, false, 'ok', 'Synced just now', '刚刚已同步'],
    ['seconds', { kind: 'ok', lastSyncMs: NOW - 12_400 }, false, 'ok', 'Synced 12 s ago', '12 秒前已同步'],
    ['minutes', { kind: 'ok', lastSyncMs: NOW - 150_000 }, false, 'ok', 'Synced 2 min ago', '2 分钟前已同步'],
    ['hours', { kind: 'ok', lastSyncMs: NOW - 3 * 3_600_000 - 5 }, false, 'ok', 'Synced 3 h ago', '3 小时前已同步'],
    ['a clock behind the sync time never says negative', { kind: 'ok', lastSyncMs: NOW + 900 }, false, 'ok', 'Synced just now', '刚刚已同步'],
    ['rate limited still counts the last sync', { kind: 'rate_limited', retryInS: 9, untilMs: NOW + 9000, lastSyncMs: NOW - 30_000 }, false, 'ok', 'Synced 30 s ago', '30 秒前已同步'],
    ['503', err('SERVER', 503), false, 'error', 'Not synced: Devin is unavailable or under maintenance', '未同步：Devin 暂不可用或正在维护'],
    ['network', err('NETWORK'), false, 'error', 'Not synced: cannot reach Devin', '未同步：无法连接 Devin'],
    ['timeout', err('TIMEOUT'), false, 'error', 'Not synced: cannot reach Devin', '未同步：无法连接 Devin'],
    ['500', err('SERVER', 500), false, 'error', 'Not synced: Devin had a server error', '未同步：Devin 服务器出错'],
    ['malformed answer', err('BAD_RESPONSE'), false, 'error', 'Not synced: Devin’s answer could not be read', '未同步：无法读取 Devin 的响应'],
    ['an error stays while a refresh runs (it is still the truth)', err('NETWORK'), true, 'error', 'Not synced: cannot reach Devin', '未同步：无法连接 Devin'],
    ['401', { kind: 'auth_lost', lastSyncMs: NOW - 1000 }, false, 'error', 'Not synced: the API key was rejected', '未同步：API 密钥被拒绝'],
    ['offline', { kind: 'paused', reason: 'offline', lastSyncMs: NOW }, false, 'paused', 'Offline: not syncing', '离线：未同步'],
    ['asleep', { kind: 'paused', reason: 'asleep', lastSyncMs: NOW }, false, 'paused', 'Not syncing while the computer sleeps', '电脑休眠期间不同步'],
  ];
  it.each(table)('%s', (_name, status, refreshing, tone, en, zh) => {
    const line = syncLine(status, NOW, refreshing);
    expect(line?.tone ?? null).toBe(tone);
    expect(line ? translate('en', line.key, line.params) : '').toBe(en);
    expect(line ? translate('zh-CN', line.key, line.params) : '').toBe(zh);
  });
});
