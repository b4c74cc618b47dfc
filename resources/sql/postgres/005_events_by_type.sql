-- SPDX-License-Identifier: MIT
-- Events of some types across all streams, in log order (read-all --event-type): each type is
-- one index range from a position on.
CREATE INDEX events_by_type ON sagascope.events (event_type, position);
