// Named partnership frameworks: a "(comprehensive) strategic partnership" between two countries,
// read from "between A and B", from "A–B", or from the story's two countries. A "comprehensive
// partnership" is recognised only to be left out (the schema has no kind for it).
import type { PartnershipKind } from '../../../../schema/tables.ts';
import type { ActorDraft } from '../actors.ts';
import { betweenRange, STRATEGIC, TWO_SIDES, type RelationContext, type Span } from './context.ts';
import type { PartnershipLedger, SentenceReading } from './ledger.ts';

// 2. Named partnership frameworks.
/** Returns the framework's match, whose words the cooperation pass then leaves out. */
export function namedFrameworks(
  ctx: RelationContext,
  ledger: PartnershipLedger,
  r: SentenceReading,
): RegExpExecArray | null {
  const { s, text } = r;
  const sentenceSpan: Span = { start: s.start, end: s.end };
  const strategic = STRATEGIC.exec(text);
  // A "Comprehensive Partnership" (Vietnam's level below strategic) has no kind of its own: it is
  // not recorded as a strategic one, and its words are still no sign of other cooperation.
  if (strategic && /strategic/i.test(strategic[1]!)) {
    const kind: PartnershipKind = /comprehensive strategic/i.test(strategic[1]!)
      ? 'comprehensive_strategic_partnership'
      : 'strategic_partnership';
    let parties: ActorDraft[] = [];
    const between = betweenRange(s, strategic.index);
    if (between) parties = ctx.partiesIn(s, between, 'state');
    if (parties.length < 2) {
      const dashed = ctx.dashedCountries(s);
      if (dashed.length >= 2) parties = dashed.map((c) => ctx.state(c)!).filter(Boolean);
    }
    if (parties.length < 2) {
      const here = ctx.partiesIn(s, sentenceSpan, 'state').filter((a) => a.kind === 'state');
      parties =
        here.length >= 2
          ? here
          : TWO_SIDES.test(text) || /\bbilateral\b/i.test(text) || here.length === 1
            ? ctx.pairStates()
            : here;
    }
    ledger.add({
      title: `${parties.map((a) => a.name).join('–')} ${strategic[1]!.toLowerCase()}`,
      kind,
      status: 'active',
      startedOn: null,
      parties,
      role: 'partner',
      technologies: [],
      sentence: s,
      confidence: 0.75,
    });
  }
  return strategic;
}
