import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../shared/intl/plural-message';
import { uiHandoffMessages } from '../../shared/i18n/messages/ui-handoff';
import { RISKY_FILE_RULES } from './risky-files';
import { SECRET_RULES } from './secret-rules';

// Parameters as the i18n layer reads them (plural blocks included).
const placeholders = placeholdersOf;

describe('Handoff screen messages', () => {
  it('name every secret rule the engine has, in both languages', () => {
    for (const rule of [...SECRET_RULES, ...RISKY_FILE_RULES]) {
      const key = `ui.handoff.rule.${rule.id}` as keyof typeof uiHandoffMessages.en;
      expect(uiHandoffMessages.en[key], rule.id).toBeTruthy();
      expect(uiHandoffMessages['zh-CN'][key], rule.id).toBeTruthy();
    }
  });

  it('have the same keys and placeholders in en and zh-CN', () => {
    const en = uiHandoffMessages.en as Record<string, string>;
    const zh = uiHandoffMessages['zh-CN'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(key.startsWith('ui.handoff.') || key.startsWith('error.HANDOFF_'), key).toBe(true);
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''));
    }
  });
});
