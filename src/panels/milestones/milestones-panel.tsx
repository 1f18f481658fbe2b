import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { datasetQuery, useOptionalDataset } from "@/data/dataset-queries";
import { useFullMilestones, useMilestones } from "@/data/milestone-queries";
import { useHover } from "@/filters/hover-store";
import { useIceberg } from "@/filters/store";
import { parseQuery } from "@/filters/text-search";
import { useCriteria } from "@/filters/use-criteria";
import {
  countVisible,
  groupVisibleByYear,
  STANDING_FACTS_ID,
  selectVisibleMilestones,
  type YearGroup,
} from "@/filters/visible-milestones";
import { useI18n } from "@/i18n/i18n";
import { DisputesView } from "./disputes-view";
import { listHighlights } from "./list-highlights";
import { DetailsLoading, MilestoneDetail } from "./milestone-detail";
import { MilestoneListView } from "./milestone-list-view";
import type { MilestoneActions } from "./milestone-row";

/**
 * The list with what the reader searches for and points at: its own component, so a hover
 * re-renders the list (and no row's button) rather than the whole panel.
 */
function HighlightedMilestoneList(props: {
  groups: YearGroup[];
  selectedId: string | null;
  standingFactsJump: number;
}) {
  const query = useIceberg((s) => s.q);
  const terms = useMemo(() => parseQuery(query), [query]);
  const year = useHover((s) => s.year);
  const milestone = useHover((s) => s.milestone);
  const feature = useHover((s) => s.feature);
  const highlights = useMemo(() => listHighlights({ year, milestone, feature }), [year, milestone, feature]);
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const setHover = useHover((s) => s.setHover);
  const actions: MilestoneActions = useMemo(
    () => ({ onSelect: (id) => selectMilestone(id), onHover: (id) => setHover({ milestone: id }) }),
    [selectMilestone, setHover],
  );
  return <MilestoneListView {...props} terms={terms} highlights={highlights} actions={actions} />;
}

export default function MilestonesPanel() {
  const { t, formatNumber } = useI18n();
  const milestones = useMilestones();
  const sources = useOptionalDataset("sources");
  const places = useOptionalDataset("places");
  // The selected row answers at once; a filter change re-lists in a render that can yield.
  const criteria = useDeferredValue(useCriteria("milestones"));
  const selectedId = useIceberg((s) => s.m);
  const selectMilestone = useIceberg((s) => s.selectMilestone);
  const selectFeature = useIceberg((s) => s.selectFeature);
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
  // Only reads the details' state: useFullMilestones fetches them when they are wanted.
  const detailsFailed = useQuery({ ...datasetQuery("milestoneDetails"), enabled: false }).isError;
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
          detailsFailed={detailsFailed}
          onClose={() => selectMilestone(null)}
          onShowPlace={(id) => selectFeature(id)}
        />
      )}
      {disputedOnly ? (
        full ? (
          <DisputesView
            milestones={visible}
            documents={sources?.documents ?? []}
            onOpen={(id) => selectMilestone(id)}
          />
        ) : (
          <DetailsLoading failed={detailsFailed} />
        )
      ) : groups.length ? (
        <HighlightedMilestoneList
          groups={groups}
          selectedId={selectedId}
          standingFactsJump={standingFactsJump}
        />
      ) : (
        <p className="empty">{t("milestones.empty")}</p>
      )}
    </div>
  );
}
