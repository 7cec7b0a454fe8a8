"use client";

import { useId, useState, type FormEvent, type Ref } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles } from "@/components/forms/field-styles";
import { currentZoneName } from "@/lib/time/time-zone-names";
import { isValidTimeZone } from "@/lib/time/zoned";

function knownTimeZones(): string[] {
  try {
    return [...new Set(Intl.supportedValuesOf("timeZone").map(currentZoneName))].sort();
  } catch {
    return [];
  }
}

/**
 * A searchable list of IANA zones (the browser's own list); a typed zone is checked before use. The
 * list of some 400 zones is built when the field is first used, not while the page loads.
 */
export function TimeZonePicker({
  value,
  onChange,
  inputRef,
}: {
  value: string;
  onChange: (timeZone: string) => void;
  /** For a "Change time zone" control elsewhere on the page to bring the field into focus. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [zones, setZones] = useState<string[] | null>(null);
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const [invalid, setInvalid] = useState(false);
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
    setInvalid(false);
  }

  const apply = (candidate: string) => {
    const trimmed = candidate.trim();
    const match =
      (zones ?? knownTimeZones()).find((zone) => zone.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
    if (!isValidTimeZone(match)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (match !== value) onChange(match);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  return (
    <form onSubmit={submit} className="space-y-1.5">
      <label htmlFor={`${id}-zone`} className="block font-medium">
        {t("timeZone.label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t("timeZone.hint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          ref={inputRef}
          id={`${id}-zone`}
          list={`${id}-zones`}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            // Picking from the list fills the whole value at once: apply it straight away.
            if (zones?.includes(event.target.value)) apply(event.target.value);
          }}
          onFocus={() => setZones((known) => known ?? knownTimeZones())}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ""}`}
          className={`${inputStyles} min-w-0 flex-1`}
        />
        <button type="submit" className={buttonStyles.secondary}>
          {t("timeZone.apply")}
        </button>
      </div>
      <datalist id={`${id}-zones`}>
        {zones?.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-danger">
        {invalid ? t("timeZone.invalid") : null}
      </p>
    </form>
  );
}
