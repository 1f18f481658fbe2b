import { create, type StateCreator } from "zustand";
import { CATEGORIES, type Category, type Lang } from "@/data/vocabulary";
import { VIEW_KEYS } from "./view-codec";
import { DEFAULT_VIEW, type PanelId, type Theme, type ViewState } from "./view-state";

/**
 * How a change enters the browser's history: "push" makes a new entry (one user action), "replace"
 * rewrites the current one (the rest of a drag, a held key or a Play run; correcting a link).
 */
export type HistoryMode = "push" | "replace";

interface FiltersSlice {
  from: number | null;
  to: number | null;
  cat: Category[];
  src: string[];
  q: string;
  setRange: (from: number | null, to: number | null, history?: HistoryMode) => void;
  toggleCategory: (category: Category) => void;
  /** For legends, where "pressed" means "shown": no categories selected means all are shown. */
  setCategoryShown: (category: Category, shown: boolean) => void;
  toggleSource: (source: string) => void;
  setSources: (sources: string[], history?: HistoryMode) => void;
  setQuery: (q: string, history?: HistoryMode) => void;
  resetFilters: () => void;
}

interface SelectionSlice {
  m: string | null;
  f: string | null;
  selectMilestone: (id: string | null, history?: HistoryMode) => void;
  selectFeature: (id: string | null, history?: HistoryMode) => void;
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
  applyView: (view: ViewState, history?: HistoryMode) => void;
}

interface HistorySlice {
  /** How the last change is to enter the browser's history: every action says, "push" unless told. */
  history: HistoryMode;
}

export type IcebergState = FiltersSlice &
  SelectionSlice &
  PrefsSlice &
  PresenterSlice &
  ViewSlice &
  HistorySlice;

const toggle = <T>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

const createFiltersSlice: StateCreator<IcebergState, [], [], FiltersSlice> = (set) => ({
  from: DEFAULT_VIEW.from,
  to: DEFAULT_VIEW.to,
  cat: DEFAULT_VIEW.cat,
  src: DEFAULT_VIEW.src,
  q: DEFAULT_VIEW.q,
  setRange: (from, to, history = "push") =>
    set(from !== null && to !== null && from > to ? { from: to, to: from, history } : { from, to, history }),
  toggleCategory: (category) => set((s) => ({ cat: toggle(s.cat, category), history: "push" })),
  setCategoryShown: (category, shown) =>
    set((s) => {
      const current = s.cat.length ? s.cat : [...CATEGORIES];
      const next = shown ? [...new Set([...current, category])] : current.filter((c) => c !== category);
      return {
        cat: next.length === CATEGORIES.length ? [] : CATEGORIES.filter((c) => next.includes(c)),
        history: "push",
      };
    }),
  toggleSource: (source) => set((s) => ({ src: toggle(s.src, source).sort(), history: "push" })),
  setSources: (src, history = "push") => set({ src: [...src].sort(), history }),
  setQuery: (q, history = "push") => set({ q, history }),
  resetFilters: () =>
    set({ from: null, to: null, cat: [], src: [], q: "", m: null, f: null, history: "push" }),
});

const createSelectionSlice: StateCreator<IcebergState, [], [], SelectionSlice> = (set) => ({
  m: DEFAULT_VIEW.m,
  f: DEFAULT_VIEW.f,
  selectMilestone: (m, history = "push") => set({ m, history }),
  selectFeature: (f, history = "push") => set({ f, history }),
});

const createPrefsSlice: StateCreator<IcebergState, [], [], PrefsSlice> = (set) => ({
  lang: DEFAULT_VIEW.lang,
  theme: DEFAULT_VIEW.theme,
  embed: DEFAULT_VIEW.embed,
  group: DEFAULT_VIEW.group,
  setLang: (lang) => set({ lang, history: "push" }),
  setTheme: (theme) => set({ theme, history: "push" }),
});

const createPresenterSlice: StateCreator<IcebergState, [], [], PresenterSlice> = (set) => ({
  present: DEFAULT_VIEW.present,
  story: DEFAULT_VIEW.story,
  deck: DEFAULT_VIEW.deck,
  step: DEFAULT_VIEW.step,
  startPresenting: (story) => set({ present: true, story, deck: null, step: 1, history: "push" }),
  presentDeck: (deck) => set({ present: true, story: null, deck, step: 1, history: "push" }),
  setStep: (step) => set({ step, history: "push" }),
  // Leaving keeps the last step's view, so the presenter can take questions from there.
  stopPresenting: () => set({ present: false, story: null, deck: null, step: null, history: "push" }),
});

const createViewSlice: StateCreator<IcebergState, [], [], ViewSlice> = (set) => ({
  applyView: (view, history = "push") => set({ ...view, history }),
});

export const createIcebergStore = () =>
  create<IcebergState>()((...a) => ({
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createPrefsSlice(...a),
    ...createPresenterSlice(...a),
    ...createViewSlice(...a),
    history: "push",
  }));

export const useIceberg = createIcebergStore();

export function selectViewState(s: IcebergState): ViewState {
  return Object.fromEntries(VIEW_KEYS.map((key) => [key, s[key]])) as unknown as ViewState;
}
