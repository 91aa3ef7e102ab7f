/**
 * A failed save shown to the user on the page: a short sentence in the UI language, plus the
 * background's own explanation when it wrote one for people (invalid record, conflict), so a
 * failure is never lost silently.
 */
import type { Translate } from '../i18n';
import { ProtocolError } from '../messages';

/** Codes whose message the database layer writes as a readable sentence (utils/db/errors.ts). */
const READABLE_CODES = new Set(['invalid', 'conflict', 'not-found']);
const MAX_DETAIL = 160;

/** The browser's own words when the background is gone (extension reloaded, worker not answering). */
const UNREACHABLE = /receiving end does not exist|could not establish connection|extension context invalidated|message channel closed/i;

/** The text to show for `err` in the toolbar or editor. */
export function errorText(err: unknown, t: Translate): string {
  if (err instanceof ProtocolError && err.code === 'quota') return t('errorQuota');
  if (err instanceof ProtocolError && err.code === 'no-receiver') return t('errorUnavailable');
  if (err instanceof ProtocolError && err.code === 'timeout') return t('errorTimeout');
  if (err instanceof Error && UNREACHABLE.test(err.message)) return t('errorUnavailable');
  const base = t('stateError');
  if (!(err instanceof ProtocolError) || !READABLE_CODES.has(err.code) || !err.message) return base;
  const detail = err.message.length > MAX_DETAIL ? `${err.message.slice(0, MAX_DETAIL - 1)}…` : err.message;
  return `${base} ${detail}`;
}
