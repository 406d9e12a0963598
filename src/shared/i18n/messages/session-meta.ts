import { defineMessages } from '../define';

/** Errors of tag edits, and what `devin-tray tags` and the `--knowledge` option print. */
export const sessionMetaMessages = defineMessages({
  en: {
    'error.TAG_INVALID': '“{tag}” is not a usable tag: a tag has 1 to 200 characters, without line breaks or control characters.',
    'error.TAGS_TOO_MANY': 'Too many tags: at most {max} at once.',
    'tags.cli.list': 'Tags of {sessionId}: {tags}',
    'tags.cli.none': '{sessionId} has no tags.',
    'tags.cli.missingSession': 'Name the session. Usage: {usage}',
    'tags.cli.addAndRemove': '“{tag}” is both added and removed; pick one. Usage: {usage}',
    'tags.cli.notFound': 'Session {sessionId} was not found in organization {orgId}.',
    'knowledge.cli.bad': '--knowledge takes all, none or note ids separated by commas (not “{value}”).',
    'sessions.cli.insightsFailed': 'Insights could not be read ({message}); "insights" is null in the output.',
  },
  'zh-CN': {
    'error.TAG_INVALID': '“{tag}”不是可用的标签：标签长度为 1 到 200 个字符，且不能包含换行符或控制字符。',
    'error.TAGS_TOO_MANY': '标签太多：一次最多 {max} 个。',
    'tags.cli.list': '{sessionId} 的标签：{tags}',
    'tags.cli.none': '{sessionId} 没有标签。',
    'tags.cli.missingSession': '请指定会话。用法：{usage}',
    'tags.cli.addAndRemove': '“{tag}”同时被添加和移除，请只选一种。用法：{usage}',
    'tags.cli.notFound': '在组织 {orgId} 中找不到会话 {sessionId}。',
    'knowledge.cli.bad': '--knowledge 的值应为 all、none 或以逗号分隔的笔记 ID（而不是“{value}”）。',
    'sessions.cli.insightsFailed': '无法读取洞察（{message}）；输出中的 "insights" 为 null。',
  },
});
