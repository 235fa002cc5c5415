// Articles of about `bytes` bytes that are valid in layout but odd in content: the inputs that
// once kept extraction busy for minutes. Shared by the worker-pool tests and the benchmark.

const HEADER = ' date 2026-03-19 Sci-Tech\n\nAn article of odd text\n\nMarch 19, 2026 | 10:15\n(0) user say\n';

/** What fills the story: one kind of odd (or ordinary) text. */
export type OddContent = 'capitalised-words' | 'one-letter' | 'one-capital-letter' | 'ordinary';

export const ODD_CONTENTS: OddContent[] = ['capitalised-words', 'one-letter', 'one-capital-letter', 'ordinary'];

const CAPITALISED = [
  'Minister',
  'Ministry',
  'Of',
  'Science',
  'University',
  'Network',
  'Vietnam',
  'Korea',
  'Institute',
  'Alliance',
  'Nguyễn',
  'Signed',
];

/** Ordinary news prose, written for this purpose, repeated as paragraphs. */
const ORDINARY = [
  'Vietnam and South Korea signed a memorandum of understanding on semiconductor research in Hanoi on Tuesday.',
  'Deputy Minister of Science and Technology Tran Van Binh met Korean Ambassador Park Ji-won to discuss artificial intelligence and 6G.',
  'The two sides agreed to set up a joint laboratory at Hanoi University of Science and Technology next year.',
  'They will also co-finance a network of innovation centres, the ministry said in a statement.',
].join(' ');

export function oddArticle(content: OddContent, bytes: number): string {
  const room = bytes - Buffer.byteLength(HEADER) - 1;
  let story = '';
  switch (content) {
    case 'one-letter':
      story = 'a'.repeat(room);
      break;
    case 'one-capital-letter':
      story = 'A'.repeat(room);
      break;
    case 'capitalised-words': {
      const words: string[] = [];
      let size = 0;
      for (let i = 0; size < room; i++) {
        const word = CAPITALISED[(i * 7) % CAPITALISED.length]!;
        words.push(word);
        size += Buffer.byteLength(word) + 1;
      }
      story = words.join(' ');
      break;
    }
    case 'ordinary': {
      const paragraphs: string[] = [];
      let size = 0;
      while (size < room) {
        paragraphs.push(ORDINARY);
        size += Buffer.byteLength(ORDINARY) + 2;
      }
      story = paragraphs.join('\n\n');
      break;
    }
  }
  // Cut to the byte budget without splitting a character.
  while (Buffer.byteLength(story) > room)
    story = story.slice(0, story.length - Math.max(1, Math.floor((Buffer.byteLength(story) - room) / 2)));
  return `${HEADER}${story}\n`;
}
