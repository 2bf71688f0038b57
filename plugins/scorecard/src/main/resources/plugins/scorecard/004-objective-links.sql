--liquibase formatted sql

--changeset scorecard:004-objective-links
-- An objective may lead to several others (the strategy map's cause-effect arrows): one row per arrow replaces
-- sc_objective.leads_to_id, whose links are carried over. Both ends are objectives of the same scorecard; deleting
-- either end deletes the arrow.
CREATE TABLE sc_objective_link (
  objective_id BIGINT NOT NULL,
  leads_to_id  BIGINT NOT NULL,
  CONSTRAINT pk_sc_objective_link PRIMARY KEY (objective_id, leads_to_id),
  CONSTRAINT fk_sc_objective_link_from FOREIGN KEY (objective_id) REFERENCES sc_objective (id) ON DELETE CASCADE,
  CONSTRAINT fk_sc_objective_link_to FOREIGN KEY (leads_to_id) REFERENCES sc_objective (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE INDEX ix_sc_objective_link_to ON sc_objective_link (leads_to_id);
-- [jooq ignore start]
INSERT INTO sc_objective_link (objective_id, leads_to_id)
  SELECT id, leads_to_id FROM sc_objective WHERE leads_to_id IS NOT NULL AND leads_to_id <> id;
-- [jooq ignore stop]
ALTER TABLE sc_objective DROP COLUMN leads_to_id;
--rollback ALTER TABLE sc_objective ADD COLUMN leads_to_id BIGINT NULL;
--rollback UPDATE sc_objective o SET leads_to_id = (SELECT MIN(l.leads_to_id) FROM sc_objective_link l WHERE l.objective_id = o.id);
--rollback DROP TABLE sc_objective_link;
