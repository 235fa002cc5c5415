import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IngestError, MAX_ARTICLE_BYTES, type IngestErrorCode } from '../src/ingest/errors.ts';
import { decodeArticleBytes, parseArticle } from '../src/ingest/parse.ts';
import type { ParsedArticle } from '../src/ingest/types.ts';
import { storyDates } from '../src/ingest/extract/dates.ts';
import { splitSentences } from '../src/ingest/extract/text.ts';

const FIXTURES = [
  'complete',
  'crlf',
  'whitespace',
  'minimal',
  'no-date-line',
  'no-timestamp',
  'midnight',
  'photos',
  'teasers',
  'teaser-before-tags',
  'noise',
  'tricky-body',
  'byline-above',
];

function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/parse/${name}.txt`, import.meta.url));
}

function parseFixture(name: string): ParsedArticle {
  return parseArticle(decodeArticleBytes(fixtureBytes(name)));
}

/** Runs `run`, expects an IngestError with `code`, and returns it for checks on the message. */
function ingestError(run: () => unknown, code: IngestErrorCode): IngestError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(IngestError);
  expect((thrown as IngestError).code).toBe(code);
  return thrown as IngestError;
}

const texts = (article: ParsedArticle) => article.blocks.map((block) => `${block.kind}: ${block.text}`);

describe('a complete article', () => {
  const article = parseFixture('complete');

  test('gives the title, the section and the date line day', () => {
    expect(article.title).toBe('Kenya, Japan expand geothermal power partnership');
    expect(article.section).toBe('Energy');
    expect(article.publishedOn).toBe('2025-06-12');
  });

  test('reads the timestamp as site time, UTC+7', () => {
    expect(article.publishedAt).toBe('2025-06-12T14:05:00+07:00');
    expect(new Date(article.publishedAt).toISOString()).toBe('2025-06-12T07:05:00.000Z');
  });

  test('keeps the title, the lead, the body paragraphs and the photo captions as story blocks, in order', () => {
    expect(texts(article)).toEqual([
      'title: Kenya, Japan expand geothermal power partnership',
      'lead: Kenya and Japan will jointly develop three new geothermal plants in the Rift Valley under an agreement signed in Nairobi on Wednesday.',
      'body: Kenyan Energy Cabinet Secretary Amina Wekesa and Japanese Ambassador Hiroshi Tanabe signed the agreement at the headquarters of the Geothermal Development Company.',
      'caption: Cabinet Secretary Amina Wekesa and Ambassador Hiroshi Tanabe exchange documents in Nairobi.',
      'body: The plants at Menengai and Olkaria are expected to add 210 megawatts to the national grid by 2029, Wekesa said.',
      'body: Japanese engineers will also train 150 Kenyan technicians in drilling and reservoir modelling over the next four years.',
      'caption: Drilling rigs at the Menengai crater',
      'body: “Geothermal energy gives us power that does not depend on rainfall,” said Wekesa.',
    ]);
  });

  test('puts the related-article teasers apart, each with its title once and its blurb', () => {
    expect(article.teasers).toEqual([
      {
        title: 'Ghana launches national battery recycling programme',
        blurb:
          'Ghana has opened its first licensed facility for recovering lithium and cobalt from used batteries, in Tema.',
      },
      {
        title: 'Morocco and Germany sign green hydrogen roadmap',
        blurb: 'Morocco and Germany agreed on a five-year roadmap for producing green hydrogen for export.',
      },
    ]);
    expect(article.body).not.toContain('Ghana');
    expect(article.body).not.toContain('Morocco');
  });

  test('reads the byline, the tags line after "TagTag:" as one tag, and the themes split at commas', () => {
    expect(article.author).toBe('Daniel Otieno');
    expect(article.tags).toEqual(['Kenya Japan geothermal energy renewable power Rift Valley']);
    expect(article.themes).toEqual(['Energy Transition', 'Green Growth']);
  });

  test('leaves the comment counter, the byline, tags, themes and "ptbv2020" out of the body', () => {
    for (const furniture of ['users say', 'By Daniel', 'TagTag', 'Themes', 'ptbv2020', 'Photo: GDC', '14:05']) {
      expect(article.body).not.toContain(furniture);
    }
  });
});

describe('body and block offsets', () => {
  test.each(FIXTURES)(
    'in %s, the body is the blocks joined by blank lines and each block’s span slices out its text',
    (name) => {
      const article = parseFixture(name);
      expect(article.body).toBe(article.blocks.map((block) => block.text).join('\n\n'));
      expect(article.blocks[0]).toMatchObject({ kind: 'title', text: article.title, start: 0 });
      for (const block of article.blocks) {
        expect(block.end - block.start).toBe(block.text.length);
        expect(article.body.slice(block.start, block.end)).toBe(block.text);
      }
      expect(article.blocks.at(-1)!.end).toBe(article.body.length);
    },
  );
});

describe('robustness', () => {
  test('CRLF line endings parse exactly like LF, and no carriage return is left in any field', () => {
    const raw = decodeArticleBytes(fixtureBytes('crlf'));
    expect(raw).toContain('\r\n'); // the fixture really has CRLF endings (see .gitattributes)
    const article = parseArticle(raw);
    expect(article).toEqual(parseArticle(raw.replace(/\r\n/g, '\n')));
    expect(JSON.stringify(article)).not.toContain('\\r');
    expect(article.title).toBe('Chile, South Korea team up on lithium refining');
    expect(article.publishedAt).toBe('2025-09-03T11:50:00+07:00');
    expect(article.section).toBe('Industry');
    expect(texts(article)).toEqual([
      'title: Chile, South Korea team up on lithium refining',
      'lead: Chile and South Korea will build a lithium refinery in Antofagasta that uses less water than evaporation ponds.',
      'caption: Engineers at a pilot refining unit in Antofagasta.',
      'body: South Korean battery makers will buy most of the refinery’s output.',
    ]);
    expect(article.teasers).toEqual([
      {
        title: 'Bolivia seeks partners for salt flat projects',
        blurb: 'Bolivia invited foreign firms to bid for lithium extraction contracts.',
      },
    ]);
    expect(article.author).toBe('Camila Reyes');
    expect(article.tags).toEqual(['Chile South Korea lithium batteries']);
    expect(article.themes).toEqual(['Critical Minerals']);
  });

  test('stray spaces and tabs around and inside lines are collapsed to single spaces', () => {
    const article = parseFixture('whitespace');
    expect(article.section).toBe('Science');
    expect(article.title).toBe('Brazil, India open joint satellite data centre');
    expect(article.publishedAt).toBe('2025-04-03T07:05:00+07:00');
    expect(texts(article)).toEqual([
      'title: Brazil, India open joint satellite data centre',
      'lead: Brazil and India opened a centre in Bengaluru that will process images from both countries’ Earth observation satellites.',
      'caption: The centre’s antenna dish at dusk.',
      'body: The data will help monitor deforestation in the Amazon and crop health in Punjab.',
    ]);
    expect(article.author).toBe('Rafael Costa');
    expect(article.tags).toEqual(['Brazil India satellites Earth observation']);
    expect(article.themes).toEqual(['Space', 'Agriculture']);
    expect(article.teasers).toEqual([]);
  });

  test('a byte order mark and no-break spaces do not get in the way', () => {
    const article = parseArticle(
      '\uFEFF date 2025-06-12 Energy\nKenya,\u00A0Japan sign deal\nJune 12, 2025 | 14:05\nThe lead.',
    );
    expect(article.title).toBe('Kenya, Japan sign deal');
    expect(article.section).toBe('Energy');
    expect(texts(article)).toEqual(['title: Kenya, Japan sign deal', 'lead: The lead.']);
  });

  test('without a date line the day and time come from the timestamp and the section is null', () => {
    const article = parseFixture('no-date-line');
    expect(article.title).toBe('Estonia shares e-government tools with Rwanda');
    expect(article.section).toBeNull();
    expect(article.publishedOn).toBe('2025-05-07');
    expect(article.publishedAt).toBe('2025-05-07T09:40:00+07:00');
    expect(article.blocks.map((block) => block.kind)).toEqual(['title', 'lead', 'body']);
    expect(article.author).toBe('Grace Mukamana');
  });

  test('without a timestamp the article is dated at midnight site time on the date line’s day', () => {
    const article = parseFixture('no-timestamp');
    expect(article.publishedOn).toBe('2025-08-21');
    expect(article.publishedAt).toBe('2025-08-21T00:00:00+07:00');
    expect(article.section).toBe('Finance');
    expect(texts(article)).toEqual([
      'title: Singapore, Indonesia test cross-border QR payments',
      "lead: Shoppers in Batam and Singapore can now pay each other's merchants by scanning a single QR code, under a pilot run by the two central banks.",
      'body: The pilot will run for six months before a decision on a full launch.',
    ]);
    expect(article.author).toBe('Lim Wei Ling');
  });

  test('a timestamp just after midnight keeps the site day, though in UTC it is the day before', () => {
    const article = parseFixture('midnight');
    expect(article.publishedOn).toBe('2025-03-15');
    expect(article.publishedAt).toBe('2025-03-15T00:30:00+07:00');
    expect(new Date(article.publishedAt).toISOString()).toBe('2025-03-14T17:30:00.000Z');
  });

  test('an article without byline, tags, themes, teasers or photos gives null and empty lists for them', () => {
    const article = parseFixture('minimal');
    expect(article.author).toBeNull();
    expect(article.tags).toEqual([]);
    expect(article.themes).toEqual([]);
    expect(article.teasers).toEqual([]);
    expect(article.blocks.map((block) => block.kind)).toEqual(['title', 'lead', 'body']);
    expect(article.publishedAt).toBe('2025-02-18T10:20:00+07:00');
  });

  test('a readable timestamp wins over an impossible date on the date line', () => {
    const article = parseArticle(' date 2025-02-30 Economy\nA title long enough\nFebruary 28, 2025 | 09:00\nThe lead.');
    expect(article.publishedOn).toBe('2025-02-28');
    expect(article.publishedAt).toBe('2025-02-28T09:00:00+07:00');
  });

  test('an impossible timestamp falls back to the date line, at midnight', () => {
    const article = parseArticle(' date 2025-04-30 Economy\nA title long enough\nApril 31, 2025 | 09:00\nThe lead.');
    expect(article.publishedAt).toBe('2025-04-30T00:00:00+07:00');
    expect(texts(article)).toEqual(['title: A title long enough', 'lead: The lead.']);
  });

  test('abbreviated months and an unpadded date line are read', () => {
    expect(parseArticle('Title of a story\nSep 3, 2025 | 7:05\nLead.').publishedAt).toBe('2025-09-03T07:05:00+07:00');
    expect(parseArticle('Title of a story\nSept 3 2025 | 07:05\nLead.').publishedAt).toBe('2025-09-03T07:05:00+07:00');
    expect(parseArticle(' date 2025-9-3 Science\nTitle of a story\nLead.').publishedOn).toBe('2025-09-03');
  });

  test('a title that starts with the word "date" is a title, not a date line', () => {
    const article = parseArticle('Date palm growers in Oman adopt drip irrigation\nJanuary 5, 2025 | 10:00\nLead.');
    expect(article.title).toBe('Date palm growers in Oman adopt drip irrigation');
    expect(article.section).toBeNull();
  });
});

describe('photo blocks', () => {
  const article = parseFixture('photos');

  test('each caption after a repeat of the title becomes a caption block, with its "Photo: X" credit taken off', () => {
    expect(article.blocks.filter((block) => block.kind === 'caption').map((block) => block.text)).toEqual([
      'Soil moisture sensors installed near Kafr El Sheikh.',
      'Farmer Mona Adel checks readings on her phone',
      'Karim Hassan and Giulia Ferri at a field station.',
    ]);
  });

  test('the title repeats, the credits and a credit-only caption leave nothing in the body', () => {
    expect(article.body.split(article.title)).toHaveLength(2); // only the title block itself
    for (const credit of ['Photo', 'Ministry of Water Resources', '(', 'courtesy', 'Reuters'])
      expect(article.body).not.toContain(credit);
  });

  test('a photo block before the first paragraph does not take the lead’s place', () => {
    expect(texts(article)).toEqual([
      'title: Egypt, Italy deploy smart irrigation sensors in the Nile Delta',
      'caption: Soil moisture sensors installed near Kafr El Sheikh.',
      'lead: Egypt and Italy have installed 1,200 soil moisture sensors on farms in the Nile Delta to cut water use for rice and cotton.',
      'body: Farmers receive a text message when their fields need water, said project lead Karim Hassan.',
      'caption: Farmer Mona Adel checks readings on her phone',
      'body: Italian agency ENEA designed the sensors, which run on small solar panels.',
      'caption: Karim Hassan and Giulia Ferri at a field station.',
      'body: Early results show water savings of about a fifth.',
    ]);
    expect(article.author).toBe('Omar Fathy');
  });
});

describe('related-article teasers', () => {
  test('each teaser has its title once and its blurb, or an empty blurb when it has none', () => {
    const article = parseFixture('teasers');
    expect(article.teasers).toEqual([
      {
        title: 'Mexico opens vaccine plant in Querétaro',
        blurb: 'The plant will produce influenza vaccines for Latin America from next year.',
      },
      { title: 'Colombia bets on telemedicine for rural clinics', blurb: '' },
      {
        title: 'Uruguay and Finland link their health records',
        blurb: 'Patients travelling between the two countries will be able to share medical records securely.',
      },
      { title: 'Chile trains doctors in robotic surgery', blurb: '' },
    ]);
    expect(article.author).toBe('Sofia Ramirez');
    expect(article.tags).toEqual(['Argentina Canada nuclear medicine isotopes']);
  });

  test('nothing of the teasers ends up in the story blocks', () => {
    const article = parseFixture('teasers');
    expect(texts(article)).toEqual([
      'title: Argentina, Canada sign nuclear medicine agreement',
      'lead: Argentina will supply medical isotopes to Canadian hospitals from its research reactor near Buenos Aires under an agreement signed on Tuesday.',
      'body: Canada will in turn train Argentine physicists in producing new cancer treatments.',
    ]);
    for (const teaser of article.teasers) {
      expect(article.body).not.toContain(teaser.title);
      if (teaser.blurb) expect(article.body).not.toContain(teaser.blurb);
    }
  });

  test('a last teaser without a blurb does not swallow the tags line when there is no byline', () => {
    const article = parseFixture('teaser-before-tags');
    expect(article.teasers).toEqual([
      {
        title: 'Nigeria drafts rules for drone deliveries',
        blurb: 'Nigeria’s aviation authority published draft rules for commercial drone deliveries.',
      },
      { title: 'Hungary builds battery testing centre', blurb: '' },
    ]);
    expect(article.author).toBeNull();
    expect(article.tags).toEqual(['Poland South Africa cybersecurity']);
    expect(article.themes).toEqual(['Digital Security']);
    expect(texts(article)).toEqual([
      'title: Poland, South Africa launch joint cybersecurity lab',
      'lead: Poland and South Africa opened a joint cybersecurity laboratory in Pretoria to train analysts and test defences for power grids.',
    ]);
  });
});

describe('noise, byline, tags and themes', () => {
  test('"(0) user say", "(3) users say" and "ptbv2020" are dropped wherever they appear', () => {
    const article = parseFixture('noise');
    expect(texts(article)).toEqual([
      'title: Thailand, China extend high-speed rail link',
      'lead: Thailand and China agreed to extend the high-speed railway from Nakhon Ratchasima to Nong Khai on the Lao border.',
      'body: Construction of the 357-kilometre section is due to start this year.',
      'body: Thai Transport Minister Suriya Jungrungreangkit said the line would cut travel time to the border to three hours.',
    ]);
    expect(article.author).toBe('Nattapong Srisuk');
    expect(article.tags).toEqual(['Thailand China high-speed rail']);
  });

  test('noise lines between the date line, title and timestamp are skipped too', () => {
    const article = parseArticle(
      ' date 2025-01-14 Transport\n(0) user say\nA title long enough\n(12) users say\nJanuary 14, 2025 | 18:25\nLead.',
    );
    expect(article.title).toBe('A title long enough');
    expect(article.publishedAt).toBe('2025-01-14T18:25:00+07:00');
    expect(texts(article)).toEqual(['title: A title long enough', 'lead: Lead.']);
  });

  test('paragraphs that start with "By" or "Tag" stay in the story; only a name after "By" is a byline', () => {
    const article = parseFixture('tricky-body');
    expect(texts(article)).toEqual([
      'title: Indonesia, Australia map mangrove carbon stocks',
      'lead: Indonesia and Australia will map the carbon stored in mangrove forests across Sumatra and Kalimantan using drones and satellite radar.',
      'body: By 2030, the partners aim to restore 600,000 hectares of mangroves.',
      'body: Tagging young seedlings with QR codes lets volunteers follow each tree’s growth.',
      'body: By contrast, earlier projects relied on manual surveys.',
    ]);
    expect(article.author).toBe('Siti Rahmawati');
  });

  test('tags written on the marker line itself and themes split at semicolons are read', () => {
    const article = parseFixture('tricky-body');
    expect(article.tags).toEqual(['Indonesia Australia mangroves blue carbon']);
    expect(article.themes).toEqual(['Climate', 'Oceans']);
  });

  test('an empty tags line followed by the themes line gives no tags and keeps the themes', () => {
    const article = parseArticle(
      ' date 2025-01-14 Health\nA title long enough\nLead.\nBy Ana Lima\nTagTag:\nThemes: Health, Research\nptbv2020',
    );
    expect(article.tags).toEqual([]);
    expect(article.themes).toEqual(['Health', 'Research']);
    expect(article.author).toBe('Ana Lima');
  });

  test('bylines with several names or initials are read whole', () => {
    expect(parseArticle('A title long enough\nMay 1, 2025 | 10:00\nLead.\nBy Le Anh and Tran Binh').author).toBe(
      'Le Anh and Tran Binh',
    );
    expect(parseArticle('A title long enough\nMay 1, 2025 | 10:00\nLead.\nBy Marta K. Nowak').author).toBe(
      'Marta K. Nowak',
    );
  });
});

describe('bad input', () => {
  test('empty or whitespace-only text is refused as EMPTY_TEXT, saying the text is empty', () => {
    for (const text of ['', '   ', '\n\r\n\t \n', '\uFEFF']) {
      const error = ingestError(() => parseArticle(text), 'EMPTY_TEXT');
      expect(error.message).toMatch(/^The article text is empty/);
      expect(error.message).toContain('title');
    }
    expect(ingestError(() => parseArticle(' \t\n'), 'EMPTY_TEXT').message).toContain('only whitespace');
  });

  test('a date line and nothing else is refused as NO_TITLE, saying where the title belongs', () => {
    const error = ingestError(() => parseArticle(' date 2025-09-29 Corporate\n\n'), 'NO_TITLE');
    expect(error.message).toContain('no title');
    expect(error.message).toContain('nothing after the date line');
    expect(error.message).toContain('first line');
  });

  test('the tags line where the title belongs is refused as NO_TITLE, quoting it', () => {
    const error = ingestError(() => parseArticle(' date 2025-09-29 Corporate\n\nTagTag: Kenya geothermal'), 'NO_TITLE');
    expect(error.message).toContain('"TagTag: Kenya geothermal", which is the tags or themes line');
  });

  test('a timestamp where the title belongs is refused as NO_TITLE, quoting the timestamp', () => {
    const error = ingestError(
      () => parseArticle(' date 2025-09-29 Corporate\nSeptember 29, 2025 | 23:15\nLead.'),
      'NO_TITLE',
    );
    expect(error.message).toContain('"September 29, 2025 | 23:15"');
  });

  test('a title with no date line and no timestamp is refused as UNPARSEABLE_DATE, naming both forms expected', () => {
    const error = ingestError(() => parseArticle('A title long enough\n\nThe lead paragraph.'), 'UNPARSEABLE_DATE');
    expect(error.message).toContain('publication date cannot be read');
    expect(error.message).toContain('no date line (" date YYYY-MM-DD Section")');
    expect(error.message).toContain('no timestamp (like "September 29, 2025 | 23:15")');
  });

  test('an impossible date with no timestamp is refused as UNPARSEABLE_DATE, quoting the date', () => {
    const error = ingestError(
      () => parseArticle(' date 2025-02-30 Economy\nA title long enough\nThe lead.'),
      'UNPARSEABLE_DATE',
    );
    expect(error.message).toContain('"2025-02-30", which is not a real day');
    expect(error.message).toContain('no timestamp');
  });

  test('an impossible timestamp with no date line is refused as UNPARSEABLE_DATE, quoting the timestamp', () => {
    const error = ingestError(
      () => parseArticle('A title long enough\nFebruary 30, 2025 | 25:10\nThe lead.'),
      'UNPARSEABLE_DATE',
    );
    expect(error.message).toContain('the timestamp "February 30, 2025 | 25:10" is not a real date and time');
  });

  test('text over 1 MiB is refused as TOO_LARGE, giving the size and the limit', () => {
    const text = `A title long enough\nMay 1, 2025 | 10:00\n${'x'.repeat(MAX_ARTICLE_BYTES)}`;
    const error = ingestError(() => parseArticle(text), 'TOO_LARGE');
    expect(error.message).toContain('1 MiB');
    expect(error.message).toContain(String(MAX_ARTICLE_BYTES));
    // Counted in UTF-8 bytes: 400,000 three-byte characters are under a million code units but over 1 MiB.
    expect(
      ingestError(() => parseArticle(`A title long enough\n${'–'.repeat(400_000)}`), 'TOO_LARGE').message,
    ).toContain('1200020 bytes');
    // Exactly 1 MiB is accepted.
    const head = 'A title long enough\nMay 1, 2025 | 10:00\n';
    expect(parseArticle(head + 'y'.repeat(MAX_ARTICLE_BYTES - head.length)).title).toBe('A title long enough');
  });

  test('bytes that are not valid UTF-8 are refused as NOT_TEXT, giving the first bad byte and its offset', () => {
    const error = ingestError(() => decodeArticleBytes(new Uint8Array([0x41, 0x42, 0xc3, 0x28, 0x0a])), 'NOT_TEXT');
    expect(error.message).toContain('not valid UTF-8');
    expect(error.message).toContain('0xC3 at byte offset 2');
    expect(error.message).toContain('Convert it to UTF-8');
    // A sequence cut off at the end, and an encoded surrogate, are invalid too.
    expect(ingestError(() => decodeArticleBytes(new Uint8Array([0x61, 0xe2, 0x80])), 'NOT_TEXT').message).toContain(
      'offset 1',
    );
    expect(ingestError(() => decodeArticleBytes(new Uint8Array([0xed, 0xa0, 0x80])), 'NOT_TEXT').message).toContain(
      'offset 0',
    );
  });

  test('bytes containing NUL are refused as NOT_TEXT, naming the NUL and its line', () => {
    const bytes = new TextEncoder().encode('A title long enough\nMay 1, 2025 | 10:00\nLe\u0000ad.');
    const error = ingestError(() => parseArticle(decodeArticleBytes(bytes)), 'NOT_TEXT');
    expect(error.message).toContain('NUL character (U+0000) on line 3');
    expect(error.message).toContain('does not look like UTF-8 text');
    // Text that already holds a NUL is refused by parseArticle itself.
    expect(
      ingestError(() => parseArticle('A title long enough\u0000\nMay 1, 2025 | 10:00'), 'NOT_TEXT').message,
    ).toContain('line 1');
  });

  test('text read leniently from bad bytes (U+FFFD) or holding control characters is refused as NOT_TEXT', () => {
    expect(ingestError(() => parseArticle('A title long enough\n\nLe\uFFFDad.'), 'NOT_TEXT').message).toContain(
      'replacement character U+FFFD',
    );
    expect(ingestError(() => parseArticle('A title\u0007 long enough'), 'NOT_TEXT').message).toContain(
      'control character U+0007',
    );
    // C1 controls are what UTF-8 read as Latin-1 leaves behind ("â\u0080\u0099" for "’").
    expect(ingestError(() => parseArticle('It\u00E2\u0080\u0099s a title'), 'NOT_TEXT').message).toContain(
      'control character U+0080',
    );
    expect(ingestError(() => parseArticle('A title \uD800 long enough'), 'NOT_TEXT').message).toContain(
      'lone surrogate (U+D800)',
    );
  });

  test('more than 1 MiB of bytes is refused as TOO_LARGE before decoding', () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const error = ingestError(() => decodeArticleBytes(bytes), 'TOO_LARGE');
    expect(error.message).toContain(`${MAX_ARTICLE_BYTES + 1} bytes`);
    expect(error.message).toContain('1 MiB');
  });

  test('valid UTF-8 with typographic quotes and dashes decodes unchanged', () => {
    const text = 'A “quoted” title – with dashes\nMay 1, 2025 | 10:00\nIt’s the lead.';
    expect(decodeArticleBytes(new TextEncoder().encode(text))).toBe(text);
  });

  test('every error is an IngestError whose message is a sentence naming the problem', () => {
    const cases: [() => unknown, IngestErrorCode][] = [
      [() => parseArticle(''), 'EMPTY_TEXT'],
      [() => parseArticle(' date 2025-09-29 Corporate'), 'NO_TITLE'],
      [() => parseArticle('A title long enough'), 'UNPARSEABLE_DATE'],
      [() => parseArticle('z'.repeat(MAX_ARTICLE_BYTES + 1)), 'TOO_LARGE'],
      [() => decodeArticleBytes(new Uint8Array([0xc3, 0x28])), 'NOT_TEXT'],
      [() => parseArticle(42 as unknown as string), 'INVALID_INPUT'],
    ];
    for (const [run, code] of cases) {
      const error = ingestError(run, code);
      expect(error.name).toBe('IngestError');
      expect(error.message).toMatch(/^The article/);
      expect(error.message.length).toBeGreaterThan(40);
      expect(error.message).toMatch(/\.$/);
    }
  });
});

describe('a paper that puts the byline above the story', () => {
  const article = parseFixture('byline-above');

  test('the byline ends the header of section, day and time, not the story; the header is no part of it', () => {
    expect(texts(article)).toEqual([
      'title: Penang firm, Dutch institute to test chip sensors',
      'lead: GEORGE TOWN: A Penang sensor maker and a Dutch research institute will test chip-scale gas sensors for factories.',
      'body: The two sides signed the agreement at a ceremony in George Town yesterday.',
    ]);
    expect(article.author).toBe('NUR AINA HASHIM');
    expect(article.tags).toEqual(['Penang sensors Netherlands']);
    // The header's day is the story's own: "yesterday" counts from it, not from the site's day.
    expect(article.storyDay).toBe('2025-06-10');
  });
});

describe("a paper's own day line above the story", () => {
  test('is the header, not the lead, and the day relative dates count from', () => {
    const article = parseFixture('day-above-story');
    expect(article.publishedOn).toBe('2025-03-05');
    expect(article.storyDay).toBe('2025-03-04');
    expect(texts(article)[1]).toBe(
      'lead: The Oslo Tidal Laboratory and the University of Cebu on Monday agreed to share tidal measurements from three stations.',
    );
    // "on Monday" before Tuesday the 4th, not before Wednesday the 5th.
    const monday = storyDates(article, splitSentences(article)).find((d) => /Monday/.test(d.text));
    expect(monday?.date).toBe('2025-03-03');
  });

  test('a day weeks before publication, or after it, is no story day', () => {
    const old = parseArticle(
      ' date 2025-03-05 Tech\n\nA title\n\nMarch 5, 2025 | 07:55\nJan 4, 2025\n\nThe lab agreed to share data on Monday.\n',
    );
    expect(old.storyDay ?? null).toBeNull();
  });
});
