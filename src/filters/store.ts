import { create, type StateCreator } from "zustand";
import { CATEGORIES, type Category, type Lang } from "../data/vocabulary";
import { DEFAULT_VIEW, type PanelId, type Theme, type ViewState } from "./view-state";

export type HistoryMode = "push" | "replace";

interface FiltersSlice {
  from: number | null;
  to: number | null;
  cat: Category[];
  src: string[];
  q: string;
  /** How the last range change enters the browser's history: a Play run replaces its own entry. */
  rangeHistory: HistoryMode;
  setRange: (from: number | null, to: number | null, history?: HistoryMode) => void;
  toggleCategory: (category: Category) => void;
  /** For legends, where "pressed" means "shown": no categories selected means all are shown. */
  setCategoryShown: (category: Category, shown: boolean) => void;
  toggleSource: (source: string) => void;
  setSources: (sources: string[]) => void;
  setQuery: (q: string) => void;
  resetFilters: () => void;
}

interface SelectionSlice {
  m: string | null;
  f: string | null;
  selectMilestone: (id: string | null) => void;
  selectFeature: (id: string | null) => void;
}

interface PrefsSlice {
  lang: Lang | null;
  theme: Theme;
  embed: PanelId | null;
  group: string | null;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
}

interface PresenterSlice {
  present: boolean;
  story: string | null;
  deck: string | null;
  step: number | null;
  startPresenting: (story: string) => void;
  presentDeck: (deck: string) => void;
  setStep: (step: number) => void;
  stopPresenting: () => void;
}

interface ViewSlice {
  applyView: (view: ViewState) => void;
}

export type IcebergState = FiltersSlice & SelectionSlice & PrefsSlice & PresenterSlice & ViewSlice;

const toggle = <T>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

const createFiltersSlice: StateCreator<IcebergState, [], [], FiltersSlice> = (set) => ({
  from: DEFAULT_VIEW.from,
  to: DEFAULT_VIEW.to,
  cat: DEFAULT_VIEW.cat,
  src: DEFAULT_VIEW.src,
  q: DEFAULT_VIEW.q,
  rangeHistory: "push",
  setRange: (from, to, rangeHistory = "push") =>
    set(
      from !== null && to !== null && from > to
        ? { from: to, to: from, rangeHistory }
        : { from, to, rangeHistory },
    ),
  toggleCategory: (category) => set((s) => ({ cat: toggle(s.cat, category) })),
  setCategoryShown: (category, shown) =>
    set((s) => {
      const current = s.cat.length ? s.cat : [...CATEGORIES];
      const next = shown ? [...new Set([...current, category])] : current.filter((c) => c !== category);
      return { cat: next.length === CATEGORIES.length ? [] : CATEGORIES.filter((c) => next.includes(c)) };
    }),
  toggleSource: (source) => set((s) => ({ src: toggle(s.src, source).sort() })),
  setSources: (src) => set({ src: [...src].sort() }),
  setQuery: (q) => set({ q }),
  resetFilters: () => set({ from: null, to: null, cat: [], src: [], q: "", m: null, f: null }),
});

const createSelectionSlice: StateCreator<IcebergState, [], [], SelectionSlice> = (set) => ({
  m: DEFAULT_VIEW.m,
  f: DEFAULT_VIEW.f,
  selectMilestone: (m) => set({ m }),
  selectFeature: (f) => set({ f }),
});

const createPrefsSlice: StateCreator<IcebergState, [], [], PrefsSlice> = (set) => ({
  lang: DEFAULT_VIEW.lang,
  theme: DEFAULT_VIEW.theme,
  embed: DEFAULT_VIEW.embed,
  group: DEFAULT_VIEW.group,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
});

const createPresenterSlice: StateCreator<IcebergState, [], [], PresenterSlice> = (set) => ({
  present: DEFAULT_VIEW.present,
  story: DEFAULT_VIEW.story,
  deck: DEFAULT_VIEW.deck,
  step: DEFAULT_VIEW.step,
  startPresenting: (story) => set({ present: true, story, deck: null, step: 1 }),
  presentDeck: (deck) => set({ present: true, story: null, deck, step: 1 }),
  setStep: (step) => set({ step }),
  // Leaving keeps the last step's view, so the presenter can take questions from there.
  stopPresenting: () => set({ present: false, story: null, deck: null, step: null }),
});

const createViewSlice: StateCreator<IcebergState, [], [], ViewSlice> = (set) => ({
  applyView: (view) => set({ ...view }),
});

export const createIcebergStore = () =>
  create<IcebergState>()((...a) => ({
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createPrefsSlice(...a),
    ...createPresenterSlice(...a),
    ...createViewSlice(...a),
  }));

export const useIceberg = createIcebergStore();

export function selectViewState(s: IcebergState): ViewState {
  return {
    from: s.from,
    to: s.to,
    cat: s.cat,
    src: s.src,
    m: s.m,
    f: s.f,
    q: s.q,
    lang: s.lang,
    theme: s.theme,
    embed: s.embed,
    group: s.group,
    present: s.present,
    story: s.story,
    deck: s.deck,
    step: s.step,
  };
}
