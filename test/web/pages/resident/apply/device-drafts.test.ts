import { describe, expect, it } from 'vitest';
import { newDraft } from '../../../../../web/src/pages/resident/apply/application-draft.js';
import { deviceDraft, deviceDrafts, forgetOnDevice, keepOnDevice } from '../../../../../web/src/pages/resident/apply/device-drafts.js';
import { clearAllDrafts } from '../../../../../web/src/pages/resident/apply/draft-storage.js';
import { MemoryStorage } from '../../../../support/memory-storage.js';

const draft = (ownerId: string, itemCode: string, townshipId = 'qingshi') => newDraft({ ownerId, townshipId, itemCode }, 'k', 1);

describe('drafts kept on this device', () => {
  it('keeps one per item and township, so starting another application drops none', () => {
    const storage = new MemoryStorage();
    keepOnDevice(draft('u-1', 'MZ-GG-0003'), storage);
    keepOnDevice(draft('u-1', 'MZ-GG-0003', 'baihe'), storage);
    keepOnDevice(draft('u-1', 'ZR-XK-0001'), storage);
    keepOnDevice({ ...draft('u-1', 'ZR-XK-0001'), answers: { a: '1' } }, storage);
    expect(
      deviceDrafts('u-1', storage)
        .map((d) => `${d.itemCode}@${d.townshipId}`)
        .sort(),
    ).toEqual(['MZ-GG-0003@baihe', 'MZ-GG-0003@qingshi', 'ZR-XK-0001@qingshi']);
    expect(deviceDraft({ ownerId: 'u-1', itemCode: 'ZR-XK-0001', townshipId: 'qingshi' }, storage)?.answers).toEqual({ a: '1' });
  });

  it('shows an account only its own, and forgets one on request', () => {
    const storage = new MemoryStorage();
    keepOnDevice(draft('u-1', 'MZ-GG-0003'), storage);
    keepOnDevice(draft('u-2', 'MZ-GG-0003'), storage);
    expect(deviceDrafts('u-2', storage).map((d) => d.ownerId)).toEqual(['u-2']);
    forgetOnDevice({ ownerId: 'u-1', itemCode: 'MZ-GG-0003', townshipId: 'qingshi' }, storage);
    expect(deviceDrafts('u-1', storage)).toEqual([]);
  });

  it('is cleared with every other draft on sign-out', () => {
    const device = new MemoryStorage();
    keepOnDevice(draft('u-1', 'MZ-GG-0003'), device);
    clearAllDrafts(new MemoryStorage(), device);
    expect(device.length).toBe(0);
  });
});
