import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../intl/plural-message';
import { allKeys, translate } from '../index';
import { LOCALES } from '../locale';
import { uiAttachmentsMessages } from './ui-attachments';

// Parameters as the i18n layer reads them (plural blocks included).
const placeholders = placeholdersOf;

describe('ui-attachments messages', () => {
  const en = uiAttachmentsMessages.en as Record<string, string>;
  const zh = uiAttachmentsMessages['zh-CN'] as Record<string, string>;

  it('has every key in both locales, non-empty, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(key.startsWith('ui.attachments.') || key.startsWith('error.ATTACHMENTS_'), key).toBe(true);
      expect(en[key]?.trim(), key).toBeTruthy();
      expect(zh[key]?.trim(), key).toBeTruthy();
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('is registered', () => {
    for (const locale of LOCALES) {
      const keys = new Set(allKeys(locale));
      for (const key of Object.keys(en)) expect(keys.has(key), `${locale} ${key}`).toBe(true);
    }
    expect(translate('zh-CN', 'ui.attachments.overall', { done: 1, count: 2 })).toBe('已下载 1/2 个文件');
  });
});
