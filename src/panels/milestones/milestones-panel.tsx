import { useDeferredValue, useMemo, useState } from "react";
import { useOptionalDataset } from "@/data/dataset-queries";
import { useFullMilestones, useMilestones } from "@/data/milestone-queries";
import { useIceberg } from "@/filters/store";
import { useCriteria } from "@/filters/use-criteria";
import {
  countVisible,
  groupVisibleByYear,
  STANDING_FACTS_ID,
  selectVisibleMilestones,
} from "@/filters/visible-milestones";
import { useI18n } from "@/i18n/i18n";
import { DisputesView } from "./disputes-view";
import { DetailsLoading, MilestoneDetail } from "./milestone-detail";
import { MilestoneListView } from "./milestone-list-view";

export default function MilestonesPanel() {
  const { t, formatNumber } = useI18n();
  const milestones = useMilestones();
  const sources = useOptionalDataset("sources");
  const places = useOptionalDataset("places");
  // The selected row answers at once; a filter change re-lists in a render that can yield.
  const criteria = useDeferredValue(useCriteria("milestones"));
  const selectedId = useIceberg((s) => s.m);
  const visibleCount = useMemo(() => countVisible(milestones, criteria), [milestones, criteria]);
  const groups = useMemo(() => groupVisibleByYear(milestones, criteria), [milestones, criteria]);
  const standingCount = groups.find((g) => g.year === null)?.milestones.length ?? 0;
  const byId = useMemo(() => new Map(milestones.map((m) => [m.id, m])), [milestones]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const [disputedOnly, setDisputedOnly] = useState(false);
  const [standingFactsJump, setStandingFactsJump] = useState(0);
  // Summaries and citations load only for an opened milestone or the disputes' claims.
  const full = useFullMilestones(selected !== undefined || disputedOnly);
  const fullById = useMemo(() => new Map(full?.map((m) => [m.id, m])), [full]);
  const visible = useMemo(
    () => (disputedOnly && full ? selectVisibleMilestones(full, criteria) : []),
    [disputedOnly, full, criteria],
  );

  return (
    <div className="milestones">
      <div className="milestones__toolbar">
        <p className="milestones__count">
          {t("milestones.count", {
            shown: formatNumber(visibleCount),
            count: milestones.length,
          })}
        </p>
        {standingCount > 0 && !disputedOnly && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const standing = document.getElementById(STANDING_FACTS_ID);
              // A long list draws only the rows in view: it scrolls itself to the standing facts.
              if (standing) standing.scrollIntoView({ block: "start" });
              else setStandingFactsJump((n) => n + 1);
            }}
          >
            {t("milestones.standingFactsCount", { count: standingCount })}
          </button>
        )}
        <button
          type="button"
          className="chip chip--toggle"
          aria-pressed={disputedOnly}
          onClick={() => setDisputedOnly((on) => !on)}
        >
          {t("milestones.disputedOnly")}
        </button>
      </div>
      {selected && (
        <MilestoneDetail
          milestone={selected}
          details={fullById.get(selected.id)}
          documents={sources?.documents ?? []}
          places={places?.places ?? []}
        />
      )}
      {disputedOnly ? (
        full ? (
          <DisputesView milestones={visible} documents={sources?.documents ?? []} />
        ) : (
          <DetailsLoading />
        )
      ) : groups.length ? (
        <MilestoneListView
          groups={groups}
          selectedId={selectedId}
          milestonesById={byId}
          standingFactsJump={standingFactsJump}
        />
      ) : (
        <p className="empty">{t("milestones.empty")}</p>
      )}
    </div>
  );
}
