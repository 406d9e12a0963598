import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHalfWidthPunctuation } from './zh-punctuation';

const marks = (text: string) => findHalfWidthPunctuation(text).map((h) => h.mark);

describe('findHalfWidthPunctuation', () => {
  it('catches a half-width comma between Chinese characters', () => {
    expect(findHalfWidthPunctuation('已保存 3 个,失败 1 个')).toEqual([{ index: 7, mark: ',', context: '保存 3 个,失败 1 个' }]);
  });

  it('catches each mark next to Chinese, across spaces and placeholders', () => {
    expect(marks('错误: {message}')).toEqual([':']);
    expect(marks('删除此条目?')).toEqual(['?']);
    expect(marks('完成!')).toEqual(['!']);
    expect(marks('请重试;如果持续出现')).toEqual([';']);
    expect(marks('已停止.')).toEqual(['.']);
    expect(marks('正在加载...')).toEqual(['.', '.', '.']);
    expect(marks('未设置(设置)')).toEqual(['(', ')']);
    // A pair is one unit: Latin inside, Chinese outside.
    expect(marks('Devin 拒绝了 API 密钥(401)')).toEqual(['(', ')']);
    expect(marks('拒绝（401)')).toEqual([')']);
    expect(marks('远程“{name}”:{detail}')).toEqual([':']);
  });

  it('leaves full-width text, Latin text and syntax alone', () => {
    for (const text of [
      '已保存 3 个，失败 1 个。',
      '错误：{message}',
      'Devin Tray（演示）：示例数据',
      'Run devin-tray login (or set DEVIN_API_KEY).',
      '可能含认证令牌的 .npmrc',
      '例如 !deploy',
      '请安装 git（https://git-scm.com/downloads）',
      '版本 v1.2.3 已就绪',
      '{hh}:{mm} 开始',
      '127.0.0.1、::1',
      '  {file}:{line}:{column}  {rule}',
    ]) {
      expect(marks(text), text).toEqual([]);
    }
  });
});

/**
 * Marks that are syntax the user types, not punctuation, and so stay half-width. Each entry lists
 * exactly the marks allowed in that message; any other half-width mark there still fails.
 */
const ALLOWED: Record<string, string[]> = {
  'desktop.deepLink.badForm': ['?'], // devin-tray://action?… is a URL
  'cron.issue.special': ['?'], // the cron special character itself
  'playbooks.form.macroInvalid': ['!'], // a macro starts with the character "!"
  'network.failure.proxyAuth': [':', ':'], // http://用户名:密码@主机:端口 is a URL template
};

describe('zh-CN messages use full-width punctuation', () => {
  it('no catalog under messages/ has a half-width mark next to Chinese text', async () => {
    // Every message file, whatever index.ts imports, so a new catalog is checked on arrival.
    const dir = join(__dirname, 'messages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      for (const catalog of Object.values(mod)) {
        const zh = (catalog as { 'zh-CN'?: Record<string, string> } | null)?.['zh-CN'];
        if (!zh) continue;
        for (const [key, text] of Object.entries(zh)) {
          checked++;
          const hits = findHalfWidthPunctuation(text);
          if (JSON.stringify(hits.map((h) => h.mark)) === JSON.stringify(ALLOWED[key] ?? [])) continue;
          problems.push(`${file} ${key}: ${hits.map((h) => `"${h.mark}" in …${h.context}…`).join(', ')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });
});
