import type { Category, Lang } from "../data/vocabulary";
import { PANEL_IDS, type PanelId } from "../panels/panel-registry";

export const THEMES = ["auto", "light", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

export type { PanelId } from "../panels/panel-registry";
/** Every panel's id, in the dashboard's order: the panel registry's keys. */
export const PANELS: readonly PanelId[] = PANEL_IDS;

/** Years the dashboard covers; the range control and the URL are clamped to them. */
export const YEAR_MIN = 1991;
export const YEAR_MAX = 2025;

/** Everything a link restores. Empty lists mean "no filter". */
export interface ViewState {
  from: number | null;
  to: number | null;
  cat: Category[];
  src: string[];
  m: string | null;
  f: string | null;
  q: string;
  lang: Lang | null;
  theme: Theme;
  embed: PanelId | null;
  group: string | null;
  /** Presenter mode: a story of saved views, one step at a time (steps count from 1). */
  present: boolean;
  story: string | null;
  /** A deck the user built, as its encoded URL value (decoded and validated by the presenter). */
  deck: string | null;
  step: number | null;
}

export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  cat: [],
  src: [],
  m: null,
  f: null,
  q: "",
  lang: null,
  theme: "auto",
  embed: null,
  group: null,
  present: false,
  story: null,
  deck: null,
  step: null,
};
