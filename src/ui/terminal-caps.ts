/**
 * What the agent's terminal can show, read from the environment as terminals and
 * the C library announce it. TERM=dumb (an editor's shell buffer, a log capture)
 * has no cursor addressing: the screen is printed as plain lines, anew only when
 * something changes. Without a UTF-8 locale (LANG=C) box characters and symbols
 * print as garbage: the screen draws them in ASCII.
 */
export interface TerminalCaps {
  /** Cursor addressing and the private modes (alternate screen, bracketed paste). */
  readonly cursor: boolean;
  /** UTF-8 symbols; otherwise ASCII stand-ins. */
  readonly unicode: boolean;
}

/** The locale variable that decides the character set, as the C library picks it. */
function ctype(env: NodeJS.ProcessEnv): string {
  for (const name of ['LC_ALL', 'LC_CTYPE', 'LANG'] as const) {
    const value = env[name];
    if (value) return value;
  }
  return '';
}

export function terminalCaps(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): TerminalCaps {
  const term = env.TERM ?? '';
  // Windows terminals take UTF-8 and escape sequences whatever the environment says.
  if (platform === 'win32') return { cursor: term !== 'dumb', unicode: true };
  return {
    cursor: term !== '' && term !== 'dumb',
    unicode: /utf-?8/i.test(ctype(env)),
  };
}
