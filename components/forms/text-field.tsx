"use client";

import { useId, type ComponentProps } from "react";
import { inputStyles } from "./field-styles";

type TextFieldProps = {
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
} & (({ multiline?: false } & ComponentProps<"input">) | ({ multiline: true } & ComponentProps<"textarea">));

/** A labelled input (or textarea) whose hint and error are announced with it. */
export function TextField({ label, hint, error, optionalLabel, multiline, ...control }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const shared = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-medium">
        {label}
        {optionalLabel ? <span className="ms-1 font-normal text-ink-muted">({optionalLabel})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          {...(control as ComponentProps<"textarea">)}
          {...shared}
          className={`${inputStyles} min-h-24`}
        />
      ) : (
        <input {...(control as ComponentProps<"input">)} {...shared} className={inputStyles} />
      )}
      <p id={errorId} aria-live="polite" className="text-sm text-danger">
        {error}
      </p>
    </div>
  );
}
