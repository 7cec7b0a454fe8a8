"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { timetableHref, type TimetableParams } from "@/lib/classes/timetable-params";
import { shiftWeek } from "@/lib/classes/week";
import { HistoryLink } from "./history-link";

/** Previous and next as arrows (‹ › mirror by themselves in right-to-left text), as the calendar's are. */
export function WeekNav({
  params,
  week,
  navigate,
}: {
  params: TimetableParams;
  week: string;
  navigate: (next: TimetableParams) => void;
}) {
  const { t } = useI18n();
  const links = [
    { label: t("classes.previousWeek"), arrow: "‹", target: { ...params, week: shiftWeek(week, -1) } },
    { label: t("classes.thisWeek"), arrow: null, target: { ...params, week: null } },
    { label: t("classes.nextWeek"), arrow: "›", target: { ...params, week: shiftWeek(week, 1) } },
  ];
  return (
    <nav aria-label={t("classes.weekNav")}>
      <ul className="flex gap-2">
        {links.map((link) => (
          <li key={link.label}>
            <HistoryLink
              href={timetableHref(link.target)}
              onNavigate={() => navigate(link.target)}
              aria-label={link.arrow ? link.label : undefined}
              className={`${buttonStyles.secondary} ${link.arrow ? "min-w-11 px-0 text-xl" : ""}`}
            >
              {link.arrow ? <span aria-hidden="true">{link.arrow}</span> : link.label}
            </HistoryLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
