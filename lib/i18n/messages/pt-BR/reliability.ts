export const reliability = {
  "booking.notBooked":
    "O sistema de agendamentos não respondeu a tempo, e nós verificamos: seu agendamento não foi feito. Tente de novo.",
  "booking.unconfirmed":
    "Não conseguimos confirmar seu agendamento: o sistema de agendamentos não respondeu a tempo. Pode ser que ele tenha sido feito. Para conferir, abra Meus agendamentos e entre com o código que vamos enviar para o seu WhatsApp, ou fale com a gente. Tentar de novo nunca vai agendar você duas vezes.",
  "classes.error.notJoined":
    "O sistema de agendamentos não respondeu a tempo, e nós verificamos: sua vaga nesta aula não foi agendada. Tente de novo.",
  "classes.error.unconfirmed":
    "Não conseguimos confirmar sua vaga: o sistema de agendamentos não respondeu a tempo. Pode ser que ela tenha sido agendada. Para conferir, abra Meus agendamentos e entre com o código que vamos enviar para o seu WhatsApp, ou fale com a gente. Tentar de novo nunca vai agendar você duas vezes.",
} as const;
