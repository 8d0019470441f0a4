-- Channel settings after creation (issue 5): a web widget channel's primary colour (#rrggbb) and its business
-- hours (the syntax of the handoff rule OUTSIDE_BUSINESS_HOURS, e.g. "MON-FRI 09:00-18:00 Asia/Shanghai").
-- Both optional: NULL keeps the widget's default colour and means no business hours (always open).

ALTER TABLE channel
    ADD COLUMN primary_color  CHAR(7)      NULL,
    ADD COLUMN business_hours VARCHAR(500) NULL;
