/**
 * Pages that render late (portlets, lazy article bodies, client-side templates) have nothing to
 * anchor to at first: anchor what we can now, then retry the rest whenever the DOM changes, for a
 * bounded time. Whatever is still unplaced at the deadline is an orphan.
 */

import type { Selector } from '../model';
import { anchor, type AnchorResult, type AnchorScopes } from './anchor';
import { normaliseText } from './normalise';
import { buildTextIndex } from './text-index';

/** What the loop needs of a highlight. */
export interface LoopItem {
  id: string;
  selectors: Selector[];
}

/** The part of `MutationObserver` the loop uses: pass `(cb) => new win.MutationObserver(cb)`. */
export interface ObserverLike {
  observe(target: Node, options: MutationObserverInit): void;
  disconnect(): void;
}

/** Timers, injectable so tests control time: pass `window` (or the content script's ctx-bound timers). */
export interface LoopClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReanchorLoopOptions {
  items: readonly LoopItem[];
  /** Read on every pass: the article element may only exist once the page has rendered. */
  scopes: () => AnchorScopes;
  createObserver: (callback: () => void) => ObserverLike;
  clock: LoopClock;
  /** Called once per highlight, when it is placed (paint it here). */
  onPlaced: (id: string, result: AnchorResult) => void;
  /** Called once when the loop ends: deadline reached, everything placed, or `stop()`. */
  onSettled?: (outcome: LoopOutcome) => void;
  /** Give up on unplaced highlights after this long. Default 10 000 ms. */
  timeoutMs?: number;
  /** At most one pass per this many ms while the DOM keeps changing. Default 250 ms. */
  settleMs?: number;
}

export interface LoopOutcome {
  placed: ReadonlyMap<string, AnchorResult>;
  /** Ids never placed (orphans: list them, never drop them). */
  orphans: string[];
}

export interface ReanchorLoop {
  /** Highlights placed so far. */
  readonly placed: ReadonlyMap<string, AnchorResult>;
  /** Ids not placed yet. */
  pending(): string[];
  /** Anchoring passes run so far (the first runs inside `startReanchorLoop`; passes over unchanged text are skipped). */
  passes(): number;
  /** Stop watching now; settles with what is placed. Safe to call twice. */
  stop(): void;
  /** Resolves once, when the loop settles. */
  done: Promise<LoopOutcome>;
}

/** Whether a result's live range still spans its text (spaces aside: blocks add spaces to the model). */
function stillCovers(result: AnchorResult): boolean {
  const compact = (text: string) => normaliseText(text).replace(/ /g, '');
  return compact(result.range.toString()) === compact(result.text);
}

/**
 * Anchor `items` now, then again on DOM changes until all are placed or `timeoutMs` passes.
 * Each pass builds one text index and anchors every still-pending highlight against it, then calls
 * `onPlaced` for each new one, checking first that its range survived the painting of the others.
 */
export function startReanchorLoop(options: ReanchorLoopOptions): ReanchorLoop {
  const { clock, onPlaced } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const settleMs = options.settleMs ?? 250;
  const placed = new Map<string, AnchorResult>();
  let pending = [...options.items];
  let passCount = 0;
  let observer: ObserverLike | null = null;
  let passTimer: unknown = null;
  let deadline: unknown = null;
  let settled = false;
  let lastText: string | null = null;
  let lastArticle: Element | null = null;
  let resolve!: (outcome: LoopOutcome) => void;
  const done = new Promise<LoopOutcome>((r) => (resolve = r));

  const runPass = () => {
    passTimer = null;
    if (settled) return;
    const scopes = options.scopes();
    const firstIndex = buildTextIndex(scopes.document);
    // Mutations that leave the text as it was (our own marks, re-rendered widgets with the same
    // words) cannot place anything new: skip the anchoring, which is the expensive part for orphans.
    if (firstIndex.text === lastText && scopes.article === lastArticle) return;
    lastText = firstIndex.text;
    lastArticle = scopes.article;
    passCount++;
    const found: Array<[LoopItem, AnchorResult]> = [];
    const still: LoopItem[] = [];
    for (const item of pending) {
      const result = anchor(item.selectors, scopes, { index: firstIndex });
      if (result) found.push([item, result]);
      else still.push(item);
    }
    for (const [item, first] of found) {
      let result: AnchorResult | null = first;
      // A `<mark>` painter moves text nodes when it paints, which collapses live ranges inside
      // them (overlapping highlights of the same pass): re-anchor on the changed DOM if so.
      if (!stillCovers(result)) result = anchor(item.selectors, scopes);
      if (!result) {
        still.push(item);
        continue;
      }
      placed.set(item.id, result);
      onPlaced(item.id, result);
    }
    pending = still;
    if (!pending.length) settle();
  };

  const settle = () => {
    if (settled) return;
    settled = true;
    observer?.disconnect();
    if (passTimer !== null) clock.clearTimeout(passTimer);
    if (deadline !== null) clock.clearTimeout(deadline);
    const outcome = { placed, orphans: pending.map((p) => p.id) };
    options.onSettled?.(outcome);
    resolve(outcome);
  };

  runPass();
  if (!settled) {
    observer = options.createObserver(() => {
      if (!settled && passTimer === null) passTimer = clock.setTimeout(runPass, settleMs);
    });
    observer.observe(options.scopes().document, { childList: true, subtree: true, characterData: true });
    deadline = clock.setTimeout(() => {
      // One last look at whatever arrived since the previous pass, then give up.
      if (passTimer !== null) clock.clearTimeout(passTimer);
      runPass();
      settle();
    }, timeoutMs);
  }

  return {
    placed,
    pending: () => pending.map((p) => p.id),
    passes: () => passCount,
    stop: settle,
    done,
  };
}
