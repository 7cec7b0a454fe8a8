"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import type { TimetableParams } from "@/lib/classes/timetable-params";
import type { FilterOption, TimetableFilterOptions } from "@/lib/classes/views";
import type { MessageKey } from "@/lib/i18n/messages/en";

type FilterName = "location" | "instructor" | "type";

const selectStyles =
  "block min-h-11 w-full rounded-control border border-line bg-surface px-3 py-2 text-base text-ink";

function atLocation(options: FilterOption[], locationId: string | null): FilterOption[] {
  return locationId ? options.filter((option) => option.locationIds.includes(locationId)) : options;
}

/** Location, instructor and class type; a choice that no longer fits the location is dropped. */
export function TimetableFilters({
  options,
  params,
  navigate,
}: {
  options: TimetableFilterOptions;
  params: TimetableParams;
  navigate: (next: TimetableParams) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const instructors = atLocation(options.instructors, params.location);
  const types = atLocation(options.types, params.location);
  const filters: { name: FilterName; label: MessageKey; choices: FilterOption[] }[] = [
    { name: "location", label: "classes.filter.location", choices: options.locations },
    { name: "instructor", label: "classes.filter.instructor", choices: instructors },
    { name: "type", label: "classes.filter.type", choices: types },
  ];

  function choose(name: FilterName, value: string) {
    const next = { ...params, [name]: value || null };
    if (name === "location") {
      if (
        next.instructor &&
        !atLocation(options.instructors, next.location).some((o) => o.id === next.instructor)
      ) {
        next.instructor = null;
      }
      if (next.type && !atLocation(options.types, next.location).some((o) => o.id === next.type))
        next.type = null;
    }
    navigate(next);
  }

  const anyChosen = Boolean(params.location || params.instructor || params.type);
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-[repeat(3,minmax(0,16rem))_auto] lg:items-end">
      <legend className="sr-only">{t("classes.filters")}</legend>
      {filters.map((filter) => (
        <div key={filter.name} className="space-y-1">
          <label htmlFor={`${id}-${filter.name}`} className="block text-sm font-medium">
            {t(filter.label)}
          </label>
          <select
            id={`${id}-${filter.name}`}
            value={params[filter.name] ?? ""}
            onChange={(event) => choose(filter.name, event.target.value)}
            className={selectStyles}
          >
            <option value="">{t("classes.filter.any")}</option>
            {filter.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {anyChosen ? (
        <button
          type="button"
          onClick={() => navigate({ ...params, location: null, instructor: null, type: null })}
          className={`${buttonStyles.quiet} justify-self-start`}
        >
          {t("classes.filter.clear")}
        </button>
      ) : null}
    </fieldset>
  );
}
