// A source's publication date as the first and last day it covers, as claims' and events' dates are
// stored, so that a claim without a date of its own is read as of its source's (contradictions, figure
// histories and stats as of a date). Sources imported before this migration get them here.
MATCH (s:Source) WHERE s.publishedOn IS NOT NULL AND s.publishedOnEnd IS NULL
WITH s, s.publishedOn AS p
SET s.publishedOnStart = CASE size(p) WHEN 4 THEN date(p + '-01-01') WHEN 7 THEN date(p + '-01') ELSE date(p) END,
    s.publishedOnEnd = CASE size(p) WHEN 4 THEN date(p + '-12-31') WHEN 7 THEN date(p + '-01') + duration('P1M') - duration('P1D') ELSE date(p) END;
