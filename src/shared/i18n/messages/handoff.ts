import { defineMessages } from '../define';

/**
 * Handoff: errors (`error.<CODE>`, shown for the AppError codes the handoff engine raises),
 * warnings (`handoff.warning.<CODE>`), file reasons and the CLI's human output.
 * The prompt sent to Devin is not translated: it is written for the agent, in English.
 */
export const handoffMessages = defineMessages({
  en: {
    'error.NOT_A_FOLDER': 'Not a folder: {path}. Choose the folder of a git repository.',
    'error.PATH_NOT_ABSOLUTE': '“{path}” is a relative path. Type the folder’s full path, for example ~/code/app or /home/you/code/app.',
    'error.NOT_A_REPO':
      '{path} is not inside a git repository. Choose the folder of a repository (the one that holds the .git folder, or any folder inside it, but not .git itself).',
    'error.BARE_REPO':
      '{path} is a bare repository: it has no working tree, so there are no local changes to hand off. Choose a checkout of it instead.',
    'error.DUBIOUS_OWNERSHIP':
      'Git refuses to read {path} because it belongs to another user. If you trust this folder, run this command, then try again:\n  {command}',
    'error.GIT_MISSING':
      'Git was not found. Install git (https://git-scm.com/downloads), make sure it is on your PATH, then try again.',
    'error.GIT_FAILED': 'Git failed: {detail}',
    'error.CHANGES_TOO_LARGE':
      'The uncommitted changes are larger than {mb} MB. Commit, stash or .gitignore generated files, then try again.',
    'error.SECRETS_FOUND':
      '{count, plural, one {# possible secret} other {# possible secrets}} found in what would be sent. Redact them, leave their files out, or confirm that they may be sent.',
    'error.TASK_REQUIRED': 'Describe the task for Devin first.',
    'error.GIT_TOO_OLD':
      "Git {version} is too old: Devin Tray needs git {min} or newer to keep a repository's own programs (hooks, filters) from running. Update git, then try again.",
    'error.GIT_CONFIG_UNSAFE':
      "{path} was not read: its git settings name a program that cannot be switched off safely ({detail}). Devin Tray never runs a repository's own programs.",
    'error.WORKTREE_ELSEWHERE':
      'The repository {gitDir} sets its working tree to {root} (core.worktree), outside the folder that holds it. Devin Tray does not read it: its files would come from outside the folder you chose.',
    'error.REPO_PATH_SYMLINK':
      '{path} is a link to {target}. Devin Tray does not follow links to a repository (a downloaded folder could point at one of yours): open {target} itself if that is the one you mean.',
    'error.REPO_OUTSIDE_FOLDER': 'Git would read {root}, which does not contain the folder you chose ({path}). Devin Tray does not read it.',
    'error.GIT_DIR_OUTSIDE':
      'The .git in {root} points at {gitDir}, another repository that does not name this folder as its working tree. Devin Tray does not read it: that repository’s history would be sent as this folder’s changes. A moved worktree is repaired with `git worktree repair`.',

    'handoff.warning.DETACHED_HEAD': 'HEAD is detached (at {sha}): the prompt names the commit instead of a branch.',
    'handoff.warning.NO_REMOTE': 'This repository has no remote: the session will not be linked to a repository (repos is left empty).',
    'handoff.warning.AMBIGUOUS_REMOTE':
      'Several remotes ({remotes}) and none is called origin or tracked by this branch: the session will not be linked to a repository.',
    'handoff.warning.REMOTE_NOT_HOSTED':
      'The remote {remote} ({url}) is not a hosted repository: the session will not be linked to a repository.',
    'handoff.warning.NO_COMMITS': 'This repository has no commits yet: every file is handed off as new.',
    'handoff.warning.UNPUSHED_COMMITS':
      '{count, plural, one {# commit is} other {# commits are}} not on the remote, so Devin will not see them. Include them as patches (--include-unpushed) or push them first.',

    'handoff.warning.FILTER_NOT_RUN':
      "{count, plural, one {# changed file goes} other {# changed files go}} through this repository's own filter ({drivers}). Devin Tray never runs a repository's programs, so these files are listed but their content is not sent.",
    'handoff.warning.LFS_MISSING':
      '{count, plural, one {# changed file is} other {# changed files are}} stored with Git LFS and git-lfs is not installed: they are listed but their content is not sent. Install git-lfs to hand off their pointer changes.',
    'handoff.warning.LFS_BLOCKED':
      "{count, plural, one {# changed file is} other {# changed files are}} stored with Git LFS, but this repository's settings name LFS extensions (programs git-lfs would run), so git-lfs was not run: they are listed but their content is not sent.",

    'handoff.reason.filter': 'its "{driver}" filter was not run, listed only',
    'handoff.reason.binary': 'binary, listed only',
    'handoff.reason.not-utf8': 'not UTF-8 text, listed only',
    'handoff.reason.excluded': 'left out (possible secret)',
    'handoff.reason.budget': 'left out to fit the size limit',

    'handoff.cli.repo': 'Repository: {root}',
    'handoff.cli.remote': 'Remote: {slug} ({name} {url})',
    'handoff.cli.remoteNoSlug': 'Remote: {name} {url} (not linked: not a hosted repository)',
    'handoff.cli.noRemote': 'Remote: none (the session will not be linked to a repository)',
    'handoff.cli.branch': 'Branch: {branch}',
    'handoff.cli.branchTracking': 'Branch: {branch}, tracking {upstream} ({ahead} ahead, {behind} behind)',
    'handoff.cli.detached': 'HEAD: detached at {sha}',
    'handoff.cli.noCommits': 'HEAD: no commits yet',
    'handoff.cli.files': 'Changes: {count, plural, one {# file} other {# files}}, {included} in the diff, {bytes, plural, one {# byte} other {# bytes}}',
    'handoff.cli.noChanges': 'Changes: none (the working tree matches HEAD)',
    'handoff.cli.fileLine': '  {status} {path}',
    'handoff.cli.fileLineLeftOut': '  {status} {path} — {reason}',
    'handoff.cli.truncated': 'Over the {max}-byte limit: whole files were left out (marked above); the prompt lists every change.',
    'handoff.cli.unpushed': 'Unpushed commits: {count}{included}',
    'handoff.cli.unpushedIncluded': ' (included as patches)',
    'handoff.cli.unpushedUnknown': 'Unpushed commits: unknown (the remote was never fetched; run git fetch to include them)',
    'handoff.cli.warning': 'Note: {message}',
    'handoff.cli.findingsHeader': 'Possible secrets ({count}):',
    'handoff.cli.findingLine': '  {file}:{line}:{column}  {rule}  {preview}{action}',
    'handoff.cli.findingFileLine': '  {file}  {rule}{action}',
    'handoff.cli.findingNameLine': '  {file}  {rule}  {preview}{place}{action}',
    'handoff.cli.commitMessage': 'commit {sha} (message)',
    'handoff.cli.place.removed': '  (removed line)',
    'handoff.cli.place.removedOnRemote': '  (removed line, already on the remote)',
    'handoff.cli.place.context': '  (unchanged line)',
    'handoff.cli.place.contextOnRemote': '  (unchanged line, already on the remote)',
    'handoff.cli.place.header': '  (in the file name)',
    'handoff.cli.place.repo': '  ({field}, in the prompt’s first lines)',
    'handoff.cli.repoField.branch': 'the branch name',
    'handoff.cli.repoField.upstream': 'the upstream branch name',
    'handoff.cli.repoField.folder': 'the folder name',
    'handoff.cli.repoField.remote': 'the remote’s name',
    'handoff.cli.place.inCommit': '  (unpushed commit {sha})',
    'handoff.cli.action.redact': '  → redacted',
    'handoff.cli.action.exclude': '  → file left out',
    'handoff.cli.action.allow': '  → sent as is (--allow-secrets)',
    'handoff.cli.secretsBlocked':
      'Nothing was sent: {count, plural, one {# possible secret} other {# possible secrets}}. Re-run with --redact to mask them (files that are secrets by name are left out), or with --allow-secrets to send them as they are.',
    'handoff.cli.dryRun': 'Dry run: nothing was sent. The exact prompt ({bytes} bytes) follows:',
    'handoff.cli.sent': 'Session created: {url}',
    'handoff.cli.taskMissing': 'Give the task with --task TEXT (or --task - to read it from standard input).',
    'handoff.cli.badMaxBytes': '--max-bytes needs a positive whole number of bytes, not "{value}".',
  },
  'zh-CN': {
    'error.NOT_A_FOLDER': '不是文件夹：{path}。请选择一个 git 仓库的文件夹。',
    'error.PATH_NOT_ABSOLUTE': '“{path}”是相对路径。请输入文件夹的完整路径，例如 ~/code/app 或 /home/you/code/app。',
    'error.NOT_A_REPO': '{path} 不在 git 仓库中。请选择仓库的文件夹（包含 .git 的那个文件夹或其中任意子文件夹，但不能是 .git 本身）。',
    'error.BARE_REPO': '{path} 是裸仓库：它没有工作区，因此没有可移交的本地改动。请改为选择它的一个检出副本。',
    'error.DUBIOUS_OWNERSHIP': 'Git 拒绝读取 {path}，因为它属于另一个用户。如果你信任这个文件夹，请运行下面的命令，然后重试：\n  {command}',
    'error.GIT_MISSING': '未找到 Git。请安装 git（https://git-scm.com/downloads）并确认它在 PATH 中，然后重试。',
    'error.GIT_FAILED': 'Git 出错：{detail}',
    'error.CHANGES_TOO_LARGE': '未提交的改动超过 {mb} MB。请提交、暂存（stash）或用 .gitignore 忽略生成的文件，然后重试。',
    'error.SECRETS_FOUND': '在将要发送的内容中发现 {count} 处疑似密钥。请将其打码、排除所在文件，或确认可以发送。',
    'error.TASK_REQUIRED': '请先为 Devin 描述任务。',
    'error.GIT_TOO_OLD': 'Git {version} 版本过旧：Devin Tray 需要 git {min} 或更高版本，才能确保不运行仓库自带的程序（钩子、过滤器）。请升级 git 后重试。',
    'error.GIT_CONFIG_UNSAFE': '未读取 {path}：它的 git 设置指定了一个无法安全关闭的程序（{detail}）。Devin Tray 从不运行仓库自带的程序。',
    'error.WORKTREE_ELSEWHERE':
      '仓库 {gitDir} 把工作区设置为 {root}（core.worktree），不在仓库所在的文件夹内。Devin Tray 不会读取它：否则读取的文件将来自你所选文件夹之外。',
    'error.REPO_PATH_SYMLINK': '{path} 是指向 {target} 的链接。Devin Tray 不会沿链接打开仓库（下载的文件夹可能指向你的某个仓库）：如果你要的就是它，请直接打开 {target}。',
    'error.REPO_OUTSIDE_FOLDER': 'Git 将读取 {root}，但它不包含你选择的文件夹（{path}）。Devin Tray 不会读取它。',
    'error.GIT_DIR_OUTSIDE':
      '{root} 中的 .git 指向 {gitDir}，那是另一个仓库，且它没有把此文件夹登记为工作区。Devin Tray 不会读取它：否则那个仓库的历史会被当作此文件夹的改动发送。移动过的工作树可用 `git worktree repair` 修复。',

    'handoff.warning.DETACHED_HEAD': 'HEAD 处于分离状态（位于 {sha}）：提示词中将写明提交而不是分支。',
    'handoff.warning.NO_REMOTE': '此仓库没有远程仓库：会话不会关联到任何仓库（repos 留空）。',
    'handoff.warning.AMBIGUOUS_REMOTE': '有多个远程仓库（{remotes}），且没有名为 origin 的远程，当前分支也未跟踪其中任何一个：会话不会关联到仓库。',
    'handoff.warning.REMOTE_NOT_HOSTED': '远程仓库 {remote}（{url}）不是托管仓库：会话不会关联到仓库。',
    'handoff.warning.NO_COMMITS': '此仓库还没有任何提交：所有文件都将作为新文件移交。',
    'handoff.warning.UNPUSHED_COMMITS': '有 {count} 个提交尚未推送到远程，Devin 看不到它们。请将其作为补丁附上（--include-unpushed），或先推送。',

    'handoff.warning.FILTER_NOT_RUN':
      '有 {count} 个改动的文件要经过此仓库自带的过滤器（{drivers}）。Devin Tray 从不运行仓库自带的程序，因此这些文件只列出，不发送内容。',
    'handoff.warning.LFS_MISSING': '有 {count} 个改动的文件使用 Git LFS 存储，但未安装 git-lfs：这些文件只列出，不发送内容。安装 git-lfs 后即可移交其指针的改动。',
    'handoff.warning.LFS_BLOCKED':
      '有 {count} 个改动的文件使用 Git LFS 存储，但此仓库的设置指定了 LFS 扩展（git-lfs 会运行的程序），因此未运行 git-lfs：这些文件只列出，不发送内容。',

    'handoff.reason.filter': '其“{driver}”过滤器未运行，仅列出',
    'handoff.reason.binary': '二进制文件，仅列出',
    'handoff.reason.not-utf8': '不是 UTF-8 文本，仅列出',
    'handoff.reason.excluded': '已排除（疑似密钥）',
    'handoff.reason.budget': '为满足大小限制而排除',

    'handoff.cli.repo': '仓库：{root}',
    'handoff.cli.remote': '远程：{slug}（{name} {url}）',
    'handoff.cli.remoteNoSlug': '远程：{name} {url}（不关联：不是托管仓库）',
    'handoff.cli.noRemote': '远程：无（会话不会关联到仓库）',
    'handoff.cli.branch': '分支：{branch}',
    'handoff.cli.branchTracking': '分支：{branch}，跟踪 {upstream}（领先 {ahead}，落后 {behind}）',
    'handoff.cli.detached': 'HEAD：分离于 {sha}',
    'handoff.cli.noCommits': 'HEAD：尚无提交',
    'handoff.cli.files': '改动：{count} 个文件，{included} 个在 diff 中（{bytes} 字节）',
    'handoff.cli.noChanges': '改动：无（工作区与 HEAD 一致）',
    'handoff.cli.fileLine': '  {status} {path}',
    'handoff.cli.fileLineLeftOut': '  {status} {path} — {reason}',
    'handoff.cli.truncated': '超过 {max} 字节的限制：已整文件排除部分文件（见上方标记）；提示词中列出了全部改动。',
    'handoff.cli.unpushed': '未推送的提交：{count}{included}',
    'handoff.cli.unpushedIncluded': '（已作为补丁附上）',
    'handoff.cli.unpushedUnknown': '未推送的提交：未知（从未从远程获取过数据；运行 git fetch 后即可附上）',
    'handoff.cli.warning': '注意：{message}',
    'handoff.cli.findingsHeader': '疑似密钥（{count} 处）：',
    'handoff.cli.findingLine': '  {file}:{line}:{column}  {rule}  {preview}{action}',
    'handoff.cli.findingFileLine': '  {file}  {rule}{action}',
    'handoff.cli.findingNameLine': '  {file}  {rule}  {preview}{place}{action}',
    'handoff.cli.commitMessage': '提交 {sha} 的说明',
    'handoff.cli.place.removed': '  （删除的行）',
    'handoff.cli.place.removedOnRemote': '  （删除的行，远程已有）',
    'handoff.cli.place.context': '  （未改动的行）',
    'handoff.cli.place.contextOnRemote': '  （未改动的行，远程已有）',
    'handoff.cli.place.header': '  （在文件名中）',
    'handoff.cli.place.repo': '  （{field}，在提示词开头）',
    'handoff.cli.repoField.branch': '分支名',
    'handoff.cli.repoField.upstream': '上游分支名',
    'handoff.cli.repoField.folder': '文件夹名',
    'handoff.cli.repoField.remote': '远程名称',
    'handoff.cli.place.inCommit': '  （未推送的提交 {sha}）',
    'handoff.cli.action.redact': '  → 已打码',
    'handoff.cli.action.exclude': '  → 已排除该文件',
    'handoff.cli.action.allow': '  → 原样发送（--allow-secrets）',
    'handoff.cli.secretsBlocked':
      '未发送任何内容：发现 {count} 处疑似密钥。使用 --redact 重新运行以打码（本身即为密钥的文件将被排除），或使用 --allow-secrets 原样发送。',
    'handoff.cli.dryRun': '试运行：未发送任何内容。以下是将发送的完整提示词（{bytes} 字节）：',
    'handoff.cli.sent': '会话已创建：{url}',
    'handoff.cli.taskMissing': '请用 --task TEXT 给出任务（或用 --task - 从标准输入读取）。',
    'handoff.cli.badMaxBytes': '--max-bytes 需要一个正整数字节数，而不是“{value}”。',
  },
});
