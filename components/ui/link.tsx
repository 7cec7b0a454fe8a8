import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's internal link: Next's, without prefetching. Every page here is rendered per request (the
 * CSP nonce), so a prefetch brings back only the route's tree and title, not its content, while the
 * server renders the page to answer it: a catalogue page's ~12 links cost the server more than the
 * page itself, and the click still waits for the full page as it would without.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
