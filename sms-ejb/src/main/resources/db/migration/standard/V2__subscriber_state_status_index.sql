-- Lists filtered by state and status read this index alone to count and page (sms-bench: 100,000
-- matching rows on H2 counted in tens of milliseconds instead of up to a second).
CREATE INDEX ix_subscriber_state_status ON subscriber (billing_state, status, customer_id);
