/**
 * The UI's translations. Messages come from the same `_locales/<lang>/messages.json` files the
 * manifest uses, so every string is written once per language; the locale is the user's setting,
 * else the browser's UI language (Vietnamese when it starts with "vi", English otherwise).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';

/** The languages the UI is written in. */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The language setting: a fixed language, or follow the browser. */
export type LocaleSetting = Locale | 'auto';
/** Every message key (English and Vietnamese have the same keys; a unit test checks it). */
export type MessageKey = keyof typeof en;
export type Substitution = string | number;

/** One entry of a `messages.json` file (the WebExtension i18n format). */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** The raw message tables, by locale. */
export const MESSAGES: Record<Locale, Record<string, LocaleMessage>> = { vi, en };

/** The UI locale: the setting when fixed, else from the browser's UI language. */
export function resolveLocale(setting: LocaleSetting | null | undefined, browserLanguage: string | undefined): Locale {
  if (setting === 'vi' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/**
 * One message with its substitutions, following the WebExtension rules: `$NAME$` names a
 * placeholder whose content refers to substitutions as `$1`…`$9`; `$$` is a literal dollar sign.
 * An unknown key returns the key itself, so a gap shows instead of an empty label.
 */
export function translate(locale: Locale, key: MessageKey, substitutions?: Substitution | Substitution[]): string {
  const entry = MESSAGES[locale][key] ?? MESSAGES.en[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name?: string, digit?: string) => {
    if (match === '$$') return '$';
    if (digit) return positional(match);
    const placeholder = entry.placeholders?.[name!.toLowerCase()];
    return placeholder ? positional(placeholder.content) : match;
  });
}

/** `t(key, substitutions?)` bound to one locale. */
export type Translate = (key: MessageKey, substitutions?: Substitution | Substitution[]) => string;

/** What views get from the i18n context. */
export interface I18n {
  locale: Locale;
  t: Translate;
}

/** The translator for one locale. */
export function createI18n(locale: Locale): I18n {
  return { locale, t: (key, substitutions) => translate(locale, key, substitutions) };
}

/** Provide with `<I18nContext.Provider value={createI18n(locale)}>`; Vietnamese when absent. */
export const I18nContext = createContext<I18n>(createI18n('vi'));

/** The current locale and its `t`, inside a view. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
