import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitEnvironment } from './git-environment';
import { makeHostileRepo } from './hostile-repo-fixture';
import { isolateGitConfig } from './repo-fixture';

const OURS = {
  PATH: '/usr/local/bin::.:/usr/bin:relative/bin:/home/me/Downloads/evil/bin',
  HOME: '/home/me',
  TMPDIR: '/tmp/me',
  XDG_CONFIG_HOME: '/home/me/.config',
  XDG_RUNTIME_DIR: '/run/user/1000',
  DEVIN_API_KEY: 'cog_not_for_git',
  DEVIN_TRAY_DEMO: '1',
  DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus',
  GIT_CONFIG_GLOBAL: '/home/me/.gitconfig-work',
  GIT_CONFIG_PARAMETERS: "'core.fsmonitor'='/bin/evil'",
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'core.pager',
  GIT_CONFIG_VALUE_0: 'evil',
  GIT_EXTERNAL_DIFF: '/bin/evil',
  GIT_SSH_COMMAND: 'evil',
  GIT_SSH: 'evil',
  GIT_ASKPASS: 'evil',
  GIT_DIR: '/elsewhere/.git',
  GIT_WORK_TREE: '/elsewhere',
  GIT_EXEC_PATH: '/home/me/Downloads/evil',
  PAGER: 'less',
  GIT_PAGER: 'less',
  LESSOPEN: '|evil %s',
  SSH_AUTH_SOCK: '/tmp/ssh-agent',
  DISPLAY: ':0',
  LANG: 'zh_CN.UTF-8',
};

describe('gitEnvironment (pure)', () => {
  it('keeps what git needs and nothing that reaches the key, the keyring or git settings of ours', () => {
    const env = gitEnvironment(OURS, 'linux', ['/home/me/Downloads/evil']);
    expect(env).toEqual({
      PATH: '/usr/local/bin:/usr/bin',
      HOME: '/home/me',
      TMPDIR: '/tmp/me',
      XDG_CONFIG_HOME: '/home/me/.config',
      GIT_CONFIG_GLOBAL: '/home/me/.gitconfig-work',
      LC_ALL: 'C',
      LANGUAGE: 'C',
      TERM: 'dumb',
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      GIT_PAGER: 'cat',
      PAGER: 'cat',
      GIT_ALLOW_PROTOCOL: '',
      GIT_NO_LAZY_FETCH: '1',
    });
  });

  it('on Windows keeps what any program needs to start, case-insensitively, and PATH loses relative entries', () => {
    const env = gitEnvironment(
      {
        Path: 'C:\\Windows\\system32;;.;"C:\\Program Files\\Git\\cmd";D:\\Downloads\\evil\\bin;\\rooted;C:relative',
        SYSTEMROOT: 'C:\\Windows',
        windir: 'C:\\Windows',
        TEMP: 'C:\\Users\\me\\AppData\\Local\\Temp',
        USERPROFILE: 'C:\\Users\\me',
        APPDATA: 'C:\\Users\\me\\AppData\\Roaming',
        PATHEXT: '.COM;.EXE;.BAT;.CMD',
        ComSpec: 'C:\\Windows\\system32\\cmd.exe',
        DEVIN_API_KEY: 'cog_x',
        GIT_SSH_COMMAND: 'evil',
      },
      'win32',
      ['d:\\downloads\\EVIL'],
    );
    expect(env.Path).toBe('C:\\Windows\\system32;C:\\Program Files\\Git\\cmd');
    expect(env.SYSTEMROOT).toBe('C:\\Windows');
    expect(env.windir).toBe('C:\\Windows');
    expect(env.PATHEXT).toBe('.COM;.EXE;.BAT;.CMD');
    expect(env.ComSpec).toBe('C:\\Windows\\system32\\cmd.exe');
    expect(env.DEVIN_API_KEY).toBeUndefined();
    expect(env.GIT_SSH_COMMAND).toBeUndefined();
  });
});

describe('what a program that git started could see', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = isolateGitConfig();
  });
  afterAll(() => restore());

  // The controls run git WITHOUT the guard's overrides, so the repository's program does run;
  // only the environment differs. The dump shows what it could reach.
  it('with our environment as is: the API key and the D-Bus address (the control)', () => {
    const repo = makeHostileRepo('fsmonitor');
    try {
      repo.control({ ...process.env, DEVIN_API_KEY: 'cog_control_key', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' });
      expect(repo.seenEnv()).toContain('DEVIN_API_KEY=cog_control_key');
      expect(repo.seenEnv()).toContain('DBUS_SESSION_BUS_ADDRESS=');
    } finally {
      repo.cleanup();
    }
  });

  it('with the environment git gets from us: neither, nor the runtime folder where the session bus lives', () => {
    const repo = makeHostileRepo('fsmonitor');
    try {
      const ours = { ...process.env, DEVIN_API_KEY: 'cog_control_key', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus', XDG_RUNTIME_DIR: '/run/user/1000' };
      repo.control(gitEnvironment(ours, process.platform, [repo.dir]));
      const seen = repo.seenEnv();
      expect(seen).toContain('GIT_TERMINAL_PROMPT=0'); // it did run, with our environment
      expect(seen).not.toContain('DEVIN');
      expect(seen).not.toContain('cog_control_key');
      expect(seen).not.toContain('DBUS_SESSION_BUS_ADDRESS');
      expect(seen).not.toContain('XDG_RUNTIME_DIR');
    } finally {
      repo.cleanup();
    }
  });
});
