// Pass 4: every mention of an actor found: the longest known name at each token, and a person's
// surname alone or after a title ("Watanabe", "DPM Tien", "Ambassador Farani").
import type { ActorDraft, ActorMention } from './actor-index.ts';
import { HONORIFIC_WORDS, isStop, matchTitle } from './names.ts';
import type { ActorContext } from './context.ts';

export function findMentions(ctx: ActorContext): ActorMention[] {
  const { sentences, tokensOf, body, index } = ctx;
  // ── Pass 4: mentions (names, aliases, surnames) ─────────────────────────────────────────
  const mentions: ActorMention[] = [];
  const people = index.all().filter((a) => a.kind === 'person' && a.name.split(' ').length >= 2);
  const shortForms = new Map<string, ActorDraft[]>();
  for (const p of people) {
    const parts = p.name.split(' ');
    const forms = [parts[parts.length - 1]!];
    if (parts.length >= 2 && /-/.test(parts[parts.length - 1]!)) forms.push(parts[0]!);
    for (const f of forms) shortForms.set(f, [...(shortForms.get(f) ?? []), p]);
  }
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      // The longest known name starting here.
      let found: { actor: ActorDraft; to: number } | null = null;
      for (let end = Math.min(tokens.length, i + 12); end > i; end--) {
        const slice = tokens.slice(i, end);
        if (slice.some((t) => t.punct && t.text !== ',' && t.text !== '.' && t.text !== '&')) continue;
        if (!slice[0]!.cap) break;
        // A mention never ends on punctuation ("Deltares," is "Deltares"): the span must stay inside its clause.
        if (slice[slice.length - 1]!.punct) continue;
        const text = body.slice(slice[0]!.start, slice[slice.length - 1]!.end).replace(/['’]s$/u, '');
        const a = index.find(text) ?? index.find(slice.map((t) => t.text).join(' '));
        if (a && a.kind !== 'state') {
          found = { actor: a, to: end };
          break;
        }
      }
      if (found) {
        mentions.push({
          key: found.actor.key,
          start: tokens[i]!.start,
          end: tokens[found.to - 1]!.end,
          sentence: sentence.index,
        });
        i = found.to - 1;
        continue;
      }
      // A surname alone, or after a title ("Watanabe", "DPM Tien", "Ambassador Farani").
      const tk = tokens[i]!;
      const candidates = shortForms.get(tk.text);
      if (candidates?.length !== 1 || !tk.cap) continue;
      const next = tokens[i + 1];
      if (next?.cap && !next.punct) continue;
      let titleStart = i;
      for (let k = Math.max(0, i - 5); k < i; k++) {
        const t = matchTitle(tokens, k);
        if (t && t.end === i) {
          titleStart = k;
          break;
        }
      }
      if (titleStart === i && tokens[i - 1] && HONORIFIC_WORDS.has(tokens[i - 1]!.text)) titleStart = i - 1; // "Mr. Duc"
      const prev = tokens[titleStart - 1];
      if (titleStart === i && prev && prev.cap && !prev.punct && !isStop(prev)) continue;
      const person = candidates[0]!;
      index.alias(person, tk.text);
      if (titleStart < i) index.alias(person, body.slice(tokens[titleStart]!.start, tk.end).replace(/['’]s$/u, ''));
      mentions.push({ key: person.key, start: tokens[titleStart]!.start, end: tk.end, sentence: sentence.index });
    }
  }
  return mentions;
}
