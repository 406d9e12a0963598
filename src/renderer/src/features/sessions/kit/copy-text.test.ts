import { afterEach, describe, expect, it } from 'vitest';
import { copyText } from './copy-text';

const setClipboard = (value: unknown) => Object.defineProperty(navigator, 'clipboard', { configurable: true, value });

describe('copyText', () => {
  afterEach(() => setClipboard(undefined));

  it('uses the Clipboard API when it works', async () => {
    const writes: string[] = [];
    setClipboard({ writeText: async (s: string) => void writes.push(s) });
    expect(await copyText('https://app.devin.ai/sessions/a')).toBe(true);
    expect(writes).toEqual(['https://app.devin.ai/sessions/a']);
  });

  it('falls back to a selected textarea + execCommand, and cleans up', async () => {
    setClipboard({ writeText: () => Promise.reject(new Error('not focused')) });
    const seen: string[] = [];
    document.execCommand = ((cmd: string) => {
      seen.push(`${cmd}:${(document.activeElement as HTMLTextAreaElement | null)?.value ?? ''}`);
      return true;
    }) as typeof document.execCommand;
    expect(await copyText('hello')).toBe(true);
    expect(seen[0]?.startsWith('copy')).toBe(true);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says so when nothing works', async () => {
    setClipboard(undefined);
    document.execCommand = (() => {
      throw new Error('unsupported');
    }) as typeof document.execCommand;
    expect(await copyText('hello')).toBe(false);
  });
});
