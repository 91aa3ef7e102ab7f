import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { CitationBox } from '@/components/CitationBox';
import { HOSTILE, renderIn } from './helpers';

const TEXT = 'Nguyễn Tuyết Mai (2020), “Hội nghị sơ kết”, Sở Nội vụ tỉnh Hà Tĩnh, ngày 24/07/2020, https://snv.example.gov.vn/a.html, truy cập ngày 29/11/2026.';

describe('CitationBox', () => {
  it('shows the reference as text and copies it, saying so', async () => {
    const copy = vi.fn(async () => {});
    renderIn('vi', <CitationBox id="c" text={TEXT} copy={copy} />);
    expect(screen.getByRole('heading', { name: 'Trích dẫn' })).toBeTruthy();
    expect(screen.getByText(TEXT)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép trích dẫn' }));
    expect(copy).toHaveBeenCalledWith(TEXT);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Đã sao chép trích dẫn.'));
  });

  it('tells the user how to copy by hand when the clipboard refuses', async () => {
    renderIn('en', <CitationBox id="c" text={TEXT} copy={() => Promise.reject(new Error('Document is not focused'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/select the citation and press Ctrl\+C/));
  });

  it('renders hostile titles as text', () => {
    const { container } = renderIn('en', <CitationBox id="c" text={HOSTILE} copy={async () => {}} />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
  });
});
