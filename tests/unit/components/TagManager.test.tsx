import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { TagManager, type TagActions } from '@/components/TagManager';
import type { TagUsage } from '@/components/library-model';
import { HOSTILE, renderIn } from './helpers';

const TAGS: TagUsage[] = [
  { name: 'khen thưởng', colour: '#047857', count: 3 },
  { name: 'thi đua', colour: '#1d4ed8', count: 12 },
  { name: 'thi dua', colour: '#475569', count: 1 },
];

function setup(tags = TAGS) {
  const actions: TagActions = { rename: vi.fn(), merge: vi.fn(), remove: vi.fn(), setColour: vi.fn() };
  renderIn('en', <TagManager tags={tags} actions={actions} />);
  return actions;
}

describe('TagManager', () => {
  it('empty state', () => {
    setup([]);
    expect(screen.getByText(/No tags yet/)).toBeTruthy();
  });

  it('lists many tags with their clip counts', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `thẻ ${i}`, colour: '#000000', count: i }));
    setup(many);
    expect(screen.getAllByRole('row')).toHaveLength(301);
  });

  it('renames a tag, refusing a name that exists', () => {
    const actions = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename khen thưởng' }));
    const input = screen.getByLabelText('New name for khen thưởng');
    fireEvent.input(input, { target: { value: 'THI ĐUA' } });
    fireEvent.submit(input.closest('form')!);
    expect(actions.rename).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('already exists');
    fireEvent.input(input, { target: { value: 'khen thưởng 2024' } });
    fireEvent.submit(input.closest('form')!);
    expect(actions.rename).toHaveBeenCalledWith('khen thưởng', 'khen thưởng 2024');
  });

  it('deletes only after confirming, telling how many clips it affects', () => {
    const actions = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete thi đua' }));
    const confirm = screen.getByRole('group', { name: /It is removed from 12 clips/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(actions.remove).toHaveBeenCalledWith('thi đua');
  });

  it('merges the checked tags into the chosen one', () => {
    const actions = setup();
    const merge = screen.getByRole('button', { name: 'Merge' });
    expect((merge as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Select thi đua to merge'));
    fireEvent.click(screen.getByLabelText('Select thi dua to merge'));
    fireEvent.input(screen.getByLabelText('Into the tag'), { target: { value: 'thi đua' } });
    fireEvent.click(merge);
    expect(actions.merge).toHaveBeenCalledWith(['thi đua', 'thi dua'], 'thi đua');
  });

  it('sets a colour through a labelled colour input', () => {
    const actions = setup();
    fireEvent.change(screen.getByLabelText('Colour of thi đua'), { target: { value: '#be123c' } });
    expect(actions.setColour).toHaveBeenCalledWith('thi đua', '#be123c');
  });

  it('shows hostile tag names as text', () => {
    setup([{ name: HOSTILE, colour: '#000000', count: 1 }]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE)).toBeTruthy();
  });
});
