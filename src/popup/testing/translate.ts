/**
 * The real English strings for tests, read from `_locales/en/messages.json` through the same
 * placeholder rules the browsers apply, so tests assert what readers will actually see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTranslate, getMessageFrom, type LocaleMessage, type Translate } from '../i18n';

/** Path of the English catalogue from the project root. */
export const MESSAGES_PATH = resolve(process.cwd(), 'assets/public/_locales/en/messages.json');

/** The parsed English catalogue. */
export function englishMessages(): Record<string, LocaleMessage> {
  return JSON.parse(readFileSync(MESSAGES_PATH, 'utf8')) as Record<string, LocaleMessage>;
}

/** A translator over the English catalogue. */
export function englishTranslate(): Translate {
  return createTranslate(getMessageFrom(englishMessages()));
}
