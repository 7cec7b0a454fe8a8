export const embed = {
  "embed.demo.metaTitle": "Incorpore ao seu site",
  "embed.demo.title": "Coloque o agendamento no seu site",
  "embed.demo.intro":
    "Cole um destes trechos de código em qualquer página do seu site. Esta página usa os dois, então você pode testar ambos aqui.",
  "embed.demo.allowed":
    "Os navegadores só exibem o quadro de agendamento nos sites listados em EMBED_ALLOWED_ORIGINS (as páginas do próprio app sempre podem).",
  "embed.demo.inline.title": "Um quadro de agendamento na sua página",
  "embed.demo.inline.body":
    "O quadro aparece onde o trecho estiver e cresce ou diminui conforme o conteúdo, então nunca mostra uma barra de rolagem própria.",
  "embed.demo.popup.title": "Um botão que abre o agendamento sobre a sua página",
  "embed.demo.popup.body":
    "Qualquer link ou botão com o atributo data-booking-popup abre o app em um pop-up. Ele fecha com a tecla Esc, com o botão de fechar ou com um clique fora dele.",
  "embed.demo.popup.button": "Agendar uma aula",
  "embed.demo.code": "Código para copiar",
  "embed.demo.copy": "Copiar trecho",
  "embed.demo.copied": "Copiado. Cole no HTML do seu site.",
  "embed.demo.language": "Idioma do quadro de agendamento",
  "embed.demo.languageVisitor": "O idioma de cada visitante",
  "embed.demo.languageApply": "Mostrar",
  "embed.demo.events.title": "O que a sua página recebe",
  "embed.demo.events.body":
    "Sua página recebe os eventos booking:ready, booking:booked, booking:rescheduled, booking:cancelled, booking:class-joined e booking:class-left, com o id, o início, o fim e o status do agendamento, e nenhum dado pessoal.",
  "embed.demo.events.empty": "Nada ainda: agende algo no quadro acima.",
  "embed.demo.events.log": "Eventos recebidos nesta página",
} as const;
