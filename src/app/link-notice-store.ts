import { create } from "zustand";

/** What the page says about the link it was opened with: it never reaches the URL. */
export const useLinkNotice = create<{ fromNewerVersion: boolean }>()(() => ({ fromNewerVersion: false }));
