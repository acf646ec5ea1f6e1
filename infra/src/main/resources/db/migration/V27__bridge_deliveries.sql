-- Each event an Axon → Camunda bridge has handled (infra.events.BridgeDeliveries), written in the
-- transaction that starts or moves its process: an event delivered again (a crash run showed one,
-- its review already ended, so no running-instance check could tell) is skipped, not handled twice.

CREATE TABLE bridge_delivery (
    processor  VARCHAR(255) NOT NULL,
    event_id   VARCHAR(255) NOT NULL,
    handled_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT bridge_delivery_pkey PRIMARY KEY (processor, event_id)
);
