/**
 * The background's answers to the message protocol, as plain functions of their dependencies so
 * unit tests call them directly with fake-indexeddb and WXT's fake browser.
 */
import {
  getClipByUrl,
  getClipWithHighlights,
  getSettings,
  deleteHighlight,
  restoreHighlight,
  saveClip,
  saveHighlight,
  updateClip,
  updateHighlight,
} from '../db';
import type { ClipRecord, Clock, LibraryDB } from '../db';
import type { IdGenerator } from '../ids';
import type { BackgroundProtocol, Handlers, PageNotes } from '../messages';
import { ProtocolError } from '../messages';
import type { PageIdentity } from '../url';
import { getPageState, putPageState, setAnchoring } from './page-state';

export interface BackgroundDeps {
  db: () => Promise<LibraryDB>;
  now: Clock;
  ids: IdGenerator;
  /** Register the content script for newly granted sites and run it in a tab. */
  enableSite: (tabId: number) => Promise<void>;
  /** Run the content script once in a tab (activeTab). */
  injectOnce: (tabId: number) => Promise<void>;
}

function requireTab(tabId: number | undefined, type: string): number {
  if (tabId === undefined) throw new ProtocolError('invalid', `${type} must come from a tab`);
  return tabId;
}

/** The clip saved under any of the page's URLs. */
async function findClip(db: LibraryDB, identity: PageIdentity): Promise<ClipRecord | null> {
  for (const url of [identity.url, ...identity.aliases]) {
    const clip = await getClipByUrl(db, url);
    if (clip) return clip;
  }
  return null;
}

async function pageNotes(deps: BackgroundDeps, identity: PageIdentity): Promise<PageNotes> {
  const db = await deps.db();
  let clip = await findClip(db, identity);
  // The same article reached by another URL: remember it, so the next visit by that URL finds it at once.
  if (clip) {
    const known = new Set([clip.url, ...clip.aliases]);
    const fresh = [identity.url, ...identity.aliases].filter((u) => !known.has(u));
    if (fresh.length) clip = await updateClip(db, clip.id, { aliases: [...clip.aliases, ...fresh] }, deps.now);
  }
  const highlights = clip ? ((await getClipWithHighlights(db, clip.id))?.highlights ?? []) : [];
  const { colourLabels } = await getSettings(db);
  return { clip, highlights, colourLabels };
}

export function createHandlers(deps: BackgroundDeps): Handlers<BackgroundProtocol> {
  return {
    'page:detected': async ({ article, identity }, sender) => {
      const tabId = requireTab(sender.tabId, 'page:detected');
      await putPageState(tabId, sender.url ?? article.url, article, identity, deps.now());
      return pageNotes(deps, identity);
    },
    'page:anchored': async (anchoring, sender) => {
      await setAnchoring(requireTab(sender.tabId, 'page:anchored'), anchoring);
    },
    'page:get': ({ tabId }) => getPageState(tabId),
    'page:notes': ({ identity }) => pageNotes(deps, identity),
    'highlight:create': async ({ page, highlight }) => {
      const db = await deps.db();
      const { clip } = await saveClip(
        db,
        { article: page.article, url: page.identity.url, aliases: page.identity.aliases, snapshot: page.snapshot ?? undefined },
        deps.now,
        deps.ids,
      );
      const saved = await saveHighlight(db, { ...highlight, clipId: clip.id }, deps.now, deps.ids);
      return { clip: (await getClipByUrl(db, clip.url)) ?? clip, highlight: saved };
    },
    'highlight:update': async ({ id, patch }) => updateHighlight(await deps.db(), id, patch, deps.now),
    'highlight:delete': async ({ id }) => deleteHighlight(await deps.db(), id),
    'highlight:restore': async ({ highlight }) => restoreHighlight(await deps.db(), highlight, deps.now),
    'site:enable': ({ tabId }) => deps.enableSite(tabId),
    'page:inject': ({ tabId }) => deps.injectOnce(tabId),
  };
}
