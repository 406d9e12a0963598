import { defineMessages } from '../define';

/** What the devin-tray CLI prints for people (machine output such as --json is not translated). */
export const cliMessages = defineMessages({
  en: {
    'cli.error.prefix': 'error: {message}',
    'cli.usage.unknownCommand': 'Unknown command "{command}". Run devin-tray --help to see the commands.',
    'cli.usage.unknownOption': 'Unknown option "{option}". Usage: {usage}',
    'cli.usage.missingValue': 'Option {option} needs a value. Usage: {usage}',
    'cli.usage.unexpectedArgument': 'Unexpected argument "{arg}". Usage: {usage}',
    'cli.whoami.principal': 'Signed in as {name} ({type})',
    'cli.whoami.org': 'Organization: {orgId}',
    'cli.whoami.noOrg': 'Organization: none chosen (enterprise key; pass --org or set DEVIN_ORG_ID)',
    'cli.whoami.keySource': 'Key from: {source}',
    'cli.login.readKey': 'Paste your Devin API key (cog_…) and press Enter, then Ctrl-D:',
    'cli.login.emptyKey': 'No key was given on standard input. Example: devin-tray login < key.txt',
    'cli.login.done': 'Signed in as {name}; organization {orgId}. The key is stored in the OS keychain.',
    'cli.login.chooseOrg': 'This is an enterprise key. Choose an organization and run login again with --org:',
    'cli.login.orgLine': '  {orgId}  {name}',
    'cli.login.orgListForbidden':
      'This key may not list organizations. Run login again with --org ORG_ID (find it in Devin: Settings › Service users).',
    'cli.logout.done': 'Signed out. The key was removed from the OS keychain.',
    'cli.logout.envStillSet': 'Note: DEVIN_API_KEY is set in the environment, so commands will keep using it.',
  },
  'zh-CN': {
    'cli.error.prefix': '错误:{message}',
    'cli.usage.unknownCommand': '未知命令“{command}”。运行 devin-tray --help 查看可用命令。',
    'cli.usage.unknownOption': '未知选项“{option}”。用法:{usage}',
    'cli.usage.missingValue': '选项 {option} 需要一个值。用法:{usage}',
    'cli.usage.unexpectedArgument': '多余的参数“{arg}”。用法:{usage}',
    'cli.whoami.principal': '已登录为 {name}({type})',
    'cli.whoami.org': '组织:{orgId}',
    'cli.whoami.noOrg': '组织:尚未选择(企业密钥;请传入 --org 或设置 DEVIN_ORG_ID)',
    'cli.whoami.keySource': '密钥来源:{source}',
    'cli.login.readKey': '粘贴你的 Devin API 密钥(cog_…)并回车,然后按 Ctrl-D:',
    'cli.login.emptyKey': '标准输入中没有密钥。示例:devin-tray login < key.txt',
    'cli.login.done': '已登录为 {name};组织 {orgId}。密钥已保存到系统钥匙串。',
    'cli.login.chooseOrg': '这是企业密钥。请选择一个组织,并带上 --org 重新运行 login:',
    'cli.login.orgLine': '  {orgId}  {name}',
    'cli.login.orgListForbidden': '此密钥无权列出组织。请带上 --org ORG_ID 重新运行 login(在 Devin 的 设置 › 服务用户 中可找到)。',
    'cli.logout.done': '已退出登录。密钥已从系统钥匙串中删除。',
    'cli.logout.envStillSet': '注意:环境变量 DEVIN_API_KEY 已设置,命令仍会继续使用它。',
  },
});
