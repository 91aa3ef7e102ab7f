import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { BackupPanel, type RestoreProgress, type RestoreReport } from '@/components/BackupPanel';
import { HOSTILE, renderIn } from './helpers';

const file = () => new File(['{}'], 'portal-notes-backup.json', { type: 'application/json' });

function choose() {
  fireEvent.change(screen.getByLabelText('Backup file (.json)'), { target: { files: [file()] } });
  fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
}

describe('BackupPanel', () => {
  it('exports a backup, and reports an export failure', async () => {
    const onExportBackup = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValueOnce(undefined);
    renderIn('en', <BackupPanel onExportBackup={onExportBackup} onRestore={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save a backup file' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('disk full'));
    fireEvent.click(screen.getByRole('button', { name: 'Save a backup file' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onExportBackup).toHaveBeenCalledTimes(2);
  });

  it('disables Restore until a file is chosen', () => {
    renderIn('en', <BackupPanel onExportBackup={vi.fn()} onRestore={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Restore' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows progress, then the counts added / updated / skipped', async () => {
    let report!: (r: RestoreReport) => void;
    let progress!: (p: RestoreProgress) => void;
    const onRestore = vi.fn((_f: File, onProgress: (p: RestoreProgress) => void) => {
      progress = onProgress;
      return new Promise<RestoreReport>((r) => (report = r));
    });
    renderIn('en', <BackupPanel onExportBackup={vi.fn()} onRestore={onRestore} />);
    choose();
    await waitFor(() => expect(onRestore).toHaveBeenCalled());
    expect(onRestore.mock.calls[0][0].name).toBe('portal-notes-backup.json');
    progress({ done: 1200, total: 5000, phase: 'writing' });
    await waitFor(() => expect(screen.getByText('1,200 of 5,000 records')).toBeTruthy());
    expect(screen.getByText('Restoring…')).toBeTruthy();
    report({ ok: true, counts: { added: 1500, updated: 20, skipped: 3480 } });
    await waitFor(() => expect(screen.getByText('Restore complete.')).toBeTruthy());
    expect(screen.getByText('Added: 1,500')).toBeTruthy();
    expect(screen.getByText('Updated: 20')).toBeTruthy();
    expect(screen.getByText('Skipped (already up to date): 3,480')).toBeTruthy();
  });

  it('lists validation errors with record path and field (as text), capped with a remainder', async () => {
    const errors = Array.from({ length: 130 }, (_, i) => ({ path: `clips[${i}]`, field: 'published', message: i === 0 ? HOSTILE : 'not an ISO date' }));
    renderIn('en', <BackupPanel onExportBackup={vi.fn()} onRestore={async () => ({ ok: false, errors })} />);
    choose();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('problems found: 130'));
    const items = screen.getByRole('alert').querySelectorAll('li');
    expect(items).toHaveLength(100);
    expect(items[3].textContent).toBe('clips[3] — published: not an ISO date');
    expect(screen.getByText('Further problems not listed: 30')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('reports an unexpected failure', async () => {
    renderIn('en', <BackupPanel onExportBackup={vi.fn()} onRestore={async () => Promise.reject(new Error('not JSON'))} />);
    choose();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The restore failed. not JSON'));
  });
});
