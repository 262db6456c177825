/** Locales the UI and shipped scripts are written in. */
export const LOCALES = ['en', 'pt', 'pl', 'bn', 'cs'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `pt_BR.UTF-8` → `pt`; `C`, `POSIX` and unknown languages → undefined. */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lang = tag.split(/[_.@-]/)[0]?.toLowerCase();
  return isLocale(lang) ? lang : undefined;
}

/**
 * The UI locale: `--lang`, else COACH_LANG, else the POSIX locale variables in
 * their order of precedence, else English.
 */
export function detectLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  for (const candidate of [flag, env.COACH_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    const locale = localeFromTag(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
