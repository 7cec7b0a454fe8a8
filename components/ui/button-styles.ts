// Shared looks for <button>s and <Link>s, so every action has the same size, focus ring and states.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-control px-4 py-2 font-medium transition disabled:cursor-not-allowed disabled:opacity-60";

export const buttonStyles = {
  primary: `${base} bg-brand text-brand-contrast hover:brightness-110`,
  secondary: `${base} border border-line bg-surface text-ink hover:border-brand`,
  danger: `${base} bg-danger text-white hover:brightness-110`,
  quiet: `${base} text-brand underline-offset-4 hover:underline`,
} as const;

export type ButtonVariant = keyof typeof buttonStyles;
