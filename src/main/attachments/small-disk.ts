import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test-only: a tiny real disk. As root on Linux (this project's CI and dev machines) that is a
 * tmpfs of `bytes` mounted on a temp folder, so free space, statfs and ENOSPC are the kernel's own.
 * Where mounting is not permitted, `real` is false and the folder is an ordinary one: the tests
 * then simulate the disk's size through the engine's injected statfs.
 */
export interface SmallDisk {
  dir: string;
  real: boolean;
  close(): Promise<void>;
}

export async function mountSmallDisk(bytes: number): Promise<SmallDisk> {
  const dir = await mkdtemp(join(tmpdir(), 'devin-tray-disk-'));
  let real = false;
  // DEVIN_TRAY_TEST_NO_MOUNT=1 runs the simulated variant on a machine that could mount.
  if (process.platform === 'linux' && process.getuid?.() === 0 && process.env.DEVIN_TRAY_TEST_NO_MOUNT !== '1') {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
      real = true;
    } catch {
      real = false;
    }
  }
  return {
    dir,
    real,
    async close() {
      // Lazy unmount: a test that failed mid-download may still hold a file open.
      if (real) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
