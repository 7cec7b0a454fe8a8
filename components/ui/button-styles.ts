// Shared looks for <button>s and <Link>s, so every action has the same size, focus ring and states.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-control py-2 font-medium transition disabled:cursor-not-allowed disabled:opacity-60";

// A quiet action has no box to pad: its text lines up with the edges of the buttons and text beside
// and above it, keeping just enough room for the focus ring.
export const buttonStyles = {
  primary: `${base} px-4 bg-brand text-brand-contrast hover:brightness-110`,
  secondary: `${base} px-4 border border-line bg-surface text-ink hover:border-brand`,
  danger: `${base} px-4 bg-danger text-white hover:brightness-110`,
  quiet: `${base} -mx-1 px-1 text-brand underline-offset-4 hover:underline`,
} as const;

export type ButtonVariant = keyof typeof buttonStyles;
