import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { createPathHandles, looksLikePath } from './path-handles';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('path handles', () => {
  it('issues unguessable handles that resolve only for their sender and kind', () => {
    const handles = createPathHandles();
    const a = handles.issue('1', 'file', '/home/me/a.txt');
    const b = handles.issue('1', 'file', '/home/me/a.txt');
    expect(a).toMatch(/^file-[A-Za-z0-9_-]{22}$/);
    expect(b).not.toBe(a);
    expect(handles.resolve('1', 'file', a, 'files.0')).toBe('/home/me/a.txt');
    for (const [sender, kind] of [['2', 'file'], ['', 'file'], ['1', 'folder']] as const) {
      expect(() => handles.resolve(sender, kind, a, 'files.0')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    }
  });

  it('tells a raw path from a stale handle, in the UI language', () => {
    let locale: 'en' | 'zh-CN' = 'en';
    const handles = createPathHandles({ locale: () => locale });
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as { code: string; details: { fieldErrors: { field: string; message: string }[]; clientSide: boolean; reason: string } };
      }
      throw new Error('did not throw');
    };
    const raw = err(() => handles.resolve('1', 'file', '/home/me/.ssh/id_rsa', 'files.0'));
    expect(raw.code).toBe('VALIDATION');
    expect(raw.details).toMatchObject({ clientSide: true, reason: 'security.handle.file.rawPath', fieldErrors: [{ field: 'files.0', message: translate('en', 'security.handle.file.rawPath') }] });
    locale = 'zh-CN';
    const stale = err(() => handles.resolve('1', 'folder', 'folder-AAAAAAAAAAAAAAAAAAAAAA', 'folder'));
    expect(stale.details.fieldErrors[0]?.message).toBe(translate('zh-CN', 'security.handle.folder.expired'));
    expect(stale.details.reason).toBe('security.handle.folder.expired');
  });

  it('expires: files after their time, folders after their time unused (each use restarts it)', () => {
    const c = clock();
    const handles = createPathHandles({ now: c.now, ttlMs: { file: 1000, folder: 1000 } });
    const file = handles.issue('1', 'file', '/f');
    const folder = handles.issue('1', 'folder', '/d');
    c.advance(900);
    expect(handles.resolve('1', 'file', file, 'f')).toBe('/f');
    expect(handles.resolve('1', 'folder', folder, 'd')).toBe('/d');
    c.advance(200);
    expect(() => handles.resolve('1', 'file', file, 'f')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(handles.resolve('1', 'folder', folder, 'd')).toBe('/d');
    c.advance(1000);
    expect(() => handles.resolve('1', 'folder', folder, 'd')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(handles.size()).toBe(0);
  });

  it('ends handles on revoke and when their sender goes away, and caps how many one sender holds', () => {
    const handles = createPathHandles({ maxPerSender: 3 });
    const mine = ['/a', '/b', '/c', '/d'].map((p) => handles.issue('1', 'file', p));
    const other = handles.issue('2', 'file', '/x');
    // The oldest went when the fourth came.
    expect(() => handles.resolve('1', 'file', mine[0]!, 'f')).toThrow();
    expect(handles.resolve('1', 'file', mine[3]!, 'f')).toBe('/d');
    handles.revoke('2', mine[3]!); // not the owner: nothing happens
    expect(handles.resolve('1', 'file', mine[3]!, 'f')).toBe('/d');
    handles.revoke('1', mine[3]!);
    expect(() => handles.resolve('1', 'file', mine[3]!, 'f')).toThrow();
    handles.forgetSender('1');
    expect(handles.size()).toBe(1);
    expect(handles.resolve('2', 'file', other, 'f')).toBe('/x');
  });

  it('knows a path when it sees one', () => {
    for (const p of ['/etc/passwd', 'C:\\Users\\me', 'c:x', '~/.ssh/id_rsa', '..', './x', 'a/b', '\\\\server\\share']) expect(looksLikePath(p), p).toBe(true);
    for (const h of ['file-abc_DEF-123', 'folder-x', 'anything']) expect(looksLikePath(h), h).toBe(false);
  });
});
