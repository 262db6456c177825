/**
 * A small glob matcher for log paths (`*`, `**`, `?`), since Node 20 has no
 * fs.glob and the shell does not expand patterns given in quotes or on Windows.
 */

const MAGIC = /[*?]/;

export function hasGlob(path: string): boolean {
  return MAGIC.test(path);
}

const escapeRegExp = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/**
 * A RegExp matching whole `/`-separated paths: `*` and `?` stay within one
 * segment, `**` spans any number of segments (none included).
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      const atSegmentStart = i === 0 || pattern[i - 1] === '/';
      if (atSegmentStart && pattern[i + 2] === '/') {
        source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, 'u');
}

/**
 * Splits a pattern into the folder to search (the segments before the first one
 * with a wildcard) and the pattern of paths relative to it.
 */
export function splitGlob(pattern: string): { base: string; rest: string; maxDepth: number } {
  const normalized = pattern.replace(/\\/g, '/');
  const segments = normalized.split('/');
  const first = segments.findIndex((segment) => MAGIC.test(segment));
  const baseSegments = segments.slice(0, first);
  const restSegments = segments.slice(first);
  const base =
    baseSegments.length === 0 ? '.' : baseSegments.join('/') === '' ? '/' : baseSegments.join('/');
  const rest = restSegments.join('/');
  return {
    base,
    rest,
    maxDepth: rest.includes('**') ? Number.POSITIVE_INFINITY : restSegments.length,
  };
}
