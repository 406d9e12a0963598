import { defineMessages } from '../define';

/** Settings notices and labels owned by the settings service. */
export const settingsMessages = defineMessages({
  en: {
    'settings.notice.resetCorrupt':
      'Your settings file could not be read ({reason}), so settings were reset to their defaults. The old file was kept as {backup}.',
    'settings.notice.saveFailed': 'Settings could not be saved: {message}',
    'settings.reason.badJson': 'it is not valid JSON',
    'settings.reason.invalid': 'it contains values this version does not accept',
  },
  'zh-CN': {
    'settings.notice.resetCorrupt': '无法读取设置文件（{reason}），设置已恢复为默认值。旧文件已保存为 {backup}。',
    'settings.notice.saveFailed': '无法保存设置：{message}',
    'settings.reason.badJson': '它不是有效的 JSON',
    'settings.reason.invalid': '其中包含此版本不接受的值',
  },
});
