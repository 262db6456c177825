/**
 * Session ids: 26 characters of Crockford base32, a 48-bit millisecond timestamp
 * (10 characters) followed by 80 random bits (16 characters), like a ULID.
 * Comparing two ids as strings compares their times. Within one process, ids made
 * in the same millisecond increase (the random part is incremented), so they also
 * sort in creation order; across processes the 80 random bits keep them apart, and
 * the log file is opened exclusively, so even a collision could not share a file.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME = 2 ** 48 - 1;
const RANDOM_LIMIT = 1n << 80n;

export const SESSION_ID = new RegExp(`^[${ALPHABET}]{${TIME_CHARS + RANDOM_CHARS}}$`);

export type RandomSource = (size: number) => Uint8Array;

function encode(value: bigint, chars: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < chars; i++) {
    out = ALPHABET.charAt(Number(rest & 31n)) + out;
    rest >>= 5n;
  }
  return out;
}

function randomPart(random: RandomSource): bigint {
  let value = 0n;
  for (const byte of random(10)) value = (value << 8n) | BigInt(byte);
  return value;
}

/** A generator with its own memory of the last id, for ids that increase within a process. */
export function createSessionIdGenerator(
  random: RandomSource = randomBytes,
): (now: number) => string {
  let lastTime = -1;
  let lastRandom = 0n;
  return (now) => {
    let time = Math.min(Math.max(Math.floor(now), 0), MAX_TIME);
    let rand: bigint;
    // A clock that stands still or steps back must not make an id sort before the last one.
    if (time <= lastTime) {
      time = lastTime;
      rand = lastRandom + 1n;
      if (rand >= RANDOM_LIMIT) {
        time = Math.min(lastTime + 1, MAX_TIME);
        rand = randomPart(random);
      }
    } else {
      rand = randomPart(random);
    }
    lastTime = time;
    lastRandom = rand;
    return encode(BigInt(time), TIME_CHARS) + encode(rand, RANDOM_CHARS);
  };
}

/** A new session id for the instant `now` (epoch ms). */
export const newSessionId: (now: number) => string = createSessionIdGenerator();

export function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && SESSION_ID.test(value);
}

/** The epoch ms an id was made at, or undefined for something that is not an id. */
export function sessionIdTime(id: string): number | undefined {
  if (!isSessionId(id)) return undefined;
  let time = 0;
  for (const char of id.slice(0, TIME_CHARS)) time = time * 32 + ALPHABET.indexOf(char);
  return time;
}
