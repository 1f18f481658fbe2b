import { useRef, useState } from "react";

/**
 * A modal `<dialog>` whose content is rendered only while it is open: `show` opens it, `close`
 * closes it, and `dialogProps` go on the element (its ref, and `open` ending on Escape or close()).
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return {
    open,
    show: () => {
      setOpen(true);
      ref.current?.showModal();
    },
    close: () => ref.current?.close(),
    dialogProps: { ref, onClose: () => setOpen(false) },
  };
}
