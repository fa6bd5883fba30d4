// Checks every reader runs on raw bytes before decoding: empty, binary, too large, invalid UTF-8.
import { badInput } from '../errors.js';

/** The largest article accepted: no news report comes near it, and it bounds time and memory per article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function decodeText(subject: string, bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw badInput(subject, `too large (${mb(bytes.length)}; articles are limited to ${mb(maxBytes)})`);
  }
  if (bytes.length === 0) throw badInput(subject, 'empty file');
  const binaryAt = firstBinaryByte(bytes);
  if (binaryAt >= 0) throw badInput(subject, `binary file, not text (control byte 0x${bytes[binaryAt].toString(16).padStart(2, '0')} at offset ${binaryAt})`);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) throw badInput(subject, `invalid UTF-8 at byte ${invalidAt}`);
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw badInput(subject, 'empty file (only white space)');
  return text;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A NUL or other C0 control byte that text files do not hold (tab, line feed, form feed and carriage return do). */
function firstBinaryByte(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return i;
  }
  return -1;
}

/** Offset of the first byte that breaks UTF-8, or -1. TextDecoder's fatal mode says that it broke, not where. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
