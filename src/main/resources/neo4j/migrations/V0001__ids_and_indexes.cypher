// Every stored node carries :Node and a stable id that is unique across the whole graph.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE;

// Keyset pages walk each label in id order.
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX organisation_id IF NOT EXISTS FOR (n:Organisation) ON (n.id);
CREATE INDEX prison_id IF NOT EXISTS FOR (n:Prison) ON (n.id);
CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.id);
CREATE INDEX charge_id IF NOT EXISTS FOR (n:Charge) ON (n.id);
CREATE INDEX detention_id IF NOT EXISTS FOR (n:Detention) ON (n.id);
CREATE INDEX role_id IF NOT EXISTS FOR (n:Role) ON (n.id);
CREATE INDEX claim_id IF NOT EXISTS FOR (n:Claim) ON (n.id);
CREATE INDEX source_id IF NOT EXISTS FOR (n:Source) ON (n.id);

// Filters and date ranges.
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.claimedOnStart);
CREATE INDEX organisation_category IF NOT EXISTS FOR (n:Organisation) ON (n.category);

// Names and aliases, case- and accent-insensitive.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organisation|Prison) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
