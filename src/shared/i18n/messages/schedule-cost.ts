import { defineMessages } from '../define';

/** The schedule editor's word on cost (#13): how often a cron runs, and the question before saving a frequent one. */
export const scheduleCostMessages = defineMessages({
  en: {
    'schedules.cost.note': 'Runs {runs, plural, one {once} other {# times}} a day. Each run starts a new Devin session, which uses ACUs.',
    'schedules.cost.warning':
      'Runs {runs, plural, one {once} other {# times}} a day. Each run starts a new Devin session, which uses ACUs: this can add up fast. Saving will ask you to confirm.',
    'schedules.cost.confirmTitle': 'Save a schedule that runs {runs, plural, one {once} other {# times}} a day?',
    'schedules.cost.confirmBody':
      'Each run starts a new Devin session, which uses ACUs. More often than once an hour, runs tend to start before the last one has finished, so the cost grows with the count rather than the work.',
    'schedules.cost.confirm': 'Save anyway',
    'schedules.cost.keepEditing': 'Keep editing',
  },
  'zh-CN': {
    'schedules.cost.note': '每天运行 {runs} 次。每次运行都会新建一个 Devin 会话并消耗 ACU。',
    'schedules.cost.warning': '每天运行 {runs} 次。每次运行都会新建一个 Devin 会话并消耗 ACU，费用可能增长很快。保存时会请你确认。',
    'schedules.cost.confirmTitle': '要保存每天运行 {runs} 次的定时任务吗？',
    'schedules.cost.confirmBody': '每次运行都会新建一个 Devin 会话并消耗 ACU。比每小时一次更频繁时，上一次运行往往还没结束下一次就开始了，费用随次数而不是工作量增长。',
    'schedules.cost.confirm': '仍然保存',
    'schedules.cost.keepEditing': '继续编辑',
  },
});
