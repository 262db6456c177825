/**
 * Whole numbers below 1,000 in a locale's own digits, without an Intl formatter:
 * building the first Intl.NumberFormat of a locale loads its data, which costs
 * milliseconds on the first screen. Below 1,000 no locale of ours groups digits,
 * so the result is what Intl would print (a test holds them equal).
 */
const NATIVE_DIGITS: Readonly<Record<string, string>> = { bn: '০১২৩৪৫৬৭৮৯' };

export function smallInteger(value: number, lng: string, minDigits = 1): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= 1000) return undefined;
  const latin = String(value).padStart(minDigits, '0');
  const digits = NATIVE_DIGITS[lng.split('-')[0] ?? lng];
  return digits ? latin.replace(/[0-9]/g, (d) => digits[Number(d)] as string) : latin;
}
