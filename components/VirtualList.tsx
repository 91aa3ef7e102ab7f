/**
 * A windowed, keyboard-operable multi-select list: only the rows in view (plus a few) are in the
 * DOM, all rows have one fixed height, so 10,000 clips render as fast as 20. Follows the ARIA
 * listbox pattern: arrows/Home/End/PageUp/PageDown move, Space selects, Enter opens.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  /** DOM id prefix (rows get `${id}-row-${index}`). */
  id: string;
  /** Accessible name of the list. */
  label: string;
  /** Id of an element describing the keys (e.g. a hint). */
  describedBy?: string;
  items: readonly T[];
  getKey: (item: T) => string;
  /** Row height in CSS pixels; every row has exactly this height. */
  rowHeight: number;
  /** Rows rendered beyond the viewport on each side (default 6). */
  overscan?: number;
  /** Viewport height used until the real one is measured (default 20 rows). */
  initialHeight?: number;
  selected: ReadonlySet<string>;
  onToggleSelect: (key: string) => void;
  onSelectAll: () => void;
  /** The row the keyboard is on. */
  activeKey: string | null;
  onActiveChange: (key: string) => void;
  onOpen: (key: string) => void;
  renderRow: (item: T, state: { index: number; selected: boolean; active: boolean }) => ComponentChildren;
}

/** The windowed list. */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(props.initialHeight ?? rowHeight * 20);
  const overscan = props.overscan ?? 6;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setHeight(el.clientHeight);
    };
    measure();
    const win = el.ownerDocument.defaultView;
    if (!win) return;
    if (typeof win.ResizeObserver === 'function') {
      const ro = new win.ResizeObserver(measure);
      ro.observe(el);
      return () => ro.disconnect();
    }
    win.addEventListener('resize', measure);
    return () => win.removeEventListener('resize', measure);
  }, []);

  // A new result set starts at the top, as a reader expects after typing a query.
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
  }, [items]);

  const activeIndex = props.activeKey === null ? -1 : items.findIndex((it) => props.getKey(it) === props.activeKey);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const pageRows = Math.max(1, Math.floor(height / rowHeight) - 1);

  const moveTo = (index: number) => {
    if (items.length === 0) return;
    const i = Math.max(0, Math.min(items.length - 1, index));
    props.onActiveChange(props.getKey(items[i]));
    const el = ref.current;
    if (!el) return;
    const top = i * rowHeight;
    let next = el.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + height) next = top + rowHeight - height;
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(next);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const cur = activeIndex < 0 ? -1 : activeIndex;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(cur + 1);
        break;
      case 'ArrowUp':
        moveTo(cur < 0 ? 0 : cur - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(items.length - 1);
        break;
      case 'PageDown':
        moveTo(cur + pageRows);
        break;
      case 'PageUp':
        moveTo(cur - pageRows);
        break;
      case ' ':
        if (cur < 0) return;
        props.onToggleSelect(props.getKey(items[cur]));
        break;
      case 'Enter':
        if (cur < 0) return;
        props.onOpen(props.getKey(items[cur]));
        break;
      case 'a':
        if (!(e.ctrlKey || e.metaKey)) return;
        props.onSelectAll();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    const key = props.getKey(item);
    const selected = props.selected.has(key);
    const active = i === activeIndex;
    rows.push(
      <div
        key={key}
        id={`${props.id}-row-${i}`}
        role="option"
        aria-selected={selected}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        class={`pn-row${active ? ' pn-row--active' : ''}${selected ? ' pn-row--selected' : ''}`}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        onClick={() => {
          props.onActiveChange(key);
          props.onOpen(key);
        }}
      >
        <span
          class="pn-row__check"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            props.onActiveChange(key);
            props.onToggleSelect(key);
          }}
        >
          {selected ? '✓' : ''}
        </span>
        {props.renderRow(item, { index: i, selected, active })}
      </div>,
    );
  }

  return (
    <div
      ref={ref}
      id={props.id}
      class="pn-vlist"
      role="listbox"
      aria-multiselectable="true"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-activedescendant={activeIndex >= 0 ? `${props.id}-row-${activeIndex}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (activeIndex < 0 && items.length) props.onActiveChange(props.getKey(items[Math.min(items.length - 1, Math.floor(scrollTop / rowHeight))]));
      }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="pn-vlist__spacer" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
