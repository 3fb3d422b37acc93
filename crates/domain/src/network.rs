//! Networks of trials and municipalities (issue 15, item 4): a thematic network within a
//! scheme with a coordinator, member organisations, trials and reference groups; the
//! secretariat's guidance (articles and answered questions, every edit a new version); the
//! learning log, in which members record what they tried, learned and would do
//! differently, private to the network until the author publishes it; and the learning
//! questions a trial's reports answer, split from its application's learning goals.
//!
//! Who may do what in a network is `authz::network`; this module holds the rest of the
//! rules: what an entry, a reference member or a guidance text must hold, that only the
//! author publishes an entry and only once, how learning goals become questions, and what
//! changed between two versions of a guidance text.

use serde::Serialize;
use time::OffsetDateTime;

use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, check_name, check_text};

/// The longest free text of the log, guidance and questions.
pub const MAX_TEXT: usize = 20_000;
/// The longest name or title.
pub const MAX_NAME: usize = 200;

crate::named_enum! {
    /// A network's reference groups: the political and the administrative.
    pub enum GroupKind ("reference group") {
        Political,
        Administrative,
    }
}

crate::named_enum! {
    /// Guidance is an article the secretariat writes, or a question a member asked.
    pub enum GuidanceKind ("guidance kind") {
        Article,
        Question,
    }
}

crate::named_enum! {
    /// What a learning-log entry is tagged to.
    pub enum TagKind ("tag") {
        Trial,
        Indicator,
        Provision,
    }
}

/// A network as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Network {
    pub id: i64,
    pub scheme_id: i64,
    pub scheme_title: String,
    pub country: crate::Country,
    /// The scheme's language, which guidance and the log are written in.
    pub language: crate::Language,
    pub theme_id: Option<i64>,
    pub theme_title: Option<String>,
    pub name: String,
    pub purpose: String,
    pub coordinator: Option<Person>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// An account named on a page: id, name and organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub user_id: i64,
    pub name: String,
    pub organisation: Option<String>,
}

/// A member organisation of a network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Member {
    pub organisation_id: i64,
    pub name: String,
}

/// A trial in a network, with its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkTrial {
    pub trial_id: i64,
    pub title: String,
    pub status: String,
}

/// A member of a reference group: a person who need not have an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferenceMember {
    pub id: i64,
    pub group: GroupKind,
    pub name: String,
    pub role_title: String,
    pub organisation: String,
}

/// A reference group member as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReferenceMember {
    pub group: GroupKind,
    pub name: String,
    pub role_title: String,
    pub organisation: String,
}

impl NewReferenceMember {
    pub fn validate(mut self) -> Result<Self, FieldError> {
        self.name = self.name.trim().to_owned();
        self.role_title = self.role_title.trim().to_owned();
        self.organisation = self.organisation.trim().to_owned();
        required("name", &self.name)?;
        check_name("name", &self.name)?;
        check_text("name", &self.name, MAX_NAME)?;
        required("role_title", &self.role_title)?;
        check_name("role_title", &self.role_title)?;
        check_text("role_title", &self.role_title, MAX_NAME)?;
        check_text("organisation", &self.organisation, MAX_NAME)?;
        Ok(self)
    }
}

/// A new network as the secretariat types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNetwork {
    pub scheme_id: i64,
    pub theme_id: Option<i64>,
    pub name: String,
    pub purpose: String,
    pub coordinator_id: Option<i64>,
    pub member_ids: Vec<i64>,
    pub trial_ids: Vec<i64>,
}

impl NewNetwork {
    pub fn validate(mut self) -> Result<Self, FieldError> {
        self.name = self.name.trim().to_owned();
        self.purpose = self.purpose.trim().to_owned();
        required("name", &self.name)?;
        check_name("name", &self.name)?;
        check_text("name", &self.name, MAX_NAME)?;
        required("purpose", &self.purpose)?;
        check_text("purpose", &self.purpose, MAX_TEXT)?;
        self.member_ids.sort_unstable();
        self.member_ids.dedup();
        self.trial_ids.sort_unstable();
        self.trial_ids.dedup();
        Ok(self)
    }
}

fn required(field: &str, value: &str) -> Result<(), FieldError> {
    if value.trim().is_empty() {
        return Err(FieldError::new(field, Problem::Required));
    }
    Ok(())
}

/// One version of a guidance text: who wrote it, when and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuidanceVersion {
    pub version: i64,
    pub title: String,
    pub body: String,
    pub author: Option<String>,
    pub reason: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// A guidance item: an article or a question, with its versions (oldest first; a question
/// has none until it is answered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuidanceItem {
    pub id: i64,
    pub scheme_id: i64,
    /// `None`: for every network of the scheme.
    pub network_id: Option<i64>,
    pub kind: GuidanceKind,
    pub question: Option<String>,
    pub asked_by: Option<Person>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub asked_at: Option<OffsetDateTime>,
    /// Published beyond the network (answered questions the secretariat publishes;
    /// articles are always public).
    pub public: bool,
    pub versions: Vec<GuidanceVersion>,
}

impl GuidanceItem {
    pub fn current(&self) -> Option<&GuidanceVersion> {
        self.versions.last()
    }

    pub fn answered(&self) -> bool {
        !self.versions.is_empty()
    }

    /// Whether the public may read it: an article, or an answered question published.
    pub fn is_public(&self) -> bool {
        self.kind == GuidanceKind::Article || (self.public && self.answered())
    }
}

/// A guidance text as written: the title, the body, and why it changed (on an edit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidanceText {
    pub title: String,
    pub body: String,
    pub reason: Option<String>,
}

impl GuidanceText {
    /// Checks the text; an edit (`edit`) needs a reason.
    pub fn validate(mut self, edit: bool) -> Result<Self, FieldError> {
        self.title = self.title.trim().to_owned();
        required("title", &self.title)?;
        check_name("title", &self.title)?;
        check_text("title", &self.title, MAX_NAME)?;
        required("body", &self.body)?;
        check_text("body", &self.body, MAX_TEXT)?;
        self.reason = self
            .reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        if edit && self.reason.is_none() {
            return Err(FieldError::new("reason", Problem::Required));
        }
        if let Some(reason) = &self.reason {
            check_text("reason", reason, MAX_NAME * 5)?;
        }
        Ok(self)
    }
}

/// A question a member asks the secretariat.
pub fn check_question(question: &str) -> Result<String, FieldError> {
    let question = question.trim().to_owned();
    required("question", &question)?;
    check_text("question", &question, MAX_TEXT)?;
    Ok(question)
}

/// A tag of a learning-log entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tag {
    pub kind: TagKind,
    pub id: i64,
    /// The trial's title, the indicator's name, or the provision's citation.
    pub label: String,
    /// For an indicator, the trial it belongs to (to link to).
    pub trial_id: Option<i64>,
}

/// A reply to an entry (one level deep).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reply {
    pub id: i64,
    pub author: Person,
    pub body: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// A learning-log entry with its tags and replies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entry {
    pub id: i64,
    pub network_id: i64,
    pub author: Person,
    pub title: String,
    pub tried: String,
    pub learned: String,
    pub differently: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub published_at: Option<OffsetDateTime>,
    pub tags: Vec<Tag>,
    pub replies: Vec<Reply>,
}

impl Entry {
    pub fn is_public(&self) -> bool {
        self.published_at.is_some()
    }
}

/// A published entry as a trial's page shows it, with its network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedEntry {
    pub network_id: i64,
    pub network_name: String,
    pub entry: Entry,
}

/// A new entry as typed: what was tried, learned, would be done differently, and tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    pub title: String,
    pub tried: String,
    pub learned: String,
    pub differently: String,
    pub trial_ids: Vec<i64>,
    pub indicator_ids: Vec<i64>,
    pub provision_ids: Vec<i64>,
}

impl NewEntry {
    /// The title and what was learned are required; what was tried and would be done
    /// differently may be left out.
    pub fn validate(mut self) -> Result<Self, FieldError> {
        self.title = self.title.trim().to_owned();
        required("title", &self.title)?;
        check_name("title", &self.title)?;
        check_text("title", &self.title, MAX_NAME)?;
        for (field, value) in [
            ("tried", &mut self.tried),
            ("learned", &mut self.learned),
            ("differently", &mut self.differently),
        ] {
            *value = value.trim().to_owned();
            check_text(field, value, MAX_TEXT)?;
        }
        required("learned", &self.learned)?;
        for ids in [
            &mut self.trial_ids,
            &mut self.indicator_ids,
            &mut self.provision_ids,
        ] {
            ids.sort_unstable();
            ids.dedup();
        }
        Ok(self)
    }

    /// The tags to store.
    pub fn tags(&self) -> Vec<(TagKind, i64)> {
        let of = |kind, ids: &[i64]| ids.iter().map(move |id| (kind, *id)).collect::<Vec<_>>();
        [
            of(TagKind::Trial, &self.trial_ids),
            of(TagKind::Indicator, &self.indicator_ids),
            of(TagKind::Provision, &self.provision_ids),
        ]
        .concat()
    }
}

/// A reply as typed.
pub fn check_reply(body: &str) -> Result<String, FieldError> {
    let body = body.trim().to_owned();
    required("body", &body)?;
    check_text("body", &body, MAX_TEXT)?;
    Ok(body)
}

/// A refused step in a network.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkError {
    /// Only an entry's author publishes it.
    #[error("only the author of an entry may publish it")]
    NotAuthor,
    /// A published entry stays as it was published.
    #[error("the entry is already published")]
    AlreadyPublished,
    /// The question has been answered; later changes are new versions.
    #[error("the question is already answered")]
    AlreadyAnswered,
    /// A tag that is not the network's (a trial outside it, an indicator of another trial).
    #[error("{field}: {id} is not in this network")]
    NotInNetwork { field: &'static str, id: i64 },
    /// Learning questions are fixed once the trial has reported.
    #[error("the learning questions are fixed once the trial has sent a report")]
    QuestionsFixed,
    /// The final report answers every learning question.
    #[error("answer the learning question “{question}”")]
    AnswerRequired { question_id: i64, question: String },
}

impl Broken for NetworkError {
    fn code(&self) -> &'static str {
        match self {
            NetworkError::NotAuthor => "not_the_author",
            NetworkError::AlreadyPublished => "entry_already_published",
            NetworkError::AlreadyAnswered => "question_already_answered",
            NetworkError::NotInNetwork { .. } => "not_in_network",
            NetworkError::QuestionsFixed => "learning_questions_fixed",
            NetworkError::AnswerRequired { .. } => "learning_answer_required",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            // The web answers `not_the_author` with 403 through the use case's Forbidden.
            NetworkError::NotAuthor
            | NetworkError::AlreadyPublished
            | NetworkError::AlreadyAnswered
            | NetworkError::QuestionsFixed => Refusal::Conflict,
            NetworkError::NotInNetwork { .. } | NetworkError::AnswerRequired { .. } => {
                Refusal::Invalid
            }
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            NetworkError::NotInNetwork { field, id } => {
                serde_json::json!({ "field": field, "id": id })
            }
            NetworkError::AnswerRequired {
                question_id,
                question,
            } => serde_json::json!({
                "field": format!("answer_{question_id}"),
                "question_id": question_id,
                "question": question,
            }),
            _ => serde_json::Value::Null,
        }
    }
}

/// Whether `user_id` may publish `entry`: its author alone, and only once.
pub fn check_publish(entry: &Entry, user_id: i64) -> Result<(), NetworkError> {
    if entry.author.user_id != user_id {
        return Err(NetworkError::NotAuthor);
    }
    if entry.is_public() {
        return Err(NetworkError::AlreadyPublished);
    }
    Ok(())
}

/// A trial's learning question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LearningQuestion {
    pub id: i64,
    pub trial_id: i64,
    pub position: i64,
    pub question: String,
}

/// The most questions a trial keeps.
pub const MAX_QUESTIONS: usize = 20;

/// Splits learning goals into questions: one per line, and a line of several sentences
/// into one per sentence ending in `?` or `.`; bullets and numbering are dropped.
pub fn split_learning_goals(text: &str) -> Vec<String> {
    let mut questions = Vec::new();
    for line in text.lines() {
        let line = line
            .trim()
            .trim_start_matches(['-', '*', '•', '–'])
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(['.', ')'])
            .trim();
        let mut sentence = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            sentence.push(c);
            let ends = matches!(c, '?' | '.' | '!')
                && chars.peek().is_none_or(|next| next.is_whitespace());
            if ends {
                push_question(&mut questions, &sentence);
                sentence.clear();
            }
        }
        push_question(&mut questions, &sentence);
    }
    questions
}

fn push_question(questions: &mut Vec<String>, sentence: &str) {
    let sentence = sentence.trim();
    if sentence.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
        questions.push(sentence.to_owned());
    }
}

/// Checks the questions a participant typed (one per line): at least one, none too long,
/// at most [`MAX_QUESTIONS`].
pub fn check_questions(text: &str) -> Result<Vec<String>, FieldError> {
    let questions: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if questions.is_empty() {
        return Err(FieldError::new("questions", Problem::Required));
    }
    if questions.len() > MAX_QUESTIONS {
        return Err(FieldError::new(
            "questions",
            Problem::TooMany { max: MAX_QUESTIONS },
        ));
    }
    for q in &questions {
        check_text("questions", q, MAX_NAME * 5)?;
    }
    Ok(questions)
}

/// The answers of a final report: every question answered, the first blank one named.
pub fn check_final_answers(
    questions: &[LearningQuestion],
    answers: &[(i64, String)],
) -> Result<(), NetworkError> {
    for q in questions {
        let answered = answers
            .iter()
            .any(|(id, a)| *id == q.id && !a.trim().is_empty());
        if !answered {
            return Err(NetworkError::AnswerRequired {
                question_id: q.id,
                question: q.question.clone(),
            });
        }
    }
    Ok(())
}

/// One line of what changed between two versions of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Change {
    Same(String),
    Added(String),
    Removed(String),
}

/// What changed, line by line, from `old` to `new` (the longest common subsequence of
/// lines; texts are short, so the quadratic table is fine).
pub fn diff_lines(old: &str, new: &str) -> Vec<Change> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push(Change::Same(a[i].to_owned()));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(Change::Added(b[j].to_owned()));
            j += 1;
        } else {
            out.push(Change::Removed(a[i].to_owned()));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learning_goals_split_into_questions() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "Vi vil lære, om en samlet plan virker. Hvor mange ressourcer kan spares?",
                &[
                    "Vi vil lære, om en samlet plan virker.",
                    "Hvor mange ressourcer kan spares?",
                ],
            ),
            (
                "- Fungerer planen?\n- Sparer vi tid?\n\n",
                &["Fungerer planen?", "Sparer vi tid?"],
            ),
            (
                "1. Kortere ventetid\n2) Færre møder",
                &["Kortere ventetid", "Færre møder"],
            ),
            ("Om § 5 stk. 2 gælder? ok", &["Om § 5 stk.", "2 gælder?"]),
        ];
        for (text, expected) in cases {
            assert_eq!(split_learning_goals(text), expected, "{text}");
        }
        assert!(split_learning_goals("  \n - \n").is_empty());
    }

    #[test]
    fn questions_are_checked() {
        assert_eq!(
            check_questions("A?\n\n B? ").unwrap(),
            vec!["A?".to_owned(), "B?".to_owned()]
        );
        assert_eq!(
            check_questions(" \n").unwrap_err().problem,
            Problem::Required
        );
        let many = "q\n".repeat(MAX_QUESTIONS + 1);
        assert!(matches!(
            check_questions(&many).unwrap_err().problem,
            Problem::TooMany { .. }
        ));
    }

    fn entry(author: i64, published: bool) -> Entry {
        Entry {
            id: 1,
            network_id: 1,
            author: Person {
                user_id: author,
                name: "A".into(),
                organisation: None,
            },
            title: "t".into(),
            tried: String::new(),
            learned: "l".into(),
            differently: String::new(),
            created_at: OffsetDateTime::UNIX_EPOCH,
            published_at: published.then_some(OffsetDateTime::UNIX_EPOCH),
            tags: vec![],
            replies: vec![],
        }
    }

    #[test]
    fn only_the_author_publishes_and_only_once() {
        assert_eq!(check_publish(&entry(5, false), 5), Ok(()));
        assert_eq!(
            check_publish(&entry(5, false), 6),
            Err(NetworkError::NotAuthor)
        );
        assert_eq!(
            check_publish(&entry(5, true), 5),
            Err(NetworkError::AlreadyPublished)
        );
        assert_eq!(
            check_publish(&entry(5, true), 6),
            Err(NetworkError::NotAuthor)
        );
    }

    #[test]
    fn an_entry_needs_a_title_and_what_was_learned() {
        let new = |title: &str, learned: &str| NewEntry {
            title: title.into(),
            tried: " tried ".into(),
            learned: learned.into(),
            differently: String::new(),
            trial_ids: vec![3, 3, 1],
            indicator_ids: vec![],
            provision_ids: vec![9],
        };
        let ok = new(" T ", "L").validate().unwrap();
        assert_eq!(ok.title, "T");
        assert_eq!(ok.tried, "tried");
        assert_eq!(
            ok.tags(),
            vec![
                (TagKind::Trial, 1),
                (TagKind::Trial, 3),
                (TagKind::Provision, 9)
            ]
        );
        assert_eq!(new("", "L").validate().unwrap_err().field, "title");
        assert_eq!(new("T", "  ").validate().unwrap_err().field, "learned");
    }

    #[test]
    fn an_edit_of_guidance_needs_a_reason() {
        let text = |reason: Option<&str>| GuidanceText {
            title: "T".into(),
            body: "B".into(),
            reason: reason.map(Into::into),
        };
        assert!(text(None).validate(false).is_ok());
        assert_eq!(text(Some(" ")).validate(true).unwrap_err().field, "reason");
        assert!(text(Some("ny praksis")).validate(true).is_ok());
    }

    #[test]
    fn the_final_report_answers_every_question() {
        let q = |id, text: &str| LearningQuestion {
            id,
            trial_id: 1,
            position: id,
            question: text.into(),
        };
        let questions = [q(1, "A?"), q(2, "B?")];
        assert_eq!(
            check_final_answers(&questions, &[(1, "x".into()), (2, "y".into())]),
            Ok(())
        );
        let err = check_final_answers(&questions, &[(1, "x".into()), (2, " ".into())]).unwrap_err();
        assert_eq!(err.code(), "learning_answer_required");
        assert_eq!(err.details()["field"], "answer_2");
    }

    #[test]
    fn diff_shows_added_and_removed_lines() {
        use Change::*;
        assert_eq!(
            diff_lines("a\nb\nc", "a\nB\nc\nd"),
            vec![
                Same("a".into()),
                Added("B".into()),
                Removed("b".into()),
                Same("c".into()),
                Added("d".into())
            ]
        );
        assert_eq!(diff_lines("", "x"), vec![Added("x".into())]);
    }
}
