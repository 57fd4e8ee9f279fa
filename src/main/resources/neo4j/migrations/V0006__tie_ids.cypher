// Ties (ownership, family, associates: relationships a role does not describe) are read in id order like every other fact.
CREATE INDEX tie_id IF NOT EXISTS FOR (n:Tie) ON (n.id);
