import type { Service, ServiceCategory } from "@/lib/whautomate/types";

export interface ServiceGroup {
  /** Null for services without a category. */
  id: string | null;
  name: string | null;
  services: Service[];
}

/**
 * Services under their first category, categories in the business's own order (then by first
 * appearance), uncategorised services last. A service is listed once.
 */
export function groupServicesByCategory(services: Service[], categories: ServiceCategory[]): ServiceGroup[] {
  const order = new Map(categories.map((category, index) => [category.id, index]));
  const groups = new Map<string | null, ServiceGroup>();
  for (const service of services) {
    const category = service.categories[0];
    const key = category?.id ?? null;
    const name = category
      ? category.name || categories.find((c) => c.id === category.id)?.name || null
      : null;
    const group = groups.get(key) ?? { id: key, name, services: [] };
    group.services.push(service);
    groups.set(key, group);
  }
  const rank = (group: ServiceGroup) =>
    group.id === null ? Number.MAX_SAFE_INTEGER : (order.get(group.id) ?? Number.MAX_SAFE_INTEGER - 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
