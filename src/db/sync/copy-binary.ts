/**
 * Rows in PostgreSQL's binary COPY format, built from bytes as they are: a
 * log's lines go from the file's buffer to the server without being decoded,
 * escaped or parsed again (text columns take UTF-8 bytes; integers are 4-byte
 * big-endian).
 */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
const TRAILER = Buffer.from([0xff, 0xff]);

export type BinaryField = Uint8Array | string | number;

export class BinaryRows {
  readonly #parts: Buffer[] = [];
  count = 0;
  bytes = 0;

  add(fields: readonly BinaryField[]): void {
    const head = Buffer.allocUnsafe(2);
    head.writeInt16BE(fields.length);
    this.#push(head);
    for (const field of fields) {
      if (typeof field === 'number') {
        const value = Buffer.allocUnsafe(8);
        value.writeInt32BE(4, 0);
        value.writeInt32BE(field, 4);
        this.#push(value);
        continue;
      }
      const data = typeof field === 'string' ? Buffer.from(field) : field;
      const length = Buffer.allocUnsafe(4);
      length.writeInt32BE(data.length);
      this.#push(length);
      this.#push(data);
    }
    this.count++;
  }

  #push(part: Uint8Array): void {
    this.#parts.push(part as Buffer);
    this.bytes += part.length;
  }

  /** The whole COPY stream: header, rows, trailer. */
  stream(): Buffer {
    return Buffer.concat([HEADER, ...this.#parts, TRAILER]);
  }
}
