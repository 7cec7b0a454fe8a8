"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { timetableHref, type TimetableParams } from "@/lib/classes/timetable-params";
import { shiftWeek } from "@/lib/classes/week";
import { HistoryLink } from "./history-link";

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
    { label: t("classes.previousWeek"), target: { ...params, week: shiftWeek(week, -1) } },
    { label: t("classes.thisWeek"), target: { ...params, week: null } },
    { label: t("classes.nextWeek"), target: { ...params, week: shiftWeek(week, 1) } },
  ];
  return (
    <nav aria-label={t("classes.weekNav")}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.label}>
            <HistoryLink
              href={timetableHref(link.target)}
              onNavigate={() => navigate(link.target)}
              className={buttonStyles.secondary}
            >
              {link.label}
            </HistoryLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
