import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { PopupView, type PopupViewProps } from '@/components/PopupView';
import { HOSTILE, labelsEn, makeArticle, makeClip, makeHighlight, renderIn } from './helpers';

function props(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    status: 'ready',
    article: makeArticle(),
    clip: null,
    highlights: [],
    allTags: ['thi đua', 'khen thưởng', 'cải cách hành chính'],
    colourLabels: labelsEn,
    exportFormats: [
      { id: 'md', label: 'Markdown' },
      { id: 'docx', label: 'Word (.docx)' },
    ],
    onClip: vi.fn(),
    onUnclip: vi.fn(),
    onCorrect: vi.fn(),
    onTagsChange: vi.fn(),
    onJumpToHighlight: vi.fn(),
    onUpdateHighlight: vi.fn(),
    onDeleteHighlight: vi.fn(),
    onExport: vi.fn(),
    onOpenLibrary: vi.fn(),
    ...over,
  };
}

describe('PopupView states', () => {
  it('loading: announces loading and keeps the Library link', () => {
    const p = props({ status: 'loading' });
    renderIn('en', <PopupView {...p} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    fireEvent.click(screen.getByRole('button', { name: 'Open the Library' }));
    expect(p.onOpenLibrary).toHaveBeenCalled();
  });

  it('error: shows the message as an alert and retries', () => {
    const p = props({ status: 'error', error: 'Quota exceeded', onRetry: vi.fn() });
    renderIn('en', <PopupView {...p} />);
    expect(screen.getByRole('alert').textContent).toContain('Quota exceeded');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(p.onRetry).toHaveBeenCalled();
  });

  it('nothing readable: says so without offering to clip', () => {
    renderIn('en', <PopupView {...props({ article: null })} />);
    expect(screen.getByRole('status').textContent).toMatch(/cannot be read/);
    expect(screen.queryByRole('button', { name: /clip/i })).toBeNull();
  });

  it('not an article: says so plainly and offers "clip anyway"', () => {
    const p = props({ article: makeArticle({ isArticle: false }) });
    renderIn('en', <PopupView {...p} />);
    expect(screen.getByText(/does not look like an article/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clip anyway' }));
    expect(p.onClip).toHaveBeenCalledTimes(1);
  });

  it('article detected, not clipped: shows fields with confidence and a Clip button', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    expect(screen.getByText('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023')).toBeTruthy();
    expect(screen.getByText('22 Jan 2024, 15:32')).toBeTruthy();
    expect(screen.getByText('Sure')).toBeTruthy(); // title 0.9
    expect(screen.getByText('Likely')).toBeTruthy(); // date 0.6
    expect(screen.getByText('Unsure — please check')).toBeTruthy(); // signature 0.3
    expect(screen.getByText('Not found')).toBeTruthy(); // site has no provenance
    expect(screen.queryByLabelText('Tags', { selector: 'input' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clip this article' }));
    expect(p.onClip).toHaveBeenCalled();
  });

  it('clipped: shows when, tags, export, and unclips only after confirmation', () => {
    const p = props({ clip: makeClip() });
    renderIn('en', <PopupView {...p} />);
    expect(screen.getByText(/^Clipped at/)).toBeTruthy();
    expect(screen.getByLabelText('Tags', { selector: 'input' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove clip' }));
    expect(p.onUnclip).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: /Remove this clip/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove clip' }));
    expect(p.onUnclip).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'docx' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(p.onExport).toHaveBeenCalledWith('docx');
  });

  it('shows corrections over detection, marked "Corrected by you"', () => {
    const clip = makeClip({ corrections: { title: 'Tiêu đề đã sửa', published: null } });
    renderIn('en', <PopupView {...props({ clip })} />);
    expect(screen.getByText('Tiêu đề đã sửa')).toBeTruthy();
    expect(screen.getAllByText('Corrected by you')).toHaveLength(2);
  });

  it('many highlights: lists them all, orphans in their own list without "Go to"', () => {
    const highlights = Array.from({ length: 150 }, (_, i) => makeHighlight({ id: `h${i}`, quote: `đoạn số ${i}`, anchored: i % 10 !== 0 }));
    renderIn('en', <PopupView {...props({ clip: makeClip(), highlights })} />);
    const main = screen.getByRole('region', { name: /^Highlights/ });
    const orphans = screen.getByRole('region', { name: /^Not found on the page/ });
    expect(within(main).getAllByRole('listitem').length).toBe(135);
    expect(within(orphans).getAllByRole('listitem').length).toBe(15);
    expect(within(orphans).queryByRole('button', { name: /Go to/ })).toBeNull();
    expect(within(main).getAllByRole('button', { name: /Go to highlight/ })).toHaveLength(135);
  });

  it('shows an empty highlight list plainly', () => {
    renderIn('en', <PopupView {...props()} />);
    expect(screen.getByText(/No highlights on this page yet/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Not found on the page/ })).toBeNull();
  });
});

describe('PopupView editing by keyboard', () => {
  it('edits the title: Enter saves the NFC, trimmed value; focus returns to Edit', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    const edit = screen.getByRole('button', { name: 'Edit: Title' });
    fireEvent.click(edit);
    const input = screen.getByLabelText('Title', { selector: 'textarea' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: '  Tiêu đề mới '.normalize('NFD') } });
    fireEvent.submit(input.closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({ title: 'Tiêu đề mới' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit: Title' }));
  });

  it('Escape cancels an edit without saving', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Site' }));
    const input = screen.getByLabelText('Site', { selector: 'input' });
    fireEvent.input(input, { target: { value: 'Khác' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(p.onCorrect).not.toHaveBeenCalled();
    expect(screen.queryByLabelText('Site', { selector: 'input' })).toBeNull();
  });

  it('refuses an empty title', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Title' }));
    const input = screen.getByLabelText('Title', { selector: 'textarea' });
    fireEvent.input(input, { target: { value: '   ' } });
    fireEvent.submit(input.closest('form')!);
    expect(p.onCorrect).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be empty/);
  });

  it('offers the other titles the page gives, says where each was read, and saves the one picked', () => {
    const p = props({
      article: makeArticle({
        titleCandidates: [
          { text: 'Sông Mây tập huấn hòa giải viên', source: 'meta:og:title' },
          { text: 'Sông Mây tập huấn hòa giải viên - Sở Tư pháp', source: 'title-tag' },
        ],
      }),
    });
    renderIn('vi', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa: Tiêu đề' }));
    const group = screen.getByRole('group', { name: 'Các tiêu đề khác trên trang' });
    const choice = within(group).getByRole('button', { name: /Sông Mây tập huấn hòa giải viên - Sở Tư pháp/ });
    expect(choice.textContent).toContain('tiêu đề trên thẻ trình duyệt');
    expect(within(group).getByRole('button', { name: /^Sông Mây tập huấn hòa giải viên\s*thẻ chia sẻ/ })).toBeTruthy();
    fireEvent.click(choice);
    expect(choice.getAttribute('aria-pressed')).toBe('true');
    const input = screen.getByLabelText('Tiêu đề', { selector: 'textarea' }) as HTMLTextAreaElement;
    expect(input.value).toBe('Sông Mây tập huấn hòa giải viên - Sở Tư pháp');
    fireEvent.submit(input.closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({ title: 'Sông Mây tập huấn hòa giải viên - Sở Tư pháp' });
  });

  it('after a correction, offers the detected title first so it can be taken back', () => {
    const clip = makeClip({ corrections: { title: 'Tiêu đề do tôi sửa' } });
    const p = props({ clip, article: clip.detected });
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Title' }));
    const buttons = within(screen.getByRole('group', { name: 'Other titles on this page' })).getAllByRole('button');
    expect(buttons[0].querySelector('.pn-suggestion__text')?.textContent).toBe(clip.detected.title);
  });

  it('offers no title suggestions when the page gives none (clips saved before they were kept)', () => {
    renderIn('en', <PopupView {...props()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Title' }));
    expect(screen.queryByRole('group', { name: 'Other titles on this page' })).toBeNull();
  });

  it('offers the other names of the site', () => {
    const p = props({ article: makeArticle({ siteCandidates: [{ text: 'stp.songmay.gov.vn', source: 'host' }] }) });
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Site' }));
    const group = screen.getByRole('group', { name: 'Other names for this site' });
    fireEvent.click(within(group).getByRole('button', { name: /stp\.songmay\.gov\.vn\s*web address/ }));
    fireEvent.submit(screen.getByLabelText('Site', { selector: 'input' }).closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({ site: 'stp.songmay.gov.vn' });
  });

  it('offers the other date candidates and saves the chosen one', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Publication date' }));
    const other = screen.getByLabelText(/17 Jan 2024/);
    expect((screen.getByLabelText(/22 Jan 2024, 15:32/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(other);
    fireEvent.submit(other.closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({ published: '2024-01-17' });
  });

  it('accepts another date typed by the user, with a time at +07:00', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Publication date' }));
    fireEvent.click(screen.getByLabelText('Another date'));
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '3/2/2024' } });
    fireEvent.input(screen.getByLabelText('Time (optional)'), { target: { value: '9:15' } });
    fireEvent.submit(screen.getByLabelText('Date').closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({ published: '2024-02-03T09:15:00+07:00' });
  });

  it('refuses a typed date or time that does not exist, and says how to write it', () => {
    const p = props();
    renderIn('vi', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa: Ngày đăng' }));
    fireEvent.click(screen.getByLabelText('Ngày khác'));
    const day = screen.getByLabelText('Ngày');
    fireEvent.input(day, { target: { value: '30/02/2024' } });
    fireEvent.submit(day.closest('form')!);
    expect(p.onCorrect).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('ngày/tháng/năm');
    fireEvent.input(day, { target: { value: '29/02/2024' } });
    fireEvent.input(screen.getByLabelText('Giờ (không bắt buộc)'), { target: { value: '25:00' } });
    fireEvent.submit(day.closest('form')!);
    expect(p.onCorrect).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('giờ:phút');
    fireEvent.input(screen.getByLabelText('Giờ (không bắt buộc)'), { target: { value: '' } });
    fireEvent.submit(day.closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({ published: '2024-02-29' });
  });

  it('corrects the signature as authors + unit + source', () => {
    const p = props();
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit: Signature' }));
    fireEvent.input(screen.getByLabelText('Authors (separate with commas)'), { target: { value: 'Trần Văn Bình, Lê Thị Hoa' } });
    fireEvent.input(screen.getByLabelText('Source'), { target: { value: 'Báo Mẫu' } });
    fireEvent.submit(screen.getByLabelText('Source').closest('form')!);
    expect(p.onCorrect).toHaveBeenCalledWith({
      authors: ['Trần Văn Bình', 'Lê Thị Hoa'],
      signature: {
        text: 'Trần Văn Bình, Lê Thị Hoa\nBan Thi đua, Khen thưởng - Sở Nội vụ\nBáo Mẫu',
        authors: ['Trần Văn Bình', 'Lê Thị Hoa'],
        unit: 'Ban Thi đua, Khen thưởng - Sở Nội vụ',
        source: 'Báo Mẫu',
      },
    });
  });

  it('jumps to, edits and deletes (after confirming) a highlight', () => {
    const p = props({ clip: makeClip(), highlights: [makeHighlight()] });
    renderIn('en', <PopupView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: /Go to highlight/ }));
    expect(p.onJumpToHighlight).toHaveBeenCalledWith('h1');
    fireEvent.click(screen.getByRole('button', { name: /Edit highlight/ }));
    const note = screen.getByLabelText('Note');
    fireEvent.input(note, { target: { value: 'ghi chú mới' } });
    fireEvent.click(screen.getByLabelText('Figures'));
    fireEvent.submit(note.closest('form')!);
    expect(p.onUpdateHighlight).toHaveBeenCalledWith('h1', { colour: 'pink', note: 'ghi chú mới', tags: [] });
    fireEvent.click(screen.getByRole('button', { name: /Delete highlight/ }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Delete this highlight?' })).getByRole('button', { name: 'Delete' }));
    expect(p.onDeleteHighlight).toHaveBeenCalledWith('h1');
  });

  it('adds a tag from the autocomplete without diacritics typed', () => {
    const p = props({ clip: makeClip({ tags: [] }) });
    renderIn('en', <PopupView {...p} />);
    const input = screen.getByLabelText('Tags', { selector: 'input' });
    fireEvent.input(input, { target: { value: 'khen th' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(p.onTagsChange).toHaveBeenCalledWith(['khen thưởng']);
  });
});

describe('PopupView safety and language', () => {
  it('renders hostile page text as literal text', () => {
    const article = makeArticle({ title: HOSTILE, site: HOSTILE, authors: [HOSTILE] });
    const { container } = renderIn('en', <PopupView {...props({ article, highlights: [makeHighlight({ quote: HOSTILE, note: HOSTILE })] })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(3);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks Vietnamese and writes dates the Vietnamese way', () => {
    renderIn('vi', <PopupView {...props()} />);
    expect(screen.getByRole('button', { name: 'Lưu bài viết' })).toBeTruthy();
    expect(screen.getByText('15:32, 22/01/2024')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mở thư viện' })).toBeTruthy();
  });
});

describe('PopupView: a clip the page now reads differently', () => {
  it('says so and offers to update it from the page; says nothing when there is nothing to update', () => {
    const onRefresh = vi.fn();
    const clip = makeClip();
    renderIn('vi', <PopupView {...props({ clip, onRefresh })} />);
    expect(screen.getByText('Thông tin trên trang đã khác so với lúc lưu.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cập nhật theo trang' }));
    expect(onRefresh).toHaveBeenCalledOnce();
    document.body.replaceChildren();
    renderIn('vi', <PopupView {...props({ clip })} />);
    expect(screen.queryByRole('button', { name: 'Cập nhật theo trang' })).toBeNull();
  });
});

describe('PopupView: a document\'s number', () => {
  const provenance = {
    published: { source: 'document:issued', confidence: 0.9 },
    signature: { source: 'signature:document', confidence: 0.8 },
    documentNumber: { source: 'document:number', confidence: 0.9 },
  };
  const record = () => makeArticle({ documentNumber: '245/QĐ-SNV', provenance });

  it('shows the number of a document\'s record, corrects it, and clears it (the page is no document)', () => {
    const p = props({ article: record() });
    renderIn('vi', <PopupView {...p} />);
    expect(screen.getByText('245/QĐ-SNV')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa: Số ký hiệu' }));
    const input = screen.getByLabelText('Số ký hiệu', { selector: 'input' });
    fireEvent.input(input, { target: { value: ' 245/QĐ-SNV-TĐKT ' } });
    fireEvent.submit(input.closest('form')!);
    expect(p.onCorrect).toHaveBeenLastCalledWith({ documentNumber: '245/QĐ-SNV-TĐKT' });
    fireEvent.click(screen.getByRole('button', { name: 'Sửa: Số ký hiệu' }));
    fireEvent.input(screen.getByLabelText('Số ký hiệu', { selector: 'input' }), { target: { value: '  ' } });
    fireEvent.submit(screen.getByLabelText('Số ký hiệu', { selector: 'input' }).closest('form')!);
    expect(p.onCorrect).toHaveBeenLastCalledWith({ documentNumber: null });
  });

  it('offers the field on a document\'s record that shows no number, and not on an article', () => {
    renderIn('vi', <PopupView {...props({ article: makeArticle({ documentNumber: null, provenance: { signature: provenance.signature } }) })} />);
    expect(screen.getByRole('button', { name: 'Sửa: Số ký hiệu' })).toBeTruthy();
    document.body.replaceChildren();
    renderIn('vi', <PopupView {...props()} />);
    expect(screen.queryByRole('button', { name: 'Sửa: Số ký hiệu' })).toBeNull();
  });

  it('lists the files the page offers as links that open apart; a non-http address is no link', () => {
    const attachments = [
      { name: 'Quyết định 245/QĐ-SNV.pdf', url: 'https://snv.example.gov.vn/files/245.pdf' },
      { name: '<b>phụ lục</b>', url: 'javascript:alert(1)' },
    ];
    renderIn('vi', <PopupView {...props({ article: makeArticle({ attachments }) })} />);
    const field = document.getElementById('pn-attachments-field')!;
    expect(within(field).getByText('Tệp đính kèm')).toBeTruthy();
    const link = within(field).getByRole('link', { name: 'Quyết định 245/QĐ-SNV.pdf' });
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['https://snv.example.gov.vn/files/245.pdf', '_blank', 'noopener noreferrer']);
    expect(within(field).getByText('<b>phụ lục</b>').closest('a')).toBeNull();
    document.body.replaceChildren();
    renderIn('vi', <PopupView {...props()} />);
    expect(document.getElementById('pn-attachments-field')).toBeNull();
  });

  it('shows the record\'s other rows under their own labels, as text', () => {
    const recordDetails = [{ label: 'Tình trạng hiệu lực', value: 'Còn hiệu lực' }, { label: '<b>Lĩnh vực</b>', value: 'Thi đua, khen thưởng' }];
    renderIn('vi', <PopupView {...props({ article: makeArticle({ recordDetails, provenance }) })} />);
    const field = document.getElementById('pn-details-field')!;
    expect(within(field).getByText('Thông tin khác')).toBeTruthy();
    expect([...field.querySelectorAll('dt')].map((d) => [d.textContent, d.nextElementSibling?.textContent])).toEqual([
      ['Tình trạng hiệu lực', 'Còn hiệu lực'],
      ['<b>Lĩnh vực</b>', 'Thi đua, khen thưởng'],
    ]);
    expect(field.querySelector('b')).toBeNull();
  });

  it('shows the user\'s number over the detected one', () => {
    const article = record();
    const clip = makeClip({ detected: article, documentNumber: '246/QĐ-SNV', corrections: { documentNumber: '246/QĐ-SNV' } });
    renderIn('en', <PopupView {...props({ article, clip })} />);
    expect(screen.getByText('246/QĐ-SNV')).toBeTruthy();
    expect(screen.queryByText('245/QĐ-SNV')).toBeNull();
  });
});

describe('PopupView: show a detected field on the page', () => {
  it('offers "Xem trên trang" for the title, date and signature of a live tab, and says which field', () => {
    const onShowField = vi.fn();
    renderIn('vi', <PopupView {...props({ onShowField })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Xem trên trang: Chữ ký bài viết' }));
    expect(onShowField).toHaveBeenCalledWith('signature');
    fireEvent.click(screen.getByRole('button', { name: 'Xem trên trang: Ngày đăng' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xem trên trang: Tiêu đề' }));
    expect(onShowField.mock.calls.map((c) => c[0])).toEqual(['signature', 'published', 'title']);
  });

  it('has no such buttons without a live tab, or for a field that was not found', () => {
    renderIn('vi', <PopupView {...props()} />);
    expect(screen.queryByRole('button', { name: /Xem trên trang/ })).toBeNull();
    renderIn('vi', <PopupView {...props({ onShowField: vi.fn(), article: makeArticle({ signature: null, authors: [] }) })} />);
    expect(screen.queryByRole('button', { name: 'Xem trên trang: Chữ ký bài viết' })).toBeNull();
  });
});
