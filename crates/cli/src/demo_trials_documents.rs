//! The demo's documents (issue 13, item 6): on the demo's trials, the adopted local
//! regulation uploaded by a participant's applicant and made public by the secretariat, and
//! a private working note. The PDFs are generated here (a minimal PDF written by hand, in
//! the core Helvetica font), from the trial's own decision text; each says it is a demo
//! document. They go through `app::documents`, as an upload from the page does.

use anyhow::Context;
use bytes::Bytes;
use frirum_app::documents::{self, Upload};
use frirum_app::{Actor, App};
use frirum_domain::document::DocumentKind;
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::OffsetDateTime;

/// The demo accounts that upload: each applicant, by the code of their organisation.
const APPLICANTS: [(&str, &str); 4] = [
    ("751", "ansoger.aarhus@frirum.example"),
    ("3118", "soker.indre-ostfold@frirum.example"),
    ("5501", "soker.tromso@frirum.example"),
    ("2480", "sokande.umea@frirum.example"),
];

/// Uploads the demo's documents to the trials whose participants have a demo applicant.
pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let secretariat = actor(app, "sekretariat@frirum.example", now).await?;
    let trials = app
        .store
        .list_trials(
            &TrialFilter::default(),
            PageRequest::new(Some(1), Some(200)).map_err(|e| anyhow::anyhow!("{e}"))?,
        )
        .await?;
    let mut uploaded = 0;
    for summary in &trials.items {
        let access = frirum_app::trials::access(
            app,
            &secretariat,
            summary.id,
            frirum_domain::authz::TrialAction::Manage,
        )
        .await
        .with_context(|| format!("the demo trial {}", summary.id))?;
        // Each document on the day it was made (the actor's `now`): the evaluation some
        // months after the trial's end, the regulation a week after the trial started (or
        // after the last approved change, when a participant joined later), the working
        // note a month after that.
        let on = |day: time::Date, who: &Actor| Actor {
            now: crate::demo_time::at_work(day).min(now),
            ..who.clone()
        };
        let started = access
            .state
            .actual_start
            .unwrap_or(access.state.planned_start);
        let last_change = app
            .store
            .trial_versions(summary.id)
            .await?
            .iter()
            .filter(|v| v.kind == frirum_domain::trial::ChangeKind::ChangeApproved)
            .map(|v| v.recorded_at.date())
            .max();
        let filed_on = (started + time::Duration::days(7))
            .max(last_change.map_or(started, |d| d + time::Duration::days(7)));
        let Some(email) = access.state.participants.iter().find_map(|p| {
            APPLICANTS
                .iter()
                .find(|(code, _)| *code == p.code)
                .map(|(_, email)| *email)
        }) else {
            // A trial that has ended without a demo applicant: the secretariat files the
            // evaluation's summary, public as evaluations are.
            // (Ended, or over by now: the upkeep completes it after the demo's areas load.)
            if access.state.actual_start.is_some()
                && (access.state.status == frirum_domain::trial::TrialStatus::Ended
                    || access.state.planned_end < now.date())
            {
                let trial = &access.trial;
                let summary = pdf(
                    &format!("{} – final evaluation, summary", trial.case_number),
                    &[
                        "DEMO DOCUMENT – invented for Frirum's demonstration; no real evaluation."
                            .to_owned(),
                        String::new(),
                        format!("Trial: {}", trial.title),
                        "Process: the participants kept to the approved exemptions.".to_owned(),
                        "Results: see the indicators on the trial page (invented figures)."
                            .to_owned(),
                        "Transferability: to be judged by the ministry.".to_owned(),
                    ],
                );
                let end = access.state.actual_end.unwrap_or(access.state.planned_end);
                documents::upload(
                    app,
                    &on(end + time::Duration::days(120), &secretariat),
                    trial.id,
                    Upload {
                        kind: DocumentKind::Evaluation,
                        title: local(trial.regulation_kind.as_str(), EVALUATION),
                        file_name: format!("{}-evaluation.pdf", trial.case_number),
                        declared_type: Some("application/pdf".to_owned()),
                        content: Bytes::from(summary),
                        public: true,
                    },
                )
                .await
                .with_context(|| format!("filing the evaluation of {}", trial.case_number))?;
                uploaded += 1;
            }
            continue;
        };
        let applicant = actor(app, email, now).await?;
        let trial = &access.trial;
        let regulation = pdf(
            &format!("{} – {}", trial.case_number, trial.title),
            &[
                "DEMO DOCUMENT – invented for Frirum's demonstration, not an official text.",
                "",
                "Local regulation as adopted by the council:",
                "",
            ]
            .iter()
            .map(|s| (*s).to_owned())
            .chain(wrap(&trial.regulation_text, 80))
            .collect::<Vec<_>>(),
        );
        let document = documents::upload(
            app,
            &on(filed_on, &applicant),
            trial.id,
            Upload {
                kind: DocumentKind::Regulation,
                title: regulation_title(trial.regulation_kind.as_str()),
                file_name: format!("{}-regulation.pdf", trial.case_number),
                declared_type: Some("application/pdf".to_owned()),
                content: Bytes::from(regulation),
                public: false,
            },
        )
        .await
        .with_context(|| format!("uploading the regulation of {}", trial.case_number))?;
        documents::set_public(
            app,
            &on(filed_on + time::Duration::days(3), &secretariat),
            trial.id,
            document.id,
            true,
        )
        .await?;
        let note = pdf(
            &format!("{} – working note", trial.case_number),
            &[
                "DEMO DOCUMENT – invented for Frirum's demonstration.".to_owned(),
                String::new(),
                "Notes from the first project group meeting: who collects the figures,".to_owned(),
                "when the baseline is measured, and how citizens are told of the trial.".to_owned(),
            ],
        );
        documents::upload(
            app,
            &on(filed_on + time::Duration::days(30), &applicant),
            trial.id,
            Upload {
                kind: DocumentKind::Other,
                title: local(trial.regulation_kind.as_str(), WORKING_NOTE),
                file_name: "working-note.pdf".to_owned(),
                declared_type: Some("application/pdf".to_owned()),
                content: Bytes::from(note),
                public: false,
            },
        )
        .await?;
        uploaded += 2;
    }
    println!("Documents: {uploaded} on the demo's trials");
    Ok(())
}

/// A working note's title in Norwegian, Danish and Swedish.
const WORKING_NOTE: [&str; 3] = [
    "Arbeidsnotat (internt)",
    "Arbejdsnotat (internt)",
    "Arbetsanteckning (intern)",
];
/// An evaluation summary's title in Norwegian, Danish and Swedish.
const EVALUATION: [&str; 3] = [
    "Sluttevaluering – sammendrag",
    "Slutevaluering – resumé",
    "Slututvärdering – sammanfattning",
];

/// A title in the language of the country whose regulation the trial has.
fn local(regulation_kind: &str, titles: [&str; 3]) -> String {
    match regulation_kind {
        "trial_regulation" | "statutes" => titles[0],
        "local_regulations" => titles[2],
        _ => titles[1],
    }
    .to_owned()
}

/// The regulation's name as the scheme's country calls it.
fn regulation_title(kind: &str) -> String {
    match kind {
        "trial_regulation" => "Forsøksforskrift (vedtatt)",
        "free_municipality_statute" => "Frikommunevedtægt (vedtaget)",
        "local_regulations" => "Lokala föreskrifter (antagna)",
        _ => "Adopted regulation",
    }
    .to_owned()
}

async fn actor(app: &App, email: &str, now: OffsetDateTime) -> anyhow::Result<Actor> {
    let user = app
        .store
        .credentials(email)
        .await?
        .with_context(|| format!("the demo account {email}"))?
        .user;
    Ok(Actor {
        user: Some(user),
        lang: Language::En,
        now,
    })
}

/// Breaks text into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// A one-page PDF of a title and lines of text in Helvetica (WinAnsi: the Nordic letters
/// print; a character outside Latin-1 prints as `?`). Lines past the page are left out.
pub fn pdf(title: &str, lines: &[String]) -> Vec<u8> {
    let mut content = Vec::new();
    content.extend_from_slice(b"BT /F1 16 Tf 56 780 Td ");
    push_text(&mut content, title);
    content.extend_from_slice(b" Tj /F1 11 Tf 0 -28 Td 14 TL");
    for line in lines.iter().take(48) {
        content.extend_from_slice(b" ");
        push_text(&mut content, line);
        content.extend_from_slice(b" '");
    }
    content.extend_from_slice(b" ET");
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        [
            format!("<< /Length {} >>\nstream\n", content.len()).into_bytes(),
            content,
            b"\nendstream".to_vec(),
        ]
        .concat(),
    ];
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A PDF string literal in WinAnsi: parentheses and backslashes escaped, en dashes mapped.
fn push_text(out: &mut Vec<u8>, text: &str) {
    out.push(b'(');
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                out.push(c as u8);
            }
            '–' => out.push(0x96),
            '—' => out.push(0x97),
            c if (c as u32) < 0x20 => out.push(b' '),
            c if (c as u32) <= 0xff => out.push(c as u8),
            _ => out.push(b'?'),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_pdf_is_accepted_as_a_pdf() {
        let bytes = pdf("Forsøk (test) – Tromsø", &["Linje én".to_owned()]);
        assert!(bytes.starts_with(b"%PDF-1.4"));
        assert!(bytes.ends_with(b"%%EOF\n"));
        assert_eq!(
            frirum_app::documents::detect("a.pdf", &bytes),
            Some(frirum_domain::document::FileType::Pdf)
        );
        // The xref's offsets point at the objects.
        let xref = bytes.windows(6).position(|w| w == b"\nxref\n").unwrap() + 1;
        let table = String::from_utf8_lossy(&bytes[xref..]).into_owned();
        let first = &table.lines().nth(3).unwrap()[..10];
        let offset: usize = first.parse().unwrap();
        assert!(bytes[offset..].starts_with(b"1 0 obj"));
    }

    #[test]
    fn text_is_wrapped_at_spaces() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
    }
}
