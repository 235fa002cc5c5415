// Who takes part in partnerships and events. Actors are ranked, the national bodies flagged as
// hubs first, and drawn with Zipf weights over that ranking: a few ministries, academies and
// intergovernmental organisations end up in thousands of partnerships each, while most actors
// appear in one or two, as in real cooperation networks (preferential attachment).
import type { ActorNode } from './actors.ts';
import type { Random } from './random.ts';
import { WeightedChoice, zipfWeights } from './weighted-choice.ts';

export class ActorChooser {
  private readonly ranked: ActorNode[];
  private readonly choice: WeightedChoice;

  constructor(random: Random, candidates: ActorNode[], exponent: number, offset: number) {
    if (candidates.length === 0) throw new Error('no actors to choose from');
    const hubs = random.shuffle(candidates.filter((a) => a.hub));
    const rest = random.shuffle(candidates.filter((a) => !a.hub));
    this.ranked = [...hubs, ...rest];
    this.choice = new WeightedChoice(zipfWeights(this.ranked.length, exponent, offset));
  }

  draw(random: Random): ActorNode {
    return this.ranked[this.choice.draw(random)]!;
  }

  /**
   * `count` distinct actors. Each one after the first is redrawn a few times while it shares a
   * country with those already chosen: the cooperation in the news is mostly international.
   */
  drawDistinct(random: Random, count: number, preferForeign: boolean): ActorNode[] {
    const chosen: ActorNode[] = [];
    const wanted = Math.min(count, this.ranked.length);
    while (chosen.length < wanted) {
      let pick: ActorNode | undefined;
      for (let attempt = 0; attempt < 30 && pick === undefined; attempt++) {
        const candidate = this.draw(random);
        if (chosen.includes(candidate)) continue;
        const domestic = candidate.place !== null && chosen.some((a) => a.place === candidate.place);
        if (preferForeign && domestic && attempt < 4 && random.chance(0.8)) continue;
        pick = candidate;
      }
      // A tiny graph can run out of luck: take the best-ranked actor not chosen yet.
      chosen.push(pick ?? this.ranked.find((a) => !chosen.includes(a))!);
    }
    return chosen;
  }
}
