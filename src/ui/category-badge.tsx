import type { Category } from "@/data/schemas";
import { useI18n } from "@/i18n/i18n";
import "./category-badge.css";

export function CategoryBadge({ category }: { category: Category }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--category cat-${category}`}>
      <span className="badge__swatch" aria-hidden="true" />
      {t(`category.${category}`)}
    </span>
  );
}
