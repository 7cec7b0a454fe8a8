"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { inputStyles } from "@/components/forms/field-styles";
import { formatList } from "@/lib/i18n/format";
import { currentZoneName, describeZoneId, type ZoneEntry } from "@/lib/time/time-zone-names";
import { isValidTimeZone } from "@/lib/time/zoned";
import { deviceTimeZone } from "./remembered-time-zone";
import { useTimeFormat } from "./use-time-format";
import { zonePlace } from "./zone-place";

type ZoneSearch = typeof import("@/lib/time/time-zone-search");

type SuggestionReason = "yourDevice" | "atLocation";

interface ZoneOption {
  entry: ZoneEntry;
  reasons: SuggestionReason[];
}

function suggestedOptions(
  search: ZoneSearch,
  locale: string,
  locationZones: readonly string[],
): ZoneOption[] {
  const options = new Map<string, ZoneOption>();
  const suggest = (timeZone: string, reason: SuggestionReason) => {
    if (!isValidTimeZone(timeZone)) return;
    const key = currentZoneName(timeZone);
    const option = options.get(key) ?? { entry: search.describeTimeZone(timeZone, locale), reasons: [] };
    option.reasons.push(reason);
    options.set(key, option);
  };
  suggest(deviceTimeZone(), "yourDevice");
  for (const zone of locationZones) suggest(zone, "atLocation");
  return [...options.values()];
}

/**
 * A combobox (the WAI-ARIA "combobox with listbox popup" pattern) that finds a zone by city,
 * country, zone id or abbreviation. Before anything is typed it suggests this device's zone and the
 * business's. Closed, it names the chosen zone as the results do ("Kolkata, India"). The search's
 * zone data (16 KB compressed, and an index built on first use) loads when the field is first used.
 */
export function TimeZonePicker({
  value,
  onChange,
  locationZones = [],
  inputRef,
}: {
  value: string;
  onChange: (timeZone: string) => void;
  /** The zones the business's locations keep, suggested before anything is typed. */
  locationZones?: readonly string[];
  /** For a "Change time zone" control elsewhere on the page to bring the field into focus. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t, locale } = useI18n();
  const format = useTimeFormat(value);
  const id = useId();
  const [search, setSearch] = useState<ZoneSearch | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const loading = useRef<Promise<ZoneSearch> | null>(null);
  const loadSearch = () => {
    loading.current ??= import("@/lib/time/time-zone-search").then(
      (module) => {
        setSearch(module);
        return module;
      },
      (error: unknown) => {
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  };

  const query = typed?.trim() ?? "";
  const options: ZoneOption[] = !(open && search)
    ? []
    : query
      ? search
          .searchTimeZones(query, locale)
          .filter((entry) => isValidTimeZone(entry.timeZone))
          .map((entry) => ({ entry, reasons: [] }))
      : suggestedOptions(search, locale, locationZones);
  const noMatch = open && search !== null && query !== "" && options.length === 0;
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const close = () => {
    setOpen(false);
    setActive(-1);
    setTyped(null);
  };
  const choose = (option: ZoneOption | undefined) => {
    if (!option) return;
    close();
    if (option.entry.timeZone !== value) onChange(option.entry.timeZone);
  };
  const move = (step: 1 | -1) => {
    if (!open) setOpen(true);
    if (options.length === 0) return;
    setActive((current) =>
      current < 0
        ? step === 1
          ? 0
          : options.length - 1
        : (current + step + options.length) % options.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && event.altKey) {
      event.preventDefault();
      setOpen(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      // With nothing highlighted, Enter takes the best match: typing "Mumbai" and Enter is enough,
      // even before the zone data has arrived.
      if (active >= 0) choose(options[active]);
      else if (query && search) choose(options[0]);
      else if (query) {
        void loadSearch()
          .then((module) => {
            const [best] = module
              .searchTimeZones(query, locale)
              .filter((entry) => isValidTimeZone(entry.timeZone));
            choose(best ? { entry: best, reasons: [] } : undefined);
          })
          .catch(() => undefined);
      }
    } else if (event.key === "Escape" && (open || typed !== null)) {
      event.preventDefault();
      close();
    }
  };

  const now = new Date().toISOString();
  const chosen = describeZoneId(value, locale);
  const announcement = !open
    ? ""
    : !search
      ? t("timeZone.loading")
      : noMatch
        ? t("timeZone.noMatch", { text: query })
        : t(query ? "timeZone.results" : "timeZone.suggestions", { count: options.length });

  return (
    <div className="space-y-1.5">
      <label htmlFor={`${id}-zone`} className="block font-medium">
        {t("timeZone.label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t("timeZone.hint")}
        <span className="sr-only"> {t("timeZone.keys")}</span>
      </p>
      <div className="relative">
        <input
          ref={inputRef}
          id={`${id}-zone`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint${noMatch ? ` ${id}-status` : ""}`}
          value={typed ?? zonePlace(chosen, t.plain)}
          onChange={(event) => {
            void loadSearch().catch(() => undefined);
            setTyped(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={(event) => {
            void loadSearch().catch(() => undefined);
            event.target.select();
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className={`${inputStyles} pe-28`}
        />
        {typed === null ? (
          <bdi
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 end-3 flex items-center text-sm text-ink-muted"
          >
            {format.utcOffset(value, now)}
          </bdi>
        ) : null}
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t("timeZone.list")}
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-y-auto rounded-control border border-line bg-surface p-1 shadow-lg"
        >
          {expanded
            ? options.map((option, index) => (
                <li
                  key={option.entry.timeZone}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  // Keeps focus (and the open list) in the field while a mouse or finger picks.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                  className={`flex min-h-11 cursor-pointer items-center justify-between gap-3 rounded-control px-3 py-2 ${
                    index === active ? "bg-brand-soft outline-2 outline-brand" : "hover:bg-brand-soft"
                  }`}
                >
                  {/* The spaces between the lines keep them apart in the option's accessible name. */}
                  <span className="min-w-0">
                    <span className="block font-medium">{zonePlace(option.entry, t)}</span>{" "}
                    {option.reasons.length > 0 ? (
                      <span className="block text-sm text-ink-muted">
                        {option.reasons.map((reason) => t(`timeZone.${reason}`)).join(" · ")}
                      </span>
                    ) : option.entry.mainCities.length > 0 ? (
                      <span className="block text-sm text-ink-muted">
                        {formatList(option.entry.mainCities.slice(0, 3), locale)}
                      </span>
                    ) : null}
                  </span>{" "}
                  <span className="shrink-0 text-end text-sm">
                    <bdi className="block">{format.utcOffset(option.entry.timeZone, now)}</bdi>{" "}
                    <span className="block text-ink-muted">
                      {t("timeZone.localTime", { time: format.time(now, option.entry.timeZone) })}
                    </span>
                  </span>
                </li>
              ))
            : null}
        </ul>
      </div>
      <p id={`${id}-status`} role="status" className={noMatch ? "text-sm text-danger" : "sr-only"}>
        {announcement}
      </p>
    </div>
  );
}
