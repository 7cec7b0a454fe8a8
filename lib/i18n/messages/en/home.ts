export const home = {
  "home.title": "Book with {business}",
  "home.intro": "Choose a time that suits you. You will get a confirmation straight away.",
  "home.entryPoints": "What would you like to do?",
  "home.bookAppointment": "Book an appointment",
  "home.bookAppointmentHint": "Pick a service, a person and a time.",
  "home.classes": "Classes",
  "home.classesHint": "See this week's timetable and join a class.",
  "home.locationsHeading": "Where to find us",
  "home.locationsEmpty": "This business has not listed a location yet.",
} as const;
