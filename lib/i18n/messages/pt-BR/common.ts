export const common = {
  "app.skipToContent": "Pular para o conteúdo principal",
  "app.poweredBy": "Agendamento online de {business}",
  "nav.home": "Início",
  "nav.book": "Agendar",
  "nav.classes": "Aulas",
  "nav.myBookings": "Meus agendamentos",
  "nav.label": "Principal",
  "nav.language": "Idioma",
  "error.title": "Algo deu errado",
  "error.retry": "Tentar de novo",
  "error.upstreamUnavailable":
    "Não conseguimos acessar o sistema de agendamentos agora. Tente de novo em instantes.",
  "error.upstreamBusy":
    "O sistema de agendamentos está sobrecarregado agora. Tente de novo daqui a um minuto.",
  "error.staleData":
    "O sistema de agendamentos está sobrecarregado, então estas informações podem estar alguns minutos desatualizadas. Estamos tentando de novo em segundo plano.",
  "error.busyRetrying": "O sistema de agendamentos está sobrecarregado. Tentando de novo…",
  "error.generic": "Algo inesperado deu errado do nosso lado. Tente de novo.",
  "error.checkForm": "Confira os campos destacados.",
  "error.rateLimited": "Foram muitas tentativas por aqui. Aguarde alguns minutos e tente de novo.",
  "error.notFound": "Não encontramos o que você procurava. Pode ter sido alterado ou removido.",
  "notFound.title": "Página não encontrada",
  "notFound.body": "A página que você procurava não existe ou mudou de endereço.",
  "notFound.home": "Ir para a página inicial",
  "loading.label": "Carregando…",
  "loading.slow": "Está demorando mais do que o normal…",
  "connection.offline":
    "Você está sem internet. O que aparece aqui pode estar desatualizado, e tudo o que você enviar vai chegar assim que a conexão voltar.",
  "connection.held":
    "Você está sem internet, então essa página ainda não pode abrir. Conecte-se de novo e tente outra vez.",
  "calendar.heading": "Adicionar à sua agenda",
  "calendar.ics": "Baixar arquivo de agenda (.ics)",
  "calendar.google": "Adicionar ao Google Calendar (abre em uma nova aba)",
  "calendar.icsFor": "Baixar arquivo de agenda (.ics) de {name}, {when}",
  "calendar.googleFor": "Adicionar {name}, {when} ao Google Calendar (abre em uma nova aba)",
  "contact.call": "Ligar para {phone}",
  "contact.whatsApp": "Chamar no WhatsApp",
} as const;
