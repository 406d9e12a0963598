import { defineMessages } from '../define';

/**
 * The enterprise inbox (#16): the sessions list's organisation scope ("All organisations" or one
 * org), the org shown on each row in that scope, the org filter, and the composer's and the handoff's org choice.
 */
export const uiOrgsMessages = defineMessages({
  en: {
    'ui.orgs.scope.label': 'Organisations shown',
    'ui.orgs.scope.all': 'All organisations',
    'ui.orgs.filter.label': 'Filter by organisation',
    'ui.orgs.filter.any': 'Any organisation',
    'ui.orgs.row': 'Organisation: {name}',
    'ui.orgs.composer.label': 'Organisation',
    'ui.orgs.composer.hint': 'The new session starts in this organisation.',
    'ui.orgs.switchFailed': 'Could not switch organisations: {message}',
    'ui.orgs.handoff.label': 'Starts in organisation',
    'ui.orgs.handoff.failed': 'Could not choose the organisation: {message}',
  },
  'zh-CN': {
    'ui.orgs.scope.label': '显示的组织',
    'ui.orgs.scope.all': '所有组织',
    'ui.orgs.filter.label': '按组织筛选',
    'ui.orgs.filter.any': '任意组织',
    'ui.orgs.row': '组织：{name}',
    'ui.orgs.composer.label': '组织',
    'ui.orgs.composer.hint': '新会话将在此组织中启动。',
    'ui.orgs.switchFailed': '无法切换组织：{message}',
    'ui.orgs.handoff.label': '会话将在此组织中启动',
    'ui.orgs.handoff.failed': '无法选择组织：{message}',
  },
});
