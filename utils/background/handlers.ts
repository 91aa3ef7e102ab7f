/**
 * The background's answers to the message protocol, as plain functions of their dependencies so
 * unit tests call them directly with fakes.
 */
import type { BackgroundProtocol, Handlers } from '../messages';
import { ProtocolError } from '../messages';
import { getPageState, putPageState } from './page-state';

export interface BackgroundDeps {
  now: () => number;
}

export function createHandlers(deps: BackgroundDeps): Handlers<BackgroundProtocol> {
  return {
    'page:detected': async ({ article }, sender) => {
      if (sender.tabId === undefined) throw new ProtocolError('invalid', 'page:detected must come from a tab');
      await putPageState(sender.tabId, sender.url ?? article.url, article, deps.now());
    },
    'page:get': ({ tabId }) => getPageState(tabId),
  };
}
