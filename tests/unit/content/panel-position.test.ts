import { describe, expect, it } from 'vitest';
import { PANEL_GAP, placePanel } from '@/utils/content/panel-position';
import type { Box } from '@/utils/content/panel-position';

const view: Box = { left: 0, top: 1000, width: 800, height: 600 };
const size = { width: 300, height: 40 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placePanel', () => {
  it('goes below the last line when there is room, aligned with it', () => {
    const lines = [
      { left: 100, top: 1100, width: 500, height: 20 },
      { left: 40, top: 1120, width: 200, height: 20 },
    ];
    expect(placePanel(lines, size, view)).toEqual({ left: 40, top: 1140 + PANEL_GAP });
  });

  it('goes above the first line when the selection ends near the bottom of the view', () => {
    const lines = [
      { left: 120, top: 1500, width: 500, height: 20 },
      { left: 40, top: 1570, width: 200, height: 20 },
    ];
    const at = placePanel(lines, size, view);
    expect(at).toEqual({ left: 120, top: 1500 - PANEL_GAP - size.height });
  });

  it('never covers any line of the selection, wherever it is in the view', () => {
    for (let top = 1000; top < 1600; top += 37) {
      const lines = [
        { left: 30, top, width: 700, height: 20 },
        { left: 30, top: top + 20, width: 350, height: 20 },
      ];
      const at = placePanel(lines, size, view);
      const panel = { ...at, ...size };
      expect(lines.some((l) => overlaps(l, panel)), `selection at ${top}`).toBe(false);
    }
  });

  it('stays inside the view horizontally', () => {
    expect(placePanel([{ left: 700, top: 1100, width: 90, height: 20 }], size, view).left).toBe(800 - 300 - PANEL_GAP);
    expect(placePanel([{ left: -50, top: 1100, width: 90, height: 20 }], size, view).left).toBe(PANEL_GAP);
    expect(placePanel([{ left: 10, top: 1100, width: 90, height: 20 }], { width: 900, height: 40 }, view).left).toBe(PANEL_GAP);
  });
});
