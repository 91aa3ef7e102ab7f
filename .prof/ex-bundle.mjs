// utils/extract/classes.ts
var NEGATIVE = /hidden|\bhid\b|banner|combx|comment|\bcom-|contact|footer|gdpr|masthead|\bmedia\b|\bmeta\b|outbrain|taboola|promo|related|relate|scroll|share|sharing|shoutbox|sidebar|skyscraper|sponsor|shopping|\btags?\b|widget|newsletter|subscribe|signup|cookie|consent|recommend|popular|trending|most-read|mostread|tinlienquan|tin-lien-quan|lienquan|tinkhac|tin-khac|othernews|other-news|cungchuyenmuc|breadcrumb|\bnav\b|navbar|navigation|\bmenu\b|toolbar|rating|vote|counter|social|\bad\b|\bads\b|advert|\bbanner/;
var POSITIVE = /article|\bbody\b|content|entry|hentry|h-entry|\bmain\b|\bpage\b|pagination|\bpost\b|\btext\b|blog|story|detail|chitiet|chi-tiet|noidung|noi-dung|news-?content|\bnews-?body|\bfulltext|\bprose\b/;
var UNLIKELY = /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|tinlienquan|tin-lien-quan|tinkhac|othernews|newsletter/;
var MAYBE = /and|article|body|column|content|main|mathjax|shadow|detail|chitiet|noidung/;
var UNLIKELY_ROLES = /* @__PURE__ */ new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]);
function classWeight(cid) {
  if (!cid) return 0;
  let w = 0;
  if (NEGATIVE.test(cid)) w -= 25;
  if (POSITIVE.test(cid)) w += 25;
  return w;
}
function isUnlikely(cid, role, tag) {
  if (tag === "body" || tag === "a" || tag === "html" || tag === "article" || tag === "main") return false;
  if (role && UNLIKELY_ROLES.has(role)) return true;
  return !!cid && UNLIKELY.test(cid) && !MAYBE.test(cid);
}

// utils/extract/dom.ts
function tagOf(node) {
  if (!node || node.nodeType !== 1) return "";
  const el = node;
  const name = el.localName || el.tagName || "";
  return name.toLowerCase();
}
function attr(el, name) {
  if (!el) return "";
  try {
    const node = el.getAttributeNode ? el.getAttributeNode(name) : null;
    return node ? node.value ?? "" : el.getAttribute(name) ?? "";
  } catch {
    return "";
  }
}
function queryAll(root, selector) {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
function rawText(node, max = 2e5) {
  if (!node) return "";
  try {
    const t = node.textContent ?? "";
    return t.length > max ? t.slice(0, max) : t;
  } catch {
    return "";
  }
}
function spacedText(node, max = 2e3, skip) {
  if (!node) return "";
  const parts = [];
  let len = 0;
  const stack = [node];
  try {
    while (stack.length && len < max) {
      const n = stack.pop();
      if (n.nodeType === 3) {
        const d = n.data ?? "";
        parts.push(d);
        len += d.length;
      } else if (n.nodeType === 1) {
        const tag = tagOf(n);
        if (tag === "script" || tag === "style" || tag === "noscript" || skip && n !== node && skip(n)) continue;
        const kids = [];
        for (let c = n.firstChild; c; c = c.nextSibling ?? null) kids.push(c);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      }
    }
  } catch {
  }
  return parts.join(" ").slice(0, max);
}

// utils/extract/text.ts
var SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]/g;
var INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
function cleanText(s) {
  if (!s) return "";
  const t = PRINTABLE_ASCII.test(s) ? s : toNfc(s).replace(INVISIBLE, "").replace(SPACE_LIKE, " ");
  return t.replace(/\s+/g, " ").trim();
}
var PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;
var NFC_STABLE = /^[\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e]*$/;
function toNfc(s) {
  if (NFC_STABLE.test(s)) return s;
  try {
    return s.normalize("NFC");
  } catch {
    return s;
  }
}
function stripDiacritics(s) {
  if (PRINTABLE_ASCII.test(s)) return s;
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}
function looseKey(s) {
  const hit = KEY_CACHE.get(s);
  if (hit !== void 0) return hit;
  const key = stripDiacritics(cleanText(s).toLowerCase()).replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim();
  if (s.length <= 500) {
    if (KEY_CACHE.size >= 4e3) KEY_CACHE.clear();
    KEY_CACHE.set(s, key);
  }
  return key;
}
var KEY_CACHE = /* @__PURE__ */ new Map();
function wordCount(s) {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(s)) n++;
  return n;
}
function looksVietnamese(s) {
  const sample = s.length > 4e3 ? s.slice(0, 4e3) : s;
  const m = toNfc(sample).match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu);
  return (m?.length ?? 0) >= Math.max(3, sample.length / 200);
}
var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", laquo: "\xAB", raquo: "\xBB", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201D", ldquo: "\u201C" };
function decodeEntities(s) {
  if (!s || !s.includes("&")) return s;
  let out = s;
  for (let pass = 0; pass < 2 && out.includes("&"); pass++) {
    out = out.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body) => {
      if (body[0] === "#") {
        const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code < 1114112 && !(code >= 55296 && code < 57344) ? String.fromCodePoint(code) : m;
      }
      return NAMED_ENTITIES[body.toLowerCase()] ?? m;
    });
  }
  return out;
}

// utils/extract/page.ts
var DEFAULT_LIMITS = { maxNodes: 25e4, maxChars: 3e6 };
var SKIP = /* @__PURE__ */ new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "textarea",
  "input",
  "button",
  "link",
  "meta",
  "title",
  "audio",
  "video",
  "source",
  "map",
  "dialog",
  "frame",
  "frameset",
  "param",
  "track",
  "base"
]);
var INLINE = /* @__PURE__ */ new Set([
  "a",
  "abbr",
  "acronym",
  "b",
  "bdi",
  "bdo",
  "big",
  "cite",
  "code",
  "data",
  "del",
  "dfn",
  "em",
  "font",
  "i",
  "img",
  "ins",
  "kbd",
  "label",
  "mark",
  "nobr",
  "q",
  "rp",
  "rt",
  "ruby",
  "s",
  "samp",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
  "var",
  "wbr",
  "picture",
  "output"
]);
var HEADINGS = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
var PLAIN_INLINE = /* @__PURE__ */ new Set(["b", "strong", "i", "em", "u", "s", "small", "big", "span", "font", "sup", "sub", "mark", "abbr", "cite", "code", "kbd", "q", "tt", "var", "del", "ins", "strike", "nobr", "wbr", "bdi", "bdo", "dfn", "samp"]);
var HIDDEN_STYLE = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
var WS = /\s\s|[^\S ]/;
var ASCII_ONLY = /^[\x20-\x7e]*$/;
function isHidden(el, tag, hasAttrs) {
  if (!hasAttrs || tag === "body" || tag === "html") return false;
  if (el.hasAttribute?.("hidden")) return true;
  const style = attr(el, "style");
  if (style && HIDDEN_STYLE.test(style)) return true;
  return attr(el, "aria-hidden") === "true" && !/fallback-image/.test(attr(el, "class"));
}
function buildPageModel(doc, limits = DEFAULT_LIMITS) {
  const infos = [];
  const lines = [];
  const model = { doc, root: null, body: null, infos, lines, truncated: false, metas: [], links: [], jsonScripts: [], titleEl: null };
  let rootEl = null;
  try {
    rootEl = doc.documentElement ?? null;
  } catch {
    rootEl = null;
  }
  if (!rootEl) return model;
  let nodes = 0;
  let chars = 0;
  let linkDepth = 0;
  let linkEl = null;
  let prevLink = null;
  let preDepth = 0;
  let buf = "";
  let bufLink = 0;
  let bufNodes = [];
  const flush = (block, br) => {
    if (!buf) return;
    let text = buf.trim();
    if (text && !ASCII_ONLY.test(text)) text = cleanText(text);
    else if (text.includes("  ")) text = text.replace(/ {2,}/g, " ");
    if (text) {
      const linkLen = Math.min(text.length, bufLink);
      lines.push({ text, block, linkLen, br, index: lines.length, nodes: bufNodes });
    } else if (br && lines.length && lines[lines.length - 1].block === block) {
      lines[lines.length - 1].br = true;
    }
    buf = "";
    bufLink = 0;
    bufNodes = [];
  };
  const makeInfo = (el, tag, parent, hasAttrs) => {
    const cls = hasAttrs ? attr(el, "class") : "";
    const id = hasAttrs ? attr(el, "id") : "";
    const info = {
      el,
      tag,
      parent,
      order: infos.length,
      end: infos.length,
      depth: parent ? parent.depth + 1 : 0,
      cid: cls || id ? `${cls} ${id}`.toLowerCase() : "",
      role: hasAttrs ? attr(el, "role") : "",
      prop: hasAttrs ? attr(el, "itemprop").toLowerCase() : "",
      textLen: 0,
      linkLen: 0,
      commas: 0,
      p: 0,
      img: 0,
      li: 0,
      input: 0,
      embed: 0,
      headingLen: 0,
      firstLine: lines.length,
      lastLine: lines.length
    };
    infos.push(info);
    return info;
  };
  const rootInfo = makeInfo(rootEl, tagOf(rootEl), null, true);
  model.root = rootInfo;
  const stack = [{ info: rootInfo, next: rootEl.firstChild ?? null, block: rootInfo, inline: false, own: true }];
  const exit = (f) => {
    if (!f.own) return;
    const info = f.info;
    if (!f.inline) flush(info, false);
    if (info.tag === "a") {
      linkDepth--;
      linkEl = null;
      for (let a = info.parent; a; a = a.parent) if (a.tag === "a") {
        linkEl = a;
        break;
      }
    }
    if (info.tag === "pre") preDepth--;
    info.end = infos.length - 1;
    info.lastLine = f.inline && info.textLen > 0 && buf.trim() ? lines.length + 1 : lines.length;
    if (HEADINGS.has(info.tag)) info.headingLen = info.textLen;
    const p = info.parent;
    if (p) {
      p.textLen += info.textLen;
      p.linkLen += info.linkLen;
      p.commas += info.commas;
      p.p += info.p + (info.tag === "p" ? 1 : 0);
      p.img += info.img + (info.tag === "img" ? 1 : 0);
      p.li += info.li + (info.tag === "li" ? 1 : 0);
      p.input += info.input;
      p.embed += info.embed;
      p.headingLen += info.headingLen;
    }
  };
  walk();
  function walk() {
    while (stack.length) {
      const f = stack[stack.length - 1];
      const node = f.next;
      if (!node) {
        exit(f);
        stack.pop();
        continue;
      }
      f.next = node.nextSibling ?? null;
      if (++nodes > limits.maxNodes) {
        model.truncated = true;
        while (stack.length) exit(stack.pop());
        break;
      }
      const type = node.nodeType;
      if (type === 3 || type === 4) {
        if (chars >= limits.maxChars) {
          model.truncated = true;
          continue;
        }
        let data = node.data ?? "";
        if (!data) continue;
        if (data.length > limits.maxChars - chars) data = data.slice(0, limits.maxChars - chars);
        chars += data.length;
        if (preDepth > 0 && data.includes("\n")) {
          const parts = data.split("\n");
          for (let i = 0; i < parts.length; i++) {
            if (i > 0) flush(f.block, true);
            addText(f, parts[i], node);
          }
        } else addText(f, data, node);
        continue;
      }
      if (type !== 1) continue;
      const el = node;
      const tag = tagOf(el);
      if (tag === "br" || tag === "hr") {
        const last = lines[lines.length - 1];
        if (!buf.trim() && last && last.br && last.block === f.block && last.index === lines.length - 1) last.gap = true;
        flush(f.block, true);
        continue;
      }
      if (SKIP.has(tag)) {
        if (tag === "meta") model.metas.push(el);
        else if (tag === "link") model.links.push(el);
        else if (tag === "script") {
          if (/json/i.test(attr(el, "type"))) model.jsonScripts.push(el);
        } else if (tag === "title") {
          if (!model.titleEl) model.titleEl = el;
        } else if (tag === "input") f.info.input++;
        else if (tag === "iframe" || tag === "object" || tag === "embed" || tag === "video") f.info.embed++;
        continue;
      }
      let hasAttrs = true;
      try {
        hasAttrs = typeof el.hasAttributes !== "function" || el.hasAttributes();
      } catch {
        hasAttrs = true;
      }
      if (isHidden(el, tag, hasAttrs)) continue;
      const inline = INLINE.has(tag);
      if (inline && !hasAttrs && PLAIN_INLINE.has(tag)) {
        stack.push({ info: f.info, next: el.firstChild ?? null, block: f.block, inline: true, own: false });
        continue;
      }
      if (!inline) flush(f.block, false);
      const info = makeInfo(el, tag, f.info, hasAttrs);
      if (tag === "body") model.body = info;
      if (tag === "a") {
        linkDepth++;
        linkEl = info;
      }
      if (tag === "pre") preDepth++;
      stack.push({ info, next: el.firstChild ?? null, block: inline ? f.block : info, inline, own: true });
    }
  }
  for (let sib = rootEl.nextSibling ?? null; sib && !model.truncated; sib = sib.nextSibling ?? null) {
    if (sib.nodeType !== 1) continue;
    const tag = tagOf(sib);
    if (SKIP.has(tag)) continue;
    const info = makeInfo(sib, tag, rootInfo, true);
    if (tag === "body") model.body = info;
    stack.push({ info, next: sib.firstChild ?? null, block: info, inline: false, own: true });
    walk();
    rootInfo.end = infos.length - 1;
    rootInfo.lastLine = lines.length;
  }
  if (!model.body) model.body = rootInfo;
  for (const info of infos) if (info.lastLine > lines.length) info.lastLine = lines.length;
  return model;
  function addText(f, raw, node) {
    if (!raw) return;
    if (!raw.trim()) {
      if (buf && buf.charCodeAt(buf.length - 1) !== 32) buf += " ";
      bufNodes.push(node);
      return;
    }
    let collapsed = WS.test(raw) ? raw.replace(/\s+/g, " ") : raw;
    const last = buf.charCodeAt(buf.length - 1);
    if (buf && last !== 32 && collapsed.charCodeAt(0) !== 32) {
      if (linkEl !== prevLink && /[\p{L}\p{N}.,:;!?)]$/u.test(buf) && /^[\p{L}\p{N}(]/u.test(collapsed) || /\p{Ll}$/u.test(buf) && /^\p{Lu}{2}/u.test(collapsed)) {
        collapsed = " " + collapsed;
      }
    }
    prevLink = linkEl;
    const trimmedLen = collapsed.trim().length;
    buf += collapsed;
    bufNodes.push(node);
    if (linkDepth > 0) bufLink += trimmedLen;
    f.info.textLen += trimmedLen;
    if (linkDepth > 0) f.info.linkLen += trimmedLen;
    for (let i = 0; i < collapsed.length; i++) {
      const ch = collapsed.charCodeAt(i);
      if (ch === 44 || ch === 65292 || ch === 12289 || ch === 1548) f.info.commas++;
    }
  }
}
function contains(outer, inner) {
  return inner.order >= outer.order && inner.order <= outer.end;
}

// utils/extract/body.ts
var TAG_BASE = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5
};
var NON_SCORING = /* @__PURE__ */ new Set(["li", "ul", "ol", "dl", "dt", "dd", "tr", "tbody", "thead", "tfoot", "table", "h1", "th", "caption", "figcaption", "label", "legend", "nav", "footer", "aside", "header", "html", "body", "address", "form", "fieldset", "option", "summary"]);
var DROP_TAGS = /* @__PURE__ */ new Set(["footer", "aside", "nav", "fieldset"]);
var CONDITIONAL = /* @__PURE__ */ new Set(["table", "ul", "ol", "div", "form", "section", "dl"]);
var CHAR_THRESHOLD = 500;
function selectBody(model, title, preferred = null) {
  const attempts = [
    { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
    { stripUnlikely: false, weightClasses: false, cleanConditionally: false }
  ];
  let best = null;
  let bestLen = -1;
  for (const flags of attempts) {
    const sel = preferred ? selectFrom(model, [preferred], title, flags) : grab(model, title, flags);
    const len = sel.lines.reduce((n, l) => n + l.text.length, 0);
    if (len >= CHAR_THRESHOLD) return sel;
    if (len > bestLen) {
      best = sel;
      bestLen = len;
    }
  }
  return best ?? { container: null, parts: [], removed: [], lines: [], confidence: 0 };
}
function grab(model, title, flags) {
  const { lines } = model;
  const root = model.body;
  if (!root || !lines.length) return { container: null, parts: [], removed: [], lines: [], confidence: 0 };
  const unlikely = [];
  if (flags.stripUnlikely) {
    for (const info of model.infos) {
      if (unlikely.length && contains(unlikely[unlikely.length - 1], info)) continue;
      if (info.order <= root.order || info.order > root.end) continue;
      if (isUnlikely(info.cid, info.role, info.tag) && !insideTableOrCode(info)) unlikely.push(info);
    }
  }
  const inUnlikely = makeIntervalTest(unlikely);
  const scores = /* @__PURE__ */ new Map();
  const init = (info) => {
    if (scores.has(info)) return;
    scores.set(info, (TAG_BASE[info.tag] ?? 0) + (flags.weightClasses ? classWeight(info.cid) : 0));
  };
  let i = 0;
  while (i < lines.length) {
    const block = lines[i].block;
    let j = i;
    let len = 0;
    let commas = 0;
    while (j < lines.length && lines[j].block === block) {
      len += lines[j].text.length + 1;
      commas += countCommas(lines[j].text);
      j++;
    }
    const first = lines[i];
    i = j;
    if (len < 25 || NON_SCORING.has(block.tag) || !contains(root, block) || inUnlikely(block)) continue;
    if (insideTag(block, "li", 3)) continue;
    const code = block.tag === "pre" || insideTag(block, "pre", 3);
    const score = code ? 1 + Math.min(commas, 1) : 1 + commas + Math.min(Math.floor(len / 100), 3);
    const mixed = block.tag !== "p" && block.lastLine - block.firstLine > j - first.index;
    let anc = mixed && block.tag !== "td" ? block : block.parent;
    for (let level = 0; anc && level < 5; level++, anc = anc.parent) {
      if (!anc.parent && anc.tag !== "body") break;
      init(anc);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? 0) + score / div);
    }
  }
  if (!scores.size) return selectFrom(model, [root], title, flags);
  const ranked = [];
  for (const [info, s] of scores) {
    const ld = info.textLen ? info.linkLen / info.textLen : 0;
    ranked.push({ info, score: s * (1 - ld) });
  }
  ranked.sort((a, b) => b.score - a.score);
  const final = new Map(ranked.map((r) => [r.info, r.score]));
  let top = ranked[0].info;
  const topScore = ranked[0].score;
  if (top.tag === "body" || top.tag === "html") return selectFrom(model, [top], title, flags, topScore);
  const alternatives = ranked.slice(1, 5).filter((r) => r.score / topScore >= 0.75).map((r) => r.info);
  if (alternatives.length >= 3) {
    for (let p = top.parent; p && p.tag !== "body"; p = p.parent) {
      if (alternatives.filter((a) => contains(p, a)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  let last = final.get(top) ?? 0;
  const threshold = last / 3;
  for (let p = top.parent; p && p.tag !== "body"; p = p.parent) {
    const ps = final.get(p);
    if (ps === void 0) continue;
    if (ps < threshold) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  if (codeShare(model, top) > 0.8) {
    for (let p = top.parent; p && p.tag !== "body"; p = p.parent) {
      if (!CODE_WRAPPERS.has(p.tag) && !/highlight|code|syntax/.test(p.cid)) {
        top = p;
        break;
      }
    }
  }
  const articles = top.textLen < 500 ? model.infos.filter((i2) => i2.tag === "article") : [];
  if (articles.length === 1 && articles[0] !== top && contains(articles[0], top)) {
    const art = articles[0];
    if (art.textLen < top.textLen * 4 && (art.textLen ? art.linkLen / art.textLen : 0) < 0.35) top = art;
  }
  const token = classOf(top).split(/\s+/)[0];
  if (token) {
    for (let a = top.parent, n = 0; a && n < 3 && a.tag !== "body"; a = a.parent, n++) {
      let twin = false;
      for (let k = a.order + 1; k <= a.end && !twin; k++) {
        const d = model.infos[k];
        if (d.p >= 2 && d !== top && !contains(top, d) && !contains(d, top) && d.cid.startsWith(token.toLowerCase()) && classOf(d).split(/\s+/)[0] === token) twin = true;
      }
      if (twin) {
        top = a;
        break;
      }
    }
  }
  while (top.parent && top.parent.tag !== "body" && elementChildren(model, top.parent).length === 1) top = top.parent;
  const topFinal = final.get(top) ?? topScore;
  const parts = [];
  const parent = top.parent;
  if (!parent) return selectFrom(model, [top], title, flags, topFinal);
  const sibThreshold = Math.max(10, topFinal * 0.2);
  const topClass = classOf(top);
  for (const sib of elementChildren(model, parent)) {
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    if (flags.stripUnlikely && inUnlikely(sib)) continue;
    const bonus = topClass && classOf(sib) === topClass ? topFinal * 0.2 : 0;
    const s = final.get(sib);
    if (s !== void 0 && s + bonus >= sibThreshold) {
      parts.push(sib);
      continue;
    }
    if (sib.p >= 3 && sib.textLen >= 500 && sib.linkLen / sib.textLen < 0.2 && !(sib.cid && classWeight(sib.cid) < 0)) {
      parts.push(sib);
      continue;
    }
    if (sib.tag === "p" || sib.tag === "div" && sib.lastLine - sib.firstLine === 1) {
      const ld = sib.textLen ? sib.linkLen / sib.textLen : 0;
      const text = model.lines.slice(sib.firstLine, sib.lastLine).map((l) => l.text).join(" ");
      if (text.length > 80 && ld < 0.25 || text.length > 0 && text.length <= 80 && ld === 0 && /\.( |$)/.test(text)) parts.push(sib);
    }
  }
  return selectFrom(model, parts, title, flags, topFinal, unlikely, scores);
}
function selectFrom(model, parts, title, flags, score = 0, unlikely = [], scores = /* @__PURE__ */ new Map()) {
  const removed = [];
  const deltas = /* @__PURE__ */ new Map();
  const partSet = new Set(parts);
  const titleKey = looseKey(title);
  const inUnlikely = makeIntervalTest(unlikely);
  for (const part of parts) {
    for (let k = part.end; k >= part.order; k--) {
      const info = model.infos[k];
      if (inUnlikely(info)) {
        if (!partSet.has(info)) drop(info);
        continue;
      }
      if (shouldDrop(model, info, flags, deltas, partSet.has(info), titleKey, scores.get(info) ?? 0)) drop(info);
    }
  }
  const isRemoved = makeIntervalTest(removed);
  const kept = [];
  for (const part of parts) {
    for (let li = part.firstLine; li < part.lastLine; li++) {
      const line = model.lines[li];
      if (!isRemoved(line.block)) kept.push(line);
    }
  }
  const textLen = kept.reduce((n, l) => n + l.text.length, 0);
  const confidence = Math.max(0.05, Math.min(0.95, (score > 0 ? 0.4 : 0.2) + Math.min(textLen, 3e3) / 6e3));
  return { container: parts.length === 1 ? parts[0] : commonParent(parts), parts, removed, lines: kept, confidence };
  function drop(info) {
    removed.push(info);
    const c = countsOf(info, deltas);
    for (let a = info.parent; a; a = a.parent) {
      const d = deltas.get(a) ?? zero();
      d.text += c.text;
      d.link += c.link;
      d.p += c.p + (info.tag === "p" ? 1 : 0);
      d.img += c.img + (info.tag === "img" ? 1 : 0);
      d.li += c.li + (info.tag === "li" ? 1 : 0);
      d.input += c.input;
      d.embed += c.embed;
      d.heading += c.heading;
      d.commas += c.commas;
      deltas.set(a, d);
      if (partSet.has(a)) break;
    }
  }
}
var zero = () => ({ text: 0, link: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, heading: 0, commas: 0 });
function countsOf(info, deltas) {
  const d = deltas.get(info);
  const c = { text: info.textLen, link: info.linkLen, p: info.p, img: info.img, li: info.li, input: info.input, embed: info.embed, heading: info.headingLen, commas: info.commas };
  if (!d) return c;
  return { text: c.text - d.text, link: c.link - d.link, p: c.p - d.p, img: c.img - d.img, li: c.li - d.li, input: c.input - d.input, embed: c.embed - d.embed, heading: c.heading - d.heading, commas: c.commas - d.commas };
}
function shouldDrop(model, info, flags, deltas, isPart, titleKey, contentScore) {
  const tag = info.tag;
  if (!isPart && DROP_TAGS.has(tag)) return true;
  if (!isPart && info.cid && /share|sharedaddy/.test(info.cid) && info.textLen < 500) return true;
  if ((tag === "h1" || tag === "h2") && titleKey) {
    const k = looseKey(model.lines.slice(info.firstLine, info.lastLine).map((l) => l.text).join(" "));
    if (k && (k === titleKey || titleKey.length > 15 && similarity(k, titleKey) > 0.75)) return true;
  }
  if ((tag === "h1" || tag === "h2") && flags.weightClasses && classWeight(info.cid) < 0) return true;
  if (!flags.cleanConditionally || !CONDITIONAL.has(tag)) return false;
  if (tag === "table" && isDataTable(model, info)) return false;
  if (insideTag(info, "code", 50)) return false;
  const c = countsOf(info, deltas);
  const weight = flags.weightClasses ? classWeight(info.cid) : 0;
  if (weight + contentScore < 0 && !isPart) return true;
  if (c.commas >= 10) return false;
  const isList = tag === "ul" || tag === "ol" || tag === "div" && c.li > 0 && c.li >= c.p && c.text > 0 && listTextShare(model, info) > 0.9;
  const p = c.p;
  const img = c.img;
  const li = c.li - 100;
  const ld = c.text ? c.link / c.text : 0;
  const headingDensity = c.text ? c.heading / c.text : 0;
  const inFigure = insideTag(info, "figure", 10);
  if (img > 1 && p / img < 0.5 && !inFigure) return true;
  if (!isList && li > p) return true;
  if (c.input > Math.floor(p / 3)) return true;
  if (!isList && headingDensity < 0.9 && c.text < 25 && (img === 0 || img > 2) && !inFigure && !(c.link === 0 && c.text > 0 && rightAligned(info))) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if (c.embed === 1 && c.text < 75 || c.embed > 1) return true;
  if (isList && ld > 0.5) return true;
  return false;
}
function rightAligned(info) {
  const align = (info.el.getAttribute?.("align") ?? "").toLowerCase();
  return align === "right" || /text-align\s*:\s*right/i.test(info.el.getAttribute?.("style") ?? "");
}
var CODE_WRAPPERS = /* @__PURE__ */ new Set(["td", "tr", "tbody", "thead", "table", "figure", "pre", "code"]);
function codeShare(model, info) {
  let code = 0;
  let all = 0;
  for (let i = info.firstLine; i < info.lastLine; i++) {
    const l = model.lines[i];
    all += l.text.length;
    if (l.block.tag === "pre" || insideTag(l.block, "pre", 3)) code += l.text.length;
  }
  return all ? code / all : 0;
}
function listTextShare(model, info) {
  let inLi = 0;
  let all = 0;
  for (let i = info.firstLine; i < info.lastLine; i++) {
    const l = model.lines[i];
    all += l.text.length;
    if (l.block.tag === "li" || insideTag(l.block, "li", 4)) inLi += l.text.length;
  }
  return all ? inLi / all : 0;
}
function isDataTable(model, info) {
  const el = info.el;
  const role = info.role;
  if (role === "presentation") return false;
  if (el.getAttribute?.("datatable") === "0") return false;
  if (el.getAttribute?.("summary")) return true;
  let rows = 0;
  let cols = 0;
  let nested = false;
  for (let k = info.order + 1; k <= info.end && k < info.order + 2e3; k++) {
    const d = model.infos[k];
    if (d.tag === "caption" || d.tag === "thead" || d.tag === "tfoot" || d.tag === "th" || d.tag === "colgroup") return true;
    if (d.tag === "table") nested = true;
    if (d.tag === "tr") {
      rows++;
      let c = 0;
      for (let q = d.order + 1; q <= d.end; q++) if (model.infos[q].parent === d) c++;
      cols = Math.max(cols, c);
    }
  }
  if (nested) return false;
  if (rows === 1 || cols === 1) return false;
  if (rows >= 10 || cols > 4) return true;
  return rows * cols > 10;
}
function insideTableOrCode(info) {
  for (let a = info.parent, n = 0; a && n < 30; a = a.parent, n++) if (a.tag === "table" || a.tag === "code") return true;
  return false;
}
function insideTag(info, tag, max) {
  for (let a = info.parent, n = 0; a && n < max; a = a.parent, n++) if (a.tag === tag) return true;
  return false;
}
function elementChildren(model, info) {
  const out = [];
  for (let k = info.order + 1; k <= info.end; ) {
    const c = model.infos[k];
    out.push(c);
    k = c.end + 1;
  }
  return out;
}
function classOf(info) {
  return (info.el.getAttribute?.("class") ?? "").trim();
}
function commonParent(parts) {
  return parts[0]?.parent ?? null;
}
function countCommas(s) {
  const m = s.match(/[,，、،]/g);
  return m ? m.length : 0;
}
function similarity(a, b) {
  const ta = new Set(a.split(" ").filter(Boolean));
  const tb = b.split(" ").filter(Boolean);
  if (!ta.size || !tb.length) return 0;
  const union = /* @__PURE__ */ new Set([...ta, ...tb]);
  let shared = 0;
  for (const t of new Set(tb)) if (ta.has(t)) shared++;
  return shared / union.size;
}
function makeIntervalTest(list) {
  if (!list.length) return () => false;
  const sorted = [...list].sort((a, b) => a.order - b.order);
  const merged = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.order <= last[1]) last[1] = Math.max(last[1], s.end);
    else merged.push([s.order, s.end]);
  }
  return (info) => {
    let lo = 0;
    let hi = merged.length - 1;
    const o = info.order;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const [a, b] = merged[mid];
      if (o < a) hi = mid - 1;
      else if (o > b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

// utils/extract/metadata.ts
var ARTICLE_TYPES = /(article|posting|^report|^webpage|^itempage|^creativework|^medicalwebpage|^pressrelease|^howto|^recipe|^videoobject|^review|^newsarticle|^blog)$/;
var MAX_JSONLD = 1e6;
function readMetadata(doc, head) {
  const h = head ?? {
    metas: queryAll(doc, "meta"),
    links: queryAll(doc, "link[rel]"),
    jsonScripts: queryAll(doc, "script[type]"),
    titleEl: queryAll(doc, "title")[0] ?? null
  };
  const meta = /* @__PURE__ */ new Map();
  for (const m of h.metas) {
    const content = attr(m, "content") || attr(m, "value");
    if (!content) continue;
    for (const key of [attr(m, "property"), attr(m, "name"), attr(m, "itemprop"), attr(m, "http-equiv")].join(" ").toLowerCase().split(/\s+/)) {
      if (!key) continue;
      const list = meta.get(key);
      if (list) list.push(content);
      else meta.set(key, [content]);
    }
  }
  const { article, siteNames } = readJsonLd(h.jsonScripts);
  let canonical = null;
  for (const l of h.links) {
    if (/(^|\s)canonical(\s|$)/i.test(attr(l, "rel")) && attr(l, "href")) {
      canonical = attr(l, "href").trim();
      break;
    }
  }
  if (!canonical) canonical = meta.get("og:url")?.[0]?.trim() || null;
  const html = doc.documentElement;
  const lang = attr(html, "lang") || attr(html, "xml:lang") || meta.get("content-language")?.[0] || meta.get("og:locale")?.[0] || meta.get("language")?.[0] || article?.inLanguage || "";
  const titleEl = h.titleEl;
  return {
    meta,
    jsonLd: article,
    jsonLdSiteNames: siteNames,
    canonical,
    lang: normaliseLang(lang),
    langTag: lang.trim(),
    titleTag: titleEl ? cleanText(rawText(titleEl, 2e3)) : ""
  };
}
function normaliseLang(raw) {
  const m = /^\s*([a-z]{2,3})(?![a-z])/i.exec(raw ?? "");
  return m ? m[1].toLowerCase() : "";
}
function metaValue(md, keys) {
  for (const k of keys) {
    const v = md.meta.get(k)?.find((x) => x.trim());
    if (v) return { key: k, value: v.trim() };
  }
  return null;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    const fixed = text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, "").replace(/^\s*<!--|-->\s*$/g, "").replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1");
    try {
      return JSON.parse(fixed);
    } catch {
      return null;
    }
  }
}
function typesOf(o) {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x) => typeof x === "string").map((x) => x.replace(/^.*[/#:]/, "").toLowerCase());
}
function str(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") {
    const o = v;
    return str(o["@value"] ?? o.name ?? "");
  }
  return "";
}
function namesOf(v, depth = 0) {
  if (depth > 3 || v == null) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, depth + 1));
  if (typeof v === "object") {
    const o = v;
    const name = str(o.name) || [str(o.givenName), str(o.familyName)].filter(Boolean).join(" ");
    return name ? [name] : [];
  }
  return [];
}
function collectObjects(v, out, depth = 0) {
  if (depth > 6 || out.length > 200 || v == null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) collectObjects(x, out, depth + 1);
    return;
  }
  const o = v;
  out.push(o);
  if (o["@graph"]) collectObjects(o["@graph"], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === "object") collectObjects(o.mainEntity, out, depth + 1);
}
function readJsonLd(scripts) {
  const objects = [];
  for (const s of scripts) {
    if (!/ld\+json/i.test(attr(s, "type"))) continue;
    const text = rawText(s, MAX_JSONLD);
    if (!text.trim()) continue;
    collectObjects(parseJson(text), objects);
  }
  const siteNames = [];
  let best = null;
  for (const o2 of objects) {
    const types = typesOf(o2);
    if (types.includes("website") || types.includes("organization") || types.includes("newsmediaorganization")) {
      const n = str(o2.name);
      if (n) siteNames.push(cleanText(n));
    }
    const type = types.find((t) => ARTICLE_TYPES.test(t));
    if (!type) continue;
    const rank = (/article|posting|report|pressrelease|review/.test(type) ? 4 : 0) + (o2.datePublished ? 2 : 0) + (o2.headline ? 1 : 0) + (o2.author ? 1 : 0);
    if (!best || rank > best.rank) best = { o: o2, type, rank };
  }
  if (!best) return { article: null, siteNames };
  const o = best.o;
  const pub = o.publisher;
  return {
    article: {
      type: best.type,
      headline: cleanText(str(o.headline) || (best.rank >= 4 ? str(o.name) : "")),
      datePublished: str(o.datePublished) || str(o.dateCreated) || str(o.uploadDate),
      dateModified: str(o.dateModified),
      authors: namesOf(o.author ?? o.creator).map(cleanText).filter(Boolean),
      publisher: cleanText(pub && typeof pub === "object" ? str(pub.name) : str(pub)),
      inLanguage: str(o.inLanguage),
      url: str(o.url) || str(o.mainEntityOfPage?.["@id"])
    },
    siteNames
  };
}

// utils/extract/byline.ts
var BYLINE_CLASS = /byline|by-line|\bauthor|writer|reporter|journalist|contributor|dateline|tacgia|tac-gia|article-meta|post-meta|entry-meta|meta-author|\bby\b|creator|signature/;
var BY_PREFIX = /^(?:(?:written|reported|posted|story|text|words|photos?|video|interview)\s+)?(?:by|von|par|por|di|door|av|af|przez|tác giả|tac gia|bài và ảnh|bài, ảnh|bài|tin|(?:autor(?:in|en)?|authors?|verfasser(?:in)?|auteur|autore)(?=\s*[:：]))\s*[:：]?\s+/i;
var NOT_NAME = /^(?:home|news|admin|administrator|editor|staff|staff writer|guest|anonymous|unknown|null|undefined|team|redaktion|redaction|rédaction|editorial|the editors|newsroom|correspondent|reporter|contributor|author|by|posted|published|updated|share|follow|view all|more|subscribe|comments?)$/i;
var NAME_SPLIT = /\s*(?:,|;|\s&\s(?=\S{4,})|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s+og\s+|\s+och\s+|\s+i\s+|\s+và\s+|\s+\|\s+|\s+\/\s+|\n)\s*/i;
function splitNames(raw) {
  let s = cleanText(raw).replace(BY_PREFIX, "");
  const lastFirst = /^([\p{Lu}][\p{L}'’-]+),\s+([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})$/u.exec(s);
  if (lastFirst && !/\s(?:and|und|et|y|và)\s/i.test(s)) return [s];
  s = s.replace(/\s*(?:\||•|·|—|–)\s*(?:updated|published|posted|\d|[^|•·—–]*\b\d{4}\b).*$/i, "");
  s = s.replace(/\s+(?:updated|published|posted|on)\s+(?:\w+\s+)?\d.*$/i, "");
  s = s.replace(/\s*\(?[\w.+-]+@[\w-]+\.[\w.]+\)?/g, " ");
  s = s.replace(/https?:\/\/\S+/g, " ");
  s = s.replace(/\s+(?:illustrations?|fotos?|photos?|photography|bilder?|grafiken?|videos?|edited|additional reporting|mitarbeit|ảnh)\s*(?:von|by|:)\s+.*$/i, "");
  const out = [];
  for (let part of s.split(NAME_SPLIT)) {
    part = part.replace(/^[\s:,.\-–—|·•/]+|[\s:,\-–—|·•/]+$/g, "").replace(BY_PREFIX, "").trim();
    if (!part || part.length > 60 || part.length < 2) continue;
    if (NOT_NAME.test(part)) continue;
    if (/\d{3,}/.test(part)) continue;
    if (/^(?:staff|senior|chief|editor|correspondent|reporter|photographer|contributing|special|associated press|reuters|afp|dpa|apa)\b/i.test(part) && out.length) continue;
    if (part.split(/\s+/).length > 6) continue;
    if (!out.some((o) => looseKey(o) === looseKey(part))) out.push(part);
  }
  return out.slice(0, 10);
}
function findByline(model, md, titleLine, bodyStart, siteNames) {
  const clean = (names2) => names2.filter((n) => !/^https?:/.test(n) && !/^@/.test(n) && !/^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/i.test(n));
  const dom = domByline(model, titleLine, bodyStart);
  const domNames = dom ? clean(splitNames(dom.text)) : [];
  const sites = new Set(siteNames.map(compactName).filter((k) => k.length >= 2));
  const weak = (names2) => names2.every((n) => /^[\p{Ll}\d._-]+$/u.test(n) || /^[^\s]*[._][^\s]*$/.test(n) || sites.has(compactName(n)));
  const domPeople = domNames.length > 0 && domNames.every((n) => looksLikeName(n) && n.includes(" ") && !sites.has(compactName(n)));
  const fromMeta = (names2, source, confidence) => {
    if (dom && domPeople && weak(names2)) return { authors: domNames, text: dom.text, element: dom.element, lines: dom.lines, source: "byline", confidence: 0.7 };
    return { authors: names2, text: dom?.text ?? "", element: dom?.element ?? null, lines: dom?.lines ?? [], source, confidence };
  };
  if (md.jsonLd?.authors.length) {
    const names2 = clean(md.jsonLd.authors.flatMap(splitNames));
    if (names2.length) return fromMeta(names2, "json-ld", 0.9);
  }
  const m = metaValue(md, ["dc:creator", "dc.creator", "dcterms.creator", "dcterm:creator", "author", "article:author", "parsely-author", "sailthru.author", "byl", "citation_author", "og:article:author", "book:author", "creator"]);
  if (m && !/^https?:\/\//.test(m.value)) {
    const all = (md.meta.get(m.key) ?? [m.value]).slice(0, 10);
    const names2 = clean(all.flatMap(splitNames));
    if (names2.length) return fromMeta(names2, `meta:${m.key}`, 0.8);
  }
  if (dom && domNames.length) return { authors: domNames, text: dom.text, element: dom.element, lines: dom.lines, source: "byline", confidence: 0.7 };
  return { authors: [], text: "", element: null, lines: [], source: "none", confidence: 0 };
}
function compactName(s) {
  return looseKey(s).replace(/ /g, "");
}
var INLINE_TAGS = /* @__PURE__ */ new Set(["span", "a", "b", "strong", "em", "i", "small", "address", "cite", "font", "u", "p", "div"]);
var HAS_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{4}\b|\d{1,2}:\d{2}/;
var AUTHOR_LABEL = /^(?:autor(?:in|en)?|authors?|verfasser(?:in)?|auteur|autore|tác giả)\s*[:：]\s*(.{0,80})$/i;
var AUTHOR_HREF = /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|creator|tac-gia)\/(?:[^/?#]+\/)?[^/?#]+\/?(?:[?#].*)?$/i;
var BY_START = /^(?:(?:written|reported|posted|words|text|story|edited)\s+)?(?:by|von|par|por|door|di|av|af|przez)\s/i;
function isTaxonomyLink(el) {
  return tagOf(el) === "a" && (/(^|\s)(category|tag)(\s|$)/i.test(attr(el, "rel")) || /\/(?:category|categories|tag|tags|kategorie|thema|chu-de)\//i.test(attr(el, "href")));
}
var TRAILING_CONNECTOR = /\s+(?:in|im|unter|dans|en|under|filed under|trong|tại)\s*[:,]?\s*$/i;
function domByline(model, titleLine, bodyStart) {
  const anchor = titleLine?.index ?? bodyStart;
  const lo = Math.max(0, anchor - 8);
  const hi = Math.max(anchor, bodyStart) + 12;
  const near = (info) => info.firstLine >= lo && info.firstLine <= hi;
  const widen = (info) => {
    let best = info.el;
    let p = info.el.parentElement;
    for (let n = 0; p && n < 3; p = p.parentElement, n++) {
      const tag = tagOf(p);
      const cls = attr(p, "class").toLowerCase();
      if (!INLINE_TAGS.has(tag) && !(cls && BYLINE_CLASS.test(cls))) break;
      const t = cleanText(spacedText(p));
      if (t.length > 120 || HAS_DATE.test(t)) break;
      if (BY_START.test(t) || /byline|by-line/.test(cls)) best = p;
    }
    return { el: best, info };
  };
  const result = (w) => ({
    // `Posted by DT in <a rel=category>Diary</a>`: the category is not part of the name
    text: cleanText(spacedText(w.el, 2e3, isTaxonomyLink)).replace(TRAILING_CONNECTOR, ""),
    element: w.el,
    lines: model.lines.slice(w.info.firstLine, Math.min(w.info.lastLine, w.info.firstLine + 3))
  });
  for (let a = titleLine?.block ?? null, n = 0; a && n < 5 && a.tag !== "body"; a = a.parent, n++) {
    const v = cleanText(attr(a.el, "data-author"));
    if (v && /^[\p{L}][\p{L}\d _.'’-]{1,59}$/u.test(v) && !NOT_NAME.test(v)) return { text: v, element: a.el, lines: [] };
  }
  const inComments = (info) => {
    if (!titleLine) return false;
    for (let a = info.parent, n = 0; a && n < 12; a = a.parent, n++) {
      if (contains(a, titleLine.block)) return false;
      if (a.cid && /comment/.test(a.cid)) return true;
    }
    return false;
  };
  const explicit = [];
  const named = [];
  const archive = [];
  for (const info of model.infos) {
    const isAuthor = /(^|\s)(author|creator)(\s|$)/.test(info.prop) || info.tag === "a" && /(^|\s)author(\s|$)/i.test(attr(info.el, "rel"));
    if (isAuthor) explicit.push(info);
    else if (info.tag === "a" && near(info) && AUTHOR_HREF.test(attr(info.el, "href")) && !inComments(info)) archive.push(info);
    else if (info.cid && BYLINE_CLASS.test(info.cid) && !/comment|avatar|bio|related|widget|menu/.test(info.cid) && near(info) && !inComments(info)) named.push(info);
  }
  const fromExplicit = (info) => {
    const w = widen(info);
    const nameInfo = model.infos.slice(info.order + 1, info.end + 1).find((d) => /(^|\s)name(\s|$)/.test(d.prop));
    const nameMeta = nameInfo ? null : model.metas.find((m) => /(^|\s)name(\s|$)/i.test(attr(m, "itemprop")) && info.el.contains(m));
    const meta = nameInfo ? attr(nameInfo.el, "content") : nameMeta ? attr(nameMeta, "content") : attr(info.el, "content");
    if (w.el === info.el && meta) return { text: cleanText(meta), element: info.el, lines: [] };
    const r = result(w);
    return r.text && r.text.length <= 120 && splitNames(r.text).length ? r : null;
  };
  for (const info of explicit) {
    if (titleLine && (!near(info) || inComments(info))) continue;
    const r = fromExplicit(info);
    if (r) return r;
  }
  if (archive.length) {
    const first = archive[0];
    let box = first;
    for (let a = first.parent, n = 0; a && n < 3; a = a.parent, n++) {
      box = a;
      if (a.tag !== "li" && (!INLINE_TAGS.has(a.tag) || a.tag === "p" || a.tag === "div")) break;
    }
    const links = archive.filter((x) => contains(box, x));
    const names2 = links.map((x) => cleanText(spacedText(x.el, 200))).filter((t) => t && t.length <= 60);
    if (names2.length && names2.every((n) => looksLikeName(n) || /^[\p{L}\d][\p{L}\d_.-]{1,39}$/u.test(n))) {
      return { text: names2.join(", "), element: box.el, lines: model.lines.slice(first.firstLine, Math.min(first.lastLine, first.firstLine + 1)) };
    }
  }
  for (const info of named) {
    const w = widen(info);
    const r = result(w);
    if (!r.text || r.text.length > 120 || HAS_DATE.test(r.text)) continue;
    const names2 = splitNames(r.text);
    const exact = /(^|\s)(author|fn|p-author|author-name|byline-name)(\s|$)/.test(info.cid);
    if (names2.length && names2.every((n) => looksLikeName(n) || exact && /^[\p{L}\d][\p{L}\d_.-]{1,39}$/u.test(n))) return r;
  }
  for (let i = lo; i < Math.min(model.lines.length, hi); i++) {
    const l = model.lines[i];
    if (l.text.length > 100) continue;
    if (BY_START.test(l.text) && /\p{Lu}/u.test(l.text.replace(BY_PREFIX, ""))) {
      const names2 = splitNames(l.text.replace(/^(?:written|reported|posted|words|text|story|edited)\s+/i, ""));
      if (names2.length && names2.every(looksLikeName)) return { text: l.text, element: l.block.el, lines: [l] };
    }
    const label = AUTHOR_LABEL.exec(l.text);
    if (label) {
      const next = model.lines[i + 1];
      const own = label[1].trim();
      const used = own ? [l] : next && next.text.length <= 80 ? [l, next] : [];
      const names2 = splitNames(own || (used.length ? next.text : ""));
      if (names2.length && names2.every(looksLikeName)) return { text: used.map((x) => x.text).join(" "), element: l.block.el, lines: used };
    }
  }
  for (const info of explicit) {
    if (!titleLine || near(info) || insideOther(info, titleLine.block)) continue;
    const r = fromExplicit(info);
    if (r) return r;
  }
  return null;
}
function insideOther(info, titleBlock) {
  for (let a = info, n = 0; a && n < 12; a = a.parent, n++) {
    if (contains(a, titleBlock)) return false;
    if (a.tag === "li" || a.cid && /comment|related|recommend|teaser|card|sidebar|footer|widget/.test(a.cid)) return true;
  }
  return false;
}
function looksLikeName(n) {
  if (/\d/.test(n) || n.length > 50) return false;
  const words = n.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}@]/u.test(w) || /^(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|y|dos|das)$/i.test(w));
}

// utils/extract/dates.ts
var MAX_INPUT = 2e4;
var MONTHS = {};
var addMonths = (names2) => names2.forEach((alts, i) => alts.forEach((n) => MONTHS[n] = i + 1));
addMonths([
  ["january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "stycznia", "ocak"],
  ["february", "feb", "februar", "fevrier", "fevr", "fev", "febrero", "febbraio", "fevereiro", "februari", "lutego", "subat"],
  ["march", "mar", "marz", "maerz", "mars", "marzo", "marco", "maart", "marca", "mart"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "nisan"],
  ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "mayis"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwca", "haziran"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "temmuz"],
  ["august", "aug", "aout", "agosto", "ago", "augustus", "sierpnia", "agustos"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesnia", "eylul"],
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "pazdziernika", "ekim"],
  ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "kasim"],
  ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "aralik"]
]);
var MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
var VI_MONTH_WORDS = {
  "muoi mot": 11,
  "muoi hai": 12,
  mot: 1,
  gieng: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  chap: 12
};
var VI_MONTH_ALT = "muoi mot|muoi hai|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi";
var RE_ISO = /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/g;
var RE_YMD = /(?<![\d./-])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/])/g;
var RE_DMY = /(?<![\d/.,-])(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/]|[.,]\d)/g;
var RE_DMY_WORDS = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|\xBA)?\\s{0,3}(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s{0,3}(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])`,
  "gu"
);
var RE_MDY_WORDS = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,3},\\s{0,3}|\\s{1,3})(\\d{4})(?![\\d])`,
  "gu"
);
var RE_VI_WORDS = new RegExp(
  // `10 tháng năm 2024` is "the ten months of 2024": the month word `năm` needs its own `năm` or a comma before the year
  `(?<![\\p{L}])(?:ngay\\s{1,3})?(\\d{1,2})\\s{1,3}thang\\s{1,3}(\\d{1,2}|${VI_MONTH_ALT.replace(/\|nam\|/, "|nam(?!\\s{1,3}\\d)|")})(?:\\s{0,3},\\s{0,3}|\\s{1,3})(?:nam\\s{1,3})?(\\d{4})(?![\\d])`,
  "gu"
);
var RE_VI_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}])thang\\s{1,3}(\\d{1,2}|${VI_MONTH_ALT})\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})(?![\\d])`,
  "gu"
);
var RE_VI_NO_YEAR = /(?<![\p{L}])(sang|chieu|toi|trua|dem|ngay|hom nay)\s{1,3}(?:ngay\s{1,3})?(\d{1,2})\s?([/.-])\s?(\d{1,2})(?![\d]|\s?[/.-]\s?\d)/gu;
var RE_VI_WORDS_NO_YEAR = /(?<![\p{L}])(sang|chieu|toi|trua|dem|ngay)\s{1,3}(?:ngay\s{1,3})?(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})(?![\d]|\s{0,3},?\s{0,3}(?:nam\s{1,3})?\d{2,4})/gu;
var RE_TIME = /(\d{1,2})(?:\s?(?::|h|gio)\s?|\.(?=\d\d(?!\.\d)))(\d{2})(?:\s?phút|\s?phut)?(?::(\d{2}))?'?(?:\s?(am|pm|a\.m\.|p\.m\.|sa|ch))?/iy;
var RE_ZONE = /\s{0,3}\(?\s{0,2}(?:(gmt|utc)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})(?![\d])|(z)(?![\p{L}])|(cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|bst|ict|jst|gmt|utc|et|pt|ct|mt)(?![\p{L}]))\s?\)?/iuy;
var ZONES = {
  cet: "+01:00",
  cest: "+02:00",
  est: "-05:00",
  edt: "-04:00",
  cst: "-06:00",
  cdt: "-05:00",
  pst: "-08:00",
  pdt: "-07:00",
  mst: "-07:00",
  mdt: "-06:00",
  bst: "+01:00",
  ict: "+07:00",
  jst: "+09:00",
  gmt: "+00:00",
  utc: "+00:00",
  z: "+00:00"
};
var BETWEEN_AFTER = /[\s,|\-–—/(•·]{0,6}(?:(?:luc|vao luc|at|um|a|a las|alle|om|kl\.?|-)\s{1,3})?/y;
var BETWEEN_BEFORE = /[\s,|\-–—/)(•·']{0,6}(?:ngay\s{1,3})?$/;
function foldSameLength(s) {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    let f = FOLD_CACHE.get(ch);
    if (f === void 0) {
      const base = stripDiacritics(ch).toLowerCase();
      const lower = ch.toLowerCase();
      f = base.length === 1 ? base : lower.length === 1 ? lower : " ";
      if (/[\u0300-\u036f]/.test(f)) f = " ";
      FOLD_CACHE.set(ch, f);
    }
    out += f;
  }
  return out;
}
var FOLD_CACHE = /* @__PURE__ */ new Map();
function daysInMonth(year, month) {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
var pad = (n, w = 2) => String(n).padStart(w, "0");
function expandYear(y) {
  const n = Number(y);
  if (y.length === 2) return n + (n < 70 ? 2e3 : 1900);
  return n;
}
function validDate(y, m, d, o) {
  const min = o.minYear ?? 1900;
  const max = o.maxYear ?? 2100;
  return y >= min && y <= max && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
var US_ZONES = { et: -5, ct: -6, mt: -7, pt: -8 };
function usDst(y, m, d) {
  const nthSunday = (month, n) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + (7 - first) % 7 + (n - 1) * 7;
  };
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  return m === 3 ? d >= nthSunday(3, 2) : d < nthSunday(11, 1);
}
function readZone(folded, at) {
  RE_ZONE.lastIndex = at;
  const z = RE_ZONE.exec(folded);
  if (!z) return null;
  if (z[1]) {
    const h = Number(z[3]);
    if (h > 14) return null;
    return { zone: `${z[2]}${pad(h)}:${z[4] ? pad(Number(z[4])) : "00"}`, end: RE_ZONE.lastIndex };
  }
  if (z[5]) return { zone: `${z[5]}${z[6]}:${z[7]}`, end: RE_ZONE.lastIndex };
  const abbr = (z[8] ?? z[9] ?? "").toLowerCase();
  if (US_ZONES[abbr] !== void 0) return { zone: "", end: RE_ZONE.lastIndex, us: US_ZONES[abbr] };
  return ZONES[abbr] ? { zone: ZONES[abbr], end: RE_ZONE.lastIndex } : null;
}
function readTimeAt(folded, at) {
  RE_TIME.lastIndex = at;
  const t = RE_TIME.exec(folded);
  if (!t) return null;
  let h = Number(t[1]);
  const m = Number(t[2]);
  const s = t[3] ? Number(t[3]) : 0;
  const ampm = t[4]?.replace(/\./g, "");
  if (ampm === "pm" || ampm === "ch") {
    if (h < 12) h += 12;
  } else if ((ampm === "am" || ampm === "sa") && h === 12) h = 0;
  if (h > 23 || m > 59 || s > 59) return null;
  const after = folded.charAt(RE_TIME.lastIndex);
  if (/\d/.test(after)) return null;
  let end = RE_TIME.lastIndex;
  const z = readZone(folded, end);
  let zone = null;
  if (z) {
    zone = z.zone || null;
    end = z.end;
  }
  return { h, m, s, zone, start: at, end, us: z?.us };
}
function timeAfter(folded, end) {
  BETWEEN_AFTER.lastIndex = end;
  const b = BETWEEN_AFTER.exec(folded);
  const at = b ? BETWEEN_AFTER.lastIndex : end;
  return readTimeAt(folded, at);
}
function timeBefore(folded, start) {
  const from = Math.max(0, start - 40);
  const head = folded.slice(from, start);
  const gap = BETWEEN_BEFORE.exec(head);
  const timeEnd = from + (gap ? gap.index : head.length);
  const win = folded.slice(Math.max(0, timeEnd - 24), timeEnd);
  const m = /(\d{1,2})\s?(?::|h|gio)\s?(\d{2})(?:\s?phut)?(?::(\d{2}))?'?(?:\s?(am|pm|a\.m\.|p\.m\.|sa|ch))?(?:\s{0,3}\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?)?$/.exec(win);
  if (!m) return null;
  const start0 = timeEnd - win.length + m.index;
  if (start0 > 0 && /[\d:]/.test(folded.charAt(start0 - 1))) return null;
  return readTimeAt(folded, start0);
}
function isoOf(y, mo, d, t, o) {
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!t) return { iso: date, zone: false };
  const time = `${pad(t.h)}:${pad(t.m)}:${pad(t.s)}`;
  if (t.us !== void 0) {
    const off = t.us + (usDst(y, mo, d) ? 1 : 0);
    return { iso: `${date}T${time}${off < 0 ? "-" : "+"}${pad(Math.abs(off))}:00`, zone: true };
  }
  if (t.zone) return { iso: `${date}T${time}${t.zone}`, zone: true };
  if (o.vietnamese) return { iso: `${date}T${time}+07:00`, zone: true };
  return { iso: `${date}T${time}`, zone: false };
}
function findDates(text, opts = {}) {
  if (!text) return [];
  const src = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  if (!/\d/.test(src)) return [];
  const hasYear = /\d\d/.test(src);
  if (!hasYear && !opts.defaultYear) return [];
  const folded = foldSameLength(src);
  const o = { dayFirst: true, ...opts };
  const found = [];
  const taken = [];
  const overlaps = (s, e) => taken.some(([a, b]) => s < b && e > a);
  const push = (start, end, y, mo, d, form, hasYear2, ownTime) => {
    if (!validDate(y, mo, d, o) || overlaps(start, end)) return;
    let t = ownTime;
    let s = start;
    let e = end;
    if (!t) {
      t = timeAfter(folded, end);
      if (t) e = t.end;
      else {
        t = timeBefore(folded, start);
        if (t) s = t.start;
      }
    }
    const { iso, zone } = isoOf(y, mo, d, t, o);
    taken.push([s, e]);
    found.push({ iso, text: src.slice(s, e).trim(), index: s, year: y, month: mo, day: d, hasTime: !!t, hasYear: hasYear2, hasZone: zone, form });
  };
  let m;
  const fourDigits = /\d{4}/.test(src);
  const letters = /[a-z]{3}/.test(folded);
  if (fourDigits) {
    RE_ISO.lastIndex = 0;
    while (m = RE_ISO.exec(folded)) {
      const hasT = m[4] !== void 0;
      let t = null;
      if (hasT) {
        const zraw = m[7];
        let zone = null;
        if (zraw === "z") zone = "+00:00";
        else if (zraw) zone = zraw.length === 3 ? `${zraw}:00` : zraw.includes(":") ? zraw : `${zraw.slice(0, 3)}:${zraw.slice(3)}`;
        const h = Number(m[4]);
        const mi = Number(m[5]);
        const se = m[6] ? Number(m[6]) : 0;
        if (h < 24 && mi < 60 && se < 60) t = { h, m: mi, s: se, zone, start: m.index, end: m.index + m[0].length };
      }
      push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), "iso", true, t);
    }
    RE_YMD.lastIndex = 0;
    while (m = RE_YMD.exec(folded)) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), "numeric", true, null);
    RE_VI_WORDS.lastIndex = 0;
    while (m = RE_VI_WORDS.exec(folded)) {
      const mo = /^\d/.test(m[2]) ? Number(m[2]) : VI_MONTH_WORDS[m[2]] ?? 0;
      push(m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[1]), "words", true, null);
    }
    RE_VI_MONTH_FIRST.lastIndex = 0;
    while (m = RE_VI_MONTH_FIRST.exec(folded)) {
      const mo = /^\d/.test(m[1]) ? Number(m[1]) : VI_MONTH_WORDS[m[1]] ?? 0;
      push(m.index, m.index + m[0].length, Number(m[3]), mo, Number(m[2]), "words", true, null);
    }
    if (letters) {
      RE_DMY_WORDS.lastIndex = 0;
      while (m = RE_DMY_WORDS.exec(folded)) push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[2]], Number(m[1]), "words", true, null);
      RE_MDY_WORDS.lastIndex = 0;
      while (m = RE_MDY_WORDS.exec(folded)) push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[1]], Number(m[2]), "words", true, null);
    }
  }
  RE_DMY.lastIndex = 0;
  while (m = RE_DMY.exec(folded)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = expandYear(m[4]);
    if (m[4].length === 2 && m[2] === "-") continue;
    let day = a;
    let mo = b;
    if (a <= 12 && b > 12) [day, mo] = [b, a];
    else if (a <= 12 && b <= 12 && o.dayFirst === false && m[2] !== ".") [day, mo] = [b, a];
    push(m.index, m.index + m[0].length, y, mo, day, "numeric", true, null);
  }
  if (o.defaultYear) {
    const y0 = o.defaultYear;
    RE_VI_NO_YEAR.lastIndex = 0;
    while (m = RE_VI_NO_YEAR.exec(folded)) {
      const start = m.index;
      push(start, start + m[0].length, y0, Number(m[4]), Number(m[2]), "numeric", false, null);
    }
    RE_VI_WORDS_NO_YEAR.lastIndex = 0;
    while (m = RE_VI_WORDS_NO_YEAR.exec(folded)) push(m.index, m.index + m[0].length, y0, Number(m[3]), Number(m[2]), "words", false, null);
  }
  return found.sort((a, b) => a.index - b.index);
}
function parseMachineDate(value, opts = {}) {
  const v = value.trim().slice(0, 200);
  if (!v) return null;
  const compact2 = /^(\d{4})(\d{2})(\d{2})(?:t?(\d{2})(\d{2})(\d{2})?)?/i.exec(v);
  if (compact2) {
    const [y, mo, d] = [Number(compact2[1]), Number(compact2[2]), Number(compact2[3])];
    if (validDate(y, mo, d, { minYear: 1900, ...opts })) {
      const t = compact2[4] ? { h: Number(compact2[4]), m: Number(compact2[5]), s: Number(compact2[6] ?? 0), zone: null, start: 0, end: 0 } : null;
      const { iso, zone } = isoOf(y, mo, d, t && t.h < 24 && t.m < 60 ? t : null, opts);
      return { iso, text: value.trim(), index: 0, year: y, month: mo, day: d, hasTime: !!t, hasYear: true, hasZone: zone, form: "iso" };
    }
  }
  const all = findDates(v, { dayFirst: opts.dayFirst ?? false, ...opts });
  const first = all[0];
  return first ? { ...first, text: value.trim() } : null;
}
function utcToVietnamTime(iso) {
  return utcAtOffset(iso, 7 * 60);
}
var UTC_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]00:?00)$/;
var ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?([+-])(\d{2}):?(\d{2})$/;
function publisherTime(iso, candidates2, dayFirst) {
  const m = UTC_INSTANT.exec(iso);
  if (!m) return null;
  const t = Date.parse(`${m[1]}Z`);
  if (!Number.isFinite(t)) return null;
  for (const c of candidates2) {
    const z = ZONED.exec(c.iso);
    if (!z || c.score < 0.8 || Math.abs(Date.parse(c.iso) - t) >= 6e4) continue;
    const offset = (z[1] === "-" ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
    if (offset !== 0 && Math.abs(offset) <= 14 * 60) return { iso: utcAtOffset(iso, offset), offset };
  }
  const shown = shownDays(candidates2, t, dayFirst);
  const days = new Set(shown.map((s) => s.day));
  if (days.size !== 1 || days.has(m[1].slice(0, 10))) return null;
  const [day] = days;
  const dayAt = (minutes) => new Date(t + minutes * 6e4).toISOString().slice(0, 10);
  for (const s of shown) {
    if (!s.time) continue;
    const diff = (Date.parse(`${day}T${s.time}:00Z`) - t) / 6e4;
    const quarter = Math.round(diff / 15) * 15;
    if (Math.abs(diff - quarter) < 1 && quarter >= -12 * 60 && quarter <= 14 * 60 && dayAt(quarter) === day) return { iso: utcAtOffset(iso, quarter), offset: quarter };
  }
  return dayAt(14 * 60) === day || dayAt(-12 * 60) === day ? { iso: day, offset: null } : null;
}
function shownDays(candidates2, at, dayFirst) {
  const out = [];
  for (const c of candidates2) {
    if (!c.text || /^\d{4}-\d\d-\d\d(?:[T ]|$)/.test(c.text)) continue;
    let shown = null;
    if (c.source.startsWith("text:") && c.score >= 0.8) shown = c.iso;
    else if ((c.source === "time" || c.source === "time[pubdate]" || c.source.startsWith("itemprop")) && Math.abs(Date.parse(c.iso) - at) < 6e4) {
      shown = findDates(c.text, { dayFirst })[0]?.iso ?? null;
    }
    if (shown) out.push({ day: shown.slice(0, 10), time: /T(\d{2}:\d{2})/.exec(shown)?.[1] ?? null });
  }
  return out;
}
function utcAtOffset(iso, offsetMinutes) {
  const m = UTC_INSTANT.exec(iso);
  if (!m) return iso;
  const t = Date.parse(`${m[1]}Z`);
  if (!Number.isFinite(t)) return iso;
  const local = new Date(t + offsetMinutes * 6e4).toISOString().slice(0, 19);
  const a = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

// utils/extract/page-tools.ts
var NETWORK = "(?:facebook|zalo|twitter|x|email|e-mail|linkedin|messenger|telegram|whatsapp|pinterest|reddit|mastodon|bluesky|threads|tumblr|viber|google\\+?)";
var N = "\\d[\\d.,]*";
var SEGMENT = new RegExp(
  "^(?:" + [
    // counters
    `(?:t\u1ED5ng\\s+)?(?:s\u1ED1\\s+)?(?:l\u01B0\u1EE3t|l\u1EA7n)\\s+(?:xem|\u0111\u1ECDc|truy c\u1EADp|t\u1EA3i(?:\\s+v\u1EC1)?|in|th\xEDch|nghe|chia s\u1EBB|b\xECnh lu\u1EADn)\\s*[:\uFF1A]?\\s*${N}(?:\\s*l\u01B0\u1EE3t|\\s*l\u1EA7n)?`,
    `(?:\u0111\xE3\\s+)?(?:xem|\u0111\u1ECDc|truy c\u1EADp)\\s*[:\uFF1A]\\s*${N}(?:\\s*(?:l\u01B0\u1EE3t|l\u1EA7n))?`,
    `${N}\\s*(?:l\u01B0\u1EE3t\\s+(?:xem|\u0111\u1ECDc|truy c\u1EADp|th\xEDch|chia s\u1EBB|t\u1EA3i|b\xECnh lu\u1EADn)|l\u1EA7n\\s+(?:xem|\u0111\u1ECDc)|views?|reads?|hits?|b\xECnh lu\u1EADn|comments?|likes?|shares?)`,
    `(?:views?|hits?|reads?|page views?)\\s*[:\uFF1A]\\s*${N}`,
    // the site's visitor widget (`Đang truy cập: 12 | Hôm nay: 345 | Tổng lượt truy cập: 1.234.567`)
    `(?:\u0111ang\\s+(?:truy c\u1EADp|online|tr\u1EF1c tuy\u1EBFn|xem)|tr\u1EF1c tuy\u1EBFn|online|h\xF4m nay|h\xF4m qua|tu\u1EA7n n\xE0y|th\xE1ng n\xE0y|n\u0103m nay|t\u1EA5t c\u1EA3|t\u1ED5ng(?:\\s+s\u1ED1)?(?:\\s+l\u01B0\u1EE3t)?(?:\\s+truy c\u1EADp)?|(?:s\u1ED1\\s+)?tin \u0111\xE3 \u0111\u0103ng|tin trong ng\xE0y|kh\xE1ch|th\xE0nh vi\xEAn|visitors?|online now)\\s*[:\uFF1A]\\s*${N}`,
    // ratings
    `(?:\u0111\xE1nh gi\xE1|b\xECnh ch\u1ECDn|ch\u1EA5m \u0111i\u1EC3m)(?:\\s+(?:b\xE0i vi\u1EBFt|b\xE0i|tin|tin b\xE0i|b\xE0i n\xE0y|tin n\xE0y))?\\s*[:\uFF1A]?\\s*[\u2605\u2606\u2729\u272D\u2730\u2B50\\s]*(?:\\(?\\s*${N}(?:\\s*\\/\\s*${N})?\\s*(?:l\u01B0\u1EE3t\\s+)?(?:\u0111\xE1nh gi\xE1|b\xECnh ch\u1ECDn|\u0111i\u1EC3m|sao)?\\s*\\)?)?`,
    `t\u1ED5ng\\s+s\u1ED1\\s+\u0111i\u1EC3m(?:\\s+(?:c\u1EE7a\\s+)?(?:b\xE0i vi\u1EBFt|b\xE0i|tin))?(?:\\s+l\xE0)?\\s*[:\uFF1A]?\\s*${N}(?:\\s*trong\\s*${N}\\s*(?:l\u01B0\u1EE3t\\s+)?(?:\u0111\xE1nh gi\xE1|b\xECnh ch\u1ECDn))?`,
    `(?:click|nh\u1EA5n|b\u1EA5m|nh\u1EA5p)(?:\\s+(?:v\xE0o|chu\u1ED9t))?(?:\\s+(?:\u0111\xE2y|\u0111\u1EC3))*\\s+(?:\u0111\xE1nh gi\xE1|b\xECnh ch\u1ECDn)(?:\\s+(?:b\xE0i vi\u1EBFt|b\xE0i|tin))?`,
    `\\(?\\s*${N}\\s*(?:l\u01B0\u1EE3t\\s+)?(?:\u0111\xE1nh gi\xE1|b\xECnh ch\u1ECDn|votes?|ratings?)\\s*\\)?`,
    `(?:rate this(?: article| post| page)?|rating\\s*[:\uFF1A]?\\s*${N}(?:\\s*\\/\\s*${N})?)`,
    "[\u2605\u2606\u2729\u272D\u2730\u2B50]+",
    // print, send, save, share, back
    "(?:in|b\u1EA3n in|in b\xE0i(?: vi\u1EBFt)?|in trang|in tin|in v\u0103n b\u1EA3n|print(?: this)?(?: article| page)?)",
    "(?:g\u1EEDi|g\u1EDFi)(?:\\s+(?:email|e-mail|mail|b\xE0i(?: vi\u1EBFt)?|tin(?: b\xE0i)?|cho b\u1EA1n(?: b\xE8)?|b\u1EA1n b\xE8))+",
    "(?:l\u01B0u(?:\\s+(?:b\xE0i(?: vi\u1EBFt)?|tin|l\u1EA1i))?|t\u1EA3i v\u1EC1|download|save)",
    `(?:chia s\u1EBB|share)(?:\\s+(?:b\xE0i vi\u1EBFt|b\xE0i|tin|this(?: article| page| story)?|qua|l\xEAn|tr\xEAn|on|via))*\\s*[:\uFF1A]?(?:\\s*${NETWORK}(?:\\s*[,;]?\\s*${NETWORK})*)?`,
    NETWORK,
    "tweet",
    "(?:quay\\s+(?:l\u1EA1i|v\u1EC1)|tr\u1EDF\\s+(?:v\u1EC1|l\u1EA1i)|(?:v\u1EC1|l\xEAn)?\\s*\u0111\u1EA7u trang|back(?: to top)?|top)",
    "(?:g\xF3p \xFD|ph\u1EA3n h\u1ED3i|b\xECnh lu\u1EADn|\xFD ki\u1EBFn(?: b\u1EA1n \u0111\u1ECDc)?|comments?)",
    "(?:xem v\u1EDBi\\s+)?c\u1EE1 ch\u1EEF.*|font size\\b.*|a-?\\s*a\\+?(?:\\s*a\\+?)?",
    "(?:copy link|sao ch\xE9p li\xEAn k\u1EBFt|link copied|\u0111\xE3 sao ch\xE9p)",
    "listen to (?:this )?article.*|nghe (?:b\xE0i vi\u1EBFt|\u0111\u1ECDc b\xE0i)",
    "(?:advertisement|anzeige|publicit\xE9|werbung|qu\u1EA3ng c\xE1o)"
  ].join("|") + ")$",
  "iu"
);
var START = /^(?:[\d(★☆✩✭✰⭐]|(?:tổng|số|lượt|lần|đã|xem|đọc|truy|views?|hits?|reads?|page|đang|trực|online|hôm|tuần|tháng|năm|tất|tin|khách|thành|visitors?|đánh|bình|chấm|click|nhấn|bấm|nhấp|rate|rating|in|bản|print|gửi|gởi|lưu|tải|download|save|chia|share|facebook|zalo|twitter|x|email|e-mail|linkedin|messenger|telegram|whatsapp|pinterest|reddit|mastodon|bluesky|threads|tumblr|viber|google|tweet|quay|trở|về|lên|đầu|back|top|góp|phản|ý|comments?|cỡ|font|a|copy|sao|link|listen|nghe|advertisement|anzeige|publicité|werbung|quảng)(?![\p{L}\p{M}]))/iu;
var SEPARATOR = /\s*[|•·]\s*|\t|\s{3,}|\s+[-–—/]\s+/u;
function isToolLine(text) {
  const t = text.trim();
  if (!t || t.length > 200 || !START.test(t) || !/[\p{L}★☆✩✭✰⭐]/u.test(t)) return false;
  if (SEGMENT.test(t)) return true;
  const parts = t.split(SEPARATOR).filter((p) => p && /[\p{L}\p{N}★☆✩✭✰⭐]/u.test(p));
  return parts.length > 0 && parts.every((p) => SEGMENT.test(p.trim()) || isToolRun(p.trim()));
}
var RUN_WORD = /^(?!(?:back|save|like|top)$)[\p{L}+]{4,}$|^[★☆✩✭✰⭐]+$/iu;
function isToolRun(part) {
  const words = part.split(/\s+/);
  if (words.length < 2 || part.length > 80) return false;
  const ok = new Array(words.length + 1).fill(false);
  ok[words.length] = true;
  for (let i = words.length - 1; i >= 0; i--) {
    for (let j = i + 1; j <= Math.min(words.length, i + 12) && !ok[i]; j++) {
      if (ok[j] && (j - i > 1 || RUN_WORD.test(words[i])) && SEGMENT.test(words.slice(i, j).join(" "))) ok[i] = true;
    }
  }
  return ok[0];
}
function withoutToolTail(text) {
  if (text.length > 300 || !/[|•·\t]/.test(text)) return text;
  const parts = text.split(/(\s*[|•·]\s*|\t)/u);
  let end = parts.length;
  while (end > 0) {
    const p = parts[end - 1];
    if (/^\s*[|•·]\s*$|^\t$/.test(p) || !p.trim() || SEGMENT.test(p.trim())) end--;
    else break;
  }
  if (end === parts.length || end === 0) return text;
  return parts.slice(0, end).join("").trim();
}

// utils/extract/body-text.ts
var RELATED = /^(?:(?:các\s+)?(?:tin|bài|bài viết|tin bài)\s+(?:liên quan|khác|cùng chuyên mục|đã đưa|mới|mới nhất|xem nhiều|nổi bật|đọc nhiều)|xem thêm|đọc thêm|related(?: articles| stories| news| posts)?|more (?:from|stories|news)|read more|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed))\s*:?$/iu;
var SEE_ALSO = /^(?:(?:mời\s+(?:bạn\s+)?)?(?:xem|đọc)\s+(?:thêm|tiếp|lại)|tin liên quan|bài liên quan|có thể bạn quan tâm|read more|read also|also read|see also|related|more|weiterlesen|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leggi anche|lee también)\s*[:：>»]+\s*|^(?:>>|»|►|▶|→|⇒)\s*/iu;
function isSeeAlso(l) {
  if (l.text.length > 250 || l.linkLen === 0) return false;
  const m = SEE_ALSO.exec(l.text);
  return !!m && l.linkLen >= (l.text.length - m[0].length) * 0.9;
}
function trimBody(lines, titleLine) {
  let out = lines;
  if (titleLine) {
    const idx = out.indexOf(titleLine);
    if (idx >= 0 && idx < Math.max(6, out.length / 3)) out = out.slice(idx + 1);
    const tk = looseKey(titleLine.text);
    out = out.filter((l, i) => !(i < 3 && looseKey(l.text) === tk));
  }
  out = out.filter((l) => !isToolLine(l.text) && !isSeeAlso(l));
  while (out.length > 1 && isCaptionLine(out[0]) && out[0].text.length < 300) out = out.slice(1);
  const rel = out.findIndex((l, i) => i > 0 && l.text.length <= 60 && RELATED.test(l.text));
  if (rel > 0 && rel >= out.length * 0.5) out = out.slice(0, rel);
  if (out.some((l, i) => i > 0 && l.text.length <= 60 && RELATED.test(l.text))) {
    const kept = [];
    for (let i = 0; i < out.length; i++) {
      if (i > 0 && out[i].text.length <= 60 && RELATED.test(out[i].text)) {
        while (i + 1 < out.length && out[i + 1].linkLen >= out[i + 1].text.length * 0.9) i++;
        continue;
      }
      kept.push(out[i]);
    }
    out = kept;
  }
  if (out.length > 2 && out[0].text.length >= 40 && out[0].text === out[1].text) out = out.slice(1);
  return out;
}
var CAPTION_CLASS = /caption|credit|hero|figure|photo|image|\bimg|thumb|media|picture/;
function isCaptionLine(l) {
  for (let a = l.block, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.tag === "figcaption" || a.tag === "caption") return true;
    if (a.tag === "figure" && a.lastLine - a.firstLine <= 2) return true;
    if (a.cid && CAPTION_CLASS.test(a.cid) && a.tag !== "article" && a.tag !== "main" && a.lastLine - a.firstLine <= 2) return true;
  }
  return false;
}
var LEAD_CLASS = /sapo|(?:\b|[_-])lead\b|chapeau|\bchapo\b|standfirst|summary|teaser-text|\bexcerpt\b|tomtat|tom-tat|mota|intro\b|article-desc|news-desc|detail-desc/;
function withLead(lines, titleLine, model) {
  if (!titleLine || !lines.length) return lines;
  const first = lines[0].index;
  for (let i = titleLine.index + 1; i < first && i <= titleLine.index + 8; i++) {
    const l = model.lines[i];
    if (l.text.length < 30 || l.linkLen > l.text.length * 0.3 || !/[.!?…:;»"”)]$|[.!?] /.test(l.text)) continue;
    let lead = false;
    for (let a = l.block, n = 0; a && n < 3; a = a.parent, n++) {
      if (a.tag === "header") break;
      if (a.cid && LEAD_CLASS.test(a.cid)) lead = true;
    }
    if (l.text.length < 60 && !lead) continue;
    if (!lead && (l.block.tag === "h2" || l.block.tag === "h3") && l.text.length >= 120 && /[.!?] \S/.test(l.text)) lead = true;
    if (lead) return [l, ...lines];
  }
  return lines;
}
function sameRow(a, b) {
  const ca = a.block;
  const cb = b.block;
  if (ca === cb || ca.tag !== "td" && ca.tag !== "th" || cb.tag !== "td" && cb.tag !== "th") return false;
  if (ca.lastLine - ca.firstLine !== 1 || cb.lastLine - cb.firstLine !== 1) return false;
  return !!ca.parent && ca.parent === cb.parent && ca.parent.tag === "tr";
}
function toParagraphs(lines, sig) {
  const paras = [];
  let cur = "";
  let prev = null;
  const lastLine = lines[lines.length - 1];
  for (const l of lines) {
    let text = l.text;
    if (sig?.inline && l === lastLine && l.nodes.includes(sig.inline.node)) {
      const name = sig.inline.node.data.slice(sig.inline.offset);
      const cut = text.lastIndexOf(cleanText(name));
      if (cut > 0) text = text.slice(0, cut).trim();
    }
    if (prev && prev.br && !prev.gap && prev.block === l.block) cur += "\n" + text;
    else if (prev && sameRow(prev, l)) cur += "	" + text;
    else {
      if (cur) paras.push(cur);
      cur = text;
    }
    prev = l;
  }
  if (cur) paras.push(cur);
  return paras;
}
function looksLikeListing(lines, vietnamese, dayFirst) {
  let linkTitles = 0;
  let dateLines = 0;
  let firstItem = -1;
  for (const [i, l] of lines.entries()) {
    if (l.text.length >= 15 && l.text.length <= 200 && l.linkLen >= l.text.length * 0.9) {
      linkTitles++;
      if (firstItem < 0) firstItem = i;
    }
    if (l.text.length <= 60) {
      const d = findDates(l.text, { dayFirst, vietnamese })[0];
      if (d && d.text.length >= l.text.length * 0.5) dateLines++;
    }
  }
  return linkTitles >= 5 && dateLines >= 4 && firstItem >= 0 && firstItem <= Math.max(3, lines.length * 0.2);
}

// utils/extract/date-candidates.ts
var PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "article:published",
  "published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "publication-date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "cxenseparse:recs:publishtime",
  "bt:pubdate",
  "rnews:datepublished",
  "citation_publication_date",
  "citation_date",
  "prism.publicationdate",
  "shareaholic:article_published_time",
  "vr:published_time",
  "date.published",
  "og:pubdate",
  "article.created",
  "datecreated",
  "created",
  "timestamp",
  "ga_pubdate",
  "itemprop:datepublished"
];
var GENERIC_META = ["date", "dc.date", "dcterms.date", "dc:date", "pub_date", "displaydate", "article_date", "content_date", "search_date", "last-modified"];
var MODIFIED_META = ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "lastmod", "article.updated", "modified", "updated_time", "revised"];
var PUB_LABEL = /(ngay dang|dang ngay|ngay xuat ban|thoi gian dang|ngay ban hanh|ngay phat hanh|xuat ban|dang luc|dang tai|published|posted|first published|publication date|date published|released|veroffentlicht|erschienen|publie|publicado|publicada|publicato|pubblicato|gepubliceerd|opublikowano|ngay:|date:|datum:|fecha:)/;
var MOD_LABEL = /(cap nhat|updated|update:|last modified|modified|aktualisiert|geandert|mis a jour|mise a jour|actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|edited)/;
var TODAY_LABEL = /(hom nay|today is|today:|heute ist|aujourd'hui|hoy es)/;
var WEEKDAY_LINE = /^(thu (hai|ba|tu|nam|sau|bay)|chu nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/;
var DECOY_TAGS = /* @__PURE__ */ new Set(["header", "nav", "footer", "aside", "menu", "marquee"]);
var DECOY_CLASS = /calendar|\blich|today|weather|thoitiet|clock|\bnav\b|navbar|menu|footer|sidebar|related|relate|lienquan|tinkhac|tin-khac|other|more-news|morenews|tinmoi|latest|popular|most-|trending|recommend|comment|breadcrumb|ticker|marquee|tinnoibat|tin-noi-bat|noibat|noi-bat|hotnews|hot-news|breaking|banner|topbar|top-bar|header-top|\bheader\b|copyright|counter|list-news|news-list|listnews|newslist|box-news|teaser|promo|sponsor|outbrain|taboola|newsletter|subscribe|cookie/;
var SAFE_CLASS = /article|entry|post|story|detail|chitiet|noidung|content-header|article-header|meta|byline|dateline|publish|date|time|ngay/;
var RELATED_HEADING = /^(tin lien quan|cac tin khac|tin khac|tin cung chuyen muc|cac tin cung chuyen muc|tin moi|tin moi nhat|bai viet lien quan|bai lien quan|xem them|doc them|tin da dua|cac bai viet khac|tin bai khac|related|related (articles|stories|news|posts|content|coverage)|more (from|stories|news|on|in)|read (more|next)|you (may|might) (also )?like|recommended|most (read|popular|viewed)|popular|trending|latest (news|stories)|top stories|weitere artikel|mehr zum thema|das konnte sie auch interessieren|lire aussi|a lire aussi|sur le meme sujet|leer mas|tambien te puede interesar|noticias relacionadas|articoli correlati|leggi anche|zie ook)\b/;
var MIN_PUBLISHED_SCORE = 0.5;
var ISO_TITLE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
function rankDates(ctx) {
  const { model, md } = ctx;
  const opts = { dayFirst: ctx.dayFirst, vietnamese: ctx.vietnamese, minYear: 1990, maxYear: 2100 };
  const cands = [];
  const add = (p, source, score, kind, element = null, text) => {
    if (!p) return;
    cands.push({ iso: p.iso, text: text ?? p.text, source, score, kind, element, support: 0 });
  };
  if (md.jsonLd?.datePublished) add(parseMachineDate(md.jsonLd.datePublished, opts), "json-ld", 0.95, "published");
  if (md.jsonLd?.dateModified) add(parseMachineDate(md.jsonLd.dateModified, opts), "json-ld:dateModified", 0.9, "modified");
  for (const key of PUBLISHED_META) {
    const v = metaValue(md, [key]);
    if (v) add(parseMachineDate(v.value, opts), `meta:${key}`, key === "timestamp" || key === "created" ? 0.7 : 0.9, "published");
  }
  for (const key of GENERIC_META) {
    const v = metaValue(md, [key]);
    if (v) add(parseMachineDate(v.value, opts), `meta:${key}`, key === "last-modified" ? 0.45 : 0.75, "published");
  }
  for (const key of MODIFIED_META) {
    const v = metaValue(md, [key]);
    if (v) add(parseMachineDate(v.value, opts), `meta:${key}`, 0.85, "modified");
  }
  const decoy = makeDecoyTest(model, ctx.titleLine?.index ?? -1);
  const anchor = anchorIndex(ctx);
  const bodyStart = ctx.bodyLines[0]?.index ?? anchor;
  const bodyEnd = ctx.bodyLines.length ? ctx.bodyLines[ctx.bodyLines.length - 1].index : anchor;
  const publishedProps = model.infos.filter((i) => /datepublished/.test(i.prop));
  const titleIndex = ctx.titleLine?.index ?? -1;
  const underTitle = (info) => publishedProps.length === 1 && publishedProps[0] === info && titleIndex >= 0 && info.firstLine > titleIndex && info.firstLine <= titleIndex + 6;
  const onlyTime = model.infos.filter((i) => i.tag === "time" && i.el.hasAttribute?.("datetime")).length === 1;
  for (const info of model.infos) {
    const prop = info.prop;
    const inlineTag = info.tag.includes("-") || info.tag === "span" || info.tag === "abbr";
    const titledIso = inlineTag && ISO_TITLE.test(attr(info.el, "title"));
    const isTime = info.tag === "time" || inlineTag && info.el.hasAttribute?.("datetime") || titledIso;
    if (!isTime && !/date(published|created|modified)|uploaddate/.test(prop) && !(info.tag === "abbr" && /published/.test(info.cid))) continue;
    const el = info.el;
    const raw = attr(el, "datetime") || attr(el, "content") || (titledIso ? attr(el, "title").split(/\s+/)[0] : attr(el, "title")) || rawText(el, 300);
    let p = parseMachineDate(raw, opts);
    if (!p) p = findDates(cleanText(rawText(el, 300)), opts)[0] ?? null;
    if (!p) continue;
    const shown = cleanText(rawText(el, 300));
    const text = shown && findDates(shown, opts).length ? shown : raw;
    const where = positionScore(info.firstLine, anchor, bodyStart, bodyEnd);
    const inDecoy = decoy(info) && !underTitle(info);
    const modified2 = /modified/.test(prop) || /updat|modif/.test(info.cid) || MOD_LABEL.test(fold(textBefore(model, info, shown)));
    if (/datepublished|datecreated/.test(prop)) add(p, `itemprop:${prop}`, inDecoy ? 0.3 : 0.88, "published", el, text);
    else if (/datemodified/.test(prop)) add(p, "itemprop:datemodified", 0.8, "modified", el, text);
    else if (el.hasAttribute?.("pubdate")) add(p, "time[pubdate]", 0.9, "published", el, text);
    else if (!inDecoy) {
      const lone = onlyTime && info.tag === "time" && !(titleIndex >= 0 && info.firstLine < titleIndex - 4);
      add(p, "time", Math.max(lone ? 0.6 : 0.2, 0.55 + where), modified2 ? "modified" : "published", el, text);
    }
  }
  const lo = Math.max(0, Math.min(anchor, bodyStart) - 40);
  const hi = Math.min(model.lines.length, Math.max(anchor, bodyStart) + 60);
  let seen = 0;
  for (let i = lo; i < hi && seen < 400; i++) {
    const line = model.lines[i];
    seen++;
    if (line.text.length > 300 || !/\d/.test(line.text)) continue;
    const found = findDates(line.text, opts).filter((d) => d.hasYear);
    if (!found.length) continue;
    const f = fold(line.text);
    if (TODAY_LABEL.test(f)) continue;
    if (decoy(line.block, i)) continue;
    if (linkedDated(line) && (linkedDated(model.lines[i - 1]) || linkedDated(model.lines[i + 1]))) continue;
    const nonLink = line.text.length - line.linkLen;
    for (const d of found) {
      if (nonLink < d.text.length * 0.7 && line.linkLen > line.text.length * 0.5) continue;
      if (line.linkLen >= d.text.length && linksAnotherArticle(line, d.text)) continue;
      const before = f.slice(Math.max(0, d.index - 40), d.index);
      const pubAt = lastMatch(PUB_LABEL, before);
      const modAt = lastMatch(MOD_LABEL, before);
      const labelled = pubAt >= 0 || modAt >= 0;
      const otherWords = wordCount(line.text) - wordCount(d.text);
      if (!labelled && (otherWords > 10 || line.text.length > 120 && d.index > 20)) continue;
      const share = d.text.length / line.text.length;
      let score = 0.5 + positionScore(i, anchor, bodyStart, bodyEnd);
      const labelPub = pubAt > modAt;
      const labelMod = modAt > pubAt;
      if (labelPub) score += 0.2;
      if (share > 0.5) score += 0.05;
      if (d.hasTime) score += 0.05;
      if (line.block.cid && /date|time|publish|ngay|thoigian|meta|byline/.test(line.block.cid)) score += 0.05;
      if (WEEKDAY_LINE.test(f) && i < anchor && !labelled) score -= d.hasTime ? i < anchor - 3 ? 0.2 : 0 : 0.3;
      else if (WEEKDAY_LINE.test(f) && i < anchor - 3) score -= 0.2;
      if (!labelPub && line.text.length > 80 && share < 0.3) score -= 0.15;
      add(d, labelMod && !labelPub ? "text:modified-line" : labelPub ? "text:labelled" : "text:date-line", Math.min(0.9, score), labelMod && !labelPub ? "modified" : "published", line.block.el, dateLineText(line.text, d));
    }
  }
  const fromUrl = urlDate(ctx.url) ?? (md.canonical ? urlDate(md.canonical) : null);
  if (fromUrl) add(fromUrl, "url", 0.7, "published");
  const byDay = /* @__PURE__ */ new Map();
  for (const c of cands) {
    const k = c.iso.slice(0, 10);
    const fam = c.source.split(":")[0];
    byDay.set(k, (byDay.get(k) ?? /* @__PURE__ */ new Set()).add(fam));
  }
  for (const c of cands) c.support = (byDay.get(c.iso.slice(0, 10))?.size ?? 1) - 1;
  const rank = (list) => list.map((c) => ({ ...c, score: Math.min(1, Math.round((c.score + 0.05 * Math.min(c.support, 3)) * 1e3) / 1e3) })).sort((a, b) => b.score - a.score || b.iso.length - a.iso.length);
  const pubs = rank(cands.filter((c) => c.kind === "published"));
  const mods = rank(cands.filter((c) => c.kind === "modified"));
  const top = pubs[0] && pubs[0].score >= MIN_PUBLISHED_SCORE ? pubs[0] : null;
  let published = top ? pubs.find((c) => c.iso.slice(0, 10) === top.iso.slice(0, 10) && c.iso.length > top.iso.length && c.score >= top.score - 0.15) ?? top : null;
  if (published) {
    const day = published.iso.slice(0, 10);
    const visible = pubs.filter((c) => c.iso.slice(0, 10) === day && c.element && c.text && !/^\d{4}-\d\d-\d\dT/.test(c.text));
    const shown = visible.find((c) => c.source === "time" || c.source.startsWith("itemprop") || c.source === "time[pubdate]") ?? visible.find((c) => c.source.startsWith("text:"));
    if (shown && shown !== published) published = { ...published, text: shown.text, element: shown.element };
  }
  let modified = mods[0] ?? null;
  if (!published && modified && modified.source.startsWith("text:")) {
    published = { ...modified, kind: "published", score: Math.min(modified.score, 0.6) };
    modified = null;
  }
  if (modified && published && sameInstant(modified.iso, published.iso)) modified = null;
  if (modified) {
    const day = modified.iso.slice(0, 10);
    const shown = mods.find((c) => c.iso.slice(0, 10) === day && c.element && c.text && !/^\d{4}-\d\d-\d\dT/.test(c.text));
    if (shown && shown !== modified) modified = { ...modified, text: shown.text, element: shown.element };
  }
  const candidates2 = dedupe([...pubs, ...mods]);
  const eventDates = findEventDates(ctx, published);
  return { published, modified, candidates: candidates2, eventDates };
}
function sameInstant(a, b) {
  if (a === b) return true;
  if (a.length <= 10 || b.length <= 10) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return !Number.isNaN(ta) && ta === tb;
}
var LINE_PREFIX = /(?:^|[\s(|•·,:-])((?:ngay dang|dang ngay|ngay xuat ban|thoi gian dang|ngay cap nhat|cap nhat luc|cap nhat|dang luc|published on|published|posted on|posted|updated on|updated|first published|last updated|veroffentlicht am|veroffentlicht|aktualisiert am|aktualisiert|publie le|mis a jour le|publicado el|publicado|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b[\s:,.\-–|]*(?:ngay\s*)?[\s:,]*)$/;
function dateLineText(lineText, d) {
  let start = d.index;
  let end = d.index + d.text.length;
  const before = foldSameLength(lineText.slice(Math.max(0, start - 60), start));
  const offset = Math.max(0, start - 60);
  const m = LINE_PREFIX.exec(before);
  if (m) start = offset + m.index + m[0].length - m[1].length;
  if (lineText[start - 1] === "(" && lineText.indexOf(")", end) === end) {
    start--;
    end++;
  }
  return lineText.slice(start, end).trim();
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((c) => {
    const k = `${c.kind}|${c.iso}|${c.source}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function linksAnotherArticle(line, text) {
  const links = /* @__PURE__ */ new Map();
  for (const node of line.nodes) {
    for (let p = node.parentNode, n = 0; p && p !== line.block.el && n < 6; p = p.parentNode, n++) {
      if (p.nodeType === 1 && (p.localName || "").toLowerCase() === "a") {
        links.set(p, (links.get(p) ?? "") + node.data);
        break;
      }
    }
  }
  for (const linked of links.values()) {
    const t = cleanText(linked);
    if (t.includes(text) && wordCount(t) - wordCount(text) >= 3) return true;
  }
  return false;
}
function linkedDated(line) {
  return !!line && line.text.length <= 250 && line.linkLen > line.text.length * 0.5 && /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{4}-\d{2}-\d{2}/.test(line.text);
}
var GLOBAL = /* @__PURE__ */ new Map();
function lastMatch(re, text) {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, g = new RegExp(re.source, "g"));
  g.lastIndex = 0;
  let at = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    at = m.index;
    if (m[0] === "") g.lastIndex++;
  }
  return at;
}
function fold(s) {
  return stripDiacritics(s).toLowerCase();
}
function anchorIndex(ctx) {
  if (ctx.titleLine) return ctx.titleLine.index;
  if (ctx.bodyLines.length) return ctx.bodyLines[0].index;
  return 0;
}
function positionScore(index, anchor, bodyStart, bodyEnd) {
  const d = index - anchor;
  if (d >= 0 && (index <= bodyStart + 2 || d <= 6)) return 0.25;
  if (d < 0 && d >= -4) return 0.15;
  if (d > 0 && index <= bodyStart + 8) return 0.1;
  if (d < -4 && d >= -10) return -0.05;
  if (d < -10) return -0.3;
  if (index > bodyEnd) return -0.25;
  return -0.1;
}
function textBefore(model, info, shown) {
  const l = model.lines[info.firstLine];
  if (!l) return "";
  const at = shown ? l.text.indexOf(shown) : -1;
  return at > 0 ? l.text.slice(Math.max(0, at - 30), at) : at === 0 ? "" : l.text.slice(0, 30);
}
function makeDecoyTest(model, titleIndex = -1) {
  const memo = /* @__PURE__ */ new Map();
  const relatedRanges = relatedZones(model).map(([s, e]) => titleIndex >= s && titleIndex < e ? [s, titleIndex] : [s, e]);
  const bigRegion = Math.max(40, model.lines.length * 0.5);
  const ownsArticle = (a) => {
    if (titleIndex >= a.firstLine && titleIndex < a.lastLine) return true;
    for (let p = a.parent, n = 0; p && n < 30; p = p.parent, n++) if (p.tag === "article" || p.tag === "main" || p.role === "main") return true;
    return false;
  };
  return (info, at = info.firstLine) => {
    if (relatedRanges.some(([s, e]) => at >= s && at < e)) return true;
    const hit = memo.get(info);
    if (hit !== void 0) return hit;
    let result = false;
    for (let a = info, n = 0; a && n < 25; a = a.parent, n++) {
      const m = memo.get(a);
      if (m !== void 0) {
        result = m;
        break;
      }
      if ((a.tag === "header" || a.tag === "footer") && ownsArticle(a)) continue;
      if (DECOY_TAGS.has(a.tag) || a.role === "navigation" || a.role === "contentinfo" || a.role === "banner" || a.role === "complementary") {
        result = true;
        break;
      }
      if (a.cid && DECOY_CLASS.test(a.cid) && !SAFE_CLASS.test(a.cid) && !(titleIndex >= a.firstLine && titleIndex < a.lastLine) && a.lastLine - a.firstLine < bigRegion) {
        result = true;
        break;
      }
    }
    memo.set(info, result);
    return result;
  };
}
function relatedZones(model) {
  const out = [];
  for (const l of model.lines) {
    if (l.text.length > 60) continue;
    const f = fold(l.text).replace(/[:\s»>›]+$/, "");
    if (!RELATED_HEADING.test(f)) continue;
    if (l.block.lastLine - l.block.firstLine > 1) {
      out.push([l.index + 1, l.block.lastLine]);
      continue;
    }
    let c = l.block.parent;
    while (c && c.parent && c.lastLine - c.firstLine <= 1) c = c.parent;
    if (c) out.push([l.index + 1, c.lastLine]);
  }
  return out;
}
function urlDate(url) {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + (u.search.length < 200 ? u.search : "");
  } catch {
  }
  path = path.slice(0, 1e3);
  const m = /(?<![\d])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![\d])/.exec(path);
  if (m) return mk(Number(m[1]), Number(m[2]), Number(m[3]), m[0]);
  const c = /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4}|\d{6}|\d{9})?(?![\d])/.exec(path);
  if (c) return mk(Number(c[1]), Number(c[2]), Number(c[3]), c[0]);
  return null;
  function mk(y, mo, d, text) {
    const p = parseMachineDate(`${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    return p ? { ...p, text } : null;
  }
}
var DOCUMENT_DATE = /(?:số\s*\d+[\p{L}\d/.-]*|\d+\/[\p{Lu}Đ][\p{L}\d.-]*|(?:quyết định|kế hoạch|công văn|thông tư|nghị định|chỉ thị|nghị quyết|thông báo|văn bản|luật|tờ trình|báo cáo|hướng dẫn|công điện)(?=[\s,]|$)[^.;]{0,50}?)\s*(?:ban hành\s*)?ngày\s*$/iu;
var EVENT_CUE = /(?:^|[\s(,;])((?:rạng sáng|sáng|chiều|tối|trưa|đêm|hôm|ngày)(?:\s+ngày)?\s+)$/iu;
function eventText(lineText, d) {
  const m = EVENT_CUE.exec(lineText.slice(Math.max(0, d.index - 30), d.index));
  return m && !/^(?:sáng|chiều|tối|trưa|đêm|ngày)/iu.test(d.text) ? `${m[1]}${d.text}`.trim() : d.text;
}
function findEventDates(ctx, published) {
  const pubYear = published ? Number(published.iso.slice(0, 4)) : void 0;
  const pubTime = published ? Date.parse(published.iso.slice(0, 10)) : NaN;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let scanned = 0;
  for (const line of ctx.bodyLines) {
    if (scanned > 2e5 || out.length >= 100) break;
    scanned += line.text.length;
    if (published && line.block.el === published.element && (!published.text || line.text.includes(published.text))) continue;
    for (const d of findDates(line.text, { dayFirst: ctx.dayFirst, vietnamese: ctx.vietnamese, defaultYear: pubYear, minYear: 1900 })) {
      const before = line.text.slice(Math.max(0, d.index - 80), d.index);
      if (DOCUMENT_DATE.test(before)) continue;
      let iso = d.iso.slice(0, 10);
      if (!d.hasYear && !Number.isNaN(pubTime)) {
        const t = Date.parse(iso);
        if (t - pubTime > 60 * 864e5) iso = `${d.year - 1}${iso.slice(4)}`;
      }
      const text = eventText(line.text, d);
      const key = `${iso}|${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ iso, text });
    }
  }
  return out;
}

// utils/extract/select.ts
var cache = /* @__PURE__ */ new Map();
function parseSelector(selector) {
  const hit = cache.get(selector);
  if (hit !== void 0) return hit;
  let result = [];
  for (const part of selector.split(",")) {
    const complex = [];
    for (const token of part.trim().split(/\s+(?![^[]*\])/)) {
      const c = parseCompound(token);
      if (!c) {
        result = null;
        break;
      }
      complex.push(c);
    }
    if (!result) break;
    if (complex.length) result.push(complex);
  }
  if (cache.size < 500) cache.set(selector, result);
  return result;
}
function parseCompound(token) {
  const c = { tag: "", id: "", classes: [], attrs: [] };
  const re = /^([a-z][\w-]*|\*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~^*$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i)?)?\s*\]/iy;
  let pos = 0;
  while (pos < token.length) {
    re.lastIndex = pos;
    const m = re.exec(token);
    if (!m || m[0].length === 0) return null;
    if (m[1]) c.tag = m[1] === "*" ? "" : m[1].toLowerCase();
    else if (m[2]) c.id = m[2];
    else if (m[3]) c.classes.push(m[3]);
    else if (m[4]) c.attrs.push({ name: m[4].toLowerCase(), op: m[5] ?? "", value: m[6] ?? m[7] ?? m[8] ?? "", ci: !!m[9] });
    pos = re.lastIndex;
  }
  return c;
}
function matchesCompound(info, c) {
  if (c.tag && info.tag !== c.tag) return false;
  if (c.id && attr(info.el, "id") !== c.id) return false;
  if (c.classes.length) {
    const cls = ` ${attr(info.el, "class")} `.replace(/\s+/g, " ");
    for (const k of c.classes) if (!cls.includes(` ${k} `)) return false;
  }
  for (const a of c.attrs) {
    let has = false;
    try {
      has = info.el.hasAttribute(a.name);
    } catch {
      has = false;
    }
    if (!has) return false;
    if (!a.op) continue;
    let v = attr(info.el, a.name);
    let want = a.value;
    if (a.ci) {
      v = v.toLowerCase();
      want = want.toLowerCase();
    }
    if (a.op === "=" && v !== want) return false;
    if (a.op === "^=" && !v.startsWith(want)) return false;
    if (a.op === "$=" && !v.endsWith(want)) return false;
    if (a.op === "*=" && !v.includes(want)) return false;
    if (a.op === "~=" && !v.split(/\s+/).includes(want)) return false;
  }
  return true;
}
function mightMatch(info, c) {
  if (c.tag && info.tag !== c.tag) return false;
  if (c.id && !info.cid.includes(c.id.toLowerCase())) return false;
  for (const k of c.classes) if (!info.cid.includes(k.toLowerCase())) return false;
  for (const a of c.attrs) {
    if ((a.name === "class" || a.name === "id") && a.op && !info.cid.includes(a.value.toLowerCase())) return false;
    if (a.name === "itemprop" && (!info.prop || a.op && !info.prop.includes(a.value.toLowerCase()))) return false;
  }
  return true;
}
function matchesComplex(info, complex) {
  const last = complex[complex.length - 1];
  if (!mightMatch(info, last) || !matchesCompound(info, last)) return false;
  if (complex.length === 1) return true;
  let i = complex.length - 2;
  for (let a = info.parent; a && i >= 0; a = a.parent) {
    if (mightMatch(a, complex[i]) && matchesCompound(a, complex[i])) i--;
  }
  return i < 0;
}
var tagIndexes = /* @__PURE__ */ new WeakMap();
function byTag(model) {
  let idx = tagIndexes.get(model);
  if (idx) return idx;
  idx = /* @__PURE__ */ new Map();
  for (const info of model.infos) {
    const t = idx.get(info.tag);
    if (t) t.push(info);
    else idx.set(info.tag, [info]);
  }
  tagIndexes.set(model, idx);
  return idx;
}
var cidIndexes = /* @__PURE__ */ new WeakMap();
function cidIndex(model) {
  let idx = cidIndexes.get(model);
  if (!idx) {
    const byToken = /* @__PURE__ */ new Map();
    for (const info of model.infos) {
      const cid = info.cid;
      let start = -1;
      for (let k = 0; k <= cid.length; k++) {
        const space = k === cid.length || cid.charCodeAt(k) <= 32;
        if (!space && start < 0) start = k;
        else if (space && start >= 0) {
          const t = cid.slice(start, k);
          const list = byToken.get(t);
          if (!list) byToken.set(t, [info]);
          else if (list[list.length - 1] !== info) list.push(info);
          start = -1;
        }
      }
    }
    idx = { byToken, text: [...byToken.keys()].join("\n") };
    cidIndexes.set(model, idx);
  }
  return idx;
}
function candidates(model, c) {
  const attrToken = c.attrs.find((a) => (a.name === "id" || a.name === "class") && a.op && a.value)?.value;
  const token = c.id || c.classes[0] || attrToken;
  if (token) {
    const t = token.toLowerCase();
    const idx = cidIndex(model);
    if (token !== attrToken) {
      const list2 = idx.byToken.get(t) ?? [];
      return c.tag ? list2.filter((i) => i.tag === c.tag) : list2;
    }
    if (!/\s/.test(t) && !idx.text.includes(t)) return [];
    const list = c.tag ? byTag(model).get(c.tag) ?? [] : model.infos;
    return list.filter((i) => i.cid.includes(t));
  }
  if (c.tag) return byTag(model).get(c.tag) ?? [];
  return model.infos;
}
function selectAll(model, selector, within = null) {
  const parsed = parseSelector(selector);
  if (!parsed) return [];
  const from = within ? within.order : 0;
  const to = within ? within.end : model.infos.length - 1;
  const found = /* @__PURE__ */ new Set();
  for (const cx of parsed) {
    for (const info of candidates(model, cx[cx.length - 1])) {
      if (info.order >= from && info.order <= to && matchesComplex(info, cx)) found.add(info);
    }
  }
  return [...found].sort((a, b) => a.order - b.order);
}
function selectFirst(model, selectors) {
  for (const s of selectors) {
    const parsed = parseSelector(s);
    if (!parsed) continue;
    let best = null;
    for (const cx of parsed) {
      for (const info of candidates(model, cx[cx.length - 1])) {
        if (best && info.order >= best.order) break;
        if (matchesComplex(info, cx)) {
          best = info;
          break;
        }
      }
    }
    if (best) return best;
  }
  return null;
}
function selectExists(model, selector) {
  return selectFirst(model, [selector]) !== null;
}

// utils/extract/profiles.ts
var PROFILES = [
  {
    id: "sharepoint",
    name: "SharePoint portals (/Pages/*.aspx, View_Detail.aspx?ItemID=\u2026, /Lists/\u2026)",
    urls: [/\/Pages\/[^?#]*\.aspx/i, /View_Detail\.aspx/i, /\/Lists\/[^/]+\//i],
    markers: ["#s4-workspace", ".ms-rtestate-field", '[id^="ctl00_PlaceHolderMain"]', "#MSO_ContentTable"],
    generator: null,
    body: [".ms-rtestate-field .ExternalClass", ".ms-rtestate-field", ".news-detail .content", "#MSO_ContentTable .content"],
    title: [".ms-rtestate-field h1", ".news-detail .title", ".title-news", "h1"],
    date: [".date", ".time", ".news-date"],
    fixtures: ["sharepoint-snv.html"]
  },
  {
    id: "liferay",
    name: "Liferay / WebSphere portals (/wps/portal/\u2026, /web/guest/\u2026)",
    urls: [/\/wps\/portal\//i, /\/web\/guest\//i, /\/wps\/wcm\//i],
    markers: [".portlet-body", ".journal-content-article", '[id^="portlet_"]'],
    generator: null,
    body: [".journal-content-article", ".asset-full-content", ".portlet-body .content"],
    title: [".asset-title", ".header-title", "h1", "h2"],
    date: [".asset-metadata", ".publish-date", ".date"],
    fixtures: ["liferay-province.html"]
  },
  {
    id: "nukeviet",
    name: "NukeViet sites (news module: #news-bodyhtml, .bodytext)",
    urls: [/\/news\/[^/]+\/[^/]+-\d+\.html/i],
    markers: ["#news-bodyhtml", ".news_column .bodytext"],
    generator: /nukeviet/i,
    body: ["#news-bodyhtml", ".bodytext"],
    title: [".news_column h1", ".title", "h1"],
    date: [".news_column .time", ".time"],
    fixtures: ["nukeviet-district.html"]
  },
  {
    id: "dnn",
    name: "DNN / ASP.NET modules",
    urls: [/\/tabid\/\d+/i, /\/ArticleId\/\d+/i],
    markers: ['[id^="dnn_ctr"]', ".DNNModuleContent"],
    generator: null,
    body: [".DNNModuleContent .Normal", ".news-detail-content", ".DNNModuleContent"],
    title: [".news-detail-title", "h1", ".Head"],
    date: [".news-detail-date", ".date"],
    fixtures: ["dnn-portal.html"]
  },
  {
    id: "aspnet-webforms",
    name: "ASP.NET Web Forms portals (server-control ids such as ctl00_\u2026_lblTieuDe / _lblNgayDang / _lblNoiDung)",
    urls: [/\.aspx(?:[?#]|$)/i],
    markers: ['[id$="lblNoiDung" i]', '[id$="lblTieuDe" i]', '[id^="ctl00_" i]'],
    generator: null,
    body: ['[id$="lblNoiDung" i]', '[id$="lblContent" i]', '[id$="lblChiTiet" i]', '[id*="NoiDung" i]'],
    title: ['[id$="lblTieuDe" i]', '[id$="lblTitle" i]'],
    date: ['[id$="lblNgayDang" i]', '[id$="lblDate" i]'],
    fixtures: ["aspnet-legacy.html"]
  },
  {
    id: "wordpress",
    name: "WordPress sites and department blogs",
    urls: [/\/\d{4}\/\d{2}\/[^/]+\/?$/],
    markers: ["body.single-post", ".entry-content"],
    generator: /^wordpress/i,
    body: [".entry-content", ".post-content", "article .content"],
    title: [".entry-title", "h1"],
    date: ["time.entry-date", ".entry-date", ".posted-on"],
    fixtures: ["wordpress-blog.html"]
  },
  {
    id: "custom-vn-cms",
    name: "Vietnamese custom CMSs (/tin-tuc/<slug>-<id>.html, /trang/TinTuc/\u2026, /bm/print/<id>)",
    urls: [/\/tin-tuc\/[^?#]*-\d+\.html?/i, /\/trang\/TinTuc\//i, /\/bm\/print\/\d+/i, /\/chi-tiet[-/]/i],
    markers: [".detail-content", ".news-content", ".noidung", ".chitiet", ".content-detail", "#ContentDetail"],
    generator: null,
    body: [".detail-content", ".news-content", ".content-detail", ".chitiet", ".noidung", "#ContentDetail", ".article-content"],
    title: [".detail-title", ".news-title", ".title-detail", "h1"],
    date: [".detail-time", ".news-date", ".date", ".time"],
    fixtures: ["chinhphu-news.html", "nodate-portal.html", "win1258-portal.html"]
  }
];
var GENERIC_BODY = [
  '[itemprop="articleBody"]',
  ".article-body",
  ".article__body",
  ".articleBody",
  ".story-body",
  ".entry-content",
  ".post-content",
  ".post-body",
  ".article-content",
  ".news-content",
  ".detail-content",
  ".content-detail",
  "#articleBody"
];
function matchProfile(model, url, generator = "", profiles = PROFILES) {
  let path = url;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
  }
  for (const p of profiles) {
    if (p.urls.some((re) => re.test(path)) && selectFirst(model, p.body)) return p;
  }
  for (const p of profiles) {
    const byGenerator = !!generator && !!p.generator && p.generator.test(generator);
    if ((byGenerator || p.markers.some((m) => selectExists(model, m))) && selectFirst(model, p.body)) return p;
  }
  return null;
}
function firstMatch(model, selectors) {
  for (const s of selectors) {
    let best = null;
    for (const info of selectAll(model, s)) {
      if (!best || info.textLen - info.linkLen > best.textLen - best.linkLen) best = info;
    }
    if (best) return best;
  }
  return null;
}

// utils/extract/signature.ts
var UPPER_WORD = /^[\p{Lu}][\p{Ll}\p{M}]*\.?$/u;
var CAPS_WORD = /^[\p{Lu}\p{M}]+\.?$/u;
var INITIALS = /^(?:[\p{Lu}]\.\s?){1,3}[\p{Lu}][\p{L}]*\.?$|^[\p{Lu}]{1,2}\.[\p{Lu}][\p{Ll}]+\.?$/u;
var ABBREVIATION = /^(?:PV|CTV|TH|BBT|HG|TTXVN|VNA|NTM|T\.H|[\p{Lu}]{2,4})\.?$/u;
var CREDIT = new RegExp(
  `^[(\\[]?\\s*(tin,?\\s*\u1EA3nh|tin\\s+v\xE0\\s+\u1EA3nh|tin\\s*\\+\\s*\u1EA3nh|b\xE0i,?\\s*\u1EA3nh|b\xE0i\\s+v\xE0\\s+\u1EA3nh|\u1EA3nh\\s+v\xE0\\s+tin\\s+b\xE0i|\u1EA3nh\\s+v\xE0\\s+b\xE0i|tin\\s+b\xE0i|tin\\s*-\\s*\u1EA3nh|b\xE0i\\s+vi\u1EBFt|b\xE0i|tin|bt\\s*\\+\\s*h\xECnh|t\xE1c\\s+gi\u1EA3|ngu\u1ED3n\\s+tin|ng\u01B0\u1EDDi\\s+vi\u1EBFt|th\u1EF1c\\s+hi\u1EC7n|tr\xECnh\\s+b\xE0y|bi\xEAn\\s+t\u1EADp|nh\xF3m\\s+pv|pv|ctv)\\s*[:\uFF1A]\\s*(.{1,160}?)\\s*[)\\]]?\\.?$`,
  "iu"
);
var SOURCE = /^[(\[]?\s*(nguồn|theo|nguon)\s*[:：]?\s+(.{2,100}?)\s*[)\]]?\.?$/iu;
var UNIT_START = /^(?:ban|phòng|sở|ubnd|ủy ban|uỷ ban|văn phòng|trung tâm|hội|trường|chi cục|cục|bộ|công an|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|đảng ủy|đảng uỷ|báo|đài|hội đồng|đoàn|liên đoàn|mặt trận|viện|bệnh viện|kho bạc|chi nhánh|bảo hiểm|cổng|tạp chí|thanh tra|bộ chỉ huy|ban chỉ huy|hạt|đội|xã|phường|thị trấn|huyện|tỉnh|thành phố|cơ quan|công ty|tổng công ty|hiệp hội|câu lạc bộ|đảng bộ|chi bộ|tòa án|toà án|viện kiểm sát|cảnh sát|trạm|khoa|liên minh|ban biên tập|ban quản lý|nhóm)(?=[\s,.]|$)/iu;
var ABBREV_UNIT = /^(?:P\.[\p{Lu}]{2,}|BBT|VP|UBND\s.+)$/u;
var JUNK = /^(?:img[_-]?\d+|dsc[_-]?\d+|\d{1,4}|file đính kèm|tệp đính kèm|tài liệu đính kèm|lượt xem|lượt đọc|like|xem thêm|tags?\s*:.*|từ khóa\s*:.*|từ khoá\s*:.*|\[?\s*\d+\s*\]?)$/iu;
var FILE_LINE = /\.(?:docx?|pdf|xlsx?|pptx?|jpe?g|png|gif|zip|rar)\s*$/i;
var ATTACHMENT_LABEL = /^(?:file|tệp|tài liệu|văn bản) đính kèm/iu;
var CAPTION_START = /^(?:ảnh|hình|photo|ảnh minh họa|ảnh minh hoạ|nguồn ảnh)(?=[\s:.,)]|$)/iu;
var END_MARKER = /(?:\.\/\.|…\/\.|\.\.\.\/\.)\s*$/;
var ROLE_WORDS = /^(?:phó|trưởng|chánh|giám đốc|chủ tịch|bí thư|chuyên viên|cán bộ|phóng viên|cộng tác viên|thư ký|ủy viên|uỷ viên|tổng|chủ nhiệm|hiệu trưởng|thanh tra viên|kế toán|văn thư)(?=[\s,.]|$)/iu;
var NOT_NAME_WORDS = /^(?:tin|ảnh|bài|một|các|những|kết|xem|theo|nguồn|thông|hình|video|trân|kính|danh|phụ|tài|file|link|chia|in|gửi|đọc|lượt|số|tags?|từ|báo|đài|tạp|cổng|sở|ban|phòng|cục|viện|trạm|hạt|xã|phường|huyện|tỉnh|nhóm|hội|ủy|uỷ|ubnd)$/iu;
var TITLED_NAME = /^(?:PV|CTV|Phóng viên|Cộng tác viên)\.?\s+(\p{Lu}.{1,60})$/u;
var OUTLET = /^(?:báo|đài|tạp chí|cổng thông tin|cổng ttđt|truyền hình|thông tấn xã|ttxvn|vna)(?=[\s,.]|$)/iu;
var COMPILED = /^(?:TH|T\/H|Tổng hợp)$/u;
function withAfter(found, after) {
  return found ? { ...found, after } : null;
}
function isTrailingJunk(text) {
  return JUNK.test(text) || isToolLine(text) || FILE_LINE.test(text) || isDateLine(text);
}
function isTrailingJunkLine(line) {
  if (isTrailingJunk(line.text)) return true;
  if (line.text.length > 200 || line.linkLen === 0 || FILE_LINE.test(line.text)) return false;
  const words = line.text.replace(/[\s,;|#·•]+/gu, "").length;
  return line.linkLen >= words * 0.9 && classify(line) === null;
}
function isDateLine(text) {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const found = findDates(text, { dayFirst: true, vietnamese: true });
  if (found.length !== 1) return false;
  const rest = text.replace(dateLineText(text, found[0]), "").replace(/\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?|^\W*ngày/giu, "");
  return !/[\p{L}\p{N}]/u.test(rest);
}
function findSignatureBlock(lines) {
  if (!lines.length) return null;
  let attachAt = lines.length;
  for (let i = Math.max(0, lines.length - 12); i < lines.length; i++) {
    if (ATTACHMENT_LABEL.test(lines[i].text)) {
      attachAt = i;
      break;
    }
  }
  if (lines.slice(attachAt + 1).some((l) => !FILE_LINE.test(l.text) && l.linkLen === 0 && classify(l) !== null)) attachAt = lines.length;
  let end = attachAt - 1;
  while (end >= 0 && isTrailingJunkLine(lines[end])) end--;
  if (end < 0) return null;
  const after = lines.slice(end + 1, attachAt).filter((l) => !FILE_LINE.test(l.text));
  const inline = withAfter(inlineSignature(lines[end]), after);
  const block = [];
  for (let i = end; i >= 0 && block.length < 4; i--) {
    const line = lines[i];
    if (END_MARKER.test(line.text)) break;
    const captionLike = CAPTION_START.test(line.text) && !CREDIT.test(line.text);
    const kind2 = captionLike ? null : classify(line);
    if (!kind2) {
      if (isCaption(line)) {
        if (block.length) break;
        continue;
      }
      break;
    }
    block.unshift({ line, kind: kind2 });
    if (kind2 === "credit" && block.length > 1) break;
  }
  while (block.length > 1 && block[0].kind === "source" && block.slice(1).every((b) => b.kind === "source")) block.shift();
  if (!block.length) {
    return inline;
  }
  const firstIdx = lines.indexOf(block[0].line);
  if (firstIdx <= 0 && lines.length > 1) return null;
  if (firstIdx === 0) return null;
  const before = lines[firstIdx - 1];
  const afterMarker = END_MARKER.test(before.text);
  const emphasised = block.some((b) => isEmphasised(b.line));
  const kinds = block.map((b) => b.kind);
  if (kinds.every((k) => k === "name") && !emphasised && !afterMarker && !/[.!?…:"”)]$/.test(before.text)) return null;
  if (kinds.every((k) => k === "unit") && !emphasised && !afterMarker && block[0].line.text.length > 60) return null;
  const authors = [];
  let unit = null;
  let source = null;
  for (const { line, kind: kind2 } of block) {
    const t = stripEnd(sigText(line));
    const titled = kind2 === "credit" && !CREDIT.test(t) ? TITLED_NAME.exec(t) : null;
    if (titled) {
      authors.push(...namesIn(titled[1]));
    } else if (kind2 === "credit") {
      const m = CREDIT.exec(t);
      const rest = m ? m[2] : t;
      const label = (m?.[1] ?? "").toLowerCase();
      if (/tác\s+giả/u.test(label) && /,/.test(rest)) {
        const parts = rest.split(/\s*,\s*/);
        const name = parts.pop();
        if (UNIT_START.test(parts.join(", "))) unit = unit ?? parts.join(", ");
        authors.push(...namesIn(name));
      } else {
        const { names: names2, unit: u, source: s } = parseCreditBody(rest);
        authors.push(...names2);
        unit = unit ?? u;
        source = source ?? s;
      }
    } else if (kind2 === "source") {
      const m = SOURCE.exec(t);
      const value = stripEnd(m ? m[2] : t);
      if (COMPILED.test(value)) {
        source = source ?? value;
        continue;
      }
      if (/nguồn\s+tin/iu.test(t)) authors.push(...namesIn(value));
      else source = source ?? value;
    } else if (kind2 === "name") {
      const { names: names2, unit: u } = parseNameLine(t);
      authors.push(...names2);
      unit = unit ?? u;
    } else if (kind2 === "abbr") {
      if (OUTLET.test(t)) source = source ?? t;
      else authors.push(t);
    } else if (kind2 === "unit") {
      if (OUTLET.test(t)) source = source ?? t;
      else unit = unit ?? t;
    }
  }
  const uniq = [...new Set(authors.map((a) => titleCaseName(cleanText(a))).filter(Boolean))];
  const used = block.map((b) => b.line);
  let confidence = 0.55 + (emphasised ? 0.15 : 0) + (afterMarker ? 0.15 : 0) + (kinds.includes("credit") || kinds.includes("source") ? 0.15 : 0);
  if (kinds.length === 2 && kinds[0] === "name" && kinds[1] === "unit") confidence += 0.1;
  confidence = Math.min(0.95, confidence);
  const kind = kinds.includes("credit") ? "credit" : kinds.includes("source") && !uniq.length ? "source" : kinds.includes("unit") && uniq.length ? "name-unit" : kinds.includes("unit") ? "unit" : "name";
  return {
    text: used.map(sigText).join("\n"),
    authors: uniq,
    unit,
    source,
    lines: used,
    after,
    inline: null,
    kind,
    confidence
  };
}
var SIGNATURE_CLASS = /author|tacgia|tac-gia|signature|chuky|chu-ky|butdanh|but-danh|byline|writer|\bsource|nguon|nguontin/;
function trailingSignatureLines(all, last) {
  const out = [];
  for (let i = last.index + 1; i < all.length && out.length < 4; i++) {
    const line = all[i];
    if (line.linkLen > 0 || line.text.length > 160) break;
    const kind = CAPTION_START.test(line.text) && !CREDIT.test(line.text) ? null : classify(line);
    if (!kind) break;
    let named = false;
    for (let a = line.block, n = 0; a && n < 3 && !named; a = a.parent, n++) named = !!a.cid && SIGNATURE_CLASS.test(a.cid);
    if (!named && kind !== "credit" && kind !== "source" && !isEmphasised(line)) break;
    out.push(line);
  }
  return out;
}
function trailingNameSignature(lines) {
  let end = lines.length - 1;
  while (end >= 0 && isTrailingJunkLine(lines[end])) end--;
  if (end < 1) return [];
  const last = lines[end];
  const bare = stripEnd(last.text);
  if (bare.length > 40 || last.linkLen > 0 || !isEmphasised(last) || !/[.!?…"”»)]$/.test(lines[end - 1].text)) return [];
  const { names: names2, unit } = parseNameLine(bare);
  return unit === null && names2.length && names2.every((n) => !INITIALS.test(n)) ? names2.map((n) => titleCaseName(cleanText(n))) : [];
}
function sigText(line) {
  return withoutToolTail(line.text);
}
function classify(line) {
  const t = sigText(line);
  if (t.length > 160) return null;
  if (CREDIT.test(t)) return "credit";
  const titled = TITLED_NAME.exec(stripEnd(t));
  if (titled && namesIn(titled[1]).every((n) => isPersonName(n))) return "credit";
  if (COMPILED.test(stripEnd(t))) return "source";
  const s = SOURCE.exec(t);
  if (s && !/[,;]\s*\p{Ll}/u.test(s[2]) && (s[1].toLowerCase() !== "theo" || /^[\p{Lu}\d]/u.test(s[2]) || /\.(vn|com|net|org)\b/i.test(s[2])) && s[2].split(/\s+/).length <= 10) return "source";
  const bare = stripEnd(t);
  if (ABBREV_UNIT.test(bare)) return "unit";
  if (bare.length <= 60 && isNameLine(bare)) return "name";
  if (bare.length <= 12 && (ABBREVIATION.test(bare) || INITIALS.test(bare))) return "abbr";
  const shortUnit = !/[.!?]$/.test(t.trim()) && bare.split(/\s+/).length <= 10 && (bare.match(/(?:^|\s)[\p{Lu}]/gu) ?? []).length >= 2;
  if (bare.length <= 100 && UNIT_START.test(bare) && !/[.!?]\s+\p{L}/u.test(bare) && (isTitleCaseish(bare) || shortUnit)) return "unit";
  return null;
}
function isNameLine(t) {
  const { names: names2 } = parseNameLine(t);
  return names2.length > 0;
}
function parseNameLine(t) {
  const paren = /^(.+?)\s*\(([^()]{3,80})\)$/.exec(t);
  if (paren && isPersonName(paren[1])) return { names: [paren[1].trim()], unit: paren[2].trim() };
  const parts = t.split(/\s+[-–—]\s+|\s*;\s*/);
  if (parts.length === 2 && isPersonName(parts[0]) && !isPersonName(parts[1]) && (ROLE_WORDS.test(parts[1]) || UNIT_START.test(parts[1]))) {
    return { names: [parts[0].trim()], unit: parts[1].trim() };
  }
  if (parts.length >= 1 && parts.length <= 3 && parts.every((p) => isPersonName(p) || p.length <= 12 && INITIALS.test(p))) return { names: parts.map((p) => p.trim()), unit: null };
  return { names: [], unit: null };
}
function isPersonName(s) {
  const t = stripEnd(s.trim());
  if (INITIALS.test(t) && t.length <= 12) return true;
  if (t.length < 4 || t.length > 40 || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return INITIALS.test(t) && t.length <= 12;
  if (NOT_NAME_WORDS.test(words[0])) return false;
  const allCaps = words.every((w) => CAPS_WORD.test(w));
  if (allCaps) return words.every((w) => w.replace(/\./g, "").length <= 7);
  return words.every((w) => UPPER_WORD.test(w) && w.replace(/\./g, "").length <= 8 || INITIALS.test(w));
}
function titleCaseName(s) {
  const letters = s.replace(/[^\p{L}]/gu, "");
  if (letters.length < 4 || letters !== letters.toUpperCase() || INITIALS.test(s) || ABBREVIATION.test(s)) return s;
  return s.split(/(\s+|-)/).map((w) => /^\p{L}/u.test(w) ? w.charAt(0) + w.slice(1).toLocaleLowerCase("vi") : w).join("");
}
function namesIn(s) {
  return s.split(/\s+[-–—]\s+|\s*,\s*|\s+và\s+|\s*;\s*|\s*\/\s*/u).map((x) => stripEnd(x.trim())).filter((x) => x.length >= 2 && x.length <= 40);
}
function parseCreditBody(rest) {
  let source = null;
  let body = rest;
  const src = /\s*[(,-]?\s*(?:nguồn|theo)\s*[:：]?\s*([^()]+?)\)?$/iu.exec(body);
  if (src && src.index > 0) {
    source = src[1].trim();
    body = body.slice(0, src.index);
  }
  body = body.replace(/\s*[-–—,;]?\s*(?:ảnh|hình|ảnh và video|video)\s*[:：]\s*/giu, " - ");
  const names2 = [];
  let unit = null;
  for (const part of namesIn(body)) {
    if (UNIT_START.test(part) && !isPersonName(part)) unit = unit ?? part;
    else names2.push(part);
  }
  return { names: names2, unit, source };
}
function isTitleCaseish(s) {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d(]/u.test(w)).length;
  return caps / words.length >= 0.3 && words.length <= 16;
}
function stripEnd(s) {
  let t = s.replace(/[\s.;,]+$/u, "").trim();
  const wrapped = /^\((.*)\)$/su.exec(t);
  if (wrapped && !wrapped[1].includes("(")) t = wrapped[1].trim();
  return t.replace(/[\s.;,]+$/u, "").trim();
}
function isCaption(line) {
  const t = line.text;
  if (CAPTION_START.test(t) && !CREDIT.test(t)) return true;
  if (/:\s*$/.test(t) && t.length < 120) return true;
  for (let a = line.block, n = 0; a && n < 4; a = a.parent, n++) {
    if (a.tag === "figcaption" || a.tag === "figure" || a.tag === "caption") return true;
    if (a.cid && /caption|chuthich|chu-thich|image-desc|photo-desc|img-desc|pic-desc|desc-img/.test(a.cid)) return true;
  }
  if (/^\(.*\)$/.test(t) && t.split(/\s+/).length > 6) return true;
  if (allInside(line, (tag) => tag === "em" || tag === "i") && t.split(/\s+/).length > 6) return true;
  return false;
}
function isEmphasised(line) {
  if (allInside(line, (tag) => tag === "b" || tag === "strong")) return true;
  for (let a = line.block, n = 0; a && n < 4; a = a.parent, n++) {
    const el = a.el;
    const align = (el.getAttribute?.("align") ?? "").toLowerCase();
    const style = (el.getAttribute?.("style") ?? "").toLowerCase();
    if (align === "right" || /text-align\s*:\s*(?:right|end)|float\s*:\s*right/.test(style) || /font-weight\s*:\s*(bold|[6-9]00)/.test(style)) return true;
    if (a.cid && /right|text-end|float-end|align-end|tacgia|author|signature/.test(a.cid)) return true;
  }
  return false;
}
function allInside(line, test) {
  if (!line.nodes.length) return false;
  return line.nodes.every((node) => {
    for (let p = node.parentNode, n = 0; p && n < 6; p = p.parentNode, n++) {
      if (p === line.block.el) break;
      if (p.nodeType === 1 && test((p.localName || p.tagName || "").toLowerCase())) return true;
      if (p.nodeType === 1) {
        const st = (p.getAttribute?.("style") ?? "").toLowerCase();
        if (test("b") && /font-weight\s*:\s*(bold|[6-9]00)/.test(st)) return true;
        if (test("i") && /font-style\s*:\s*italic/.test(st)) return true;
      }
    }
    return false;
  });
}
function setApartName(line, raw, starts) {
  let k = line.nodes.length - 1;
  while (k >= 0 && !(line.nodes[k].data ?? "").trim()) k--;
  if (k <= 0) return null;
  const node = line.nodes[k];
  let set = false;
  for (let p = node.parentNode, n = 0; p && p !== line.block.el && p.nodeType === 1 && n < 4; p = p.parentNode, n++) {
    const el = p;
    const tag = (el.localName || el.tagName || "").toLowerCase();
    const style = (el.getAttribute?.("style") ?? "").toLowerCase();
    if (tag === "b" || tag === "strong" || /float\s*:\s*right|text-align\s*:\s*right|font-weight\s*:\s*(bold|[6-9]00)/.test(style)) set = true;
  }
  if (!set) return null;
  const before = raw.slice(0, starts[k]);
  const gap = /[.!?…”"]([\s\u00a0]*)$/u.exec(before);
  if (!gap) return null;
  const m = /^([\s\u00a0]*)([\p{L}][\p{L}.\s\u00a0-]{2,40}?)[\s\u00a0]*$/u.exec(raw.slice(starts[k]));
  if (!m) return null;
  const out = [raw.slice(gap.index), gap[1] + m[1], m[2]];
  out.index = gap.index;
  out.input = raw;
  return out;
}
function inlineSignature(line) {
  if (!line.nodes.length) return null;
  let raw = "";
  const starts = [];
  for (const n of line.nodes) {
    starts.push(raw.length);
    raw += n.data ?? "";
  }
  const offset = Math.max(0, raw.length - 2e4);
  const tail = offset ? raw.slice(offset) : raw;
  let m = /[.!?…”"]([\s\u00a0]{3,})([\p{L}][\p{L}.\s\u00a0-]{2,40}?)[\s\u00a0]*$/u.exec(tail) ?? /\.\/\.([\s\u00a0]+)([\p{L}][\p{L}.\s\u00a0-]{2,40}?)[\s\u00a0]*$/u.exec(tail);
  let base = offset;
  if (!m) {
    m = setApartName(line, raw, starts);
    base = 0;
  }
  if (!m) return null;
  const name = cleanText(m[2]);
  const { names: names2, unit } = parseNameLine(stripEnd(name));
  if (!names2.length) return null;
  const at = base + m.index + m[0].lastIndexOf(m[2]);
  let k = starts.length - 1;
  while (k > 0 && starts[k] > at) k--;
  const node = line.nodes[k];
  return {
    text: toNfc(name),
    authors: names2,
    unit,
    source: null,
    lines: [],
    after: [],
    inline: { node, offset: at - starts[k] },
    kind: "inline",
    confidence: 0.6
  };
}

// utils/extract/headline.ts
var KICKER_CLASS = /kicker|catchline|topline|top-line|dachzeile|overline|over-line|eyebrow|roofline|roof-line|supertitle|super-title|superheadline|pretitle|pre-title|preheadline|pre-headline|spitzmarke|titleheader|title-header|headline-label|title__label/;
var HEADLINE_CLASS = /(^|[\s_-])(title|headline|titletext|title-text|heading)([\s_-]|$)|(^|\s)text(\s|$)|__text(\s|$)/;
var HIDDEN_CLASS = /(^|\s)(hidden|hideme|hide|invisible|offscreen|hiddendash|visuallyhidden|visually-hidden|is-hidden|u-hidden|h-offscreen|sr-only|screen-reader-text|screenreader|a11y-hidden|element-invisible)(\s|$)/;
var SHADOW_CLASS = /breadcrumb|(^|[\s_-])crumbs?([\s_-]|$)|__crumb|seo-?title|seo-?headline/;
var HOME_LINK = /^(?:\/|\.\/|\.\.\/|(?:\.?\/)?index\.\w{2,5}|\/index\.\w{2,5}|\/[a-z]{2}-[a-z]{2}\/?)$|(?:^|\/)https?:\/\/[^/?#]+\/?$/i;
function hiddenByMarkup(el) {
  if (attr(el, "aria-hidden") === "true" || el.hasAttribute?.("hidden")) return true;
  const cls = attr(el, "class").toLowerCase();
  return !!cls && HIDDEN_CLASS.test(cls);
}
function visibleText(node, max = 600) {
  let out = "";
  const stack = [node];
  while (stack.length && out.length < max) {
    const n = stack.pop();
    if (n.nodeType === 3) out += n.data ?? "";
    else if (n.nodeType === 1) {
      const tag = tagOf(n);
      if (tag === "script" || tag === "style" || tag === "noscript" || tag === "template" || tag === "svg") continue;
      if (n !== node && hiddenByMarkup(n)) continue;
      if (tag === "br") out += " ";
      const kids = [];
      for (let c = n.firstChild; c; c = c.nextSibling ?? null) kids.push(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}
function names(el) {
  let s = attr(el, "class");
  try {
    for (const a of Array.from(el.attributes ?? [])) if (a.name.startsWith("data-") && a.value.length < 40) s += " " + a.value;
  } catch {
  }
  return s.toLowerCase();
}
function classesWithin(el) {
  let s = names(el);
  let n = 0;
  for (let c = el.firstElementChild; c && n < 4; c = c.nextElementSibling, n++) s += " " + names(c);
  return s;
}
function splitKicker(el) {
  if (!el) return null;
  let box = el;
  for (let depth = 0; depth < 3; depth++) {
    let only = null;
    let count = 0;
    let loose = false;
    for (let c = box.firstChild; c; c = c.nextSibling ?? null) {
      if (c.nodeType === 3 && (c.data ?? "").trim()) loose = true;
      else if (c.nodeType === 1 && !hiddenByMarkup(c) && visibleText(c).trim()) {
        count++;
        only = c;
      }
    }
    if (count === 1 && !loose && only) box = only;
    else break;
  }
  const segs = [];
  let gap = true;
  for (let c = box.firstChild; c && segs.length < 6; c = c.nextSibling ?? null) {
    let text = "";
    let cls = "";
    let own = "";
    if (c.nodeType === 3) text = c.data ?? "";
    else if (c.nodeType === 1) {
      const e = c;
      const tag = tagOf(e);
      if (hiddenByMarkup(e) || tag === "script" || tag === "style" || tag === "br") {
        gap = true;
        continue;
      }
      text = visibleText(e);
      cls = classesWithin(e);
      own = names(e);
    }
    const clean = cleanText(text);
    if (!clean || !/[\p{L}\p{N}]/u.test(clean)) {
      gap = true;
      continue;
    }
    segs.push({ text: clean, cls, own, gap: gap || /^\s/.test(text) });
    gap = /\s$/.test(text);
  }
  if (segs.length < 2) return null;
  if (segs[0].text.length < 3 || !segs[1].gap && /[\p{L}\p{N}]$/u.test(segs[0].text) && /^[\p{Ll}\p{N}'’]/u.test(segs[1].text)) return null;
  const [first, ...rest] = segs;
  const kicker = first.text.replace(/\s*[:|–—-]\s*$/, "");
  const headline = cleanText(rest.map((s) => s.text).join(" "));
  if (kicker.length > 90 || kicker.split(" ").length > 10 || headline.split(" ").length < 2) return null;
  const last = segs[segs.length - 1];
  const classed = KICKER_CLASS.test(first.cls) || segs.length === 2 && !!last.own && HEADLINE_CLASS.test(last.own) && !HEADLINE_CLASS.test(first.own) && !first.own.includes("headline");
  return { kicker, headline, classed };
}
function isShadowHeading(h) {
  const el = h.block.el;
  if (h.block.cid && (SHADOW_CLASS.test(h.block.cid) || HIDDEN_CLASS.test(h.block.cid))) return true;
  if (h.block.tag === "h1" && el.attributes && el.attributes.length > 0) {
    try {
      for (const a of Array.from(el.attributes)) if (a.name.includes("breadcrumb")) return true;
    } catch {
    }
  }
  if (h.linkLen >= h.text.length * 0.9) {
    let link = el.firstElementChild;
    for (let n = 0; link && tagOf(link) !== "a" && n < 3; n++) link = link.firstElementChild;
    if (link && tagOf(link) === "a" && HOME_LINK.test(attr(link, "href").trim())) return true;
  }
  for (let a = h.block.parent, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.tag === "nav" || a.role === "navigation") return true;
    if (a.cid && SHADOW_CLASS.test(a.cid)) return true;
    if (a.tag === "li" && a.parent && (a.parent.tag === "ol" || a.parent.tag === "ul")) {
      const list = a.parent;
      const others = list.textLen - a.textLen;
      if (list.li >= 2 && others > 0 && list.linkLen >= others * 0.8) return true;
    }
  }
  return false;
}

// utils/extract/title.ts
var SEPARATORS = /\s+[|\-–—:·•»«›>/\\]{1,2}\s+|\s+::\s+|\s*\|\s*/;
var TITLE_CLASS = /(^|[\s_-])(title|headline|heading|tieude|tieu-de|tit)([\s_-]|$)|article-title|entry-title|post-title|news-title|detail-title|title-detail|titledetail|newstitle/;
function titleSegments(s) {
  return s.split(SEPARATORS).map((x) => x.trim()).filter(Boolean);
}
function compact(k) {
  const lower = k.toLowerCase();
  return stripDiacritics(lower.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue")).replace(/[^a-z0-9]/g, "");
}
function stripSiteName(title, siteNames) {
  let t = cleanText(title);
  const keys = siteNames.map(compact).filter((k) => k.length >= 2);
  if (!keys.length) return t;
  const isSite = (seg) => {
    const c = compact(seg);
    if (!c) return false;
    return keys.some((s) => c === s || c.length > 3 && (s.includes(c) || c.includes(s)) && Math.min(c.length, s.length) / Math.max(c.length, s.length) > 0.5);
  };
  for (let pass = 0; pass < 2; pass++) {
    const seps = [...t.matchAll(new RegExp(SEPARATORS.source, "g"))];
    if (!seps.length) break;
    const lastSep = seps[seps.length - 1];
    const firstSep = seps[0];
    const lastSeg = t.slice((lastSep.index ?? 0) + lastSep[0].length);
    const firstSeg = t.slice(0, firstSep.index);
    if (isSite(lastSeg) && compact(t.slice(0, lastSep.index)).length >= 2) t = t.slice(0, lastSep.index).trim();
    else if (isSite(firstSeg) && compact(t.slice((firstSep.index ?? 0) + firstSep[0].length)).length >= 2) t = t.slice((firstSep.index ?? 0) + firstSep[0].length).trim();
    else break;
  }
  return t;
}
function declaredTitles(md) {
  const metaTitles = [];
  const pushMeta = (text, source) => {
    const t = socialTitle(cleanText(decodeEntities(text)));
    if (t && !metaTitles.some((m) => m.text === t)) metaTitles.push({ text: t, source });
  };
  if (md.jsonLd?.headline) pushMeta(md.jsonLd.headline, "json-ld");
  for (const key of ["og:title", "twitter:title", "dc.title", "dc:title", "dcterms.title", "dcterm:title", "headline", "parsely-title", "sailthru.title", "title"]) {
    const v = metaValue(md, [key]);
    if (v) pushMeta(v.value, `meta:${key}`);
  }
  if (md.titleTag) pushMeta(md.titleTag, "title-tag");
  return metaTitles;
}
function titleAlternatives(model, md, siteNames, host, chosen) {
  const names2 = [...siteNames, ...hostNames(host)];
  const siteKeys = new Set(names2.map(looseKey));
  const seen = /* @__PURE__ */ new Set([looseKey(chosen)]);
  const out = [];
  const add = (text, source) => {
    const k = looseKey(text);
    if (out.length >= 4 || k.length < 2 || seen.has(k) || siteKeys.has(k) || text.length > 400) return;
    seen.add(k);
    out.push({ text, source });
  };
  for (const h of headingLines(model)) {
    if (h.block.tag === "h1" && !isShadowHeading(h)) {
      add(shownText(h), "heading:h1");
      break;
    }
  }
  const declared = declaredTitles(md);
  for (const m of declared) add(stripShortSuffix(stripSiteName(m.text, names2)), m.source);
  for (const m of declared) add(m.text, m.source);
  return out;
}
function findTitle(model, md, siteNames, host = "") {
  const metaTitles = declaredTitles(md);
  const names2 = [...siteNames, ...hostNames(host)];
  const siteKeys = new Set(names2.map(looseKey));
  const siteCompact = new Set(names2.map(compact).filter((c) => c.length >= 4));
  const headings = headingLines(model).filter((h) => !siteKeys.has(looseKey(h.text)) && !GENERIC_HEADING.test(looseKey(h.text)) && !GENERIC_PAGE_TITLE.test(stripDiacritics(looseKey(h.text))));
  const isCategory = (text, except = null) => {
    const k = looseKey(text);
    for (let i = 0; i < model.lines.length && i < 3e3; i++) {
      const l = model.lines[i];
      if (l !== except && Math.abs(l.text.length - text.length) <= 4 && (l.linkLen > 0 || k.split(" ").length <= 5) && looseKey(l.text) === k) return true;
    }
    return false;
  };
  const rank = (h) => h.block.tag === "h1" ? 0 : h.block.tag === "h2" ? 1 : 2;
  const shadowMemo = /* @__PURE__ */ new Map();
  const isShown = (h) => {
    let v = shadowMemo.get(h);
    if (v === void 0) shadowMemo.set(h, v = !isShadowHeading(h));
    return v;
  };
  const strippedMemo = /* @__PURE__ */ new Map();
  const stripped = (m) => {
    let v = strippedMemo.get(m.text);
    if (v === void 0) strippedMemo.set(m.text, v = stripSiteName(m.text, names2));
    return v;
  };
  const declaredKey = (m) => looseKey(stripped(m));
  const asDeclared = (text) => {
    const k = looseKey(text);
    const same = metaTitles.find((m) => declaredKey(m) === k);
    const declared = same ? stripped(same) : "";
    return same && punctuation(declared) > punctuation(text) ? declared : text;
  };
  const matchHeading = (h) => {
    const k = looseKey(h.text);
    if (k.length < 2) return null;
    const parts = h.block.textLen <= 400 ? splitKicker(h.block.el) : null;
    if (parts) {
      const hk = looseKey(parts.headline);
      const headlineDeclared = hk.length >= 2 && metaTitles.some((m) => declaredKey(m) === hk);
      const fullDeclared = metaTitles.some((m) => declaredKey(m) === k || looseKey(m.text) === k);
      const kickedElsewhere = !fullDeclared && metaTitles.some((m) => kickerTail(stripped(m), hk) !== null);
      if (headlineDeclared || parts.classed && !fullDeclared && (h.block.tag === "h1" || kickedElsewhere)) {
        return { text: asDeclared(parts.headline), source: `heading:${h.block.tag}:headline`, confidence: headlineDeclared ? 0.95 : 0.8, line: h };
      }
    }
    for (const m of metaTitles) {
      if (m.source === "title-tag") continue;
      const mk = declaredKey(m);
      if (mk.length < 10 || mk === k) continue;
      const tail = kickerTail(h.text, mk);
      if (tail) return { text: asDeclared(tail), source: `heading:${h.block.tag}:headline`, confidence: 0.9, line: h };
    }
    const same = metaTitles.find((m) => declaredKey(m) === k && !(m.source === "title-tag" && stripped(m) !== m.text && isCategory(h.text, h)));
    if (same) {
      const declared = stripped(same);
      const text = punctuation(declared) > punctuation(shownText(h)) ? declared : shownText(h);
      return { text, source: `heading:${h.block.tag}`, confidence: 0.95, line: h };
    }
    const completesDeclared = (m) => h.block.tag === "h1" && declaredKey(m).length >= 12 && k.startsWith(`${declaredKey(m)} `);
    const agrees = metaTitles.some((m) => (agree(k, m.text, stripped(m)) || completesDeclared(m)) && !(m.source === "title-tag" && isCategory(h.text, h)));
    if (agrees) return { text: shownText(h), source: `heading:${h.block.tag}`, confidence: 0.9, line: h };
    return null;
  };
  for (const h of [...headings].sort((a, b) => rank(a) - rank(b))) {
    const found = isShown(h) ? matchHeading(h) : null;
    if (found) return found;
  }
  if (metaTitles.length) {
    const seen = new Set(headings);
    for (const l of inlineTitleLines(model)) {
      if (seen.has(l) || siteKeys.has(looseKey(l.text))) continue;
      const found = matchHeading(l);
      if (found) return found;
    }
  }
  const primary = metaTitles.find((m) => {
    const stripped2 = stripSiteName(m.text, names2);
    if (looseKey(stripped2).length < 2 || siteKeys.has(looseKey(m.text)) || siteCompact.has(compact(m.text))) return false;
    if (GENERIC_PAGE_TITLE.test(stripDiacritics(looseKey(titleSegments(stripped2)[0] ?? stripped2)))) return false;
    return !(m.source === "title-tag" && stripped2 !== m.text && isCategory(stripped2));
  });
  if (primary) {
    const text = stripShortSuffix(stripSiteName(primary.text, names2));
    return { text, source: primary.source, confidence: primary.source === "title-tag" ? 0.6 : 0.8, line: findLine(headings, model, text) };
  }
  const h1 = headings.find((h) => h.block.tag === "h1" && h.text.length >= 4 && isShown(h));
  if (h1) return { text: shownText(h1), source: `heading:${h1.block.tag}`, confidence: 0.5, line: h1 };
  const placed = placedTitleLine(model, headings.filter(isShown), siteKeys);
  if (placed) return { text: shownText(placed), source: placed.block.tag === "h2" || placed.block.tag === "h3" ? `heading:${placed.block.tag}` : "shown", confidence: 0.5, line: placed };
  const anyHeading = headings.find((h) => h.block.tag === "h1" && h.text.length >= 4) ?? headings.find((h) => h.text.length >= 8);
  if (anyHeading) return { text: shownText(anyHeading), source: `heading:${anyHeading.block.tag}`, confidence: 0.4, line: anyHeading };
  const fallback = metaTitles[0];
  if (fallback) return { text: fallback.text, source: fallback.source, confidence: 0.3, line: null };
  return { text: "", source: "none", confidence: 0, line: null };
}
function socialTitle(t) {
  const s = t.replace(/^\(\d{1,3}\+?\)\s+(?=\S)/, "");
  const post = /^.{1,80}? on (?:X|Twitter): ["“](.+)["”](?: \/ (?:X|Twitter))?$/u.exec(s);
  return post ? post[1].trim() : s;
}
function socialAuthor(t) {
  const m = /^(?:\(\d{1,3}\+?\)\s+)?(.{1,80}?) on (?:X|Twitter): ["“]/u.exec(cleanText(t));
  return m ? m[1].trim() : "";
}
function stripShortSuffix(t) {
  const m = /^(.*\S)\s+[|–—·»]\s+(\S.*)$/u.exec(t) ?? /^(.*\S)\s+-\s+(\S.*)$/u.exec(t);
  if (!m) return t;
  const [, head, tail] = m;
  const tailWords = tail.split(/\s+/).length;
  if (tailWords > 4 || tail.length > 32 || tail.length > head.length * 0.45 || !/^[\p{Lu}\p{N}]/u.test(tail) || head.split(/\s+/).length < 3) return t;
  return head;
}
var KICKER_SEPARATOR = /:\s+|\s+[-–—|]\s+/g;
function kickerTail(text, tailKey) {
  if (tailKey.length < 2 || text.length > 400) return null;
  for (const m of text.matchAll(KICKER_SEPARATOR)) {
    const at = m.index ?? 0;
    const kicker = text.slice(0, at).trim();
    if (!kicker || kicker.length > 90 || kicker.split(/\s+/).length > 8) break;
    const tail = text.slice(at + m[0].length).trim();
    if (looseKey(tail) === tailKey) return tail;
  }
  return null;
}
function shownText(h) {
  return h.text.replace(/\s*[¶§🔗]$/u, "").replace(/\s+#$/, "") || h.text;
}
function punctuation(s) {
  return (s.match(/[^\p{L}\p{N}\s]/gu) ?? []).length;
}
var GENERIC_PAGE_TITLE = /^(?:trang tin|trang tin tuc|tin tuc|tin tuc su kien|tin tuc va su kien|chi tiet|chi tiet tin|chi tiet tin tuc|chi tiet bai viet|chi tiet van ban|van ban|van ban chi dao dieu hanh|chi tiet thong bao|thong bao|xem tin|tin bai|bai viet|news|news detail|article|article detail|home|trang chu)$/;
var GENERIC_HEADING = /^(menu|navigation|search|suchen|tim kiem|main menu|home|trang chu|comments?|related|share|footer|sidebar|conversation|sign in|log in|newsletter)$/;
function agree(k, m, stripped) {
  const mk = looseKey(m);
  if (!mk) return false;
  if (mk === k) return true;
  const sk = looseKey(stripped);
  if (sk === k) return true;
  const segs = titleSegments(m).map(looseKey);
  if (k.length >= 10 && segs.some((seg) => seg === k)) return true;
  if (k.length >= 6 && segs.length === 2 && segs[0] === k && segs[1].length < k.length) return true;
  if (k.length >= 15 && mk.startsWith(k) && segs.length > 1 && looseKey(segs[0]).length <= k.length) return true;
  if (k.length >= 15 && mk.startsWith(k) && mk.length - k.length <= 16) return true;
  if (sk.length >= 15 && k.startsWith(sk) && sk.length >= k.length * 0.5) return true;
  return [sk, ...segs].some((x) => nearlySame(k, x));
}
function nearlySame(a, b) {
  const x = a.split(" ");
  const y = b.split(" ");
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const dx = x.slice(i, x.length - j);
  const dy = y.slice(i, y.length - j);
  if (dx.length + dy.length === 0) return true;
  if (dx.some((w) => /\d/.test(w)) || dy.some((w) => /\d/.test(w))) return false;
  if (dx.length + dy.length === 1) return true;
  return dx.length === 1 && dy.length === 1 && dx[0].slice(0, 3) === dy[0].slice(0, 3) && Math.min(dx[0].length, dy[0].length) >= 3;
}
function hostMainLabel(host) {
  const labels = host.toLowerCase().split(".").filter(Boolean);
  if (labels.length < 2) return labels[0] ?? "";
  const second = labels[labels.length - 2];
  if (labels.length >= 3 && /^(?:gov|com|org|net|edu|co|ac|info|int|mil|nic|health|name|biz|pro)$/.test(second)) return labels[labels.length - 3];
  return second;
}
function hostNames(host) {
  const h = host.replace(/^www\d?\./, "").replace(/^m\./, "");
  if (!h) return [];
  const main = hostMainLabel(h);
  return [h, main, main.replace(/-/g, " ")].filter((x) => x.length >= 3);
}
var headingMemo = /* @__PURE__ */ new WeakMap();
function headingLines(model) {
  const hit = headingMemo.get(model);
  if (hit) return hit;
  const out = [];
  headingMemo.set(model, out);
  for (const l of model.lines) {
    if (out.length >= 200) break;
    if (l.text.length > 400 || l.text.length < 2) continue;
    if (isHeadingLine(l)) out.push(l);
  }
  return out;
}
function isHeadingLine(l) {
  const tag = l.block.tag;
  if (tag === "h1" || tag === "h2" || tag === "h3") return true;
  for (let a = l.block, n = 0; a && n < 3; a = a.parent, n++) {
    if (a.cid && /tit|head|tieu/.test(a.cid) && TITLE_CLASS.test(a.cid)) return true;
    if (n === 0 && /headline|name/i.test(a.el.getAttribute?.("itemprop") ?? "")) return true;
  }
  return false;
}
function inlineTitleLines(model) {
  const out = [];
  const limit = Math.min(model.lines.length, 3e3);
  for (let i = 0; i < limit && out.length < 50; i++) {
    const l = model.lines[i];
    if (l.text.length > 150 || l.text.length < 2) continue;
    const first = l.nodes.find((t) => t.data.trim());
    const p = first?.parentElement;
    if (!p || p === l.block.el) continue;
    const cls = attr(p, "class").toLowerCase();
    if (cls && /tit|head|tieu/.test(cls) && TITLE_CLASS.test(cls) && cleanText(rawText(p, 400)).length >= l.text.length) out.push(l);
  }
  return out;
}
var CHROME_CLASS = /menu|\bnav|footer|sidebar|related|lienquan|tinkhac|tin-khac|banner|logo|header-top|topbar|breadcrumb|widget|\bbox-|copyright/;
var DATE_SHAPE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+(?:tháng\s+\d{1,2}|[a-zäöüé]{3,9}\.?\s+\d{4})/iu;
function placedTitleLine(model, headings, siteKeys) {
  const candidates2 = /* @__PURE__ */ new Set([...headings, ...inlineTitleLines(model)]);
  const limit = Math.min(model.lines.length, 3e3);
  for (let i = 0; i < limit; i++) {
    const l = model.lines[i];
    if (l.text.length < 10 || l.text.length > 250 || l.linkLen > 0) continue;
    if (!candidates2.has(l) && !looksLikeTitle(l)) continue;
    if (siteKeys.has(looseKey(l.text)) || inChrome(l) || DATE_SHAPE.test(l.text) && l.text.length < 40) continue;
    for (let j = i + 1; j < Math.min(limit, i + 5); j++) {
      const n = model.lines[j];
      if (n.linkLen === 0 && n.text.length >= 10 && (candidates2.has(n) || looksLikeTitle(n)) && !DATE_SHAPE.test(n.text)) break;
      if (j <= i + 3 && n.text.length <= 80 && n.linkLen < n.text.length * 0.5 && DATE_SHAPE.test(n.text)) return l;
      if (n.text.length >= 150 && n.linkLen < n.text.length * 0.2) return l;
    }
  }
  return null;
}
function looksLikeTitle(l) {
  if (l.text.length < 10 || l.text.length > 250 || /[.:]$/.test(l.text)) return false;
  let seen = 0;
  for (const node of l.nodes) {
    if (!node.data.trim()) continue;
    seen++;
    let styled = false;
    for (let p = node.parentNode, n = 0; p && p.nodeType === 1 && n < 6; p = p.parentNode, n++) {
      const el = p;
      const tag = (el.localName || el.tagName || "").toLowerCase();
      const style = (el.getAttribute?.("style") ?? "").toLowerCase();
      if (tag === "b" || tag === "strong" || tag === "font" && Number(el.getAttribute?.("size")) >= 4) styled = true;
      else if (/font-weight\s*:\s*(bold|[6-9]00)|font-size\s*:\s*(1[6-9]|[2-4]\d)px/.test(style)) styled = true;
      if (styled || el === l.block.el) break;
    }
    if (!styled) return false;
  }
  return seen > 0;
}
function inChrome(l) {
  for (let a = l.block, n = 0; a && n < 8; a = a.parent, n++) {
    if (a.tag === "nav" || a.tag === "footer" || a.tag === "aside" || a.tag === "header") return true;
    if (a.cid && CHROME_CLASS.test(a.cid)) return true;
  }
  return false;
}
function findLine(headings, model, text) {
  const k = looseKey(text);
  if (!k) return null;
  const h = headings.find((l) => looseKey(l.text) === k);
  if (h) return h;
  const limit = Math.min(model.lines.length, 2e4);
  for (let i = 0; i < limit; i++) {
    const l = model.lines[i];
    if (l.text.length <= text.length * 1.5 + 10 && looseKey(l.text) === k) return l;
  }
  return null;
}

// utils/extract/site.ts
var PORTAL_KIND = /^(?:cổng thông tin điện tử|trang thông tin điện tử|cổng thông tin|cổng tttđt|trang tin điện tử|báo điện tử|tạp chí điện tử)(?:\s+(.+))?$/iu;
var ORG_START = /^(?:sở|phòng|ban|ủy ban|uỷ ban|ubnd|văn phòng|trung tâm|báo|đài|hội đồng|cục|chi cục|bộ|tổng cục|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|trường|bệnh viện|viện|công an|đảng ủy|huyện ủy|tỉnh ủy|thành ủy)\s/iu;
var ADMIN_WORDS = /* @__PURE__ */ new Set(["t\u1EC9nh", "huy\u1EC7n", "x\xE3", "ph\u01B0\u1EDDng", "qu\u1EADn", "th\u1ECB", "tr\u1EA5n", "th\xE0nh", "ph\u1ED1"]);
function findSiteNames(model, md, url) {
  const out = [];
  const sources = [];
  let source = "none";
  const headlines = new Set([metaValue(md, ["og:title"])?.value, md.jsonLd?.headline].filter((x) => !!x).map(looseKey));
  const push = (s, src) => {
    const c = cleanText(s ?? "");
    if (!c || c.length > 120 || /^https?:/.test(c) || out.some((o) => looseKey(o) === looseKey(c))) return;
    if (src === "meta" && c.split(" ").length >= 5 && headlines.has(looseKey(c))) return;
    if (!out.length) source = src;
    out.push(c);
    sources.push(src);
  };
  push(metaValue(md, ["og:site_name"])?.value, "meta:og:site_name");
  push(md.jsonLd?.publisher, "json-ld");
  md.jsonLdSiteNames.forEach((n) => push(n, "json-ld"));
  const titleSegs = titleSegments(md.titleTag);
  const spelled = (name) => {
    const k = looseKey(name);
    if (looseKey(md.titleTag) === k) return md.titleTag;
    return titleSegs.find((s) => looseKey(s) === k) ?? (isAllCaps(name) ? fixCaps(name) : name);
  };
  const inTitle = (n) => looseKey(md.titleTag) === looseKey(n) || titleSegs.some((t) => looseKey(t) === looseKey(n));
  const banners = bannerNames(model).sort((a, b) => Number(inTitle(b)) - Number(inTitle(a)));
  for (const b of banners) push(spelled(b), "banner");
  push(metaValue(md, ["application-name", "apple-mobile-web-app-title", "al:ios:app_name", "dc.publisher", "publisher"])?.value, "meta");
  if (titleSegs.length > 1) {
    const host2 = hostKey(url);
    const last = titleSegs[titleSegs.length - 1];
    const first = titleSegs[0];
    const looksSite = (s) => {
      const k = looseKey(s).replace(/ /g, "");
      if (!host2 || !k || s.split(/\s+/).length > 5) return false;
      return k === host2 || host2.length >= 4 && (k.includes(host2) || host2.includes(k)) && Math.min(k.length, host2.length) / Math.max(k.length, host2.length) >= 0.5;
    };
    if (looksSite(last) || ORG_START.test(last) || PORTAL_KIND.test(last)) push(last, "title");
    else if (looksSite(first)) push(first, "title");
  } else if (md.titleTag && (PORTAL_KIND.test(md.titleTag) || out.some((o) => looseKey(o).endsWith(looseKey(md.titleTag))) || ownerNamedInChrome(model, md.titleTag))) {
    push(isAllCaps(md.titleTag) ? fixCaps(md.titleTag) : md.titleTag, "title");
  }
  const host = hostOf(url).replace(/^www\./, "");
  push(homeLinkName(model, host), "home-link");
  if (host) push(host, "host");
  return { names: out, sources, source };
}
var OWNER_LINE = /bản quyền|cơ quan chủ quản|đơn vị chủ quản|cơ quan quản lý|đơn vị quản lý|chịu trách nhiệm|giấy phép|©|copyright/iu;
var BRAND_BLOCK = /logo|banner|brand|site-?name|sitename|site-?title|masthead|tencoquan|ten-co-quan|tendonvi|ten-don-vi|(?:^|\s)(?:header|top|topbar|top-bar)(?:\s|$)/;
function ownerNamedInChrome(model, title) {
  if (!ORG_START.test(title) || title.split(/\s+/).length > 12) return false;
  if (isAllCaps(title)) return true;
  const k = looseKey(title);
  if (k.length < 6) return false;
  const n = model.lines.length;
  for (let i = 0; i < Math.min(n, 40); i++) {
    const l = model.lines[i];
    if (l.text.length > 200 || looseKey(l.text) !== k || /^h[1-3]$/.test(l.block.tag)) continue;
    for (let a = l.block, d = 0; a && d < 4; a = a.parent, d++) if (a.tag === "header" || a.cid && BRAND_BLOCK.test(a.cid)) return true;
  }
  for (let i = Math.max(0, n - 40); i < n; i++) {
    const l = model.lines[i];
    if (l.text.length <= 300 && OWNER_LINE.test(l.text) && looseKey(l.text).includes(k)) return true;
  }
  return false;
}
var HOME_WORDS = /^(?:home|homepage|home page|start|startseite|accueil|inicio|início|trang chủ|trang chu|main page|back|zurück|menu|skip to content|zum inhalt springen|logo)$/i;
function homeLinkName(model, pageHost) {
  const limit = Math.min(model.infos.length, 400);
  for (let i = 0; i < limit; i++) {
    const info = model.infos[i];
    if (info.tag !== "a") continue;
    const href = attr(info.el, "href").trim();
    if (!HOME_LINK.test(href)) continue;
    if (/^https?:/i.test(href) && hostOf(href).replace(/^www\./, "") !== pageHost) continue;
    let name = cleanText(rawText(info.el, 200));
    if (!name) {
      const img = info.el.querySelector?.("img[alt]");
      name = cleanText(attr(info.el, "aria-label") || attr(info.el, "title") || (img ? attr(img, "alt") : ""));
    }
    name = name.replace(/\s+(?:homepage|home page|home|startseite)$/i, "").replace(/^(?:logo|zur startseite)\s+/i, "").replace(/\s*\(?\blogo\)?$/i, "").trim();
    const plain = !/[[\]{}<>|,.!?]$|[[\]{}<>|]|,\s/.test(name) && !/首页|主页|homepage/i.test(name);
    const org = (ORG_START.test(name) || PORTAL_KIND.test(name)) && name.length <= 80 && name.split(" ").length <= 12;
    if (name && plain && org) return isAllCaps(name) ? fixCaps(name) : name;
    if (name && plain && name.length <= 40 && name.split(" ").length <= 4 && !HOME_WORDS.test(name)) return name;
    return "";
  }
  return "";
}
function bannerNames(model) {
  const out = [];
  const limit = Math.min(model.lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const t = model.lines[i].text;
    if (t.length > 100) continue;
    const m = PORTAL_KIND.exec(t);
    if (!m) continue;
    if (m[1]) {
      out.push(isAllCaps(m[1]) ? `${t.slice(0, t.length - m[1].length).trim()} ${fixCaps(m[1])}` : t);
    } else {
      const next = model.lines[i + 1]?.text ?? "";
      if (next && next.length <= 80 && (ORG_START.test(next) || isAllCaps(next) || /^\p{Lu}/u.test(next)) && !/\d{1,2}\/\d{1,2}/.test(next)) {
        const owner = isAllCaps(next) ? fixCaps(next) : next;
        out.push(owner, `${t} ${/^(?:xã|phường|huyện|quận|tỉnh|thị xã|thị trấn|thành phố)\s/iu.test(owner) ? owner[0].toLowerCase() + owner.slice(1) : owner}`);
      }
    }
    break;
  }
  return out;
}
function isAllCaps(s) {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
function fixCaps(s) {
  const words = s.split(/\s+/).map((w) => w.toLocaleLowerCase("vi"));
  const out = [];
  let field = "none";
  for (let i = 0; i < words.length; i++) {
    const lower = words[i];
    const prev = words[i - 1] ?? "";
    const next = words[i + 1] ?? "";
    if (isAdminWord(lower, prev, next) && words.length > 1) {
      out.push(lower);
      field = "none";
      continue;
    }
    if (field !== "none" && (lower === "-" || lower === "v\xE0" || lower === "\u2013")) {
      out.push(lower);
      field = "first";
      continue;
    }
    if (ACRONYMS.has(lower) || !VOWEL.test(lower)) {
      out.push(lower.toLocaleUpperCase("vi"));
      field = "none";
      continue;
    }
    const twoWordType = ORG_TYPES.has(`${prev} ${lower}`);
    out.push(field === "rest" || twoWordType ? lower : lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1));
    if (field === "first") field = "rest";
    else if ((ORG_TYPES.has(lower) || twoWordType) && !ORG_TYPES.has(`${lower} ${next}`)) field = /^(?:nhân|mặt)$/.test(next) ? "rest" : "first";
  }
  return out.join(" ");
}
function isAdminWord(lower, prev, next) {
  if (!ADMIN_WORDS.has(lower)) return false;
  if (lower === "th\u1ECB") return /^(?:xã|trấn)$/.test(next);
  if (lower === "th\xE0nh") return next === "ph\u1ED1";
  if (lower === "tr\u1EA5n") return prev === "th\u1ECB";
  if (lower === "ph\u1ED1") return prev === "th\xE0nh";
  return true;
}
var VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/u;
var ACRONYMS = /* @__PURE__ */ new Set(["ubnd", "ubmttq", "tand", "vksnd", "cand", "q\u0111nd", "ubkt"]);
var ORG_TYPES = /* @__PURE__ */ new Set(["s\u1EDF", "b\u1ED9", "ban", "ph\xF2ng", "c\u1EE5c", "chi c\u1EE5c", "t\u1ED5ng c\u1EE5c", "trung t\xE2m", "v\u0103n ph\xF2ng", "\u1EE7y ban", "u\u1EF7 ban", "h\u1ED9i \u0111\u1ED3ng", "vi\u1EC7n", "\u0111\xE0i"]);
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}
function hostKey(url) {
  return stripDiacritics(hostMainLabel(hostOf(url).replace(/^www\d?\./, ""))).replace(/-/g, "");
}

// utils/extract/index.ts
function extractArticle(doc, url, options = {}) {
  try {
    return run(doc, url, options.profiles ?? PROFILES, options.visibleOnly ?? false);
  } catch (e) {
    return fallbackArticle(doc, url, e);
  }
}
function run(doc, url, profiles, visibleOnly) {
  const errors = [];
  const model = buildPageModel(doc);
  if (!model.root) throw new Error("document has no readable root element");
  const read = safe(() => readMetadata(doc, model), emptyMetadata(), errors, "metadata");
  const md = visibleOnly ? { ...emptyMetadata(), lang: read.lang, langTag: read.langTag } : read;
  const profile = safe(() => matchProfile(model, url, metaValue(md, ["generator"])?.value ?? "", profiles), null, errors, "profile");
  const sample = model.lines.slice(0, 400).map((l) => l.text).join(" ");
  const lang = md.lang || (looksVietnamese(sample) ? "vi" : "");
  const vietnamese = lang.startsWith("vi") || !lang && /\.vn(?:[:/]|$)/i.test(hostOf2(url)) || !md.lang && looksVietnamese(sample);
  const dayFirst = vietnamese || !(lang === "en" || !lang) || !!md.langTag && !/^en(?:[-_]us)?$/i.test(md.langTag);
  const siteInfo = findSiteNames(model, md, url);
  const siteNames = siteInfo.names;
  const provenance = {};
  const title = findTitle(model, md, siteNames, hostOf2(url));
  provenance.title = { source: title.source, confidence: title.confidence };
  let preferred = profile ? firstMatch(model, profile.body) : null;
  if (preferred && preferred.textLen < 200) preferred = null;
  let sel = selectBody(model, title.text, preferred);
  let bodySource = preferred ? `profile:${profile?.id}` : "scored";
  if (!preferred) {
    const info = selectFirst(model, GENERIC_BODY);
    const selLen = sel.lines.reduce((n, l) => n + l.text.length, 0);
    if (info && info.textLen >= 200 && info.textLen > selLen * 0.6 && !sel.parts.some((p) => p.order <= info.order && p.end >= info.end && info.textLen > selLen * 0.9)) {
      const alt = selectBody(model, title.text, info);
      const altLen = alt.lines.reduce((n, l) => n + l.text.length, 0);
      if (altLen >= selLen * 0.6) {
        sel = alt;
        bodySource = "selector";
      }
    }
  }
  let lines = trimBody(withLead(sel.lines, title.line, model), title.line);
  const bodyStart = lines[0]?.index ?? title.line?.index ?? 0;
  const dates = safe(
    () => rankDates({ model, md, url, titleLine: title.line, bodyLines: lines, vietnamese, dayFirst }),
    { published: null, modified: null, candidates: [], eventDates: [] },
    errors,
    "dates"
  );
  if (vietnamese) {
    for (const c of dates.candidates) c.iso = utcToVietnamTime(c.iso);
    if (dates.published) dates.published.iso = utcToVietnamTime(dates.published.iso);
    if (dates.modified) dates.modified.iso = utcToVietnamTime(dates.modified.iso);
  } else if (dates.published) {
    const local = publisherTime(dates.published.iso, dates.candidates, dayFirst);
    if (local) {
      const day = local.iso.slice(0, 10);
      const shown = dates.candidates.find((c) => c.element && c.iso.slice(0, 10) === day && c.text && !/^\d{4}-\d\d-\d\d(?:[T ]|$)/.test(c.text));
      dates.published = { ...dates.published, iso: local.iso, ...shown ? { text: shown.text, element: shown.element } : {} };
      if (local.offset !== null) {
        for (const c of dates.candidates) c.iso = utcAtOffset(c.iso, local.offset);
        if (dates.modified) dates.modified = { ...dates.modified, iso: utcAtOffset(dates.modified.iso, local.offset) };
      }
    }
  }
  const byline = safe(() => findByline(model, md, title.line, bodyStart, siteNames), { authors: [], text: "", element: null, lines: [], source: "none", confidence: 0 }, errors, "byline");
  const dateFound = [dates.published, dates.modified].filter((d) => !!d?.element);
  const labelledCell = (l) => (l.block.tag === "td" || l.block.tag === "th") && l.block.parent?.tag === "tr" && l.block.parent.lastLine - l.block.parent.firstLine > l.block.lastLine - l.block.firstLine;
  const isDateLine2 = (l) => l.text.length < 160 && !labelledCell(l) && dateFound.some((d) => d.element === l.block.el && (!d.text || l.text.includes(d.text)));
  const bylineLines = new Set(byline.lines);
  lines = lines.filter((l, i) => !(i < 8 && (isDateLine2(l) || bylineLines.has(l))));
  let sigFound = null;
  if (vietnamese) {
    const trailing = lines.length ? safe(() => trailingSignatureLines(model.lines, lines[lines.length - 1]), [], errors, "signature") : [];
    sigFound = safe(() => findSignatureBlock([...lines, ...trailing]), null, errors, "signature");
  }
  if (sigFound) {
    const used = /* @__PURE__ */ new Set([...sigFound.lines, ...sigFound.after]);
    lines = lines.filter((l) => !used.has(l));
  }
  const signature = toSignature(sigFound, byline);
  let authors = mergeNames(byline.authors, sigFound?.authors ?? []);
  if (!vietnamese && !authors.length) authors = safe(() => trailingNameSignature(lines), [], errors, "signature");
  const poster = authors.length ? "" : socialAuthor(metaValue(md, ["og:title"])?.value ?? md.titleTag);
  if (poster) authors = [poster];
  provenance.authors = authors.length ? { source: sigFound?.authors.length && !byline.authors.length ? "signature" : byline.source, confidence: Math.max(byline.confidence, sigFound?.confidence ?? 0) } : { source: "none", confidence: 0.3 };
  if (signature) provenance.signature = { source: `signature:${signature.kind}`, confidence: sigFound?.confidence ?? byline.confidence };
  const paragraphs = toParagraphs(lines, sigFound);
  const text = paragraphs.join("\n\n");
  provenance.body = { source: bodySource, confidence: sel.confidence };
  if (dates.published) provenance.published = { source: dates.published.source, confidence: dates.published.score };
  if (dates.modified) provenance.modified = { source: dates.modified.source, confidence: dates.modified.score };
  const site = siteNames[0] ?? "";
  provenance.site = { source: siteInfo.source, confidence: site ? siteInfo.source === "host" ? 0.3 : 0.7 : 0 };
  provenance.lang = { source: md.lang ? "html" : lang ? "text" : "none", confidence: md.lang ? 0.9 : lang ? 0.6 : 0 };
  const declaredArticle = /article|posting|report/i.test(md.jsonLd?.type ?? "") || /article/i.test(metaValue(md, ["og:type"])?.value ?? "");
  const listing = !declaredArticle && looksLikeListing(sel.lines, vietnamese, dayFirst);
  const linkShare = sel.lines.length ? sel.lines.reduce((n, l) => n + l.linkLen, 0) / Math.max(1, sel.lines.reduce((n, l) => n + l.text.length, 0)) : 1;
  const isArticle = !listing && !!title.text && text.length >= 200 && linkShare < 0.5 && (declaredArticle || !isRootPath(url) || !!dates.published);
  if (listing) {
    dates.published = null;
    dates.modified = null;
    dates.eventDates = [];
    delete provenance.published;
    delete provenance.modified;
  }
  const canonicalUrl = md.canonical ? absolutise(md.canonical, url) : null;
  return {
    url,
    canonicalUrl,
    title: title.text,
    titleElement: title.line?.block.el ?? null,
    published: dates.published,
    modified: dates.modified,
    dateCandidates: dates.candidates,
    authors: listing ? [] : authors,
    signature: listing ? null : signature,
    body: { element: sel.container?.el ?? null, text, paragraphs },
    eventDates: dates.eventDates,
    lang,
    site,
    titleCandidates: safe(() => titleAlternatives(model, md, siteNames, hostOf2(url), title.text), [], errors, "title"),
    siteCandidates: siteNames.slice(1, 5).map((text2, i) => ({ text: text2, source: siteInfo.sources[i + 1] ?? "page" })),
    isArticle,
    profile: profile?.id ?? null,
    provenance,
    errors
  };
}
function toArticleData(article) {
  const sig = article.signature;
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    published: article.published?.iso ?? null,
    publishedText: article.published?.text ?? null,
    modified: article.modified?.iso ?? null,
    modifiedText: article.modified?.text ?? null,
    dateCandidates: article.dateCandidates.map((c) => ({ iso: c.iso, text: c.text, source: c.source, score: c.score })),
    authors: [...article.authors],
    signature: sig ? { text: sig.text, authors: [...sig.authors], unit: sig.unit, source: sig.source } : null,
    bodyText: article.body.text,
    eventDates: article.eventDates.map((e) => ({ ...e })),
    lang: article.lang,
    site: article.site,
    titleCandidates: article.titleCandidates.map((c) => ({ ...c })),
    siteCandidates: article.siteCandidates.map((c) => ({ ...c })),
    isArticle: article.isArticle,
    provenance: { ...article.provenance }
  };
}
function toDomRange(doc, spec) {
  try {
    const r = doc.createRange();
    r.setStart(spec.startNode, spec.startOffset);
    r.setEnd(spec.endNode, spec.endOffset);
    return r;
  } catch {
    return null;
  }
}
function safe(fn, fallback, errors, step) {
  try {
    return fn();
  } catch (e) {
    errors.push(`${step}: ${e instanceof Error ? e.message : String(e)}`);
    return fallback;
  }
}
function emptyMetadata() {
  return { meta: /* @__PURE__ */ new Map(), jsonLd: null, jsonLdSiteNames: [], canonical: null, lang: "", langTag: "", titleTag: "" };
}
function toSignature(found, byline) {
  if (found) {
    let range2 = null;
    let nodes2 = [];
    if (found.inline) {
      const n = found.inline.node;
      nodes2 = [n];
      range2 = { startNode: n, startOffset: found.inline.offset, endNode: n, endOffset: n.data.length };
    } else if (found.lines.length) {
      nodes2 = [...new Set(found.lines.map((l) => l.block.el))];
      const first = found.lines[0].nodes[0];
      const lastNodes = found.lines[found.lines.length - 1].nodes;
      const last = lastNodes[lastNodes.length - 1];
      if (first && last) range2 = { startNode: first, startOffset: 0, endNode: last, endOffset: last.data.length };
    }
    return { text: found.text, authors: found.authors, unit: found.unit, source: found.source, nodes: nodes2, range: range2, kind: found.kind };
  }
  if (!byline.authors.length) return null;
  const nodes = byline.element ? [byline.element] : [];
  let range = null;
  const ln = byline.lines;
  if (ln.length && ln[0].nodes.length) {
    const last = ln[ln.length - 1].nodes[ln[ln.length - 1].nodes.length - 1];
    range = { startNode: ln[0].nodes[0], startOffset: 0, endNode: last, endOffset: last.data.length };
  }
  return { text: byline.text || byline.authors.join(", "), authors: byline.authors, unit: null, source: null, nodes, range, kind: "byline" };
}
function mergeNames(a, b) {
  const out = [];
  for (const n of [...a, ...b]) {
    const k = looseKey(n);
    if (!k) continue;
    if (out.some((o) => looseKey(o) === k)) continue;
    out.push(n);
  }
  return out;
}
function hostOf2(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}
function isRootPath(url) {
  try {
    const u = new URL(url);
    return (u.pathname === "/" || u.pathname === "" || /^\/(index|default|home)\.\w+$/i.test(u.pathname)) && !u.search;
  } catch {
    return false;
  }
}
function absolutise(href, base) {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
function fallbackArticle(doc, url, e) {
  let title = "";
  let text = "";
  try {
    title = cleanText(rawText(queryAll(doc, "title")[0], 2e3));
  } catch {
  }
  try {
    text = cleanText(rawText(doc.body, 5e5));
  } catch {
  }
  return {
    url,
    canonicalUrl: null,
    title,
    titleElement: null,
    published: null,
    modified: null,
    dateCandidates: [],
    authors: [],
    signature: null,
    body: { element: null, text, paragraphs: text ? [text] : [] },
    eventDates: [],
    lang: "",
    site: "",
    titleCandidates: [],
    siteCandidates: [],
    isArticle: false,
    profile: null,
    provenance: { title: { source: "fallback", confidence: 0.1 }, body: { source: "fallback", confidence: 0.1 } },
    errors: [`extract: ${e instanceof Error ? e.message : String(e)}`]
  };
}
export {
  extractArticle,
  toArticleData,
  toDomRange
};
