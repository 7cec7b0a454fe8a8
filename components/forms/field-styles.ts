// Shared looks for text inputs and selects, so every field has the same size, border and error state.
export const inputStyles =
  "block w-full rounded-control border border-line bg-surface px-3 py-2.5 text-base text-ink aria-invalid:border-danger";
