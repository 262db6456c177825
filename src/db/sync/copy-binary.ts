/**
 * Rows in PostgreSQL's binary COPY format, written into one growing buffer: a
 * log's lines go from the file's buffer to the server without being decoded,
 * escaped or parsed again, and no value needs an object of its own. Text
 * columns take UTF-8; a plain number is an `integer`; `{ int8 }`, `{ bool }`,
 * `{ texts }` and `{ int8s }` are bigint, boolean, text[] and bigint[].
 */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
const TEXT_OID = 25;
const INT8_OID = 20;
const TWO_32 = 4294967296;

export type BinaryField =
  | Uint8Array
  | string
  | number
  | null
  | { readonly int8: number }
  | { readonly bool: boolean }
  | { readonly texts: readonly string[] }
  | { readonly int8s: readonly number[] };

export class BinaryRows {
  #buf = Buffer.allocUnsafe(1 << 20);
  #at = HEADER.copy(this.#buf, 0);
  count = 0;

  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#at + n));
    this.#buf.copy(bigger, 0, 0, this.#at);
    this.#buf = bigger;
  }

  #int32(value: number): void {
    this.#room(4);
    this.#at = this.#buf.writeInt32BE(value, this.#at);
  }

  #int8(value: number): void {
    this.#int32(8);
    const high = Math.floor(value / TWO_32);
    this.#int32(high);
    this.#room(4);
    this.#at = this.#buf.writeUInt32BE(value - high * TWO_32, this.#at);
  }

  /** A length, then the text as UTF-8. */
  #text(value: string): void {
    this.#room(4 + value.length * 3);
    const n = this.#buf.write(value, this.#at + 4, 'utf8');
    this.#buf.writeInt32BE(n, this.#at);
    this.#at += 4 + n;
  }

  #bytes(value: Uint8Array): void {
    this.#int32(value.length);
    this.#room(value.length);
    this.#buf.set(value, this.#at);
    this.#at += value.length;
  }

  /** A one-dimensional array: its length in bytes, header, then each element. */
  #array(oid: number, length: number, each: (i: number) => void): void {
    this.#room(4);
    const start = this.#at;
    this.#at += 4;
    this.#int32(length === 0 ? 0 : 1);
    this.#int32(0);
    this.#int32(oid);
    if (length > 0) {
      this.#int32(length);
      this.#int32(1);
    }
    for (let i = 0; i < length; i++) each(i);
    this.#buf.writeInt32BE(this.#at - start - 4, start);
  }

  add(fields: readonly BinaryField[]): void {
    this.#room(2);
    this.#at = this.#buf.writeInt16BE(fields.length, this.#at);
    for (const field of fields) {
      if (field === null) this.#int32(-1);
      else if (typeof field === 'number') {
        this.#int32(4);
        this.#int32(field);
      } else if (typeof field === 'string') this.#text(field);
      else if (field instanceof Uint8Array) this.#bytes(field);
      else if ('int8' in field) this.#int8(field.int8);
      else if ('bool' in field) {
        this.#int32(1);
        this.#room(1);
        this.#buf[this.#at++] = field.bool ? 1 : 0;
      } else if ('texts' in field) {
        const texts = field.texts;
        this.#array(TEXT_OID, texts.length, (i) => this.#text(texts[i] as string));
      } else {
        const values = field.int8s;
        this.#array(INT8_OID, values.length, (i) => this.#int8(values[i] as number));
      }
    }
    this.count++;
  }

  /** Bytes of rows gathered. */
  get bytes(): number {
    return this.#at - HEADER.length;
  }

  /** The whole COPY stream: header, rows, trailer. */
  stream(): Buffer {
    this.#room(2);
    this.#buf.writeInt16BE(-1, this.#at);
    return this.#buf.subarray(0, this.#at + 2);
  }
}
