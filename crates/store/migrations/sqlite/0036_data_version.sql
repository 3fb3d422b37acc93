-- The data's version (issue 17, item 6): one counter that moves whenever a committed
-- transaction changed what the public may read, so that every server's cache of public
-- pages (web::page_cache) knows, by reading one row, that it must render them again.
--
-- Triggers rather than the store's code: a statement added to any store method, a
-- migration's data fix or an operator's hand-made UPDATE moves the version all the same,
-- and the counter moves inside the writing transaction, so it is seen exactly when the
-- data is. Left out on purpose are the tables no public page reads, written by signed-in
-- traffic and by the scheduled jobs all day (sessions, tokens, login failures, leases,
-- job runs, the outbox, notifications, the law sync's records): counting them would throw
-- the cache away for nothing; and the journal, whose entries are written in the
-- transaction of the change they record, which is counted. A table added later is counted by a trigger of its own, or
-- named in the store's list of tables left out (`operations::UNCOUNTED_TABLES`); the
-- contract test `every_table_is_counted_or_left_out` fails until one of the two is done.
--
-- SQLite has only row triggers: every changed row adds one. The writer is one at a time,
-- so the one row is no point of contention.

CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TRIGGER data_version_acts_insert AFTER INSERT ON acts BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_acts_update AFTER UPDATE ON acts BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_acts_delete AFTER DELETE ON acts BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_application_adoptions_insert AFTER INSERT ON application_adoptions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_application_adoptions_update AFTER UPDATE ON application_adoptions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_application_adoptions_delete AFTER DELETE ON application_adoptions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_application_members_insert AFTER INSERT ON application_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_application_members_update AFTER UPDATE ON application_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_application_members_delete AFTER DELETE ON application_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_application_provisions_insert AFTER INSERT ON application_provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_application_provisions_update AFTER UPDATE ON application_provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_application_provisions_delete AFTER DELETE ON application_provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_applications_insert AFTER INSERT ON applications BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_applications_update AFTER UPDATE ON applications BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_applications_delete AFTER DELETE ON applications BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_assessment_notes_insert AFTER INSERT ON assessment_notes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_assessment_notes_update AFTER UPDATE ON assessment_notes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_assessment_notes_delete AFTER DELETE ON assessment_notes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_assessment_scores_insert AFTER INSERT ON assessment_scores BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_assessment_scores_update AFTER UPDATE ON assessment_scores BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_assessment_scores_delete AFTER DELETE ON assessment_scores BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_assessor_assignments_insert AFTER INSERT ON assessor_assignments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_assessor_assignments_update AFTER UPDATE ON assessor_assignments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_assessor_assignments_delete AFTER DELETE ON assessor_assignments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barrier_groups_insert AFTER INSERT ON barrier_groups BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_groups_update AFTER UPDATE ON barrier_groups BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_groups_delete AFTER DELETE ON barrier_groups BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barrier_provisions_insert AFTER INSERT ON barrier_provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_provisions_update AFTER UPDATE ON barrier_provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_provisions_delete AFTER DELETE ON barrier_provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barrier_root_causes_insert AFTER INSERT ON barrier_root_causes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_root_causes_update AFTER UPDATE ON barrier_root_causes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_root_causes_delete AFTER DELETE ON barrier_root_causes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barrier_starts_insert AFTER INSERT ON barrier_starts BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_starts_update AFTER UPDATE ON barrier_starts BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_starts_delete AFTER DELETE ON barrier_starts BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barrier_status_history_insert AFTER INSERT ON barrier_status_history BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_status_history_update AFTER UPDATE ON barrier_status_history BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_status_history_delete AFTER DELETE ON barrier_status_history BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barrier_supporters_insert AFTER INSERT ON barrier_supporters BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_supporters_update AFTER UPDATE ON barrier_supporters BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barrier_supporters_delete AFTER DELETE ON barrier_supporters BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_barriers_insert AFTER INSERT ON barriers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barriers_update AFTER UPDATE ON barriers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_barriers_delete AFTER DELETE ON barriers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_change_requests_insert AFTER INSERT ON change_requests BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_change_requests_update AFTER UPDATE ON change_requests BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_change_requests_delete AFTER DELETE ON change_requests BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_clarifications_insert AFTER INSERT ON clarifications BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_clarifications_update AFTER UPDATE ON clarifications BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_clarifications_delete AFTER DELETE ON clarifications BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_consensus_requests_insert AFTER INSERT ON consensus_requests BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_consensus_requests_update AFTER UPDATE ON consensus_requests BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_consensus_requests_delete AFTER DELETE ON consensus_requests BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_consensus_scores_insert AFTER INSERT ON consensus_scores BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_consensus_scores_update AFTER UPDATE ON consensus_scores BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_consensus_scores_delete AFTER DELETE ON consensus_scores BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_decisions_insert AFTER INSERT ON decisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_decisions_update AFTER UPDATE ON decisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_decisions_delete AFTER DELETE ON decisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluation_corrections_insert AFTER INSERT ON evaluation_corrections BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_corrections_update AFTER UPDATE ON evaluation_corrections BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_corrections_delete AFTER DELETE ON evaluation_corrections BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluation_documents_insert AFTER INSERT ON evaluation_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_documents_update AFTER UPDATE ON evaluation_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_documents_delete AFTER DELETE ON evaluation_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluation_finding_exemptions_insert AFTER INSERT ON evaluation_finding_exemptions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_finding_exemptions_update AFTER UPDATE ON evaluation_finding_exemptions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_finding_exemptions_delete AFTER DELETE ON evaluation_finding_exemptions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluation_finding_indicators_insert AFTER INSERT ON evaluation_finding_indicators BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_finding_indicators_update AFTER UPDATE ON evaluation_finding_indicators BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_finding_indicators_delete AFTER DELETE ON evaluation_finding_indicators BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluation_findings_insert AFTER INSERT ON evaluation_findings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_findings_update AFTER UPDATE ON evaluation_findings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_findings_delete AFTER DELETE ON evaluation_findings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluation_recommendations_insert AFTER INSERT ON evaluation_recommendations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_recommendations_update AFTER UPDATE ON evaluation_recommendations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluation_recommendations_delete AFTER DELETE ON evaluation_recommendations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_evaluations_insert AFTER INSERT ON evaluations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluations_update AFTER UPDATE ON evaluations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_evaluations_delete AFTER DELETE ON evaluations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_fund_allocations_insert AFTER INSERT ON fund_allocations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_fund_allocations_update AFTER UPDATE ON fund_allocations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_fund_allocations_delete AFTER DELETE ON fund_allocations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_fund_payments_insert AFTER INSERT ON fund_payments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_fund_payments_update AFTER UPDATE ON fund_payments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_fund_payments_delete AFTER DELETE ON fund_payments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_fund_spending_insert AFTER INSERT ON fund_spending BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_fund_spending_update AFTER UPDATE ON fund_spending BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_fund_spending_delete AFTER DELETE ON fund_spending BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_generalisation_outcome_evaluations_insert AFTER INSERT ON generalisation_outcome_evaluations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_generalisation_outcome_evaluations_update AFTER UPDATE ON generalisation_outcome_evaluations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_generalisation_outcome_evaluations_delete AFTER DELETE ON generalisation_outcome_evaluations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_generalisation_outcomes_insert AFTER INSERT ON generalisation_outcomes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_generalisation_outcomes_update AFTER UPDATE ON generalisation_outcomes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_generalisation_outcomes_delete AFTER DELETE ON generalisation_outcomes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_guidance_items_insert AFTER INSERT ON guidance_items BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_guidance_items_update AFTER UPDATE ON guidance_items BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_guidance_items_delete AFTER DELETE ON guidance_items BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_guidance_versions_insert AFTER INSERT ON guidance_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_guidance_versions_update AFTER UPDATE ON guidance_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_guidance_versions_delete AFTER DELETE ON guidance_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_indicator_periods_insert AFTER INSERT ON indicator_periods BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicator_periods_update AFTER UPDATE ON indicator_periods BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicator_periods_delete AFTER DELETE ON indicator_periods BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_indicator_revisions_insert AFTER INSERT ON indicator_revisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicator_revisions_update AFTER UPDATE ON indicator_revisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicator_revisions_delete AFTER DELETE ON indicator_revisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_indicator_updates_insert AFTER INSERT ON indicator_updates BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicator_updates_update AFTER UPDATE ON indicator_updates BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicator_updates_delete AFTER DELETE ON indicator_updates BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_indicators_insert AFTER INSERT ON indicators BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicators_update AFTER UPDATE ON indicators BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_indicators_delete AFTER DELETE ON indicators BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_investigation_activities_insert AFTER INSERT ON investigation_activities BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigation_activities_update AFTER UPDATE ON investigation_activities BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigation_activities_delete AFTER DELETE ON investigation_activities BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_investigation_barriers_insert AFTER INSERT ON investigation_barriers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigation_barriers_update AFTER UPDATE ON investigation_barriers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigation_barriers_delete AFTER DELETE ON investigation_barriers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_investigation_participants_insert AFTER INSERT ON investigation_participants BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigation_participants_update AFTER UPDATE ON investigation_participants BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigation_participants_delete AFTER DELETE ON investigation_participants BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_investigations_insert AFTER INSERT ON investigations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigations_update AFTER UPDATE ON investigations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_investigations_delete AFTER DELETE ON investigations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_law_catalogue_insert AFTER INSERT ON law_catalogue BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_law_catalogue_update AFTER UPDATE ON law_catalogue BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_law_catalogue_delete AFTER DELETE ON law_catalogue BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_learning_entries_insert AFTER INSERT ON learning_entries BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_entries_update AFTER UPDATE ON learning_entries BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_entries_delete AFTER DELETE ON learning_entries BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_learning_entry_tags_insert AFTER INSERT ON learning_entry_tags BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_entry_tags_update AFTER UPDATE ON learning_entry_tags BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_entry_tags_delete AFTER DELETE ON learning_entry_tags BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_learning_questions_insert AFTER INSERT ON learning_questions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_questions_update AFTER UPDATE ON learning_questions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_questions_delete AFTER DELETE ON learning_questions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_learning_replies_insert AFTER INSERT ON learning_replies BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_replies_update AFTER UPDATE ON learning_replies BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_learning_replies_delete AFTER DELETE ON learning_replies BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_network_members_insert AFTER INSERT ON network_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_network_members_update AFTER UPDATE ON network_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_network_members_delete AFTER DELETE ON network_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_network_reference_members_insert AFTER INSERT ON network_reference_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_network_reference_members_update AFTER UPDATE ON network_reference_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_network_reference_members_delete AFTER DELETE ON network_reference_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_network_trials_insert AFTER INSERT ON network_trials BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_network_trials_update AFTER UPDATE ON network_trials BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_network_trials_delete AFTER DELETE ON network_trials BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_networks_insert AFTER INSERT ON networks BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_networks_update AFTER UPDATE ON networks BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_networks_delete AFTER DELETE ON networks BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_open_data_build_insert AFTER INSERT ON open_data_build BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_open_data_build_update AFTER UPDATE ON open_data_build BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_open_data_build_delete AFTER DELETE ON open_data_build BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_open_data_files_insert AFTER INSERT ON open_data_files BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_open_data_files_update AFTER UPDATE ON open_data_files BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_open_data_files_delete AFTER DELETE ON open_data_files BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_organisations_insert AFTER INSERT ON organisations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_organisations_update AFTER UPDATE ON organisations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_organisations_delete AFTER DELETE ON organisations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_partner_documents_insert AFTER INSERT ON partner_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partner_documents_update AFTER UPDATE ON partner_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partner_documents_delete AFTER DELETE ON partner_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_partner_items_insert AFTER INSERT ON partner_items BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partner_items_update AFTER UPDATE ON partner_items BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partner_items_delete AFTER DELETE ON partner_items BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_partner_reviews_insert AFTER INSERT ON partner_reviews BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partner_reviews_update AFTER UPDATE ON partner_reviews BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partner_reviews_delete AFTER DELETE ON partner_reviews BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_partners_insert AFTER INSERT ON partners BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partners_update AFTER UPDATE ON partners BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_partners_delete AFTER DELETE ON partners BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_pending_decisions_insert AFTER INSERT ON pending_decisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_pending_decisions_update AFTER UPDATE ON pending_decisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_pending_decisions_delete AFTER DELETE ON pending_decisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_population_figures_insert AFTER INSERT ON population_figures BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_population_figures_update AFTER UPDATE ON population_figures BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_population_figures_delete AFTER DELETE ON population_figures BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_proposal_endorsements_insert AFTER INSERT ON proposal_endorsements BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_proposal_endorsements_update AFTER UPDATE ON proposal_endorsements BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_proposal_endorsements_delete AFTER DELETE ON proposal_endorsements BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_provisions_insert AFTER INSERT ON provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_provisions_update AFTER UPDATE ON provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_provisions_delete AFTER DELETE ON provisions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_report_learning_answers_insert AFTER INSERT ON report_learning_answers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_report_learning_answers_update AFTER UPDATE ON report_learning_answers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_report_learning_answers_delete AFTER DELETE ON report_learning_answers BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_research_assignments_insert AFTER INSERT ON research_assignments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_assignments_update AFTER UPDATE ON research_assignments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_assignments_delete AFTER DELETE ON research_assignments BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_research_members_insert AFTER INSERT ON research_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_members_update AFTER UPDATE ON research_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_members_delete AFTER DELETE ON research_members BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_research_organisations_insert AFTER INSERT ON research_organisations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_organisations_update AFTER UPDATE ON research_organisations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_organisations_delete AFTER DELETE ON research_organisations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_research_plan_versions_insert AFTER INSERT ON research_plan_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_plan_versions_update AFTER UPDATE ON research_plan_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_plan_versions_delete AFTER DELETE ON research_plan_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_research_plans_insert AFTER INSERT ON research_plans BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_plans_update AFTER UPDATE ON research_plans BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_research_plans_delete AFTER DELETE ON research_plans BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_rounds_insert AFTER INSERT ON rounds BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_rounds_update AFTER UPDATE ON rounds BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_rounds_delete AFTER DELETE ON rounds BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_scheme_budget_years_insert AFTER INSERT ON scheme_budget_years BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_budget_years_update AFTER UPDATE ON scheme_budget_years BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_budget_years_delete AFTER DELETE ON scheme_budget_years BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_scheme_budgets_insert AFTER INSERT ON scheme_budgets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_budgets_update AFTER UPDATE ON scheme_budgets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_budgets_delete AFTER DELETE ON scheme_budgets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_scheme_decision_settings_insert AFTER INSERT ON scheme_decision_settings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_decision_settings_update AFTER UPDATE ON scheme_decision_settings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_decision_settings_delete AFTER DELETE ON scheme_decision_settings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_scheme_regulation_settings_insert AFTER INSERT ON scheme_regulation_settings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_regulation_settings_update AFTER UPDATE ON scheme_regulation_settings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_regulation_settings_delete AFTER DELETE ON scheme_regulation_settings BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_scheme_reporting_insert AFTER INSERT ON scheme_reporting BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_reporting_update AFTER UPDATE ON scheme_reporting BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_reporting_delete AFTER DELETE ON scheme_reporting BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_scheme_rules_insert AFTER INSERT ON scheme_rules BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_rules_update AFTER UPDATE ON scheme_rules BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_scheme_rules_delete AFTER DELETE ON scheme_rules BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_schemes_insert AFTER INSERT ON schemes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_schemes_update AFTER UPDATE ON schemes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_schemes_delete AFTER DELETE ON schemes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_screening_entries_insert AFTER INSERT ON screening_entries BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_screening_entries_update AFTER UPDATE ON screening_entries BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_screening_entries_delete AFTER DELETE ON screening_entries BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_theme_proposals_insert AFTER INSERT ON theme_proposals BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_theme_proposals_update AFTER UPDATE ON theme_proposals BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_theme_proposals_delete AFTER DELETE ON theme_proposals BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_themes_insert AFTER INSERT ON themes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_themes_update AFTER UPDATE ON themes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_themes_delete AFTER DELETE ON themes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_documents_insert AFTER INSERT ON trial_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_documents_update AFTER UPDATE ON trial_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_documents_delete AFTER DELETE ON trial_documents BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_participants_insert AFTER INSERT ON trial_participants BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_participants_update AFTER UPDATE ON trial_participants BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_participants_delete AFTER DELETE ON trial_participants BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_partners_insert AFTER INSERT ON trial_partners BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_partners_update AFTER UPDATE ON trial_partners BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_partners_delete AFTER DELETE ON trial_partners BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_regulations_insert AFTER INSERT ON trial_regulations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_regulations_update AFTER UPDATE ON trial_regulations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_regulations_delete AFTER DELETE ON trial_regulations BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_reports_insert AFTER INSERT ON trial_reports BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_reports_update AFTER UPDATE ON trial_reports BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_reports_delete AFTER DELETE ON trial_reports BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_states_insert AFTER INSERT ON trial_states BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_states_update AFTER UPDATE ON trial_states BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_states_delete AFTER DELETE ON trial_states BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_themes_insert AFTER INSERT ON trial_themes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_themes_update AFTER UPDATE ON trial_themes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_themes_delete AFTER DELETE ON trial_themes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trial_versions_insert AFTER INSERT ON trial_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_versions_update AFTER UPDATE ON trial_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trial_versions_delete AFTER DELETE ON trial_versions BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_trials_insert AFTER INSERT ON trials BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trials_update AFTER UPDATE ON trials BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_trials_delete AFTER DELETE ON trials BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;

CREATE TRIGGER data_version_users_insert AFTER INSERT ON users BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_users_update AFTER UPDATE ON users BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_users_delete AFTER DELETE ON users BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
