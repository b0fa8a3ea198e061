-- Herald schema version 5: the dispatcher asks for due rows one channel at a time.

-- Each channel has its own limit on requests in flight, so the dispatcher asks per channel
-- ("the oldest N pending webhook rows", "when is the next SMS row due"). With the channel
-- in the index both are a short range read, not a walk over every pending row.
CREATE INDEX deliveries_due_by_channel ON deliveries(state, channel, next_attempt_at);
DROP INDEX deliveries_due;
