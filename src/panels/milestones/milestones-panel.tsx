import { useMemo, useState } from "react";
import { useOptionalDataset, useRequiredDataset } from "../../data/dataset-queries";
import { countMatching, indexMilestones } from "../../filters/milestone-index";
import { useIceberg } from "../../filters/store";
import { useCriteria } from "../../filters/use-criteria";
import { useI18n } from "../../i18n/i18n";
import { DisputesView } from "./disputes-view";
import { MilestoneDetail } from "./milestone-detail";
import { groupVisibleByYear, STANDING_FACTS_ID, selectVisibleMilestones } from "./milestone-list";
import { MilestoneListView } from "./milestone-list-view";

export default function MilestonesPanel() {
  const { t, formatNumber } = useI18n();
  const { milestones } = useRequiredDataset("milestones");
  const sources = useOptionalDataset("sources");
  const places = useOptionalDataset("places");
  const criteria = useCriteria("milestones");
  const selectedId = useIceberg((s) => s.m);
  const visibleCount = useMemo(
    () => countMatching(indexMilestones(milestones), criteria),
    [milestones, criteria],
  );
  const groups = useMemo(() => groupVisibleByYear(milestones, criteria), [milestones, criteria]);
  const standingCount = groups.find((g) => g.year === null)?.milestones.length ?? 0;
  const byId = useMemo(() => new Map(milestones.map((m) => [m.id, m])), [milestones]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const [disputedOnly, setDisputedOnly] = useState(false);
  const [standingFactsJump, setStandingFactsJump] = useState(0);
  const visible = useMemo(
    () => (disputedOnly ? selectVisibleMilestones(milestones, criteria) : []),
    [disputedOnly, milestones, criteria],
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
          documents={sources?.documents ?? []}
          places={places?.places ?? []}
        />
      )}
      {disputedOnly ? (
        <DisputesView milestones={visible} documents={sources?.documents ?? []} />
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
