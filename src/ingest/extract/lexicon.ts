// Word lists the rules use: titles, honorifics, organisation head nouns and the kinds they imply,
// portfolio words of ministry names, blocs. General English news vocabulary, nothing specific
// to any one story.
import type { ActorKind } from '../../../schema/tables.ts';

/** Core titles (capitalised as written before a name). Longest first when compiled. */
export const TITLE_CORES = [
  'Prime Minister', 'Minister Delegate', 'Minister', 'Vice-Minister', 'Deputy-Minister', 'Ambassador', 'President', 'Vice President', 'Vice-President', 'Vice-Chairman', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair',
  'Director General', 'Director-General', 'General Director', 'Managing Director', 'Executive Director', 'Country Director',
  'Regional Director', 'Director', 'Secretary General', 'Secretary-General', 'General Secretary', 'Secretary of State',
  'Permanent Secretary', 'State Secretary', 'Under-Secretary', 'Under Secretary', 'Undersecretary', 'Secretary', 'Head', 'Governor', 'Mayor', 'Rector',
  'Vice Rector', 'Vice-Rector', 'Dean', 'Chief Executive Officer', 'Chief Executive', 'Chief Technology Officer',
  'Chief Operating Officer', 'Chief Scientist', 'CEO', 'CTO', 'COO', 'CFO', 'Founder', 'Co-founder', 'Co-Founder',
  'Consul General', 'Consul-General', 'Consul', 'Counsellor', 'Minister-Counsellor', 'Commissioner', 'Speaker', 'Chancellor',
  'Vice-Chancellor', 'Vice Chancellor', 'Provost', 'General Manager', 'Country Manager', 'Manager', 'Envoy', 'Special Envoy',
  'Senator', 'Trade Commissioner', "Chargé d'Affaires", 'Charge d’Affaires', "Chargé d’affaires", 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Deputy Head', 'Chairman of the Board', 'Party Secretary', 'Attaché', 'Attache', 'Representative',
  'Chief Representative', 'Principal', 'Head of Delegation', 'Lead Scientist', 'Senior Researcher', 'Researcher', 'Professor',
  'Administrator', 'Cabinet Secretary', 'Principal Secretary', 'Prefect',
];
export const TITLE_PREFIXES = ['Permanent', 'Acting', 'Standing', 'First', 'Senior', 'Former', 'Executive', 'Deputy', 'Vice', 'Assistant', 'Associate', 'Co-'];
/** Abbreviated titles used for later mentions. */
export const TITLE_ABBREVIATIONS: Record<string, string> = { DPM: 'Deputy Prime Minister', PM: 'Prime Minister', 'Amb.': 'Ambassador' };
/** Single words that belong to a title (never part of a name). */
export const TITLE_WORDS = new Set([
  'Minister', 'Ministers', 'Vice-Minister', 'Deputy-Minister', 'Vice-President', 'Vice-Chairman', 'Prime', 'Deputy', 'Vice', 'Permanent', 'Acting', 'Ambassador', 'President', 'Chairman', 'Chairwoman',
  'Chairperson', 'Director', 'Director-General', 'Secretary', 'Secretary-General', 'Undersecretary', 'Governor', 'Mayor', 'Rector', 'Dean', 'CEO',
  'CTO', 'COO', 'CFO', 'Founder', 'Co-founder', 'Consul', 'Counsellor', 'Commissioner', 'Chancellor', 'Manager', 'Envoy',
  'Senator', 'Spokesperson', 'Chief', 'Head', 'DPM', 'PM', 'Professor', 'Representative', 'Principal', 'Standing', 'Executive',
  'Managing', 'General', 'Assistant', 'Associate', 'Chair', 'Speaker', 'Researcher', 'Scientist', 'Administrator', 'Prefect', 'Delegate',
]);
/**
 * Lowercase particles inside people's names ("Remco van Wijngaarden", "Luiz Inácio Lula da Silva",
 * "Ursula von der Leyen", "Mahathir bin Mohamad"): part of the name when a capitalised word follows.
 */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'delle', 'dei', 'degli', 'der', 'den', 'di', 'du', 'des', 'la',
  'le', 'ten', 'ter', 'te', 'vom', 'zu', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y',
]);
/** A lowercase Arabic-style article glued to a surname ("al-Mansouri", "el-Sayed"). */
export const GLUED_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|ibn|bin|abu|ben)[-‐]\p{Lu}/u;

/** Organisation head nouns → kind. A name containing one of these is an organisation. */
export const ORG_HEADS: Record<string, ActorKind> = {
  Ministry: 'government_body', Department: 'government_body', Agency: 'government_body', Office: 'government_body',
  Embassy: 'government_body', Consulate: 'government_body', Commission: 'government_body', Committee: 'government_body',
  Authority: 'government_body', Administration: 'government_body', Directorate: 'government_body', Bureau: 'government_body',
  Secretariat: 'government_body', Government: 'government_body', Assembly: 'government_body', Parliament: 'government_body',
  Senate: 'government_body', Cabinet: 'government_body', Inspectorate: 'government_body', Municipality: 'government_body',
  "People's": 'government_body', Delegation: 'government_body', Mission: 'government_body',
  University: 'university', College: 'university', Polytechnic: 'university', School: 'university', Universities: 'university',
  Institute: 'research_institute', Laboratory: 'research_institute', Laboratories: 'research_institute', Lab: 'research_institute',
  Academy: 'research_institute', Observatory: 'research_institute', Centre: 'research_institute', Center: 'research_institute',
  Hub: 'research_institute',
  Association: 'association', Society: 'association', Federation: 'association', Chamber: 'association', Union: 'association',
  Club: 'association', Alliance: 'association', Foundation: 'association', Confederation: 'association', Council: 'association',
  Consortium: 'association', Coalition: 'association',
  Ltd: 'company', 'Ltd.': 'company', Limited: 'company', 'Co.': 'company', Co: 'company', Company: 'company', Corp: 'company',
  'Corp.': 'company', Corporation: 'company', Inc: 'company', 'Inc.': 'company', JSC: 'company', PLC: 'company', plc: 'company',
  LLC: 'company', GmbH: 'company', AG: 'company', 'S.A.': 'company', SE: 'company', Group: 'company', Holdings: 'company',
  Holding: 'company', Technologies: 'company', Systems: 'company', Solutions: 'company', Electronics: 'company', Semiconductor: 'company',
  Semiconductors: 'company', Motors: 'company', Telecom: 'company', Software: 'company', Bank: 'company', Airlines: 'company',
  Pharma: 'company', Pharmaceuticals: 'company', Partners: 'company', Ventures: 'company', Capital: 'company', Industries: 'company',
  Enterprises: 'company', Labs: 'company', Energy: 'company', Robotics: 'company', Aerospace: 'company', Networks: 'company',
  Microsystems: 'company', Devices: 'company', Products: 'company', Centres: 'company', Centers: 'company', Instruments: 'company', Engineering: 'company', Consulting: 'company',
  // The same heads in the languages institutions keep their names in ("Universitas Gadjah Mada",
  // "Karolinska Institutet", "Politecnico di Milano"), and legal forms that end company names.
  Universiti: 'university', Universitas: 'university', Université: 'university', Universität: 'university', Universidad: 'university',
  Universidade: 'university', Università: 'university', Universiteit: 'university', Universitet: 'university', Politecnico: 'university',
  Hochschule: 'university', Institut: 'research_institute', Institutet: 'research_institute', Instituto: 'research_institute',
  Istituto: 'research_institute', Bhd: 'company', Berhad: 'company', Tbk: 'company', Oy: 'company', Oyj: 'company', ASA: 'company',
  SpA: 'company', 'S.p.A.': 'company', NV: 'company', BV: 'company', Pte: 'company', Pvt: 'company', 'Pte.': 'company', 'Pvt.': 'company',
  Ltda: 'company', 'Ltda.': 'company',
  // Last words of company names in trade press ("GeoViet Analytics", "Formosa Capital Securities").
  Analytics: 'company', Securities: 'company', Advisory: 'company', Consultants: 'company', Photonics: 'company',
  Optoelectronics: 'company', Sensing: 'company', Tech: 'company', Biotech: 'company', Biosciences: 'company',
  Therapeutics: 'company', Diagnostics: 'company', Logistics: 'company', Chemicals: 'company', Dynamics: 'company',
  Circuits: 'company',
  // "Commonwealth Scientific and Industrial Research Organisation", "Bach Mai Hospital", "German Academic Exchange Service".
  Organisation: 'research_institute', Organization: 'research_institute', Hospital: 'research_institute', Service: 'government_body',
};
/** Heads that lead a name in the institution's own language, the words after them being its name ("Universitas Gadjah Mada"). */
export const LEADING_HEADS = new Set(['Universiti', 'Universitas', 'Université', 'Universität', 'Universidad', 'Universidade', 'Università', 'Universiteit', 'Politecnico', 'Hochschule', 'Institut', 'Instituto', 'Istituto']);
/** Heads that make a name an organisation only when they END it ("X Energy", "X Technologies"), not inside ("Energy Agency"). */
export const SUFFIX_ONLY_HEADS = new Set(['Hospital', 'Service', 'Analytics', 'Securities', 'Advisory', 'Consultants', 'Photonics', 'Optoelectronics', 'Sensing', 'Tech', 'Biotech', 'Biosciences', 'Therapeutics', 'Diagnostics', 'Logistics', 'Chemicals', 'Dynamics', 'Circuits', 'Bhd', 'Berhad', 'Tbk', 'Oy', 'Oyj', 'ASA', 'SpA', 'S.p.A.', 'NV', 'BV', 'Pte', 'Pvt', 'Pte.', 'Pvt.', 'Ltda', 'Ltda.', 'Technologies', 'Systems', 'Solutions', 'Electronics', 'Semiconductor', 'Semiconductors', 'Motors', 'Telecom', 'Software', 'Energy', 'Robotics', 'Aerospace', 'Networks', 'Microsystems', 'Devices', 'Instruments', 'Engineering', 'Consulting', 'Capital', 'Partners', 'Ventures', 'Industries', 'Enterprises', 'Labs', 'Pharma', 'Pharmaceuticals', 'Airlines', 'Holding', 'Holdings', 'Products', 'Centres', 'Centers', 'Hub', 'Club', 'Lab', 'Bank', "People's"]);
/**
 * Common nouns that say what kind of organisation a name is, in appositives ("Deltares, a Dutch
 * research institute", "Qubitrail, a Canadian startup") and in lists ("Dutch companies such as X").
 * Two-word nouns are written with a space. Plurals are derived ("companies", "research institutes").
 */
export const KIND_NOUNS: Record<string, ActorKind> = {
  company: 'company', firm: 'company', startup: 'company', 'start-up': 'company', corporation: 'company', conglomerate: 'company',
  manufacturer: 'company', maker: 'company', chipmaker: 'company', carmaker: 'company', automaker: 'company', developer: 'company',
  operator: 'company', provider: 'company', supplier: 'company', producer: 'company', utility: 'company', consultancy: 'company',
  enterprise: 'company', subsidiary: 'company', 'spin-off': 'company', spinoff: 'company', bank: 'company', insurer: 'company',
  lender: 'company', multinational: 'company', unicorn: 'company', business: 'company', 'joint venture': 'company',
  institute: 'research_institute', 'research institute': 'research_institute', 'research centre': 'research_institute',
  'research center': 'research_institute', laboratory: 'research_institute', lab: 'research_institute', 'think tank': 'research_institute',
  'think-tank': 'research_institute', 'research organisation': 'research_institute', 'research organization': 'research_institute',
  university: 'university', college: 'university', polytechnic: 'university',
  agency: 'government_body', ministry: 'government_body', regulator: 'government_body', 'government agency': 'government_body',
  association: 'association', federation: 'association', chamber: 'association', 'non-profit': 'association', nonprofit: 'association',
  NGO: 'association', foundation: 'association', 'industry body': 'association', 'trade body': 'association', society: 'association',
  alliance: 'association', consortium: 'association',
};
/** The kind a (possibly plural) kind noun gives: "companies" → company, "research institutes" → research_institute. */
export function kindOfNoun(noun: string): ActorKind | null {
  const n = noun.replace(/\s+/g, ' ');
  const lower = n === 'NGO' || n === 'NGOs' ? n.replace(/s$/, '') : n.toLowerCase();
  if (KIND_NOUNS[lower]) return KIND_NOUNS[lower]!;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('sses') ? lower.slice(0, -2) : lower.replace(/s$/, '');
  return KIND_NOUNS[singular] ?? null;
}
/** Legal-form suffixes that may be dropped to give an alias ("Acme Ltd" → "Acme"). */
export const LEGAL_SUFFIXES = ['Co., Ltd.', 'Co., Ltd', 'Co. Ltd', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'JSC', 'PLC', 'plc', 'LLC', 'GmbH', 'AG', 'S.A.', 'Group', 'Holdings', 'Company'];
/** Words that name a document, plan or programme: a name holding one names no actor ("… Economic Partnership Agreement"). */
export const DOCUMENT_WORDS = [
  'Agreement', 'Agreements', 'Partnership', 'Strategy', 'Programme', 'Programmes', 'Program', 'Programs', 'Treaty', 'Declaration',
  'Roadmap', 'Memorandum', 'Accord', 'Convention', 'Protocol', 'Statement', 'Plan',
];
/** Names ending in these are events or documents, never organisations. */
export const NON_ORG_ENDINGS = new Set([
  ...DOCUMENT_WORDS,
  'Forum', 'Summit', 'Conference', 'Expo', 'Exhibition', 'Week', 'Festival', 'Dialogue', 'Roundtable', 'Workshop', 'Seminar',
  'Resolution', 'Law', 'Decree', 'Award', 'Awards', 'Prize', 'Tunnel', 'Project', 'Initiative', 'Network', 'Fund', 'Facility', 'Day',
  'Fair', 'Show', 'Challenge', 'Competition', 'Contest', 'Report', 'Index',
]);
/**
 * Lowercase nouns that, right after a name and its acronym, show the name is a programme, plan or
 * thing rather than an organisation: "the China–Brazil Earth Resources Satellite (CBERS) programme".
 */
export const NON_ORG_FOLLOWERS = new Set([
  'programme', 'programmes', 'program', 'programs', 'project', 'projects', 'initiative', 'mission', 'missions', 'scheme', 'satellite',
  'satellites', 'system', 'framework', 'plan', 'agreement', 'treaty', 'partnership', 'series', 'constellation', 'corridor', 'award',
  'model', 'platform', 'standard', 'roadmap', 'strategy', 'fund', 'grant', 'grants', 'facility', 'mechanism', 'zone',
]);
/** Words of ministry and department portfolios ("Ministry of Science and Technology"). */
export const PORTFOLIO_WORDS = new Set(
  `Science Sciences Technology Technologies Finance Foreign Affairs Industry Trade Education Training Health Information
  Communications Communication Planning Investment Agriculture Rural Development Natural Resources Environment Transport
  Transportation Construction Labour Labor Invalids Social Justice Defence Defense Home Interior Culture Sports Tourism Energy Economy
  Economic Economics Digital Innovation Research Security Public National Ethnic Minorities Religious Commerce Enterprise Enterprises
  Business Businesses Higher ICT IT Industrial Policy Strategy Studies Engineering Medicine Medical Physics Chemistry Mathematics
  Space Aerospace Climate Change Water Food Fisheries Forestry Land Infrastructure Telecommunications Post Posts Internal International
  Cooperation Relations Transformation Intellectual Property Standards Metrology Quality Atomic Nuclear Radiation Safety Startups Employment Welfare
  Family Women Youth Children Veterans Statistics Customs Taxation Treasury Budget State Administration Legal Inspection Management
  Marine Ocean Oceans Meteorology Hydrology Geology Minerals Mines Mining Petroleum Oil Gas Electricity Power Renewable Media Press
  Broadcasting Arts Humanities Heritage Disaster Emergency Exports Export Import Manufacturing Small Medium Sized Advanced Applied
  Biotechnology Biology Informatics Computing Computer Electronics Electrical Mechanical Materials Green Sustainable Data AI
  Artificial Intelligence Semiconductor Semiconductors Quantum Robotics Automation Commerce Regional Urban Housing Wildlife Scientific
  Technological Knowledge Economy Economies Affairs Foreign Trade Exploration Resource Environmental Protection Development Studies Training
  Mineral Maritime Creative Cooperatives Manpower Villages Investments Agrarian Spatial Fishery Communication Informatics
  Systems Study Sciences Mathematics Statistics Vocational Logistics Civil Aviation Railways Roads Ports Trade Industries Advanced
  Transition Ecological Sustainability Knowledge Digitalisation Digitalization Digitisation Modernisation Modernization Connectivity
  Reconstruction Entrepreneurship Universities Schools Tertiary Reform Reforms Geo-Informatics Geoinformatics Geospatial Geomatics
  Geodesy Cartography Surveying Mapping Hydrography Oceanography Seismology Volcanology Astronomy Astrophysics Genomics Epidemiology Hygiene`
    .split(/\s+/)
    .filter(Boolean),
);
/** Intergovernmental bodies and blocs, with their usual short forms. */
export const BLOCS: { name: string; aliases: string[] }[] = [
  { name: 'European Union', aliases: ['EU'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { name: 'United Nations', aliases: ['UN'] },
  { name: 'United Nations Development Programme', aliases: ['UNDP'] },
  { name: 'UNESCO', aliases: [] },
  { name: 'World Bank', aliases: [] },
  { name: 'Asian Development Bank', aliases: ['ADB'] },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'] },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD'] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Telecommunication Union', aliases: ['ITU'] },
  { name: 'World Intellectual Property Organization', aliases: ['WIPO'] },
  { name: 'European Space Agency', aliases: ['ESA'] },
  { name: 'Mekong River Commission', aliases: ['MRC'] },
  { name: 'G7', aliases: [] },
  { name: 'G20', aliases: [] },
];

/** Common Vietnamese family names: a name starting with one is a person's (and, absent other clues, Vietnamese). */
export const VIETNAMESE_SURNAMES = new Set(
  `Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Truong Mai Trinh Lam Luong Ha Ta Cao Chu Quach
  Doan Vuong Trieu Luu Tong Kieu Ton Hua Nong Giang Lai Phung Tang Thach Tieu Than Khuc Dam Lu Lo Au Nghiem Mac Kha Bach`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The commonest Chinese (pinyin) and Korean surnames: a person's name starts there, so an
 * organisation's name does not run on into it ("Vice President of the Chinese Academy of
 * Agricultural Sciences Zhang Wenbo").
 */
export const EAST_ASIAN_SURNAMES = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao
  Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Kim Lee Park Choi Jung Kang Cho Yoon
  Jang Lim Shin Yoo Kwon Hwang Ahn Song Jeon Hong Ko Moon Yang Son Bae Baek`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that open a Title-Case headline's clauses or a participle clause before a name ("Deputy
 * Minister Hosts Polish Ambassador", "Receiving Lee, the Prime Minister said …").
 */
export const HEADLINE_VERBS = new Set([
  'Receiving', 'Receives', 'Received', 'Meeting', 'Meets', 'Welcoming', 'Welcomes', 'Hosting', 'Hosts', 'Visiting', 'Visits',
  'Addressing', 'Speaking', 'Holds', 'Signs', 'Attends', 'Congratulating', 'Praising', 'Highlighting', 'Noting', 'Stressing',
  'Calls', 'Eyes', 'Seeks', 'Urges', 'Launches', 'Pledges', 'Discusses', 'Agrees', 'Opens', 'Joins', 'Tours', 'Backs', 'Thanks',
]);

/** Capitalised words that are never (part of) an actor's name. */
export const NOT_NAME_WORDS = new Set([...HEADLINE_VERBS,
  'Photo', 'Source', 'Resolution', 'Law', 'Decree', 'MoU', 'MoUs', 'MOU', 'Memorandum', 'Agreement', 'CEO', 'Vietnam-based',
  'Sci-tech', 'Sci-Tech', 'R&D', 'GDP', 'FDI', 'ODA', 'COVID-19', 'COVID', 'ASEAN', 'Photo:', 'No', 'Party', 'State',
  'Internet', 'Industry', 'Innovation', 'Science', 'Technology', 'Technologies', 'Digital', 'National', 'International',
  'Government', 'Ministry', 'Embassy', 'Both', 'Some', 'Several', 'Together', 'Overall', 'Currently', 'Recently',
]);
