import { defineMessages } from '../define';

/**
 * Where the key may go and what the page may name (issue #11 points 4 and 5): refused file and
 * folder handles, a key bound to another origin, and main's own confirmation dialogs.
 */
export const securityMessages = defineMessages({
  en: {
    'security.handle.file.rawPath': 'Files to attach come from Attach files… or a drop on the reply box; a file path sent by the page is refused.',
    'security.handle.file.expired': 'That file choice is no longer valid (it expired, or the file was already sent). Attach the file again.',
    'security.handle.folder.rawPath': 'Download folders come from the folder dialog; a folder path sent by the page is refused.',
    'security.handle.folder.expired': 'That folder choice is no longer valid. Choose the folder again.',
    'security.handle.repo.rawPath': 'Folders to hand off come from a drop, Choose folder…, Recent or the path field; a folder path sent by the page is refused.',
    'security.handle.repo.expired': 'That folder choice is no longer valid. Open the folder again.',
    'security.confirm.cancel': 'Cancel',
    'security.confirm.apiUrl.title': 'Change the API URL',
    'security.confirm.apiUrl.message': 'Sign out and use {to}?',
    'security.confirm.apiUrl.detail': 'Your API key was checked at {from} and stays bound to it: it is never sent to {to}. Changing the URL signs you out and removes the saved key; you then sign in with a key for {to}.',
    'security.confirm.apiUrl.confirm': 'Sign out and change',
    'security.confirm.link.title': 'Open a link on an unknown host',
    'security.confirm.link.message': 'Open this pull request on {host}?',
    'security.confirm.link.detail': 'Devin returned this link, but {host} is not a host this app knows (GitHub, GitLab, Bitbucket, Azure DevOps). Open it only if you expect your code there.\n\n{url}',
    'security.confirm.link.confirm': 'Open in browser',
    'error.KEY_ORIGIN_MISMATCH': 'Your saved API key belongs to {boundTo}, and the API URL is now {origin}, so the key was not sent. Sign in with a key for {origin}, or set the API URL back to {boundTo} in Settings.',
    'error.KEY_ORIGIN_MISMATCH_ENV': 'The saved API key belongs to {boundTo}, but DEVIN_API_URL points to {origin}, so the key was not sent. Give a key for {origin} in DEVIN_API_KEY (or run `devin-tray login` with DEVIN_API_URL set), or unset DEVIN_API_URL.',
    'error.ENV_KEY_HOST_UNCONFIRMED': 'DEVIN_API_KEY was not sent: DEVIN_API_URL is not set, and the API URL in settings ({origin}) is not a Devin host. Set DEVIN_API_URL={origin} to send the key there.',
    'error.CONFIRM_PENDING': 'A question from Devin Tray is already open: answer it first.',
    'error.CONFIRM_TOO_SOON': 'You just declined this change. You can ask again in {seconds} s.',
  },
  'zh-CN': {
    'security.handle.file.rawPath': '要附加的文件只能通过“附加文件…”或拖到回复框中选择；页面发送的文件路径会被拒绝。',
    'security.handle.file.expired': '该文件选择已失效（已过期，或文件已发送）。请重新附加该文件。',
    'security.handle.folder.rawPath': '下载文件夹只能通过文件夹对话框选择；页面发送的文件夹路径会被拒绝。',
    'security.handle.folder.expired': '该文件夹选择已失效。请重新选择文件夹。',
    'security.handle.repo.rawPath': '要交接的文件夹只能通过拖放、“选择文件夹…”、最近列表或路径输入框提供；页面发送的文件夹路径会被拒绝。',
    'security.handle.repo.expired': '该文件夹选择已失效。请重新打开该文件夹。',
    'security.confirm.cancel': '取消',
    'security.confirm.apiUrl.title': '更改 API 地址',
    'security.confirm.apiUrl.message': '退出登录并改用 {to}？',
    'security.confirm.apiUrl.detail': '你的 API 密钥是在 {from} 验证的，并与它绑定：密钥绝不会发送到 {to}。更改地址会退出登录并删除已保存的密钥；之后请用适用于 {to} 的密钥重新登录。',
    'security.confirm.apiUrl.confirm': '退出登录并更改',
    'security.confirm.link.title': '打开未知主机上的链接',
    'security.confirm.link.message': '在 {host} 上打开这个拉取请求？',
    'security.confirm.link.detail': '此链接由 Devin 返回，但 {host} 不是本应用认识的主机（GitHub、GitLab、Bitbucket、Azure DevOps）。只有当你的代码确实在那里时才打开。\n\n{url}',
    'security.confirm.link.confirm': '在浏览器中打开',
    'error.KEY_ORIGIN_MISMATCH': '已保存的 API 密钥属于 {boundTo}，而 API 地址现在是 {origin}，因此没有发送该密钥。请用适用于 {origin} 的密钥登录，或在“设置”中把 API 地址改回 {boundTo}。',
    'error.KEY_ORIGIN_MISMATCH_ENV': '已保存的 API 密钥属于 {boundTo}，但 DEVIN_API_URL 指向 {origin}，因此没有发送该密钥。请在 DEVIN_API_KEY 中提供适用于 {origin} 的密钥（或在设置了 DEVIN_API_URL 的情况下运行 `devin-tray login`），或取消设置 DEVIN_API_URL。',
    'error.ENV_KEY_HOST_UNCONFIRMED': '没有发送 DEVIN_API_KEY：未设置 DEVIN_API_URL，而设置中的 API 地址（{origin}）不是 Devin 的主机。要把密钥发送到那里，请设置 DEVIN_API_URL={origin}。',
    'error.CONFIRM_PENDING': 'Devin Tray 已有一个待回答的问题：请先回答它。',
    'error.CONFIRM_TOO_SOON': '你刚拒绝了这项更改。{seconds} 秒后可以再次提出。',
  },
});
