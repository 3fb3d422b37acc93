//! `law sync` against a small HTTP server on loopback serving the project's own fixtures in
//! the official formats: Lovdata's archive (`.tar.bz2` of HTML documents) and
//! Retsinformation's harvest list (JSON) with its LexDania XML documents. A first sync
//! imports, a second with nothing changed imports nothing (the conditional requests are
//! answered 304), a changed document is updated, and a server error leaves the catalogue
//! as it was, recorded as a failed run.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use frirum_app::RuleFinder;
use frirum_app::clock::FixedClock;
use frirum_app::law_sync::{LogProgress, Source, SyncConfig, Syncer};
use frirum_store::Store;
use frirum_store::law_sync::SyncOutcome;
use frirum_store::testing::TestStore;
use time::macros::datetime;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// What the server answers for a path.
#[derive(Clone)]
struct Resource {
    status: u16,
    body: Vec<u8>,
    etag: String,
}

#[derive(Default)]
struct Served {
    resources: HashMap<String, Resource>,
    /// Each request: its path and the status answered.
    log: Vec<(String, u16)>,
}

/// A tiny HTTP/1.1 server: one request per connection, `If-None-Match` honoured.
async fn serve(state: Arc<Mutex<Served>>) -> String {
    // The ports given to this part of the project, the first free one.
    let mut listener = None;
    for port in 18930..=18939 {
        if let Ok(l) = tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
            listener = Some(l);
            break;
        }
    }
    let listener = listener.expect("a free port in 18930–18939");
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let state = state.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read);
                let mut request = String::new();
                lines.read_line(&mut request).await.unwrap();
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let mut if_none_match = None;
                loop {
                    let mut line = String::new();
                    lines.read_line(&mut line).await.unwrap();
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some((name, value)) = line.split_once(':')
                        && name.eq_ignore_ascii_case("if-none-match")
                    {
                        if_none_match = Some(value.trim().to_owned());
                    }
                }
                let resource = state.lock().unwrap().resources.get(&path).cloned();
                let (status, body, etag) = match resource {
                    None => (404, Vec::new(), None),
                    Some(r) if r.status == 200 && if_none_match.as_deref() == Some(&r.etag) => {
                        (304, Vec::new(), Some(r.etag))
                    }
                    Some(r) if r.status == 200 => (200, r.body, Some(r.etag)),
                    Some(r) => (r.status, r.body, None),
                };
                state.lock().unwrap().log.push((path, status));
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                if let Some(etag) = etag {
                    head.push_str(&format!("ETag: {etag}\r\n"));
                }
                head.push_str("\r\n");
                write.write_all(head.as_bytes()).await.unwrap();
                write.write_all(&body).await.unwrap();
                write.shutdown().await.ok();
            });
        }
    });
    base
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../cli/data/law")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A Lovdata-style archive: a bzip2-compressed tar of the documents.
fn tar_bz2(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let encoder = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    let mut tar = tar::Builder::new(encoder);
    for (name, bytes) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, name, bytes.as_slice())
            .unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

const LOVDATA: &str = "/v1/publicData/get/gjeldende-lover.tar.bz2";
const CHANGES: &str = "/v1/Documents";
const DAY: &str = "2026-12-05";
const NOW: time::OffsetDateTime = datetime!(2026-12-05 04:00 UTC);

fn lovdata_archive(changed: bool) -> Vec<u8> {
    let mut second = fixture("nl-20230609-030.xml");
    if changed {
        let text = String::from_utf8(second).unwrap();
        // One word of one section changes: the act is updated, not added.
        let at = text
            .find("<article class=\"legalP\"")
            .expect("a subsection");
        let end = at + text[at..].find('>').unwrap() + 1;
        second = format!("{}Endret tekst. {}", &text[..end], &text[end..]).into_bytes();
    }
    tar_bz2(&[
        (
            "gjeldende-lover/nl-19920626-087.xml",
            fixture("nl-19920626-087.xml"),
        ),
        ("gjeldende-lover/nl-20230609-030.xml", second),
    ])
}

struct World {
    _store: TestStore,
    store: Arc<dyn Store>,
    finder: RuleFinder,
    state: Arc<Mutex<Served>>,
    syncer: Syncer,
    clock: FixedClock,
}

impl World {
    async fn new() -> World {
        let t = TestStore::sqlite().await;
        let state = Arc::new(Mutex::new(Served::default()));
        let base = serve(state.clone()).await;
        {
            let mut s = state.lock().unwrap();
            s.resources.insert(
                LOVDATA.into(),
                Resource {
                    status: 200,
                    body: lovdata_archive(false),
                    etag: "\"lover-1\"".into(),
                },
            );
            let list = serde_json::json!([
                {"accessionsnummer": "A20240005529", "documentType": {"shortName": "LBK"}, "reasonForChange": "Created"},
                {"accessionsnummer": "C20240000001", "documentType": {"shortName": "CIR"}, "reasonForChange": "Created"}
            ]);
            s.resources.insert(
                format!("{CHANGES}?date={DAY}"),
                Resource {
                    status: 200,
                    body: list.to_string().into_bytes(),
                    etag: "\"list-1\"".into(),
                },
            );
            s.resources.insert(
                "/eli/accn/A20240005529/xml".into(),
                Resource {
                    status: 200,
                    body: fixture("2024-55.xml"),
                    etag: "\"a1\"".into(),
                },
            );
        }
        let config = SyncConfig {
            lovdata: vec![format!("{base}{LOVDATA}")],
            riksdagen: vec![format!("{base}/sfs.text.zip")],
            retsinformation_changes: format!("{base}{CHANGES}"),
            retsinformation_document: format!("{base}/eli/accn/{{accession}}/xml"),
            harvest_pause: std::time::Duration::ZERO,
            timeout: std::time::Duration::from_secs(30),
        };
        World {
            store: t.store.clone(),
            _store: t,
            finder: RuleFinder::open(None).unwrap(),
            state,
            syncer: Syncer::new(
                config,
                Arc::new(
                    frirum_web::publications::HttpFetcher::new(Duration::from_secs(30)).unwrap(),
                ),
            )
            .unwrap(),
            clock: FixedClock::new(NOW),
        }
    }

    async fn sync(&self) -> Vec<frirum_store::law_sync::SyncRun> {
        self.sync_only(&[Source::Lovdata, Source::Retsinformation])
            .await
            .unwrap()
    }

    async fn sync_only(
        &self,
        sources: &[Source],
    ) -> Result<Vec<frirum_store::law_sync::SyncRun>, frirum_app::law_sync::SyncError> {
        self.syncer
            .run_leased(
                &*self.store,
                &self.finder,
                &self.clock,
                sources,
                &LogProgress,
            )
            .await
    }

    fn set(&self, path: &str, status: u16, body: Vec<u8>, etag: &str) {
        self.state.lock().unwrap().resources.insert(
            path.into(),
            Resource {
                status,
                body,
                etag: etag.into(),
            },
        );
    }

    fn answered(&self) -> Vec<u16> {
        std::mem::take(&mut self.state.lock().unwrap().log)
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    }
}

#[tokio::test]
async fn a_first_sync_imports_and_a_second_with_nothing_changed_imports_nothing() {
    let w = World::new().await;
    let runs = w.sync().await;
    assert_eq!(runs.len(), 2);
    let (lovdata, danish) = (&runs[0], &runs[1]);
    assert_eq!(lovdata.outcome, SyncOutcome::Imported);
    assert_eq!((lovdata.counts.fetched, lovdata.counts.added), (1, 2));
    assert_eq!(danish.outcome, SyncOutcome::Imported);
    // The list and the one executive order in it (the circular is not law in force).
    assert_eq!((danish.counts.fetched, danish.counts.added), (2, 1));
    assert_eq!(w.answered(), [200, 200, 200]);
    let provisions = w.store.provision_count().await.unwrap();
    assert!(provisions > 10, "{provisions} provisions");
    assert_eq!(w.finder.indexed(), provisions);
    // One version for each act the import added: two Norwegian, one Danish.
    let version = w.store.catalogue_version().await.unwrap();
    assert_eq!(version, 3);

    let runs = w.sync().await;
    for run in &runs {
        assert_eq!(run.outcome, SyncOutcome::Unchanged, "{run:?}");
        assert_eq!(
            run.counts.fetched + run.counts.added + run.counts.updated,
            0
        );
    }
    assert_eq!(runs[0].counts.not_modified, 1);
    assert_eq!(runs[1].counts.not_modified, 1);
    assert_eq!(
        w.answered(),
        [304, 304],
        "conditional requests are honoured"
    );
    assert_eq!(w.store.catalogue_version().await.unwrap(), version);
    assert_eq!(w.store.sync_runs(10).await.unwrap().len(), 4);
}

#[tokio::test]
async fn a_changed_document_is_updated() {
    let w = World::new().await;
    w.sync().await;
    let before = w.store.catalogue_version().await.unwrap();
    w.set(LOVDATA, 200, lovdata_archive(true), "\"lover-2\"");
    let runs = w.sync().await;
    let lovdata = &runs[0];
    assert_eq!(lovdata.outcome, SyncOutcome::Imported);
    assert_eq!(
        (
            lovdata.counts.added,
            lovdata.counts.updated,
            lovdata.counts.unchanged
        ),
        (0, 1, 1)
    );
    assert_eq!(w.store.catalogue_version().await.unwrap(), before + 1);
    let found = w
        .finder
        .search(
            &*w.store,
            &frirum_law::search::SearchQuery {
                text: "Endret tekst".into(),
                jurisdiction: None,
                kind: None,
                in_force_only: false,
                limit: 5,
            },
        )
        .await
        .unwrap();
    assert!(!found.is_empty(), "the index holds the new text");
}

#[tokio::test]
async fn a_server_error_leaves_the_catalogue_as_it_was() {
    let w = World::new().await;
    w.sync().await;
    let provisions = w.store.provision_count().await.unwrap();
    let version = w.store.catalogue_version().await.unwrap();
    w.answered();

    // Lovdata's server fails.
    w.set(LOVDATA, 500, b"down".to_vec(), "");
    let runs = w.sync_only(&[Source::Lovdata]).await.unwrap();
    let run = &runs[0];
    assert_eq!(run.outcome, SyncOutcome::Failed);
    assert!(
        run.error.as_deref().unwrap().contains("500"),
        "{:?}",
        run.error
    );
    assert_eq!(run.counts.added + run.counts.updated, 0);
    assert_eq!(w.store.provision_count().await.unwrap(), provisions);
    assert_eq!(w.store.catalogue_version().await.unwrap(), version);

    // A Danish document that fails after its list came: nothing of the run is imported,
    // and the list is asked for in full again next time.
    let list = serde_json::json!([
        {"accessionsnummer": "A20240005529", "documentType": {"shortName": "LBK"}, "reasonForChange": "Changed"},
        {"accessionsnummer": "B20249999999", "documentType": {"shortName": "BEK"}, "reasonForChange": "Created"}
    ]);
    w.set(
        &format!("{CHANGES}?date={DAY}"),
        200,
        list.to_string().into_bytes(),
        "\"list-2\"",
    );
    w.set("/eli/accn/B20249999999/xml", 500, Vec::new(), "");
    let mut changed = String::from_utf8(fixture("2024-55.xml")).unwrap();
    changed = changed.replacen("<Char>Formål</Char>", "<Char>Nyt formål</Char>", 1);
    w.set(
        "/eli/accn/A20240005529/xml",
        200,
        changed.into_bytes(),
        "\"a2\"",
    );
    let runs = w.sync_only(&[Source::Retsinformation]).await.unwrap();
    assert_eq!(runs[0].outcome, SyncOutcome::Failed);
    assert_eq!(runs[0].counts.updated, 0);
    assert_eq!(w.store.catalogue_version().await.unwrap(), version);
    let latest = w.store.sync_runs(1).await.unwrap();
    assert_eq!(latest[0].outcome, SyncOutcome::Failed);

    // Once the server is well again, the next run brings everything.
    w.set(LOVDATA, 200, lovdata_archive(true), "\"lover-2\"");
    w.state
        .lock()
        .unwrap()
        .resources
        .remove("/eli/accn/B20249999999/xml");
    let list = serde_json::json!([
        {"accessionsnummer": "A20240005529", "documentType": {"shortName": "LBK"}, "reasonForChange": "Changed"}
    ]);
    w.set(
        &format!("{CHANGES}?date={DAY}"),
        200,
        list.to_string().into_bytes(),
        "\"list-3\"",
    );
    let runs = w.sync().await;
    assert_eq!(runs[0].counts.updated, 1);
    assert_eq!(runs[1].counts.updated, 1);
}

#[tokio::test]
async fn one_server_at_a_time_syncs() {
    let w = World::new().await;
    let until = datetime!(2026-12-05 06:00 UTC);
    assert!(
        w.store
            .take_lease("law_sync", "another-server", until, NOW)
            .await
            .unwrap()
    );
    let err = w.sync_only(&[Source::Lovdata]).await.unwrap_err();
    assert!(matches!(err, frirum_app::law_sync::SyncError::Busy));
    assert!(w.answered().is_empty(), "nothing was fetched");
    assert!(w.store.sync_runs(5).await.unwrap().is_empty());
}
