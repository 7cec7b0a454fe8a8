import { cookies } from "next/headers";
import { Suspense } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import { WidePage } from "@/components/ui/wide-page";
import { readTimetableParams } from "@/lib/classes/timetable-params";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import { settledWithin } from "@/lib/rendering/whole-page";
import { readSession } from "@/lib/session/session-cookie";
import { SAVED_TIME_ZONE_COOKIE, savedTimeZone } from "@/lib/time/saved-time-zone";
import { loadTimetableFilterOptions } from "./server/filter-options";
import { loadInitialWeek } from "./server/initial-week";
import { Timetable } from "./timetable";
import { TimetableSkeleton } from "./timetable-skeleton";

/** `search`: the request's query string ("?week=…"), for the first render and the retry link. */
export async function TimetablePage({ search }: { search: string }) {
  const { t } = await getI18n();
  const params = readTimetableParams(new URLSearchParams(search));
  const savedZone = savedTimeZone((await cookies()).get(SAVED_TIME_ZONE_COOKIE)?.value);
  const initialWeek = readSession()
    .then((viewer) =>
      loadInitialWeek(
        { week: params.week, tz: params.tz ?? savedZone },
        { locationId: params.location, instructorId: params.instructor, serviceId: params.type },
        viewer,
      ),
    )
    .catch(() => null);
  const options = await loadTimetableFilterOptions().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, messageKey: userMessageKey(error) }),
  );
  // The week's classes in the first HTML when they are read quickly; else the skeleton at once and
  // the classes streamed in as soon as they are read.
  const ready = await settledWithin(initialWeek.then((week) => ({ week })));
  return (
    <WidePage width="timetable" className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("classes.title")}</h1>
      {options.ok ? (
        <Suspense fallback={<TimetableSkeleton />}>
          <Timetable
            options={options.value}
            serverSearch={search}
            initialWeek={ready ? ready.week : initialWeek}
          />
        </Suspense>
      ) : (
        <ErrorPanel
          message={t(options.messageKey)}
          retryHref={`/classes${search}`}
          retryLabel={t("error.retry")}
        />
      )}
    </WidePage>
  );
}
