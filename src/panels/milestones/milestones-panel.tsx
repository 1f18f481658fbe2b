import { useMemo } from "react";
import { useOptionalDataset, useRequiredDataset } from "../../data/dataset-queries";
import { useIceberg } from "../../filters/store";
import { useCriteria } from "../../filters/use-criteria";
import { useI18n } from "../../i18n/i18n";
import { MilestoneDetail } from "./milestone-detail";
import { groupByYear, selectVisibleMilestones } from "./milestone-list";
import { MilestoneListView } from "./milestone-list-view";

export default function MilestonesPanel() {
  const { t, formatNumber } = useI18n();
  const { milestones } = useRequiredDataset("milestones");
  const sources = useOptionalDataset("sources");
  const places = useOptionalDataset("places");
  const criteria = useCriteria("milestones");
  const selectedId = useIceberg((s) => s.m);
  const visible = useMemo(() => selectVisibleMilestones(milestones, criteria), [milestones, criteria]);
  const groups = useMemo(() => groupByYear(visible), [visible]);
  const byId = useMemo(() => new Map(milestones.map((m) => [m.id, m])), [milestones]);
  const selected = selectedId ? byId.get(selectedId) : undefined;

  return (
    <div className="milestones">
      <p className="milestones__count">
        {t("milestones.count", {
          count: formatNumber(visible.length),
          total: formatNumber(milestones.length),
        })}
      </p>
      {selected && (
        <MilestoneDetail
          milestone={selected}
          documents={sources?.documents ?? []}
          places={places?.places ?? []}
        />
      )}
      {groups.length ? (
        <MilestoneListView groups={groups} selectedId={selectedId} milestonesById={byId} />
      ) : (
        <p className="empty">{t("milestones.empty")}</p>
      )}
    </div>
  );
}
