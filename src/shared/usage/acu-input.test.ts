import { describe, expect, it } from 'vitest';
import { acuInputText, parseAcuInput } from './acu-input';

describe('parseAcuInput', () => {
  it.each([
    ['', { ok: true, value: null }],
    ['   ', { ok: true, value: null }],
    ['25', { ok: true, value: 25 }],
    [' 12.5 ', { ok: true, value: 12.5 }],
    ['1,000', { ok: true, value: 1000 }],
    ['0', { ok: false }],
    ['-3', { ok: false }],
    ['1e3', { ok: false }],
    ['12abc', { ok: false }],
    ['1000001', { ok: false }],
    ['0x10', { ok: false }],
  ])('%j → %j', (text, expected) => {
    expect(parseAcuInput(text)).toEqual(expected);
  });

  it('whole numbers only for a session limit', () => {
    expect(parseAcuInput('10', { whole: true })).toEqual({ ok: true, value: 10 });
    expect(parseAcuInput('10.5', { whole: true })).toEqual({ ok: false });
    expect(acuInputText(null)).toBe('');
    expect(acuInputText(7.5)).toBe('7.5');
  });
});
