/**
 * One page's highlights in the content script, without any UI: detect the article, tell the
 * background (which answers with the page's saved notes), anchor and paint the highlights (retrying
 * on DOM changes for pages that render late), report what was placed, and create, edit, delete,
 * refresh and scroll to highlights. Every browser dependency is injected, so tests drive it with a
 * fake `send` and a happy-dom window.
 */
import { anchor, describe, quoteOf } from '../anchor/anchor';
import type { AnchorScopes } from '../anchor/anchor';
import { startReanchorLoop } from '../anchor/reanchor-loop';
import type { LoopClock, ObserverLike, ReanchorLoop } from '../anchor/reanchor-loop';
import { buildTextIndex } from '../anchor/text-index';
import { normaliseText } from '../anchor/normalise';
import type { ClipRecord, HighlightPatch, Settings } from '../db';
import type { Painter } from '../highlight/painter';
import type { BackgroundProtocol, NewHighlight, PageCapture, PageNotes, Payload, Reply } from '../messages';
import type { Colour, Highlight } from '../model';
import { toLightCapture, toPageCapture } from './capture';
import type { Detection } from './detect';
import { diffNotes } from './notes-diff';
import { scrollRangeIntoView } from './scroll';

/** `sendToBackground`, or a fake in tests. */
export type SendFn = <K extends keyof BackgroundProtocol>(type: K, payload: Payload<K>) => Promise<Awaited<Reply<K>>>;

/** The anchoring result as the background stores it for the popup. */
export interface AnchoringReport {
  placed: string[];
  orphans: string[];
}

export interface SessionDeps {
  doc: Document;
  /** The page's current address (location.href). */
  href: () => string;
  send: SendFn;
  painter: Painter;
  /** Article detection (measured in the content script: see detect.ts). */
  detect: (doc: Document, href: string, options?: { visibleOnly?: boolean }) => Detection;
  /**
   * The page's first detection in slices that let the page work in between (detect.ts
   * `detectPageSliced`); without it the first detection runs in one piece.
   */
  detectSliced?: (doc: Document, href: string) => Promise<Detection>;
  /** Timers for the re-anchor loop and the scroll-to flash; the content script passes ctx-bound ones. */
  clock: LoopClock;
  createObserver: (callback: () => void) => ObserverLike;
  /** Makes highlight ids on the page, so a retried create never duplicates (utils/ids.ts `newId`). */
  newId: () => string;
  /** How long a late-rendering page gets before unplaced highlights count as orphans. Default 10 s. */
  loopTimeoutMs?: number;
  settleMs?: number;
  /**
   * How long a page that was not an article at first detection is watched for its text to arrive
   * (portals that load the article by script after the page is idle). Default 10 s.
   */
  lateDetectMs?: number;
  /** How long `scrollTo` keeps a highlight emphasised. Default 2 s. */
  flashMs?: number;
  /** Called after every change of the highlights, their colours or their placement. */
  onChange?: () => void;
  /** Where failures that have no caller to reach go (reports that could not be sent). */
  warn?: (message: string, error: unknown) => void;
}

/**
 * When the page's first report does not reach the background (the service worker was stopping or
 * restarting: "Receiving end does not exist"), it is sent again after each of these waits, so the popup
 * knows the page and saved highlights are painted. Later reports are not retried: a newer one follows.
 */
export const REPORT_RETRY_MS = [500, 2000, 5000] as const;

const compact = (text: string) => normaliseText(text).replace(/ /g, '');

/** Whether two live ranges share at least one character. */
function intersects(a: Range, b: Range): boolean {
  try {
    // END_TO_START: a's start against b's end; START_TO_END: a's end against b's start.
    return a.compareBoundaryPoints(3, b) < 0 && a.compareBoundaryPoints(1, b) > 0;
  } catch {
    return false;
  }
}

/** The content script's model of the page's highlights. */
export class PageSession {
  private detection: Detection | null = null;
  /** The tab title when the page was last detected: unchanged after a swap, the head is stale. */
  private headTitle = '';
  private clip: ClipRecord | null = null;
  /** Whether `clip` is known (false until the background answered `page:detected`). */
  private clipKnown = false;
  private labels: Settings['colourLabels'] | null = null;
  private readonly highlights = new Map<string, Highlight>();
  private loop: ReanchorLoop | null = null;
  private loopRun = 0;
  private stopped = false;
  private reporting: Promise<void> | null = null;
  private reportAgain = false;
  private retry: { key: string; id: string } | null = null;
  private flashing: string | null = null;
  private lateWatch: (() => void) | null = null;
  private markReady!: () => void;
  /** Resolves once the first detection and the background's answer (or its failure) are in. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve));

  constructor(private readonly deps: SessionDeps) {}

  /** Detect the article, report it, then anchor and paint the saved highlights. */
  async start(): Promise<void> {
    const detection = this.deps.detectSliced ? await this.detectSlicedNow() : this.detectNow();
    if (this.stopped) return;
    let notes: PageNotes | null = null;
    try {
      notes = await this.deps.send('page:detected', { article: detection.data, identity: detection.identity });
    } catch (err) {
      this.warn('page:detected failed', err);
      this.retryFirstReport(detection, 0);
    }
    if (this.stopped) return;
    if (notes) this.applyNotes(notes);
    this.markReady();
    if (!detection.data.isArticle) this.watchLateArticle();
  }

  /**
   * Detect again when the page swapped its article in place since the last detection (the detected
   * title or body element is no longer in the page; the address did not change, so no navigation
   * said so), and report it. Cheap when nothing changed. True when it re-detected.
   */
  async verify(): Promise<boolean> {
    await this.ready;
    if (this.stopped || !this.detection) return false;
    const { titleElement, body } = this.detection.article;
    const gone = (el: Element | null): boolean => !!el && !el.isConnected;
    if (!gone(titleElement) && !gone(body.element)) return false;
    const previous = this.detection.article.title;
    const headBefore = this.headTitle;
    let detection = this.detectNow();
    // the same title again from a page whose article left, or a title read from a head the site left as it
    // was (the tab title unchanged): the head still declares the old article, so read the visible page only
    const fromHead = /^(?:title-tag|title|meta|json-ld)/.test(detection.article.provenance.title?.source ?? '');
    if (previous && (detection.article.title === previous || (fromHead && this.headTitle === headBefore))) detection = this.detectNow({ visibleOnly: true });
    await this.reportDetection(detection, 'content swapped');
    return true;
  }

  /** Send the first report again after `REPORT_RETRY_MS[attempt]`, unless the page was left or detected anew. */
  private retryFirstReport(detection: Detection, attempt: number): void {
    const wait = REPORT_RETRY_MS[attempt];
    if (wait === undefined) return;
    this.deps.clock.setTimeout(() => {
      if (this.stopped || this.detection !== detection) return;
      this.deps.send('page:detected', { article: detection.data, identity: detection.identity }).then(
        (notes) => {
          if (!this.stopped && this.detection === detection) this.applyNotes(notes);
        },
        (err: unknown) => {
          if (attempt + 1 === REPORT_RETRY_MS.length) this.warn(`page:detected failed ${attempt + 2} times; the popup will not know this page`, err);
          this.retryFirstReport(detection, attempt + 1);
        },
      );
    }, wait);
  }

  /** Report a later detection to the background and apply the notes it answers with. */
  private async reportDetection(detection: Detection, why: string): Promise<void> {
    try {
      const notes = await this.deps.send('page:detected', { article: detection.data, identity: detection.identity });
      if (!this.stopped) this.applyNotes(notes);
    } catch (err) {
      this.warn(`page:detected (${why}) failed`, err);
    }
  }

  /** The article scope (the detected body, while it is still in the page) and the document body. */
  scopes(): AnchorScopes {
    const body = this.detection?.article.body.element ?? null;
    return { article: body && body.isConnected ? body : null, document: this.deps.doc.body };
  }

  /** The saved clip of this page, or null (also null until the background answered). */
  get savedClip(): ClipRecord | null {
    return this.clip;
  }

  /** The user's colour names ('' = default) as the background last sent them, or null. */
  get colourLabels(): Settings['colourLabels'] | null {
    return this.labels;
  }

  /** The last detection (null before `start`). */
  get lastDetection(): Detection | null {
    return this.detection;
  }

  /** One highlight of this page by id. */
  get(id: string): Highlight | undefined {
    return this.highlights.get(id);
  }

  /** Every highlight of this page (placed or not). */
  list(): Highlight[] {
    return [...this.highlights.values()];
  }

  /** Which highlights are painted on the page and which found no place (yet). */
  anchoring(): AnchoringReport {
    const painted = new Set(this.deps.painter.ids());
    const placed: string[] = [];
    const orphans: string[] = [];
    for (const id of this.highlights.keys()) (painted.has(id) ? placed : orphans).push(id);
    return { placed, orphans };
  }

  /** Resolves when the re-anchor loop (if any) has settled and the last report has been sent. */
  async idle(): Promise<void> {
    while (this.loop || this.reporting) {
      if (this.loop) await this.loop.done;
      if (this.reporting) await this.reporting;
    }
  }

  /** Detect again (the page may have changed) and return the new detection. */
  redetect(): Detection {
    return this.detectNow();
  }

  /** Detect again (the page may have changed) and return the full capture for clipping. */
  capture(): PageCapture {
    return toPageCapture(this.detectNow());
  }

  /**
   * Highlight `range` in `colour`: describe it, save it (clipping the article first when this page
   * has no clip yet) and paint it. Null when the range holds no text. Throws the background's
   * ProtocolError on failure; retrying the same range then reuses the same id, so a save whose reply
   * was lost is never duplicated.
   */
  async highlightRange(range: Range, colour: Colour): Promise<Highlight | null> {
    await this.ready;
    // a site that swapped its article in place since detection: the highlight belongs to the new one
    await this.verify();
    // A page without a clip gets one with this highlight: detect again, it may have rendered more.
    const page = this.clipKnown && this.clip && this.detection ? toLightCapture(this.detection) : this.capture();
    const scopes = this.scopes();
    const selectors = describe(range, scopes, { index: buildTextIndex(scopes.document) });
    if (!selectors.length) return null;
    const key = JSON.stringify(selectors);
    const id = this.retry?.key === key ? this.retry.id : this.deps.newId();
    this.retry = { key, id };
    const highlight: NewHighlight = { id, selectors, quote: quoteOf(selectors), colour };
    const reply = await this.deps.send('highlight:create', { page, highlight });
    this.retry = null;
    if (this.stopped) return reply.highlight;
    this.clip = reply.clip;
    this.clipKnown = true;
    this.highlights.set(id, reply.highlight);
    const placed = anchor(reply.highlight.selectors, this.scopes());
    if (placed) this.deps.painter.paint(id, placed.range, reply.highlight.colour);
    this.changed();
    return reply.highlight;
  }

  /** Save a change of colour, note or tags. */
  async update(id: string, patch: HighlightPatch): Promise<Highlight> {
    const saved = await this.deps.send('highlight:update', { id, patch });
    if (this.stopped) return saved;
    this.highlights.set(id, saved);
    this.deps.painter.setColour(id, saved.colour);
    this.changed();
    return saved;
  }

  /** Delete a highlight and unpaint it; returns it as it was, for Undo. */
  async remove(id: string): Promise<Highlight | null> {
    const before = this.highlights.get(id) ?? null;
    await this.deps.send('highlight:delete', { id });
    if (this.stopped) return before;
    this.highlights.delete(id);
    this.deps.painter.remove(id);
    this.changed();
    return before;
  }

  /** Undo a deletion: save the highlight back as it was and paint it where it belongs. */
  async restore(highlight: Highlight): Promise<Highlight> {
    const saved = await this.deps.send('highlight:restore', { highlight });
    if (this.stopped) return saved;
    this.highlights.set(saved.id, saved);
    const placed = anchor(saved.selectors, this.scopes());
    if (placed) this.deps.painter.paint(saved.id, placed.range, saved.colour);
    this.changed();
    return saved;
  }

  /**
   * Reload the page's notes (the popup or library changed them) and repaint what changed: placed
   * ranges of unchanged highlights stay, deleted ones are unpainted, new, moved and still-orphaned
   * ones are anchored again.
   */
  async refresh(): Promise<void> {
    await this.ready;
    const identity = this.detection!.identity;
    const notes = await this.deps.send('page:notes', { identity });
    if (this.stopped) return;
    this.applyNotes(notes);
  }

  /** Ids of the highlights painted under a viewport point, innermost first. */
  idsAtPoint(x: number, y: number): string[] {
    return this.deps.painter.idsAtPoint(x, y).filter((id) => this.highlights.has(id));
  }

  /** The painted highlight that is exactly the selected text (selecting it again), or null. */
  highlightOf(range: Range): string | null {
    const text = compact(range.toString());
    if (!text) return null;
    for (const id of this.deps.painter.ids()) {
      const painted = this.deps.painter.rangeOf(id);
      if (painted && this.highlights.has(id) && compact(painted.toString()) === text && intersects(painted, range)) return id;
    }
    return null;
  }

  /** The painted extent of a highlight (to place the editor beside it), or null for an orphan. */
  rangeOf(id: string): Range | null {
    return this.highlights.has(id) ? this.deps.painter.rangeOf(id) : null;
  }

  /** Emphasise a highlight (hover); ignored while `scrollTo` flashes another one. */
  focus(id: string | null): void {
    if (this.flashing === null) this.deps.painter.focus(id);
  }

  /** Scroll a placed highlight into the middle of the view and emphasise it briefly; false for an orphan. */
  scrollTo(id: string): boolean {
    const range = this.rangeOf(id);
    if (!range) return false;
    const win = this.deps.doc.defaultView;
    if (win) scrollRangeIntoView(win, range);
    this.flashing = null;
    this.deps.painter.focus(id);
    this.flashing = id;
    this.deps.clock.setTimeout(() => {
      if (this.flashing !== id) return;
      this.flashing = null;
      this.deps.painter.focus(null);
    }, this.deps.flashMs ?? 2000);
    return true;
  }

  /** Stop watching the page and remove every painted highlight. Safe to call twice. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.lateWatch?.();
    this.loopRun++;
    this.loop?.stop();
    this.loop = null;
    this.deps.painter.clear();
    this.markReady();
  }

  /**
   * The page was not an article when first detected: its text may still be arriving by script.
   * Watch the DOM for a bounded time; when it settles after the body's text has grown, detect again
   * (at most a few times), and once it is an article report it, so the popup and the background see
   * the real title and date and saved highlights get their article scope.
   */
  private watchLateArticle(): void {
    const { doc, clock } = this.deps;
    const settleMs = this.deps.settleMs ?? 300;
    const MAX_DETECTIONS = 5;
    const MIN_GROWTH = 400;
    let textLength = doc.body?.textContent?.length ?? 0;
    let detections = 0;
    let timer: unknown = null;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      observer.disconnect();
      if (timer !== null) clock.clearTimeout(timer);
      clock.clearTimeout(deadline);
      this.lateWatch = null;
    };
    const check = (): void => {
      timer = null;
      if (done || this.stopped) return;
      const length = doc.body?.textContent?.length ?? 0;
      if (length - textLength < MIN_GROWTH) return;
      textLength = length;
      const detection = this.detectNow();
      if (++detections >= MAX_DETECTIONS || detection.data.isArticle) finish();
      if (detection.data.isArticle) void this.reportDetection(detection, 'late article');
    };
    const observer = this.deps.createObserver(() => {
      if (done) return;
      if (timer !== null) clock.clearTimeout(timer);
      timer = clock.setTimeout(check, settleMs);
    });
    const deadline = clock.setTimeout(finish, this.deps.lateDetectMs ?? 10_000);
    if (!doc.body) return finish();
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    this.lateWatch = finish;
  }

  private async detectSlicedNow(): Promise<Detection> {
    this.headTitle = this.deps.doc.title;
    const detection = await (this.deps.detectSliced as NonNullable<SessionDeps['detectSliced']>)(this.deps.doc, this.deps.href());
    this.detection = detection;
    return detection;
  }

  private detectNow(options?: { visibleOnly?: boolean }): Detection {
    this.headTitle = this.deps.doc.title;
    this.detection = this.deps.detect(this.deps.doc, this.deps.href(), options);
    return this.detection;
  }

  private applyNotes(notes: PageNotes): void {
    this.clip = notes.clip;
    this.clipKnown = true;
    this.labels = notes.colourLabels;
    const diff = diffNotes(this.highlights, notes.highlights);
    const { painter } = this.deps;
    for (const id of diff.removed) {
      this.highlights.delete(id);
      painter.remove(id);
    }
    for (const h of diff.moved) painter.remove(h.id);
    for (const h of notes.highlights) this.highlights.set(h.id, h);
    for (const h of diff.recoloured) painter.setColour(h.id, h.colour);
    this.anchorUnplaced();
  }

  /**
   * Anchor every highlight that is not painted, now and then on DOM changes for a bounded time.
   * Reports after the first pass (pending ones count as orphans until placed) and again when the
   * loop settles. A new call replaces a running loop.
   */
  private anchorUnplaced(): void {
    const run = ++this.loopRun;
    this.loop?.stop();
    this.loop = null;
    const painted = new Set(this.deps.painter.ids());
    const items = this.list().filter((h) => !painted.has(h.id));
    if (!items.length) {
      this.changed();
      return;
    }
    let settled = false;
    let firstPassDone = false;
    const loop = startReanchorLoop({
      items,
      scopes: () => this.scopes(),
      createObserver: this.deps.createObserver,
      clock: this.deps.clock,
      timeoutMs: this.deps.loopTimeoutMs,
      settleMs: this.deps.settleMs,
      onPlaced: (id, result) => {
        const h = this.highlights.get(id);
        if (run === this.loopRun && h) this.deps.painter.paint(id, result.range, h.colour);
      },
      onSettled: () => {
        settled = true;
        if (run !== this.loopRun) return;
        this.loop = null;
        if (firstPassDone) this.changed();
      },
    });
    if (!settled) this.loop = loop;
    firstPassDone = true;
    this.changed();
  }

  private changed(): void {
    this.report();
    this.deps.onChange?.();
  }

  /** Send the anchoring state; one report at a time, and the latest state always goes last. */
  private report(): void {
    if (this.stopped) return;
    if (this.reporting) {
      this.reportAgain = true;
      return;
    }
    this.reporting = (async () => {
      // Yield first, so `reporting` is set before the loop can finish (even if `send` throws synchronously).
      await null;
      do {
        this.reportAgain = false;
        try {
          await this.deps.send('page:anchored', this.anchoring());
        } catch (err) {
          this.warn('page:anchored failed', err);
        }
      } while (this.reportAgain && !this.stopped);
      this.reporting = null;
    })();
  }

  private warn(message: string, error: unknown): void {
    (this.deps.warn ?? ((m, e) => console.warn(`[portal-notes] ${m}`, e)))(message, error);
  }
}
