//! The SQL of [`crate::StatisticsStore`]: one `GROUP BY` per chart. Which exemptions a
//! trial holds is read from its exemptions in force (JSON) with each engine's JSON
//! functions, as the trial list's provision filter does.

use frirum_domain::scheme::SchemeStatus;

use crate::statistics::Tally;

/// The schemes counted: `s.status IN (…)` from the domain's own status names (never from
/// input), and `$1` the scheme when one is asked for.
pub(crate) fn scheme_condition(statuses: &[SchemeStatus]) -> String {
    let list: Vec<String> = statuses
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    let list = if list.is_empty() {
        // No status is visible: nothing is counted.
        "NULL".to_owned()
    } else {
        list.join(", ")
    };
    format!("s.status IN ({list}) AND ($1 IS NULL OR s.id = $1)")
}

/// The provisions each trial is exempted from, one row per (trial, provision): the
/// narrowed provisions of a grant, or the one asked for when granted as requested.
pub(crate) fn trial_provisions(engine: crate::Backend, schemes: &str) -> String {
    match engine {
        crate::Backend::Sqlite => format!(
            "SELECT DISTINCT t.id AS trial_id, \
             COALESCE(p.value, json_extract(e.value, '$.requested_provision_id')) AS provision_id \
             FROM trials t JOIN trial_states st ON st.trial_id = t.id \
             JOIN schemes s ON s.id = t.scheme_id \
             JOIN json_each(st.exemptions) e \
             LEFT JOIN json_each(e.value, '$.provision_ids') p ON 1 = 1 \
             WHERE {schemes}"
        ),
        crate::Backend::Postgres => format!(
            "SELECT DISTINCT t.id AS trial_id, \
             COALESCE(CAST(p.value AS BIGINT), \
                      CAST(e.value ->> 'requested_provision_id' AS BIGINT)) AS provision_id \
             FROM trials t JOIN trial_states st ON st.trial_id = t.id \
             JOIN schemes s ON s.id = t.scheme_id \
             CROSS JOIN LATERAL jsonb_array_elements(st.exemptions::jsonb) e(value) \
             LEFT JOIN LATERAL jsonb_array_elements_text(e.value -> 'provision_ids') p(value) \
             ON TRUE \
             WHERE {schemes}"
        ),
    }
}

/// Rows of `(key, id, count)` as tallies, largest first, ties by key.
pub(crate) fn tallies(rows: Vec<(String, Option<i64>, i64)>) -> Vec<Tally> {
    let mut tallies: Vec<Tally> = rows
        .into_iter()
        .map(|(key, id, count)| Tally {
            key,
            id,
            count: crate::sql::count(count),
        })
        .collect();
    tallies.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    tallies
}

/// Implements [`crate::StatisticsStore`] for a store type with a `pool` field.
macro_rules! impl_statistics_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::StatisticsStore for $store {
            async fn statistics(
                &self,
                statuses: &[frirum_domain::scheme::SchemeStatus],
                scheme_id: Option<i64>,
            ) -> $crate::Result<$crate::statistics::Statistics> {
                use $crate::sql_statistics::tallies;
                let schemes = $crate::sql_statistics::scheme_condition(statuses);
                let run = |sql: String| async move {
                    let rows: Vec<(String, Option<i64>, i64)> = sqlx::query_as(&sql)
                        .bind(scheme_id)
                        .fetch_all(&self.pool)
                        .await?;
                    Ok::<_, $crate::StoreError>(tallies(rows))
                };
                let applications_by_status = run(format!(
                    "SELECT a.status, CAST(NULL AS BIGINT), COUNT(*) FROM applications a \
                     JOIN schemes s ON s.id = a.scheme_id \
                     WHERE a.status <> 'draft' AND {schemes} GROUP BY a.status"
                ))
                .await?;
                let decisions_by_outcome = run(format!(
                    "SELECT d.outcome, CAST(NULL AS BIGINT), COUNT(*) FROM decisions d \
                     JOIN applications a ON a.id = d.application_id \
                     JOIN schemes s ON s.id = a.scheme_id WHERE {schemes} GROUP BY d.outcome"
                ))
                .await?;
                let trials_by_status = run(format!(
                    "SELECT st.status, CAST(NULL AS BIGINT), COUNT(*) FROM trials t \
                     JOIN trial_states st ON st.trial_id = t.id \
                     JOIN schemes s ON s.id = t.scheme_id WHERE {schemes} GROUP BY st.status"
                ))
                .await?;
                let trials_by_country = run(format!(
                    "SELECT s.country, CAST(NULL AS BIGINT), COUNT(*) FROM trials t \
                     JOIN schemes s ON s.id = t.scheme_id WHERE {schemes} GROUP BY s.country"
                ))
                .await?;
                let trials_by_theme = run(format!(
                    "SELECT th.title, th.id, COUNT(DISTINCT t.id) FROM trials t \
                     JOIN schemes s ON s.id = t.scheme_id \
                     JOIN trial_themes tt ON tt.trial_id = t.id \
                     JOIN themes th ON th.id = tt.theme_id \
                     WHERE {schemes} GROUP BY th.id, th.title"
                ))
                .await?;
                let trials_by_act = run(format!(
                    "SELECT COALESCE(ac.short_title, ac.title), ac.id, \
                     COUNT(DISTINCT tp.trial_id) \
                     FROM ({}) tp JOIN provisions pr ON pr.id = tp.provision_id \
                     JOIN acts ac ON ac.id = pr.act_id \
                     GROUP BY ac.id, ac.short_title, ac.title",
                    $crate::sql_statistics::trial_provisions(ENGINE, &schemes)
                ))
                .await?;
                // The latest outcome of each granted exemption: no newer row of its group.
                let outcomes_by_category = run(format!(
                    "SELECT o.category, CAST(NULL AS BIGINT), COUNT(*) \
                     FROM generalisation_outcomes o JOIN trials t ON t.id = o.trial_id \
                     JOIN schemes s ON s.id = t.scheme_id \
                     WHERE {schemes} AND NOT EXISTS (SELECT 1 FROM generalisation_outcomes n \
                         WHERE n.trial_id = o.trial_id AND n.exemption = o.exemption \
                         AND (n.recorded_at > o.recorded_at \
                              OR (n.recorded_at = o.recorded_at AND n.id > o.id))) \
                     GROUP BY o.category"
                ))
                .await?;
                // A barrier need not belong to a scheme: without one asked for, every
                // barrier that is not restricted counts.
                let barriers_by_status = run(format!(
                    "SELECT b.status, CAST(NULL AS BIGINT), COUNT(*) FROM barriers b \
                     LEFT JOIN schemes s ON s.id = b.scheme_id \
                     WHERE NOT b.restricted AND ((b.scheme_id IS NULL AND $1 IS NULL) \
                         OR ({schemes})) GROUP BY b.status"
                ))
                .await?;
                Ok($crate::statistics::Statistics {
                    applications_by_status,
                    decisions_by_outcome,
                    trials_by_status,
                    trials_by_country,
                    trials_by_theme,
                    trials_by_act,
                    outcomes_by_category,
                    barriers_by_status,
                })
            }
        }
    };
}

pub(crate) use impl_statistics_store;
