/**
 * The file-system calls that make files durable and private. Whether a line was
 * flushed before a call returned, or a file put in place by a rename or a link,
 * cannot be seen on the disk afterwards, only in the order of the calls: taking
 * them as a parameter lets a test stand between the code and the disk. They are
 * named and typed as Node's own, so that `node:fs` itself is the default.
 */
import * as fs from 'node:fs';

/** An open file, as `fs.promises.open` returns it. */
export interface OpenFile {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileSystem {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  fchmodSync(fd: number, mode: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true; mode: number }): string | undefined;
  chmodSync(path: string, mode: number): void;
  readonly promises: {
    /** Without `mode` for what is only read (a folder, to flush its entries). */
    open(path: string, flags: string, mode?: number): Promise<OpenFile>;
    stat(path: string): Promise<{ readonly mode: number }>;
    rename(from: string, to: string): Promise<void>;
    /** A second name for a file; fails with EEXIST when `to` is taken, never replaces. */
    link(from: string, to: string): Promise<void>;
    rm(path: string, options: { force: true }): Promise<void>;
  };
}

export const nodeFileSystem: FileSystem = fs;
