// The actor passes one by one, each on a context of its own: organisations, people, organisations
// named as sides or by what they make, short names, acronyms, and mentions.
import { describe, expect, test } from 'vitest';
import { notAnActor } from '../src/ingest/extract/actor-checks.ts';
import { ActorIndex } from '../src/ingest/extract/actors/actor-index.ts';
import type { ActorContext } from '../src/ingest/extract/actors/context.ts';
import { findMentions } from '../src/ingest/extract/actors/mentions.ts';
import { findOrganisations } from '../src/ingest/extract/actors/organisations.ts';
import { findPeople } from '../src/ingest/extract/actors/people.ts';
import { findShortNames } from '../src/ingest/extract/actors/short-names.ts';
import { findAcronymNames } from '../src/ingest/extract/actors/acronym-names.ts';
import { findNamedSides } from '../src/ingest/extract/actors/sides.ts';
import { splitSentences } from '../src/ingest/extract/text.ts';
import { tokenize } from '../src/ingest/extract/tokens.ts';
import { parseArticle } from '../src/ingest/parse.ts';

function contextOf(...paragraphs: string[]): ActorContext {
  const article = parseArticle(
    [
      ' date 2026-04-16 Science',
      '',
      'A test story',
      '',
      'April 16, 2026 | 10:00',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n'),
  );
  const sentences = splitSentences(article);
  return {
    sentences,
    tokensOf: sentences.map((s) => tokenize(s)),
    body: article.body,
    index: new ActorIndex(),
    orgSpans: [],
    homeCountry: 'VN',
  };
}
/** The passes up to named sides, in extraction's order. */
function throughNamedSides(ctx: ActorContext): void {
  for (const pass of [findOrganisations, findPeople, findNamedSides]) pass(ctx);
}
/** The passes up to short names, in extraction's order. */
function throughShortNames(ctx: ActorContext): void {
  throughNamedSides(ctx);
  findShortNames(ctx);
}
const names = (ctx: ActorContext) => ctx.index.all().map((a) => `${a.name} (${a.kind})`);

describe('actor passes', () => {
  test('organisations: head nouns, acronyms, owners and parents', () => {
    const ctx = contextOf(
      'The National Innovation Centre (NIC) under the Ministry of Planning and Investment signed with the European Union.',
    );
    findOrganisations(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'National Innovation Centre (research_institute)',
        'Ministry of Planning and Investment (government_body)',
        'European Union (intergovernmental)',
      ]),
    );
    const nic = ctx.index.find('NIC')!;
    expect(nic.parentKey).toBe(ctx.index.find('Ministry of Planning and Investment')!.key);
    expect(ctx.orgSpans.length).toBeGreaterThanOrEqual(2);
  });

  test('people: a title before the name gives the title, the organisation and the country', () => {
    const ctx = contextOf('Deputy Minister of Science and Technology Tran Van Binh met Korean Ambassador Park Ji-won.');
    findOrganisations(ctx);
    findPeople(ctx);
    const binh = ctx.index.find('Tran Van Binh')!;
    expect(binh).toMatchObject({ kind: 'person', country: 'VN', title: 'Deputy Minister' });
    expect(ctx.index.get(binh.affiliationKey!)?.name).toBe('Ministry of Science and Technology');
    expect(ctx.index.find('Park Ji-won')).toMatchObject({ kind: 'person', country: 'KR', title: 'Ambassador' });
  });

  test('named sides: makers and the sides of a signing become organisations', () => {
    const ctx = contextOf(
      'The sensors were developed by Qubitrail. The deal between Nordvind and Sao Mai Energy was signed in May.',
    );
    throughNamedSides(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining(['Qubitrail (company)', 'Nordvind (company)', 'Sao Mai Energy (company)']),
    );
  });

  test('named sides after a nationality and lower-case descriptions, and a name between commas after a description with its own field', () => {
    const ctx = contextOf(
      'Sales fell, while the Norwegian state-owned Nordkraft signed an agreement with Sao Mai Energy.',
      "It was signed by Finland's national institute for polar science, Arktika, and the University of Tromsø.",
      'A Dutch firm, Kestrow said, will join.',
    );
    throughNamedSides(ctx);
    expect(ctx.index.find('Nordkraft')).toMatchObject({ kind: 'company' });
    expect(ctx.index.find('Arktika')).toMatchObject({ kind: 'research_institute', country: 'FI' });
    // A description, a comma and a name not closed by a comma, "(" or "and" is no apposition.
    expect(ctx.index.find('Kestrow')).toBeUndefined();
  });

  test('mentions: full names, acronyms and a surname alone, each in its sentence', () => {
    const ctx = contextOf(
      'Deputy Minister Tran Van Binh visited the Vietnam Academy of Science and Technology (VAST).',
      'Binh said VAST would lead the work.',
    );
    throughNamedSides(ctx);
    const mentions = findMentions(ctx);
    const bySentence = (i: number) => mentions.filter((m) => m.sentence === i).map((m) => ctx.index.get(m.key)!.name);
    expect(bySentence(2)).toEqual(['Tran Van Binh', 'Vietnam Academy of Science and Technology']);
    expect(ctx.index.find('Binh')?.name).toBe('Tran Van Binh');
  });

  test("names in institutions' own languages, a campus after a university, a country after a name the story also writes without it", () => {
    const ctx = contextOf(
      'Mahidol University of Thailand and Karolinska Institutet met the University of Texas at San Antonio and Politecnico di Milano.',
      'Mahidol University will host the next meeting with Universitas Gadjah Mada.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Karolinska Institutet (research_institute)',
        'University of Texas at San Antonio (university)',
        'Politecnico di Milano (university)',
        'Universitas Gadjah Mada (university)',
      ]),
    );
    expect(ctx.index.find('Mahidol University of Thailand')).toMatchObject({
      name: 'Mahidol University',
      country: 'TH',
    });
  });

  test('a mission keeps its nationality; company names by their last word; an honorific makes a person; a name before a verb of speech', () => {
    const ctx = contextOf(
      'The Chinese Embassy in Bangkok welcomed GeoViet Analytics and Formosa Capital Securities.',
      'Receiving Lee, the minister thanked Prof. Rachel Whitfield.',
      '“The plant will open in 2027,” Joost van Rijn said, while Minister of Health Tran Van Thuan said it was welcome.',
    );
    throughShortNames(ctx);
    // As a side pass would offer it.
    const { key: _key, aliases: _aliases, ...draft } = ctx.index.find('GeoViet Analytics')!;
    ctx.index.upsert({ ...draft, name: 'Prof. Rachel Whitfield', kind: 'company' });
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Chinese Embassy in Bangkok (government_body)',
        'GeoViet Analytics (company)',
        'Formosa Capital Securities (company)',
        'Joost van Rijn (person)',
        'Tran Van Thuan (person)',
        'Rachel Whitfield (person)',
      ]),
    );
    expect(names(ctx).filter((n) => /Receiving|Health Tran|Prof\./.test(n))).toEqual([]);
  });

  test("an ampersand inside a name, a campus's city after it, a province's bodies by the province's name", () => {
    const ctx = contextOf(
      'Korea Hydro & Nuclear Power Co. met Wageningen University & Research and the Indian Institute of Technology Madras.',
      'The event was hosted by the Bac Ninh provincial People’s Committee, and the provincial Department of Planning and Investment signed an MoU.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Korea Hydro & Nuclear Power Co. (company)',
        'Wageningen University & Research (university)',
        'Indian Institute of Technology Madras (research_institute)',
        'Bac Ninh People’s Committee (government_body)',
        'Bac Ninh Department of Planning and Investment (government_body)',
      ]),
    );
  });

  test("a university's campus city after a comma or a dash, unless another name goes on from it", () => {
    const ctx = contextOf(
      'They met Vietnam National University, Hanoi (VNU), Vietnam National University – Ho Chi Minh City, Hanoi University, Hanoi University of Industry.',
    );
    findOrganisations(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Vietnam National University, Hanoi (university)',
        'Vietnam National University – Ho Chi Minh City (university)',
        'Hanoi University (university)',
        'Hanoi University of Industry (university)',
      ]),
    );
  });

  test("a research body's tail names its field in any words, up to another organisation or a place", () => {
    const ctx = contextOf(
      'The Fraunhofer Institute for Applied Optics and Precision Engineering met the Centre for Development of Telematics and the Fraunhofer Institute for Solar Energy Systems ISE.',
      'The Institute of Oceanography and Nha Trang University signed with the Ministry of Science and Technology Tran Van Binh leads.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Fraunhofer Institute for Applied Optics and Precision Engineering (research_institute)',
        'Centre for Development of Telematics (research_institute)',
        'Fraunhofer Institute for Solar Energy Systems ISE (research_institute)',
        'Institute of Oceanography (research_institute)',
        'Nha Trang University (university)',
        'Ministry of Science and Technology (government_body)',
      ]),
    );
  });

  test('a person by an appositive that says what they do, not the last words of a title before it', () => {
    const ctx = contextOf(
      'Dwi Hartanto, an agricultural economist at a think tank, said the plan was sound. Ratna Kusumawardhani, who leads the programme, agreed.',
      'Danish State Secretary for Climate, Energy and Utilities Kristian Møller Holm, who is leading a delegation, spoke.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(expect.arrayContaining(['Dwi Hartanto (person)', 'Ratna Kusumawardhani (person)']));
    expect(names(ctx).filter((n) => n.startsWith('Utilities'))).toEqual([]);
  });

  test('an organisation known only by its acronym, where it acts; not a currency, a technology or a name inside a longer one', () => {
    const ctx = contextOf(
      'JICA said it would fund the plant, which will make LFP cells worth NOK 2 billion.',
      'The plant matters to JICA, officials said, and PLN Nusantara Power will buy NOK 1 billion of LFP lines.',
    );
    for (const pass of [findOrganisations, findPeople, findNamedSides, findShortNames, findAcronymNames]) pass(ctx);
    expect(names(ctx)).toContain('JICA (government_body)');
    expect(names(ctx).filter((n) => /^(?:LFP|NOK|PLN) /.test(n))).toEqual([]);
  });

  test('a release\'s company names keep their legal forms, and its closing "About X" heading is no part of the name', () => {
    const ctx = contextOf(
      'Straitsgrid Energy Pte. Ltd. and Vayunetra Robotics Pvt. Ltd. signed with Cerrado Drones Ltda. on Monday.',
      'About Straitsgrid Energy Pte. Ltd.',
      'Straitsgrid builds floating solar farms.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Straitsgrid Energy Pte. Ltd. (company)',
        'Vayunetra Robotics Pvt. Ltd. (company)',
        'Cerrado Drones Ltda. (company)',
      ]),
    );
    expect(names(ctx).filter((n) => n.startsWith('About'))).toEqual([]);
  });

  test('a name the story goes on with after "better known as"; "General" opening a name before a head; a Vietnamese name ending in "An"', () => {
    const ctx = contextOf(
      'The pact was signed by the Nordvik Agricultural Research Corporation, better known as Nordagro, and by Director General Nguyen Van An of the General Department of Fisheries.',
      'Nordagro will send ten scientists.',
    );
    throughShortNames(ctx);
    const nordagro = ctx.index.all().find((a) => a.name === 'Nordvik Agricultural Research Corporation');
    expect([...(nordagro?.aliases ?? [])]).toContain('Nordagro');
    expect(names(ctx)).toEqual(
      expect.arrayContaining(['General Department of Fisheries (government_body)', 'Nguyen Van An (person)']),
    );
    expect(names(ctx).filter((n) => /Corporation,|Nguyen Van \(/.test(n))).toEqual([]);
  });

  test('a title with several qualifiers before a name: its country, its post, its place', () => {
    const ctx = contextOf(
      'The Ambassador of Norway to Vietnam, Ingrid Solberg Haugen, and Consul General of Italy in Da Nang Paola Ferri Conti attended, with Undersecretary for Research Rosa Lim-Santos.',
    );
    throughShortNames(ctx);
    const person = (name: string) => ctx.index.all().find((a) => a.name === name);
    expect(person('Ingrid Solberg Haugen')).toMatchObject({ kind: 'person', country: 'NO' });
    expect(person('Ingrid Solberg Haugen')?.title).toMatch(/^Ambassador of Norway to Vietnam/);
    expect(person('Paola Ferri Conti')).toMatchObject({ kind: 'person', country: 'IT' });
    expect(person('Rosa Lim-Santos')?.kind).toBe('person');
  });

  test('"and" inside a public body\'s name or between two adjectives; a second "and" starts another name; names honouring a person', () => {
    const ctx = contextOf(
      'The National Flood Forecasting and Warning Service, the Coastal Hydrographic and Geodetic Service and the Nordvik Institute of Science and Technology and Sao Mai Robotics met.',
      'Mohamed bin Rashid University of Medicine and King Chulalong’s Institute of Marine Studies signed with Tohoku University.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'National Flood Forecasting and Warning Service (government_body)',
        'Coastal Hydrographic and Geodetic Service (government_body)',
        'Nordvik Institute of Science and Technology (research_institute)',
        'Mohamed bin Rashid University of Medicine (university)',
        'King Chulalong’s Institute of Marine Studies (research_institute)',
      ]),
    );
    expect(
      names(ctx).filter((n) => /^(?:Warning Service|Geodetic Service|King Chulalong \(|Rashid University)/.test(n)),
    ).toEqual([]);
    const mbr = ctx.index.all().find((a) => a.name.startsWith('Mohamed bin'));
    expect([...(mbr?.aliases ?? [])]).not.toContain('Mohamed');
  });

  test('lower-case titles with a portfolio or a place, a name after an owner\'s title and a comma, "Chief" as an honorific, hyphenated roles', () => {
    const ctx = contextOf(
      'Thai deputy minister of higher education and innovation Somchai Rattanakul met Norway’s minister of state for digitalisation, Ingrid Solberg Haugen.',
      "Nordvik's chief representative in Hanoi, Aino Virtanen, said so, as did Vexora's managing director, Paulo Ferraz Lima.",
      'It was signed before the Minister of Science and Technology, Chief Adebayo Okonkwo Eze, in talks with Marta Lindqvist, the agency’s ambassador-at-large for research.',
    );
    throughShortNames(ctx);
    const person = (name: string) => ctx.index.all().find((a) => a.name === name);
    for (const name of [
      'Somchai Rattanakul',
      'Ingrid Solberg Haugen',
      'Aino Virtanen',
      'Paulo Ferraz Lima',
      'Adebayo Okonkwo Eze',
      'Marta Lindqvist',
    ])
      expect(person(name)?.kind, name).toBe('person');
    expect(person('Somchai Rattanakul')?.title).toMatch(/^Deputy minister of higher education and innovation/i);
    expect(person('Aino Virtanen')?.title).toMatch(/representative in Hanoi/i);
  });

  test('a shorter form of a person named before is that person, not another ("Dr. Al Harbi", "Minister Ferraz Lima", "Faisal Al-Harbi said")', () => {
    const ctx = contextOf(
      'The MoU was signed by Secretary-General Dr. Faisal bin Nasser Al-Harbi and Minister Paulo Ferraz Lima.',
      'Dr. Al-Harbi said the centre would open in May. Minister Ferraz Lima agreed. "It is a start," Faisal Al-Harbi said.',
    );
    throughShortNames(ctx);
    const people = ctx.index
      .all()
      .filter((a) => a.kind === 'person')
      .map((a) => a.name);
    expect(people.sort()).toEqual(['Faisal bin Nasser Al-Harbi', 'Paulo Ferraz Lima']);
    const harbi = ctx.index.all().find((a) => a.name === 'Faisal bin Nasser Al-Harbi')!;
    expect([...harbi.aliases]).toEqual(expect.arrayContaining(['Faisal Al-Harbi']));
  });

  test('a public body named by a list of fields with commas before its head; not companies listed that way', () => {
    const ctx = contextOf(
      'The Nordic Research, Development and Innovation Council and the Coastal Atmospheric, Geophysical and Oceanic Services Administration met Sao Mai, Vexora and Hanbit Group.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Coastal Atmospheric, Geophysical and Oceanic Services Administration (government_body)',
      ]),
    );
    expect(names(ctx).some((n) => n.startsWith('Nordic Research, Development and Innovation Council'))).toBe(true);
    expect(names(ctx).some((n) => n.startsWith('Sao Mai, Vexora'))).toBe(false);
    // "&" closes the list as "and" does.
    const amp = contextOf("It was co-funded by the United Kingdom's Foreign, Maritime & Development Office (FMDO).");
    throughShortNames(amp);
    expect(amp.index.find('FMDO')?.name).toBe('Foreign, Maritime & Development Office');
  });

  test('a one-word short name in parentheses that the story goes on using, whatever its letters', () => {
    const ctx = contextOf(
      'The Nordic Agricultural Research Corporation (Agrinor) and Tohoku University signed an agreement.',
      'Agrinor will send scientists. Agrinor and Tohoku University will share data.',
    );
    throughShortNames(ctx);
    const corp = ctx.index.all().find((a) => a.name === 'Nordic Agricultural Research Corporation');
    expect([...(corp?.aliases ?? [])]).toContain('Agrinor');
    expect(names(ctx).filter((n) => n.startsWith('Agrinor'))).toEqual([]);
  });

  test('a name after "<place>-based"; an acronym after ", or"', () => {
    const ctx = contextOf(
      'Abu Dhabi-based Qasr Digital Infrastructure and Hanoi-based Sao Mai Robotics signed with the Nordvik Research Institute, or NRI, on Monday.',
    );
    throughShortNames(ctx);
    const actor = (name: string) => ctx.index.all().find((a) => a.name === name);
    expect(actor('Qasr Digital Infrastructure')).toMatchObject({ kind: 'company', country: 'AE' });
    expect(actor('Sao Mai Robotics')).toMatchObject({ country: 'VN' });
    expect([...(actor('Nordvik Research Institute')?.aliases ?? [])]).toContain('NRI');
  });

  test('honorifics of South Asia and the Gulf, ranks, "Minister of State" and long country forms in titles', () => {
    const ctx = contextOf(
      'Chairman Lt Gen (retd) Tariq Mehmood Qureshi and Shri Anand Prakash Verma met Engr. Bilal Ahmed Siddiqui.',
      'The MoU was signed by Governor Eng. Faisal bin Nasser Al-Harbi in the presence of Minister of State for Artificial Intelligence Omar Rashid Al Falasi.',
      'The Ambassador of the Kingdom of the Netherlands to Bangladesh Joost de Vries and HE British Ambassador to the State of Qatar Alan Whitcombe attended, as did Director for Marine Ecosystems Dr. Ingrid Solberg Haugen.',
    );
    throughShortNames(ctx);
    const person = (name: string) => ctx.index.all().find((a) => a.name === name);
    for (const name of [
      'Tariq Mehmood Qureshi',
      'Anand Prakash Verma',
      'Bilal Ahmed Siddiqui',
      'Faisal bin Nasser Al-Harbi',
      'Omar Rashid Al Falasi',
      'Joost de Vries',
      'Alan Whitcombe',
      'Ingrid Solberg Haugen',
    ]) {
      expect(person(name)?.kind, name).toBe('person');
    }
    expect(person('Joost de Vries')?.country).toBe('NL');
    expect(person('Alan Whitcombe')?.title).toMatch(/^Ambassador to (?:the )?State of Qatar/);
    // A junior minister's title names no ministry.
    expect(names(ctx).filter((n) => /^Ministry of (?:State|Artificial)/.test(n))).toEqual([]);
  });

  test('a demonym before a head after "of the" starts another name; "and" between gerunds stays inside a name; "the Kingdom" is no actor', () => {
    const ctx = contextOf(
      'The Marine Robotics Institute of the Norwegian Academy of Sciences and the Flood Forecasting and Warning Centre signed with Tohoku University.',
    );
    throughShortNames(ctx);
    expect(names(ctx)).toEqual(
      expect.arrayContaining([
        'Marine Robotics Institute (research_institute)',
        'Norwegian Academy of Sciences (research_institute)',
        'Flood Forecasting and Warning Centre (research_institute)',
      ]),
    );
    expect(notAnActor('Kingdom', 'company', 'The Kingdom will invest in the project.')).not.toBeNull();
    // A field written with capitals is no company; a company is.
    expect(notAnActor('Remote Sensing', 'company', 'Training in Remote Sensing starts in May.')).toBe('a technology');
    expect(notAnActor('Sao Mai Robotics', 'company', 'Sao Mai Robotics builds arms.')).toBeNull();
  });

  test('an acronym in parentheses marks where a name ends: not before a person joined by "and", and past a place inside the name', () => {
    const ctx = contextOf(
      'Agency chief Mirela Oduya and Nordic Polar Research Foundation (NPRF) programme head Ivo Stannard signed the plan.',
      'The Kestrel Institute Tromsø for Marine Sensing (KIT) hosts the buoys. The Belgian Nuclear Fuels and Radiation Safety Council (CSB) joins.',
      'The talks drew Deputy Director of the Chinese Academy of Forestry Sciences Wang Lihua and Korea Institute of Geoscience (KIGAM) president Park Sun-ho.',
    );
    throughShortNames(ctx);
    const all = names(ctx);
    expect(all).toEqual(
      expect.arrayContaining([
        'Nordic Polar Research Foundation (association)',
        'Kestrel Institute Tromsø for Marine Sensing (research_institute)',
        'Chinese Academy of Forestry Sciences (research_institute)',
      ]),
    );
    expect(all.filter((n) => /Oduya and|Sciences Wang/.test(n))).toEqual([]);
    expect(ctx.index.find('NPRF')?.name).toBe('Nordic Polar Research Foundation');
    expect(ctx.index.find('KIT')?.name).toBe('Kestrel Institute Tromsø for Marine Sensing');
    // Letters out of order after the "and": the name keeps its first half.
    expect(ctx.index.find('CSB')?.name).toBe('Belgian Nuclear Fuels and Radiation Safety Council');
    expect(ctx.index.find('Wang Lihua')?.kind).toBe('person');
  });

  test('"Minister Delegate" and a digital-transformation portfolio are titles; an owner before an acronym-defined name; a scheme is no body', () => {
    const ctx = contextOf(
      'Belgian Minister Delegate Anouk Verlinden met Deputy Prime Minister for Innovation and Digital Transformation Oleh Hrytsenko.',
      "On Friday, Moldova's State Inspectorate of Radio Frequencies and Signal Monitoring (SIRFSM) joined the Cyber Hygiene Labelling Scheme (CHLS).",
    );
    throughShortNames(ctx);
    expect(ctx.index.find('Anouk Verlinden')?.title).toBe('Minister Delegate');
    expect(ctx.index.find('Oleh Hrytsenko')?.kind).toBe('person');
    expect(names(ctx).filter((n) => /Delegate Anouk|Transformation Oleh/.test(n))).toEqual([]);
    const inspectorate = ctx.index.find('SIRFSM');
    expect(inspectorate?.name).toBe('State Inspectorate of Radio Frequencies and Signal Monitoring');
    expect(inspectorate?.country).toBe('MD');
    expect(ctx.index.find('CHLS')).toBeUndefined();
  });

  test("a person at a body's country office serves the body's country", () => {
    const ctx = contextOf(
      'The Korea International Cooperation Agency (KOICA) funds the project.',
      'It was signed by KOICA Laos Office Country Director Park Min-jae and Deputy Minister Somphone Keovilay.',
    );
    throughShortNames(ctx);
    expect(ctx.index.find('Park Min-jae')?.country).toBe('KR');
  });

  test('short names: a company or university by its first word, unless the word is a place, a word or ambiguous', () => {
    const ctx = contextOf(
      'Tohoku University and Cần Thơ University signed an agreement with Penang-based Kestrow Precision Engineering.',
      'Kestrow will build a plant, and Tohoku will train the engineers.',
      'Intel said Intel Products Vietnam would supply it. Nordlys Energy Ltd and Nordlys Shipping Ltd are sister firms.',
    );
    throughShortNames(ctx);
    const kestrow = ctx.index.find('Kestrow Precision Engineering')!;
    expect(kestrow.country).toBe('MY');
    expect(ctx.index.find('Kestrow')).toBe(kestrow);
    expect(ctx.index.find('Tohoku')?.name).toBe('Tohoku University');
    expect(ctx.index.find('Cần')).toBeUndefined();
    expect(ctx.index.find('Nordlys')).toBeUndefined();
    expect(ctx.index.find('Intel')?.name ?? 'Intel').toBe('Intel');
    const mentions = findMentions(ctx)
      .filter((m) => m.sentence === 2)
      .map((m) => ctx.index.get(m.key)!.name);
    expect(mentions).toEqual(['Kestrow Precision Engineering', 'Tohoku University']);
  });
});
