/**
 * What a Whautomate id sent by a browser (in a link or a request) may look like: anything else is
 * refused unread. Ids go into upstream URL paths, so "." and ".." (which a URL resolves as "this
 * folder" and "the folder above") are refused too. A plain regex, not zod: link readers run in the
 * browser and must not pull zod into a page.
 */
export const UPSTREAM_ID = /^(?!\.\.?$)[A-Za-z0-9_.:-]{1,120}$/;
