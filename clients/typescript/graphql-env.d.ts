/* eslint-disable */
/* prettier-ignore */

/** Generated from schema/schema.graphql by `npm run client:generate` (gql.tada introspection types).
 * Do not edit by hand: tests/client.test.ts fails when it differs from what the schema gives. */
export type introspection_types = {
  Actor: {
    kind: 'OBJECT';
    name: 'Actor';
    fields: {
      affiliations: {
        name: 'affiliations';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Affiliation'; ofType: null } };
          };
        };
      };
      aliases: {
        name: 'aliases';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
          };
        };
      };
      children: {
        name: 'children';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      collaborators: {
        name: 'collaborators';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'ActorCollaboratorsConnection'; ofType: null };
        };
      };
      country: { name: 'country'; type: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
      description: { name: 'description'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      events: {
        name: 'events';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'ActorEventsConnection'; ofType: null };
        };
      };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      kind: {
        name: 'kind';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'ActorKind'; ofType: null } };
      };
      members: {
        name: 'members';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Affiliation'; ofType: null } };
          };
        };
      };
      mentions: {
        name: 'mentions';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'ActorMentionsConnection'; ofType: null };
        };
      };
      merges: {
        name: 'merges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'ActorMerge'; ofType: null } };
          };
        };
      };
      name: {
        name: 'name';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      parent: { name: 'parent'; type: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      partnerships: {
        name: 'partnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'ActorPartnershipsConnection'; ofType: null };
        };
      };
      slug: {
        name: 'slug';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  ActorCollaboratorsConnection: {
    kind: 'OBJECT';
    name: 'ActorCollaboratorsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'ActorCollaboratorsEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  ActorCollaboratorsEdge: {
    kind: 'OBJECT';
    name: 'ActorCollaboratorsEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      eventCount: {
        name: 'eventCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
      partnershipCount: {
        name: 'partnershipCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      sharedCount: {
        name: 'sharedCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  ActorEventsConnection: {
    kind: 'OBJECT';
    name: 'ActorEventsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'ActorEventsEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  ActorEventsEdge: {
    kind: 'OBJECT';
    name: 'ActorEventsEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
      };
      role: {
        name: 'role';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  ActorFilter: {
    kind: 'INPUT_OBJECT';
    name: 'ActorFilter';
    isOneOf: false;
    inputFields: [
      { name: 'country'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      {
        name: 'kinds';
        type: {
          kind: 'LIST';
          name: never;
          ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'ActorKind'; ofType: null } };
        };
        defaultValue: null;
      },
      { name: 'name'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
    ];
  };
  ActorKind: {
    name: 'ActorKind';
    enumValues:
      | 'ASSOCIATION'
      | 'COMPANY'
      | 'GOVERNMENT_BODY'
      | 'INTERGOVERNMENTAL'
      | 'PERSON'
      | 'RESEARCH_INSTITUTE'
      | 'STATE'
      | 'UNIVERSITY';
  };
  ActorMentionsConnection: {
    kind: 'OBJECT';
    name: 'ActorMentionsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'ActorMentionsEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  ActorMentionsEdge: {
    kind: 'OBJECT';
    name: 'ActorMentionsEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      excerpt: { name: 'excerpt'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      mentionCount: {
        name: 'mentionCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      };
    };
  };
  ActorMerge: {
    kind: 'OBJECT';
    name: 'ActorMerge';
    fields: {
      mergedAt: {
        name: 'mergedAt';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'DateTime'; ofType: null } };
      };
      mergedName: {
        name: 'mergedName';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      mergedSlug: {
        name: 'mergedSlug';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      note: { name: 'note'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      survivor: {
        name: 'survivor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
    };
  };
  ActorPartnershipsConnection: {
    kind: 'OBJECT';
    name: 'ActorPartnershipsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'ActorPartnershipsEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  ActorPartnershipsEdge: {
    kind: 'OBJECT';
    name: 'ActorPartnershipsEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      };
      role: {
        name: 'role';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  ActorPath: {
    kind: 'OBJECT';
    name: 'ActorPath';
    fields: {
      actors: {
        name: 'actors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      length: {
        name: 'length';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      steps: {
        name: 'steps';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PathStep'; ofType: null } };
          };
        };
      };
    };
  };
  ActorRanking: {
    kind: 'OBJECT';
    name: 'ActorRanking';
    fields: {
      actor: {
        name: 'actor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
      collaboratorCount: {
        name: 'collaboratorCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      degree: {
        name: 'degree';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      eventCount: {
        name: 'eventCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      partnershipCount: {
        name: 'partnershipCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  Affiliation: {
    kind: 'OBJECT';
    name: 'Affiliation';
    fields: {
      endedOn: { name: 'endedOn'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null } };
      organization: { name: 'organization'; type: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      person: {
        name: 'person';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
      sources: {
        name: 'sources';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Evidence'; ofType: null } };
          };
        };
      };
      startedOn: { name: 'startedOn'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null } };
      title: {
        name: 'title';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  Article: {
    kind: 'OBJECT';
    name: 'Article';
    fields: {
      actors: {
        name: 'actors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      author: { name: 'author'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      countries: {
        name: 'countries';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
          };
        };
      };
      events: {
        name: 'events';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
          };
        };
      };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      partnerships: {
        name: 'partnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      publishedAt: {
        name: 'publishedAt';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'DateTime'; ofType: null } };
      };
      section: { name: 'section'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      slug: {
        name: 'slug';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      source: { name: 'source'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      summary: { name: 'summary'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      tags: {
        name: 'tags';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
          };
        };
      };
      technologies: {
        name: 'technologies';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
          };
        };
      };
      themes: {
        name: 'themes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
          };
        };
      };
      title: {
        name: 'title';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      url: { name: 'url'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
    };
  };
  ArticleFilter: {
    kind: 'INPUT_OBJECT';
    name: 'ArticleFilter';
    isOneOf: false;
    inputFields: [
      { name: 'actor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      { name: 'country'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      { name: 'publishedFrom'; type: { kind: 'SCALAR'; name: 'DateTime'; ofType: null }; defaultValue: null },
      { name: 'publishedTo'; type: { kind: 'SCALAR'; name: 'DateTime'; ofType: null }; defaultValue: null },
      { name: 'technology'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
    ];
  };
  ArticleOrder: {
    kind: 'INPUT_OBJECT';
    name: 'ArticleOrder';
    isOneOf: false;
    inputFields: [
      {
        name: 'direction';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'OrderDirection'; ofType: null } };
        defaultValue: null;
      },
      {
        name: 'field';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'ArticleOrderField'; ofType: null } };
        defaultValue: null;
      },
    ];
  };
  ArticleOrderField: { name: 'ArticleOrderField'; enumValues: 'PUBLISHED_AT' | 'TITLE' };
  Boolean: unknown;
  Country: {
    kind: 'OBJECT';
    name: 'Country';
    fields: {
      actors: {
        name: 'actors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'CountryActorsConnection'; ofType: null };
        };
      };
      aliases: {
        name: 'aliases';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
          };
        };
      };
      articles: {
        name: 'articles';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'CountryArticlesConnection'; ofType: null };
        };
      };
      code: {
        name: 'code';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      demonyms: {
        name: 'demonyms';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
          };
        };
      };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      name: {
        name: 'name';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      officialName: { name: 'officialName'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      partnerCountries: {
        name: 'partnerCountries';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'CountryPartner'; ofType: null } };
          };
        };
      };
      partnerships: {
        name: 'partnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'CountryPartnershipsConnection'; ofType: null };
        };
      };
      region: { name: 'region'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      subregion: { name: 'subregion'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
    };
  };
  CountryActorsConnection: {
    kind: 'OBJECT';
    name: 'CountryActorsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'CountryActorsConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  CountryActorsConnectionEdge: {
    kind: 'OBJECT';
    name: 'CountryActorsConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
    };
  };
  CountryArticlesConnection: {
    kind: 'OBJECT';
    name: 'CountryArticlesConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'CountryArticlesConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  CountryArticlesConnectionEdge: {
    kind: 'OBJECT';
    name: 'CountryArticlesConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      };
    };
  };
  CountryPartner: {
    kind: 'OBJECT';
    name: 'CountryPartner';
    fields: {
      country: {
        name: 'country';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
      };
      partnershipCount: {
        name: 'partnershipCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  CountryPartnershipsConnection: {
    kind: 'OBJECT';
    name: 'CountryPartnershipsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'CountryPartnershipsConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  CountryPartnershipsConnectionEdge: {
    kind: 'OBJECT';
    name: 'CountryPartnershipsConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      };
    };
  };
  CurationError: {
    kind: 'OBJECT';
    name: 'CurationError';
    fields: {
      code: {
        name: 'code';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'CurationErrorCode'; ofType: null } };
      };
      field: { name: 'field'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      message: {
        name: 'message';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  CurationErrorCode: {
    name: 'CurationErrorCode';
    enumValues: 'COUNTRY_MISMATCH' | 'INVALID_INPUT' | 'KIND_MISMATCH' | 'NOT_FOUND' | 'SAME_ACTOR';
  };
  Date: unknown;
  DateTime: unknown;
  Event: {
    kind: 'OBJECT';
    name: 'Event';
    fields: {
      city: { name: 'city'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      country: { name: 'country'; type: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
      description: { name: 'description'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      kind: {
        name: 'kind';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'EventKind'; ofType: null } };
      };
      occurredOn: { name: 'occurredOn'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null } };
      participants: {
        name: 'participants';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'EventParticipant'; ofType: null };
            };
          };
        };
      };
      partnerships: {
        name: 'partnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      slug: {
        name: 'slug';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      sources: {
        name: 'sources';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Evidence'; ofType: null } };
          };
        };
      };
      title: {
        name: 'title';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  EventFilter: {
    kind: 'INPUT_OBJECT';
    name: 'EventFilter';
    isOneOf: false;
    inputFields: [
      { name: 'actor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      { name: 'country'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      {
        name: 'kinds';
        type: {
          kind: 'LIST';
          name: never;
          ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'EventKind'; ofType: null } };
        };
        defaultValue: null;
      },
      { name: 'occurredFrom'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null }; defaultValue: null },
      { name: 'occurredTo'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null }; defaultValue: null },
    ];
  };
  EventKind: {
    name: 'EventKind';
    enumValues: 'CONFERENCE' | 'DIALOGUE' | 'EXHIBITION' | 'FORUM' | 'MEETING' | 'SIGNING' | 'VISIT' | 'WORKSHOP';
  };
  EventParticipant: {
    kind: 'OBJECT';
    name: 'EventParticipant';
    fields: {
      actor: {
        name: 'actor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
      event: {
        name: 'event';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
      };
      role: {
        name: 'role';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  Evidence: {
    kind: 'OBJECT';
    name: 'Evidence';
    fields: {
      article: {
        name: 'article';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      };
      confidence: {
        name: 'confidence';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Float'; ofType: null } };
      };
      excerpt: { name: 'excerpt'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      spanEnd: { name: 'spanEnd'; type: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      spanStart: { name: 'spanStart'; type: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
    };
  };
  Float: unknown;
  ID: unknown;
  IngestArticleError: {
    kind: 'OBJECT';
    name: 'IngestArticleError';
    fields: {
      code: {
        name: 'code';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'IngestErrorCode'; ofType: null } };
      };
      field: { name: 'field'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      message: {
        name: 'message';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  IngestArticleInput: {
    kind: 'INPUT_OBJECT';
    name: 'IngestArticleInput';
    isOneOf: false;
    inputFields: [
      { name: 'source'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      {
        name: 'text';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
        defaultValue: null;
      },
      { name: 'url'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
    ];
  };
  IngestArticlePayload: {
    kind: 'OBJECT';
    name: 'IngestArticlePayload';
    fields: {
      article: { name: 'article'; type: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      createdActors: {
        name: 'createdActors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      createdEvents: {
        name: 'createdEvents';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
          };
        };
      };
      createdPartnerships: {
        name: 'createdPartnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      errors: {
        name: 'errors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'IngestArticleError'; ofType: null };
            };
          };
        };
      };
      linkedActors: {
        name: 'linkedActors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      linkedEvents: {
        name: 'linkedEvents';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
          };
        };
      };
      linkedPartnerships: {
        name: 'linkedPartnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      status: {
        name: 'status';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'IngestStatus'; ofType: null } };
      };
    };
  };
  IngestErrorCode: {
    name: 'IngestErrorCode';
    enumValues:
      | 'EMPTY_TEXT'
      | 'EXTRACTION_TIMEOUT'
      | 'INVALID_INPUT'
      | 'NOT_TEXT'
      | 'NO_TITLE'
      | 'TOO_LARGE'
      | 'UNPARSEABLE_DATE'
      | 'URL_TAKEN';
  };
  IngestStatus: { name: 'IngestStatus'; enumValues: 'CREATED' | 'REJECTED' | 'UNCHANGED' };
  Int: unknown;
  MergeActorsInput: {
    kind: 'INPUT_OBJECT';
    name: 'MergeActorsInput';
    isOneOf: false;
    inputFields: [
      { name: 'force'; type: { kind: 'SCALAR'; name: 'Boolean'; ofType: null }; defaultValue: null },
      {
        name: 'merged';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
        defaultValue: null;
      },
      { name: 'note'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      {
        name: 'survivor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
        defaultValue: null;
      },
    ];
  };
  MergeActorsPayload: {
    kind: 'OBJECT';
    name: 'MergeActorsPayload';
    fields: {
      errors: {
        name: 'errors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'CurationError'; ofType: null } };
          };
        };
      };
      merge: { name: 'merge'; type: { kind: 'OBJECT'; name: 'ActorMerge'; ofType: null } };
      moved: { name: 'moved'; type: { kind: 'OBJECT'; name: 'MergeCounts'; ofType: null } };
      survivor: { name: 'survivor'; type: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
    };
  };
  MergeCounts: {
    kind: 'OBJECT';
    name: 'MergeCounts';
    fields: {
      affiliations: {
        name: 'affiliations';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      aliases: {
        name: 'aliases';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      children: {
        name: 'children';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      collapsed: {
        name: 'collapsed';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      earlierMerges: {
        name: 'earlierMerges';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      events: {
        name: 'events';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      evidence: {
        name: 'evidence';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      mentions: {
        name: 'mentions';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      partnerships: {
        name: 'partnerships';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  Mutation: {
    kind: 'OBJECT';
    name: 'Mutation';
    fields: {
      ingestArticle: {
        name: 'ingestArticle';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'IngestArticlePayload'; ofType: null } };
      };
      mergeActors: {
        name: 'mergeActors';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'MergeActorsPayload'; ofType: null } };
      };
    };
  };
  Neighbourhood: {
    kind: 'OBJECT';
    name: 'Neighbourhood';
    fields: {
      centre: {
        name: 'centre';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'INTERFACE'; name: 'Node'; ofType: null } };
      };
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'NeighbourhoodEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'NeighbourhoodNode'; ofType: null };
            };
          };
        };
      };
      truncated: {
        name: 'truncated';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null } };
      };
    };
  };
  NeighbourhoodEdge: {
    kind: 'OBJECT';
    name: 'NeighbourhoodEdge';
    fields: {
      kind: {
        name: 'kind';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'NeighbourhoodEdgeKind'; ofType: null } };
      };
      role: { name: 'role'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      source: {
        name: 'source';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } };
      };
      target: {
        name: 'target';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } };
      };
    };
  };
  NeighbourhoodEdgeKind: {
    name: 'NeighbourhoodEdgeKind';
    enumValues:
      | 'ACTOR_COUNTRY'
      | 'ACTOR_PARENT'
      | 'AFFILIATION'
      | 'EVENT_COUNTRY'
      | 'EVENT_PARTNERSHIP'
      | 'PARTICIPANT'
      | 'PARTNERSHIP_COUNTRY'
      | 'PARTNERSHIP_TECHNOLOGY'
      | 'PARTY'
      | 'TECHNOLOGY_PARENT';
  };
  NeighbourhoodNode: {
    kind: 'OBJECT';
    name: 'NeighbourhoodNode';
    fields: {
      depth: {
        name: 'depth';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      kind: {
        name: 'kind';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'NeighbourhoodNodeKind'; ofType: null } };
      };
      label: {
        name: 'label';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: { name: 'node'; type: { kind: 'INTERFACE'; name: 'Node'; ofType: null } };
    };
  };
  NeighbourhoodNodeKind: {
    name: 'NeighbourhoodNodeKind';
    enumValues: 'ACTOR' | 'COUNTRY' | 'EVENT' | 'PARTNERSHIP' | 'TECHNOLOGY';
  };
  Node: {
    kind: 'INTERFACE';
    name: 'Node';
    fields: {
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
    };
    possibleTypes: 'Actor' | 'Article' | 'Country' | 'Event' | 'Partnership' | 'Technology';
  };
  OrderDirection: { name: 'OrderDirection'; enumValues: 'ASC' | 'DESC' };
  PageInfo: {
    kind: 'OBJECT';
    name: 'PageInfo';
    fields: {
      endCursor: { name: 'endCursor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      hasNextPage: {
        name: 'hasNextPage';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null } };
      };
      hasPreviousPage: {
        name: 'hasPreviousPage';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Boolean'; ofType: null } };
      };
      startCursor: { name: 'startCursor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
    };
  };
  Partnership: {
    kind: 'OBJECT';
    name: 'Partnership';
    fields: {
      countries: {
        name: 'countries';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
          };
        };
      };
      description: { name: 'description'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      events: {
        name: 'events';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
          };
        };
      };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      kind: {
        name: 'kind';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'PartnershipKind'; ofType: null } };
      };
      parties: {
        name: 'parties';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'PartnershipParty'; ofType: null };
            };
          };
        };
      };
      slug: {
        name: 'slug';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      sources: {
        name: 'sources';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Evidence'; ofType: null } };
          };
        };
      };
      startedOn: { name: 'startedOn'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null } };
      status: { name: 'status'; type: { kind: 'ENUM'; name: 'PartnershipStatus'; ofType: null } };
      technologies: {
        name: 'technologies';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
          };
        };
      };
      title: {
        name: 'title';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  PartnershipFilter: {
    kind: 'INPUT_OBJECT';
    name: 'PartnershipFilter';
    isOneOf: false;
    inputFields: [
      { name: 'actor'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      { name: 'country'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      {
        name: 'kinds';
        type: {
          kind: 'LIST';
          name: never;
          ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'PartnershipKind'; ofType: null } };
        };
        defaultValue: null;
      },
      { name: 'startedFrom'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null }; defaultValue: null },
      { name: 'startedTo'; type: { kind: 'SCALAR'; name: 'Date'; ofType: null }; defaultValue: null },
      {
        name: 'statuses';
        type: {
          kind: 'LIST';
          name: never;
          ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'PartnershipStatus'; ofType: null } };
        };
        defaultValue: null;
      },
      { name: 'technology'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
    ];
  };
  PartnershipKind: {
    name: 'PartnershipKind';
    enumValues:
      | 'AGREEMENT'
      | 'BILATERAL_COOPERATION'
      | 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP'
      | 'JOINT_RESEARCH'
      | 'MOU'
      | 'NETWORK'
      | 'PROJECT'
      | 'STRATEGIC_PARTNERSHIP';
  };
  PartnershipParty: {
    kind: 'OBJECT';
    name: 'PartnershipParty';
    fields: {
      actor: {
        name: 'actor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
      partnership: {
        name: 'partnership';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      };
      role: {
        name: 'role';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  PartnershipStatus: {
    name: 'PartnershipStatus';
    enumValues: 'ACTIVE' | 'AGREED' | 'COMPLETED' | 'PROPOSED' | 'SIGNED' | 'SUSPENDED';
  };
  PathStep: {
    kind: 'OBJECT';
    name: 'PathStep';
    fields: {
      event: { name: 'event'; type: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
      from: {
        name: 'from';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
      kind: {
        name: 'kind';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'ENUM'; name: 'PathStepKind'; ofType: null } };
      };
      partnership: { name: 'partnership'; type: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      sources: {
        name: 'sources';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Evidence'; ofType: null } };
          };
        };
      };
      to: {
        name: 'to';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
    };
  };
  PathStepKind: { name: 'PathStepKind'; enumValues: 'EVENT' | 'PARTNERSHIP' };
  Query: {
    kind: 'OBJECT';
    name: 'Query';
    fields: {
      actor: { name: 'actor'; type: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      actors: {
        name: 'actors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'QueryActorsConnection'; ofType: null };
        };
      };
      article: { name: 'article'; type: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      articles: {
        name: 'articles';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'QueryArticlesConnection'; ofType: null };
        };
      };
      cooperationTimeline: {
        name: 'cooperationTimeline';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'TimelineBucket'; ofType: null } };
          };
        };
      };
      countries: {
        name: 'countries';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'QueryCountriesConnection'; ofType: null };
        };
      };
      country: { name: 'country'; type: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
      event: { name: 'event'; type: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
      events: {
        name: 'events';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'QueryEventsConnection'; ofType: null };
        };
      };
      mostConnectedActors: {
        name: 'mostConnectedActors';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'ActorRanking'; ofType: null } };
          };
        };
      };
      neighbourhood: { name: 'neighbourhood'; type: { kind: 'OBJECT'; name: 'Neighbourhood'; ofType: null } };
      node: { name: 'node'; type: { kind: 'INTERFACE'; name: 'Node'; ofType: null } };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'LIST'; name: never; ofType: { kind: 'INTERFACE'; name: 'Node'; ofType: null } };
        };
      };
      partnership: { name: 'partnership'; type: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      partnerships: {
        name: 'partnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'QueryPartnershipsConnection'; ofType: null };
        };
      };
      path: {
        name: 'path';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'ActorPath'; ofType: null } };
          };
        };
      };
      search: {
        name: 'search';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'SearchResultConnection'; ofType: null };
        };
      };
      technologies: {
        name: 'technologies';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'QueryTechnologiesConnection'; ofType: null };
        };
      };
      technology: { name: 'technology'; type: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
    };
  };
  QueryActorsConnection: {
    kind: 'OBJECT';
    name: 'QueryActorsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'QueryActorsConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  QueryActorsConnectionEdge: {
    kind: 'OBJECT';
    name: 'QueryActorsConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Actor'; ofType: null } };
      };
    };
  };
  QueryArticlesConnection: {
    kind: 'OBJECT';
    name: 'QueryArticlesConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'QueryArticlesConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  QueryArticlesConnectionEdge: {
    kind: 'OBJECT';
    name: 'QueryArticlesConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      };
    };
  };
  QueryCountriesConnection: {
    kind: 'OBJECT';
    name: 'QueryCountriesConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'QueryCountriesConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  QueryCountriesConnectionEdge: {
    kind: 'OBJECT';
    name: 'QueryCountriesConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Country'; ofType: null } };
      };
    };
  };
  QueryEventsConnection: {
    kind: 'OBJECT';
    name: 'QueryEventsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'QueryEventsConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  QueryEventsConnectionEdge: {
    kind: 'OBJECT';
    name: 'QueryEventsConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Event'; ofType: null } };
      };
    };
  };
  QueryPartnershipsConnection: {
    kind: 'OBJECT';
    name: 'QueryPartnershipsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'QueryPartnershipsConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  QueryPartnershipsConnectionEdge: {
    kind: 'OBJECT';
    name: 'QueryPartnershipsConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      };
    };
  };
  QueryTechnologiesConnection: {
    kind: 'OBJECT';
    name: 'QueryTechnologiesConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'QueryTechnologiesConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  QueryTechnologiesConnectionEdge: {
    kind: 'OBJECT';
    name: 'QueryTechnologiesConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
      };
    };
  };
  SearchKind: { name: 'SearchKind'; enumValues: 'ACTOR' | 'ARTICLE' | 'EVENT' | 'PARTNERSHIP' | 'TECHNOLOGY' };
  SearchResult: {
    kind: 'UNION';
    name: 'SearchResult';
    fields: {};
    possibleTypes: 'Actor' | 'Article' | 'Event' | 'Partnership' | 'Technology';
  };
  SearchResultConnection: {
    kind: 'OBJECT';
    name: 'SearchResultConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'SearchResultEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'UNION'; name: 'SearchResult'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  SearchResultEdge: {
    kind: 'OBJECT';
    name: 'SearchResultEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'UNION'; name: 'SearchResult'; ofType: null } };
      };
      rank: {
        name: 'rank';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Float'; ofType: null } };
      };
      snippet: {
        name: 'snippet';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  String: unknown;
  Technology: {
    kind: 'OBJECT';
    name: 'Technology';
    fields: {
      aliases: {
        name: 'aliases';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
          };
        };
      };
      articles: {
        name: 'articles';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'TechnologyArticlesConnection'; ofType: null };
        };
      };
      children: {
        name: 'children';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
          };
        };
      };
      description: { name: 'description'; type: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      id: { name: 'id'; type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'ID'; ofType: null } } };
      name: {
        name: 'name';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      parent: { name: 'parent'; type: { kind: 'OBJECT'; name: 'Technology'; ofType: null } };
      partnerships: {
        name: 'partnerships';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: { kind: 'OBJECT'; name: 'TechnologyPartnershipsConnection'; ofType: null };
        };
      };
      slug: {
        name: 'slug';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
    };
  };
  TechnologyArticlesConnection: {
    kind: 'OBJECT';
    name: 'TechnologyArticlesConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'TechnologyArticlesConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  TechnologyArticlesConnectionEdge: {
    kind: 'OBJECT';
    name: 'TechnologyArticlesConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Article'; ofType: null } };
      };
    };
  };
  TechnologyFilter: {
    kind: 'INPUT_OBJECT';
    name: 'TechnologyFilter';
    isOneOf: false;
    inputFields: [
      { name: 'name'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      { name: 'parent'; type: { kind: 'SCALAR'; name: 'String'; ofType: null }; defaultValue: null },
      { name: 'topLevel'; type: { kind: 'SCALAR'; name: 'Boolean'; ofType: null }; defaultValue: null },
    ];
  };
  TechnologyPartnershipsConnection: {
    kind: 'OBJECT';
    name: 'TechnologyPartnershipsConnection';
    fields: {
      edges: {
        name: 'edges';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: {
              kind: 'NON_NULL';
              name: never;
              ofType: { kind: 'OBJECT'; name: 'TechnologyPartnershipsConnectionEdge'; ofType: null };
            };
          };
        };
      };
      nodes: {
        name: 'nodes';
        type: {
          kind: 'NON_NULL';
          name: never;
          ofType: {
            kind: 'LIST';
            name: never;
            ofType: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
          };
        };
      };
      pageInfo: {
        name: 'pageInfo';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'PageInfo'; ofType: null } };
      };
      totalCount: {
        name: 'totalCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
    };
  };
  TechnologyPartnershipsConnectionEdge: {
    kind: 'OBJECT';
    name: 'TechnologyPartnershipsConnectionEdge';
    fields: {
      cursor: {
        name: 'cursor';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      node: {
        name: 'node';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'OBJECT'; name: 'Partnership'; ofType: null } };
      };
    };
  };
  TimelineBucket: {
    kind: 'OBJECT';
    name: 'TimelineBucket';
    fields: {
      eventCount: {
        name: 'eventCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      partnershipCount: {
        name: 'partnershipCount';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Int'; ofType: null } };
      };
      period: {
        name: 'period';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'String'; ofType: null } };
      };
      start: {
        name: 'start';
        type: { kind: 'NON_NULL'; name: never; ofType: { kind: 'SCALAR'; name: 'Date'; ofType: null } };
      };
    };
  };
  TimelineGranularity: { name: 'TimelineGranularity'; enumValues: 'MONTH' | 'YEAR' };
};

/** An IntrospectionQuery representation of your schema.
 *
 * @remarks
 * This is an introspection of your schema saved as a file by GraphQLSP.
 * It will automatically be used by `gql.tada` to infer the types of your GraphQL documents.
 * If you need to reuse this data or update your `scalars`, update `tadaOutputLocation` to
 * instead save to a .ts instead of a .d.ts file.
 */
export type introspection = {
  name: never;
  query: 'Query';
  mutation: 'Mutation';
  subscription: never;
  types: introspection_types;
};

import * as gqlTada from 'gql.tada';

declare module 'gql.tada' {
  interface setupSchema {
    introspection: introspection;
  }
}
