import type { StateCreator } from 'zustand';
import type { StorageMode } from '../persistence';
import { getServices } from './services';
import type { WorkbenchState } from './store';

export type StorageSlice = {
  storageMode: StorageMode | null;
  persistence: 'persistent' | 'best-effort' | 'unsupported' | null;
  storageChecked: () => Promise<void>;
};

export const createStorageSlice: StateCreator<WorkbenchState, [], [], StorageSlice> = (set) => ({
  storageMode: null,
  persistence: null,
  storageChecked: async () => {
    const { storage, persist } = getServices();
    const mode = await storage;
    set({ storageMode: mode });
    if (mode.kind === 'indexeddb') {
      try {
        set({ persistence: await persist() });
      } catch {
        set({ persistence: 'unsupported' });
      }
    }
  },
});
