import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/preact';
import { SnapshotReader } from '@/components/SnapshotReader';
import type { PlacedHighlight } from '@/utils/model';
import { HOSTILE, labelsEn, renderIn } from './helpers';

const clip = {
  title: `Hội nghị ${HOSTILE}`,
  url: 'https://snv.example.gov.vn/a.html',
  site: 'Sở Nội vụ tỉnh Mẫu',
  published: '2020-07-24',
  authors: ['Nguyễn Tuyết Mai'],
  signature: { text: 'Nguyễn Tuyết Mai\nBan Thi đua, Khen thưởng - Sở Nội vụ' },
  savedAt: Date.UTC(2026, 10, 29, 7, 0),
};

const highlight = (id: string, anchored: boolean): PlacedHighlight => ({
  id,
  clipId: 'c',
  url: clip.url,
  selectors: [],
  quote: `đoạn ${id}`,
  colour: 'yellow',
  note: `ghi chú ${id}`,
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  anchored,
});

function renderReader(over: Partial<Parameters<typeof SnapshotReader>[0]> = {}) {
  const mountBody = vi.fn((host: HTMLElement) => {
    const p = document.createElement('p');
    p.textContent = 'Nội dung đã lưu';
    host.appendChild(p);
  });
  const onBodyMounted = vi.fn();
  renderIn(
    'vi',
    <SnapshotReader
      clip={clip}
      takenAt={Date.UTC(2026, 10, 29, 7, 0)}
      mountBody={mountBody}
      onBodyMounted={onBodyMounted}
      highlights={[highlight('a', true), highlight('b', false)]}
      colourLabels={labelsEn}
      tagSuggestions={[]}
      onJump={vi.fn()}
      onUpdate={vi.fn()}
      onDelete={vi.fn()}
      {...over}
    />,
  );
  return { mountBody, onBodyMounted };
}

describe('SnapshotReader', () => {
  it('says it is a saved copy, shows the saved body and keeps page text as text', () => {
    const { mountBody, onBodyMounted } = renderReader();
    expect(screen.getByRole('note').textContent).toMatch(/^Đây là bản lưu lúc .*Trang gốc có thể đã thay đổi/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`Hội nghị ${HOSTILE}`);
    expect(document.querySelector('img')).toBeNull();
    expect(mountBody).toHaveBeenCalledTimes(1);
    expect(onBodyMounted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('article').textContent).toBe('Nội dung đã lưu');
  });

  it('lists highlights found in the copy apart from those it could not place, notes kept', () => {
    renderReader();
    expect(screen.getByRole('heading', { name: /Không tìm thấy trong bản lưu/ })).toBeTruthy();
    expect(screen.getByText('ghi chú b')).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /^Đến đoạn đánh dấu/ })).toHaveLength(1);
  });

  it('names an article\'s date and authors as such, and a document\'s as its issue date and signer', () => {
    renderReader();
    expect([...document.querySelectorAll('.pn-meta dt')].map((d) => d.textContent)).toEqual(['Ngày đăng', 'Trang', 'Tác giả', expect.any(String)]);
    document.body.replaceChildren();
    const provenance = { published: { source: 'document:issued', confidence: 0.9 }, signature: { source: 'signature:document', confidence: 0.8 } };
    renderReader({ clip: { ...clip, detected: { provenance } } });
    expect([...document.querySelectorAll('.pn-meta dt')].map((d) => d.textContent).slice(0, 3)).toEqual(['Ngày ban hành', 'Trang', 'Người ký']);
    // its number first, when it has one
    document.body.replaceChildren();
    const attachments = [{ name: '245-QD-SNV.pdf', url: 'https://snv.example.gov.vn/files/245-QD-SNV.pdf' }];
    const recordDetails = [{ label: 'Ngày có hiệu lực', value: '15/11/2026' }];
    renderReader({ clip: { ...clip, documentNumber: '245/QĐ-SNV', detected: { provenance, attachments, recordDetails } } });
    const meta = [...document.querySelectorAll('.pn-meta dt')].map((d) => [d.textContent, d.nextElementSibling?.textContent]);
    expect(meta[0]).toEqual(['Số ký hiệu', '245/QĐ-SNV']);
    // and the files it offered, as links
    expect(meta).toContainEqual(['Tệp đính kèm', '245-QD-SNV.pdf']);
    // and its other rows, each under the page's own label, right after the date
    expect(meta[2]).toEqual(['Ngày có hiệu lực', '15/11/2026']);
    expect(screen.getByRole('link', { name: '245-QD-SNV.pdf' }).getAttribute('href')).toBe(attachments[0].url);
  });

  it('without a saved copy says so and mounts nothing', () => {
    const { mountBody } = renderReader({ takenAt: null });
    expect(screen.getByRole('note').textContent).toMatch(/không có bản lưu/);
    expect(mountBody).not.toHaveBeenCalled();
  });
});
