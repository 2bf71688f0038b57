--liquibase formatted sql

--changeset service:007-survey-mail
-- The invitation mailed to the customer (the kernel's mail queue id, SDK OutgoingMail) when the department has a
-- mailbox; null when it was only logged on the timeline for the agent to send.
ALTER TABLE svc_survey ADD COLUMN mail_id BIGINT NULL;
--rollback ALTER TABLE svc_survey DROP COLUMN mail_id;
