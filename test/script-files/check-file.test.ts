import { describe, expect, it, vi } from 'vitest';
import * as script from '../../src/script/index.js';
import { checkFile } from '../../src/script-files/check-file.js';

describe('checkFile', () => {
  it('turns a file over the cap into FILE_TOO_LARGE at 1:1, with no source', () => {
    expect(checkFile({ kind: 'tooLarge', bytes: 2_000_000 }, 1_048_576)).toEqual({
      diagnostics: [
        {
          code: 'FILE_TOO_LARGE',
          severity: 'error',
          params: { bytes: 2_000_000, limit: 1_048_576 },
          start: { line: 1, col: 1 },
        },
      ],
    });
  });

  it('turns undecodable bytes into BINARY_FILE', () => {
    expect(checkFile({ kind: 'binary' }).diagnostics.map((d) => d.code)).toEqual(['BINARY_FILE']);
  });

  it('keeps the text beside the diagnostics, ordered by position', () => {
    const result = checkFile({ kind: 'text', text: 'coach: 1\nid: x\nbogus: 1\nsteps: []\n' });
    expect(result.source).toContain('bogus');
    const positions = result.diagnostics.map((d) => d.start.line * 10_000 + d.start.col);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives the file a diagnostic if the checker throws after all', () => {
    const spy = vi.spyOn(script, 'checkScript').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      expect(checkFile({ kind: 'text', text: 'coach: 1\n' }).diagnostics).toEqual([
        {
          code: 'CHECK_FAILED',
          severity: 'error',
          params: { reason: 'boom' },
          start: { line: 1, col: 1 },
        },
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
