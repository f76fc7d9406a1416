-- H2 cannot walk an index backwards (see V2_1): descending twins for an LCO's list, by customer ID and by name.
CREATE INDEX ix_subscriber_lco_desc ON subscriber (lco_id, customer_id DESC);
CREATE INDEX ix_subscriber_lco_name_desc ON subscriber (lco_id, name_key DESC, customer_id DESC);
