"use client";

import { getCountryCallingCode } from "libphonenumber-js/min";
import { useId, type ComponentProps } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { usePhoneCountries } from "./phone-countries-provider";
import { inputStyles } from "./field-styles";

/**
 * Country and number for react-hook-form: pass `register("country")` and `register("phone")`.
 * The two controls sit in one fieldset so a screen reader hears "Mobile number, Country". The
 * country names come from the server (<PhoneCountries> around the form).
 */
export function PhoneField({
  countryField,
  phoneField,
  countryError,
  phoneError,
  hint,
}: {
  countryField: ComponentProps<"select">;
  phoneField: ComponentProps<"input">;
  countryError?: string;
  phoneError?: string;
  hint?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const countries = usePhoneCountries();
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = (errorId?: string) => [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-1.5">
      <legend className="font-medium">{t("form.phone")}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-[minmax(0,14rem)_1fr]">
        <div>
          <label htmlFor={`${id}-country`} className="sr-only">
            {t("form.country")}
          </label>
          <select
            {...countryField}
            id={`${id}-country`}
            autoComplete="tel-country-code"
            aria-invalid={countryError ? true : undefined}
            aria-describedby={describedBy(countryError ? `${id}-country-error` : undefined)}
            className={inputStyles}
          >
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {t("form.countryOption", { name, callingCode: `+${getCountryCallingCode(code)}` })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-number`} className="sr-only">
            {t("form.phone")}
          </label>
          <input
            {...phoneField}
            id={`${id}-number`}
            type="tel"
            inputMode="tel"
            // Digits read left to right in Arabic too; the field keeps the page's alignment.
            dir="ltr"
            autoComplete="tel-national"
            aria-invalid={phoneError ? true : undefined}
            aria-describedby={describedBy(phoneError ? `${id}-number-error` : undefined)}
            className={inputStyles}
          />
        </div>
      </div>
      <p id={`${id}-country-error`} aria-live="polite" className="text-sm text-danger">
        {countryError}
      </p>
      <p id={`${id}-number-error`} aria-live="polite" className="text-sm text-danger">
        {phoneError}
      </p>
    </fieldset>
  );
}
