/**
 * Output that keeps up with a slow reader and survives one that left: writes wait
 * for 'drain' when the stream's buffer is full, and once the reader is gone
 * (EPIPE from `coach validate . | head`) further output is dropped quietly
 * instead of ending the process with an unhandled error. The error listener stays
 * attached for good: a late EPIPE after the last write must not crash either.
 */
import type { Writable } from 'node:stream';

export interface Sink {
  write(text: string): Promise<void>;
}

export function createSink(stream: Writable): Sink {
  let gone = false;
  const onError = () => {
    gone = true;
  };
  stream.on('error', onError);
  return {
    async write(text) {
      if (gone || text === '') return;
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('error', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
    },
  };
}
