import type { ReactNode } from "react";

// The site's reading width is the layout's; a page that needs more room (seven day columns, a
// booker with its summary beside the calendar) widens on large screens around the page's centre, by
// equal negative margins, so either writing direction works. The header follows it (site-header.tsx).
const widths = {
  timetable: "lg:mx-[calc((100%-min(76rem,100vw-3rem))/2)] lg:w-[min(76rem,calc(100vw-3rem))]",
  booker: "lg:mx-[calc((100%-min(64rem,100vw-3rem))/2)] lg:w-[min(64rem,calc(100vw-3rem))]",
} as const;

export type PageWidth = keyof typeof widths;

export function WidePage({
  width,
  className = "",
  children,
}: {
  width: PageWidth;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div data-page-width={width} className={`${widths[width]} ${className}`}>
      {children}
    </div>
  );
}
