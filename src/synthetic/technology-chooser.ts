// Which technologies the synthetic facts are about: the topics of the day (AI, chips, energy
// transition, 5G) far more often than a narrow sub-technology, and a fact's technologies mostly
// from one area, as an agreement on solar power also names storage and smart grids.
import type { Random } from './random.ts';
import type { TechnologyNode } from './taxonomy.ts';
import { WeightedChoice, zipfWeights } from './weighted-choice.ts';

const topics = [
  'artificial-intelligence',
  'semiconductors',
  'renewable-energy',
  'digital-transformation',
  '5g',
  'quantum-computing',
  'green-hydrogen',
  'biotechnology',
  'machine-learning',
  'cybersecurity',
  'smart-cities',
  'space-technology',
  'electric-vehicles',
  'data-centres',
  'high-performance-computing',
  'chip-design',
];

export class TechnologyChooser {
  private readonly ranked: TechnologyNode[];
  private readonly choice: WeightedChoice;
  private readonly byArea = new Map<number, TechnologyNode[]>();

  constructor(random: Random, technologies: TechnologyNode[]) {
    const first = topics
      .map((slug) => technologies.find((t) => t.slug === slug))
      .filter((t): t is TechnologyNode => t !== undefined);
    const rest = random.shuffle(technologies.filter((t) => !first.includes(t)));
    this.ranked = [...first, ...rest];
    this.choice = new WeightedChoice(zipfWeights(this.ranked.length, 0.9, 4));
    for (const t of technologies) {
      const area = this.byArea.get(t.areaId);
      if (area === undefined) this.byArea.set(t.areaId, [t]);
      else area.push(t);
    }
  }

  draw(random: Random): TechnologyNode {
    return this.ranked[this.choice.draw(random)]!;
  }

  /** `count` distinct technologies: half the time starting from `focus`, the rest mostly from the same area. */
  drawRelated(random: Random, count: number, focus: TechnologyNode): TechnologyNode[] {
    const chosen = [random.chance(0.5) ? focus : this.draw(random)];
    for (let attempt = 0; chosen.length < count && attempt < 20; attempt++) {
      const area = this.byArea.get(chosen[0]!.areaId)!;
      const candidate = random.chance(0.6) ? random.pick(area) : this.draw(random);
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    return chosen;
  }
}
