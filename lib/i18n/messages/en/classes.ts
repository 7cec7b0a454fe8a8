export const classes = {
  "classes.spotsLeft": { one: "{count} of {capacity} spot left", other: "{count} of {capacity} spots left" },
} as const;
