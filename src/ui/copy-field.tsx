import { useId, useState } from "react";
import { useI18n } from "@/i18n/i18n";
import "./copy-field.css";

/** Read-only text (a link, a snippet, a citation) with a Copy button; focusing it selects it all. */
export function CopyField({ label, value, rows = 1 }: { label: string; value: string; rows?: number }) {
  const { t } = useI18n();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={value}
        dir="ltr"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={copy}>
        {copied ? t("share.copied") : t("share.copy")}
      </button>
    </div>
  );
}
