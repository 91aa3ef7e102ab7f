/**
 * One bounded pass over the DOM that every other step reads: elements with subtree counts
 * (text, links, commas, paragraphs…) and the visible text as lines in reading order. Building
 * this once keeps extraction fast on linkedom and bounded on huge or hostile pages.
 */
import { attr, tagOf } from './dom';
import { mayBeFile } from './attachments';
import { cleanText, toNfc } from './text';

/** What one pass learns about an element. */
export interface ElInfo {
  el: Element;
  tag: string;
  parent: ElInfo | null;
  /** Pre-order index among visited elements; `end` is the index of its last descendant. */
  order: number;
  end: number;
  depth: number;
  /** Lower-case `class` and `id`, space-joined, for keyword tests. */
  cid: string;
  role: string;
  /** Lower-case `itemprop` ('' when absent). */
  prop: string;
  /** Visible text length (whitespace collapsed) of the subtree, and the part inside links. */
  textLen: number;
  linkLen: number;
  commas: number;
  /** Descendant counts used by conditional cleaning. */
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  headingLen: number;
  /** On a `<pre>`: it holds code (its spaces are kept, and it does not count as prose). */
  code?: boolean;
  /** The subtree's lines are `lines[firstLine .. lastLine)`. */
  firstLine: number;
  lastLine: number;
}

/** A run of text between block boundaries, in reading order. */
export interface Line {
  /** NFC, whitespace-collapsed text. */
  text: string;
  /** Nearest block-level ancestor. */
  block: ElInfo;
  /** Characters of `text` that sit inside links. */
  linkLen: number;
  /** The line was ended by `<br>` (so the next line continues the same paragraph). */
  br: boolean;
  /** A blank line follows (two `<br>`s, or an `<hr>`): the next line starts a new paragraph. */
  gap?: boolean;
  index: number;
  /** The text nodes it was read from, in order (whitespace-only ones included). */
  nodes: Text[];
}

export interface PageModel {
  doc: Document;
  root: ElInfo | null;
  /** `body` element info (or the root when there is no body). */
  body: ElInfo | null;
  infos: ElInfo[];
  lines: Line[];
  /** The walk stopped early at a cap. */
  truncated: boolean;
  /** Elements the walk skips as content but metadata needs, collected on the way. */
  metas: Element[];
  links: Element[];
  /** `<script>` elements whose type mentions JSON (JSON-LD). */
  jsonScripts: Element[];
  /** Links whose address may be a file (`….pdf`, a download handler), in page order: the attachments' candidates. */
  fileLinks: Element[];
  titleEl: Element | null;
  /** The page has a `<pre>` holding code. */
  hasCode: boolean;
}

/** Limits on one pass; a 10 MB page must still finish quickly. */
export interface WalkLimits {
  maxNodes: number;
  maxChars: number;
}

export const DEFAULT_LIMITS: WalkLimits = { maxNodes: 250_000, maxChars: 3_000_000 };

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'input', 'button', 'link', 'meta', 'title', 'audio', 'video', 'source',
  'map', 'dialog', 'frame', 'frameset', 'param', 'track', 'base',
]);

/** Elements that start a new line. Unknown (custom) elements count as blocks: splitting is harmless. */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture', 'output',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Inline formatting whose bare occurrences get no info (links, times and images always do). */
const PLAIN_INLINE = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'small', 'big', 'span', 'font', 'sup', 'sub', 'mark', 'abbr', 'cite', 'code', 'kbd', 'q', 'tt', 'var', 'del', 'ins', 'strike', 'nobr', 'wbr', 'bdi', 'bdo', 'dfn', 'samp']);
/** `display:none` as a property of its own (not a custom property like `--footer-display: none`). */
const HIDDEN_STYLE = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Whitespace other than single spaces (runs, tabs, newlines, nbsp…): the text needs collapsing. */
const WS = /\s\s|[^\S ]/;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
/** Text glued across elements that reads as two words: a letter, digit or closing mark, then a letter, digit or `(`. */
const GLUE_END = /[\p{L}\p{N}.,:;!?)]\p{M}*$/u;
const GLUE_START = /^[\p{L}\p{N}(]/u;
/** `điện tử<strong>TỈNH …`: lower case run into capitals (combining marks allowed: the text may be NFD). */
const LOWER_END = /\p{Ll}\p{M}*$/u;
const CAPS_START = /^\p{Lu}\p{M}*\p{Lu}/u;
/** `<span>ĐIỆN TỬ</span><span>ỦY BAN …</span>`: a word in capitals run into another (a single capital is a drop cap). */
const CAPS_END = /\p{Lu}\p{M}*\p{Lu}\p{M}*$/u;
/** Enough of the line's end for the tests above: a letter and its marks, twice (NFD Vietnamese takes three code units a letter). */
const TAIL = 8;

/** A `<pre>` holding code rather than preformatted prose: a `<code>` inside, or a highlighter's or editor's class. */
const CODE_CLASS = /(?:^|[\s-])(?:code|highlight|hljs|language-\S+|lang-\S+|syntax|prettyprint|brush|sourcecode|cm-\S+)(?:\s|$)/i;
function isCodePre(el: Element): boolean {
  // the highlighter's class may sit on a wrapper (`<div class="highlight"><pre>`, `<td class="code"><pre>`)
  for (let a: Element | null = el, n = 0; a && n < 4; a = a.parentElement, n++) if (CODE_CLASS.test(attr(a, 'class'))) return true;
  try {
    return !!el.querySelector?.('code, [class*="cm-content"], [class*="hljs"], [class*="highlight"], [class*="language-"]');
  } catch {
    return false;
  }
}

/** True when an inline `hidden`, `aria-hidden` or style hides the element (no layout is read). */
function isHidden(el: Element, tag: string, hasAttrs: boolean): boolean {
  if (!hasAttrs || tag === 'body' || tag === 'html') return false;
  if (el.hasAttribute?.('hidden')) return true;
  const style = attr(el, 'style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return attr(el, 'aria-hidden') === 'true' && !/fallback-image/.test(attr(el, 'class'));
}

/** Walks the document once (iteratively, so 10,000-deep nesting is fine) and builds the model. */
/** Nodes walked between the points where a sliced detection may let the page work (a big page only). */
const NODES_PER_SLICE = 4096;

export function buildPageModel(doc: Document, limits: WalkLimits = DEFAULT_LIMITS): PageModel {
  const steps = buildPageModelSteps(doc, limits);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The page model, built as a generator that yields every few thousand nodes, so a sliced detection
 * does not hold the page's main thread for the whole walk of a big page. The walk goes on from where
 * it stopped: what the page changed meanwhile is read as it is then.
 */
export function* buildPageModelSteps(doc: Document, limits: WalkLimits = DEFAULT_LIMITS): Generator<void, PageModel, void> {
  const infos: ElInfo[] = [];
  const lines: Line[] = [];
  const model: PageModel = { doc, root: null, body: null, infos, lines, truncated: false, metas: [], links: [], jsonScripts: [], fileLinks: [], titleEl: null, hasCode: false };
  let rootEl: Element | null = null;
  try {
    rootEl = doc.documentElement ?? null;
  } catch {
    rootEl = null;
  }
  if (!rootEl) return model;

  let nodes = 0;
  let chars = 0;
  let linkDepth = 0;
  // the innermost link of the current and of the previous text node (to space out `<a>A</a><a>B</a>`)
  let linkEl: ElInfo | null = null;
  let prevLink: ElInfo | null = null;
  let preDepth = 0;
  // inside a <pre> that holds code (a `<code>` or a highlighter's markup): its spaces are kept
  let codeDepth = 0;
  let buf = '';
  let bufLink = 0;
  // visible characters read into the line, as the page wrote them (decomposed text is longer than its NFC form)
  let bufRaw = 0;
  let bufNodes: Text[] = [];
  // the line is preformatted text: its spaces (a code line's indentation) are kept
  let bufPre = false;

  const flush = (block: ElInfo, br: boolean): void => {
    if (!buf) return;
    // text nodes were collapsed on the way in; joining can leave double spaces, and non-ASCII needs NFC
    let text = bufPre ? (buf.trim() ? buf.replace(/\s+$/, '') : '') : buf.trim();
    if (bufPre) text = toNfc(text.replace(/\r/g, ''));
    else if (text && !ASCII_ONLY.test(text)) text = cleanText(text);
    else if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
    if (text) {
      // decomposed (NFD) text is longer than its NFC line: the link share is measured on the page's own text
      const linkLen = Math.min(text.length, bufRaw > text.length ? Math.round((bufLink * text.length) / bufRaw) : bufLink);
      lines.push({ text, block, linkLen, br, index: lines.length, nodes: bufNodes });
    } else if (br && lines.length && lines[lines.length - 1].block === block) {
      lines[lines.length - 1].br = true;
    }
    buf = '';
    bufLink = 0;
    bufRaw = 0;
    bufNodes = [];
    bufPre = false;
  };

  const makeInfo = (el: Element, tag: string, parent: ElInfo | null, hasAttrs: boolean): ElInfo => {
    const cls = hasAttrs ? attr(el, 'class') : '';
    const id = hasAttrs ? attr(el, 'id') : '';
    const info: ElInfo = {
      el, tag, parent, order: infos.length, end: infos.length, depth: parent ? parent.depth + 1 : 0,
      cid: cls || id ? `${cls} ${id}`.toLowerCase() : '', role: hasAttrs ? attr(el, 'role') : '', prop: hasAttrs ? attr(el, 'itemprop').toLowerCase() : '',
      textLen: 0, linkLen: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, headingLen: 0,
      firstLine: lines.length, lastLine: lines.length,
    };
    infos.push(info);
    return info;
  };

  /** `own` is false for plain inline wrappers (`<b>`, `<span>` without attributes) that get no info of their own. */
  interface Frame { info: ElInfo; next: Node | null; block: ElInfo; inline: boolean; own: boolean }
  const rootInfo = makeInfo(rootEl, tagOf(rootEl), null, true);
  model.root = rootInfo;
  const stack: Frame[] = [{ info: rootInfo, next: rootEl.firstChild ?? null, block: rootInfo, inline: false, own: true }];

  const exit = (f: Frame): void => {
    if (!f.own) return;
    const info = f.info;
    if (!f.inline) flush(info, false);
    if (info.tag === 'a') {
      linkDepth--;
      linkEl = null;
      for (let a = info.parent; a; a = a.parent) if (a.tag === 'a') { linkEl = a; break; }
    }
    if (info.tag === 'pre') {
      preDepth--;
      if (info.code) codeDepth--;
    }
    info.end = infos.length - 1;
    // an inline element's last text may still be waiting for its block to end the line: that line is its too
    info.lastLine = f.inline && info.textLen > 0 && buf.trim() ? lines.length + 1 : lines.length;
    if (HEADINGS.has(info.tag)) info.headingLen = info.textLen;
    const p = info.parent;
    if (p) {
      p.textLen += info.textLen;
      p.linkLen += info.linkLen;
      p.commas += info.commas;
      p.p += info.p + (info.tag === 'p' ? 1 : 0);
      p.img += info.img + (info.tag === 'img' ? 1 : 0);
      p.li += info.li + (info.tag === 'li' ? 1 : 0);
      p.input += info.input;
      p.embed += info.embed;
      p.headingLen += info.headingLen;
    }
  };

  yield* walk();
  function* walk(): Generator<void, void, void> {
    while (stack.length) {
      const f = stack[stack.length - 1];
      const node = f.next;
      if (!node) {
        exit(f);
        stack.pop();
        continue;
      }
      f.next = node.nextSibling ?? null;
      if (nodes % NODES_PER_SLICE === NODES_PER_SLICE - 1) yield;
      if (++nodes > limits.maxNodes) {
        model.truncated = true;
        while (stack.length) exit(stack.pop() as Frame);
        break;
      }
      const type = node.nodeType;
      if (type === 3 || type === 4) {
        if (chars >= limits.maxChars) {
          model.truncated = true;
          continue;
        }
        let data = (node as Text).data ?? '';
        if (!data) continue;
        if (data.length > limits.maxChars - chars) data = data.slice(0, limits.maxChars - chars);
        chars += data.length;
        if (preDepth > 0 && data.includes('\n')) {
          const parts = data.split('\n');
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) {
              // an empty line in preformatted text parts paragraphs, as `<br><br>` does
              const last = lines[lines.length - 1];
              if (!buf.trim() && i > 1 && !parts[i - 1].trim() && last && last.block === f.block && last.index === lines.length - 1) last.gap = true;
              flush(f.block, true);
            }
            addText(f, parts[i], node as Text);
          }
        } else addText(f, data, node as Text);
        continue;
      }
      if (type !== 1) continue;
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'br' || tag === 'hr') {
        // a second `<br>` with nothing between (`…<br><br>…`) leaves a blank line: a paragraph break
        const last = lines[lines.length - 1];
        if (!buf.trim() && last && last.br && last.block === f.block && last.index === lines.length - 1) last.gap = true;
        flush(f.block, true);
        continue;
      }
      if (SKIP.has(tag)) {
        if (tag === 'meta') model.metas.push(el);
        else if (tag === 'link') model.links.push(el);
        else if (tag === 'script') {
          if (/json/i.test(attr(el, 'type'))) model.jsonScripts.push(el);
        } else if (tag === 'title') {
          if (!model.titleEl) model.titleEl = el;
        } else if (tag === 'input') f.info.input++;
        else if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'video') f.info.embed++;
        continue;
      }
      // most elements carry no attributes at all: skip the attribute reads for them
      let hasAttrs = true;
      try {
        hasAttrs = typeof el.hasAttributes !== 'function' || el.hasAttributes();
      } catch {
        hasAttrs = true;
      }
      if (isHidden(el, tag, hasAttrs)) continue;
      const inline = INLINE.has(tag);
      // formatting without attributes (`<b>`, `<em>`, bare `<span>`) needs no info: its text counts for the parent
      if (inline && !hasAttrs && PLAIN_INLINE.has(tag)) {
        stack.push({ info: f.info, next: el.firstChild ?? null, block: f.block, inline: true, own: false });
        continue;
      }
      if (!inline) flush(f.block, false);
      const info = makeInfo(el, tag, f.info, hasAttrs);
      if (tag === 'body') model.body = info;
      if (tag === 'a') {
        linkDepth++;
        linkEl = info;
        if (hasAttrs && mayBeFile(attr(el, 'href'))) model.fileLinks.push(el);
      }
      if (tag === 'pre') {
        preDepth++;
        info.code = isCodePre(el);
        if (info.code) {
          codeDepth++;
          model.hasCode = true;
        }
      }
      stack.push({ info, next: el.firstChild ?? null, block: inline ? f.block : info, inline, own: true });
    }
  }
  // some parsers leave a second top-level element (`<head>` as root, `<body>` beside it): walk it as part of the root
  for (let sib = rootEl.nextSibling ?? null; sib && !model.truncated; sib = sib.nextSibling ?? null) {
    if (sib.nodeType !== 1) continue;
    const tag = tagOf(sib);
    if (SKIP.has(tag)) continue;
    const info = makeInfo(sib as Element, tag, rootInfo, true);
    if (tag === 'body') model.body = info;
    stack.push({ info, next: sib.firstChild ?? null, block: info, inline: false, own: true });
    yield* walk();
    rootInfo.end = infos.length - 1;
    rootInfo.lastLine = lines.length;
  }
  if (!model.body) model.body = rootInfo;
  // a pending line an inline element counted on may have come to nothing (only invisible characters)
  for (const info of infos) if (info.lastLine > lines.length) info.lastLine = lines.length;
  return model;

  function addText(f: Frame, raw: string, node: Text): void {
    if (!raw) return;
    if (codeDepth > 0) {
      // code keeps its spaces; only the visible characters count towards the sizes
      const visible = raw.trim().length;
      buf += raw;
      bufPre = true;
      bufNodes.push(node);
      prevLink = linkEl;
      bufRaw += visible;
      if (linkDepth > 0) bufLink += visible;
      f.info.textLen += visible;
      if (linkDepth > 0) f.info.linkLen += visible;
      return;
    }
    // whitespace-only nodes (indentation between tags) are the most common kind: no regex for them
    if (!raw.trim()) {
      if (buf && buf.charCodeAt(buf.length - 1) !== 32) buf += ' ';
      bufNodes.push(node);
      return;
    }
    let collapsed = WS.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
    // glued across elements: `<a>Trang chủ</a><a>Giới thiệu</a>`, `điện tử<strong>TỈNH …`
    const last = buf.charCodeAt(buf.length - 1);
    if (buf && last !== 32 && collapsed.charCodeAt(0) !== 32) {
      // the line's last letters only: an end-anchored test on the whole line rescans it
      const tail = buf.length > TAIL ? buf.slice(-TAIL) : buf;
      if (
        (linkEl !== prevLink && GLUE_END.test(tail) && GLUE_START.test(collapsed)) ||
        (CAPS_START.test(collapsed) && (LOWER_END.test(tail) || CAPS_END.test(tail)))
      ) {
        collapsed = ' ' + collapsed;
      }
    }
    prevLink = linkEl;
    const trimmedLen = collapsed.trim().length;
    buf += collapsed;
    bufNodes.push(node);
    bufRaw += trimmedLen;
    if (linkDepth > 0) bufLink += trimmedLen;
    f.info.textLen += trimmedLen;
    if (linkDepth > 0) f.info.linkLen += trimmedLen;
    for (let i = 0; i < collapsed.length; i++) {
      const ch = collapsed.charCodeAt(i);
      if (ch === 44 || ch === 0xff0c || ch === 0x3001 || ch === 0x60c) f.info.commas++;
    }
  }
}

/** True when `inner` is `outer` or inside it. */
export function contains(outer: ElInfo, inner: ElInfo): boolean {
  return inner.order >= outer.order && inner.order <= outer.end;
}
