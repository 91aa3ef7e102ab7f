// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_FORMATS, getExportFormat } from '@/utils/export';
import { HOSTILE, makeClip, makeHighlight, makeInput } from './fixtures';

describe('export registry', () => {
  it('lists each format once with labels in both languages, a MIME type and an extension', () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['docx', 'xlsx', 'csv', 'markdown', 'markdown-zip', 'html', 'annotations', 'csl', 'ris', 'bibtex', 'references']);
    for (const f of EXPORT_FORMATS) {
      expect(f.label.vi).not.toBe('');
      expect(f.label.en).not.toBe('');
      expect(f.mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
      expect(f.extension).toMatch(/^[a-z]+(\.[a-z]+)?$/);
    }
    expect(() => getExportFormat('pdf' as never)).toThrow();
  });

  it('builds every format for an empty export, one article, and many hostile ones', async () => {
    const clip = makeClip();
    const hostile = HOSTILE.map((t) => makeClip({ title: t, tags: [t] }));
    const inputs = [
      makeInput([], []),
      makeInput([clip], [makeHighlight(clip)]),
      makeInput(hostile, hostile.map((c, i) => makeHighlight(c, { note: HOSTILE[i], tags: [HOSTILE[i]] })), { groupBy: 'tag' }),
    ];
    for (const f of EXPORT_FORMATS) {
      for (const input of inputs) {
        const out = await buildExport(f.id, input);
        const binary = f.id === 'docx' || f.id === 'xlsx' || f.id === 'markdown-zip';
        expect(out instanceof Uint8Array, f.id).toBe(binary);
        if (binary) expect([...(out as Uint8Array).subarray(0, 2)]).toEqual([0x50, 0x4b]);
        else expect(typeof out).toBe('string');
        if (f.id === 'annotations' || f.id === 'csl') expect(() => JSON.parse(out as string)).not.toThrow();
      }
    }
  });

  it('is deterministic: the same input gives the same text', async () => {
    const clip = makeClip();
    const input = makeInput([clip], [makeHighlight(clip, { note: 'x' })]);
    for (const f of EXPORT_FORMATS.filter((x) => x.id !== 'docx')) {
      expect(await buildExport(f.id, input)).toEqual(await buildExport(f.id, input));
    }
  });
});
