/**
 * Lines of a script's text by 1-based number, split only when a diagnostic asks
 * for one. Lines end at LF, as yaml's LineCounter counts them.
 */
export class SourceLines {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The line without its LF, or undefined past the end. */
  line(number: number): string | undefined {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) {
        this.starts.push(i + 1);
      }
    }
    const start = this.starts[number - 1];
    if (start === undefined || number < 1) return undefined;
    const next = this.starts[number];
    return this.text.slice(start, next === undefined ? undefined : next - 1);
  }
}
