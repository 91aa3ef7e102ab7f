/**
 * What changed between the highlights the page shows and the ones the background now holds
 * (after the popup or library edited them), so a refresh repaints only what it must: placed
 * ranges of unchanged highlights are kept, new ones anchored, deleted ones unpainted.
 */
import type { Highlight, Selector } from '../model';

export interface NotesDiff {
  /** Highlights the page does not know yet: anchor them. */
  added: Highlight[];
  /** Ids gone from the background: unpaint them. */
  removed: string[];
  /** Highlights whose selectors changed (re-anchored elsewhere): anchor them again. */
  moved: Highlight[];
  /** Same place, new colour: repaint in place. */
  recoloured: Highlight[];
  /** Every highlight of `next` that keeps its place (note or tags may have changed). */
  kept: Highlight[];
}

function sameSelectors(a: readonly Selector[], b: readonly Selector[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Compare the page's highlights (by id) with the background's current list. */
export function diffNotes(current: ReadonlyMap<string, Highlight>, next: readonly Highlight[]): NotesDiff {
  const diff: NotesDiff = { added: [], removed: [], moved: [], recoloured: [], kept: [] };
  const nextIds = new Set(next.map((h) => h.id));
  for (const id of current.keys()) if (!nextIds.has(id)) diff.removed.push(id);
  for (const h of next) {
    const old = current.get(h.id);
    if (!old) diff.added.push(h);
    else if (!sameSelectors(old.selectors, h.selectors)) diff.moved.push(h);
    else {
      diff.kept.push(h);
      if (old.colour !== h.colour) diff.recoloured.push(h);
    }
  }
  return diff;
}
