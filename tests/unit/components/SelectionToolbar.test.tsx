import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { HighlightEditor } from '@/components/HighlightEditor';
import { resolveColourLabels } from '@/components/colours';
import { SHADOW_CSS } from '@/components/styles/shadow-css';
import { createI18n } from '@/utils/i18n';
import { labelsEn, renderIn } from './helpers';

describe('SelectionToolbar', () => {
  it('names colour buttons by the user colour meanings, with tooltips', () => {
    const labels = resolveColourLabels({ blue: 'Pháp lý' }, createI18n('vi').t);
    renderIn('vi', <SelectionToolbar colourLabels={labels} onHighlight={vi.fn()} onNote={vi.fn()} onTags={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Đánh dấu là: Ý chính' }).getAttribute('title')).toBe('Ý chính');
    expect(screen.getByRole('button', { name: 'Đánh dấu là: Pháp lý' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xóa' })).toBeNull();
  });

  it('is one Tab stop; arrows move focus; Enter/click highlights; Escape closes', () => {
    const onHighlight = vi.fn();
    const onClose = vi.fn();
    const onDelete = vi.fn();
    renderIn('en', <SelectionToolbar colourLabels={labelsEn} onHighlight={onHighlight} onNote={vi.fn()} onTags={vi.fn()} onDelete={onDelete} onClose={onClose} />);
    const toolbar = screen.getByRole('toolbar', { name: 'Highlight the selection' });
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0].focus();
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(toolbar, { key: 'ArrowLeft' });
    fireEvent.keyDown(toolbar, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    expect(buttons[buttons.length - 1].textContent).toBe('Delete');
    fireEvent.click(screen.getByRole('button', { name: 'Highlight as: Quote' }));
    expect(onHighlight).toHaveBeenCalledWith('green');
    fireEvent.keyDown(toolbar, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('ships its shadow-root CSS as a string with visible focus', () => {
    expect(typeof SHADOW_CSS).toBe('string');
    expect(SHADOW_CSS).toContain(':focus-visible');
    expect(SHADOW_CSS).not.toMatch(/@import|url\(/);
  });
});

describe('HighlightEditor', () => {
  it('saves note, tags and colour; Escape cancels; delete asks first', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const onDelete = vi.fn();
    renderIn(
      'en',
      <HighlightEditor
        id="e"
        quote="phong trào thi đua"
        value={{ colour: 'yellow', note: '', tags: [] }}
        colourLabels={labelsEn}
        tagSuggestions={['thi đua']}
        onSave={onSave}
        onDelete={onDelete}
        onCancel={onCancel}
      />,
    );
    const note = screen.getByLabelText('Note');
    expect(document.activeElement).toBe(note);
    fireEvent.input(note, { target: { value: ' Cần trích dẫn '.normalize('NFD') } });
    const tags = screen.getByRole('combobox', { name: 'Tags' });
    fireEvent.input(tags, { target: { value: 'thi d' } });
    fireEvent.keyDown(tags, { key: 'ArrowDown' });
    fireEvent.keyDown(tags, { key: 'Enter' });
    fireEvent.click(screen.getByLabelText('Question'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ colour: 'orange', note: 'Cần trích dẫn', tags: ['thi đua'] });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]);
    expect(onDelete).toHaveBeenCalled();
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalled();
  });
});
