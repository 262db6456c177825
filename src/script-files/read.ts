/**
 * Reads one script file defensively: the size is checked before reading, never
 * more than the cap plus one byte is read (a file may grow after stat, and /proc
 * style files report size 0), the text must be strict UTF-8 without NUL bytes,
 * and a FIFO or device put in place of a file is refused instead of blocking.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { type PathProblem, problemFromError } from './problem.js';

/** Scripts are small; anything larger is refused unread. */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  | { readonly kind: 'binary' }
  | { readonly kind: 'problem'; readonly problem: PathProblem };

const FIRST_CHUNK = 64 * 1024;
// Stateless between calls: decode() without { stream: true } always ends the input.
const decoder = new TextDecoder('utf-8', { fatal: true });

async function readCapped(handle: FileHandle, expected: number, cap: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte more than the expected size, so the usual file ends in a single read.
  let size = Math.min(Math.max(expected + 1, FIRST_CHUNK), cap + 1);
  while (total <= cap) {
    const want = Math.min(size, cap + 1 - total);
    const buffer = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buffer, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
    total += bytesRead;
    size *= 2;
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

export function decodeScript(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

export async function readScriptFile(
  path: string,
  cap: number = MAX_SCRIPT_BYTES,
): Promise<ReadResult> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'problem', problem: { kind: 'notFile', path } };
    if (info.size > cap) return { kind: 'tooLarge', bytes: info.size };
    const bytes = await readCapped(handle, info.size, cap);
    if (bytes.length > cap) return { kind: 'tooLarge', bytes: Math.max(bytes.length, info.size) };
    const text = decodeScript(bytes);
    return text === undefined ? { kind: 'binary' } : { kind: 'text', text };
  } catch (error) {
    return { kind: 'problem', problem: problemFromError(error, path, 'vanished') };
  } finally {
    await handle?.close().catch(() => {});
  }
}
