import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { SettingsPanel } from '@/components/SettingsPanel';
import { ColourLabelsEditor } from '@/components/ColourLabelsEditor';
import { renderIn } from './helpers';

describe('ColourLabelsEditor', () => {
  it('shows default meanings as placeholders and saves only names the user set', () => {
    const onSave = vi.fn();
    renderIn('vi', <ColourLabelsEditor value={{ green: 'Trích dẫn luật' }} onSave={onSave} />);
    const yellow = screen.getByLabelText('Tên của màu đang gọi là “Ý chính”') as HTMLInputElement;
    expect(yellow.placeholder).toBe('Ý chính');
    fireEvent.input(yellow, { target: { value: '  Kết luận  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSave).toHaveBeenCalledWith({ yellow: 'Kết luận', green: 'Trích dẫn luật' });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục tên mặc định' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSave).toHaveBeenLastCalledWith({});
  });
});

describe('SettingsPanel', () => {
  it('sets the language override', () => {
    const onLocaleSettingChange = vi.fn();
    renderIn('en', <SettingsPanel localeSetting="auto" onLocaleSettingChange={onLocaleSettingChange} colourLabelSetting={{}} onColourLabelsChange={vi.fn()} />);
    const select = screen.getByLabelText('Interface language') as HTMLSelectElement;
    expect(select.value).toBe('auto');
    fireEvent.change(select, { target: { value: 'vi' } });
    expect(onLocaleSettingChange).toHaveBeenCalledWith('vi');
  });
});
