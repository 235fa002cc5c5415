// The hand-curated knowledge of the two sample articles in shared/corpus, checked against the
// answer keys in shared/corpus/gold. Plain data keyed by slugs and ISO codes; the seed loads it.
//
// Every summary, description and excerpt below is a curator's paraphrase, not the articles' own
// words: the article texts themselves are not part of this repository. Technology slugs refer to
// src/knowledge/reference/technologies.ts; actor, partnership and event slugs to this file.
import type { CuratedKnowledge } from './types.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';
const UK_ARTICLE = '2025-11-04-vietnam-uk-experts-explore-tech-cooperation-and-innovation';

export const sampleKnowledge: CuratedKnowledge = {
  articles: [
    {
      slug: US_ARTICLE,
      url: 'https://vir.com.vn/vietnam-us-deepen-cooperation-in-science-and-technology-137508.html',
      title: 'Vietnam, US deepen cooperation in science and technology',
      source: 'Vietnam Investment Review',
      section: 'Corporate',
      author: 'Bich Thuy',
      publishedAt: '2025-09-29T23:15:00+07:00',
      summary:
        "At a Hanoi meeting on 26 September 2025, Permanent Deputy Minister Vu Hai Quan of Vietnam's science ministry and US Ambassador Marc E. Knapper agreed that the two countries should widen their joint work on sci-tech, innovation and digital transformation. " +
        'Knapper suggested emerging fields for collaboration, among them critical minerals, new materials, nuclear energy, satellite internet, space research and satellite services for disaster and climate resilience. ' +
        'Quan, for his part, asked American officials and companies to back the legal reforms and strategic-technology plans Vietnam is pursuing.',
      tags: [
        'Vietnam',
        'the US',
        'cooperation',
        'science and technology',
        'innovation',
        'digital transformation',
        'businesses',
      ],
      themes: ['Digital Transformation'],
      contentHash: '86d9ef3ed2643f8181376b4cb9049beba82be5adc658c42d7f9b865c48d5d554',
    },
    {
      slug: UK_ARTICLE,
      url: null,
      title: 'Vietnam, UK experts explore tech cooperation and innovation',
      source: 'Vietnam Investment Review',
      section: 'Corporate',
      author: 'Nguyen Huong',
      publishedAt: '2025-11-04T11:28:00+07:00',
      summary:
        'In London on 31 October 2025, Deputy Prime Minister Nguyen Chi Dung met Vietnamese scientists and professionals working in Britain and took part in a forum on what Vietnam can learn from the UK in building its key technology industries. ' +
        'Speakers pointed to British strengths including AI, semiconductors, quantum technology and renewables, and showcased projects by ODE Ltd, Scott Wilson, Quantum Science and BP Group. ' +
        "On the sidelines, Vietnam's National Innovation Centre and the Vietnamese Intellectual Society in the UK signed a memorandum of understanding to link innovators, start-ups and investors in the two countries.",
      // The tag line runs tags together; "Vietnam Innovation Network" is read as one tag (the
      // network run by the National Innovation Centre).
      tags: ['NIC', 'Ministry of Finance (MoF)', 'UK', 'Vietnam Innovation Network'],
      themes: [],
      contentHash: '6c0875ca2e9b153e7c21d5c38eed376aa4760bdd1fee930f36cbbd619cd399b9',
    },
  ],

  actors: [
    // States: countries acting as parties to country-level partnerships.
    {
      slug: 'vietnam',
      name: 'Vietnam',
      kind: 'state',
      country: 'VN',
      description:
        'The Socialist Republic of Vietnam, taken as a whole when it is a party to cooperation with another country.',
      aliases: ['Viet Nam', 'Socialist Republic of Vietnam'],
    },
    {
      slug: 'united-states',
      name: 'United States',
      kind: 'state',
      country: 'US',
      // One state actor per country: "the US government" the article asks for support is this one.
      description: 'The United States of America as a country-level partner in bilateral cooperation.',
      aliases: [
        'US',
        'USA',
        'the United States',
        'United States of America',
        'United States Government',
        'US government',
        'U.S. government',
      ],
    },
    {
      slug: 'united-kingdom',
      name: 'United Kingdom',
      kind: 'state',
      country: 'GB',
      description:
        'The United Kingdom of Great Britain and Northern Ireland as a country-level partner in cooperation.',
      aliases: ['UK', 'Britain', 'the United Kingdom', 'United Kingdom of Great Britain and Northern Ireland'],
    },

    // Government bodies.
    {
      slug: 'vietnam-ministry-of-science-and-technology',
      name: 'Ministry of Science and Technology',
      kind: 'government_body',
      country: 'VN',
      description:
        "Vietnam's government ministry in charge of science, technology, innovation and digital transformation policy.",
      aliases: [
        'MoST',
        'MOST',
        'MST',
        "Vietnam's Ministry of Science and Technology",
        'Vietnamese Ministry of Science and Technology',
      ],
    },
    {
      slug: 'vietnam-ministry-of-finance',
      name: 'Ministry of Finance',
      kind: 'government_body',
      country: 'VN',
      description: "Vietnam's finance ministry, which oversees the National Innovation Centre.",
      aliases: ['MoF', 'Ministry of Finance (MoF)'],
    },
    {
      slug: 'national-innovation-centre-vietnam',
      name: 'National Innovation Centre',
      kind: 'government_body',
      country: 'VN',
      parent: 'vietnam-ministry-of-finance',
      description:
        'A Vietnamese state centre for innovation and start-up support that operates under the Ministry of Finance.',
      aliases: ['NIC', 'National Innovation Centre (NIC)', 'National Innovation Center'],
    },

    // Associations.
    {
      slug: 'vietnamese-intellectual-society-uk',
      name: 'Vietnamese Intellectual Society in the United Kingdom',
      kind: 'association',
      // A diaspora body: based in the UK (the answer key gives VN as the alternative).
      country: 'GB',
      description: 'An association of Vietnamese scientists, engineers and other professionals living in the UK.',
      aliases: [
        'VIS',
        'Vietnamese Intellectual Society',
        'VIS in the United Kingdom and Northern Ireland',
        'Vietnamese Intellectual Society (VIS) in the United Kingdom',
      ],
    },

    // Companies (countries from context: all were cited as UK examples).
    {
      slug: 'ode-ltd',
      name: 'ODE Ltd',
      kind: 'company',
      country: 'GB',
      description: 'A UK-based firm cited for carrying out renewable energy projects between Britain and Vietnam.',
      aliases: ['ODE'],
    },
    {
      slug: 'scott-wilson',
      name: 'Scott Wilson',
      kind: 'company',
      country: 'GB',
      description: 'A British engineering firm credited with developing the Thames Tideway Tunnel in London.',
      aliases: [],
    },
    {
      slug: 'quantum-science',
      name: 'Quantum Science',
      kind: 'company',
      country: 'GB',
      description:
        'A UK company whose quantum dot and infrared sensing applications were presented as an example project.',
      aliases: [],
    },
    {
      slug: 'bp-group',
      name: 'BP Group',
      kind: 'company',
      country: 'GB',
      description: 'The British energy group, cited for solutions based on green ammonia and green hydrogen.',
      aliases: ['BP'],
    },

    // People.
    {
      slug: 'vu-hai-quan',
      name: 'Vu Hai Quan',
      kind: 'person',
      country: 'VN',
      description:
        "Permanent Deputy Minister at Vietnam's Ministry of Science and Technology, recently appointed to that post when the article appeared.",
      aliases: ['Quan', 'Permanent Deputy Minister Quan'],
    },
    {
      slug: 'marc-e-knapper',
      name: 'Marc E. Knapper',
      kind: 'person',
      country: 'US',
      description: 'The United States ambassador to Vietnam.',
      aliases: ['Knapper', 'Marc Knapper', 'Ambassador Marc E. Knapper'],
    },
    {
      slug: 'nguyen-chi-dung',
      name: 'Nguyen Chi Dung',
      kind: 'person',
      country: 'VN',
      description: 'A Deputy Prime Minister of Vietnam who led the delegation meeting Vietnamese experts in London.',
      aliases: ['DPM Dung', 'Deputy Prime Minister Nguyen Chi Dung', 'Nguyễn Chí Dũng'],
    },
    {
      slug: 'nguyen-duc-tam',
      name: 'Nguyen Duc Tam',
      kind: 'person',
      country: 'VN',
      description: "A Deputy Minister at Vietnam's Ministry of Finance.",
      aliases: ['Nguyễn Đức Tâm'],
    },
    {
      slug: 'pham-duc-long',
      name: 'Pham Duc Long',
      kind: 'person',
      country: 'VN',
      description: "A Deputy Minister at Vietnam's Ministry of Science and Technology.",
      aliases: ['Phạm Đức Long'],
    },
  ],

  affiliations: [
    {
      person: 'vu-hai-quan',
      organization: 'vietnam-ministry-of-science-and-technology',
      title: 'Permanent Deputy Minister',
      sources: [
        {
          article: US_ARTICLE,
          excerpt:
            "Vu Hai Quan is introduced as the science ministry's Permanent Deputy Minister, recently appointed to the post.",
        },
      ],
    },
    {
      person: 'marc-e-knapper',
      organization: null,
      title: 'Ambassador to Vietnam',
      sources: [
        {
          article: US_ARTICLE,
          excerpt: 'Marc E. Knapper is identified as the American ambassador posted to Vietnam.',
        },
      ],
    },
    {
      person: 'nguyen-chi-dung',
      organization: null,
      title: 'Deputy Prime Minister',
      sources: [
        {
          article: UK_ARTICLE,
          excerpt: 'Nguyen Chi Dung appears throughout in his capacity as one of Vietnam’s deputy prime ministers.',
        },
      ],
    },
    {
      person: 'nguyen-duc-tam',
      organization: 'vietnam-ministry-of-finance',
      title: 'Deputy Minister',
      sources: [
        {
          article: UK_ARTICLE,
          excerpt: 'Nguyen Duc Tam attended the London gathering as a deputy finance minister.',
        },
      ],
    },
    {
      person: 'pham-duc-long',
      organization: 'vietnam-ministry-of-science-and-technology',
      title: 'Deputy Minister',
      sources: [
        {
          article: UK_ARTICLE,
          excerpt: 'Pham Duc Long took part in the London event as a deputy minister for science and technology.',
        },
      ],
    },
  ],

  partnerships: [
    // ── From the Vietnam–US article ──
    {
      slug: 'vietnam-us-sci-tech-cooperation',
      title: 'Vietnam–US cooperation in science, technology, innovation and digital transformation',
      kind: 'bilateral_cooperation',
      // Both sides agreed to expand cooperation; nothing was signed.
      status: 'agreed',
      startedOn: null,
      description:
        'An understanding between Vietnam and the United States to broaden joint work on sci-tech, innovation and digital transformation, with the US side naming minerals, materials, nuclear, satellite and space fields as candidates.',
      parties: [
        { actor: 'vietnam', role: 'partner' },
        { actor: 'united-states', role: 'partner' },
      ],
      countries: ['VN', 'US'],
      technologies: [
        'critical-minerals',
        'new-materials',
        'nuclear-energy',
        'satellite-internet',
        'space-technology',
        'satellite-applications',
      ],
      sources: [
        {
          article: US_ARTICLE,
          excerpt:
            'The two governments intend to step up bilateral sci-tech and innovation work, and the ambassador listed minerals, new materials, nuclear power and satellite-based internet among possible fields.',
        },
      ],
    },
    {
      slug: 'vietnam-us-strategic-partnership',
      title: 'Vietnam–US strategic partnership',
      // The article says "strategic partnership"; officially the two countries have had a
      // comprehensive strategic partnership since September 2023 (the answer key's kind_alt).
      kind: 'strategic_partnership',
      status: 'active',
      startedOn: null,
      description:
        'The overarching bilateral relationship between Vietnam and the United States, which the article describes as a strategic partnership that closer sci-tech ties are meant to reinforce.',
      parties: [
        { actor: 'vietnam', role: 'partner' },
        { actor: 'united-states', role: 'partner' },
      ],
      countries: ['VN', 'US'],
      technologies: [],
      sources: [
        {
          article: US_ARTICLE,
          excerpt:
            'Deeper science and innovation cooperation is presented as a way to reinforce the existing strategic ties between Hanoi and Washington.',
        },
      ],
    },

    // ── From the Vietnam–UK article ──
    {
      slug: 'nic-vis-mou',
      title:
        'MoU between the National Innovation Centre and the Vietnamese Intellectual Society in the UK on innovation, startups and technological investment connectivity',
      kind: 'mou',
      status: 'signed',
      startedOn: '2025-10-31',
      description:
        'A memorandum under which the National Innovation Centre and the UK-based Vietnamese Intellectual Society will connect firms, research bodies and universities and run joint projects in Vietnam’s strategic technology groups.',
      parties: [
        { actor: 'national-innovation-centre-vietnam', role: 'signatory' },
        { actor: 'vietnamese-intellectual-society-uk', role: 'signatory' },
      ],
      countries: ['VN', 'GB'],
      // The MoU names only the generic "national strategic technology groups" (see the answer key).
      technologies: [],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt:
            'NIC and VIS signed a memorandum in London to cooperate on innovation, start-ups and investment links between Vietnam and Britain.',
        },
      ],
    },
    {
      slug: 'ode-uk-vietnam-renewable-energy-projects',
      title: 'UK–Vietnam renewable energy cooperation projects implemented by ODE Ltd',
      kind: 'project',
      // Described as projects the company carries out, i.e. under way.
      status: 'active',
      startedOn: null,
      description:
        'Renewable energy projects between Britain and Vietnam that ODE Ltd carries out, shown at the London forum as a model of cooperation.',
      parties: [
        { actor: 'ode-ltd', role: 'implementer' },
        { actor: 'united-kingdom', role: 'partner' },
        { actor: 'vietnam', role: 'partner' },
      ],
      countries: ['GB', 'VN'],
      technologies: ['renewable-energy'],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt: 'Among the showcase examples were UK–Vietnam renewable energy projects executed by ODE Ltd.',
        },
      ],
    },
    {
      slug: 'vietnam-uk-technological-cooperation',
      title: 'Vietnam–UK technological cooperation',
      kind: 'bilateral_cooperation',
      // Only the potential for deeper cooperation is discussed; no agreement is reported.
      status: 'proposed',
      startedOn: null,
      description:
        'Prospective wider technology cooperation between Vietnam and the United Kingdom, which forum participants said the showcased projects point towards.',
      parties: [
        { actor: 'vietnam', role: 'partner' },
        { actor: 'united-kingdom', role: 'partner' },
      ],
      countries: ['VN', 'GB'],
      technologies: [],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt:
            'The example projects were presented as evidence that the two countries could work together more closely on technology.',
        },
      ],
    },
    {
      slug: 'thames-tideway-tunnel',
      title: 'Thames Tideway Tunnel',
      kind: 'project',
      // Shown as an exemplary project; the article does not say at what stage it is.
      status: null,
      startedOn: null,
      description:
        'A large London sewer tunnel project, credited in the article to the engineering firm Scott Wilson and shown as a model project.',
      parties: [{ actor: 'scott-wilson', role: 'implementer' }],
      countries: ['GB'],
      technologies: [],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt:
            'Scott Wilson’s work on the Thames Tideway Tunnel was one of the exemplary projects put before the forum.',
        },
      ],
    },
    {
      slug: 'quantum-science-quantum-dot-infrared-sensors',
      title: 'Quantum dot and infrared sensor applications by Quantum Science',
      kind: 'project',
      // Shown as an exemplary project; the article does not say at what stage it is.
      status: null,
      startedOn: null,
      description:
        'Applications of quantum dots and infrared sensing developed by the company Quantum Science and presented as a showcase project.',
      parties: [{ actor: 'quantum-science', role: 'implementer' }],
      countries: ['GB'],
      technologies: ['quantum-dots', 'infrared-sensors'],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt: 'Quantum Science was cited for its work applying quantum dots and infrared sensors.',
        },
      ],
    },
    {
      slug: 'bp-green-ammonia-green-hydrogen',
      title: 'Green ammonia and green hydrogen solutions by BP Group',
      kind: 'project',
      // Introduced as solutions at the forum; the article does not say at what stage they are.
      status: null,
      startedOn: null,
      description: 'Solutions based on green ammonia and green hydrogen that BP Group showcased at the London forum.',
      parties: [{ actor: 'bp-group', role: 'implementer' }],
      countries: ['GB'],
      technologies: ['green-ammonia', 'green-hydrogen'],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt: 'BP Group presented its approaches to producing green ammonia and green hydrogen.',
        },
      ],
    },
  ],

  events: [
    {
      slug: 'vietnam-us-sci-tech-working-session-2025-09-26',
      title: 'Working session between Permanent Deputy Minister Vu Hai Quan and US Ambassador Marc E. Knapper',
      kind: 'meeting',
      occurredOn: '2025-09-26',
      city: 'Hanoi',
      country: 'VN',
      description:
        "A Hanoi meeting at which Vietnam's science ministry and the US ambassador discussed expanding sci-tech and innovation cooperation.",
      participants: [
        { actor: 'vu-hai-quan', role: 'host' },
        { actor: 'marc-e-knapper', role: 'guest' },
      ],
      partnerships: ['vietnam-us-sci-tech-cooperation'],
      sources: [
        {
          article: US_ARTICLE,
          excerpt: 'Quan received Ambassador Knapper for talks in Hanoi on 26 September.',
        },
      ],
    },
    {
      slug: 'london-innovation-forum-2025-10-31',
      // Paraphrases the answer key's title, which quotes the article at length.
      title: "Forum on fostering innovation and growing Vietnam's key technology sectors with lessons from the UK",
      kind: 'forum',
      occurredOn: '2025-10-31',
      city: 'London',
      country: 'GB',
      description:
        'A London forum of about a hundred Vietnamese officials, scientists, engineers and entrepreneurs on what British experience can teach Vietnam about growing its high-tech sectors.',
      participants: [
        { actor: 'nguyen-chi-dung', role: 'participant' },
        { actor: 'nguyen-duc-tam', role: 'participant' },
        { actor: 'pham-duc-long', role: 'participant' },
        { actor: 'vietnamese-intellectual-society-uk', role: 'participant' },
        // Signed its MoU as part of the forum.
        { actor: 'national-innovation-centre-vietnam', role: 'participant' },
      ],
      partnerships: ['vietnam-uk-technological-cooperation'],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt:
            'The deputy prime minister joined a London forum, attended by two deputy ministers and close to 100 others, on lessons from the UK for Vietnam’s tech sectors.',
        },
      ],
    },
    {
      slug: 'nic-vis-mou-signing-2025-10-31',
      title: 'MoU signing ceremony between NIC and VIS',
      kind: 'signing',
      occurredOn: '2025-10-31',
      city: 'London',
      country: 'GB',
      description:
        'The ceremony in London, held during the forum, at which NIC and VIS signed their memorandum of understanding.',
      participants: [
        { actor: 'national-innovation-centre-vietnam', role: 'signatory' },
        { actor: 'vietnamese-intellectual-society-uk', role: 'signatory' },
        { actor: 'nguyen-chi-dung', role: 'witness' },
      ],
      partnerships: ['nic-vis-mou'],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt:
            'During the forum NIC and VIS put their names to an MoU, with the deputy prime minister present at the ceremony.',
        },
      ],
    },
    {
      slug: 'nguyen-chi-dung-meets-vis-2025-10-31',
      title: 'Deputy Prime Minister Nguyen Chi Dung meets the Vietnamese Intellectual Society (VIS) in the UK',
      kind: 'meeting',
      occurredOn: '2025-10-31',
      city: 'London',
      country: 'GB',
      description:
        'The deputy prime minister’s meeting in London with the UK-based Vietnamese Intellectual Society, possibly the same gathering as the forum.',
      participants: [
        { actor: 'nguyen-chi-dung', role: 'participant' },
        { actor: 'vietnamese-intellectual-society-uk', role: 'participant' },
      ],
      partnerships: [],
      sources: [
        {
          article: UK_ARTICLE,
          excerpt:
            'While in London the deputy prime minister met members of the Vietnamese Intellectual Society and urged them to help Vietnam’s innovation drive.',
        },
      ],
    },
  ],

  // Counts are approximate and cover the story text only (title, lede, body, captions; not the
  // teasers, tags, themes or photo credits). A title that implies an organisation ("Deputy
  // Minister of Finance") counts as a mention of it. State actors count the country's name
  // where the country acts; country counts also include demonyms outside organisation names.
  mentions: [
    {
      article: US_ARTICLE,
      actors: [
        { slug: 'vu-hai-quan', count: 6 },
        { slug: 'marc-e-knapper', count: 5 },
        { slug: 'vietnam-ministry-of-science-and-technology', count: 2 },
        { slug: 'vietnam', count: 12 },
        { slug: 'united-states', count: 11 },
      ],
      countries: [
        { code: 'VN', count: 12 },
        { code: 'US', count: 11 },
      ],
      technologies: [
        { slug: 'digital-transformation', count: 4 },
        { slug: 'critical-minerals', count: 1 },
        { slug: 'new-materials', count: 1 },
        { slug: 'nuclear-energy', count: 1 },
        { slug: 'satellite-internet', count: 1 },
        { slug: 'space-technology', count: 1 },
        { slug: 'satellite-applications', count: 1 },
      ],
    },
    {
      article: UK_ARTICLE,
      actors: [
        { slug: 'nguyen-chi-dung', count: 3 },
        { slug: 'vietnamese-intellectual-society-uk', count: 3 },
        { slug: 'national-innovation-centre-vietnam', count: 2 },
        { slug: 'vietnam-ministry-of-finance', count: 2 },
        { slug: 'vietnam-ministry-of-science-and-technology', count: 1 },
        { slug: 'nguyen-duc-tam', count: 1 },
        { slug: 'pham-duc-long', count: 1 },
        { slug: 'ode-ltd', count: 1 },
        { slug: 'scott-wilson', count: 1 },
        { slug: 'quantum-science', count: 1 },
        { slug: 'bp-group', count: 1 },
        { slug: 'vietnam', count: 7 },
        { slug: 'united-kingdom', count: 13 },
      ],
      countries: [
        { code: 'VN', count: 13 },
        { code: 'GB', count: 14 },
      ],
      technologies: [
        { slug: 'renewable-energy', count: 3 },
        { slug: 'artificial-intelligence', count: 3 },
        { slug: 'semiconductors', count: 2 },
        { slug: 'quantum-technology', count: 2 },
        { slug: 'data-science', count: 1 },
        { slug: 'next-generation-telecommunications', count: 1 },
        { slug: 'quantum-dots', count: 1 },
        { slug: 'infrared-sensors', count: 1 },
        { slug: 'green-ammonia', count: 1 },
        { slug: 'green-hydrogen', count: 1 },
        { slug: '6g', count: 1 },
        { slug: 'biomedical-technology', count: 1 },
        { slug: 'robotics', count: 1 },
        { slug: 'automation', count: 1 },
      ],
    },
  ],
};
