/**
 * The portal often runs in an iframe on the business's own site, where browsers block unpartitioned
 * third-party cookies: SameSite=None + Partitioned (CHIPS) keeps a cookie working there, kept per
 * top-level site, so what one business page's frame remembers never reaches another site's frame.
 */
export const frameCookieAttributes = {
  httpOnly: true,
  secure: true,
  sameSite: "none",
  partitioned: true,
  path: "/",
} as const;
