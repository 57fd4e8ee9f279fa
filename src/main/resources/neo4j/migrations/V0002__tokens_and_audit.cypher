// API tokens: looked up by the hash of the secret, managed by name. They are not part of the graph (no :Node).
CREATE CONSTRAINT api_token_name IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;

// The audit trail: one :Change per write, one :ChangedNode per node it touched, found by the node's id.
// Neither is a :Node nor linked to one, so paths, neighbourhoods and counts never see them.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX changed_node_target IF NOT EXISTS FOR (c:ChangedNode) ON (c.target);
CREATE INDEX changed_node_change IF NOT EXISTS FOR (c:ChangedNode) ON (c.change);
