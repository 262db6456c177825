/** Naming the session to replay: a file, a whole id, or the start of one, as git takes commits. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateSession } from '../../src/replay/locate.js';
import { makeTempDir } from '../log/temp.js';

const temp = makeTempDir();
afterAll(temp.remove);
const dir = temp.dir;
const ids = [
  '01M84D4AV3C5JCZV4W59X8YEKF',
  '01M84D4AV3C5JCZV4W59X8YEKG',
  '01M85A0N5Q7R8S9T0V1W2X3Y4Z',
];
for (const [i, id] of ids.entries()) {
  mkdirSync(join(dir, `2026-11-2${i + 3}`), { recursive: true });
  writeFileSync(join(dir, `2026-11-2${i + 3}`, `${id}.jsonl`), '');
}

describe('locateSession', () => {
  it('finds a session by its whole id, or by the start only it has, in any case', () => {
    expect(locateSession(ids[2] as string, dir)).toMatch(/01M85A0N5Q7R8S9T0V1W2X3Y4Z\.jsonl$/);
    expect(locateSession('01m85', dir)).toMatch(/01M85A0N5Q7R8S9T0V1W2X3Y4Z\.jsonl$/);
    expect(locateSession('01M84D4AV3C5JCZV4W59X8YEKG', dir)).toMatch(/YEKG\.jsonl$/);
  });

  it('refuses a start several sessions share, naming them', () => {
    expect(() => locateSession('01M84D', dir)).toThrow(
      expect.objectContaining({
        key: 'replay.errors.ambiguous',
        params: expect.objectContaining({ count: 2 }),
        hintParams: { ids: '01M84D4AV3C5JCZV4W59X8YEKG, 01M84D4AV3C5JCZV4W59X8YEKF' },
      }),
    );
  });

  it('finds nothing for a start too short, or no session', () => {
    for (const arg of ['01M', 'ZZZZZ', 'not-an-id']) {
      expect(() => locateSession(arg, dir)).toThrow(
        expect.objectContaining({ key: 'replay.errors.notFound' }),
      );
    }
  });
});
