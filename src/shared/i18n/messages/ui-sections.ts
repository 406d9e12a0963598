import { defineMessages } from '../define';

/** Empty states of the feature sections: what each one is for, before it has content. */
export const uiSectionsMessages = defineMessages({
  en: {
    'ui.sessions.emptyTitle': 'Your Devin sessions will show up here',
    'ui.sessions.emptyBody':
      'Follow every session in your organization with its live status. Devin Tray keeps watching in the background and notifies you when Devin needs your reply, opens a pull request or finishes.',
    'ui.handoff.emptyTitle': 'Hand off work from a local repository',
    'ui.handoff.emptyBody':
      'Pick a folder inside a git repository: Devin Tray packs the branch, your uncommitted changes and new files into a session for Devin. It scans for secrets first and shows exactly what will be sent.',
    'ui.knowledge.emptyTitle': 'Knowledge Devin remembers',
    'ui.knowledge.emptyBody':
      'Knowledge notes are facts and instructions Devin recalls in every session: build commands, conventions, where things live. Browse your organization’s notes here.',
    'ui.playbooks.emptyTitle': 'Reusable playbooks',
    'ui.playbooks.emptyBody':
      'Playbooks are prompts for tasks you repeat, like a release checklist, a dependency upgrade or bug triage. Start a session from one without retyping the instructions.',
    'ui.schedules.emptyTitle': 'Sessions on a schedule',
    'ui.schedules.emptyBody':
      'Schedules start Devin sessions on a timetable, such as a nightly test triage or a weekly dependency bump. See what runs next and when each schedule last ran.',
  },
  'zh-CN': {
    'ui.sessions.emptyTitle': '你的 Devin 会话将显示在这里',
    'ui.sessions.emptyBody':
      '查看组织内每个会话的实时状态。Devin Tray 会在后台持续关注，在 Devin 需要你回复、创建了拉取请求或完成任务时通知你。',
    'ui.handoff.emptyTitle': '从本地仓库交接工作',
    'ui.handoff.emptyBody':
      '选择 git 仓库中的一个文件夹：Devin Tray 会把当前分支、未提交的更改和新文件打包成一个 Devin 会话。发送前会先扫描密钥等敏感信息，并让你确认将要发送的全部内容。',
    'ui.knowledge.emptyTitle': 'Devin 记住的知识',
    'ui.knowledge.emptyBody':
      '知识条目是 Devin 在每个会话中都会参考的事实和说明，例如构建命令、代码约定、文件位置。在这里浏览组织的知识条目。',
    'ui.playbooks.emptyTitle': '可复用的操作手册',
    'ui.playbooks.emptyBody':
      '操作手册是针对重复任务的提示词，例如发布检查清单、依赖升级或缺陷分诊。无需重新输入说明，即可基于它启动会话。',
    'ui.schedules.emptyTitle': '按计划运行的会话',
    'ui.schedules.emptyBody':
      '定时任务会按时间表启动 Devin 会话，例如每晚分析测试失败、每周升级依赖。在这里查看下一次运行时间和上一次运行情况。',
  },
});
