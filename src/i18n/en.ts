/**
 * English interface strings: every piece of text the bot shows that is not article content.
 * `{name}` placeholders are filled by {@link t}. Spanish lives in es.ts with exactly the same keys.
 */
export const en = {
  'ask.title': 'From the article',
  'ask.question': 'Question: {question}',
  'ask.more': 'More passages',
  'ask.full': 'Full paragraph ¶{paragraph}',
  'ask.noMore': 'No more passages match this question.',
  'ask.empty.title': 'Ask a question',
  'ask.empty.body': 'Type a question about the Mexico–Peru rupture, for example: {example}',
  'abstain.title': 'The article does not cover that',
  'abstain.body':
    'The source article does not answer this question, so the bot will not guess. Try `/position` for each side’s view, `/timeline` for the dates, or a question such as: {examples}',
  'citation': '¶{paragraph} · {source}',
  'footer.source': 'Source: {source} ({date}) · cite as ¶N',
  'share.button': 'Share in channel',
  'source.title': 'Source',
  'source.body': '{title}\nPublished {date} · {paragraphs} paragraphs · language: {language}',
  'source.descriptive': 'The title is descriptive: the source text has no headline of its own.',
  'source.howToCite': 'How to cite',
  'source.howToCiteBody': 'Quote the paragraph number the bot shows, e.g. “{title}, ¶3”.',
  'source.paragraphTitle': '¶{paragraph} · {source}',
  'source.noParagraph': 'There is no paragraph {paragraph}: the article has paragraphs 1 to {count}.',
  'help.title': 'What this bot answers',
  'help.body':
    'Questions about the Mexico–Peru diplomatic rupture of 4 November 2025, answered only from one news article, with the paragraph (¶N) each answer comes from. It will not guess beyond the article.',
  'help.commands': 'Commands',
  'help.examples': 'Try',
  'help.private': 'Add `private: True` to any command to see the reply alone.',
  'error.title': 'Something went wrong',
  'error.body': 'Sorry, that request failed. Please try again. (error id {id})',
  'cooldown.title': 'Slow down',
  'cooldown.body': 'You are sending requests quickly: try again in {seconds} s.',
  'button.expired': 'This button is no longer valid. Run the command again.',
  'console.noToken':
    'No DISCORD_TOKEN set: starting the offline console. To run the Discord bot, copy .env.example to .env and fill in DISCORD_TOKEN and DISCORD_CLIENT_ID.',
  'console.prompt': 'Type a question, or /help. Ctrl-D to quit.',
  'console.unknown': 'Unknown command {command}. Type /help for the list.',
} as const;

export type MessageKey = keyof typeof en;
