/**
 * Many small pieces of output gathered into writes of a useful size: one write a
 * line would be one system call a line for a listing of 100,000 sessions.
 */
const CHUNK = 64 * 1024;

export function* inChunks(pieces: Iterable<string>, size = CHUNK): Generator<string> {
  let gathered: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    gathered.push(piece);
    length += piece.length;
    if (length >= size) {
      yield gathered.join('');
      gathered = [];
      length = 0;
    }
  }
  if (length > 0) yield gathered.join('');
}
