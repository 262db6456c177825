/**
 * `{{name}}` placeholders in script text. A name is letters, digits and
 * underscores; anything else between braces is plain text, shown as written.
 * Scanning by hand keeps this linear and allocation-free on text without braces.
 */

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 // _
  );
}

/** Calls `visit` for each placeholder with its name and its [start, end) in `text`. */
export function forEachPlaceholder(
  text: string,
  visit: (name: string, start: number, end: number) => void,
): void {
  let from = text.indexOf('{{');
  while (from !== -1) {
    let i = from + 2;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    if (i > from + 2 && text.startsWith('}}', i)) {
      visit(text.slice(from + 2, i), from, i + 2);
      from = text.indexOf('{{', i + 2);
    } else {
      from = text.indexOf('{{', from + 1);
    }
  }
}

/** Names of the `{{name}}` placeholders in `text`, each once, in order of first use. */
export function variablesIn(text: string): string[] {
  const names = new Set<string>();
  forEachPlaceholder(text, (name) => {
    names.add(name);
  });
  return [...names];
}
