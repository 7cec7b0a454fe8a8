/** A whole-row link that chooses one option of a step. */
export const choiceLinkStyles =
  "flex min-h-14 w-full items-center justify-between gap-3 rounded-card border border-line bg-surface px-4 py-3 text-start transition hover:border-brand";
