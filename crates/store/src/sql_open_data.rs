//! The SQL of [`crate::OpenDataStore`]: the built open-data files and the digest of the
//! dataset they were built from. Expanded per engine like every store macro (see
//! [`crate::sql`]).

macro_rules! impl_open_data_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::OpenDataStore for $store {
            async fn open_data_build(
                &self,
            ) -> $crate::Result<Option<$crate::open_data::OpenDataBuild>> {
                let row: Option<(String, time::OffsetDateTime)> =
                    sqlx::query_as("SELECT digest, generated_at FROM open_data_build WHERE id = 1")
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(
                    row.map(|(digest, generated_at)| $crate::open_data::OpenDataBuild {
                        digest,
                        generated_at,
                    }),
                )
            }

            async fn replace_open_data(
                &self,
                digest: &str,
                files: &[$crate::open_data::OpenDataFile],
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                sqlx::query("DELETE FROM open_data_files")
                    .execute(&mut *tx)
                    .await?;
                for file in files {
                    let size =
                        i64::try_from(file.body.len()).map_err($crate::StoreError::corrupt)?;
                    sqlx::query(
                        "INSERT INTO open_data_files \
                         (name, content_type, body, size, etag, generated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(&file.name)
                    .bind(&file.content_type)
                    .bind(&file.body)
                    .bind(size)
                    .bind(&file.etag)
                    .bind(file.generated_at)
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO open_data_build (id, digest, generated_at) VALUES (1, $1, $2) \
                     ON CONFLICT (id) DO UPDATE SET digest = $1, generated_at = $2",
                )
                .bind(digest)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn open_data_entries(
                &self,
            ) -> $crate::Result<Vec<$crate::open_data::OpenDataEntry>> {
                let rows: Vec<(String, String, i64, String, time::OffsetDateTime)> =
                    sqlx::query_as(
                        "SELECT name, content_type, size, etag, generated_at \
                         FROM open_data_files ORDER BY name",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .into_iter()
                    .map(|(name, content_type, size, etag, generated_at)| {
                        $crate::open_data::OpenDataEntry {
                            name,
                            content_type,
                            size,
                            etag,
                            generated_at,
                        }
                    })
                    .collect())
            }

            async fn open_data_file(
                &self,
                name: &str,
            ) -> $crate::Result<Option<$crate::open_data::OpenDataFile>> {
                let row: Option<(String, String, Vec<u8>, String, time::OffsetDateTime)> =
                    sqlx::query_as(
                        "SELECT name, content_type, body, etag, generated_at \
                         FROM open_data_files WHERE name = $1",
                    )
                    .bind(name)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map(|(name, content_type, body, etag, generated_at)| {
                    $crate::open_data::OpenDataFile {
                        name,
                        content_type,
                        body,
                        etag,
                        generated_at,
                    }
                }))
            }
        }
    };
}

pub(crate) use impl_open_data_store;
