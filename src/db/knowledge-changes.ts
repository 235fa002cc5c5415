// Committed writes to the knowledge, as the primary announces them (the knowledge_changed
// notification, see the knowledge_change_notifications migration): one listening session per
// process, fanned out here to whoever follows the knowledge as it grows (live subscriptions).
// A notification says only that something changed; each listener reads what it needs.

export type KnowledgeChangeListener = () => void;

export class KnowledgeChangeFeed {
  readonly #listeners = new Set<KnowledgeChangeListener>();

  /** Calls `listener` after every committed change from now on, until the returned function is called. */
  subscribe(listener: KnowledgeChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A change was committed (by this process or another). */
  notify(): void {
    for (const listener of this.#listeners) listener();
  }

  /** How many listen now (a subscription that ended must leave none behind). */
  get listeners(): number {
    return this.#listeners.size;
  }
}
