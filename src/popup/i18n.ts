/**
 * The popup's one way to turn a message key into reader-facing text.
 *
 * Components receive a `Translate` function through context instead of calling `browser.i18n`
 * themselves, so tests render the real English strings from `_locales/en/messages.json` with a fake
 * that follows the same placeholder rules, and no component hard-codes a sentence.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** A substitution value; numbers are formatted by the caller's locale rules (here: plain). */
export type Substitution = string | number;

/** Looks up `key` and fills its `$1`…`$9` placeholders. */
export type Translate = (key: string, ...subs: Substitution[]) => string;

/** The shape of `browser.i18n.getMessage`, so the browser API can be passed in without a wrapper. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Wraps `getMessage`; a missing key renders as the key itself so a forgotten string is visible in
 * the UI (and caught by the strings test) rather than silently blank.
 */
export function createTranslate(getMessage: GetMessage): Translate {
  return (key, ...subs) => getMessage(key, subs.map(String)) || key;
}

/** One entry of a `messages.json` file. */
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const NAMED_PLACEHOLDER = /\$([\w@]+)\$/g;
const POSITIONAL_OR_DOLLAR = /\$([1-9$])/g;

/**
 * A `getMessage` over a parsed `messages.json`, following the browsers' rules: named `$NAME$`
 * placeholders expand to their `content`, then `$1`…`$9` take the substitutions and `$$` is a
 * literal dollar. Used by tests and by anything that needs the strings outside an extension page.
 */
export function getMessageFrom(messages: Record<string, LocaleMessage>): GetMessage {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = Array.isArray(substitutions)
      ? substitutions
      : substitutions === undefined
        ? []
        : [substitutions];
    const named = entry.message.replace(NAMED_PLACEHOLDER, (whole, name: string) => {
      const placeholders = entry.placeholders ?? {};
      const found = Object.entries(placeholders).find(
        ([candidate]) => candidate.toLowerCase() === name.toLowerCase(),
      );
      return found ? found[1].content : whole;
    });
    return named.replace(POSITIONAL_OR_DOLLAR, (_whole, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  };
}

/** Context carrying the translator; defaults to echoing keys so a missing provider is obvious. */
export const TranslateContext = createContext<Translate>((key) => key);

/** The translator for the component being rendered. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
