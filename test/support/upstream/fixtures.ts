// Vendor-shaped payloads for tests, modelled on the captured webhook sample in FACTS.md.

export function rawAppointment(overrides: Record<string, unknown> = {}) {
  return {
    id: "apt_1",
    location: { id: "loc_1", title: "Centro" },
    client: { id: "cli_1", fullName: "Client test", countryCode: "+1", phone: "1245678901", email: "" },
    staff: { id: "stf_1", name: "Staff Name" },
    timezone: "America/Sao_Paulo",
    overrideTimeSlotValidation: false,
    date: "2024-08-05",
    time: "04:39 PM",
    startTimeUTC: "2024-08-05T19:39:00.000Z",
    // Local wall-clock time behind a fake Z: must never be read as an instant.
    startTime: "2024-08-05T16:39:00.000Z",
    endTimeUTC: "2024-08-05T20:09:00.000Z",
    endTime: "2024-08-05T17:09:00.000Z",
    service: { id: "svc_1", name: "Consultation", durationMinutes: 30, sellingPrice: 100.27 },
    addOnServices: [],
    bookedFrom: "Admin Portal",
    status: "Booked",
    appointmentType: "LOCATION_VISIT",
    notes: "",
    paymentStatus: "",
    createdAt: "2024-08-05T19:39:22.511Z",
    updatedAt: "2024-08-05T19:39:22.511Z",
    ...overrides,
  };
}

export function rawClass(overrides: Record<string, unknown> = {}) {
  return {
    id: "cls_1",
    location: { id: "loc_1", title: "Studio" },
    staff: { id: "stf_2", name: "Ana" },
    timezone: "Europe/London",
    date: "2027-03-28",
    time: "09:00 AM",
    startTimeUTC: "2027-03-28T08:00:00.000Z",
    startTime: "2027-03-28T09:00:00.000Z",
    endTimeUTC: "2027-03-28T09:00:00.000Z",
    endTime: "2027-03-28T10:00:00.000Z",
    service: { id: "svc_yoga", name: "Morning Yoga", durationMinutes: 60, sellingPrice: 15 },
    bookedParticipants: 9,
    numberOfParticipants: 12,
    status: "Active",
    createdAt: "2027-01-01T00:00:00.000Z",
    updatedAt: "2027-01-01T00:00:00.000Z",
    ...overrides,
  };
}

export function rawParticipant(overrides: Record<string, unknown> = {}) {
  return {
    id: "par_1",
    client: { id: "cli_1", fullName: "Client test" },
    paymentStatus: "",
    status: "BOOKED",
    createdAt: "2027-01-01T00:00:00.000Z",
    updatedAt: "2027-01-01T00:00:00.000Z",
    ...overrides,
  };
}
