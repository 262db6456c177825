/**
 * JSON that cannot drive a terminal it is printed to: JSON.stringify escapes C0
 * controls but leaves DEL, C1 controls, line and paragraph separators and
 * bidirectional overrides raw, so those are escaped too. The output stays valid,
 * lossless JSON.
 */
const UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
