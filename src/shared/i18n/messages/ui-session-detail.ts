import { defineMessages } from '../define';

/** The session detail's prompt, repository and PR facts, the approval hint and the list's "+N" tags (#13 points 5 and 10). */
export const uiSessionDetailMessages = defineMessages({
  en: {
    'ui.sessionDetail.prompt': 'Prompt',
    'ui.sessionDetail.promptShowAll': 'Show the whole prompt',
    'ui.sessionDetail.promptShowLess': 'Show less',
    'ui.sessionDetail.repos': 'Repository',
    'ui.sessionDetail.prLabel': 'Pull request {label}',
    'ui.sessionDetail.prStateUnknown': 'state not reported',
    'ui.sessionDetail.approvalTitle': 'Devin is waiting for your approval',
    'ui.sessionDetail.approvalBody': 'Devin has proposed a step it will only take once you approve it. Approving is done in the Devin web app; a reply here can also change its course.',
    'ui.sessionDetail.approvalOpen': 'Review and approve in Devin',
    'ui.sessionDetail.moreTags': 'More tags: {tags}',
  },
  'zh-CN': {
    'ui.sessionDetail.prompt': '提示词',
    'ui.sessionDetail.promptShowAll': '显示完整提示词',
    'ui.sessionDetail.promptShowLess': '收起',
    'ui.sessionDetail.repos': '仓库',
    'ui.sessionDetail.prLabel': '拉取请求 {label}',
    'ui.sessionDetail.prStateUnknown': '未报告状态',
    'ui.sessionDetail.approvalTitle': 'Devin 正在等待你的批准',
    'ui.sessionDetail.approvalBody': 'Devin 提出了一个步骤，需要你批准后才会执行。批准需在 Devin 网页应用中完成；在这里回复也可以调整它的做法。',
    'ui.sessionDetail.approvalOpen': '在 Devin 中查看并批准',
    'ui.sessionDetail.moreTags': '更多标签：{tags}',
  },
});
