/** A map search for a street address, which every phone opens in its own maps app. */
export function mapSearchHref(address: string | null | undefined): string | null {
  const query = address?.trim();
  return query ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}` : null;
}
