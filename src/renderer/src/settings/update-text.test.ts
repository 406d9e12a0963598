import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import type { MessageKey } from '../../../shared/i18n';
import type { UpdateStatus, UpdateView } from '../../../shared/update/update-view';
import { updateStatusText } from './update-text';

const view = (status: UpdateStatus, over: Partial<UpdateView> = {}): UpdateView => ({ status, currentVersion: '1.2.0', lastCheckedAt: null, nextCheckAt: null, canCheck: true, ...over });
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const time = (ms: number) => `T${ms}`;

describe('updateStatusText', () => {
  it.each([
    [view({ kind: 'off', reason: 'demo' }), 'Updates are off in demo mode.', null],
    [view({ kind: 'off', reason: 'unpackaged' }), 'Updates are off in a development build; installed copies update themselves.', null],
    [view({ kind: 'idle' }, { nextCheckAt: 5 }), 'Not checked yet.', 'Next check T5.'],
    [view({ kind: 'idle' }, { lastCheckedAt: 1, nextCheckAt: 9 }), 'Devin Tray is up to date.', 'Last checked T1. Next check T9.'],
    [view({ kind: 'checking' }), 'Checking for updates…', null],
    [view({ kind: 'downloading', version: '1.3.0', percent: null }), 'Downloading version 1.3.0…', null],
    [view({ kind: 'downloading', version: '1.3.0', percent: 42 }), 'Downloading version 1.3.0… 42%', null],
    [view({ kind: 'ready', version: '1.3.0' }), 'Version 1.3.0 is ready. Restart to finish updating; it also installs the next time you quit.', null],
    [
      view({ kind: 'failed', error: 'network' }, { nextCheckAt: 7 }),
      'The last update check failed: GitHub could not be reached (offline, or a proxy or firewall in the way).',
      'Next check T7.',
    ],
  ])('%j', (v, line, when) => {
    expect(updateStatusText(v, en, time)).toEqual({ line, when });
  });

  it('speaks Chinese with full-width punctuation', () => {
    expect(updateStatusText(view({ kind: 'failed', error: 'checksum' }), zh, time).line).toBe('上次检查更新失败：下载内容与校验值不符，已丢弃。');
    expect(updateStatusText(view({ kind: 'ready', version: '2.0.0' }), zh, time).line).toBe('版本 2.0.0 已就绪。重新启动即可完成更新；下次退出时也会自动安装。');
  });
});
