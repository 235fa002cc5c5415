// The partnership passes, run over each sentence in turn (the order matters: a later pass reads
// what an earlier one found in the sentence, and a partnership found twice keeps its first title),
// and, once the events are read, the other side of a two-party deal in a bilateral story.
import type { ActorDraft } from '../actors.ts';
import { agreedCooperation } from './cooperation.ts';
import type { RelationContext } from './context.ts';
import { namedFrameworks } from './frameworks.ts';
import { PartnershipLedger, type SentenceReading } from './ledger.ts';
import { launchedNetworksAndCentres, namedNetworkLaunched } from './networks.ts';
import {
  facilitiesRunJointly,
  jointStudies,
  jointVentures,
  membersBroughtTogether,
  programmesNamedAfterTwoCountries,
  projectsBuiltWithPartner,
  projectsCreditedToMakers,
  projectsOfOneDoer,
} from './projects.ts';
import { signings } from './signings.ts';

export function findPartnerships(ctx: RelationContext): PartnershipLedger {
  const ledger = new PartnershipLedger();
  ctx.sentences.forEach((s, si) => {
    ctx.currentSentence = s;
    const r: SentenceReading = {
      s,
      si,
      text: s.text,
      setting: ctx.dateContext(s),
      techs: [...new Set(ctx.techsIn(s).map((t) => t.slug))],
    };
    signings(ctx, ledger, r); // 1
    const strategic = namedFrameworks(ctx, ledger, r); // 2
    projectsCreditedToMakers(ctx, ledger, r); // 3
    agreedCooperation(ctx, ledger, r, strategic); // 4
    facilitiesRunJointly(ctx, ledger, r); // 5a
    projectsOfOneDoer(ctx, ledger, r); // 5b
    const networkDone = namedNetworkLaunched(ctx, ledger, r); // 5c
    membersBroughtTogether(ctx, ledger, r); // 5e
    jointStudies(ctx, ledger, r); // 5f
    projectsBuiltWithPartner(ctx, ledger, r); // 5g
    jointVentures(ctx, ledger, r); // 5h
    programmesNamedAfterTwoCountries(ctx, ledger, r); // 5d
    launchedNetworksAndCentres(ctx, ledger, r, networkDone); // 5
  });
  return ledger;
}

// The other side of a two-party deal in a bilateral story: when one party is known to be from one
// of the story's two countries and the other party's country is unknown, the other party is from the
// other country ("an MoU between Chulalongkorn University and Deltares, a Dutch research institute"
// in a Thailand–Netherlands story → Chulalongkorn University is Thai). Only organisations, and only
// when the story has exactly two countries.
export function otherSideOfBilateralDeals(ctx: RelationContext, ledger: PartnershipLedger): void {
  const { index, input } = ctx;
  if (input.pair.length === 2) {
    for (const p of ledger.partnerships) {
      // Signed documents and joint research only: a project may well be run by two firms of one country.
      if (p.kind !== 'mou' && p.kind !== 'agreement' && p.kind !== 'joint_research') continue;
      const sides = p.parties
        .map((x) => index.get(x.actorKey)!)
        .filter((a) => a && a.kind !== 'state' && a.kind !== 'person');
      if (sides.length !== 2 || p.parties.length !== 2) continue;
      const [a, b] = sides as [ActorDraft, ActorDraft];
      const known = a.country && !b.country ? a : b.country && !a.country ? b : null;
      const unknown = known === a ? b : a;
      if (!known || !input.pair.includes(known.country!)) continue;
      unknown.country = input.pair.find((c) => c !== known.country)!;
      p.countries = [...new Set(sides.map((x) => x.country).filter((c): c is string => !!c))];
      // People who work there and had no country take it.
      for (const person of index.all())
        if (person.kind === 'person' && !person.country && person.affiliationKey === unknown.key)
          person.country = unknown.country;
    }
  }
}
