/**
 * The saved copy of a clip, readable after the portal edits or removes the article: load the clip,
 * its snapshot and highlights, rebuild the snapshot through the whitelist, and place the highlights
 * in it (by quote and context, since the live page's positions no longer apply).
 */
import { anchorAll } from '../anchor/anchor';
import type { AnchorResult } from '../anchor/anchor';
import { getClipWithHighlights, getSettings, getSnapshot } from '../db';
import type { ClipRecord, LibraryDB, Settings } from '../db';
import type { Highlight, Snapshot } from '../model';
import { renderSnapshot } from '../snapshot';

export interface ReaderData {
  clip: ClipRecord;
  highlights: Highlight[];
  snapshot: Snapshot | null;
  settings: Settings;
}

/** Everything the reader page shows for one clip, or null when the clip does not exist (deleted). */
export async function loadReaderData(db: LibraryDB, clipId: string): Promise<ReaderData | null> {
  const found = await getClipWithHighlights(db, clipId);
  if (!found) return null;
  const [snapshot, settings] = await Promise.all([getSnapshot(db, clipId), getSettings(db)]);
  return { clip: found.clip, highlights: found.highlights, snapshot, settings };
}

/**
 * Fill `host` with the snapshot: its cleaned HTML when there is some, else its text as paragraphs.
 * Page content only ever arrives as DOM nodes built through the whitelist, never as markup.
 */
export function mountSnapshot(host: HTMLElement, snapshot: Snapshot): void {
  const doc = host.ownerDocument;
  host.replaceChildren();
  if (snapshot.html.trim()) {
    host.appendChild(renderSnapshot(snapshot.html, doc));
    if (host.textContent?.trim()) return;
  }
  for (const paragraph of snapshot.text.split(/\n\s*\n/)) {
    const text = paragraph.trim();
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    host.appendChild(p);
  }
}

/** Place each highlight in the mounted snapshot; null marks one that is not in the saved copy. */
export function placeInSnapshot(host: Element, highlights: readonly Highlight[]): Map<string, AnchorResult | null> {
  return anchorAll(highlights, { article: host, document: host });
}
