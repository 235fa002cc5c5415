// The technology taxonomy at full size: the curated entries (loaded by the reference data)
// plus synthetic sub-technologies under them, e.g. "machine learning for healthcare" under
// "machine learning". The synthetic part does not depend on the run's seed: the taxonomy is
// reference data, and benchmarks at different seeds should share it.
import { technologyTaxonomy } from '../knowledge/reference/technologies.ts';
import { Random } from './random.ts';
import { slugify } from './slugs.ts';

export interface TechnologyNode {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
  /** The name of its nearest curated ancestor (its own when curated): organisations are named after these. */
  baseName: string;
  /** The id of its top-level area (itself for a top-level technology). */
  areaId: number;
  description: string | null;
  curated: boolean;
}

const applications = [
  'agriculture',
  'healthcare',
  'manufacturing',
  'logistics',
  'finance',
  'education',
  'disaster management',
  'transport',
  'water management',
  'public services',
  'mining',
  'fisheries',
  'tourism',
  'construction',
  'retail',
  'urban planning',
  'energy systems',
  'environmental monitoring',
];
const qualifiers = [
  'advanced',
  'low-power',
  'industrial',
  'marine',
  'edge',
  'distributed',
  'open-source',
  'hybrid',
  'autonomous',
  'bio-inspired',
  'scalable',
  'high-precision',
  'wearable',
  'secure',
  'modular',
  'low-cost',
];

/**
 * Every technology of the taxonomy, `total` in all. `curatedIds` maps the curated slugs to the
 * ids the database gave them; synthetic ones are numbered after the highest of those.
 */
export function buildTaxonomy(curatedIds: Map<string, number>, total: number): TechnologyNode[] {
  const nodes: TechnologyNode[] = technologyTaxonomy.map((entry) => ({
    id: curatedIds.get(entry.slug)!,
    slug: entry.slug,
    name: entry.name,
    parentId: entry.parent === undefined ? null : curatedIds.get(entry.parent)!,
    baseName: entry.name,
    areaId: 0,
    description: entry.description ?? null,
    curated: true,
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const names = new Set(nodes.map((n) => n.name));
  const slugs = new Set(nodes.map((n) => n.slug));
  const curated = [...nodes];
  const random = new Random(0x7ec4);
  let nextId = Math.max(0, ...nodes.map((n) => n.id)) + 1;
  for (let i = 0; nodes.length < total; i++) {
    // Mostly under curated technologies, round-robin so every area grows; one in five a level deeper.
    const parent =
      i % 5 === 4 && nodes.length > curated.length
        ? random.pick(nodes.slice(curated.length))
        : curated[i % curated.length]!;
    // A name says one application at most: "edge machine learning for healthcare", never "... for x for y".
    const qualifier = random.pick(qualifiers);
    const name =
      !parent.name.includes(' for ') && random.chance(0.55)
        ? `${parent.name} for ${random.pick(applications)}`
        : parent.name.startsWith(qualifier)
          ? `${random.pick(qualifiers.filter((q) => q !== qualifier))} ${parent.name}`
          : `${qualifier} ${parent.name}`;
    const slug = slugify(name);
    if (names.has(name) || slugs.has(slug)) continue;
    names.add(name);
    slugs.add(slug);
    const node: TechnologyNode = {
      id: nextId++,
      slug,
      name,
      parentId: parent.id,
      baseName: parent.baseName,
      areaId: 0,
      description: `Research and applications of ${name}, a branch of ${parent.name}.`,
      curated: false,
    };
    nodes.push(node);
    byId.set(node.id, node);
  }
  for (const node of nodes) {
    let top = node;
    while (top.parentId !== null) top = byId.get(top.parentId)!;
    node.areaId = top.id;
  }
  return nodes;
}
