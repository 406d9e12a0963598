import { defineMessages } from '../define';

/** Account and keychain strings (the keychain reasons fill `error.KEYCHAIN_UNAVAILABLE`'s {detail}). */
export const accountMessages = defineMessages({
  en: {
    'account.keychain.noDbus': 'no D-Bus session bus; start a desktop session or set DBUS_SESSION_BUS_ADDRESS',
    'account.keychain.noSecretService': 'no Secret Service is running; install and start gnome-keyring or KeePassXC',
    'account.keychain.locked': 'the keyring is locked or has no default collection; unlock it and try again',
    'account.keychain.denied': 'access to the keychain was denied',
    'account.keychain.failed': 'the keychain reported an error: {message}',
    'account.principal.service_user': 'Service user',
    'account.principal.pat_user': 'Personal access token',
    'account.principal.other': 'Principal',
    'account.demo.label': 'DEMO',
    'account.notice.restoreFailed': 'Could not sign in with the saved key: {message}',
    'account.notice.keyRejected': 'Devin rejected the API key (401), so Devin Tray stopped checking your sessions. Sign in again with a current key.',
    'account.notice.demoFailed': 'Demo mode could not start: {message}',
  },
  'zh-CN': {
    'account.keychain.noDbus': '没有 D-Bus 会话总线；请在桌面会话中运行或设置 DBUS_SESSION_BUS_ADDRESS',
    'account.keychain.noSecretService': '没有正在运行的 Secret Service；请安装并启动 gnome-keyring 或 KeePassXC',
    'account.keychain.locked': '钥匙环已锁定或没有默认集合；请解锁后重试',
    'account.keychain.denied': '访问钥匙串被拒绝',
    'account.keychain.failed': '钥匙串报告了错误：{message}',
    'account.principal.service_user': '服务用户',
    'account.principal.pat_user': '个人访问令牌',
    'account.principal.other': '主体',
    'account.demo.label': '演示',
    'account.notice.restoreFailed': '无法使用已保存的密钥登录：{message}',
    'account.notice.keyRejected': 'Devin 拒绝了 API 密钥（401），Devin Tray 已停止检查你的会话。请使用有效的密钥重新登录。',
    'account.notice.demoFailed': '无法启动演示模式：{message}',
  },
});
