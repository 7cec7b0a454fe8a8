export const home = {
  "home.title": "Agende com {business}",
  "home.intro": "Escolha o horário que for melhor para você. A confirmação chega na hora.",
  "home.entryPoints": "O que você quer fazer?",
  "home.bookAppointment": "Agendar atendimento",
  "home.bookAppointmentHint": "Escolha o serviço, o profissional e o horário.",
  "home.classes": "Aulas",
  "home.classesHint": "Veja a grade desta semana e agende uma aula.",
  "home.locationsHeading": "Onde estamos",
  "home.locationsEmpty": "Este estabelecimento ainda não cadastrou nenhuma unidade.",
} as const;
