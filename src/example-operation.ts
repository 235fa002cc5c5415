// The traversal GraphiQL opens on, also shown in the README: from an actor to its partnerships,
// the other parties and their countries, the technologies, and back to the sources.
export const exampleOperation = `# Vietnam, acting as a state: its partnerships,
# the other parties and their countries, the technologies, and the sources.
query ActorTraversal {
  actor(slug: "vietnam") {
    name
    kind
    aliases
    country { code name }
    partnerships(first: 10) {
      totalCount
      edges {
        role
        node {
          title
          kind
          startedOn
          parties { role actor { name kind country { code } } }
          technologies { name }
          sources { excerpt article { title publishedAt url } }
        }
      }
    }
  }
}
`;
