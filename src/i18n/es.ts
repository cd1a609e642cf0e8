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
    'El artículo fuente no responde a esta pregunta, así que el bot no va a adivinar. Prueba `/postura` para ver la posición de cada parte, `/cronologia` para las fechas, o una pregunta como: {examples}',
  'citation': '¶{paragraph} · {source}',
  'footer.source': 'Fuente: {source} ({date}) · cita como ¶N · pasajes en el inglés original',
  'share.button': 'Compartir en el canal',
  'source.title': 'Fuente',
  'source.body': '{title}\nPublicado el {date} · {paragraphs} párrafos · idioma: {language}',
  'source.descriptive': 'El título es descriptivo: el texto original no tiene titular propio.',
  'source.howToCite': 'Cómo citar',
  'source.howToCiteBody': 'Indica el número de párrafo que muestra el bot, por ejemplo: «{title}, ¶3».',
  'source.paragraphTitle': '¶{paragraph} · {source}',
  'source.noParagraph': 'No existe el párrafo {paragraph}: el artículo tiene los párrafos 1 a {count}.',
  'help.title': 'Qué responde este bot',
  'help.body':
    'Preguntas sobre la ruptura diplomática entre México y Perú del 4 de noviembre de 2025, respondidas solo a partir de un artículo periodístico, con el párrafo (¶N) del que sale cada respuesta. No adivina más allá del artículo. Los pasajes y las citas textuales se muestran en el inglés original.',
  'help.commands': 'Comandos',
  'help.examples': 'Prueba',
  'help.private': 'Añade `privado: True` a cualquier comando para ver la respuesta solo tú.',
  'error.title': 'Algo salió mal',
  'error.body': 'Lo sentimos, la solicitud falló. Vuelve a intentarlo. (id del error {id})',
  'cooldown.title': 'Más despacio',
  'cooldown.body': 'Estás enviando solicitudes muy rápido: vuelve a intentarlo en {seconds} s.',
  'button.expired': 'Este botón ya no es válido. Vuelve a ejecutar el comando.',
  'console.noToken':
    'No hay DISCORD_TOKEN: se abre la consola sin conexión. Para ejecutar el bot de Discord, copia .env.example a .env y completa DISCORD_TOKEN y DISCORD_CLIENT_ID.',
  'console.prompt': 'Escribe una pregunta o /ayuda. Ctrl-D para salir.',
  'console.unknown': 'Comando desconocido {command}. Escribe /ayuda para ver la lista.',
};
