// Saved views of the browser view: one :SavedView per view, found by id and listed by owner (a token's name).
// Not a :Node and linked to none, so paths, neighbourhoods, counts and exports never see them.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE INDEX saved_view_owner IF NOT EXISTS FOR (v:SavedView) ON (v.owner);
