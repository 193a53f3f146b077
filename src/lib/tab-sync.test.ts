// Tabs of the app hear of each other's writes: the client announces a write that succeeded (not a
// read, a search or a refused write), and a listener in another tab is called.
import { describe, expect, it, vi } from 'vitest';
import { API, signIn, useMockBackend } from '@mocks/test/support';
import { createApiClient } from './api/client';
import { announceChange, onChangeInAnotherTab } from './tab-sync';

useMockBackend();

describe('telling the other tabs', () => {
  it('calls onChanged after a write that succeeded, and not after reads, searches or refusals', async () => {
    const token = await signIn('st_10');
    const onChanged = vi.fn();
    const client = createApiClient({ baseUrl: API, getToken: () => token, onChanged });
    await client.getSettings();
    await client.listChildren({ q: 'a', status: [] });
    expect(onChanged).not.toHaveBeenCalled();
    const settings = await client.getSettings();
    await expect(
      client.updateSettings({ ...settings, version: settings.version + 9 }),
    ).rejects.toThrow();
    expect(onChanged).not.toHaveBeenCalled();
    await client.updateSettings({ ...settings, councilName: 'Renamed council' });
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('delivers an announcement to a listener of another tab (BroadcastChannel)', async () => {
    const heard = new Promise<void>((resolve) => {
      // Another tab: its own channel on the same name.
      const other = new BroadcastChannel('iro-review-tracker-changes');
      other.onmessage = () => {
        other.close();
        resolve();
      };
    });
    announceChange();
    await expect(heard).resolves.toBeUndefined();
    const listener = vi.fn();
    const stop = onChangeInAnotherTab(listener);
    const sender = new BroadcastChannel('iro-review-tracker-changes');
    sender.postMessage('changed');
    await vi.waitFor(() => {
      expect(listener).toHaveBeenCalled();
    });
    stop();
    sender.close();
  });
});
