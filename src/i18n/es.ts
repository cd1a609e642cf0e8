/**
 * Spanish interface strings (es-ES and es-419), with exactly the keys of en.ts: the type below makes a missing
 * key a compile error, and tests/i18n.test.ts checks the placeholders match. Article passages and quotes stay in
 * the article's English; only the bot's own words are translated.
 */
import type { MessageKey } from './en.js';

export const es: Record<MessageKey, string> = {
  'ask.title': 'Según el artículo',
  'ask.question': 'Pregunta: {question}',
  'ask.more': 'Más pasajes',
  'ask.full': 'Párrafo completo ¶{paragraph}',
  'ask.noMore': 'No hay más pasajes que respondan a esta pregunta.',
  'ask.empty.title': 'Haz una pregunta',
  'ask.empty.body': 'Escribe una pregunta sobre la ruptura entre México y Perú, por ejemplo: {example}',
  'abstain.title': 'El artículo no trata ese tema',
  'abstain.body':
    'El artículo fuente no responde a esta pregunta, así que el bot no va a adivinar. Prueba `/{position}` para ver qué sostiene cada parte, `/{timeline}` para las fechas, o una pregunta como: {examples}',
  'decline.unreadable.title': '¿Qué te gustaría saber?',
  'decline.unreadable.body':
    'No encontré una pregunta sobre la ruptura en ese mensaje. Pregunta por una persona, un hecho o una fecha de la noticia, por ejemplo: {examples}',
  'decline.detail.title': 'El artículo no lo dice',
  'decline.detail.body':
    'El artículo menciona **{subject}** ({paragraphs}), pero no da {asked}. El bot responde solo con su fuente, así que no va a adivinar. Abre un párrafo abajo para leer lo que sí dice.',
  'decline.asked.number': 'esa cifra',
  'decline.asked.date': 'esa fecha',
  'decline.asked.person': 'ese nombre',
  'decline.asked.statement': 'lo que se dijo al respecto',
  'decline.asked.other': 'ese dato',
  'decline.mention': '¶{paragraph}',
  citation: '¶{paragraph} · {source}',
  'footer.source': 'Fuente: {source} ({date}) · citar como ¶N · textos del artículo en su inglés original',
  'share.button': 'Compartir en el canal',
  'source.title': 'Fuente',
  'source.body': '{title}\nPublicado el {date} · {paragraphs} párrafos · idioma: {language}',
  'language.en': 'inglés',
  'language.es': 'español',
  'source.descriptive': 'El título es descriptivo: el texto original no tiene titular propio.',
  'source.howToCiteBody': 'Indica el número de párrafo que muestra el bot, por ejemplo: «{title}, ¶3».',
  'source.paragraphTitle': '¶{paragraph} · {source}',
  'source.noParagraph': 'No existe el párrafo {paragraph}: el artículo tiene los párrafos 1 a {count}.',
  'source.unknownArticle': 'Ningún artículo coincide con ese nombre. Los artículos: {articles}.',
  'help.title': 'Qué responde este bot',
  'help.body':
    'Preguntas sobre la ruptura diplomática entre México y Perú del 4 de noviembre de 2025, respondidas solo a partir de un artículo periodístico, con el párrafo (¶N) del que sale cada respuesta. No adivina más allá del artículo. Los pasajes y las citas textuales se muestran en su inglés original.',
  'help.commands': 'Comandos',
  'help.examples': 'Preguntas de ejemplo',
  'help.private': 'Activa la opción `{option}` en cualquier comando y solo tú verás la respuesta.',
  'error.title': 'Algo salió mal',
  'error.body': 'Lo sentimos, la solicitud falló. Vuelve a intentarlo. (código de error: {id})',
  'cooldown.title': 'Más despacio',
  'cooldown.body': 'Estás enviando solicitudes muy rápido: vuelve a intentarlo en {seconds} s.',
  'button.expired': 'Este botón ya no es válido. Vuelve a ejecutar el comando.',
  'console.noToken':
    'No hay DISCORD_TOKEN: se abre la consola sin conexión. Para ejecutar el bot de Discord, copia .env.example a .env y completa DISCORD_TOKEN y DISCORD_CLIENT_ID.',
  'console.prompt': 'Escribe una pregunta o /ayuda. Ctrl-D para salir.',
  'console.private': '(solo tú puedes ver esto)',
  'console.unknown': 'Comando desconocido {command}. Escribe /ayuda para ver la lista.',
  'content.quotedNote': 'Los pasajes citados (¶N “…”) son palabras textuales del artículo, en su inglés original.',
  'position.unknown.title': '¿De quién es la postura?',
  'position.unknown.body': 'Elige una de estas partes: {parties}.',
  'position.claim': '{n}. {kind}',
  'position.kind.action': 'Acción',
  'position.kind.argument': 'Argumento',
  'position.kind.demand': 'Exigencia',
  'position.kind.keeps': 'Lo que mantiene',
  'position.kind.background': 'Contexto',
  'compare.title': 'En qué discrepan Perú y México',
  'compare.body':
    'La postura de cada gobierno, según la recoge el artículo. Indica un tema para ver los pasajes citados que respaldan cada postura.',
  'compare.bodyTopic': 'La postura de cada gobierno, según la recoge el artículo.',
  'compare.unknown.title': 'Tema no encontrado',
  'compare.unknown.body': 'Ningún punto de desacuerdo coincide con eso. Temas: {topics}.',
  'timeline.title': 'Cronología de la crisis',
  'timeline.body':
    'Todos los hechos fechados del artículo, en orden. Cuando el artículo no da una fecha exacta, se indica.',
  'quote.title': 'Quién dijo qué',
  'quote.titleSpeaker': 'Lo que dijo {speaker}',
  'quote.heading': '{speaker} · ¶{paragraph}',
  'quote.body': 'Todas las citas textuales del artículo, tal cual, en su inglés original.',
  'quote.unknown.title': 'Autor no encontrado',
  'quote.unknown.body': 'Nadie citado en el artículo coincide con ese nombre. Autores: {speakers}.',
};
