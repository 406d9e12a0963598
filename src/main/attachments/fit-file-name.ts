/**
 * Byte-length limits for file names. File systems count bytes (ext4, APFS: 255 bytes of UTF-8),
 * so a name is cut by bytes, but only between grapheme clusters (never inside a surrogate pair, a
 * multi-byte character or an emoji sequence), and the extension is kept.
 */

/** Longest file name, in UTF-8 bytes, that every common desktop file system accepts. */
export const MAX_NAME_BYTES = 255;

/** Extensions longer than this are treated as part of the stem ("a.verylongrandomsuffix…"). */
const MAX_EXTENSION_BYTES = 32;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** UTF-8 length of `s`. */
export function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}

/** Splits `name` into stem and extension (".txt"); a leading dot is not an extension. */
export function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { stem: name, ext: '' };
  const ext = name.slice(dot);
  if (utf8Bytes(ext) > MAX_EXTENSION_BYTES || /\s/.test(ext)) return { stem: name, ext: '' };
  return { stem: name.slice(0, dot), ext };
}

/** The longest prefix of `s` that fits in `maxBytes`, cut between graphemes (code points inside a huge one). */
export function cutToBytes(s: string, maxBytes: number): string {
  if (utf8Bytes(s) <= maxBytes) return s;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(s)) {
    const size = utf8Bytes(segment);
    if (used + size <= maxBytes) {
      out += segment;
      used += size;
      continue;
    }
    // Only when the very first cluster is too big (a letter with hundreds of combining marks):
    // take whole code points from it rather than nothing.
    if (out !== '') break;
    for (const cp of segment) {
      const cpSize = utf8Bytes(cp);
      if (used + cpSize > maxBytes) break;
      out += cp;
      used += cpSize;
    }
    break;
  }
  return out;
}

/**
 * `name` with `suffix` inserted before its extension ("a.txt" + " (1)" → "a (1).txt"), the stem
 * shortened so the result fits in `maxBytes`. Trailing dots and spaces a cut exposes are dropped
 * (Windows cannot store them).
 */
export function fitFileName(name: string, suffix = '', maxBytes = MAX_NAME_BYTES): string {
  const { stem, ext } = splitExtension(name);
  const budget = maxBytes - utf8Bytes(ext) - utf8Bytes(suffix);
  let cutStem = cutToBytes(stem, Math.max(0, budget));
  if (cutStem !== stem) cutStem = cutStem.replace(/[. ]+$/u, '');
  if (cutStem === '') cutStem = '_';
  return cutStem + suffix + ext;
}
