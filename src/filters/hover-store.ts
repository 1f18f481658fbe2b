import { create } from "zustand";

/** What is under the pointer or keyboard focus right now: transient, so it never reaches the URL. */
export interface Hover {
  year: number | null;
  milestone: string | null;
  /** A map line or place. */
  feature: string | null;
}

interface HoverState extends Hover {
  setHover: (hover: Partial<Hover>) => void;
}

export const useHover = create<HoverState>()((set) => ({
  year: null,
  milestone: null,
  feature: null,
  setHover: (hover) => set(hover),
}));
