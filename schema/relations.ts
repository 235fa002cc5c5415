// The one relations object (drizzle relations v2): what the relational query builder and the
// Pothos drizzle plugin traverse. Many-to-many relations go `through` their join tables.
import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';
import * as views from './views.ts';

export const relations = defineRelations({ ...tables, ...views }, (r) => ({
  countries: {
    actors: r.many.actors(),
    partnerships: r.many.partnerships({
      from: r.countries.id.through(r.partnershipCountries.countryId),
      to: r.partnerships.id.through(r.partnershipCountries.partnershipId),
    }),
    partners: r.many.countryPartners({ from: r.countries.id, to: r.countryPartners.countryId }),
    articles: r.many.articles({
      from: r.countries.id.through(r.countryMentions.countryId),
      to: r.articles.id.through(r.countryMentions.articleId),
    }),
  },
  countryPartners: {
    partner: r.one.countries({ from: r.countryPartners.partnerId, to: r.countries.id, optional: false }),
  },
  actors: {
    country: r.one.countries({ from: r.actors.countryId, to: r.countries.id }),
    parent: r.one.actors({ from: r.actors.parentId, to: r.actors.id, alias: 'actor_parent' }),
    children: r.many.actors({ alias: 'actor_parent' }),
    affiliations: r.many.affiliations({ from: r.actors.id, to: r.affiliations.personId, alias: 'person_affiliations' }),
    members: r.many.affiliations({
      from: r.actors.id,
      to: r.affiliations.organizationId,
      alias: 'organization_members',
    }),
    parties: r.many.partnershipParties(),
    participations: r.many.eventParticipants(),
    collaborations: r.many.actorCollaborations({ from: r.actors.id, to: r.actorCollaborations.actorId }),
    mentions: r.many.actorMentions(),
    merges: r.many.actorMerges(),
  },
  actorMerges: {
    survivor: r.one.actors({ from: r.actorMerges.survivorId, to: r.actors.id, optional: false }),
  },
  actorCollaborations: {
    collaborator: r.one.actors({ from: r.actorCollaborations.collaboratorId, to: r.actors.id, optional: false }),
  },
  affiliations: {
    person: r.one.actors({
      from: r.affiliations.personId,
      to: r.actors.id,
      alias: 'person_affiliations',
      optional: false,
    }),
    organization: r.one.actors({ from: r.affiliations.organizationId, to: r.actors.id, alias: 'organization_members' }),
    sources: r.many.evidence(),
  },
  technologies: {
    parent: r.one.technologies({ from: r.technologies.parentId, to: r.technologies.id, alias: 'technology_parent' }),
    children: r.many.technologies({ alias: 'technology_parent' }),
    partnerships: r.many.partnerships({
      from: r.technologies.id.through(r.partnershipTechnologies.technologyId),
      to: r.partnerships.id.through(r.partnershipTechnologies.partnershipId),
    }),
    articles: r.many.articles({
      from: r.technologies.id.through(r.technologyMentions.technologyId),
      to: r.articles.id.through(r.technologyMentions.articleId),
    }),
  },
  articles: {
    actors: r.many.actors({
      from: r.articles.id.through(r.actorMentions.articleId),
      to: r.actors.id.through(r.actorMentions.actorId),
    }),
    countries: r.many.countries({
      from: r.articles.id.through(r.countryMentions.articleId),
      to: r.countries.id.through(r.countryMentions.countryId),
    }),
    technologies: r.many.technologies({
      from: r.articles.id.through(r.technologyMentions.articleId),
      to: r.technologies.id.through(r.technologyMentions.technologyId),
    }),
    partnerships: r.many.partnerships({
      from: r.articles.id.through(r.evidence.articleId),
      to: r.partnerships.id.through(r.evidence.partnershipId),
    }),
    events: r.many.events({
      from: r.articles.id.through(r.evidence.articleId),
      to: r.events.id.through(r.evidence.eventId),
    }),
  },
  partnerships: {
    parties: r.many.partnershipParties(),
    countries: r.many.countries({
      from: r.partnerships.id.through(r.partnershipCountries.partnershipId),
      to: r.countries.id.through(r.partnershipCountries.countryId),
    }),
    technologies: r.many.technologies({
      from: r.partnerships.id.through(r.partnershipTechnologies.partnershipId),
      to: r.technologies.id.through(r.partnershipTechnologies.technologyId),
    }),
    events: r.many.events({
      from: r.partnerships.id.through(r.eventPartnerships.partnershipId),
      to: r.events.id.through(r.eventPartnerships.eventId),
    }),
    sources: r.many.evidence(),
  },
  partnershipParties: {
    partnership: r.one.partnerships({
      from: r.partnershipParties.partnershipId,
      to: r.partnerships.id,
      optional: false,
    }),
    actor: r.one.actors({ from: r.partnershipParties.actorId, to: r.actors.id, optional: false }),
  },
  events: {
    country: r.one.countries({ from: r.events.countryId, to: r.countries.id }),
    participants: r.many.eventParticipants(),
    partnerships: r.many.partnerships({
      from: r.events.id.through(r.eventPartnerships.eventId),
      to: r.partnerships.id.through(r.eventPartnerships.partnershipId),
    }),
    sources: r.many.evidence(),
  },
  eventParticipants: {
    event: r.one.events({ from: r.eventParticipants.eventId, to: r.events.id, optional: false }),
    actor: r.one.actors({ from: r.eventParticipants.actorId, to: r.actors.id, optional: false }),
  },
  evidence: {
    article: r.one.articles({ from: r.evidence.articleId, to: r.articles.id, optional: false }),
    partnership: r.one.partnerships({ from: r.evidence.partnershipId, to: r.partnerships.id }),
    event: r.one.events({ from: r.evidence.eventId, to: r.events.id }),
    affiliation: r.one.affiliations({ from: r.evidence.affiliationId, to: r.affiliations.id }),
  },
  actorMentions: {
    article: r.one.articles({ from: r.actorMentions.articleId, to: r.articles.id, optional: false }),
    actor: r.one.actors({ from: r.actorMentions.actorId, to: r.actors.id, optional: false }),
  },
  countryMentions: {
    article: r.one.articles({ from: r.countryMentions.articleId, to: r.articles.id, optional: false }),
  },
  technologyMentions: {
    article: r.one.articles({ from: r.technologyMentions.articleId, to: r.articles.id, optional: false }),
  },
}));
