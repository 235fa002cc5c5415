// The technology taxonomy: broad areas first, then narrower technologies under them. Plain data,
// loaded by the seed into `technologies`. Rules kept by this list (a test may check them):
// - slugs are unique, lowercase kebab-case ASCII;
// - `parent` names a slug that appears EARLIER in the array;
// - names are lowercase canonical names (as in the answer keys' technology vocabulary), except
//   for proper acronyms such as "5G" and "6G";
// - an alias is never repeated across entries (case-insensitively) and never equals another
//   entry's name, so every surface form resolves to exactly one technology.
// Generic phrases ("science and technology", "innovation", "high technology", "strategic
// technologies", "technology transfer", "startups") and non-technologies such as "green
// finance" are deliberately absent.
import type { TaxonomyEntry } from '../../db/sample/types.ts';

export const technologyTaxonomy: TaxonomyEntry[] = [
  // ── Artificial intelligence ─────────────────────────────────────────────────────────────
  {
    slug: 'artificial-intelligence',
    name: 'artificial intelligence',
    description: 'Computer systems that learn from data, reason and act on tasks that normally need human judgement.',
    aliases: ['AI', 'A.I.'],
  },
  {
    slug: 'machine-learning',
    name: 'machine learning',
    parent: 'artificial-intelligence',
    aliases: ['ML'],
  },
  {
    slug: 'deep-learning',
    name: 'deep learning',
    parent: 'machine-learning',
    aliases: ['neural networks', 'deep neural networks'],
  },
  {
    slug: 'generative-ai',
    name: 'generative artificial intelligence',
    parent: 'artificial-intelligence',
    aliases: ['generative AI', 'GenAI', 'gen AI'],
  },
  {
    slug: 'large-language-models',
    name: 'large language models',
    parent: 'generative-ai',
    aliases: ['LLM', 'LLMs', 'large language model'],
  },
  {
    slug: 'natural-language-processing',
    name: 'natural language processing',
    parent: 'artificial-intelligence',
    aliases: ['NLP'],
  },
  {
    slug: 'computer-vision',
    name: 'computer vision',
    parent: 'artificial-intelligence',
    aliases: ['image recognition'],
  },

  // ── Semiconductors ──────────────────────────────────────────────────────────────────────
  {
    slug: 'semiconductors',
    name: 'semiconductors',
    description: 'The design, fabrication and packaging of chips and other devices built from semiconducting materials.',
    aliases: [
      'semiconductor',
      'semiconductor industry',
      'chips',
      'chip',
      'microchips',
      'microchip',
      'integrated circuits',
      'integrated circuit',
    ],
  },
  {
    slug: 'chip-design',
    name: 'chip design',
    parent: 'semiconductors',
    aliases: ['IC design', 'semiconductor design', 'integrated circuit design'],
  },
  {
    slug: 'semiconductor-manufacturing',
    name: 'semiconductor manufacturing',
    parent: 'semiconductors',
    aliases: ['chip manufacturing', 'chip fabrication', 'semiconductor fabrication', 'wafer fabrication'],
  },
  {
    slug: 'semiconductor-packaging-and-testing',
    name: 'semiconductor packaging and testing',
    parent: 'semiconductors',
    aliases: ['chip packaging', 'advanced packaging', 'assembly, testing and packaging', 'OSAT'],
  },

  // ── Quantum technology ──────────────────────────────────────────────────────────────────
  {
    slug: 'quantum-technology',
    name: 'quantum technology',
    description: 'Devices and methods that exploit quantum-mechanical effects for computing, communication and measurement.',
    aliases: ['quantum', 'quantum technologies'],
  },
  {
    slug: 'quantum-computing',
    name: 'quantum computing',
    parent: 'quantum-technology',
    aliases: ['quantum computers', 'quantum computer'],
  },
  {
    slug: 'quantum-communication',
    name: 'quantum communication',
    parent: 'quantum-technology',
    aliases: ['quantum communications', 'quantum cryptography', 'quantum key distribution', 'QKD'],
  },
  {
    slug: 'quantum-sensing',
    name: 'quantum sensing',
    parent: 'quantum-technology',
    aliases: ['quantum sensors', 'quantum sensor'],
  },
  {
    slug: 'quantum-dots',
    name: 'quantum dots',
    parent: 'quantum-technology',
    aliases: ['quantum dot', 'quantum-dot'],
  },

  // ── Energy ──────────────────────────────────────────────────────────────────────────────
  {
    slug: 'energy',
    name: 'energy',
    description: 'Technologies that generate, convert, store and distribute energy, from renewables and nuclear to fuels and grids.',
    aliases: ['energy technology', 'energy technologies'],
  },
  {
    slug: 'renewable-energy',
    name: 'renewable energy',
    parent: 'energy',
    aliases: ['renewables', 'renewable energies', 'renewable power', 'clean energy', 'green energy'],
  },
  {
    slug: 'solar-energy',
    name: 'solar energy',
    parent: 'renewable-energy',
    aliases: ['solar', 'solar power', 'solar PV', 'photovoltaics'],
  },
  {
    slug: 'wind-energy',
    name: 'wind energy',
    parent: 'renewable-energy',
    aliases: ['wind power'],
  },
  {
    slug: 'offshore-wind',
    name: 'offshore wind',
    parent: 'wind-energy',
    aliases: ['offshore wind power', 'offshore wind energy'],
  },
  {
    slug: 'hydropower',
    name: 'hydropower',
    parent: 'renewable-energy',
    aliases: ['hydroelectric power', 'hydroelectricity'],
  },
  {
    slug: 'bioenergy',
    name: 'bioenergy',
    parent: 'renewable-energy',
    aliases: ['biomass energy', 'biofuels', 'biofuel'],
  },
  {
    slug: 'geothermal-energy',
    name: 'geothermal energy',
    parent: 'renewable-energy',
    aliases: ['geothermal power', 'geothermal'],
  },
  {
    slug: 'nuclear-energy',
    name: 'nuclear energy',
    parent: 'energy',
    aliases: ['nuclear power', 'atomic energy'],
  },
  {
    slug: 'small-modular-reactors',
    name: 'small modular reactors',
    parent: 'nuclear-energy',
    aliases: ['SMR', 'SMRs', 'small modular reactor'],
  },
  {
    slug: 'hydrogen',
    name: 'hydrogen',
    parent: 'energy',
    aliases: ['hydrogen energy', 'hydrogen technology'],
  },
  {
    slug: 'green-hydrogen',
    name: 'green hydrogen',
    parent: 'hydrogen',
    aliases: ['renewable hydrogen'],
  },
  {
    slug: 'green-ammonia',
    name: 'green ammonia',
    parent: 'hydrogen',
    aliases: ['renewable ammonia'],
  },
  {
    slug: 'energy-storage',
    name: 'energy storage',
    parent: 'energy',
    aliases: ['battery storage', 'battery energy storage', 'BESS', 'batteries', 'grid storage', 'grid-scale storage'],
  },
  {
    slug: 'smart-grids',
    name: 'smart grids',
    parent: 'energy',
    aliases: ['smart grid'],
  },
  {
    slug: 'electric-vehicles',
    name: 'electric vehicles',
    parent: 'energy',
    aliases: ['electric vehicle', 'EV', 'EVs', 'e-mobility'],
  },

  // ── Telecommunications ──────────────────────────────────────────────────────────────────
  {
    slug: 'telecommunications',
    name: 'telecommunications',
    description: 'Networks and systems that carry voice and data over distance, by cable, radio and satellite.',
    aliases: ['telecom', 'telecoms', 'telecommunication'],
  },
  {
    slug: 'next-generation-telecommunications',
    name: 'next-generation telecommunications',
    parent: 'telecommunications',
    aliases: ['next-generation networks', 'next-gen telecommunications', 'next-generation mobile networks'],
  },
  {
    slug: '5g',
    name: '5G',
    parent: 'telecommunications',
    aliases: ['5G networks', '5G mobile networks', 'fifth-generation mobile networks'],
  },
  {
    slug: '6g',
    name: '6G',
    parent: 'telecommunications',
    aliases: ['6G mobile networks', '6G networks', '6G technology', 'sixth-generation mobile networks'],
  },
  {
    slug: 'satellite-internet',
    name: 'satellite internet',
    parent: 'telecommunications',
    aliases: [
      'low-altitude satellite internet',
      'low-orbit satellite internet',
      'LEO satellite internet',
      'satellite broadband',
    ],
  },
  {
    slug: 'optical-fibre',
    name: 'optical fibre',
    parent: 'telecommunications',
    aliases: ['optical fiber', 'fibre optics', 'fiber optics', 'submarine cables', 'undersea cables'],
  },

  // ── Space ───────────────────────────────────────────────────────────────────────────────
  {
    slug: 'space-technology',
    name: 'space technology',
    description: 'Research, spacecraft and launch systems for exploring and using outer space.',
    aliases: ['space research', 'space technologies', 'space science', 'aerospace', 'aerospace technology'],
  },
  {
    slug: 'satellite-applications',
    name: 'satellite applications',
    parent: 'space-technology',
    aliases: ['satellite application', 'satellite technology', 'satellite technologies'],
  },
  {
    slug: 'remote-sensing',
    name: 'remote sensing',
    parent: 'satellite-applications',
    aliases: ['earth observation', 'satellite imagery'],
  },
  {
    slug: 'satellite-navigation',
    name: 'satellite navigation',
    parent: 'satellite-applications',
    aliases: ['GNSS', 'satellite positioning'],
  },

  // ── Biotechnology ───────────────────────────────────────────────────────────────────────
  {
    slug: 'biotechnology',
    name: 'biotechnology',
    description: 'Using living organisms, cells and biomolecules to make products for health, farming and industry.',
    aliases: ['biotech', 'bio-technology'],
  },
  {
    slug: 'biomedical-technology',
    name: 'biomedical technology',
    parent: 'biotechnology',
    aliases: [
      'advanced biomedical technology',
      'biomedical technologies',
      'biomedical engineering',
      'biomedicine',
    ],
  },
  {
    slug: 'medical-devices',
    name: 'medical devices',
    parent: 'biomedical-technology',
    aliases: ['medical device', 'medical equipment'],
  },
  {
    slug: 'genomics',
    name: 'genomics',
    parent: 'biotechnology',
    aliases: ['genome sequencing', 'gene sequencing'],
  },
  {
    slug: 'gene-editing',
    name: 'gene editing',
    parent: 'biotechnology',
    aliases: ['genome editing', 'CRISPR'],
  },
  {
    slug: 'vaccine-technology',
    name: 'vaccine technology',
    parent: 'biotechnology',
    aliases: ['vaccines', 'vaccine development', 'mRNA vaccines'],
  },

  // ── Materials ───────────────────────────────────────────────────────────────────────────
  {
    slug: 'materials',
    name: 'materials',
    description: 'The discovery, processing and supply of the materials and minerals that other technologies are built from.',
    aliases: ['materials science', 'material science', 'materials technology'],
  },
  {
    slug: 'new-materials',
    name: 'new materials',
    parent: 'materials',
    aliases: ['advanced materials', 'novel materials', 'new material'],
  },
  {
    slug: 'nanotechnology',
    name: 'nanotechnology',
    parent: 'materials',
    aliases: ['nanomaterials', 'nanotech'],
  },
  {
    slug: 'critical-minerals',
    name: 'critical minerals',
    parent: 'materials',
    aliases: [
      'essential minerals',
      'exploitation of essential minerals',
      'strategic minerals',
      'critical raw materials',
      'critical mineral',
    ],
  },
  {
    slug: 'rare-earths',
    name: 'rare earths',
    parent: 'critical-minerals',
    aliases: ['rare earth elements', 'rare-earth elements', 'rare earth', 'rare earth minerals'],
  },

  // ── Digital transformation ──────────────────────────────────────────────────────────────
  {
    slug: 'digital-transformation',
    name: 'digital transformation',
    description: 'The broad shift of government, business and society onto digital tools, data and online services.',
    aliases: ['digital technologies', 'digital technology', 'digitalisation', 'digitalization', 'digitisation'],
  },
  {
    slug: 'digital-government',
    name: 'digital government',
    parent: 'digital-transformation',
    aliases: ['e-government', 'e-governance'],
  },
  {
    slug: 'fintech',
    name: 'fintech',
    parent: 'digital-transformation',
    aliases: ['financial technology', 'digital payments'],
  },
  {
    slug: 'digital-health',
    name: 'digital health',
    parent: 'digital-transformation',
    aliases: ['e-health', 'telemedicine', 'healthtech'],
  },
  {
    slug: 'smart-cities',
    name: 'smart cities',
    parent: 'digital-transformation',
    aliases: ['smart city'],
  },

  // ── Information technology ──────────────────────────────────────────────────────────────
  {
    slug: 'information-technology',
    name: 'information technology',
    description: 'Computing hardware, software and networks used to store, process and exchange information.',
    aliases: ['ICT', 'information and communication technology', 'information and communications technology'],
  },
  {
    slug: 'data-science',
    name: 'data science',
    parent: 'information-technology',
    aliases: ['big data', 'data analytics', 'big data analytics'],
  },
  {
    slug: 'cloud-computing',
    name: 'cloud computing',
    parent: 'information-technology',
    aliases: ['cloud technology', 'cloud services'],
  },
  {
    slug: 'data-centres',
    name: 'data centres',
    parent: 'information-technology',
    aliases: ['data centers', 'data centre', 'data center'],
  },
  {
    slug: 'high-performance-computing',
    name: 'high-performance computing',
    parent: 'information-technology',
    aliases: ['HPC', 'supercomputing', 'supercomputers'],
  },
  {
    slug: 'cybersecurity',
    name: 'cybersecurity',
    parent: 'information-technology',
    aliases: ['cyber security', 'cyber-security', 'information security', 'network security'],
  },
  {
    slug: 'blockchain',
    name: 'blockchain',
    parent: 'information-technology',
    aliases: ['blockchain technology', 'distributed ledger technology', 'DLT'],
  },
  {
    slug: 'internet-of-things',
    name: 'internet of things',
    parent: 'information-technology',
    aliases: ['IoT', 'industrial internet of things', 'IIoT'],
  },
  {
    slug: 'software',
    name: 'software',
    parent: 'information-technology',
    aliases: ['software development', 'software engineering'],
  },
  {
    slug: 'extended-reality',
    name: 'extended reality',
    parent: 'information-technology',
    aliases: ['XR', 'virtual reality', 'VR', 'augmented reality', 'metaverse'],
  },

  // ── Electronics and sensors ─────────────────────────────────────────────────────────────
  {
    slug: 'electronics',
    name: 'electronics',
    description: 'Electronic components and devices, including sensors and photonics, that sense, process and transmit signals.',
    aliases: ['electronic technology', 'electronics technology'],
  },
  {
    slug: 'sensors',
    name: 'sensors',
    parent: 'electronics',
    aliases: ['sensor', 'sensor technology', 'sensing technology'],
  },
  {
    slug: 'infrared-sensors',
    name: 'infrared sensors',
    parent: 'sensors',
    aliases: ['infrared sensor', 'IR sensors', 'infrared sensing'],
  },
  {
    slug: 'photonics',
    name: 'photonics',
    parent: 'electronics',
    aliases: ['optoelectronics', 'laser technology'],
  },

  // ── Robotics ────────────────────────────────────────────────────────────────────────────
  {
    slug: 'robotics',
    name: 'robotics',
    description: 'Machines that sense their surroundings and move or act on their own, from factory robots to drones.',
    aliases: ['robots', 'robotic technology', 'robot technology'],
  },
  {
    slug: 'industrial-robots',
    name: 'industrial robots',
    parent: 'robotics',
    aliases: ['industrial robot', 'industrial robotics'],
  },
  {
    slug: 'drones',
    name: 'drones',
    parent: 'robotics',
    aliases: ['unmanned aerial vehicles', 'UAV', 'UAVs', 'drone'],
  },
  {
    slug: 'autonomous-vehicles',
    name: 'autonomous vehicles',
    parent: 'robotics',
    aliases: ['self-driving cars', 'driverless vehicles', 'autonomous driving'],
  },

  // ── Advanced manufacturing ──────────────────────────────────────────────────────────────
  {
    slug: 'advanced-manufacturing',
    name: 'advanced manufacturing',
    description: 'Production that relies on automation, connected machines and new processes to make goods more precisely and efficiently.',
    aliases: ['smart manufacturing', 'intelligent manufacturing', 'Industry 4.0', 'manufacturing technology'],
  },
  {
    slug: 'automation',
    name: 'automation',
    parent: 'advanced-manufacturing',
    aliases: ['industrial automation', 'process automation', 'automated systems'],
  },
  {
    slug: 'additive-manufacturing',
    name: 'additive manufacturing',
    parent: 'advanced-manufacturing',
    aliases: ['3D printing', '3-D printing'],
  },

  // ── Climate and environmental technology ────────────────────────────────────────────────
  {
    slug: 'climate-technology',
    name: 'climate technology',
    description: 'Technologies that cut emissions, clean up pollution or help communities adapt to a changing climate.',
    aliases: ['climate tech', 'cleantech', 'clean technology', 'green technology', 'green technologies'],
  },
  {
    slug: 'carbon-capture',
    name: 'carbon capture and storage',
    parent: 'climate-technology',
    aliases: ['carbon capture', 'CCS', 'CCUS', 'carbon capture, utilisation and storage'],
  },
  {
    slug: 'water-technology',
    name: 'water technology',
    parent: 'climate-technology',
    aliases: ['water treatment', 'wastewater treatment'],
  },

  // ── Agriculture ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'agricultural-technology',
    name: 'agricultural technology',
    description: 'Tools, data and biology applied to farming, fisheries and food production to raise yields and cut waste.',
    aliases: ['agritech', 'agtech', 'agri-tech', 'high-tech agriculture', 'smart agriculture'],
  },
  {
    slug: 'precision-agriculture',
    name: 'precision agriculture',
    parent: 'agricultural-technology',
    aliases: ['precision farming'],
  },
];
