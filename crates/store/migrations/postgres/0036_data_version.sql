-- The data's version (issue 17, item 6): one counter that moves whenever a committed
-- transaction changed what the public may read, so that every server's cache of public
-- pages (web::page_cache) knows, by reading one row, that it must render them again.
--
-- Triggers rather than the store's code: a statement added to any store method, a
-- migration's data fix or an operator's hand-made UPDATE moves the version all the same,
-- and the counter moves inside the writing transaction, so it is seen exactly when the
-- data is (a sequence would be seen before the commit, and a page rendered in between
-- would be kept as fresh). Left out on purpose are the tables no public page reads,
-- written by signed-in traffic and by the scheduled jobs all day (sessions, tokens, login
-- failures, leases, job runs, the outbox, notifications, the law sync's records), and the
-- journal, whose entries are written in the transaction of the change they record. A table
-- added later is counted by a trigger of its own, or named in the store's list of tables
-- left out (`operations::UNCOUNTED_TABLES`); the contract test
-- `every_table_is_counted_or_left_out` fails until one of the two is done.
--
-- The triggers are deferred constraint triggers: the counter's row is locked at commit,
-- after everything else the transaction locked, so that two writers never wait on each
-- other through it (an immediate trigger would take the lock at the first write and could
-- close a cycle with the rows the other writer holds). A transaction counts once
-- (`frirum.data_version_counted`, local to it), however many rows it changed.

CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE FUNCTION data_version_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('frirum.data_version_counted', true), '') <> 'yes' THEN
        PERFORM set_config('frirum.data_version_counted', 'yes', true);
        UPDATE data_version SET version = version + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER data_version_acts AFTER INSERT OR UPDATE OR DELETE ON acts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_application_adoptions AFTER INSERT OR UPDATE OR DELETE ON application_adoptions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_application_members AFTER INSERT OR UPDATE OR DELETE ON application_members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_application_provisions AFTER INSERT OR UPDATE OR DELETE ON application_provisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_applications AFTER INSERT OR UPDATE OR DELETE ON applications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_assessment_notes AFTER INSERT OR UPDATE OR DELETE ON assessment_notes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_assessment_scores AFTER INSERT OR UPDATE OR DELETE ON assessment_scores
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_assessor_assignments AFTER INSERT OR UPDATE OR DELETE ON assessor_assignments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barrier_groups AFTER INSERT OR UPDATE OR DELETE ON barrier_groups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barrier_provisions AFTER INSERT OR UPDATE OR DELETE ON barrier_provisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barrier_root_causes AFTER INSERT OR UPDATE OR DELETE ON barrier_root_causes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barrier_starts AFTER INSERT OR UPDATE OR DELETE ON barrier_starts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barrier_status_history AFTER INSERT OR UPDATE OR DELETE ON barrier_status_history
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barrier_supporters AFTER INSERT OR UPDATE OR DELETE ON barrier_supporters
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_barriers AFTER INSERT OR UPDATE OR DELETE ON barriers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_change_requests AFTER INSERT OR UPDATE OR DELETE ON change_requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_clarifications AFTER INSERT OR UPDATE OR DELETE ON clarifications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_consensus_requests AFTER INSERT OR UPDATE OR DELETE ON consensus_requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_consensus_scores AFTER INSERT OR UPDATE OR DELETE ON consensus_scores
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_decisions AFTER INSERT OR UPDATE OR DELETE ON decisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluation_corrections AFTER INSERT OR UPDATE OR DELETE ON evaluation_corrections
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluation_documents AFTER INSERT OR UPDATE OR DELETE ON evaluation_documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluation_finding_exemptions AFTER INSERT OR UPDATE OR DELETE ON evaluation_finding_exemptions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluation_finding_indicators AFTER INSERT OR UPDATE OR DELETE ON evaluation_finding_indicators
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluation_findings AFTER INSERT OR UPDATE OR DELETE ON evaluation_findings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluation_recommendations AFTER INSERT OR UPDATE OR DELETE ON evaluation_recommendations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_evaluations AFTER INSERT OR UPDATE OR DELETE ON evaluations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_fund_allocations AFTER INSERT OR UPDATE OR DELETE ON fund_allocations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_fund_payments AFTER INSERT OR UPDATE OR DELETE ON fund_payments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_fund_spending AFTER INSERT OR UPDATE OR DELETE ON fund_spending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_generalisation_outcome_evaluations AFTER INSERT OR UPDATE OR DELETE ON generalisation_outcome_evaluations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_generalisation_outcomes AFTER INSERT OR UPDATE OR DELETE ON generalisation_outcomes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_guidance_items AFTER INSERT OR UPDATE OR DELETE ON guidance_items
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_guidance_versions AFTER INSERT OR UPDATE OR DELETE ON guidance_versions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_indicator_periods AFTER INSERT OR UPDATE OR DELETE ON indicator_periods
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_indicator_revisions AFTER INSERT OR UPDATE OR DELETE ON indicator_revisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_indicator_updates AFTER INSERT OR UPDATE OR DELETE ON indicator_updates
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_indicators AFTER INSERT OR UPDATE OR DELETE ON indicators
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_investigation_activities AFTER INSERT OR UPDATE OR DELETE ON investigation_activities
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_investigation_barriers AFTER INSERT OR UPDATE OR DELETE ON investigation_barriers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_investigation_participants AFTER INSERT OR UPDATE OR DELETE ON investigation_participants
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_investigations AFTER INSERT OR UPDATE OR DELETE ON investigations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();


CREATE CONSTRAINT TRIGGER data_version_law_catalogue AFTER INSERT OR UPDATE OR DELETE ON law_catalogue
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_learning_entries AFTER INSERT OR UPDATE OR DELETE ON learning_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_learning_entry_tags AFTER INSERT OR UPDATE OR DELETE ON learning_entry_tags
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_learning_questions AFTER INSERT OR UPDATE OR DELETE ON learning_questions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_learning_replies AFTER INSERT OR UPDATE OR DELETE ON learning_replies
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_network_members AFTER INSERT OR UPDATE OR DELETE ON network_members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_network_reference_members AFTER INSERT OR UPDATE OR DELETE ON network_reference_members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_network_trials AFTER INSERT OR UPDATE OR DELETE ON network_trials
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_networks AFTER INSERT OR UPDATE OR DELETE ON networks
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_open_data_build AFTER INSERT OR UPDATE OR DELETE ON open_data_build
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_open_data_files AFTER INSERT OR UPDATE OR DELETE ON open_data_files
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_organisations AFTER INSERT OR UPDATE OR DELETE ON organisations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_partner_documents AFTER INSERT OR UPDATE OR DELETE ON partner_documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_partner_items AFTER INSERT OR UPDATE OR DELETE ON partner_items
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_partner_reviews AFTER INSERT OR UPDATE OR DELETE ON partner_reviews
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_partners AFTER INSERT OR UPDATE OR DELETE ON partners
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_pending_decisions AFTER INSERT OR UPDATE OR DELETE ON pending_decisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_population_figures AFTER INSERT OR UPDATE OR DELETE ON population_figures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_proposal_endorsements AFTER INSERT OR UPDATE OR DELETE ON proposal_endorsements
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_provisions AFTER INSERT OR UPDATE OR DELETE ON provisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_report_learning_answers AFTER INSERT OR UPDATE OR DELETE ON report_learning_answers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_research_assignments AFTER INSERT OR UPDATE OR DELETE ON research_assignments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_research_members AFTER INSERT OR UPDATE OR DELETE ON research_members
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_research_organisations AFTER INSERT OR UPDATE OR DELETE ON research_organisations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_research_plan_versions AFTER INSERT OR UPDATE OR DELETE ON research_plan_versions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_research_plans AFTER INSERT OR UPDATE OR DELETE ON research_plans
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_rounds AFTER INSERT OR UPDATE OR DELETE ON rounds
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_scheme_budget_years AFTER INSERT OR UPDATE OR DELETE ON scheme_budget_years
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_scheme_budgets AFTER INSERT OR UPDATE OR DELETE ON scheme_budgets
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_scheme_decision_settings AFTER INSERT OR UPDATE OR DELETE ON scheme_decision_settings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_scheme_regulation_settings AFTER INSERT OR UPDATE OR DELETE ON scheme_regulation_settings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_scheme_reporting AFTER INSERT OR UPDATE OR DELETE ON scheme_reporting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_scheme_rules AFTER INSERT OR UPDATE OR DELETE ON scheme_rules
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_schemes AFTER INSERT OR UPDATE OR DELETE ON schemes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_screening_entries AFTER INSERT OR UPDATE OR DELETE ON screening_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_theme_proposals AFTER INSERT OR UPDATE OR DELETE ON theme_proposals
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_themes AFTER INSERT OR UPDATE OR DELETE ON themes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_documents AFTER INSERT OR UPDATE OR DELETE ON trial_documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_participants AFTER INSERT OR UPDATE OR DELETE ON trial_participants
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_partners AFTER INSERT OR UPDATE OR DELETE ON trial_partners
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_regulations AFTER INSERT OR UPDATE OR DELETE ON trial_regulations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_reports AFTER INSERT OR UPDATE OR DELETE ON trial_reports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_states AFTER INSERT OR UPDATE OR DELETE ON trial_states
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_themes AFTER INSERT OR UPDATE OR DELETE ON trial_themes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trial_versions AFTER INSERT OR UPDATE OR DELETE ON trial_versions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_trials AFTER INSERT OR UPDATE OR DELETE ON trials
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();

CREATE CONSTRAINT TRIGGER data_version_users AFTER INSERT OR UPDATE OR DELETE ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_count();
