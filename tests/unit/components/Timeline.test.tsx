import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { MIN_SLOTS, Timeline, yearLabels } from '@/components/Timeline';
import { monthBuckets } from '@/components/library-model';
import { renderIn } from './helpers';

const BUCKETS = monthBuckets([{ published: '2023-11-02' }, { published: '2023-11-20T08:00:00+07:00' }, { published: '2024-01-05' }, { published: null }]);

describe('Timeline', () => {
  it('empty state', () => {
    renderIn('en', <Timeline buckets={[]} selectedMonth={null} onSelectMonth={vi.fn()} />);
    expect(screen.getByText('No clip has a publication date.')).toBeTruthy();
  });

  it('draws one labelled bar per month, gaps included, and a table alternative', () => {
    renderIn('vi', <Timeline buckets={BUCKETS} selectedMonth={null} onSelectMonth={vi.fn()} />);
    const bars = screen.getAllByRole('button');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual(['11/2023: 2 bài', '12/2023: 0 bài', '01/2024: 1 bài']);
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.textContent)).toEqual(['11/20232', '01/20241']);
  });

  it('is keyboard operable: one Tab stop, arrows move, Enter selects', () => {
    const onSelectMonth = vi.fn();
    renderIn('en', <Timeline buckets={BUCKETS} selectedMonth={null} onSelectMonth={onSelectMonth} />);
    const bars = screen.getAllByRole('button');
    expect(bars.map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    fireEvent.keyDown(bars[0], { key: 'End' });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    fireEvent.keyDown(bars[2], { key: 'Enter' });
    expect(onSelectMonth).toHaveBeenCalledWith('2024-01');
    fireEvent.keyDown(bars[2], { key: 'ArrowLeft' });
    fireEvent.keyDown(bars[1], { key: ' ' });
    expect(onSelectMonth).toHaveBeenLastCalledWith('2023-12');
  });

  it('many months: a bar for each of ten years of months', () => {
    const clips = Array.from({ length: 10_000 }, (_, i) => ({ published: `${2015 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-01` }));
    renderIn('en', <Timeline buckets={monthBuckets(clips)} selectedMonth="2020-06" onSelectMonth={vi.fn()} />);
    const bars = screen.getAllByRole('button');
    expect(bars).toHaveLength(120);
    expect(screen.getByRole('button', { name: /^Jun 2020/ }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('yearLabels', () => {
  it('places each year where its months start, across the whole width (no scrolling out of sight)', () => {
    const buckets = monthBuckets([{ published: '2015-02-01' }, { published: '2024-01-05' }]);
    const labels = yearLabels(buckets);
    expect(labels[0]).toEqual({ year: '2015', at: 0 });
    expect(labels.map((l) => l.year)).toContain('2024');
    expect(labels.every((l) => l.at >= 0 && l.at < 1)).toBe(true);
  });

  it('keeps two years of room for a few months, so a new library does not draw wall-wide bars', () => {
    const buckets = monthBuckets([{ published: '2020-07-24' }, { published: '2020-09-02' }]);
    expect(buckets).toHaveLength(3);
    expect(yearLabels(buckets, MIN_SLOTS)).toEqual([{ year: '2020', at: 0 }]);
    const { container } = renderIn('en', <Timeline buckets={buckets} selectedMonth={null} onSelectMonth={() => {}} />);
    const width = Number(container.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
    const fills = [...container.querySelectorAll('.pn-bar__fill')].map((r) => Number(r.getAttribute('width')));
    // three bars take an eighth of the chart, not all of it
    expect(fills.reduce((a, b) => a + b, 0) / width).toBeLessThan(0.15);
  });

  it('skips labels that would overlap', () => {
    const buckets = monthBuckets([{ published: '1990-01-01' }, { published: '2025-12-01' }]);
    const labels = yearLabels(buckets);
    expect(labels.length).toBeLessThan(36);
    for (let i = 1; i < labels.length; i++) expect(labels[i].at - labels[i - 1].at).toBeGreaterThanOrEqual(0.06);
  });
});
