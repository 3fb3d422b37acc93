//! `frirum org import` reads the statistics offices' own exports through the binary: the
//! figures go to the organisations already in the registry, a second import changes
//! nothing, and another country's export is refused with its stable code.

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_frirum"))
        .args(args)
        .env_remove("FRIRUM_DATABASE_URL")
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn import(db: &str, country: &str, file: &std::path::Path) -> (bool, String, String) {
    run(&[
        "org",
        "import",
        "--country",
        country,
        file.to_str().unwrap(),
        "--database-url",
        db,
    ])
}

#[test]
fn statistics_exports_add_dated_figures_to_the_registry() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let db = db.to_str().unwrap();
    assert!(run(&["migrate", "--database-url", db]).0);
    let registry = dir.path().join("no.csv");
    std::fs::write(
        &registry,
        "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n\
         03,Oslo,county,,,,,\n0301,Oslo,municipality,03,,,,\n",
    )
    .unwrap();
    let (ok, _, err) = import(db, "no", &registry);
    assert!(ok, "{err}");

    // SSB's semicolon download: a title, a blank line, codes before names, two years.
    let export = dir.path().join("07459.csv");
    std::fs::write(
        &export,
        "\"07459: Befolkning, etter region, år og statistikkvariabel\"\n\n\
         \"region\";\"Personer 2023\";\"Personer 2024\"\n\
         \"0 Hele landet\";5504329;5550203\n\
         \"0301 Oslo\";709037;717710\n\
         \"2111 Spitsbergen\";2500;2600\n",
    )
    .unwrap();
    let (ok, out, err) = import(db, "no", &export);
    assert!(ok, "{err}");
    assert!(
        out.contains("an export of SSB table 07459; 2 figures"),
        "{out}"
    );
    assert!(out.contains("left out: 2111 Spitsbergen"), "{out}");
    assert!(out.contains("population figures: 2 added"), "{out}");
    let (ok, out, _) = import(db, "no", &export);
    assert!(ok);
    assert!(
        out.contains("population figures: 0 added, 0 corrected"),
        "{out}"
    );

    let danish = dir.path().join("folk1a.csv");
    std::fs::write(
        &danish,
        "\u{feff}OMRÅDE;TID;INDHOLD\n101 København;2019K1;1\n",
    )
    .unwrap();
    let (ok, _, err) = import(db, "no", &danish);
    assert!(!ok);
    assert!(err.contains("statistics_wrong_country"), "{err}");
    let unknown = dir.path().join("other.csv");
    std::fs::write(&unknown, "kommune;folketall\nOslo;1\n").unwrap();
    let (ok, _, err) = import(db, "no", &unknown);
    assert!(!ok);
    assert!(err.contains("registry_format_unknown"), "{err}");
}
