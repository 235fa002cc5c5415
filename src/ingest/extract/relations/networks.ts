// Launched networks and joint centres: a named network or initiative launched and the
// organisations behind it, or "A and B launched a (joint) network / research centre / programme"
// with its coordinator.
import type { PartnershipKind } from '../../../../schema/tables.ts';
import { betweenRange, capitalise, clauses, type RelationContext, type Span } from './context.ts';
import type { PartnershipLedger, SentenceReading } from './ledger.ts';

// 5c. A named network or initiative launched ("The X Network was launched … organised by A and B").
/** Returns whether a named network was found, which the launched-network pass then leaves alone. */
export function namedNetworkLaunched(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): boolean {
  const { s, si, text, techs } = r;
  const namedNetwork =
    /((?:\p{Lu}[\p{L}\d'’–-]*\s+){1,7}(?:Network|Alliance|Consortium|Initiative|Programme|Program))\b/u.exec(text);
  let networkDone = false;
  if (
    namedNetwork &&
    /\b(?:launched|launches|launch|formed|established|set up|created|inaugurated|unveiled|kicked off|founded)\b/i.test(
      text,
    ) &&
    !ledger.signingSentences.has(si)
  ) {
    const nameSpan: Span = {
      start: s.start + namedNetwork.index,
      end: s.start + namedNetwork.index + namedNetwork[1]!.length,
    };
    const by = /\b(?:organi[sz]ed|led|initiated|founded|co-founded|launched|backed|hosted)\s+by\s+/i.exec(text);
    const range: Span = by ? { start: s.start + by.index, end: s.end } : { start: s.start, end: s.end };
    const members = ctx
      .partiesIn(s, range, 'org')
      .filter(
        (a) =>
          a.kind !== 'state' && a.kind !== 'person' && !(a.firstStart >= nameSpan.start && a.firstStart < nameSpan.end),
      );
    if (members.length >= 1) {
      networkDone = true;
      const name = namedNetwork[1]!.replace(/^(?:The|A|An)\s+/, '');
      ledger.add({
        title: name,
        kind: /Network|Alliance|Consortium/.test(name) ? 'network' : 'project',
        status: 'active',
        startedOn: /\b(?:will|plan)\b/i.test(text) ? null : (ctx.explicit[si]?.date ?? null),
        parties: members,
        role: 'founder',
        technologies: techs,
        sentence: s,
        confidence: 0.65,
      });
    }
  }
  return networkDone;
}

// 5. Launched networks and joint centres.
export function launchedNetworksAndCentres(
  ctx: RelationContext,
  ledger: PartnershipLedger,
  r: SentenceReading,
  networkDone: boolean,
): void {
  const { s, si, text, techs, setting } = r;
  const { index } = ctx;
  const launched = networkDone
    ? null
    : /\b(?:launched|launch|established|inaugurated|opened|set up|fund|funds|funded|finance|create|created|build|built)\s+(?:a|an|the)?\s*(?:new\s+)?(?:joint\s+)?([\p{L}\s-]*?\b(?:network|alliance|consortium|programme|program|initiative|research (?:centre|center|lab|laboratory)|innovation (?:centre|center|hub)|centre|center|laboratory|lab))\b/iu.exec(
        text,
      );
  if (launched && !ledger.signingSentences.has(si)) {
    const between = betweenRange(s);
    let parties = between ? ctx.partiesIn(s, between, 'org') : [];
    if (parties.length < 1)
      parties = ctx.partiesIn(
        s,
        {
          start:
            clauses(s)
              .filter((c) => c.start <= s.start + launched.index)
              .pop()?.start ?? s.start,
          end: s.start + launched.index,
        },
        'org',
      );
    // "… to be coordinated by X", "led by X": the coordinator is a party too.
    const lead = /\b(?:coordinated|led|hosted|run|managed)\s+by\s+/i.exec(text.slice(launched.index));
    if (lead)
      parties = [
        ...parties,
        ...ctx.partiesIn(s, { start: s.start + launched.index + lead.index, end: s.end }, 'org').slice(0, 1),
      ];
    // The launched thing itself, when it has a name ("… inaugurated the X Research Centre").
    const named = ctx
      .mentionsIn(s)
      .map((m) => index.get(m.key)!)
      .find(
        (a) =>
          a &&
          a.kind !== 'person' &&
          a.kind !== 'state' &&
          a.firstStart >= s.start + launched.index &&
          /\b(?:Centre|Center|Lab|Laboratory|Hub|Network|Alliance|Consortium|Programme|Program)$/.test(a.name),
      );
    const isNetwork = /network|alliance|consortium/i.test(launched[1]!);
    const kind: PartnershipKind = isNetwork
      ? 'network'
      : /research|lab/i.test(launched[1]!)
        ? 'joint_research'
        : 'project';
    const others = parties.filter((a) => a !== named && a.kind !== 'state');
    if (others.length >= (kind === 'network' ? 1 : 2) || (named && others.length >= 1)) {
      ledger.add({
        title: named
          ? named.name
          : capitalise(
              /^[^,;.]*/
                .exec(text.slice(launched.index + launched[0].length - launched[1]!.length))![0]
                .trim()
                .slice(0, 120),
            ),
        kind,
        status: 'active',
        startedOn: /\b(?:will|would|plan|plans|to be)\b/i.test(text) ? null : setting.date,
        parties: others,
        role: 'founder',
        technologies: techs,
        sentence: s,
        confidence: 0.6,
      });
    }
  }
}
