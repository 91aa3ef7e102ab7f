/**
 * Clips per month of publication as an SVG bar chart: each bar is a keyboard-focusable button
 * (arrows move between months, Enter/Space filters the list to that month), and the same numbers
 * are available as a table for screen readers and anyone who would rather read them.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../utils/i18n';
import { formatMonth, formatNumber } from '../utils/format';
import type { MonthBucket } from './library-model';

export interface TimelineProps {
  buckets: readonly MonthBucket[];
  /** The month the date filter is set to (`YYYY-MM`), highlighted. */
  selectedMonth: string | null;
  /** A bar was chosen; choosing the selected month again clears the filter (the view decides). */
  onSelectMonth: (month: string) => void;
}

const BAR = 10;
const GAP = 2;
const HEIGHT = 96;
const AXIS = 18;

/** The timeline chart. */
export function Timeline(props: TimelineProps) {
  const { t, locale } = useI18n();
  const [focus, setFocus] = useState(-1);
  const barsRef = useRef<SVGGElement>(null);
  const max = useMemo(() => props.buckets.reduce((m, b) => Math.max(m, b.count), 0), [props.buckets]);
  const label = (b: MonthBucket) => {
    const [y, m] = b.month.split('-').map(Number);
    return t('timelineBar', [formatMonth(y, m, locale), formatNumber(b.count, locale)]);
  };

  if (props.buckets.length === 0) {
    return (
      <section class="pn-timeline" aria-labelledby="pn-timeline-title">
        <h2 id="pn-timeline-title" class="pn-section__title">
          {t('timelineTitle')}
        </h2>
        <p class="pn-empty">{t('timelineEmpty')}</p>
      </section>
    );
  }

  const tabbable = focus >= 0 && focus < props.buckets.length ? focus : Math.max(0, props.buckets.findIndex((b) => b.month === props.selectedMonth));
  const width = props.buckets.length * (BAR + GAP);
  const focusBar = (i: number) => {
    const n = Math.max(0, Math.min(props.buckets.length - 1, i));
    setFocus(n);
    (barsRef.current?.children[n] as SVGElement | undefined)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const keys: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: props.buckets.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      focusBar(keys[e.key]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelectMonth(props.buckets[i].month);
    }
  };

  return (
    <section class="pn-timeline" aria-labelledby="pn-timeline-title">
      <h2 id="pn-timeline-title" class="pn-section__title">
        {t('timelineTitle')}
      </h2>
      <p id="pn-timeline-hint" class="pn-muted pn-small">
        {t('timelineHint')}
      </p>
      <div class="pn-timeline__scroll">
        <svg
          class="pn-timeline__svg"
          width={width}
          height={HEIGHT + AXIS}
          viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
          role="group"
          aria-labelledby="pn-timeline-title"
          aria-describedby="pn-timeline-hint"
        >
          <g ref={barsRef}>
            {props.buckets.map((b, i) => {
              const h = max ? Math.max(b.count ? 2 : 0, Math.round((b.count / max) * HEIGHT)) : 0;
              const selected = b.month === props.selectedMonth;
              return (
                <g
                  key={b.month}
                  class={`pn-bar${selected ? ' pn-bar--selected' : ''}`}
                  role="button"
                  tabindex={i === tabbable ? 0 : -1}
                  aria-label={label(b)}
                  aria-pressed={selected}
                  onClick={() => {
                    setFocus(i);
                    props.onSelectMonth(b.month);
                  }}
                  onKeyDown={(e) => onKeyDown(e, i)}
                  onFocus={() => setFocus(i)}
                >
                  <title>{label(b)}</title>
                  <rect class="pn-bar__hit" x={i * (BAR + GAP)} y={0} width={BAR + GAP} height={HEIGHT} />
                  <rect class="pn-bar__fill" x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} />
                </g>
              );
            })}
          </g>
          <g aria-hidden="true">
            {props.buckets.map((b, i) =>
              b.month.endsWith('-01') || i === 0 ? (
                <text key={b.month} class="pn-timeline__year" x={i * (BAR + GAP)} y={HEIGHT + AXIS - 4}>
                  {b.month.slice(0, 4)}
                </text>
              ) : null,
            )}
          </g>
        </svg>
      </div>
      <details class="pn-timeline__table">
        <summary>{t('timelineAsTable')}</summary>
        <table>
          <caption class="pn-visually-hidden">{t('timelineTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timelineMonth')}</th>
              <th scope="col">{t('timelineCount')}</th>
            </tr>
          </thead>
          <tbody>
            {props.buckets
              .filter((b) => b.count > 0)
              .map((b) => {
                const [y, m] = b.month.split('-').map(Number);
                return (
                  <tr key={b.month}>
                    <th scope="row">{formatMonth(y, m, locale)}</th>
                    <td>{formatNumber(b.count, locale)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </details>
    </section>
  );
}
