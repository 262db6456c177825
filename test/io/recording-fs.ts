/**
 * A file system that does what Node's does and records each call, in order, so a
 * test can tell whether data was flushed before a call returned. Open files are
 * named by their path, not their number: `['fsyncSync', '/logs/x.jsonl']`.
 * `over` replaces calls (to make the disk refuse); replaced calls are recorded too.
 */
import type { FileSystem, OpenFile } from '../../src/io/file-system.js';
import { nodeFileSystem } from '../../src/io/file-system.js';

export type Call = readonly [name: string, ...args: unknown[]];

type SyncCalls = Omit<FileSystem, 'promises'>;
type Overrides = Partial<SyncCalls> & {
  promises?: Partial<FileSystem['promises']>;
  file?: Partial<OpenFile>;
};

export function recordingFileSystem(over: Overrides = {}): { fs: FileSystem; calls: Call[] } {
  const real: SyncCalls = { ...nodeFileSystem, ...over };
  const promises = { ...nodeFileSystem.promises, ...over.promises };
  const calls: Call[] = [];
  const paths = new Map<number, string>();
  const pathOf = (fd: number) => paths.get(fd) ?? fd;
  const record = <T>(call: Call, run: () => T): T => {
    calls.push(call);
    return run();
  };

  const handle = (path: string, file: OpenFile): OpenFile => {
    const on = { ...bind(file), ...over.file };
    return {
      writeFile: (data, encoding) =>
        record(['writeFile', path, data], () => on.writeFile(data, encoding)),
      chmod: (mode) => record(['chmod', path, mode], () => on.chmod(mode)),
      sync: () => record(['sync', path], () => on.sync()),
      close: () => record(['close', path], () => on.close()),
    };
  };

  const fs: FileSystem = {
    openSync(path, flags, mode) {
      calls.push(['openSync', path, flags, mode]);
      const fd = real.openSync(path, flags, mode);
      paths.set(fd, path);
      return fd;
    },
    writeSync(fd, buffer, offset, length, position) {
      const text = Buffer.from(buffer.subarray(offset, offset + length)).toString('utf8');
      calls.push(['writeSync', pathOf(fd), text, position]);
      return real.writeSync(fd, buffer, offset, length, position);
    },
    fsyncSync: (fd) => record(['fsyncSync', pathOf(fd)], () => real.fsyncSync(fd)),
    ftruncateSync: (fd, length) =>
      record(['ftruncateSync', pathOf(fd), length], () => real.ftruncateSync(fd, length)),
    fchmodSync: (fd, mode) =>
      record(['fchmodSync', pathOf(fd), mode], () => real.fchmodSync(fd, mode)),
    closeSync(fd) {
      calls.push(['closeSync', pathOf(fd)]);
      paths.delete(fd);
      real.closeSync(fd);
    },
    renameSync: (from, to) => record(['renameSync', from, to], () => real.renameSync(from, to)),
    rmSync: (path, options) => record(['rmSync', path], () => real.rmSync(path, options)),
    existsSync: (path) => record(['existsSync', path], () => real.existsSync(path)),
    mkdirSync: (path, options) => record(['mkdirSync', path], () => real.mkdirSync(path, options)),
    chmodSync: (path, mode) => record(['chmodSync', path, mode], () => real.chmodSync(path, mode)),
    promises: {
      async open(path, flags, mode) {
        calls.push(['open', path, flags, mode]);
        return handle(path, await promises.open(path, flags, mode));
      },
      stat: (path) => record(['stat', path], () => promises.stat(path)),
      rename: (from, to) => record(['rename', from, to], () => promises.rename(from, to)),
      link: (from, to) => record(['link', from, to], () => promises.link(from, to)),
      rm: (path, options) => record(['rm', path], () => promises.rm(path, options)),
    },
  };
  return { fs, calls };
}

function bind(file: OpenFile): OpenFile {
  return {
    writeFile: (data, encoding) => file.writeFile(data, encoding),
    chmod: (mode) => file.chmod(mode),
    sync: () => file.sync(),
    close: () => file.close(),
  };
}

/** The calls on one path, in order, for tests that look at one file among several. */
export function callsOn(calls: readonly Call[], path: string): Call[] {
  return calls.filter((call) => call.slice(1).includes(path));
}

/** A system error as Node raises it. */
export function systemError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: refused`);
  error.code = code;
  return error;
}
