import { describe, expect, it } from 'vitest';
import { checkLocalPath, deepLinkFromArgv, launchedHidden, MAX_TASK_LENGTH, parseDeepLink } from './deep-link-model';

const enc = encodeURIComponent;

describe('parseDeepLink accepts', () => {
  it.each([
    ['devin-tray://handoff?path=%2Fhome%2Fana%2Frepo', { action: 'handoff', path: '/home/ana/repo' }],
    ['devin-tray://handoff/?path=/srv/app', { action: 'handoff', path: '/srv/app' }],
    [`devin-tray://handoff?path=${enc('/Users/ana/My Repo')}&task=${enc('Fix the login bug\nand add a test')}`, { action: 'handoff', path: '/Users/ana/My Repo', task: 'Fix the login bug\nand add a test' }],
    [`devin-tray://handoff?path=${enc('C:\\Users\\ana\\repo')}`, { action: 'handoff', path: 'C:\\Users\\ana\\repo' }],
    [`devin-tray://handoff?path=/&task=${enc('   ')}`, { action: 'handoff', path: '/' }],
    ['DEVIN-TRAY://HANDOFF?path=/x', { action: 'handoff', path: '/x' }],
    ['devin-tray://session?id=devin-0123abcd', { action: 'session', sessionId: 'devin-0123abcd' }],
    [`devin-tray://handoff?path=${enc('/tmp/%2e%2e')}`, { action: 'handoff', path: '/tmp/%2e%2e' }],
  ])('%s', (url, link) => {
    expect(parseDeepLink(url)).toEqual({ ok: true, link });
  });
});

describe('parseDeepLink refuses hostile links', () => {
  it.each([
    ['x'.repeat(9000), 'tooLong'],
    ['not a url', 'controlChars'],
    ['devin-tray://handoff?path=/a\u0000b', 'controlChars'],
    ['devin-tray://handoff?path=/a\tb', 'controlChars'],
    ['devin-tray://handoff?path=/a%00b', 'controlChars'],
    ['devin-tray://handoff?path=/a%0Ab', 'controlChars'],
    [`devin-tray://handoff?path=/a&task=${enc('ok\u0007bell')}`, 'controlChars'],
    [`devin-tray://handoff?path=/a&task=${enc('fix \u202egnp.exe')}`, 'controlChars'],
    [`devin-tray://handoff?path=${enc('/home/\u202etxt.exe')}`, 'controlChars'],
    ['::::', 'badUrl'],
    ['file:///etc/passwd', 'badScheme'],
    ['https://evil.example/?path=/x', 'badScheme'],
    ['javascript:alert(1)', 'badScheme'],
    ['devin-tray-evil://handoff?path=/x', 'badScheme'],
    ['devin-tray:handoff?path=/x', 'badForm'],
    ['devin-tray://user:pw@handoff?path=/x', 'badForm'],
    ['devin-tray://handoff:80?path=/x', 'badForm'],
    ['devin-tray://handoff/extra?path=/x', 'badForm'],
    ['devin-tray://handoff?path=/x#frag', 'badForm'],
    ['devin-tray://delete?path=/x', 'unknownAction'],
    ['devin-tray://?path=/x', 'unknownAction'],
    ['devin-tray://handoff?path=/x&path=/y', 'duplicateParam'],
    ['devin-tray://handoff?path=/x&exec=rm', 'unknownParam'],
    ['devin-tray://handoff', 'missingPath'],
    ['devin-tray://handoff?path=', 'missingPath'],
    ['devin-tray://handoff?path=relative/dir', 'badPath'],
    ['devin-tray://handoff?path=/home/ana/../../etc', 'badPath'],
    ['devin-tray://handoff?path=%2Fhome%2F..%2Fetc', 'badPath'],
    ['devin-tray://handoff?path=/home/./ana', 'badPath'],
    ['devin-tray://handoff?path=/home//ana', 'badPath'],
    ['devin-tray://handoff?path=/home/ana/', 'badPath'],
    ['devin-tray://handoff?path=~/repo', 'badPath'],
    ['devin-tray://handoff?path=/~', 'badPath'],
    [`devin-tray://handoff?path=${enc('file:///etc')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('\\\\evil-host\\share')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('//evil-host/share')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('C:\\Users\\..\\Windows')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('C:/Users/ana')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('C:\\Users\\ana\\')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('\\\\?\\C:\\x')}`, 'badPath'],
    [`devin-tray://handoff?path=${enc('/a\\..\\b')}`, 'badPath'],
    [`devin-tray://handoff?path=/x&task=${'a'.repeat(MAX_TASK_LENGTH + 1)}`, 'taskTooLong'],
    ['devin-tray://session?id=', 'badSessionId'],
    ['devin-tray://session?id=../../x', 'badSessionId'],
    ['devin-tray://session?id=a%20b', 'badSessionId'],
  ])('%s → %s', (url, reason) => {
    expect(parseDeepLink(url)).toEqual({ ok: false, reason });
  });

  it('caps the task at exactly MAX_TASK_LENGTH characters', () => {
    const task = 'b'.repeat(MAX_TASK_LENGTH);
    expect(parseDeepLink(`devin-tray://handoff?path=/x&task=${task}`)).toEqual({ ok: true, link: { action: 'handoff', path: '/x', task } });
  });
});

describe('checkLocalPath', () => {
  it.each([
    ['/', null],
    ['C:\\', null],
    ['D:\\work\\repo', null],
    ['/home/ana/repo', null],
    ['', 'badPath'],
    ['C:', 'badPath'],
    ['C:\\a\\.\\b', 'badPath'],
    ['C:\\a<b', 'badPath'],
  ] as const)('%j → %j', (path, expected) => {
    expect(checkLocalPath(path)).toBe(expected);
  });
});

describe('deepLinkFromArgv', () => {
  it('finds the link among Chromium switches (Windows/Linux second launch)', () => {
    expect(deepLinkFromArgv(['/opt/Devin Tray/devin-tray', '--allow-file-access-from-files', 'devin-tray://session?id=devin-1'])).toBe('devin-tray://session?id=devin-1');
  });
  it('turns --handoff into the equivalent link, which is then validated like any other', () => {
    const link = deepLinkFromArgv(['devin-tray', '--handoff=/home/ana/my repo']);
    expect(parseDeepLink(link!)).toEqual({ ok: true, link: { action: 'handoff', path: '/home/ana/my repo' } });
    const spaced = deepLinkFromArgv(['devin-tray', '--handoff', '../etc']);
    expect(parseDeepLink(spaced!)).toEqual({ ok: false, reason: 'badPath' });
  });
  it('returns null without a link', () => {
    expect(deepLinkFromArgv(['electron', '.', '--hidden'])).toBeNull();
  });
  it('detects --hidden (autostart)', () => {
    expect(launchedHidden(['x', '--hidden'])).toBe(true);
    expect(launchedHidden(['x'])).toBe(false);
  });
});
