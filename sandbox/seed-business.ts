import type { ClientRecord, LocationRecord, ServiceCategoryRecord, StaffHours, StaffRecord } from "./types";

/** The demo business that never changes between seeds: where it is, who works when, who its clients are. */

export const LONDON = "loc_london";
export const MUMBAI = "loc_mumbai";

const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;
const SUN = 0;

export const seedLocations: LocationRecord[] = [
  {
    id: LONDON,
    title: "Soho Studio",
    addressLine1: "12 Greek Street",
    addressLine2: "First floor",
    city: "London",
    district: "Soho",
    postalCode: "W1D 4DH",
    phone: "+44 20 7946 0123",
    timezone: "Europe/London",
  },
  {
    id: MUMBAI,
    title: "Bandra Clinic",
    addressLine1: "21 Hill Road",
    addressLine2: "Bandra West",
    city: "Mumbai",
    district: "Mumbai Suburban",
    postalCode: "400050",
    phone: "+91 22 5555 0142",
    timezone: "Asia/Kolkata",
  },
];

function weekly(locationId: string, weekdays: number[], ...ranges: [string, string][]): StaffHours[] {
  return weekdays.flatMap((weekday) => ranges.map(([start, end]) => ({ locationId, weekday, start, end })));
}

function staff(
  id: string,
  firstName: string,
  lastName: string,
  phone: string,
  description: string,
  hours: StaffHours[],
): StaffRecord {
  const countryCode = phone.startsWith("91") ? "+91" : "+44";
  return {
    id,
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}@example.com`,
    countryCode,
    phone: phone.slice(2),
    active: true,
    locationIds: [...new Set(hours.map((block) => block.locationId))],
    hours,
    description,
  };
}

export const seedStaff: StaffRecord[] = [
  staff(
    "stf_amelia",
    "Amelia",
    "Hart",
    "447700900201",
    "Senior stylist; precision cuts and colour correction.",
    [
      ...weekly(LONDON, [MON, TUE, WED, THU, FRI], ["09:00", "13:00"], ["14:00", "17:00"]),
      ...weekly(LONDON, [SAT], ["10:00", "14:00"]),
    ],
  ),
  staff(
    "stf_oliver",
    "Oliver",
    "Reed",
    "447700900202",
    "Barber and yoga teacher; beard work and classic cuts.",
    weekly(LONDON, [WED, THU, FRI, SAT, SUN], ["09:00", "17:00"]),
  ),
  staff(
    "stf_sofia",
    "Sofia",
    "Lopez",
    "447700900203",
    "Colourist and massage therapist, between London and Mumbai.",
    [
      ...weekly(LONDON, [MON, WED, FRI], ["09:00", "17:00"]),
      ...weekly(MUMBAI, [TUE, THU], ["10:00", "18:00"]),
    ],
  ),
  staff(
    "stf_priya",
    "Priya",
    "Sharma",
    "919820000301",
    "Physiotherapist (BPT); sports injuries and back pain.",
    [...weekly(MUMBAI, [MON, TUE, WED, THU, FRI], ["09:00", "13:00"], ["14:00", "17:00"])],
  ),
  staff(
    "stf_arjun",
    "Arjun",
    "Mehta",
    "919820000302",
    "Physiotherapist and nutritionist; home visits on request.",
    weekly(MUMBAI, [MON, TUE, WED, THU, FRI, SAT], ["11:00", "19:00"]),
  ),
];

export function seedCategories(createdAt: string): ServiceCategoryRecord[] {
  const category = (id: string, name: string, locationId: string): ServiceCategoryRecord => ({
    id,
    name,
    locationId,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    createdAt,
    updatedAt: createdAt,
  });
  return [
    category("cat_london_hair", "Hair", LONDON),
    category("cat_london_wellness", "Wellness", LONDON),
    category("cat_london_consultations", "Consultations", LONDON),
    category("cat_mumbai_physiotherapy", "Physiotherapy", MUMBAI),
    category("cat_mumbai_wellness", "Wellness", MUMBAI),
    category("cat_mumbai_consultations", "Consultations", MUMBAI),
  ];
}

export function seedClients(createdAt: string): ClientRecord[] {
  const client = (
    id: string,
    fullName: string,
    phone: string,
    email: string,
    preferredLanguage: string | null = null,
  ): ClientRecord => ({
    id,
    fullName,
    countryCode: phone.startsWith("91") ? "+91" : "+44",
    phone: phone.slice(2),
    email,
    primaryLocationId: phone.startsWith("91") ? MUMBAI : LONDON,
    preferredLanguage,
    tags: [],
    createdAt,
    updatedAt: createdAt,
  });
  return [
    client("cli_emma", "Emma Clarke", "447700900101", "emma.clarke@example.com"),
    client("cli_james", "James Okafor", "447700900102", "james.okafor@example.com"),
    client("cli_olivia", "Olivia Bennett", "447700900103", ""),
    client("cli_harry", "Harry Wilson", "447700900104", "harry.wilson@example.com"),
    client("cli_chloe", "Chloe Martin", "447700900105", ""),
    client("cli_ananya", "Ananya Iyer", "919820012345", "ananya.iyer@example.com"),
    client("cli_rohan", "Rohan Kapoor", "919833012345", "", "hi"),
    client("cli_meera", "Meera Nair", "919867012345", "meera.nair@example.com"),
  ];
}

export function zoneOf(locationId: string): string {
  const location = seedLocations.find((candidate) => candidate.id === locationId);
  if (!location) throw new Error(`seed: unknown location ${locationId}`);
  return location.timezone;
}
