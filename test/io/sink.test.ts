/**
 * The sink every command writes through: one per stream, so a failure seen once
 * is known to every writer; writes reject with an OutputError from the failure on,
 * and `failure()` tells what became of everything written, whoever wrote it.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/io/output-error.js';
import { createSink } from '../../src/io/sink.js';

/** A stream that takes `room` writes, then fails every write with `code`. */
function failingAfter(room: number, code: string) {
  const taken: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      if (taken.length >= room) {
        done(Object.assign(new Error(code), { code }));
        return;
      }
      taken.push(String(chunk));
      done();
    },
  });
  return { stream, taken };
}

describe('createSink', () => {
  it('is one sink a stream, whoever asks', () => {
    const { stream } = failingAfter(1, 'EPIPE');
    expect(createSink(stream)).toBe(createSink(stream));
  });

  it('resolves once the text is written, and reports no failure', async () => {
    const { stream, taken } = failingAfter(10, 'EPIPE');
    const sink = createSink(stream);
    await sink.write('one\n');
    await sink.write('');
    sink.send('two\n');
    expect(await sink.failure()).toBeUndefined();
    expect(taken.join('')).toBe('one\ntwo\n');
  });

  it('rejects the failing write and every later one with the same OutputError', async () => {
    const { stream, taken } = failingAfter(1, 'ENOSPC');
    const sink = createSink(stream);
    await sink.write('kept\n');
    const first = await sink.write('lost\n').catch((error: unknown) => error);
    expect(first).toBeInstanceOf(OutputError);
    expect(first).toMatchObject({ code: 'ENOSPC', readerLeft: false });
    await expect(sink.write('later\n')).rejects.toBe(first);
    expect(await sink.failure()).toBe(first);
    expect(taken).toEqual(['kept\n']);
  });

  it('knows a reader that left from any other failure', async () => {
    const { stream } = failingAfter(0, 'EPIPE');
    const sink = createSink(stream);
    await expect(sink.write('x')).rejects.toMatchObject({ code: 'EPIPE', readerLeft: true });
  });

  it('keeps what a writer that could not wait lost, for failure() to tell', async () => {
    const { stream } = failingAfter(0, 'EIO');
    const sink = createSink(stream);
    sink.send('help text\n');
    expect(await sink.failure()).toMatchObject({ code: 'EIO' });
  });

  it('catches a failure of a write made straight to the stream, or after the last write', async () => {
    const { stream } = failingAfter(0, 'ENOSPC');
    const sink = createSink(stream);
    stream.write('written around the sink\n');
    expect(await sink.failure()).toMatchObject({ code: 'ENOSPC' });

    const late = failingAfter(5, 'EPIPE');
    const lateSink = createSink(late.stream);
    await lateSink.write('all of it\n');
    late.stream.emit('error', Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    expect(await lateSink.failure()).toMatchObject({ code: 'EPIPE' });
  });
});
