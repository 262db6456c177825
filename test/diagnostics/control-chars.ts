/** Patterns for asserting that output cannot drive a terminal. */

/** C0 controls except the line feed, DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** The same plus bidirectional overrides and isolates. */
export const CONTROL_OR_BIDI =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Colour sequences (SGR), as chalk writes them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
export const SGR = /\u001b\[\d+(;\d+)*m/g;
