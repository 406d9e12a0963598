import { defineMessages } from '../define';

/**
 * Drafts (#13): what was typed and not sent is kept, offered back, and only thrown away after
 * asking. Used by the new-session composer, the reply box and the library editors.
 */
export const uiDraftsMessages = defineMessages({
  en: {
    'ui.drafts.discard.title': 'Discard what you typed?',
    'ui.drafts.discard.body': 'This draft is kept nowhere else: once discarded, it cannot be brought back.',
    'ui.drafts.discard.keep': 'Keep editing',
    'ui.drafts.discard.confirm': 'Discard',
    'ui.drafts.restored': 'Your unsent draft is back (saved {time}).',
    'ui.drafts.restoredEditor': 'Your unsaved draft is back (saved {time}).',
    'ui.drafts.startOver': 'Start over',
    'ui.drafts.discardDraft': 'Discard draft',
    'ui.drafts.unsent': 'Unsent draft, saved {time}.',
    'ui.drafts.unsentReply': 'Unsent reply',
    'ui.drafts.missingFiles': 'No longer on disk, so left out: {names}',
    'ui.drafts.library.title': 'Unsaved drafts',
    'ui.drafts.library.resume': 'Resume',
    'ui.drafts.library.newItem': 'New, not created yet',
    'ui.drafts.library.editItem': 'Changes to {name}',
    'ui.drafts.library.goneItem': 'Changes to an item that is no longer in the list',
    'ui.drafts.library.saved': 'saved {time}',
  },
  'zh-CN': {
    'ui.drafts.discard.title': '放弃已输入的内容？',
    'ui.drafts.discard.body': '这份草稿没有保存在别处，放弃后无法找回。',
    'ui.drafts.discard.keep': '继续编辑',
    'ui.drafts.discard.confirm': '放弃',
    'ui.drafts.restored': '已恢复未发送的草稿（保存于{time}）。',
    'ui.drafts.restoredEditor': '已恢复未保存的草稿（保存于{time}）。',
    'ui.drafts.startOver': '重新开始',
    'ui.drafts.discardDraft': '放弃草稿',
    'ui.drafts.unsent': '未发送的草稿，保存于{time}。',
    'ui.drafts.unsentReply': '未发送的回复',
    'ui.drafts.missingFiles': '以下文件已不在磁盘上，已移除：{names}',
    'ui.drafts.library.title': '未保存的草稿',
    'ui.drafts.library.resume': '继续编辑',
    'ui.drafts.library.newItem': '新建，尚未创建',
    'ui.drafts.library.editItem': '对“{name}”的修改',
    'ui.drafts.library.goneItem': '对一个已不在列表中的条目的修改',
    'ui.drafts.library.saved': '保存于{time}',
  },
});
