// The audit trail in commit order: each :Change gets the next number of one counter, taken in the
// write's own transaction. The counter's lock is held until that transaction commits, so numbers are
// committed in order and a reader asking for changes after n never sees n + 2 before n + 1.
CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.name IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
MERGE (s:ChangeSequence {name: 'changes'}) ON CREATE SET s.last = 0;
