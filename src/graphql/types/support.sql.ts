// How the compiled path reads the support fields (support.ts) of a partnership, an event or an
// affiliation: the same columns on each of their tables.
import { column, dateTimeColumn, type ObjectTypeSql } from '../compiled/sql-model.ts';

export const supportSql: ObjectTypeSql['fields'] = {
  articleCount: column('article_count'),
  sourceCount: column('source_count'),
  firstReportedAt: dateTimeColumn('first_reported_at'),
  latestReportedAt: dateTimeColumn('latest_reported_at'),
  confidence: column('confidence'),
};
