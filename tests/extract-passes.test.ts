// The passes added to extraction, each on its own: checks on actor candidates (Title-Case
// headlines, documents and joint committees, common words) and cooperation cues (sides named,
// countries, "the two sides" referring back, and list items after a cue).
import { describe, expect, test } from 'vitest';
import { isTitleCase, notAnActor } from '../src/ingest/extract/actor-checks.ts';
import { linkOf } from '../src/ingest/extract/cooperation-cues.ts';
import { extract, extractCandidates } from '../src/ingest/extract/index.ts';
import type { Candidates } from '../src/ingest/learn/decide.ts';
import { parseArticle } from '../src/ingest/parse.ts';

/** The candidates of a short article written here in the scraped layout (one reading window). */
function candidatesOf(title: string, paragraphs: string[]): Candidates {
  const text = [
    ' date 2026-04-16 Science',
    '',
    title,
    '',
    'April 16, 2026 | 10:00',
    '(0) user say',
    ...paragraphs.flatMap((p) => [p, '']),
    'By Test Writer',
    '',
    'TagTag:',
    'science',
    '',
    'ptbv2020',
  ].join('\n');
  return extractCandidates(parseArticle(text))[0]!;
}

/** The technologies of a one-sentence article. */
const technologySlugs = (sentence: string) => candidatesOf('News', [sentence]).base.technologies.map((t) => t.slug);
/** The kinds of event a one-sentence article tells. */
const eventKinds = (sentence: string) => candidatesOf('Officials meet', [sentence]).events.map((e) => e.event.kind);
/** The rules' partnership candidates (the cues' left out). */
const ruleCandidates = (c: Candidates) =>
  c.partnerships.filter((p) => p.features['src:rules'] === 1).map((p) => p.partnership);
/** The names of the organisations and people read (states left out). */
const actorNames = (c: Candidates) => c.base.actors.filter((a) => a.kind !== 'state').map((a) => a.name);
/** The days of the signings read, in order. */
const signingDays = (c: Candidates) =>
  c.events.filter((e) => e.event.kind === 'signing').map((e) => e.event.occurredOn);

describe('actor checks', () => {
  test('a headline that capitalises every word is Title Case; an ordinary one is not', () => {
    expect(isTitleCase('Deputy Minister Receives Finnish Research Delegation')).toBe(true);
    expect(isTitleCase('Vietnam and Finland agree to expand research cooperation')).toBe(false);
  });

  test('documents, programmes, joint committees, occasions and common words are not actors', () => {
    const story = 'The research was funded by a battery maker.';
    expect(notAnActor('Comprehensive Economic Partnership Agreement', 'company', story)).toMatch(/document/);
    expect(notAnActor('National Semiconductor Strategy', 'company', story)).toMatch(/document/);
    expect(notAnActor('Vietnam–Finland Joint Committee on Science and Technology', 'government_body', story)).toMatch(
      /mechanism/,
    );
    expect(notAnActor('Finnish Trade Mission', 'government_body', story)).toMatch(/occasion/);
    expect(notAnActor('Research', 'research_institute', story)).toMatch(/common word/);
    expect(notAnActor('European Commission', 'intergovernmental', story)).toBeNull();
    expect(notAnActor('Finnish Meteorological Institute', 'research_institute', story)).toBeNull();
    expect(notAnActor('Nokia', 'company', story)).toBeNull();
  });

  test('a publication is no actor; a gathering a person pattern took is no person, a body named "… Forum" stays', () => {
    const story = 'The chief executive told the paper the mine would open in 2027.';
    expect(notAnActor('Mining Weekly', 'person', story)).toMatch(/publication/);
    expect(notAnActor('Solar Trade Journal', 'company', story)).toMatch(/publication/);
    expect(notAnActor('Norway-Vietnam Offshore Wind Dialogue', 'person', story)).toMatch(/gathering/);
    expect(notAnActor('Pacific Islands Forum', 'intergovernmental', story)).toBeNull();
    expect(notAnActor('Asia Energy Forum', 'association', story)).toBeNull();
    expect(notAnActor('Ingrid Solberg', 'person', story)).toBeNull();
  });

  test("a Title-Case headline's clause run into a name is no actor", () => {
    const story = 'The governor signed the memorandum in Hyderabad.';
    expect(notAnActor('Whitfield Signs Semiconductor', 'company', story)).toMatch(/headline/);
    expect(notAnActor('Wang Jiaming Meets Delegation', 'government_body', story)).toMatch(/headline/);
    expect(notAnActor('Hosts Group', 'company', story)).toBeNull();
  });

  test('a country\'s own name before "Agency" is part of the agency\'s name; a nationality word is not', () => {
    const c = candidatesOf('Health agencies sign MoU', [
      'The Indonesian Ministry of Health and the Japan Agency for Medical Research and Development (AMED) signed an MoU on genomics in Jakarta on Tuesday, witnessed by officials of the Japanese Agency for Cultural Affairs.',
    ]);
    const names = c.base.actors.filter((a) => a.kind !== 'state').map((a) => [a.name, a.country]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Japan Agency for Medical Research and Development', 'JP'],
        ['Agency for Cultural Affairs', 'JP'],
        ['Ministry of Health', 'ID'],
      ]),
    );
  });

  test('a ministry whose portfolios end in a list ("Planning, Development and Special Initiatives") is one name, and no word of it another actor', () => {
    const c = candidatesOf('Ministries sign MoU', [
      'The Ministry of Public Security and the Ministry of Planning, Development and Special Initiatives signed an MoU on Tuesday.',
    ]);
    const names = actorNames(c).sort();
    expect(names).toEqual(['Ministry of Planning, Development and Special Initiatives', 'Ministry of Public Security']);
  });

  test('"Nagoya University in Japan", "Ain Shams University on the Egyptian side": where a university is, not its name', () => {
    const c = candidatesOf('Universities sign', [
      'Nagoya University in Japan and Ain Shams University on the Egyptian side signed an agreement on a joint doctoral school, as did the University of Tokyo.',
    ]);
    const names = actorNames(c);
    expect(names).toEqual(expect.arrayContaining(['Nagoya University', 'Ain Shams University', 'University of Tokyo']));
  });

  test('one word after a university is its town ("Leibniz University Hannover"), unless a person\'s name starts there', () => {
    const c = candidatesOf('Universities sign', [
      'Leibniz University Hannover and Technische Universität Dresden signed an agreement, and Hanoi University Rector Nguyen Van An welcomed it.',
    ]);
    const names = actorNames(c);
    expect(names).toEqual(
      expect.arrayContaining([
        'Leibniz University Hannover',
        'Technische Universität Dresden',
        'Hanoi University',
        'Nguyen Van An',
      ]),
    );
  });

  test('a port named by its city is one organisation; a state whose name holds another country is a place of its own country', () => {
    const c = candidatesOf('Ports sign corridor MoU', [
      'The Port of Rotterdam Authority and the University of New South Wales signed a memorandum of understanding on green shipping in Sydney on Tuesday.',
    ]);
    const names = c.base.actors.filter((a) => a.kind !== 'state').map((a) => [a.name, a.country]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Port of Rotterdam Authority', 'NL'],
        ['University of New South Wales', 'AU'],
      ]),
    );
    expect(c.base.countries.map((x) => x.code)).not.toContain('GB');
    const d = candidatesOf('Universities sign', [
      'The University of British Columbia and Song Da University signed an MoU on Tuesday.',
    ]);
    expect(d.base.actors.find((a) => a.name === 'University of British Columbia')?.country).toBe('CA');
  });

  test('an actor named only in a Title-Case headline is dropped; one the story names stays', () => {
    const c = candidatesOf('Deputy Minister Receives Oulu Delegation, Eyes Space Cooperation', [
      'Deputy Minister of Science and Technology Le Van Hai on Tuesday received a delegation from the University of Oulu in Hanoi.',
    ]);
    const names = c!.base.actors.map((a) => a.name);
    expect(names).toContain('University of Oulu');
    expect(names.some((n) => /Receives|Eyes/.test(n))).toBe(false);
  });
});

describe('people and organisations', () => {
  test('a lower-case business title before a name makes a person, with the company before it as the affiliation', () => {
    const c = candidatesOf('Finnish chipmaker opens design centre in Da Nang', [
      'Nordchip Oy (NCO) opened a design centre in Da Nang on Tuesday, NCO president Aino Virtanen said.',
      'Group managing director and chief executive officer Mikko Laine said the centre would hire 200 engineers.',
    ]);
    const people = c!.base.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Aino Virtanen', 'Mikko Laine']));
    const virtanen = c!.base.affiliations.find((f) => f.personKey === 'aino-virtanen');
    expect(virtanen?.organizationKey).toBe('nordchip-oy');
  });

  test("a field named only as companies' trade, or inside a person's title, is no technology of the story", () => {
    const c = candidatesOf('Vietnam and Finland to train quantum engineers', [
      'Vietnam and Finland agreed on Tuesday to train 500 engineers in quantum computing, in talks with Finnish minister of state for telecommunications and electronics, Aino Virtanen.',
      'Several Finnish electronics firms will offer internships.',
    ]);
    const slugs = c.base.technologies.map((t) => t.slug);
    expect(slugs).toContain('quantum-computing');
    expect(slugs).not.toContain('electronics');
    expect(slugs).not.toContain('telecommunications');
  });

  test('a lower-case description ending in a kind noun names the organisation after it, with its kind and country', () => {
    const c = candidatesOf('Vietnam, Denmark expand offshore wind cooperation', [
      'The Danish grid research institute Nordgrid and telecom operator Viettel will test offshore wind forecasting, Denmark’s transmission system operator Energinet said.',
    ]);
    const byName = new Map(c!.base.actors.map((a) => [a.name, a]));
    expect(byName.get('Nordgrid')).toMatchObject({ kind: 'research_institute', country: 'DK' });
    expect(byName.get('Viettel')).toMatchObject({ kind: 'company' });
    expect(byName.get('Energinet')).toMatchObject({ kind: 'company', country: 'DK' });
  });

  test("a place's possessive before a party is not the party; a company's short and full names are one actor", () => {
    const c = candidatesOf('Vietnamese and Emirati firms sign AI deals', [
      'Lotus Analytics Technology JSC said on Tuesday it had set up a data lab in Hanoi.',
      'Lotus Analytics signed a memorandum of understanding with Abu Dhabi’s Falcon Research Institute on language models.',
    ]);
    const names = c!.base.actors.map((a) => a.name);
    expect(names).not.toContain('Abu Dhabi');
    expect(names.filter((n) => n.startsWith('Lotus Analytics'))).toEqual(['Lotus Analytics Technology JSC']);
    const mou = c!.partnerships.find((p) => p.partnership.kind === 'mou');
    expect(mou?.partnership.parties.map((p) => p.actorKey).sort()).toEqual([
      'falcon-research-institute',
      'lotus-analytics-technology-jsc',
    ]);
  });

  test('an embassy is named with its place; honorifics such as "Hon" are dropped', () => {
    const c = candidatesOf('New Zealand and Vietnam sign agritech arrangement', [
      'The Embassy of New Zealand in Hanoi said Hon Callum Reid, Minister for Agriculture, signed the arrangement on Tuesday.',
    ]);
    const names = c!.base.actors.map((a) => a.name);
    expect(names).toContain('Embassy of New Zealand in Hanoi');
    expect(names).toContain('Callum Reid');
    expect(names).not.toContain('Hon Callum Reid');
  });
});

describe('partnership frameworks', () => {
  test('a "Comprehensive Partnership" is not recorded as a strategic one; a comprehensive strategic partnership is', () => {
    const kinds = (paragraph: string) =>
      candidatesOf('Vietnam and Finland mark ties', [paragraph])
        .partnerships.filter((p) => p.features['src:rules'] === 1)
        .map((p) => p.partnership.kind);
    expect(kinds('Vietnam and Finland, which set up a Comprehensive Partnership in 2023, met in Hanoi.')).not.toContain(
      'strategic_partnership',
    );
    expect(
      kinds('Vietnam and Japan, which upgraded ties to a Comprehensive Strategic Partnership in 2023, met in Hanoi.'),
    ).toContain('comprehensive_strategic_partnership');
  });
});

describe('signings', () => {
  test('each document a signing sentence names with its own sides is a partnership, with the technologies of its part', () => {
    const c = candidatesOf('Korean and Vietnamese firms sign tech deals', [
      'Five documents were signed at the forum in Hanoi on Tuesday, including an MoU between Hallasoft and Lotus Data Corporation on cloud computing, and an agreement between the Korea Radio Research Institute (KRRI) and Sao Viet Telecom on 6G research.',
    ]);
    const rules = c!.partnerships.filter((p) => p.features['src:rules'] === 1).map((p) => p.partnership);
    const mou = rules.find((p) => p.kind === 'mou');
    const agreement = rules.find((p) => p.kind === 'agreement');
    expect(mou?.parties.map((p) => p.actorKey).sort()).toEqual(['hallasoft', 'lotus-data-corporation']);
    expect(mou?.technologies).toEqual(['cloud-computing']);
    expect(agreement?.parties.map((p) => p.actorKey).sort()).toEqual([
      'korea-radio-research-institute',
      'sao-viet-telecom',
    ]);
    expect(agreement?.technologies).toEqual(['6g']);
  });
});

describe('dates of events', () => {
  test('the dateline is when the story was written, not when the signing it announces happened', () => {
    const c = candidatesOf('Lianfa signs MoU with Czech university', [
      'HSINCHU, Taiwan, April 15, 2026 /PRNewswire/ -- Lianfa Photonics Corp. announced today that it has signed a memorandum of understanding with the Czech Technical University in Prague.',
      'The memorandum was signed on April 13 at a forum in Prague.',
    ]);
    const signings = signingDays(c);
    expect(signings).not.toContain('2026-04-15');
    expect(signings).toContain('2026-04-13');
  });
});

describe('cooperation cues', () => {
  test('"the two sides" refers back to the sides last named; the cue gives the kind', () => {
    const c = candidatesOf('Finnish and Vietnamese universities deepen 6G research ties', [
      'The University of Oulu and the Posts and Telecommunications Institute of Technology held talks in Hanoi on Tuesday.',
      'The two sides agreed to set up a joint laboratory on 6G networks next year.',
    ]);
    const cues = c!.partnerships.filter((p) => p.features['src:cue'] === 1).map((p) => p.partnership);
    const lab = cues.find((p) => p.kind === 'joint_research');
    expect(lab?.parties.map((p) => p.actorKey).sort()).toEqual([
      'posts-and-telecommunications-institute-of-technology',
      'university-of-oulu',
    ]);
    expect(lab?.technologies).toContain('6g');
  });

  test('countries named as the sides act as states, added only if the candidate is kept', () => {
    const c = candidatesOf('Finland, Vietnam eye closer ties', [
      'Finland and Vietnam will co-finance research on climate models, officials said.',
    ]);
    const cue = c!.partnerships.find((p) => p.features['src:cue'] === 1);
    expect(cue?.partnership.kind).toBe('bilateral_cooperation');
    expect(cue?.features['sides:countries']).toBe(1);
  });

  test('a cue before a colon lends its kind to the dashed list items after it, each with its own sides', () => {
    const c = candidatesOf('Bac Ninh draws chip investors', [
      'Two memoranda of understanding were also signed at the conference:',
      '– between the Bac Ninh People’s Committee and Kairos Data Centres on a data centre campus;',
      '– between Crestline Semiconductor and Hanoi University of Science and Technology on training engineers.',
      'Officials toured Kairos Data Centres and Crestline Semiconductor later.',
    ]);
    const cues = c.partnerships.filter((p) => p.features['src:cue'] === 1 && p.features['s:list-item'] === 1);
    expect(cues.map((p) => [p.partnership.kind, p.partnership.parties.map((x) => x.actorKey).sort()])).toEqual([
      ['mou', ['bac-ninh-peoples-committee', 'kairos-data-centres']],
      ['mou', ['crestline-semiconductor', 'hanoi-university-of-science-and-technology']],
    ]);
  });
});

describe('sides referred to', () => {
  test('"The two companies signed … at the headquarters of Thailand\'s Board of Investment" is signed by the two named before, not the host', () => {
    const c = candidatesOf('Korean firm, Thai group to build plant', [
      'BANGKOK – South Korean battery maker Seorin Battery and Thai Arrow Energy, a Bangkok-listed power group, will invest 28 billion baht in a cell plant in Rayong province.',
      'The two companies signed a joint venture agreement on Friday at the Bangkok headquarters of Thailand’s Board of Investment (BOI).',
    ]);
    const cue = c.partnerships.find((p) => p.features['src:rules'] !== 1 && p.partnership.kind === 'agreement');
    expect(cue?.partnership.parties.map((x) => x.actorKey).sort()).toEqual(['seorin-battery', 'thai-arrow-energy']);
  });
});

describe('members named with no cue word of a kind', () => {
  test("three or more bodies named as one undertaking's members are one candidate with them all as sides", () => {
    const c = candidatesOf('Nordic and Vietnamese institutes team up on coastal sensing', [
      'The founding members of CoastSense are the Nordvik Institute, Tohoku University, Hanoi University of Science and Technology and Sao Mai Robotics JSC.',
      'Nordvik Institute and Sao Mai Robotics JSC are based far apart.',
    ]);
    const members = c.partnerships.filter(
      (p) => p.features['src:cue'] === 1 && p.partnership.passage.excerpt.includes('founding members'),
    );
    expect(members).toHaveLength(1);
    expect(members[0]!.partnership.kind).toBe('network');
    expect(members[0]!.partnership.parties.map((x) => x.actorKey).sort()).toEqual([
      'hanoi-university-of-science-and-technology',
      'nordvik-institute',
      'sao-mai-robotics-jsc',
      'tohoku-university',
    ]);
    // Two bodies merely named together are no members' list.
    expect(c.partnerships.filter((p) => p.partnership.passage.excerpt.includes('far apart'))).toEqual([]);
  });
});

describe('how a cue sentence ties its sides', () => {
  /** The link of a sentence whose sides are the given names (each side's spans are every place its name occurs). */
  function linkIn(text: string, ...sides: string[]) {
    const sentence = { index: 1, block: 1, blockKind: 'body' as const, text, start: 100, end: 100 + text.length };
    const spans = sides.map((name) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: 100 + m.index,
        end: 100 + m.index + name.length,
      })),
    );
    return linkOf(sentence, spans);
  }

  test('between, by, with, and before a verb, a verb between them, a list of members, or nothing', () => {
    expect(
      linkIn(
        'A memorandum between the Nordvik Institute and Sao Mai Robotics was signed.',
        'Nordvik Institute',
        'Sao Mai Robotics',
      ),
    ).toBe('between');
    expect(
      linkIn(
        'The deal was signed in Hanoi by Aino Virtanen, director of Nordvik, and Tran Van Binh.',
        'Aino Virtanen',
        'Tran Van Binh',
      ),
    ).toBe('by');
    expect(linkIn('Nordvik signed an agreement with Sao Mai on Monday.', 'Nordvik', 'Sao Mai')).toBe('with');
    expect(linkIn('Nordvik (NRI) and Sao Mai will jointly run the centre.', 'Nordvik', 'Sao Mai')).toBe('and');
    expect(linkIn('Under the MoU, Nordvik will assist Sao Mai in building a data centre.', 'Nordvik', 'Sao Mai')).toBe(
      'verb',
    );
    expect(linkIn('The consortium includes Nordvik, Sao Mai and Tohoku University.', 'Nordvik', 'Sao Mai')).toBe(
      'members',
    );
    expect(linkIn('Nordvik has grown fast, while Sao Mai lost money last year.', 'Nordvik', 'Sao Mai')).toBe('none');
    // "signed by" at a later mention of a side named earlier in the sentence.
    expect(
      linkIn(
        'It was signed at Nordvik headquarters by Nordvik chief Aino Virtanen and Sao Mai director Tran Van Binh.',
        'Nordvik',
        'Sao Mai',
      ),
    ).toBe('by');
  });
});

describe('signings told again', () => {
  test('"The MoU was signed on Tuesday" is the signing of the MoU the lead read, with its parties', () => {
    const c = candidatesOf('Halvard Energy signs MoU with Song Da Power', [
      // The lead's "from 2030" makes its own signing background: the next sentence's is the one.
      'Norwegian developer Halvard Energy has signed a memorandum of understanding with Vietnamese utility Song Da Power on offshore wind power to be supplied from 2030.',
      'The MoU was signed in Hanoi on Tuesday during a Norwegian business mission to Vietnam.',
    ]);
    const signing = c.events.find((e) => e.event.kind === 'signing')?.event;
    expect(signing?.occurredOn).toBe('2026-04-14');
    expect(signing?.participants.map((p) => p.actorKey).sort()).toEqual(['halvard-energy', 'song-da-power']);
  });

  test('officials signing a document the story has read are its signatories, not a second document of their governments', () => {
    const c = candidatesOf('Space agencies sign satellite data MoU', [
      'The Vietnam National Space Centre (VNSC) and the Korea Aerospace Research Institute (KARI) signed a memorandum of understanding on satellite data in Seoul on Monday.',
      'The MoU was signed by Vietnamese Deputy Minister of Science and Technology Nguyen Van Hai and Korean Vice Minister of Science and ICT Park Min-jun.',
    ]);
    const rules = ruleCandidates(c);
    expect(rules.map((p) => p.parties.map((x) => x.actorKey).sort())).toEqual([
      ['korea-aerospace-research-institute', 'vietnam-national-space-centre'],
    ]);
    // Without a document read before, the same officials sign for their governments.
    const alone = candidatesOf('Space agencies sign satellite data MoU', [
      'The MoU was signed in Seoul on Monday by Vietnamese Deputy Minister of Science and Technology Nguyen Van Hai and Korean Vice Minister of Science and ICT Park Min-jun.',
    ]);
    const states = alone.partnerships
      .filter((p) => p.features['src:rules'] === 1)
      .map((p) => p.partnership.parties.map((x) => x.actorKey).sort());
    expect(states).toEqual([['south-korea', 'vietnam']]);
  });

  test('"the two countries\' regulators" are not the two countries signing', () => {
    const c = candidatesOf('Hanseong Devices builds chip plant in Vietnam', [
      'Korean chipmaker Hanseong Devices is to build a $90 million packaging plant in Vietnam through a joint venture with local firm Sao Mai Technology Company.',
      'The joint venture agreement was signed in Hanoi on Tuesday, a day after the two countries’ trade regulators agreed to share audit findings.',
    ]);
    const rules = ruleCandidates(c);
    // A joint venture "with" a partner is the agreement of the two companies.
    expect(rules.map((p) => [p.kind, p.parties.map((x) => x.actorKey)])).toEqual([
      ['agreement', ['hanseong-devices', 'sao-mai-technology-company']],
    ]);
  });

  test('"A and B formed a joint venture" is their agreement', () => {
    const c = candidatesOf('Chip firms form venture', [
      'Hanseong Devices and Sao Mai Technology Company formed a joint venture to test chips in Da Nang.',
    ]);
    const rules = ruleCandidates(c);
    expect(rules.map((p) => [p.kind, p.parties.map((x) => x.actorKey)])).toEqual([
      ['agreement', ['hanseong-devices', 'sao-mai-technology-company']],
    ]);
  });
});

describe('kinds and days of gatherings', () => {
  test('a roundtable, a symposium and a partnering day are forums; a dialogue is a dialogue', () => {
    expect(
      eventKinds(
        'The Nordic–Vietnam Battery Roundtable was held in Hanoi on Tuesday with Halvard Energy and Song Da Power.',
      ),
    ).toEqual(['forum']);
    expect(
      eventKinds('Halvard Energy and Song Da Power attended a symposium on offshore wind in Hanoi on Tuesday.'),
    ).toEqual(['forum']);
    expect(
      eventKinds(
        'Halvard Energy hosted a Norway–Vietnam Energy Partnering Day in Hanoi on Tuesday with Song Da Power.',
      ),
    ).toEqual(['forum']);
    expect(
      eventKinds(
        'The Third Norway–Vietnam Energy Policy Dialogue was held in Hanoi on Tuesday with Halvard Energy and Song Da Power.',
      ),
    ).toEqual(['dialogue']);
  });

  test('"On the same day" after a stay told by its first and last days is the day of the signing before it', () => {
    const c = candidatesOf('Norwegian and Vietnamese firms sign deals', [
      'Halvard Energy and Song Da Power signed an MoU on offshore wind in Hanoi on Tuesday during a Norwegian trade mission.',
      'The four-day mission began on Monday and ended on Thursday with site visits in Quang Ninh.',
      'On the same day, the Nordvik Institute and Sao Mai Technology Company signed an agreement on battery research.',
    ]);
    const days = signingDays(c);
    expect(days).toEqual(['2026-04-14', '2026-04-14']);
  });

  test('"A day earlier" counts back from the day told before it, not from publication', () => {
    const c = candidatesOf('Packaging firm signs deals', [
      'On Tuesday, Hsinwei Packaging signed a memorandum of understanding with Universiti Sains Malaysia (USM) to set up a training programme.',
      'A day earlier, the company signed a supply agreement with Penang-based Kelana Precision Engineering for test sockets.',
    ]);
    const days = signingDays(c);
    expect(days).toEqual(['2026-04-14', '2026-04-13']);
  });

  test('"On the second day of the dialogue" is the day after the dialogue began', () => {
    const c = candidatesOf('Minerals dialogue held in Hanoi', [
      'The second Norway–Vietnam Minerals Dialogue opened in Hanoi on Monday, co-chaired by Deputy Minister Hoang Van Nam and State Secretary Ingrid Solberg.',
      'On the second day of the dialogue, the Norwegian Geological Survey and the Vietnam Institute of Geosciences signed an MoU on rare earth mapping.',
    ]);
    expect(c.events.find((e) => e.event.kind === 'signing')?.event.occurredOn).toBe('2026-04-14');
  });

  test("a meeting held over two days began on the first; a span of a visit around a meeting is not the meeting's", () => {
    const c = candidatesOf('Joint committee meets', [
      'The Norway–Vietnam Joint Committee, which met on 13 and 14 April in Hanoi, was co-chaired by Deputy Minister Hoang Van Nam and State Secretary Ingrid Solberg.',
    ]);
    expect(c.events.find((e) => e.event.kind === 'meeting')?.event.occurredOn).toBe('2026-04-13');
  });

  test('"On the same occasion, the two universities signed" is signed by the sides read before, on the gathering\'s day, not the visit\'s', () => {
    const c = candidatesOf('Universities open joint lab', [
      'Bergfeld University and Song Da University on Monday inaugurated a joint laboratory for battery materials in Hanoi.',
      'The ceremony was co-chaired by Professor Ingrid Solberg, who led a delegation from Bergfeld to Vietnam from 12 to 15 April.',
      'On the same occasion, the two universities signed a memorandum of understanding on a double degree.',
    ]);
    const signing = c.events.find((e) => e.event.kind === 'signing')?.event;
    expect(signing?.occurredOn).toBe('2026-04-13');
    expect(signing?.participants.map((p) => p.actorKey).sort()).toEqual(['bergfeld-university', 'song-da-university']);
  });
});

describe('visits', () => {
  test('"is on a four-day visit … through Thursday" began on Monday; a stay told by its span starts on its first day, a signing in it keeps its own', () => {
    const c = candidatesOf('Vice minister in Oslo', [
      'Vice Minister Hoang Van Nam is on a four-day visit to Norway through Thursday.',
      'The Bergfeld Institute and Song Da University signed an MoU on Tuesday in Oslo during a visit to the institute by a Song Da delegation from 12 to 15 April.',
    ]);
    const visits = c.events.filter((e) => e.event.kind === 'visit').map((e) => e.event.occurredOn);
    expect(visits).toContain('2026-04-13');
    expect(visits).toContain('2026-04-12');
    expect(c.events.find((e) => e.event.kind === 'signing')?.event.occurredOn).toBe('2026-04-14');
  });

  test("a delegation that visited a farm or toured a laboratory made a site visit; the span of its stay is not the site visit's day", () => {
    const c = candidatesOf('Delegation tours labs', [
      'On Monday, the Song Da delegation also visited a dairy farm near Bergen.',
      'The delegation, in Norway from 12 to 15 April, toured the Bergfeld Institute on Tuesday.',
    ]);
    expect(
      c.events
        .filter((e) => e.event.kind === 'visit')
        .map((e) => e.event.occurredOn)
        .sort(),
    ).toEqual(['2026-04-13', '2026-04-14']);
  });
});

describe('people referred to', () => {
  test('"The two ministers held talks" are the two ministers named before, of two countries', () => {
    const c = candidatesOf('Ministers meet in Oslo', [
      'Norwegian Minister of Trade and Industry Ingrid Solberg welcomed Vietnamese Deputy Minister of Science and Technology Hoang Van Nam to Oslo on Monday.',
      'The two ministers held talks on Tuesday and agreed to work together on AI safety.',
    ]);
    const meeting = c.events.find((e) => e.event.kind === 'meeting' && e.event.occurredOn === '2026-04-14')?.event;
    expect(meeting?.participants.map((p) => p.actorKey).sort()).toEqual(['hoang-van-nam', 'ingrid-solberg']);
  });

  test('a minister of a newer portfolio ("Digitalisation", "Reconstruction") is read with the title', () => {
    const c = candidatesOf('Ministers meet in Oslo', [
      'Norwegian Minister of Digitalisation Ingrid Solberg met Ukrainian Minister of Reconstruction Oleh Marchenko in Oslo on Monday.',
    ]);
    const people = c.base.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.country]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['Ingrid Solberg', 'NO'],
        ['Oleh Marchenko', 'UA'],
      ]),
    );
  });

  test('an appositive of an owner named in several words ("CanmetMINING, Natural Resources Canada\'s mining research laboratory,") makes the name an organisation of the owner\'s country', () => {
    const c = candidatesOf('Mining labs team up', [
      'As a first step, CanmetMINING, Natural Resources Canada’s mining research laboratory, and Brazil’s Centre for Mineral Technology (CETEM) will launch a joint research project.',
    ]);
    const lab = c.base.actors.find((a) => a.name === 'CanmetMINING');
    expect([lab?.kind, lab?.country]).toEqual(['research_institute', 'CA']);
  });

  test('"while A and B (TII) agreed": both sides of the clause are read; a name read whole and a dateline month start no other', () => {
    const c = candidatesOf('AI deals', [
      'TOKYO, Feb 13 – Rebellions signed an agreement with G42 to test chips, while Naver Cloud and the UAE’s Technology Innovation Institute (TII) agreed to jointly develop AI services.',
      'Wageningen University & Research signed a memorandum with Song Da University on Tuesday.',
    ]);
    const names = actorNames(c);
    expect(names).toEqual(
      expect.arrayContaining(['Naver Cloud', 'Technology Innovation Institute', 'Wageningen University & Research']),
    );
    expect(names).not.toContain('Wageningen University');
    expect(names).not.toContain('Feb');
  });

  test('a centre\'s field listed with commas is its name ("Centre for Security, Reliability and Trust"); an acronym spelled by camel-case capitals ends a name at "and"', () => {
    const c = candidatesOf('Space deals', [
      'CNES and NewSpace India Limited (NSIL) signed an agreement, and the Interdisciplinary Centre for Security, Reliability and Trust (SnT) will train engineers.',
      'The Centre for Space Research, Vietnam and Hanoi University also signed.',
    ]);
    const names = actorNames(c);
    expect(names).toEqual(
      expect.arrayContaining([
        'CNES',
        'NewSpace India Limited',
        'Interdisciplinary Centre for Security, Reliability and Trust',
        'Centre for Space Research',
        'Hanoi University',
      ]),
    );
  });

  test('a member university named with its parent after a dash is one name', () => {
    const c = candidatesOf('Universities sign', [
      'Halcyon Aerostructures signed an MoU with the University of Science and Technology – The University of Da Nang on Tuesday, and Hanoi University – a public school – joined.',
    ]);
    const names = actorNames(c);
    expect(names).toEqual(
      expect.arrayContaining(['University of Science and Technology – The University of Da Nang', 'Hanoi University']),
    );
  });

  test('fields of survey and earth science join a name with "and" ("Geo-Informatics and Space Technology Development Agency")', () => {
    const c = candidatesOf('Space agencies sign', [
      'The Geo-Informatics and Space Technology Development Agency (Gistda) and the Centre National d’Études Spatiales (CNES) signed an implementing agreement on Wednesday.',
    ]);
    expect(c.base.actors.map((a) => a.name)).toContain('Geo-Informatics and Space Technology Development Agency');
  });
});

describe('gatherings of some days', () => {
  test('"a three-day inception workshop that ends today" began two days before; a forum beside a three-day visit keeps its day', () => {
    const c = candidatesOf('Rice breeders meet', [
      'The Bergfeld Institute and Song Da University signed the agreement at the opening of a three-day inception workshop in Hanoi that ends today.',
    ]);
    expect(c.events.find((e) => e.event.kind === 'workshop')?.event.occurredOn).toBe('2026-04-14');
    const d = candidatesOf('Vice minister in Warsaw', [
      'During his three-day visit to Poland, which ends Wednesday, Vice Minister Hoang Van Nam is scheduled to attend a Vietnam-Poland science forum on Tuesday organised by the Vietnamese embassy.',
    ]);
    // "is scheduled to attend … on Tuesday": the coming Tuesday, not the visit's first day.
    expect(d.events.find((e) => e.event.kind === 'forum')?.event.occurredOn).toBe('2026-04-21');
    expect(d.events.find((e) => e.event.kind === 'visit')?.event.occurredOn).toBe('2026-04-20');
  });

  test('a seminar with a name of its own is a forum; "a seminar on …" is a workshop', () => {
    expect(
      eventKinds(
        'Halvard Energy and Song Da Power attended the Norway–Vietnam Offshore Wind Seminar in Hanoi on Tuesday.',
      ),
    ).toEqual(['forum']);
    expect(eventKinds('Halvard Energy and Song Da Power held a seminar on offshore wind in Hanoi on Tuesday.')).toEqual(
      ['workshop'],
    );
  });
});

describe('documents and local governments', () => {
  test('a document titled in capitals ("a Memorandum of Understanding on …") is an MoU; an "Arrangement" is an agreement', () => {
    const c = candidatesOf('Cities sign innovation memorandum', [
      'The City of Oulu and the City of Sendai signed a Memorandum of Understanding on Innovation Partnership at Sendai City Hall on Monday.',
      'On Tuesday, the Bergfeld Institute and Song Da University signed an Arrangement on Agricultural Science and Technology Cooperation.',
    ]);
    const rules = c.partnerships
      .filter((p) => p.features['src:rules'] === 1)
      .map((p) => [p.partnership.kind, p.partnership.parties.map((x) => x.actorKey).sort()]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['mou', ['city-of-oulu', 'city-of-sendai']],
        ['agreement', ['bergfeld-institute', 'song-da-university']],
      ]),
    );
    expect(signingDays(c)).toEqual(['2026-04-13', '2026-04-14']);
  });

  test('"City of Oulu" and "State of Indiana" are local governments; a province named as a side acts through its government', () => {
    const c = candidatesOf('Provinces agree to cooperate', [
      'The State of Indiana and the City of Oulu signed an MoU on semiconductors in Oulu on Tuesday.',
      'Yunnan Province and Luang Prabang Province agreed to expand cooperation in agriculture.',
      'Officials from the State of Qatar toured the Zewail City of Science.',
    ]);
    const kinds = new Map(c.base.actors.map((a) => [a.name, a.kind]));
    expect(kinds.get('State of Indiana')).toBe('government_body');
    expect(kinds.get('City of Oulu')).toBe('government_body');
    expect(kinds.get('Yunnan Province')).toBe('government_body');
    expect(kinds.get('Luang Prabang Province')).toBe('government_body');
    expect([...kinds.keys()].some((n) => /State of Qatar|^City of Science/.test(n))).toBe(false);
  });

  test("a mayor whom nothing else places is from the story's home, which its cities count towards", () => {
    const c = candidatesOf('Sendai signs startup partnership', [
      'Sendai and a Finnish startup hub signed an innovation memorandum in Sendai on Monday.',
      'Mayor Hiroshi Takeda said Sendai would host Finnish startups, as Sendai already hosts firms from Finland.',
    ]);
    expect(c.base.actors.find((a) => a.name === 'Hiroshi Takeda')?.country).toBe('JP');
  });
});

describe('countries of the story', () => {
  test("an organisation's country is the story's even when named once; a country named in passing is not", () => {
    const text = [
      ' date 2026-04-16 Science',
      '',
      'Norway and Vietnam launch offshore wind research network',
      '',
      'April 16, 2026 | 10:00',
      'The Norwegian Offshore Research Centre and the Vietnam Institute of Energy Science launched a research network on offshore wind in Hanoi on Tuesday.',
      '',
      'Its members also include Spain’s Agrodron Robotics and the University of Copenhagen in Denmark, which will test inspection drones.',
      '',
      'Vietnam’s installed wind capacity is still small compared with Thailand, officials said.',
      '',
    ].join('\n');
    const codes = extract(parseArticle(text))
      .countries.map((c) => c.code)
      .sort();
    expect(codes).toEqual(['DK', 'ES', 'NO', 'VN']);
  });
});

describe('technologies', () => {
  test("a field inside the name of a programme or a publication, or in a compound, is none of the story's; a forum named after it is", () => {
    expect(
      technologySlugs('Norway will extend its Green Energy Transition Programme with Vietnam to 2027.'),
    ).not.toContain('renewable-energy');
    expect(technologySlugs('The company told Hydrogen Insight it had not taken a decision.')).not.toContain('hydrogen');
    expect(technologySlugs('Geothermal fluids often contain hydrogen sulphide.')).not.toContain('hydrogen');
    expect(technologySlugs('The deals were inked at the Vietnam–Israel Agritech Business Forum in Hanoi.')).toContain(
      'agricultural-technology',
    );
  });

  test('"sensors" alone are a project\'s devices, not a field of the story; sensor technology is', () => {
    expect(technologySlugs('The project will deploy soil sensors and satellite imagery on rice farms.')).not.toContain(
      'sensors',
    );
    expect(technologySlugs('The two institutes will cooperate on sensor technology for mines.')).toContain('sensors');
  });

  test('"telecommunications" alone names a sector in passing; its fields (5G, subsea cables) are named', () => {
    expect(
      technologySlugs('A delegation of 22 companies working in telecommunications and cybersecurity visited Hanoi.'),
    ).toEqual(['cybersecurity']);
    expect(technologySlugs('The two operators will test 5G networks.')).toContain('5g');
  });

  test('"electronics" alone is a trade in passing; "power electronics" is a field', () => {
    expect(technologySlugs('Vietnam wants to move from assembling Korean electronics to designing them.')).toEqual([]);
    expect(
      technologySlugs('The joint laboratory will work on power electronics for electric vehicles.').length,
    ).toBeGreaterThan(0);
  });

  test("a faculty's or a degree's name holds no technology of the story", () => {
    expect(
      technologySlugs(
        'The University will send lecturers from its Faculty of Electronics and Telecommunications to Seoul.',
      ),
    ).toEqual([]);
    expect(technologySlugs('The two universities will cooperate in microelectronics and 6G.')).toEqual(
      expect.arrayContaining(['6g']),
    );
  });

  test("a post's portfolio written in lower case names no technology of the story", () => {
    expect(
      technologySlugs(
        'Rizal Hadiwinata, director general of new, renewable energy and energy conservation at the ministry, said geothermal capacity would grow.',
      ),
    ).toEqual(['geothermal-energy']);
    expect(technologySlugs('The ministry will expand renewable energy in the region.')).toContain('renewable-energy');
  });

  test('fields several batches of keys named and the taxonomy lacked: quantum materials, direct lithium extraction, co-packaged optics, flood mapping', () => {
    const c = candidatesOf('Labs team up', [
      'The two institutes will study topological materials and direct lithium extraction (DLE) from brines.',
      'A third team works on co-packaged optics, and a fourth on flood mapping from radar images.',
    ]);
    expect(c.base.technologies.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['quantum-materials', 'direct-lithium-extraction', 'co-packaged-optics', 'flood-mapping']),
    );
    const d = candidatesOf('Space weather network', [
      'Six agencies launched a network for space weather monitoring over Southeast Asia.',
    ]);
    expect(d.base.technologies.map((t) => t.slug)).toContain('space-weather');
  });
});
