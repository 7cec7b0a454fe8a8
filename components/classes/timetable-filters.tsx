"use client";

import { useId, useState } from "react";
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

/**
 * Location, instructor and class type; a choice that no longer fits the location is dropped. On a
 * phone they fold behind one button that says how many are on, so the classes come first.
 */
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
  const [open, setOpen] = useState(false);
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

  const chosen = filters.filter((filter) => params[filter.name]).length;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-filters`}
        onClick={() => setOpen(!open)}
        className={`${buttonStyles.secondary} lg:hidden`}
      >
        {t("classes.filter.toggle", { count: chosen })}
        <span aria-hidden="true" className={`text-xs transition ${open ? "rotate-180" : ""}`}>
          ▾
        </span>
      </button>
      <fieldset
        id={`${id}-filters`}
        className={`${open ? "mt-3 grid" : "hidden"} gap-3 lg:mt-0 sm:grid-cols-3 lg:grid lg:grid-cols-[repeat(3,minmax(0,16rem))_auto] lg:items-end`}
      >
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
        {chosen > 0 ? (
          <button
            type="button"
            onClick={() => navigate({ ...params, location: null, instructor: null, type: null })}
            className={`${buttonStyles.quiet} justify-self-start`}
          >
            {t("classes.filter.clear")}
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
