import { describe, expect, it } from 'vitest';
import { cutWithEllipsis, displayTitle, PROMPT_TITLE_MAX, promptTitle } from './display-title';
import { keepPrompt, promptFromFirstMessage, PROMPT_KEEP_CHARS } from './session-prompt';
import { repoOfPrUrl, sessionRepos } from './session-repos';

const ID = 'devin-0123456789abcdef0123456789abcdef';

describe('displayTitle', () => {
  it('a title wins, whitespace collapsed', () => {
    expect(displayTitle({ id: ID, title: '  Fix   the\nlogin ', prompt: 'Something else' }, 'en')).toEqual({ text: 'Fix the login', source: 'title' });
  });

  it('an untitled session takes the first line of its prompt, as plain text', () => {
    const prompt = '## Fix the **flaky** `checkout` test\n\nIt fails once a day in CI.';
    expect(displayTitle({ id: ID, title: null, prompt }, 'en')).toEqual({ text: 'Fix the flaky checkout test', source: 'prompt' });
    expect(displayTitle({ id: ID, title: '   ', prompt }, 'zh-CN').source).toBe('prompt');
  });

  it('skips blank lines and a code fence line to the first words', () => {
    expect(displayTitle({ id: ID, title: null, prompt: '\n\n```bash\nnpm test\n```\nthen fix it' }, 'en').text).toBe('npm test');
    expect(displayTitle({ id: ID, title: null, prompt: '   \n  - [ ] [Upgrade React](https://x.dev) to 19' }, 'en').text).toBe('Upgrade React to 19');
  });

  it('falls back to the id, in each language, when there is neither title nor prompt', () => {
    expect(displayTitle({ id: ID, title: null }, 'en')).toEqual({ text: `Session ${ID}`, source: 'id' });
    expect(displayTitle({ id: ID, title: '', prompt: '' }, 'zh-CN')).toEqual({ text: `会话 ${ID}`, source: 'id' });
    expect(displayTitle({ id: ID, title: null, prompt: '```\n```' }, 'en').source).toBe('id');
  });

  it('a long first line is cut at a word, with an ellipsis, within the limit', () => {
    const prompt = `${'Refactor the payment service so that every retry path logs its attempt number and the upstream status code '.repeat(2)}\nmore`;
    const t = promptTitle(prompt)!;
    expect(t.endsWith('…')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(PROMPT_TITLE_MAX);
    expect(t).toBe('Refactor the payment service so that every retry path logs its attempt number…');
  });

  it('Chinese counts two columns a character; cuts never split a surrogate pair; Arabic is kept as is', () => {
    const zh = '请把结账流程里所有的重试路径都加上日志，记录尝试次数和上游状态码，并且为每一种失败情况编写单元测试。';
    const t = promptTitle(zh, 20)!;
    expect(t).toBe('请把结账流程里所有…'); // 9 characters = 18 columns, then the ellipsis
    expect(promptTitle(zh)!.length).toBeLessThan(45);
    expect(cutWithEllipsis('🚀'.repeat(30), 10)).toBe(`${'🚀'.repeat(4)}…`);
    expect(cutWithEllipsis('a🚀b'.repeat(20), 9)).not.toMatch(/[\ud800-\udbff]…$/);
    expect(promptTitle('أصلح اختبار تسجيل الدخول في Chrome')).toBe('أصلح اختبار تسجيل الدخول في Chrome');
  });

  it('a short line is left whole', () => {
    expect(cutWithEllipsis('Fix it', 80)).toBe('Fix it');
    expect(promptTitle(null)).toBeNull();
  });
});

describe('session prompt helpers', () => {
  it('the prompt is the first message when a person sent it', () => {
    expect(promptFromFirstMessage({ source: 'user', message: 'Fix the bug' })).toBe('Fix the bug');
    expect(promptFromFirstMessage({ source: 'slack', message: 'Fix the bug' })).toBe('Fix the bug');
    expect(promptFromFirstMessage({ source: 'devin', message: 'Hi, I am on it' })).toBeNull();
    expect(promptFromFirstMessage({ source: 'user', message: '  ' })).toBeNull();
    expect(promptFromFirstMessage(undefined)).toBeNull();
  });

  it('keeps at most PROMPT_KEEP_CHARS of a prompt', () => {
    expect(keepPrompt('short')).toBe('short');
    const kept = keepPrompt('y'.repeat(PROMPT_KEEP_CHARS * 3));
    expect(Array.from(kept)).toHaveLength(PROMPT_KEEP_CHARS);
    expect(kept.endsWith('…')).toBe(true);
  });

  it('reads the repository from GitHub, GitLab, Bitbucket and Azure DevOps PR links; sent repos come first, each once', () => {
    expect(repoOfPrUrl('https://github.com/acme/web/pull/12')).toBe('acme/web');
    expect(repoOfPrUrl('https://gitlab.com/acme/platform/api/-/merge_requests/3')).toBe('acme/platform/api');
    expect(repoOfPrUrl('https://bitbucket.org/acme/web/pull-requests/9')).toBe('acme/web');
    expect(repoOfPrUrl('https://dev.azure.com/acme/proj/_git/web/pullrequest/4')).toBe('web');
    expect(repoOfPrUrl('javascript:alert(1)//github.com/a/b/pull/1')).toBeNull();
    expect(repoOfPrUrl('not a url')).toBeNull();
    expect(sessionRepos(['acme/web'], ['https://github.com/acme/web/pull/1', 'https://github.com/acme/api/pull/2'])).toEqual(['acme/web', 'acme/api']);
    expect(sessionRepos(undefined, [])).toEqual([]);
  });
});
