import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { LibraryView, type LibraryViewProps } from '@/components/LibraryView';
import type { ClipSummary, HighlightSummary } from '@/components/library-model';
import { I18nContext, createI18n } from '@/utils/i18n';
import { buildSearchDocument } from '@/utils/search/corpus';
import { HOSTILE, labelsEn, renderIn } from './helpers';

function clip(id: string, over: Partial<ClipSummary> = {}): ClipSummary {
  return {
    id,
    url: `https://snv.example.gov.vn/tin/${id}.html`,
    title: `Bài ${id}`,
    published: '2024-01-22T15:32:00+07:00',
    site: 'Sở Nội vụ',
    tags: [],
    authors: [],
    savedAt: 1_700_000_000_000,
    ...over,
  };
}

const CLIPS: ClipSummary[] = [
  clip('a', { title: 'Hội nghị tổng kết công tác thi đua năm 2023', tags: ['thi đua'], published: '2024-01-05' }),
  clip('b', { title: 'Tập huấn nghiệp vụ văn thư', site: 'Sở Y tế', published: '2023-11-20' }),
  clip('c', { title: 'Tổ hoà giải ở cơ sở họp định kỳ', published: '2023-11-02', tags: ['hòa giải'] }),
  clip('d', { title: 'Trang chủ', published: null }),
];
const HIGHLIGHTS: HighlightSummary[] = [
  { id: 'h1', clipId: 'b', quote: 'lưu trữ hồ sơ điện tử', colour: 'blue', note: 'cần kiểm tra số liệu', tags: ['chuyển đổi số'] },
];

function props(over: Partial<LibraryViewProps> = {}): LibraryViewProps {
  return {
    status: 'ready',
    clips: CLIPS,
    highlights: HIGHLIGHTS,
    tags: [{ name: 'thi đua', colour: '#1d4ed8' }],
    corpus: null,
    colourLabels: labelsEn,
    exportFormats: [
      { id: 'csv', label: 'CSV' },
      { id: 'md', label: 'Markdown' },
    ],
    onExport: vi.fn(),
    onDeleteClips: vi.fn(),
    onRetagClips: vi.fn(),
    loadSnapshot: vi.fn(async () => ['Đoạn một.', HOSTILE]),
    onUpdateHighlight: vi.fn(),
    onDeleteHighlight: vi.fn(),
    tagActions: { rename: vi.fn(), merge: vi.fn(), remove: vi.fn(), setColour: vi.fn() },
    onExportBackup: vi.fn(),
    onRestore: vi.fn(),
    localeSetting: 'auto',
    onLocaleSettingChange: vi.fn(),
    colourLabelSetting: {},
    onColourLabelsChange: vi.fn(),
    ...over,
  };
}

const rowTitles = () => [...document.querySelectorAll('.pn-row .pn-row__title')].map((o) => o.textContent);
async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('LibraryView states', () => {
  it('loading', () => {
    renderIn('en', <LibraryView {...props({ status: 'loading' })} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the Library…');
  });

  it('error with retry', () => {
    const p = props({ status: 'error', error: 'IndexedDB is unavailable', onRetry: vi.fn() });
    renderIn('en', <LibraryView {...p} />);
    expect(screen.getByRole('alert').textContent).toContain('IndexedDB is unavailable');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(p.onRetry).toHaveBeenCalled();
  });

  it('empty library', () => {
    renderIn('en', <LibraryView {...props({ clips: [], highlights: [] })} />);
    expect(screen.getByText(/The Library is empty/)).toBeTruthy();
  });

  it('many items: 10,000 clips render only a window of rows', async () => {
    const clips = Array.from({ length: 10_000 }, (_, i) => clip(`k${i}`, { title: `Văn bản số ${i}`, published: `20${10 + (i % 14)}-0${1 + (i % 9)}-15` }));
    renderIn('en', <LibraryView {...props({ clips, highlights: [] })} />);
    const list = screen.getByRole('listbox', { name: 'Clips' });
    const rows = within(list).getAllByRole('option');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0].getAttribute('aria-setsize')).toBe('10000');
    expect(screen.getByText('Showing 10,000 of 10,000 clips.', { exact: false })).toBeTruthy();
  });

  it('while more clips are being read, lists those that arrived and says the Library is loading', () => {
    const view = renderIn('en', <LibraryView {...props({ clips: CLIPS.slice(0, 2), highlights: [], clipsLoading: true })} />);
    expect(rowTitles()).toEqual(['Hội nghị tổng kết công tác thi đua năm 2023', 'Tập huấn nghiệp vụ văn thư']);
    expect(document.querySelector('#pn-search-status')!.textContent).toBe('Loading the Library…');
    view.rerender(
      <I18nContext.Provider value={createI18n('en')}>
        <LibraryView {...props({ clipsLoading: false })} />
      </I18nContext.Provider>,
    );
    expect(document.querySelector('#pn-search-status')!.textContent).toBe('Showing 4 of 4 clips.');
  });

  it('shows a row’s highlight count and colours from its clip record until the highlights arrive', () => {
    const b = clip('b', { title: 'Tập huấn nghiệp vụ văn thư', highlightCount: 3, highlightColours: ['yellow', 'blue'] });
    renderIn('en', <LibraryView {...props({ clips: [b], highlights: [] })} />);
    const meta = document.querySelector('.pn-row__meta')!;
    expect(meta.textContent).toContain('Highlights: 3');
    expect(meta.querySelectorAll('.pn-swatch').length).toBe(2);
  });

  it('lists newest publication first by default, undated last', () => {
    renderIn('en', <LibraryView {...props()} />);
    expect(rowTitles()).toEqual(['Hội nghị tổng kết công tác thi đua năm 2023', 'Tập huấn nghiệp vụ văn thư', 'Tổ hoà giải ở cơ sở họp định kỳ', 'Trang chủ']);
  });
});

describe('LibraryView search and filters', () => {
  it('finds a clip by a query typed without diacritics and marks the match', async () => {
    renderIn('en', <LibraryView {...props()} />);
    await settle();
    fireEvent.input(screen.getByLabelText('Search clips'), { target: { value: 'thi dua' } });
    expect(rowTitles()).toEqual(['Hội nghị tổng kết công tác thi đua năm 2023']);
    const marks = [...document.querySelector('.pn-row')!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['thi', 'đua']);
    expect(screen.getByText(/Found in: Title, Tags/)).toBeTruthy();
  });

  it('lists a document with its number, and finds it by the number', async () => {
    const doc = clip('vb', { title: 'Quyết định ban hành Quy chế thi đua', documentNumber: '245/QĐ-SNV', published: '2026-11-12' });
    renderIn('vi', <LibraryView {...props({ clips: [...CLIPS, doc] })} />);
    await settle();
    const row = () => [...document.querySelectorAll('.pn-row')].find((r) => r.textContent?.includes('Quyết định ban hành'))!;
    expect(row().querySelector('.pn-row__number')?.textContent).toBe('245/QĐ-SNV');
    expect(document.querySelectorAll('.pn-row__number')).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Tìm trong thư viện'), { target: { value: '245/qd' } });
    expect(rowTitles()).toEqual(['Quyết định ban hành Quy chế thi đua']);
    expect([...row().querySelectorAll('.pn-row__number mark')].map((m) => m.textContent)).toEqual(['245', 'QĐ']);
  });

  it('finds with the other tone placement ("hòa" finds "hoà") and in notes/quotes', async () => {
    renderIn('en', <LibraryView {...props()} />);
    await settle();
    const box = screen.getByLabelText('Search clips');
    fireEvent.input(box, { target: { value: 'hòa giải' } });
    expect(rowTitles()).toEqual(['Tổ hoà giải ở cơ sở họp định kỳ']);
    fireEvent.input(box, { target: { value: 'kiem tra so lieu' } });
    expect(rowTitles()).toEqual(['Tập huấn nghiệp vụ văn thư']);
  });

  it('searches bodies once the corpus arrives', async () => {
    const corpus = CLIPS.map((c) => buildSearchDocument(c, [], c.id === 'd' ? 'Thông báo tuyển dụng công chức' : ''));
    renderIn('en', <LibraryView {...props({ corpus })} />);
    await settle();
    fireEvent.input(screen.getByLabelText('Search clips'), { target: { value: 'tuyen dung' } });
    expect(rowTitles()).toEqual(['Trang chủ']);
  });

  it('shows no results plainly and clears the search', async () => {
    renderIn('en', <LibraryView {...props()} />);
    await settle();
    fireEvent.input(screen.getByLabelText('Search clips'), { target: { value: 'không có từ này' } });
    expect(screen.getByText('No clips match the search and filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search and filters' }));
    expect(rowTitles()).toHaveLength(4);
  });

  it('filters by kind: documents (a record, or a text with its number), questions answered, articles', () => {
    const documentRecord = { signature: { source: 'signature:document', confidence: 0.8 } };
    const answerRecord = { signature: { source: 'signature:answer', confidence: 0.8 } };
    const clips = [
      ...CLIPS,
      clip('vb', { title: 'Quyết định ban hành Quy chế thi đua', documentNumber: '245/QĐ-SNV', provenance: documentRecord }),
      clip('tb', { title: 'Thông báo tuyển dụng viên chức', documentNumber: '312/TB-SNV' }),
      clip('hd', { title: 'Đăng ký khai sinh cho con', provenance: answerRecord }),
    ];
    renderIn('vi', <LibraryView {...props({ clips })} />);
    const kind = screen.getByLabelText('Loại');
    expect([...kind.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Tất cả', 'Bài viết', 'Văn bản', 'Hỏi đáp']);
    fireEvent.change(kind, { target: { value: 'document' } });
    expect(rowTitles().sort()).toEqual(['Quyết định ban hành Quy chế thi đua', 'Thông báo tuyển dụng viên chức']);
    fireEvent.change(kind, { target: { value: 'answer' } });
    expect(rowTitles()).toEqual(['Đăng ký khai sinh cho con']);
    fireEvent.change(kind, { target: { value: 'article' } });
    expect(rowTitles()).toHaveLength(CLIPS.length);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(rowTitles()).toHaveLength(clips.length);
  });

  it('filters by tag (including highlight tags), site, colour and date range', () => {
    renderIn('en', <LibraryView {...props()} />);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'chuyển đổi số' } });
    expect(rowTitles()).toEqual(['Tập huấn nghiệp vụ văn thư']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'Sở Y tế' } });
    expect(rowTitles()).toEqual(['Tập huấn nghiệp vụ văn thư']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByLabelText('Highlight colour'), { target: { value: 'blue' } });
    expect(rowTitles()).toEqual(['Tập huấn nghiệp vụ văn thư']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    // typed day first, the way the page and the UI write dates; committed on Enter or leaving the field
    const from = screen.getByLabelText('Published from');
    fireEvent.input(from, { target: { value: '1/11/2023' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    const to = screen.getByLabelText('Published to');
    fireEvent.input(to, { target: { value: '30 Nov 2023' } });
    fireEvent.blur(to);
    expect(rowTitles()).toEqual(['Tập huấn nghiệp vụ văn thư', 'Tổ hoà giải ở cơ sở họp định kỳ']);
    expect((from as HTMLInputElement).value).toBe('1 Nov 2023');
  });

  it('keeps a mistyped date in the field, says what is wrong, and leaves the filter as it was', () => {
    renderIn('vi', <LibraryView {...props()} />);
    const from = screen.getByLabelText('Đăng từ ngày');
    fireEvent.input(from, { target: { value: '31/02/2023' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(rowTitles()).toHaveLength(4);
    expect((from as HTMLInputElement).value).toBe('31/02/2023');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('ngày/tháng/năm');
    fireEvent.input(from, { target: { value: '01/11/2023' } });
    fireEvent.blur(from);
    // the undated clip drops out; the three dated from November 2023 on stay
    expect(rowTitles().sort()).toEqual(['Hội nghị tổng kết công tác thi đua năm 2023', 'Tập huấn nghiệp vụ văn thư', 'Tổ hoà giải ở cơ sở họp định kỳ'].sort());
    expect(from.getAttribute('aria-invalid')).toBe('false');
  });

  it('sorts by title and oldest first', () => {
    renderIn('en', <LibraryView {...props()} />);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'published-asc' } });
    expect(rowTitles()[0]).toBe('Tổ hoà giải ở cơ sở họp định kỳ');
    expect(rowTitles()[3]).toBe('Trang chủ');
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'title' } });
    expect(rowTitles()[0]).toBe('Hội nghị tổng kết công tác thi đua năm 2023');
  });

  it('a timeline bar sets the date filter to its month; again clears it', () => {
    renderIn('en', <LibraryView {...props()} />);
    const bar = screen.getByRole('button', { name: 'Nov 2023: 2 clips' });
    fireEvent.click(bar);
    expect(rowTitles()).toEqual(['Tập huấn nghiệp vụ văn thư', 'Tổ hoà giải ở cơ sở họp định kỳ']);
    expect((screen.getByLabelText('Published from') as HTMLInputElement).value).toBe('1 Nov 2023');
    expect(screen.getByRole('button', { name: 'Nov 2023: 2 clips' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(screen.getByRole('button', { name: 'Nov 2023: 2 clips' }), { key: 'Enter' });
    expect(rowTitles()).toHaveLength(4);
  });
});

describe('LibraryView keyboard, selection and detail', () => {
  it('moves with arrows, selects with Space, exports the selection', () => {
    const p = props();
    renderIn('en', <LibraryView {...p} />);
    const list = screen.getByRole('listbox');
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: ' ' });
    const selected = within(list)
      .getAllByRole('option')
      .filter((o) => o.getAttribute('aria-selected') === 'true')
      .map((o) => o.querySelector('.pn-row__title')!.textContent);
    expect(selected).toEqual(['Tập huấn nghiệp vụ văn thư', 'Trang chủ']);
    expect(list.getAttribute('aria-activedescendant')).toBe('pn-clip-list-row-3');
    expect(screen.getByText('Selected: 2')).toBeTruthy();
    const bulk = screen.getByRole('group', { name: 'Selected clips' });
    fireEvent.change(within(bulk).getByLabelText('Format'), { target: { value: 'md' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Export selected' }));
    expect(p.onExport).toHaveBeenCalledWith('md', ['b', 'd']);
  });

  it('Ctrl+A selects all results; bulk delete asks first', () => {
    const p = props();
    renderIn('en', <LibraryView {...p} />);
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'a', ctrlKey: true });
    expect(screen.getByText('Selected: 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(p.onDeleteClips).not.toHaveBeenCalled();
    fireEvent.click(within(screen.getByRole('group', { name: /Delete the selected clips/ })).getByRole('button', { name: 'Delete selected' }));
    expect(p.onDeleteClips).toHaveBeenCalledWith(['a', 'b', 'c', 'd']);
  });

  it('adds and removes tags on the selected clips, suggesting existing tags typed without diacritics', () => {
    const p = props();
    renderIn('vi', <LibraryView {...p} />);
    const input = screen.getByRole('combobox', { name: 'Thẻ cho các bài đã chọn' }) as HTMLInputElement;
    expect(input.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tất cả kết quả' }));
    expect(input.disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'Gắn thẻ' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'thi dua' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.input(input, { target: { value: 'bão số 3' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('button', { name: 'Bỏ thẻ bão số 3' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gắn thẻ' }));
    expect(p.onRetagClips).toHaveBeenCalledWith(['a', 'b', 'c', 'd'], { add: ['thi đua', 'bão số 3'], remove: [] });
    // the chips are cleared for the next change
    expect(screen.queryByRole('button', { name: /Bỏ thẻ bão số 3/ })).toBeNull();
    fireEvent.input(input, { target: { value: 'hòa giải' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Gỡ thẻ' }));
    expect(p.onRetagClips).toHaveBeenLastCalledWith(['a', 'b', 'c', 'd'], { add: [], remove: ['hòa giải'] });
  });

  it('opens the clip a link names once the clips have arrived, and reports what is open', () => {
    const onOpenChange = vi.fn();
    const view = renderIn('en', <LibraryView {...props({ clips: [], clipsLoading: true, initialOpenId: 'c', onOpenChange })} />);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    view.rerender(
      <I18nContext.Provider value={createI18n('en')}>
        <LibraryView {...props({ initialOpenId: 'c', onOpenChange })} />
      </I18nContext.Provider>,
    );
    const detail = screen.getByRole('complementary', { name: 'Clip details' });
    expect(detail.querySelector('#pn-detail-title')!.textContent).toBe('Tổ hoà giải ở cơ sở họp định kỳ');
    expect(document.activeElement?.id).toBe('pn-detail-title');
    fireEvent.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(null);
  });

  it('says so when a link names a clip that is gone', () => {
    renderIn('vi', <LibraryView {...props({ initialOpenId: 'khong-con' })} />);
    expect(screen.getByRole('alert').textContent).toContain('không còn trong thư viện');
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Enter opens the detail with highlights and the snapshot as text', async () => {
    const p = props();
    renderIn('en', <LibraryView {...p} />);
    const list = screen.getByRole('listbox');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    const detail = screen.getByRole('complementary', { name: 'Clip details' });
    expect(detail.querySelector('#pn-detail-title')!.textContent).toBe('Tập huấn nghiệp vụ văn thư');
    expect(within(detail).getByText('lưu trữ hồ sơ điện tử')).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: 'Show the saved text' }));
    await waitFor(() => expect(within(detail).getByText(HOSTILE)).toBeTruthy());
    expect(detail.querySelector('img')).toBeNull();
    expect(p.loadSnapshot).toHaveBeenCalledWith('b');
    fireEvent.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('renders hostile titles as text and never links non-http URLs', () => {
    const clips = [clip('x', { title: HOSTILE, url: 'javascript:alert(1)' })];
    const { container } = renderIn('en', <LibraryView {...props({ clips, highlights: [] })} />);
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option'));
    const detail = screen.getByRole('complementary');
    expect(within(detail).getAllByText(HOSTILE).length).toBeGreaterThan(0);
    // The only link is our own reader page; the clip's javascript: URL is never linked.
    expect(within(detail).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['reader.html?id=x']);
  });

  it('switches sections: tags, backup, settings', () => {
    const p = props();
    renderIn('vi', <LibraryView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thẻ' }));
    expect(screen.getByRole('table')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu và khôi phục' }));
    expect(screen.getByRole('button', { name: 'Tải tệp sao lưu' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.change(screen.getByLabelText('Ngôn ngữ giao diện'), { target: { value: 'en' } });
    expect(p.onLocaleSettingChange).toHaveBeenCalledWith('en');
  });
});

describe('LibraryView backup reminder', () => {
  it('suggests a backup with "back up now" and "remind me later", only when asked to', () => {
    const onBackup = vi.fn();
    const onSnooze = vi.fn();
    const { unmount } = renderIn('vi', <LibraryView {...props()} />);
    expect(screen.queryByRole('button', { name: 'Sao lưu ngay' })).toBeNull();
    unmount();
    renderIn('vi', <LibraryView {...props({ backupReminder: { onBackup, onSnooze } })} />);
    expect(screen.getByText(/Đã lâu bạn chưa sao lưu thư viện/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu ngay' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nhắc lại sau 7 ngày' }));
    expect(onBackup).toHaveBeenCalledTimes(1);
    expect(onSnooze).toHaveBeenCalledTimes(1);
  });
});
