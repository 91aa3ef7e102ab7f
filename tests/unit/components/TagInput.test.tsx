import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { TagInput } from '@/components/TagInput';
import { renderIn } from './helpers';

const SUGGESTIONS = ['thi đua', 'khen thưởng', 'cải cách hành chính', 'Thi hành án'];

function setup(tags: string[] = []) {
  const onChange = vi.fn();
  renderIn('en', <TagInput id="t" label="Tags" tags={tags} suggestions={SUGGESTIONS} onChange={onChange} />);
  return { onChange, input: screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement };
}

describe('TagInput', () => {
  it('suggests existing tags matching without diacritics, prefix matches first', () => {
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'thi' } });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['thi đua', 'Thi hành án']);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('chooses a suggestion with the arrow keys and Enter', () => {
    const { input, onChange } = setup(['khen thưởng']);
    fireEvent.input(input, { target: { value: 'th' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe('t-listbox-1');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(['khen thưởng', 'Thi hành án']);
  });

  it('adds typed text on comma, reusing an existing tag spelled without diacritics', () => {
    const { input, onChange } = setup();
    fireEvent.input(input, { target: { value: '  tuyển   dụng ' } });
    fireEvent.keyDown(input, { key: ',' });
    expect(onChange).toHaveBeenLastCalledWith(['tuyển dụng']);
    fireEvent.input(input, { target: { value: 'THI ĐUA' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['thi đua']);
  });

  it('ignores a tag already present (in another Unicode form) and removes with Backspace', () => {
    const { input, onChange } = setup(['thi đua']);
    fireEvent.input(input, { target: { value: 'thi đua'.normalize('NFD') } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(onChange).toHaveBeenCalledWith([]);
  });

  it('removes a tag with its labelled button and closes suggestions on Escape', () => {
    const { input, onChange } = setup(['thi đua', 'khen thưởng']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag thi đua' }));
    expect(onChange).toHaveBeenCalledWith(['khen thưởng']);
    fireEvent.input(input, { target: { value: 'cai' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
