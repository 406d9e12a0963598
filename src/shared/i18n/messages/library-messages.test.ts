import { describe, expect, it } from 'vitest';
import { placeholdersOf, renderMessage } from '../../intl/plural-message';
import { translate } from '../index';
import { validateCron } from '../../cron/validate-cron';
import { CRON_FIELDS } from '../../cron/cron-fields';
import { libraryCronMessages } from './library-cron';
import { libraryKnowledgeMessages } from './library-knowledge';
import { libraryPlaybooksMessages } from './library-playbooks';
import { librarySchedulesMessages } from './library-schedules';
import { uiLibraryMessages } from './ui-library';

const catalogs = { uiLibraryMessages, libraryKnowledgeMessages, libraryPlaybooksMessages, librarySchedulesMessages, libraryCronMessages };
// Parameters as the i18n layer reads them (plural blocks included).
const placeholders = placeholdersOf;

describe.each(Object.entries(catalogs))('%s', (_name, catalog) => {
  const en = catalog.en as Record<string, string>;
  const zh = catalog['zh-CN'] as Record<string, string>;

  it('has the same keys and placeholders in en and zh-CN, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).toBeTruthy();
      expect(zh[key]?.trim(), key).toBeTruthy();
      expect(placeholders(zh[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('is registered and not shadowed by another catalog', () => {
    for (const key of Object.keys(en)) {
      expect(translate('en', key), key).toBe(renderMessage(en[key]!, 'en', {}));
      expect(translate('zh-CN', key), key).toBe(renderMessage(zh[key]!, 'zh-CN', {}));
    }
  });
});

it('has a message for every cron issue and field', () => {
  const samples = ['', '@daily', '1 2 3', '0 9 L * *', 'x * * * *', '61 * * * *', '0 9 * * 5-1', '*/0 * * * *', '0 0 30 2 *'];
  for (const s of samples) {
    const r = validateCron(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(libraryCronMessages.en).toHaveProperty(r.issue.key);
  }
  for (const f of CRON_FIELDS) expect(libraryCronMessages.en).toHaveProperty(`cron.field.${f}`);
});
