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

// Bars are laid out in viewBox units and the chart stretches to the container's width, so a decade
// of months is visible at once instead of scrolling out of sight.
const BAR = 10;
const GAP = 2;
const HEIGHT = 96;
/** Year labels closer than this fraction of the width would overlap; the later ones are skipped. */
const MIN_LABEL_GAP = 0.06;

/** A chart of a few months keeps room for two years, so three clips do not draw three wall-wide bars. */
export const MIN_SLOTS = 24;

/** Where each year starts along the axis (0..1) of `slots` month places, thinned so labels never overlap. */
export function yearLabels(buckets: readonly MonthBucket[], slots = buckets.length): { year: string; at: number }[] {
  const out: { year: string; at: number }[] = [];
  buckets.forEach((b, i) => {
    if (i !== 0 && !b.month.endsWith('-01')) return;
    const at = i / Math.max(slots, buckets.length, 1);
    if (out.length && at - out[out.length - 1].at < MIN_LABEL_GAP) return;
    out.push({ year: b.month.slice(0, 4), at });
  });
  return out;
}

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
  const slots = Math.max(props.buckets.length, MIN_SLOTS);
  const width = slots * (BAR + GAP);
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
      <div class="pn-timeline__chart">
        <svg
          class="pn-timeline__svg"
          width="100%"
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
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
        </svg>
        <div class="pn-timeline__axis" aria-hidden="true">
          {yearLabels(props.buckets, slots).map(({ year, at }) => (
            <span key={year} class="pn-timeline__year" style={{ left: `${(at * 100).toFixed(3)}%` }}>
              {year}
            </span>
          ))}
        </div>
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
