/**
 * Accessibility checks run inside an extension page in real Chromium: text contrast against the
 * background actually painted behind it (WCAG 2.x AA), an accessible name for every control, and
 * a visible focus indicator on whatever keyboard focus lands on. Each function is self-contained so
 * it can be passed to `page.evaluate`.
 */
import type { Page } from 'playwright-core';

export interface ContrastFailure {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/** Every visible text run whose contrast with the background behind it is below AA. */
export function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = (c: RGBA): number => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
    };
    /** The colour painted behind `el`: its own and its ancestors' backgrounds, composed over white. */
    const backgroundOf = (el: Element): RGBA | null => {
      const layers: RGBA[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        // text over an image or gradient cannot be judged from colours alone
        if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
        const bg = parse(cs.backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      let out: RGBA = [255, 255, 255, 1];
      for (const layer of layers.reverse()) out = over(layer, out);
      return out;
    };
    const failures: ContrastFailure[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('[hidden], [aria-hidden="true"], .pn-visually-hidden, script, style, option')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0 || cs.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      // WCAG exempts inactive controls
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      const bg = backgroundOf(el);
      const fgRaw = parse(cs.color);
      if (!bg || !fgRaw) continue;
      const fg = over(fgRaw, bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(cs.fontSize);
      const bold = Number(cs.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) {
        failures.push({ text: n.textContent.trim().slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed, color: cs.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})` });
      }
    }
    return failures;
  });
}

/** Controls (inputs, selects, buttons, links, ARIA widgets) that a screen reader would announce without a name. */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nameOf = (el: HTMLElement): string => {
      const labelledby = el.getAttribute('aria-labelledby');
      if (labelledby) {
        const text = labelledby.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
        if (text) return text;
      }
      const aria = el.getAttribute('aria-label')?.trim();
      if (aria) return aria;
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length) {
        const text = [...labels].map((l) => l.textContent ?? '').join(' ').trim();
        if (text) return text;
      }
      if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button') && el.value.trim()) return el.value;
      if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) {
        const text = (el.textContent ?? '').trim() || [...el.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')).join(' ').trim();
        if (text) return text;
      }
      return el.getAttribute('title')?.trim() ?? '';
    };
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button, a[href], [role=button], [role=checkbox], [role=combobox], [role=listbox], [role=option], [role=tab], [role=switch], [role=slider], [role=searchbox], [role=menuitem]');
    for (const el of controls) {
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 && rect.height < 1 && !(el instanceof HTMLInputElement && (el.type === 'file' || el.type === 'checkbox' || el.type === 'radio'))) continue;
      if (el.closest('[hidden], [aria-hidden="true"]')) continue;
      if (!nameOf(el)) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
}

export interface FocusStop {
  /** What took focus (tag, role and name, short). */
  what: string;
  /** Whether a focus indicator shows: an outline, a box shadow, or (SVG) a stroked shape. */
  visible: boolean;
  /** Whether the focused element lies inside the viewport (after the browser scrolled to it). */
  inView: boolean;
}

/**
 * Press Tab up to `max` times from the top of the page and report each stop. Stops when focus
 * comes back to an element already visited.
 */
export async function tabThrough(page: Page, max = 200): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  const visited = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (!el.dataset.pnTabIndex) el.dataset.pnTabIndex = String(document.querySelectorAll('[data-pn-tab-index]').length);
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      // an SVG control (a timeline bar) draws its ring as a stroke on a shape inside it
      const stroked = el instanceof SVGElement && [...el.querySelectorAll('rect, path, circle')].some((shape) => {
        const ss = getComputedStyle(shape);
        return ss.stroke !== 'none' && parseFloat(ss.strokeWidth) >= 1;
      });
      const rect = el.getBoundingClientRect();
      const inView = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40);
      return { key: el.dataset.pnTabIndex, what: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${name}"`, visible: outline || shadow || stroked, inView };
    });
    if (!stop) continue;
    if (visited.has(stop.key)) break;
    visited.add(stop.key);
    stops.push({ what: stop.what, visible: stop.visible, inView: stop.inView });
  }
  return stops;
}

/** Elements wider than the viewport or cut off at its right edge, and whether the page scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<{ scrolls: boolean; clipped: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = document.documentElement.scrollWidth > width + 1;
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], h1, h2, h3, label, [role=button]')) {
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1 || el.closest('[hidden], [aria-hidden="true"], .pn-visually-hidden')) continue;
      // inside a container that scrolls sideways on purpose (a wide table, the timeline) is fine
      let scroller = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if ((ox === 'auto' || ox === 'scroll') && p.scrollWidth > p.clientWidth) scroller = true;
      }
      if (!scroller && rect.right > width + 1) clipped.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" right=${Math.round(rect.right)}`);
    }
    return { scrolls, clipped };
  });
}
