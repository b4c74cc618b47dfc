-- SPDX-License-Identifier: MIT
-- Events of some types across all streams, in log order (read-all --event-type).
CREATE INDEX events_by_type ON events (event_type, position);
