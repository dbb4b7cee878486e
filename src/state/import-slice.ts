import type { StateCreator } from 'zustand';
import type { LoadError, Plan } from '../domain';
import type { DroppedKey } from '../domain/dropped-keys';
import { CHECKING_SUMMARY } from './readiness';
import { getServices } from './services';
import type { WorkbenchState } from './store';

export type ImportOutcome =
  | {
      ok: true;
      id: string;
      title: string;
      newId: boolean;
      upgradedFrom: number | null;
      /** Keys of the file that are not part of a plan: not imported, and said so. */
      dropped: DroppedKey[];
    }
  | { ok: false; fileName: string; error: LoadError };

/** What the import needs of a picked or dropped File; a plain object in tests. */
export type PlanFile = { name: string; size: number; text: () => Promise<string> };

export type ImportSlice = {
  importOutcome: ImportOutcome | null;
  /** A plan file's text, read through the one load pipeline and saved as a draft. */
  planFileImported: (text: string, fileName: string, byteLength?: number) => Promise<ImportOutcome>;
  /** A picked or dropped file: refused by its size before a byte is read, then read and imported. */
  planFilePicked: (file: PlanFile) => Promise<ImportOutcome>;
  /** An already validated plan (a share link): saved as a draft, never over an existing one. */
  planImported: (plan: Plan, upgradedFrom?: number | null) => Promise<ImportOutcome>;
  importDismissed: () => void;
};

export const createImportSlice: StateCreator<WorkbenchState, [], [], ImportSlice> = (set, get) => {
  const save = async (
    plan: Plan,
    upgradedFrom: number | null,
    dropped: DroppedKey[] = [],
  ): Promise<ImportOutcome> => {
    const { drafts, newId } = getServices();
    const taken = (await drafts.list()).some((d) => d.id === plan.id);
    // An import never overwrites: a plan whose id is taken becomes a new draft, and the UI says so.
    const saved = taken ? { ...plan, id: newId() } : plan;
    await drafts.create(saved, CHECKING_SUMMARY);
    await get().draftsRequested();
    return { ok: true, id: saved.id, title: saved.title, newId: taken, upgradedFrom, dropped };
  };
  const settle = (outcome: ImportOutcome) => {
    set({ importOutcome: outcome });
    return outcome;
  };

  return {
    importOutcome: null,
    planFileImported: async (text, fileName, byteLength) => {
      const { loadPlanText } = await import('../domain/load');
      const loaded = loadPlanText(text, byteLength);
      if (!loaded.ok) return settle({ ok: false, fileName, error: loaded.error });
      try {
        return settle(await save(loaded.plan, loaded.upgradedFrom, loaded.dropped));
      } catch (err) {
        const message = `The plan is valid but could not be saved: ${err instanceof Error ? err.message : String(err)}`;
        return settle({ ok: false, fileName, error: { code: 'invalid', message, issues: [] } });
      }
    },
    planFilePicked: async (file) => {
      const { MAX_PLAN_BYTES } = await import('../domain/load');
      // A 2 GB file must not be pulled into memory just to be told it is too big: the pipeline
      // refuses by byteLength before it looks at the (empty) text.
      if (file.size > MAX_PLAN_BYTES) return get().planFileImported('', file.name, file.size);
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        const message = `The file could not be read (${why}); it may have been moved or be unreadable.`;
        return settle({ ok: false, fileName: file.name, error: { code: 'unreadable', message, issues: [] } });
      }
      return get().planFileImported(text, file.name, file.size);
    },
    planImported: async (plan, upgradedFrom = null) => {
      try {
        return settle(await save(plan, upgradedFrom));
      } catch (err) {
        const message = `The plan could not be saved: ${err instanceof Error ? err.message : String(err)}`;
        return settle({ ok: false, fileName: '', error: { code: 'invalid', message, issues: [] } });
      }
    },
    importDismissed: () => set({ importOutcome: null }),
  };
};
