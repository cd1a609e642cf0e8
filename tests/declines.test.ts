/** /ask declines in three distinct ways, and says where the article names what a question is about. */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/dispatch.js';
import { renderConsole } from '../src/render/console.js';
import { answerTypeOf, asksYesOrNo, asksYesOrNoInChat } from '../src/search/answer-type.js';
import { expectNotInSource, realContext } from './helpers.js';

const context = realContext();
const { engine } = context;

describe('declines', () => {
  it('declines whether something came about later of the names and the year alone', () => {
    // ¶9 tells the 2024 break, nothing after it.
    expectNotInSource(engine, ['Have Ecuador and Mexico reconciled since 2024?']);
    expect(engine.search('Did Mexico break off relations with Ecuador in 2024?').hits[0]?.paragraph).toBe(9);
  });

  it('declines whether something came about after an event of the names and that event alone', () => {
    // ¶9 tells the raid in Quito, nothing after it; ¶3 tells the protests that followed Castillo's arrest.
    expectNotInSource(engine, ['have mexico and ecuador reconciled since the raid in quito?']);
    expect(engine.search('did the protests continue after the arrest of castillo?').hits[0]?.paragraph).toBe(3);
    expect(engine.search('Did Mexico break off relations with Ecuador after the raid?').hits[0]?.paragraph).toBe(9);
  });

  it('declines whether something came about that the article leaves open, and answers whether it may', () => {
    // ¶12 watches "whether this rupture will be temporary": it cannot tell that they made up, or that it was temporary.
    expectNotInSource(engine, [
      'Did Mexico and Peru reconcile after the break?',
      'Did the rupture turn out to be temporary?',
    ]);
    for (const q of ['Could Mexico and Peru patch things up?', 'did the article say whether the split is permanent?'])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(12);
  });

  it('declines a role the articles never write, or one held before whom the question names', () => {
    const lawyer = engine.search('Which lawyer is defending Pedro Castillo at his trial?');
    expect(lawyer.answered).toBe(false);
    expect(lawyer.decline?.kind).toBe('lawyer');
    // ¶4: Chávez "served as prime minister during Castillo's … administration": Castillo held no such role.
    expectNotInSource(engine, ["Who was Peru's prime minister just before Betssy Chavez?"]);
    expect(engine.search('which official expelled karla ornelas?').hits[0]?.paragraph).toBe(5);
    expect(engine.search("Who was Peru's president before Jeri?").hits[0]?.paragraph).toBe(3);
  });

  it('declines a yes-or-no question whose act the sentence naming the person tells of someone else', () => {
    // ¶3: "Castillo was arrested …, and Vice President Dina Boluarte assumed the presidency": the arrest is Castillo's.
    expectNotInSource(engine, ['was boluarte arrested after her ouster?', 'was boluarte arrested']);
    // ¶5: the chargée is named just after the act she underwent; ¶6: Sheinbaum before the act she did.
    expect(engine.search('was Karla Ornelas expelled?').hits[0]?.paragraph).toBe(5);
    expect(engine.search('did Sheinbaum call Castillo a victim?').hits[0]?.paragraph).toBe(6);
    // ¶2: words quoted are the speaker's, whoever the quote names.
    expect(engine.search('which presidents did de zela accuse of interfering in peru').hits[0]?.paragraph).toBe(2);
  });

  it('declines the name of "el embajador" of Mexico: ¶5 names a chargée, whom only the feminine key reads', () => {
    expectNotInSource(engine, [
      'dime el nombre del embajador de México en Perú',
      'quien era el embajador mexicano en lima',
    ]);
    // The feminine still reads the chargée, and a masculine key still reads its feminine ("sucesor").
    expect(engine.search('como se llama la embajadora de mexico en lima').hits[0]?.paragraph).toBe(5);
    expect(engine.search('¿quién fue la sucesora de Castillo?').hits[0]?.paragraph).toBe(3);
  });

  it('reads a chargée d’affaires as a diplomat', () => {
    expect(engine.search('Which diplomat did Peru order to leave?').hits[0]?.paragraph).toBe(5);
  });

  it('calls a question with nothing left once chat words are set aside unreadable', () => {
    const response = engine.search('lol ngl bruh??');
    expect(response.answered).toBe(false);
    expect(response.decline?.reason).toBe('unreadable');
  });

  it('calls a question about another topic off topic, with no mentions', () => {
    const response = engine.search('Give me a recipe for tacos');
    expect(response.decline).toEqual({ reason: 'off-topic', mentions: [] });
  });

  it('declines where the best paragraph holds only a verb of asking, learning or saying of the question', () => {
    // ¶2's "Today we learned with surprise" is no way to learn Spanish, nor French.
    for (const q of ["What's the fastest way to learn Spanish?", 'whats the fastest way to learn french'])
      expect(engine.search(q).answered, q).toBe(false);
    // Held through a synonym is held: ¶3's "rebellion" for "revolt".
    expect(engine.search('explain the revolt').hits[0]?.paragraph).toBe(3);
    // A noun WordNet files with talk ("principle", "dispute") is a topic: ¶6's principle of nonintervention.
    expect(
      engine.search('Explain how the principle of nonintervention is relevant to this dispute.').hits[0]?.paragraph,
    ).toBe(6);
  });

  it('declines how the asker could do something, and answers how to say or think something of the story', () => {
    for (const q of [
      'How do I get a work visa for Peru?',
      'how would u even get asylum in mexico',
      'how to apply for mexican citizenship',
    ])
      expect(engine.search(q).answered, q).toBe(false);
    for (const q of [
      "How would you describe Peru's reaction to the asylum?",
      'how do we know chavez was involved in the coup',
      'how can i find out why peru cut ties with mexico',
    ])
      expect(engine.search(q).answered, q).toBe(true);
  });

  it('declines what someone the articles name but never show acting did ("what measures did Colombia take")', () => {
    // ¶8 names Colombia and Chile only "along with" the others; ¶10's tensions are "within the Pacific Alliance".
    expectNotInSource(engine, [
      'what measures did colombia take',
      'what did the pacific alliance do',
      '¿qué hizo Chile?',
    ]);
    // Those who act are answered, however their names are written or typed.
    expect(engine.search('what did de zela do').hits.map((hit) => hit.paragraph)).toContain(2);
    expect(engine.search('what did presdent jose jerri do about mexico').hits.map((hit) => hit.paragraph)).toContain(5);
    expect(engine.search('what did ecuador do').hits[0]?.paragraph).toBe(9);
    // By part of a name of several words: ¶6's "then-President Andrés Manuel López Obrador granted asylum".
    for (const q of ['what did andres manuel do for the castillo family', '¿qué hizo Andrés Manuel por los Castillo?'])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(6);
    // "What X did …" asks for X: "what convention did Mexico cite" is the Caracas Convention.
    expect(engine.search('what convention did Mexico cite to protect Chavez?').hits[0]?.paragraph).toBe(7);
  });

  it('counts a judging adjective the article lacks less than a thing it names ("significant", "proportionate")', () => {
    // How the asker judges the topic, not what it is: ¶11 and ¶1 weigh the rift for the region, ¶8 calls Peru's
    // reaction "out of proportion".
    expect(engine.search('is this significant for latin america').hits.map((hit) => hit.paragraph)).toContain(11);
    expect(engine.search("was peru's reaction proportionate").hits[0]?.paragraph).toBe(8);
    // A participle is a deed, asked in full: no paragraph tells Peru ratifying the convention.
    expect(engine.search('has peru ratified the caracas convention').answered).toBe(false);
  });

  it('reads "what measures did X take" as asking for the steps, told without the word "measures"', () => {
    const response = engine.search('what measures did peru take besides breaking relations');
    expect(response.answered).toBe(true);
    expect(response.hits.map((hit) => hit.paragraph)).toContain(5);
    const spanish = '¿Qué medidas concretas tomó el gobierno peruano además de romper relaciones?';
    expect(engine.search(spanish).hits[0]?.paragraph).toBe(5);
    // Asked as an order too: "describe the measures Peru took …".
    expect(
      engine.search("Describe the measures Peru took against Mexico's top diplomat in Lima.").hits[0]?.paragraph,
    ).toBe(5);
    // One step or measure is asked as several are: the expulsion (¶5) is among what Peru did.
    expect(engine.search('¿Qué medida tomó el Perú?').hits.map((hit) => hit.paragraph)).toContain(5);
    expect(engine.search('what concrete step did Peru take?').hits.map((hit) => hit.paragraph)).toContain(5);
  });

  it('reads "a qué hora" as a time of day, no deadline: a match or an exam today is off topic', () => {
    for (const question of [
      '¿Alguien sabe a qué hora juega la selección hoy?',
      'oigan alguien sabe a q hora es el examen de mate mañana? 😩',
    ]) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(false);
      expect(response.decline?.reason, question).toBe('off-topic');
    }
    // The deadline Ornelas was given is still read as one ("within a short deadline", ¶5), without a figure.
    expect(engine.search('¿Le dieron pocas horas a Karla Ornelas para salir del Perú?').hits[0]?.paragraph).toBe(5);
  });

  it('declines in Spanish what no article nor translation tells: a reaction of someone only spoken of, a thing never written', () => {
    // Castillo is only spoken of; what he said from prison is nowhere (the reaction asked of him, a name).
    expect(
      answerTypeOf('¿Cómo reaccionó Pedro Castillo desde la cárcel cuando supo del asilo?', (f) =>
        ['pedro', 'castillo'].includes(f),
      )?.speaker,
    ).toBe('pedro castillo');
    expect(engine.search('¿Cómo reaccionó Pedro Castillo desde la cárcel cuando supo del asilo?').answered).toBe(false);
    // Whether she got a safe-conduct: neither the article nor its Spanish translation writes one.
    expect(engine.search('¿Perú ya le dio salvoconducto a Betssy Chávez para viajar a México?').answered).toBe(false);
  });

  it('declines how or when someone went to a place no sentence takes anyone to, and answers a trip told', () => {
    // Asylum granted (¶6) and an embassy entered (¶4) are no trip to Mexico; nor is Ornelas's order to leave Peru one
    // back home.
    expectNotInSource(engine, [
      "How did Castillo's children travel to Mexico?",
      'When did Betssy Chávez fly to Mexico?',
      'how did Karla Ornelas get back to Mexico',
      '¿Cómo viajaron los hijos de Castillo a México?',
    ]);
    for (const q of ['¿Cómo viajaron los hijos de Castillo a México?', 'When did Betssy Chávez fly to Mexico?'])
      expect(engine.search(q).decline?.untoldJourney, q).toBe(true);
    // Told, tried, or no journey at all: a place entered, an attempt, power, an arrest, help given, "llegar a" a role,
    // and "cuando" joining clauses after another question word.
    for (const [q, paragraph] of [
      ['When did Chávez go into the Mexican embassy?', 4],
      ['When did Castillo try to flee to Mexico?', 3],
      ['how did jeri come to power', 3],
      ['how did castillo get caught', 3],
      ["How did Mexico help Castillo's family?", 6],
      ['¿Cómo llegó Jerí a la presidencia?', 3],
      ['¿Qué dijo Sheinbaum cuando Chávez llegó a México?', 4],
    ] as const)
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(paragraph);
  });

  it('declines whether someone named reached a place no sentence takes them to, asked yes or no', () => {
    // ¶9 tells Glas was promised asylum and detained in Quito; nothing takes him, or Chávez, to Mexico.
    expectNotInSource(engine, [
      'so did glas manage to get to mexico eventually?',
      'Has Betssy Chavez made it to Mexico City yet?',
      '¿Jorge Glas llegó a México al final?',
    ]);
    // The first alternative is what is asked, and one of someone else's (Castillo's family), or the asker's, is no
    // journey of anyone named.
    for (const [q, paragraph] of [
      ['did castillo get arrested or did he get to mexico?', 3],
      ['did castillo try to run to mexico?', 3],
    ] as const)
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(paragraph);
    expect(engine.search('¿todavía se puede viajar a México desde el Perú?').decline?.untoldJourney).toBeUndefined();
  });

  it('declines whether someone got out of one place to another, the places naming no one who went', () => {
    // "Out of" Lima or Quito is where from, as "from" is; nor is a sentence naming Peru or Ecuador one naming the
    // traveller (¶9's "leaves Mexico without diplomatic ties" takes no one anywhere).
    for (const q of [
      'Did Betssy Chavez ever get out of Lima to Mexico?',
      'Did Jorge Glas make it out of Quito to Mexico?',
    ])
      expect(engine.search(q).decline?.untoldJourney, q).toBe(true);
    // Out of a place with nowhere to go is no journey asked: ¶3 tells Castillo's arrest on the way to the embassy.
    expect(engine.search('did castillo make it out of the embassy?').hits[0]?.paragraph).toBe(3);
  });

  it('declines whether something is in a place no article names, not where the asker is', () => {
    // ¶11's consular relations are no consulate in Texas or Houston.
    for (const q of ['Are there Mexican consulates in Texas?', '¿Hay un consulado peruano en Houston?'])
      expect(engine.search(q).answered, q).toBe(false);
    for (const q of [
      'are the consulates still open?',
      "I'm in Texas, are consular relations between Peru and Mexico still working?",
      'Is the embassy in Lima still open?',
    ])
      expect(engine.search(q).answered, q).toBe(true);
  });

  it('declines a number the article never gives about someone it names, and lists where it names them', () => {
    const response = engine.search('How many days was Karla Ornelas given to leave?');
    expect(response.answered).toBe(false);
    expect(response.decline?.reason).toBe('not-in-source');
    expect(response.decline?.asked).toBe('number');
    expect(response.decline?.subject).toBe('Karla Ornelas');
    expect(response.decline?.mentions.map((m) => m.paragraph)).toEqual([5]);
    // Asked as "what is the value / number of …": a number too, given for the countries, not for trade.
    expect(engine.search("what's the total value of the trade relationship").decline?.asked).toBe('number');
    expect(
      engine.search('what is the number of south american countries mexico has no ties with').hits[0]?.paragraph,
    ).toBe(9);
  });

  it('answers the same subject when the paragraph holds what is asked', () => {
    const response = engine.search('How many years in prison do prosecutors want for Betssy Chavez?');
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(4);
  });

  it('counts a Spanish unit in its English synonyms: "naciones" are the article\'s "countries"', () => {
    const response = engine.search('¿Con cuántas naciones sudamericanas se quedó México sin vínculos diplomáticos?');
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(9);
    // A count of something the article never counts is still declined.
    expect(engine.search('¿Cuántos embajadores tiene México en Sudamérica?').answered).toBe(false);
  });

  it('declines what a question asks of someone the article names when only the name is found', () => {
    const born = engine.search('Where was Claudia Sheinbaum born?');
    expect(born.decline?.reason).toBe('not-in-source');
    expect(born.decline?.mentions.map((m) => m.paragraph)).toEqual(expect.arrayContaining([4, 8]));
    // The name alone is the question: answered.
    expect(engine.search('who is betssy chavez').answered).toBe(true);
    // A question the name answers in part, with a word the article says otherwise, still is.
    expect(engine.search('sheinbaum mad or nah').answered).toBe(true);
  });

  it('declines a thing no article names asked of places or years alone, not a lookup or what befell someone named', () => {
    // ¶4 is dated 2025, ¶9 2024, ¶8 names Colombia: none names the series, the finals, the election or a capital.
    for (const question of [
      'who won the 2025 world series',
      'who won the 2024 nba finals lol',
      'whats the capital of colombia again lol',
      'what was the 2022 budget of peru',
    ])
      expect(engine.search(question).answered, question).toBe(false);
    // A small word capitalised only to open the paragraph's sentence ("On November 4, 2025") is no part of the
    // subject quoted; a title opening one is ("President Claudia Sheinbaum confirmed …").
    expect(engine.search('who won the election in november').decline?.subject).toBe('November');
    expect(engine.search("what is sheinbaum's middle name").decline?.subject).toBe('President Claudia Sheinbaum');
    // A month is no place: the siege of April 2024 is ¶9's raid, in another word.
    expect(engine.search('what was the siege in april 2024').hits[0]?.paragraph).toBe(9);
    // What the paragraph of that year or place tells is answered, a phrase as everyday as its head word ("big deal")
    // is no thing asked for, nor a chat verb ("banging on"); a lookup without a question word is searched as it is,
    // and a rarer word for what befell someone named is asked of the story.
    expect(engine.search('what happened in december 2022').hits[0]?.paragraph).toBe(3);
    expect(engine.search('what was the big deal in 2022').answered).toBe(true);
    expect(engine.search('when did mexico break with ecuador in 2024').hits[0]?.paragraph).toBe(9);
    expect(engine.search('ecuador 2024 incursion').hits[0]?.paragraph).toBe(9);
    expect(engine.search("what was boluarte's downfall").hits[0]?.paragraph).toBe(3);
    expect(engine.search('whats the beef between mexico and peru').answered).toBe(true);
    expect(engine.search('whats this caracas convention thing mexico keeps banging on about').hits[0]?.paragraph).toBe(
      7,
    );
    expect(engine.search('who is jorge glas').hits[0]?.paragraph).toBe(9);
  });

  it('reads two words typed as one, and a paragraph named by its number', () => {
    expect(engine.search('what did hugo dezela say').hits[0]?.paragraph).toBe(2);
    expect(engine.search('who is betssychavez').answered).toBe(true);
    expect(engine.search('What is the main idea of paragraph 11?').hits[0]?.paragraph).toBe(11);
    expect(engine.search('¿Qué dice el párrafo 7?').hits[0]?.paragraph).toBe(7);
    expect(engine.search('what is in paragraph 40?').answered).toBe(false);
    // Spanish "para" is "for", not a paragraph: "para 25 años" asks about 25 years.
    expect(engine.understand('¿piden para 25 años de cárcel?').map((c) => c.label)).not.toContain('¶25');
    expect(engine.understand('summarize paragraph 3').map((c) => c.label)).toContain('¶3');
    // Not a form of a Spanish family the lists know ("siglas", of "sigla"), though the form itself is unlisted: the
    // initials asked about are no "si Glas".
    const terms = engine
      .understand('¿cuáles son las siglas de la cancillería mexicana?')
      .flatMap((c) => c.wordings.flatMap((w) => w.terms));
    expect(terms).not.toContain('gla');
  });

  it("declines a role asked of an owner whose holder the article never names, and answers the owner's own", () => {
    // ¶2 gives Peru's Foreign Minister; the article never names Mexico's, nor Ecuador's president (¶9's Jorge Glas
    // is a former vice president).
    expectNotInSource(engine, [
      "Who is Mexico's foreign minister?",
      // A role the articles capitalise ("Foreign Minister") before its owner, and "who's" before an owner's role.
      'who is the foreign minister of mexico',
      // The name asked for of an owner's role ("the name of Mexico's foreign minister"), past the capitalised role.
      "whats the name of mexico's foreign minister",
      "What's the name of Mexico's foreign secretary?",
      "who's mexico's foreign minister rn, like the actual name",
      'who is the president of Ecuador',
      '¿Quién es el canciller de México?',
      // Asked in the past, of an owner no paragraph with a president names: ¶4's President Sheinbaum is not Ecuador's.
      '¿Quién era el presidente de Ecuador cuando la policía entró a la embajada mexicana en Quito?',
      // The owner's adjective before the title: Ecuador's president.
      'who was the ecuadorian president that ordered the raid on the mexican embassy',
    ]);
    // The story's own countries are read as before: Peru's ministers and presidents are named (¶2, ¶3).
    expect(engine.search('who is the peruvian minister').hits[0]?.paragraph).toBe(2);
    expect(engine.search('who was the peruvian president before boluarte').hits[0]?.paragraph).toBe(3);
    // The decline names what the article has of Mexico's, not Peru's minister (¶2 "Peru's Foreign Minister …").
    const mexicos = engine.search("Who is Mexico's foreign minister?").decline;
    expect(mexicos?.subject).toBe('Mexico’s Ministry of Foreign Affairs');
    expect(mexicos?.mentions[0]?.paragraph).toBe(7);
    expect(engine.search("Who is Peru's foreign minister?").hits[0]?.paragraph).toBe(2);
    expect(engine.search('who is the foreign minister of peru').hits[0]?.paragraph).toBe(2);
    expect(engine.search("whats the name of peru's foreign minister").hits[0]?.paragraph).toBe(2);
    expect(engine.search("Who is Peru's top diplomat?").hits[0]?.paragraph).toBe(2);
    expect(engine.search("who is peru's president").hits[0]?.paragraph).toBe(1);
    expect(engine.search("who is mexico's president").hits[0]?.paragraph).toBe(4);
    expect(engine.search('who is the mexican president').hits[0]?.paragraph).toBe(4);
    // "Politician" is no title the articles write: whoever the rest tells (¶9's Jorge Glas).
    expect(
      engine.search('Who was the Ecuadorian politician that Mexico had promised to protect?').hits[0]?.paragraph,
    ).toBe(9);
    expect(engine.search('¿Quién es el ministro de Relaciones Exteriores del Perú?').hits[0]?.paragraph).toBe(2);
  });

  it('reads a role asked without its article, or by "which" after its owner\'s name, as that owner\'s', () => {
    expectNotInSource(engine, [
      // "President of Ecuador" as an office: no article before a role WordNet files with people.
      'who was president of ecuador back when glas got arrested',
      // "Which Ecuadorian president" is Ecuador's, as "the Ecuadorian president" is.
      'which ecuadorian president sent the police into the embassy',
      'what Ecuadorian president broke with Mexico in 2024?',
    ]);
    // An owner the articles name a holder for is answered; a word for no person after "who was" is no role.
    expect(engine.search('who was president of peru before boluarte').hits[0]?.paragraph).toBe(3);
    expect(engine.search("who was aware of castillo's plan").answered).toBe(true);
  });

  it('asks for the holders of a role a place name after it says something of, or a name before it qualifies', () => {
    // ¶10's "previous declarations of ambassadors as persona non grata" names none of them.
    expectNotInSource(engine, [
      // A place's name after the role opens a clause about its holders: "the ambassadors [whom] Peru sent home".
      'what were the names of the ambassadors Peru sent home in earlier years?',
      // "The Mexican ambassador": the role the demonym qualifies is still asked for.
      'who was the mexican ambassador peru threw out in an earlier spat',
      'tell me the names of the mexican ambassadors lima expelled in the past',
    ]);
    // A person's name after the role is whom the question is about; anyone in public life is no role.
    expect(engine.search('who is the foreign minister hugo de zela').hits[0]?.paragraph).toBe(2);
    expect(engine.search('who is the mexican president').hits[0]?.paragraph).toBe(4);
    expect(engine.search('who was the ecuadorian official mexico tried to protect').hits[0]?.paragraph).toBe(9);
  });

  it('declines "which <thing>" for a made thing the articles write only as a word describing another', () => {
    // ¶4's "a 25-year prison sentence" names no prison.
    expectNotInSource(engine, ['Which prison was Betssy Chavez held in?']);
    // Named or described where written as a thing: "the Mexican embassy in Lima", "the Caracas Convention".
    expect(engine.search('which embassy did chavez go to').hits[0]?.paragraph).toBe(4);
    expect(engine.search('which convention does mexico cite').hits[0]?.paragraph).toBe(7);
  });

  it('declines "which <role>" for a role the articles write only without a name ("released by a judge")', () => {
    expectNotInSource(engine, [
      'Which judge released Chávez in September 2025?',
      'which mexican ambassadors did peru declare persona non grata before? names?',
      // "What" before a singular role asks the same; so does Spanish, through the word's one translation.
      'what judge freed chavez',
      '¿Qué juez liberó a Chávez?',
    ]);
    // "What" before a plural ("what prosecutors are asking for") or before the noun it describes ("what prison
    // sentence") asks something else; a Spanish word an alias reads as a topic ("¿qué pasará?") names no role.
    expect(engine.search('What prison sentence do prosecutors seek?').hits[0]?.paragraph).toBe(4);
    expect(engine.search('what minister announced the rupture').hits[0]?.paragraph).toBe(2);
    expect(engine.search('¿Qué pasará en el futuro entre los dos países?').hits[0]?.paragraph).toBe(12);
    // Roles the articles give with a name ("then-President Andrés Manuel López Obrador", "Mexican leaders, including
    // Sheinbaum") are answered, and so is "what prosecutors are asking for" (what they ask, not which they are).
    expect(engine.search("which mexican president gave asylum to castillo's family").hits[0]?.paragraph).toBe(6);
    expect(
      engine.search('Which Mexican leader publicly confirmed that Chavez was being given asylum?').hits[0]?.paragraph,
    ).toBe(4);
    expect(engine.search('which ex premier did mexico give shelter to').answered).toBe(true);
    // A holder named a few words off ("Pedro Castillo, a leftist former teacher"), standing as a pronoun ("accuse her
    // of being an accomplice"), or described ("Peruvian prosecutors", "ordinary citizens").
    expect(engine.search('which teacher became president').hits[0]?.paragraph).toBe(3);
    expect(engine.search('which accomplice got asylum').answered).toBe(true);
    expect(engine.search('which prosecutors accuse chavez').hits[0]?.paragraph).toBe(4);
    expect(engine.search('which citizens are affected').hits[0]?.paragraph).toBe(11);
    // Only where the best paragraph writes the role itself: the ambassador expelled is ¶5's chargée d'affaires.
    expect(engine.search('which ambassador did peru kick out').hits[0]?.paragraph).toBe(5);
    expect(
      engine.search('Describe the charges Betssy Chávez is facing and what prosecutors are asking for.').hits[0]
        ?.paragraph,
    ).toBe(4);
  });

  it('reads "when does X end", "¿cuándo termina …?" as a date still to come, which no paragraph gives', () => {
    expectNotInSource(engine, [
      "When does Claudia Sheinbaum's term as president end?",
      '¿Cuándo termina el mandato de Sheinbaum?',
      '¿Cuándo termina el juicio de Betssy Chávez?',
    ]);
  });

  it('reads a sentence asked when ("¿cuándo se espera la sentencia?") as the court\'s decision, which ¶4 does not give', () => {
    expectNotInSource(engine, [
      '¿Para cuándo está programada la sentencia del juicio de Betssy Chávez?',
      '¿Cuándo se espera la sentencia de Chávez?',
      '¿Cuándo está prevista la sentencia de Chávez?',
    ]);
    expectNotInSource(engine, ['cuando sale la sentencia de chavez']);
    // The sentence the prosecutors seek is ¶4's, asked with a "cuando" that joins clauses or asks of another part;
    // unaccented, before a verb of saying, "cuando" joins a clause.
    for (const question of [
      '¿Qué sentencia piden para Chávez?',
      'que sentencia pide la fiscalia cuando la acusa de rebelion',
      'la sentencia y cuando la encarcelaron',
      '¿hasta cuándo estuvo presa sin sentencia?',
      '¿cuándo fue encarcelada chavez, la que enfrenta una sentencia de 25 años?',
      'cuando dice sentencia de 25 años, es lo que pide la fiscalia?',
    ])
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(4);
  });

  it('reads a request wrapping a question as the question inside it, not as yes or no', () => {
    expect(asksYesOrNo('can someone explain what castillo did', false)).toBe(false);
    expect(asksYesOrNo('do you know when peru cut ties', false)).toBe(false);
    expect(asksYesOrNo('can mexico grant asylum to anyone', false)).toBe(true);
    expect(engine.search('can someone explain how the caracas convention works here').hits[0]?.paragraph).toBe(7);
    // The question inside is read as asked directly: a date the articles do not give is declined.
    expectNotInSource(engine, ['do you know when glas was released', 'does anyone know when chavez was arrested']);
    // A line opening with a "when" clause asks what follows it.
    expect(engine.search('when mexico gave asylum was that legal?').hits[0]?.paragraph).toBe(7);
  });

  it('reads a name right after a word as its subject only when nothing stands between them', () => {
    // "El embajador de Perú en México": whose ambassador, never named.
    expect(engine.search('¿Cómo se llama el embajador de Perú en México?').answered).toBe(false);
  });

  it('declines a quotation asked of someone the articles never quote', () => {
    expectNotInSource(engine, ['is there an exact quote from castillo', '¿Hay alguna cita textual de Castillo?']);
    expect(engine.search('any quotes from de zela').hits[0]?.paragraph).toBe(2);
  });

  it('reads the end of a term as the ouster ¶3 tells, and nothing else of it', () => {
    expect(engine.search('¿Cómo terminó el mandato de Dina Boluarte?').hits[0]?.paragraph).toBe(3);
    expectNotInSource(engine, ['¿Cuánto dura el mandato de Jerí?']);
    expect(engine.search('¿Ha vuelto a abrir la embajada?').answered).toBe(false);
  });

  it('keeps an abbreviation without vowels a word ("ddhh", "cdmx"): only laughter ("jsjs") is chat', () => {
    expect(engine.search('¿hubo violación de ddhh en el caso?').answered).toBe(false);
    expect(engine.search('¿hubo marchas en cdmx?').answered).toBe(false);
  });

  it('answers a date asked of someone named only where a paragraph tells the event, not a title', () => {
    // ¶1 dates the announcement "under President Jose Jeri"; no paragraph dates his rise to the presidency, nor a
    // restoring of Mexico's relations with Ecuador.
    expectNotInSource(engine, [
      'what date was jeri sworn in as president',
      'when did mexico and ecuador restore their relations',
      'When did Mexico and Ecuador restore diplomatic relations?',
      // No article writes of an election: a word it never has tells the event as much.
      'What year was Pedro Castillo elected president?',
      'when was Jeri elected president',
    ]);
    // Not an everyday word no article has ("drop" for breaking relations), nor a typo ("becme"): the date stands.
    expect(engine.search('wait so when did peru actually drop mexico lol what date 💀').hits[0]?.paragraph).toBe(1);
    expect(engine.search('dina bolaurte when did she becme presdent').hits[0]?.paragraph).toBe(3);
    expect(engine.search('when was castillo arrested').hits[0]?.paragraph).toBe(3);
    // "Fall out" is breaking diplomatic relations: ¶9's "broke off relations" tells it, "diplomatic" a sentence before.
    expect(engine.search('when did mexico and ecuador fall out').hits[0]?.paragraph).toBe(9);
    expect(engine.search('when did chavez enter the embassy').hits[0]?.paragraph).toBe(4);
    expect(
      engine.search('hold up mexico did this exact thing with ecuador before?? when was that').hits[0]?.paragraph,
    ).toBe(9);
  });

  it('reads fixing, renewing or getting back relations as the making up ¶12 leaves open, never as the break', () => {
    // ¶9 dates Mexico's break with Ecuador and ¶1 Peru's with Mexico; no paragraph tells either repaired.
    expectNotInSource(engine, [
      'so when did ecuador and mexico fix their ties',
      'did mexico and peru get their diplomatic ties back in december',
      'have ecuador and mexico renewed their relations yet',
      'did ecuador and mexico normalise ties after the quito raid',
    ]);
    // Asked of what is to come, it is ¶12's open question whether the rupture is temporary.
    expect(engine.search('could mexico and peru rebuild their relations someday').hits[0]?.paragraph).toBe(12);
  });

  it('answers a length of time asked of someone named only where a paragraph tells what lasted', () => {
    // ¶9 names Jorge Glas and Ecuador but tells of no prison, nor how long he has been held.
    expectNotInSource(engine, ['How long has Jorge Glas been in prison in Ecuador?']);
    // What lasted may be a word of saying or doing ("protest", "pushed out"): ¶3 tells both.
    expect(engine.search('how long ago was boluarte pushed out of power').hits[0]?.paragraph).toBe(3);
    expect(engine.search("How long did Castillo's supporters protest?").hits.map((hit) => hit.paragraph)).toContain(3);
    expect(engine.search('how long was chavez in prison').hits[0]?.paragraph).toBe(4);
    // A verb may be told in other words: ¶6's "support" is Mexico siding with Castillo since 2022.
    expect(engine.search('how long has sheinbaum been siding with castillo').hits[0]?.paragraph).toBe(6);
    expect(engine.search('¿cuánto tiempo lleva sheinbaum defendiendo a castillo?').hits[0]?.paragraph).toBe(6);
  });

  it('answers how long a spell that is over lasted only with a length of time or both its ends', () => {
    // ¶6 dates López Obrador's asylum to 2022, ¶9 the Quito raid to April 2024: where one date is given, the spell
    // asked about began or ended there, and how long it was is not told.
    expectNotInSource(engine, [
      'How long was López Obrador in power?',
      'how long was Glas kept at the embassy in Quito',
      'how long had Jorge Glas been sheltering in the Mexican embassy',
      '¿cuánto tiempo estuvo López Obrador en el poder?',
    ]);
    // Both ends in one sentence (¶4: imprisoned in June 2023, released in September 2025), or since when (¶3).
    expect(engine.search('how long was Chávez behind bars before the judge freed her').hits[0]?.paragraph).toBe(4);
    expect(engine.search('how long had Peru and Mexico been feuding').hits[0]?.paragraph).toBe(3);
  });

  it('answers who did something to someone named only where a paragraph tells what was done', () => {
    // ¶3 names Boluarte and what she became, no prime minister she appointed; no paragraph tells of a Copa América.
    expectNotInSource(engine, ['Who did Dina Boluarte appoint as her prime minister?']);
    // An adverb, or an everyday word no article writes, tells no event of its own: what is told of the name answers.
    expect(engine.search('who did chavez allegedly help').hits[0]?.paragraph).toBe(4);
    expect(engine.search('who did de zela attack').hits.map((h) => h.paragraph)).toContain(2);
    expect(engine.search('Who did Dina Boluarte appoint as her prime minister?').decline?.mentions[0]?.paragraph).toBe(
      3,
    );
    expect(engine.search('who did peru expel').hits[0]?.paragraph).toBe(5);
    expect(engine.search('who did Sheinbaum call a victim of a coup').hits[0]?.paragraph).toBe(6);
    expect(engine.search('who did mexico give asylum to in 2022').hits[0]?.paragraph).toBe(6);
    expect(
      engine.search('who got expelled from lima + how long do they have to leave??').hits.map((h) => h.paragraph),
    ).toContain(5);
    // "Daily" is a word of the name "Mexico News Daily" (¶2), not something told of it; "de Zela" is who is named.
    expectNotInSource(engine, ['Who owns Mexico News Daily?', 'Who founded Mexico News Daily?']);
    // The name is mentioned where it is written as one: ¶2's "Mexico News Daily", not ¶1's everyday "new".
    const owner = engine.search('Who owns Mexico News Daily?').decline;
    expect(owner?.subject).toBe('Mexico News Daily');
    expect(owner?.mentions.map((m) => m.paragraph)).toEqual([2]);
    expect(engine.search('who did de Zela talk to according to Mexico News Daily').hits[0]?.paragraph).toBe(2);
    expect(engine.search('what did sheinbaum say at her daily press briefing').hits[0]?.paragraph).toBe(8);
    // A hyphenated compound is what the question asked about, as the index reads it ("self-coup": ¶3's "attempted
    // self-coup").
    expect(engine.search('who attempted a self-coup').hits[0]?.paragraph).toBe(3);
    expect(engine.search('when was the self-coup').hits[0]?.paragraph).toBe(3);
    // "Who's …" asks about someone, as "who is …" does.
    expect(engine.search("who's jorge glas again lol i forgot already").hits[0]?.paragraph).toBe(9);
  });

  it('asks for a role by name only where a name stands beside the role', () => {
    expect(engine.search('Who is the foreign minister of Peru?').hits[0]?.paragraph).toBe(2);
    expect(engine.search('What is the name of the judge who freed Chavez?').decline?.reason).toBe('not-in-source');
  });

  it('needs more of a question covered when it names someone or something no article writes ("Lula", "the OAS")', () => {
    for (const question of [
      "what is Lula's view on the peru mexico break",
      "what's the OAS position on the peru mexico break",
    ]) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(false);
      // Without the unwritten name the rest is answered: the name is what the article lacks.
      const rest = question.replace(/Lula's |OAS /, '');
      expect(engine.search(rest).answered, rest).toBe(true);
    }
    // A capitalised word that opens a sentence is no name ("… ruptura? Explícalo en 3 líneas.").
    const lines =
      '¿Qué tendencia regional en América Latina señala el artículo a partir de esta ruptura? Explícalo en 3 líneas.';
    expect(engine.search(lines).hits[0]?.paragraph).toBe(11);
    // A short word WordNet lists is chat ("rn", "fr") unless it is an initialism in capitals in a question that does
    // not shout.
    const labels = (q: string) => engine.understand(q).map((c) => c.label);
    expect(labels("what's the OAS position on the peru mexico break")).toContain('oas');
    expect(labels("WHAT'S THE OAS POSITION ON THE PERU MEXICO BREAK")).not.toContain('oas');
    expect(labels("what's the oas position on the peru mexico break")).not.toContain('oas');
    // Names the articles write are no such name.
    expect(engine.search('what did the SRE say about the Caracas Convention').hits[0]?.paragraph).toBe(7);
    // Nor is a title beside a name ("Foreign Minister Hugo de Zela"); but capitalised words the articles have apart,
    // never in a row, are one ("international law" in ¶7, a "court" nowhere near "justice").
    expect(engine.search('What did Foreign Minister Hugo de Zela say?').hits[0]?.paragraph).toBe(2);
    expect(
      engine.search('Could Peru take Mexico to the International Court of Justice over the asylum?').answered,
    ).toBe(false);
  });

  it('declines a yes-or-no question about named people or things when the paragraph holds only their names', () => {
    const binding = 'Is the Caracas Convention binding on countries that never signed it?';
    expect(engine.search(binding).answered).toBe(false);
    // Asked as a question word, the same names and words are read as asking what the paragraph says of them.
    expect(engine.search('what does the Caracas Convention say about countries that never signed it?').answered).toBe(
      true,
    );
    // What the paragraph does tell of them is answered: ¶5 (the expulsion), ¶7 (the convention invoked).
    expect(engine.search('Did Peru expel the Mexican chargée d’affaires?').hits[0]?.paragraph).toBe(5);
    expect(engine.search('Did Mexico invoke the Caracas Convention?').hits[0]?.paragraph).toBe(7);
    // Not a yes-or-no question: the same names with an unheld word are still answered ("keeps bringing up").
    expect(engine.search('whats the caracas convention thing mexico keeps bringing up').hits[0]?.paragraph).toBe(7);
  });

  it('answers a yes-or-no question about a person, or a kind of theirs, only where a sentence about them tells it', () => {
    // ¶1 names Jerí and "ideological divides", ¶3 Jerí and the "leftist" Castillo: neither says what Jerí is.
    expectNotInSource(engine, ['is jose jeri right wing', 'is sheinbaum left wing']);
    expect(engine.search('is castillo a leftist').hits[0]?.paragraph).toBe(3);
    // So is a kind asked of a person ("whats X's …"): ¶4's 25-year sentence is sought for the "her" of Betssy Chavez,
    // whom its first sentence names first, not for Castillo named after her.
    expectNotInSource(engine, ["whats castillo's sentence", "what is castillo's sentence"]);
    expect(engine.search("whats chavez's sentence").hits[0]?.paragraph).toBe(4);
    // Chat asks yes or no without "¿"; ¶4's "She has denied knowing about Castillo's plan" is still about Chávez, so
    // its "she … requested asylum" is no answer about Castillo (¶3: he was arrested seeking asylum at the embassy).
    expect(asksYesOrNoInChat('castillo tmb quiso pedir asilo en la embajada de mexico?? 👀👀')).toBe(true);
    expect(asksYesOrNoInChat('q paso con castillo??')).toBe(false);
    expect(engine.search('castillo tmb quiso pedir asilo en la embajada de mexico?? 👀👀').hits[0]?.paragraph).toBe(3);
    // A sentence referring back to her by pronoun, after the paragraph names her: "She has denied knowing …" (¶4).
    expect(engine.search('did chavez admit she knew abt the plan or nah').hits[0]?.paragraph).toBe(4);
    // A compound told as written: ¶3's "His move—widely condemned as an attempted self-coup" is of Castillo.
    expect(engine.search("was castillo's move a self-coup?").hits[0]?.paragraph).toBe(3);
  });

  it('reads a person named in a clause of time ("after what Castillo did") as saying when, not whom it asks about', () => {
    // ¶3 tells the mass protests in a sentence of their own, after the one naming Castillo.
    for (const q of [
      'Were there protests after what Castillo did?',
      "were there protests after castillo's move",
      '¿Hubo protestas después de lo que hizo Castillo?',
    ])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(3);
    // A thing asked of the person ("for", "from", "against" them) is told in a sentence about them, and no paragraph
    // gives Castillo a sentence, or Boluarte a statement. (Nor is "after Chávez got asylum" a clause of time whose
    // person may go unnamed: ¶3's protests of 2022 are no answer.)
    expectNotInSource(engine, [
      'was there a prison sentence for castillo',
      'is there any statement from boluarte',
      'were there any protests against sheinbaum',
    ]);
    expect(engine.search('were there protests after chavez got asylum').hits[0]?.paragraph).not.toBe(3);
    // "Following", "since" open such a clause as "after" does.
    for (const q of [
      "were there protests following castillo's arrest",
      "did tensions rise since castillo's failed coup",
    ])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(3);
    // The main clause's claim is what must be told, wherever the clause's person is named: ¶5's expulsion.
    expect(engine.search("did peru expel anyone after chavez's asylum?").hits[0]?.paragraph).toBe(5);
    // What is asked must still be told: no paragraph imposes sanctions.
    expectNotInSource(engine, ['did peru impose sanctions after what castillo did']);
    // "Came after Castillo" names his successors, of whom the question asks: ¶6.
    expect(
      engine.search('Did Mexico’s president doubt whether the people who came after Castillo were rightful leaders?')
        .hits[0]?.paragraph,
    ).toBe(6);
  });

  it('declines a yes-or-no question about a thing no article names unless most of the question is covered', () => {
    expectNotInSource(engine, [
      'Did Peru give Chavez safe-conduct to leave the country and fly to Mexico?',
      'did peru give chavez safe passage so she could fly to mexico',
      // Spanish asks yes or no with "¿" and no question word ("para que" is none).
      '¿Perú le va a dar salvoconducto a Betssy para que viaje a México?',
    ]);
    // A place no article names at all is off the article's topic.
    expect(engine.search('¿Bolivia también ha roto relaciones con México alguna vez por un asilo?').answered).toBe(
      false,
    );
    // WordNet's hyphenated compound is one thing named, not two everyday words.
    const safeConduct = engine.understand('Did Peru give Chavez safe-conduct?').find((c) => c.label === 'safeconduct');
    expect(safeConduct?.weight).toBe(1);
    // Every word held: answered.
    expect(engine.search('Did Peru give Chavez asylum?').answered).toBe(true);
    // An everyday Spanish word is no such thing ("rato" is judged a noun by its cognate "rat"), and a request is no
    // yes-or-no question.
    expect(
      engine.search('¿Ya se sabe si el corte de relaciones va a ser para siempre o solo por un rato?').hits[0]
        ?.paragraph,
    ).toBe(12);
    expect(engine.search('Compara la postura de Perú y la de México sobre el asilo concedido a Chávez.').answered).toBe(
      true,
    );
  });

  it('needs more of a question covered when it asks of a place no article names, however written', () => {
    for (const question of [
      '¿Cómo está la relación diplomática de México con Bolivia?',
      'y mexico tiene relaciones con venezuela ahorita o tmb se peleo',
    ]) {
      expect(engine.search(question).answered, question).toBe(false);
      // The same question of a place the article names is answered (¶9: Mexico broke relations with Ecuador).
      const known = question.replace(/Bolivia|venezuela/, 'Ecuador');
      expect(engine.search(known).answered, known).toBe(true);
    }
    // Also a place found only through a looser word of it: "the US" as "the States", ¶7's asylum-granting "state".
    expect(engine.search('ngl does the US have an opinion on any of this lol').answered).toBe(false);
    expect(engine.search('what did the US do').answered).toBe(false);
    // What such a place said or whether it did something is not told, however much of the rest a paragraph covers.
    expect(engine.search('did the US react at all to peru cutting ties w mexico').answered).toBe(false);
    // "America" alone is no "Latin America", the only America the article writes: off topic, as "the US" is, with no
    // paragraphs offered for Latin America.
    for (const question of [
      'what did america say about the break',
      'did america react',
      'causa quien gano la copa america 2024?',
    ]) {
      expect(engine.search(question).answered, question).toBe(false);
      expect(engine.search(question).decline, question).toMatchObject({ reason: 'off-topic', mentions: [] });
    }
    expect(engine.search('how did latin america react').hits.map((hit) => hit.paragraph)).toContain(11);
    expect(engine.search('did Mexico react at all to peru cutting ties').hits.map((hit) => hit.paragraph)).toContain(8);
    // Where the asker is, not whom the question asks about: "I'm in the US, what did Sheinbaum say …" is answered.
    expect(
      engine.search("I'm a student in the US, what did Sheinbaum say about Peru's reaction?").hits[0]?.paragraph,
    ).toBe(8);
    expect(
      engine.search("did sheinbaum call castillo's removal a coup, like some in the US say?").hits[0]?.paragraph,
    ).toBe(6);
    // A common word WordNet files as a place is no place named: "which news site quoted de zela" is ¶2.
    expect(engine.search('which news site quoted de zela').hits[0]?.paragraph).toBe(2);
  });

  it('declines a statement nobody in the article made', () => {
    const response = engine.search('What did Colombia say about the asylum?');
    expect(response.answered).toBe(false);
  });

  it('declines a statement by a person the article only speaks of, and finds those who speak of them', () => {
    // Castillo is named in de Zela's quotation (¶2), after "accused of" (¶1) and after Sheinbaum's "called"
    // (¶6): he says nothing in the article.
    expect(engine.search('What has Pedro Castillo said about Betssy Chavez being granted asylum?').answered).toBe(
      false,
    );
    expect(engine.search('What did Sheinbaum say about Castillo?').hits[0]?.paragraph).toBe(6);
    // "'…,' de Zela told journalists": the quotation comes first, yet de Zela speaks (and announces, before it).
    expect(engine.search('What did Hugo de Zela tell journalists?').hits[0]?.paragraph).toBe(2);
    // In Spanish too, the speaker written as a name, and a question mark after it; the translation's search cannot
    // tell who speaks, so it does not answer in the English search's stead.
    expectNotInSource(engine, [
      '¿Qué opinó Pedro Castillo sobre el asilo que México le dio a Betssy Chávez?',
      '¿Qué dijo Castillo?',
    ]);
    // Sheinbaum speaks in ¶6 ("has called Castillo …") and ¶8 ("described Peru's reaction …").
    expect([6, 8]).toContain(engine.search('¿Qué dijo Sheinbaum?').hits[0]?.paragraph);
  });

  it('takes a person named after another before the verb of saying as spoken of, not speaking', () => {
    // ¶5: "President Jeri backed these statements, expelling … Karla Ornelas, and ordering her to leave": Jeri orders.
    const ornelas = engine.search('did karla ornelas say anything when she got expelled');
    expect(ornelas.answered).toBe(false);
    // Named as the article writes her, where it does (not every paragraph of "chargée d'affaires"' "affairs").
    expect(ornelas.decline).toMatchObject({ reason: 'not-in-source', subject: 'Karla Ornelas', speaker: true });
    expect(ornelas.decline?.mentions.map((m) => m.paragraph)).toEqual([5]);
    const question = 'how did karla ornelas react to getting expelled';
    expect(renderConsole(runCommand('ask', { question }, 'en', context), 'en')).toContain(
      '**Karla Ornelas** (¶5) but does not give any words of theirs',
    );
    // A speaker's own first name is no one else before them: "Claudia Sheinbaum, speaking …, described".
    expect(engine.search('How did Sheinbaum respond to the break in relations?').hits[0]?.paragraph).toBe(8);
    expect(engine.search('what did jeri say').answered).toBe(true);
    // Asked with other verbs of saying, and with a Spanish clause of when ("al ser expulsada").
    for (const q of [
      'what did ornelas declare',
      '¿Qué dijo Karla Ornelas al ser expulsada?',
      '¿Qué contestó Ornelas tras ser expulsada?',
    ])
      expect(engine.search(q).decline, q).toMatchObject({ reason: 'not-in-source', speaker: true });
    expect(engine.search('¿Qué declaró de Zela al anunciar la ruptura?').hits[0]?.paragraph).toBe(2);
    // A word of chat beside the speaker is no unknown speaker: de Zela speaks in ¶2.
    expect(engine.search('what did the foreign minister guy say').hits[0]?.paragraph).toBe(2);
    // A plural speaker's verb has no ending: "Peruvian prosecutors accuse her …" (¶4) is what they say.
    for (const q of ['what did the prosecutors say', 'what did peruvian prosecutors claim'])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(4);
    // "The state" is no speaker "the" stating: what the state accuses her of is ¶4's charge.
    expect(engine.search('what did the state accuse chavez of').hits[0]?.paragraph).toBe(4);
  });

  it("puts first, when only a person's words are asked for, the paragraph where they say most", () => {
    // ¶8: "Claudia Sheinbaum … described Peru's reaction …" and "She emphasized that …"; ¶4 and ¶6 one sentence each.
    expect(engine.search('what did sheinbaum say').hits[0]?.paragraph).toBe(8);
    // A topic asked about still decides: what she said of Castillo is ¶6.
    expect(engine.search('What did Sheinbaum say about Castillo?').hits[0]?.paragraph).toBe(6);
  });

  it('reads a Spanish "lo que dijo X" as what was said, not a question of what X said', () => {
    for (const q of [
      '¿De qué periódico o medio sacan lo que dijo el canciller a la prensa?',
      '¿El presidente peruano respaldó lo que dijo su canciller o se desmarcó?',
    ])
      expect(
        answerTypeOf(q, () => false),
        q,
      ).toBeUndefined();
    // "Cómo reaccionó … cuando": what follows the verb is when, not who.
    expect(
      answerTypeOf('y la presi de mexico como reacciono cuando peru rompio? se enojo?', () => false),
    ).toBeUndefined();
    expect(
      engine.search('¿El presidente peruano respaldó lo que dijo su canciller o se desmarcó?').hits[0]?.paragraph,
    ).toBe(5);
  });

  it('reads a place in the text as the text itself, and declines a detail of it without naming a subject', () => {
    // "The conclusion" is indexed as a term of the last paragraph, which no word writes: these once threw.
    expect(engine.search('what did the last paragraph say about the future').hits[0]?.paragraph).toBe(12);
    expect(
      engine.search('What did the conclusion of the article say about the future of Peru–Mexico relations?').hits[0]
        ?.paragraph,
    ).toBe(12);
    for (const [question, lang] of [
      ['when did the conclusion say it happened', 'en'],
      ['how many countries does the conclusion mention', 'en'],
      ['¿cuántos países menciona la conclusión?', 'es'],
    ] as const) {
      const response = engine.search(question);
      expect(response.decline, question).toMatchObject({ reason: 'not-in-source', mentions: [{ paragraph: 12 }] });
      expect(response.decline?.subject, question).toBeUndefined();
      const shown = renderConsole(runCommand('ask', { question }, lang, context), lang);
      expect(shown, question).toContain(lang === 'en' ? 'touches on this in ¶12' : 'trata de esto en ¶12');
      expect(shown, question).not.toContain('****');
    }
  });

  it('renders the not-in-source decline with a button to each paragraph, in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const reply = runCommand('ask', { question: '¿Cuántos años tiene Karla Ornelas?' }, lang, context);
      expect(reply.tone).toBe('notice');
      expect(reply.buttons.map((b) => b.action)).toEqual([
        { command: 'source', args: ['paragraph', 'peru-mexico-rupture-2025', '5'] },
      ]);
      expect(renderConsole(reply, lang)).toContain(
        lang === 'en' ? 'mentions **Karla Ornelas** (¶5)' : 'aparece **Karla Ornelas** (¶5)',
      );
    }
  });

  it('names the subject in Spanish as the translation writes it: no English title', () => {
    const question = '¿De qué partido es José Jerí?';
    expect(renderConsole(runCommand('ask', { question }, 'en', context), 'en')).toContain(
      'mentions **President Jose Jeri** (¶1, ¶3, ¶5)',
    );
    const spanish = renderConsole(runCommand('ask', { question }, 'es', context), 'es');
    expect(spanish).toContain('En el artículo aparece **Jose Jeri** (¶1, ¶3, ¶5), pero no da ese dato');
    expect(spanish).not.toContain('President');
    // A subject the translation words otherwise ("minister": "canciller") is not shown in English.
    const minister = renderConsole(
      runCommand('ask', { question: '¿Quién es el canciller de México?' }, 'es', context),
      'es',
    );
    expect(minister).toContain('El artículo trata de esto en ¶');
    expect(minister).toContain('pero no da ese nombre');
    expect(minister).not.toMatch(/minister/i);
    // A name's particles are part of it: "Hugo de Zela", not "Hugo".
    const age = '¿Cuántos años tiene Hugo de Zela?';
    expect(renderConsole(runCommand('ask', { question: age }, 'en', context), 'en')).toContain('Hugo de Zela**');
    expect(renderConsole(runCommand('ask', { question: age }, 'es', context), 'es')).toContain(
      'aparece **Hugo de Zela** (',
    );
  });
});

describe('a view asked of someone with an everyday verb of opinion', () => {
  it('reads "reckon" and "believe" as asking what someone said', () => {
    // ¶8 names Chile and Colombia only as members of the Pacific Alliance: nothing they said.
    expectNotInSource(engine, [
      'what did colombia reckon about peru cutting ties',
      'what does chile believe about this',
    ]);
    // ¶8: Sheinbaum called Peru's reaction "completely out of proportion".
    expect(engine.search('what does sheinbaum reckon about the break').hits[0]?.paragraph).toBe(8);
  });
});
