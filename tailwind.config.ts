import type { Config } from "tailwindcss";

// The brand colour is a CSS variable so that the business (BRAND_COLOR) and an embedding
// page can change it at run time without a rebuild.
export default {
  theme: {
    extend: {
      colors: {
        brand: {
          DEFAULT: "var(--brand)",
          contrast: "var(--brand-contrast)",
          soft: "var(--brand-soft)",
        },
        surface: "var(--surface)",
        ink: {
          DEFAULT: "var(--ink)",
          muted: "var(--ink-muted)",
        },
        line: "var(--line)",
        danger: "var(--danger)",
        success: "var(--success)",
      },
      borderRadius: {
        card: "0.875rem",
        control: "0.625rem",
      },
      fontFamily: {
        sans: ["var(--font-sans)", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
      },
    },
  },
} satisfies Config;
