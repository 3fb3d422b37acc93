//! Fresh, isolated stores for tests: a SQLite file in a temporary folder, or a PostgreSQL
//! schema of its own when `FRIRUM_TEST_DATABASE_URL` names a server.

use std::str::FromStr;
use std::sync::Arc;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::{PostgresStore, SqliteStore, Store};

/// The environment variable that names the PostgreSQL server tests may use.
pub const DATABASE_URL_VAR: &str = "FRIRUM_TEST_DATABASE_URL";

/// A store for one test and what must live as long as it.
pub struct TestStore {
    pub store: Arc<dyn Store>,
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(tempfile::TempDir),
    Schema { url: String, schema: String },
}

impl TestStore {
    /// A migrated SQLite store in a new temporary folder.
    pub async fn sqlite() -> TestStore {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("frirum.db");
        let store = SqliteStore::connect(path.to_str().expect("utf-8 path"))
            .await
            .expect("open SQLite");
        store.migrate().await.expect("migrate SQLite");
        TestStore {
            store: Arc::new(store),
            cleanup: Cleanup::Dir(dir),
        }
    }

    /// A migrated PostgreSQL store in a new schema, or `None` when no server is configured.
    pub async fn postgres() -> Option<TestStore> {
        let url = std::env::var(DATABASE_URL_VAR).ok()?;
        let schema = format!("frirum_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(&url)
            .await
            .expect("connect to FRIRUM_TEST_DATABASE_URL");
        sqlx::query(&format!("CREATE SCHEMA {schema}"))
            .execute(&mut admin)
            .await
            .expect("create test schema");
        admin.close().await.ok();
        let options = PgConnectOptions::from_str(&url)
            .expect("valid FRIRUM_TEST_DATABASE_URL")
            .options([("search_path", schema.as_str())])
            .application_name(&schema);
        let store = PostgresStore::connect_with(options)
            .await
            .expect("open PostgreSQL");
        store.migrate().await.expect("migrate PostgreSQL");
        Some(TestStore {
            store: Arc::new(store),
            cleanup: Cleanup::Schema { url, schema },
        })
    }
}

impl TestStore {
    /// Runs one statement on a connection of its own, behind the store's back: for tests
    /// that the database itself refuses what the store never does.
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, String> {
        match &self.cleanup {
            Cleanup::Dir(dir) => execute_raw_sqlite(&dir.path().join("frirum.db"), sql).await,
            Cleanup::Schema { url, schema } => {
                let mut conn = PgConnection::connect(url)
                    .await
                    .map_err(|e| e.to_string())?;
                sqlx::query(&format!("SET search_path TO {schema}"))
                    .execute(&mut conn)
                    .await
                    .map_err(|e| e.to_string())?;
                let done = sqlx::query(sql)
                    .execute(&mut conn)
                    .await
                    .map_err(|e| e.to_string());
                conn.close().await.ok();
                done.map(|d| d.rows_affected())
            }
        }
    }
}

/// Runs one statement on a SQLite file behind the store's back, for tests of other crates
/// that alter a database the binary built.
pub async fn execute_raw_sqlite(path: &std::path::Path, sql: &str) -> Result<u64, String> {
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display()))
        .await
        .map_err(|e| e.to_string())?;
    let done = sqlx::query(sql)
        .execute(&mut conn)
        .await
        .map_err(|e| e.to_string());
    conn.close().await.ok();
    done.map(|d| d.rows_affected())
}

impl Drop for TestStore {
    /// Drops the test's PostgreSQL schema. Drop cannot wait on the test's runtime, so a
    /// short-lived thread with a runtime of its own does it.
    fn drop(&mut self) {
        if let Cleanup::Schema { url, schema } = &self.cleanup {
            // The test's own connections may still be open (the pool closes after this);
            // they are ended so that none holds a lock the drop would wait for.
            let dropped = drop_ending_connections(
                url,
                "application_name",
                schema,
                format!("DROP SCHEMA IF EXISTS {schema} CASCADE"),
            );
            if !dropped {
                eprintln!("could not drop the test schema {schema}");
            }
        }
    }
}

/// Ends the connections whose `pg_stat_activity` `column` equals `value`, then runs `drop`
/// on the server at `url`; whether it worked. Drop cannot wait on the test's runtime, so a
/// short-lived thread with a runtime of its own does it.
fn drop_ending_connections(url: &str, column: &'static str, value: &str, drop: String) -> bool {
    let (url, value) = (url.to_owned(), value.to_owned());
    let dropped = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok()?;
        runtime.block_on(async {
            let mut admin = PgConnection::connect(&url).await.ok()?;
            sqlx::query(&format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE {column} = $1 AND pid <> pg_backend_pid()"
            ))
            .bind(&value)
            .execute(&mut admin)
            .await
            .ok()?;
            sqlx::query(&drop).execute(&mut admin).await.ok()?;
            admin.close().await.ok()
        })
    })
    .join();
    matches!(dropped, Ok(Some(())))
}

/// A fresh, empty PostgreSQL database of its own (not a schema), for tests that start
/// `frirum` processes against one URL; dropped, with any connection left to it, when the
/// value is dropped.
pub struct TestDatabase {
    server: String,
    name: String,
    url: String,
}

impl TestDatabase {
    /// Creates the database on the server `FRIRUM_TEST_DATABASE_URL` names, or `None` when
    /// it is not set.
    pub async fn create() -> Option<TestDatabase> {
        let server = std::env::var(DATABASE_URL_VAR).ok()?;
        let name = format!("frirum_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = PgConnection::connect(&server)
            .await
            .expect("connect to FRIRUM_TEST_DATABASE_URL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("create the test database");
        admin.close().await.ok();
        let url = database_url(&server, &name);
        Some(TestDatabase { server, name, url })
    }

    /// The URL of the new database (the server's, with its name as the path).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The rows `sql` returns, each column read as text (cast the columns that are not
    /// text with `::text`; NULL is `None`), on a connection of its own.
    pub async fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        use sqlx::Row;
        let mut conn = PgConnection::connect(&self.url)
            .await
            .expect("connect to the test database");
        let rows = sqlx::query(sql)
            .fetch_all(&mut conn)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        conn.close().await.ok();
        rows.iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| {
                        row.try_get::<Option<String>, _>(i)
                            .unwrap_or_else(|e| panic!("{sql}, column {i}: {e}"))
                    })
                    .collect()
            })
            .collect()
    }
}

/// `server` with its database (the URL's path) replaced by `name`, the query kept.
fn database_url(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server, None),
    };
    let authority_end = base
        .find("://")
        .map(|at| at + 3)
        .and_then(|start| base[start..].find('/').map(|slash| start + slash))
        .unwrap_or(base.len());
    let mut url = format!("{}/{name}", &base[..authority_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

impl Drop for TestDatabase {
    /// Drops the database, ending the connections the test's processes left to it first.
    fn drop(&mut self) {
        let dropped = drop_ending_connections(
            &self.server,
            "datname",
            &self.name,
            format!("DROP DATABASE IF EXISTS {}", self.name),
        );
        if !dropped {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::database_url;

    #[test]
    fn a_database_url_names_the_new_database() {
        assert_eq!(
            database_url("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(
            database_url("postgres://u:p@h/postgres?sslmode=disable", "t1"),
            "postgres://u:p@h/t1?sslmode=disable"
        );
        assert_eq!(
            database_url("postgres://h:5432", "t1"),
            "postgres://h:5432/t1"
        );
    }
}
