import { defineMessages } from '../define';

/** Budget notifications, the tray's figure and what `devin-tray usage` prints. */
export const usageMessages = defineMessages({
  en: {
    'usage.alert.daily.title': 'Devin usage: {percent}% of today’s budget',
    'usage.alert.monthly.title': 'Devin usage: {percent}% of this month’s budget',
    'usage.alert.daily.body': '{acus} of {budget} ACUs used today ({day}).',
    'usage.alert.monthly.body': '{acus} of {budget} ACUs used this month ({month}).',
    'usage.tray.todaySuffix': ' · Today: {acus} ACUs',
    'usage.cli.header': 'Devin usage, {from} to {to} (days start at 08:00 UTC, as on Devin’s dashboard)',
    'usage.cli.total': 'Total: {acus} ACUs',
    'usage.cli.prs': 'Pull requests: {created} created, {merged} merged',
    'usage.cli.prsForbidden': 'Pull requests: not shown — this API key lacks the ViewAccountMetrics permission.',
    'usage.cli.forbidden': 'This API key lacks the {permission} permission, which Devin requires to read usage. Ask an admin of your Devin organization for a key that has it.',
    'usage.cli.badDays': '--days takes a whole number from 1 to 90 (not “{value}”). Usage: {usage}',
    'usage.cli.products': 'Devin {devin} · Windsurf {cascade} · Terminal {terminal}',
  },
  'zh-CN': {
    'usage.alert.daily.title': 'Devin 用量：已达今日预算的 {percent}%',
    'usage.alert.monthly.title': 'Devin 用量：已达本月预算的 {percent}%',
    'usage.alert.daily.body': '今日（{day}）已用 {acus} ACU，预算 {budget} ACU。',
    'usage.alert.monthly.body': '本月（{month}）已用 {acus} ACU，预算 {budget} ACU。',
    'usage.tray.todaySuffix': ' · 今日：{acus} ACU',
    'usage.cli.header': 'Devin 用量，{from} 至 {to}（每日从 UTC 08:00 开始，与 Devin 控制台一致）',
    'usage.cli.total': '合计：{acus} ACU',
    'usage.cli.prs': '拉取请求：创建 {created} 个，合并 {merged} 个',
    'usage.cli.prsForbidden': '拉取请求：未显示——此 API 密钥缺少 ViewAccountMetrics 权限。',
    'usage.cli.forbidden': '此 API 密钥缺少 {permission} 权限，Devin 需要该权限才能读取用量。请向你的 Devin 组织管理员索取具有该权限的密钥。',
    'usage.cli.badDays': '--days 的值应为 1 到 90 之间的整数（而不是“{value}”）。用法：{usage}',
    'usage.cli.products': 'Devin {devin} · Windsurf {cascade} · 终端 {terminal}',
  },
});
