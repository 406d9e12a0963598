import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { childPath } from './confine-path';
import { candidateName, MAX_NAME_VARIANTS } from './final-name';

/** What is known of a file's bytes: its size always, its SHA-256 when someone computed it. */
export interface FileFingerprint {
  size: number;
  sha256?: string | null;
}

/**
 * Pure: the names a download of `name` may already be saved under in a folder holding `entries`
 * (`a.txt`, `a (1).txt`, … as `publishPartFile` numbers them), in that order. A gap (the user
 * deleted `a.txt`) does not hide the later ones.
 */
export function savedNameCandidates(entries: Iterable<string>, name: string, firstVariant = 0): string[] {
  const present = new Set(entries);
  const out: string[] = [];
  // A copy we saved took the first free variant from `firstVariant`, so it cannot be numbered
  // past the entries there are (this bound keeps a folder of thousands of files cheap).
  const last = Math.min(MAX_NAME_VARIANTS, firstVariant + present.size);
  for (let n = 0; n <= last; n += 1) {
    const candidate = candidateName(name, n);
    if (present.has(candidate)) out.push(candidate);
  }
  return out;
}

/**
 * Pure: whether two fingerprints can be the same bytes. Sizes must match; when both checksums are
 * known they must match too; when one is unknown the caller compares the bytes themselves.
 */
export function sameFingerprint(a: FileFingerprint, b: FileFingerprint): 'same' | 'different' | 'compareBytes' {
  if (a.size !== b.size) return 'different';
  if (a.sha256 && b.sha256) return a.sha256.toLowerCase() === b.sha256.toLowerCase() ? 'same' : 'different';
  return 'compareBytes';
}

/** Hex SHA-256 of a file, streamed (memory stays at one chunk whatever the size). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The file in `dir` (a realpath) that already holds exactly the bytes downloaded to `partPath`:
 * one of the names this attachment would be saved under, a regular file (a link is not followed),
 * of the same size and the same SHA-256. Null when there is none, so the caller saves a new copy
 * (`name (1).ext` for a different file of the same name). A folder we cannot read counts as none.
 */
export async function findSameSavedFile(
  dir: string,
  name: string,
  download: { partPath: string; size: number; sha256?: string | null; firstVariant?: number },
): Promise<string | null> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return null;
  }
  let downloadSha = download.sha256 ?? null;
  for (const candidate of savedNameCandidates(entries, name, download.firstVariant ?? 0)) {
    const path = childPath(dir, candidate);
    try {
      const st = await lstat(path);
      if (!st.isFile()) continue;
      if (sameFingerprint({ size: st.size }, { size: download.size }) === 'different') continue;
      downloadSha ??= await fileSha256(download.partPath);
      if (sameFingerprint({ size: st.size, sha256: await fileSha256(path) }, { size: download.size, sha256: downloadSha }) === 'same') return path;
    } catch {
      // Gone or unreadable meanwhile: not a copy we can vouch for.
    }
  }
  return null;
}
