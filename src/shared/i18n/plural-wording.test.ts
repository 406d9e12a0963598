import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../intl/plural-message';
import { pluralWordingProblems } from './plural-wording';

describe('pluralWordingProblems', () => {
  it('flags a plural in parentheses and a count before a plural noun', () => {
    expect(pluralWordingProblems('{count} file(s) saved')).toEqual(['plural in parentheses: "e(s)"']);
    expect(pluralWordingProblems('6 match(es)')).toEqual(['plural in parentheses: "h(es)"']);
    expect(pluralWordingProblems('not an http(s) address')).toHaveLength(1);
    expect(pluralWordingProblems('{count} sessions finished')).toEqual(['"{count} sessions" reads "1 sessions" for one: use a plural block']);
    expect(pluralWordingProblems('{count, plural, one {# file}}')[0]).toMatch(/malformed/);
  });

  it('leaves plural blocks, units, verbs and other parentheses alone', () => {
    for (const text of [
      '{count, plural, one {# file} other {# files}} saved to {dir}',
      'Retrying in {seconds} s.',
      '{count} is the limit',
      '{shown} of {total}',
      'Devin had a server error (503).',
      'Run devin-tray login (or set DEVIN_API_KEY).',
    ]) {
      expect(pluralWordingProblems(text), text).toEqual([]);
    }
  });
});

/** Every catalog under messages/, whatever index.ts imports, so a new one is checked on arrival. */
async function catalogs(): Promise<{ file: string; en: Record<string, string>; zh: Record<string, string> }[]> {
  const dir = join(__dirname, 'messages');
  const out: { file: string; en: Record<string, string>; zh: Record<string, string> }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'))) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const catalog of Object.values(mod)) {
      const c = catalog as { en?: Record<string, string>; 'zh-CN'?: Record<string, string> } | null;
      if (c?.en && c['zh-CN']) out.push({ file, en: c.en, zh: c['zh-CN'] });
    }
  }
  return out;
}

describe('en messages say plurals with Intl.PluralRules, not "(s)"', () => {
  it('no English message has "(s)" or a count before a plural noun outside a plural block', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { file, en } of await catalogs()) {
      for (const [key, text] of Object.entries(en)) {
        checked++;
        // The older pair convention (`key.one` / `key.other`, picked by the caller) is already right.
        if (key.endsWith('.other') && `${key.slice(0, -'other'.length)}one` in en) continue;
        for (const p of pluralWordingProblems(text)) problems.push(`${file} ${key}: ${p}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });

  it('every message parses, and en and zh-CN use the same parameters', async () => {
    const problems: string[] = [];
    for (const { file, en, zh } of await catalogs()) {
      for (const key of Object.keys(en)) {
        try {
          const a = placeholdersOf(en[key]!);
          const b = placeholdersOf(zh[key] ?? '');
          if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${file} ${key}: en ${a.join(',')} / zh-CN ${b.join(',')}`);
        } catch (e) {
          problems.push(`${file} ${key}: ${(e as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
