import { defineMessages } from '../define';

/** Errors of the checkout (#16: a session's pull request in a local worktree) and what `devin-tray checkout` prints. */
export const checkoutMessages = defineMessages({
  en: {
    'error.CHECKOUT_NO_PR': 'Session {sessionId} has no pull request to check out.',
    'error.CHECKOUT_PR_UNKNOWN': '{url} is not a pull request of session {sessionId}.',
    'error.CHECKOUT_PR_UNSUPPORTED':
      'Devin Tray cannot tell how to fetch {url}: it knows pull requests on GitHub, GitLab, Gitea and Forgejo.',
    'error.CHECKOUT_NO_LOCAL_REPO':
      'No local repository has a remote for {repo} on {host}. Hand off from your copy once (it is then remembered), or name it: devin-tray checkout SESSION --repo PATH.',
    'error.CHECKOUT_NO_MATCHING_REMOTE': '{path} has no remote for {repo}.',
    'error.CHECKOUT_REMOTE_REFUSED':
      '{path} has a remote for this repository, but Devin Tray does not fetch from its URL {url}: only https and ssh remotes are used (no plain http, local paths or helpers).',
    'error.CHECKOUT_FETCH_FAILED': 'The pull request could not be fetched. Git said: {detail}',
    'error.CHECKOUT_FETCH_TIMEOUT': 'The pull request could not be fetched: git had not finished after {minutes} min, so it was stopped. Check the network (or the ssh connection), then try again.',
    'error.CHECKOUT_PATH_TAKEN': '{path} already exists and is not this pull request’s worktree. Move it away, then try again.',
    'error.CHECKOUT_DIRTY':
      'The worktree {path} has uncommitted changes ({count}: {files}). Commit or discard them first; nothing was changed.',
    'error.CHECKOUT_NOT_FAST_FORWARD':
      'The worktree {path} cannot move forward to the pull request’s new head: it has commits of its own ({commits}), or the pull request was rewritten. Nothing was changed; remove the worktree and check out again to start over.',
    'error.CHECKOUT_NOT_FOUND': 'There is no worktree at {path}.',
    'error.CHECKOUT_CHANGED': 'The worktree {path} changed after you confirmed. Nothing was removed; look at it again.',
    'error.GIT_NETWORK_CONFIG_UNSAFE':
      'Nothing was fetched into {path}: the repository’s own git config sets {keys}, which could send the fetch, and your credentials, elsewhere. A fetch takes network settings from your global git config only: remove these from the repository (git config --local --unset KEY) or move them to your global config.',

    'checkout.cli.created': 'Checked out {pr} in {worktree} (at {head}).',
    'checkout.cli.updated': 'Updated {worktree} to {head} ({pr}).',
    'checkout.cli.upToDate': '{worktree} is up to date with {pr} (at {head}).',
    'checkout.cli.missingSession': 'Name the session. Usage: {usage}',
  },
  'zh-CN': {
    'error.CHECKOUT_NO_PR': '会话 {sessionId} 没有可检出的拉取请求。',
    'error.CHECKOUT_PR_UNKNOWN': '{url} 不是会话 {sessionId} 的拉取请求。',
    'error.CHECKOUT_PR_UNSUPPORTED': 'Devin Tray 不知道如何获取 {url}：目前支持 GitHub、GitLab、Gitea 和 Forgejo 上的拉取请求。',
    'error.CHECKOUT_NO_LOCAL_REPO':
      '没有本地仓库把 {host} 上的 {repo} 设为远程仓库。请从你的本地副本交接一次（之后会被记住），或直接指定：devin-tray checkout SESSION --repo PATH。',
    'error.CHECKOUT_NO_MATCHING_REMOTE': '{path} 没有指向 {repo} 的远程仓库。',
    'error.CHECKOUT_REMOTE_REFUSED':
      '{path} 有指向该仓库的远程仓库，但 Devin Tray 不会从其地址 {url} 获取：只使用 https 和 ssh 远程地址（不使用明文 http、本地路径或辅助程序）。',
    'error.CHECKOUT_FETCH_FAILED': '无法获取该拉取请求。Git 的输出：{detail}',
    'error.CHECKOUT_FETCH_TIMEOUT': '无法获取该拉取请求：git 在 {minutes} 分钟后仍未完成，已被停止。请检查网络（或 ssh 连接）后重试。',
    'error.CHECKOUT_PATH_TAKEN': '{path} 已存在，且不是该拉取请求的工作树。请先把它移走，再重试。',
    'error.CHECKOUT_DIRTY': '工作树 {path} 有未提交的改动（{count} 个：{files}）。请先提交或丢弃这些改动；未做任何更改。',
    'error.CHECKOUT_NOT_FAST_FORWARD':
      '工作树 {path} 无法快进到拉取请求的新提交：它有自己的提交（{commits} 个），或该拉取请求被改写过。未做任何更改；如需重新开始，请移除工作树后再次检出。',
    'error.CHECKOUT_NOT_FOUND': '{path} 处没有工作树。',
    'error.CHECKOUT_CHANGED': '工作树 {path} 在你确认之后发生了变化。未移除任何内容；请重新查看。',
    'error.GIT_NETWORK_CONFIG_UNSAFE':
      '未向 {path} 获取任何内容：该仓库自己的 git 配置设置了 {keys}，可能把获取请求连同你的凭据发往别处。获取只使用你全局 git 配置中的网络设置：请从仓库中删除这些设置（git config --local --unset KEY），或移到全局配置中。',

    'checkout.cli.created': '已在 {worktree} 检出 {pr}（位于 {head}）。',
    'checkout.cli.updated': '已将 {worktree} 更新到 {head}（{pr}）。',
    'checkout.cli.upToDate': '{worktree} 已与 {pr} 同步（位于 {head}）。',
    'checkout.cli.missingSession': '请指定会话。用法：{usage}',
  },
});
