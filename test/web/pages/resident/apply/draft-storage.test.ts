import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, newDraft, saveDraft } from '../../../../../web/src/pages/resident/apply/application-draft.js';
import { clearAllDrafts, layeredDraftStorage } from '../../../../../web/src/pages/resident/apply/draft-storage.js';
import { MemoryStorage } from '../../../../support/memory-storage.js';

const draftOf = (ownerId: string, itemCode = 'MZ-GG-0003') => ({
  ...newDraft({ ownerId, townshipId: 'qingshi', itemCode }, 'key-1', 1),
  answers: { applicantName: '李秀英' },
});

describe('where a draft is kept', () => {
  it('outlives the tab: a new tab (empty sessionStorage) of the same account resumes it', () => {
    const device = new MemoryStorage();
    saveDraft(layeredDraftStorage(new MemoryStorage(), device, 'u-resident'), draftOf('u-resident'));
    expect(loadDraft(layeredDraftStorage(new MemoryStorage(), device, 'u-resident'), 'u-resident')?.answers).toEqual({ applicantName: '李秀英' });
  });

  it('keeps one account’s draft from another', () => {
    const device = new MemoryStorage();
    const tab = new MemoryStorage();
    saveDraft(layeredDraftStorage(tab, device, 'u-resident'), draftOf('u-resident'));
    expect(loadDraft(layeredDraftStorage(new MemoryStorage(), device, 'u-proxy'), 'u-proxy')).toBeNull();
    // Even in the same tab, another account reads its own copy, not the tab's.
    saveDraft(layeredDraftStorage(new MemoryStorage(), device, 'u-proxy'), draftOf('u-proxy', 'MZ-JF-0001'));
    expect(loadDraft(layeredDraftStorage(tab, device, 'u-proxy'), 'u-proxy')?.itemCode).toBe('MZ-JF-0001');
  });

  it('goes from both places on submit, and from the whole device on sign-out', () => {
    const device = new MemoryStorage();
    const tab = new MemoryStorage();
    const storage = layeredDraftStorage(tab, device, 'u-resident');
    saveDraft(storage, draftOf('u-resident'));
    clearDraft(storage);
    expect([tab.length, device.length]).toEqual([0, 0]);

    saveDraft(layeredDraftStorage(tab, device, 'u-resident'), draftOf('u-resident'));
    saveDraft(layeredDraftStorage(new MemoryStorage(), device, 'u-proxy'), draftOf('u-proxy'));
    device.setItem('ow.lang', 'en');
    clearAllDrafts(tab, device);
    expect(tab.length).toBe(0);
    expect([...Array(device.length).keys()].map((i) => device.key(i))).toEqual(['ow.lang']);
  });
});
