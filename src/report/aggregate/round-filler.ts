/**
 * Fills rounds from a list of paths being found: a folder walk (synchronous,
 * read without a wait per path) or a pattern search (asynchronous). A path that
 * does not fit the round being filled opens the next one.
 */
import type { Round, RoundWriter } from './round.js';

export interface Filled {
  readonly round: Round;
  /** Whether the round stopped because it was full, so that more paths may follow. */
  readonly full: boolean;
}

export function roundFiller(
  files: Iterable<string> | AsyncIterable<string>,
  writer: RoundWriter,
): () => Promise<Filled | undefined> {
  let carried: string | undefined;
  const finish = (path: string | undefined): Filled | undefined => {
    carried = path;
    if (writer.count === 0) return undefined;
    return { round: writer.publish(), full: path !== undefined };
  };
  const start = () => {
    if (carried !== undefined) writer.add(carried);
    carried = undefined;
  };
  if (Symbol.iterator in files) {
    const it = files[Symbol.iterator]();
    return async () => {
      start();
      for (let r = it.next(); !r.done; r = it.next()) {
        if (!writer.add(r.value)) return finish(r.value);
      }
      return finish(undefined);
    };
  }
  const it = files[Symbol.asyncIterator]();
  return async () => {
    start();
    for (let r = await it.next(); !r.done; r = await it.next()) {
      if (!writer.add(r.value)) return finish(r.value);
    }
    return finish(undefined);
  };
}
