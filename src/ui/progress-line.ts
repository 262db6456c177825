/**
 * Progress of a long report on a terminal's stderr: one line rewritten in place
 * at most ten times a second, cleared at the end. Never used when stderr is not
 * a terminal, so piped and redirected output stays clean.
 */
import type { WriteStream } from 'node:tty';
import { t } from '../i18n/index.js';

const EVERY_MS = 100;

export function progressLine(stream: WriteStream): {
  update: (read: number) => void;
  clear: () => void;
} {
  let last = 0;
  let shown = false;
  return {
    update(read) {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      shown = true;
      // Files are found while they are read, so the total is not known until the end.
      const text = t('report.progress', { count: read });
      stream.write(`\r${text}\u001b[K`);
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
