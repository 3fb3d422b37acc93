app-tagline = room to try new ways of working
skip-to-content = Skip to main content
nav-label = Main menu
nav-home = Home
nav-registry = Municipalities and regions
nav-users = Accounts
nav-account = My account
nav-logout = Log out
nav-login = Log in
language-label = Language
footer-text = Frirum is where national experimentation schemes are run: municipalities apply for exemptions from state rules, trials are followed by research, and what they learn can change the rules for everybody.
footer-api = JSON API (OpenAPI)

home-title = Experimentation schemes for municipalities
home-lead = Frirum lets a ministry or a municipal association run a national experimentation scheme from the first theme proposal to the change of a rule.
home-body = Municipalities and regions apply, alone or in networks, to try new ways of working with exemptions from state rules. The secretariat screens, scores and decides; approved trials are followed by research; and what they learn decides whether the rules change for everybody.
home-registry-heading = The Nordic registry
home-registry-body = Every municipality, county municipality and region in Denmark, Norway and Sweden, with its official code and population.
home-signin-heading = For secretariats, applicants, assessors and researchers
home-signin-body = Log in with the account your secretariat gave you.

login-title = Log in
login-submit = Log in
login-failed = The e-mail address or the password is wrong.
login-throttled = Too many failed attempts to log in. For your security, try again in { $minutes ->
    [one] one minute
   *[other] { $number } minutes
 }.
field-email = E-mail address
field-password = Password

account-title = My account
account-profile-heading = Name and language
account-saved = Your changes have been saved.
field-role = Role
field-organisation = Organisation
field-name = Name
field-language = Interface language
language-automatic = Automatic (from the browser)
language-hint = Your choice here wins over the browser and the language buttons.
password-heading = Change password
field-current-password = Current password
field-new-password = New password
field-confirm-password = Repeat the new password
password-change = Change password
password-changed = Your password has been changed. You have been logged out everywhere else.
error-wrong-password = The current password is wrong.
error-password-mismatch = The two new passwords are not the same.
save = Save

tokens-heading = API tokens
tokens-intro = A personal token lets a program use the JSON API on your behalf. Send it as "Authorization: Bearer" followed by the token.
tokens-created = Copy the token now. It is shown only this once.
tokens-name = Token name
tokens-create = Create token
tokens-none = You have no API tokens.
tokens-caption = Your API tokens
tokens-prefix = Starts with
tokens-created-at = Created
tokens-last-used = Last used
tokens-status = Status
tokens-revoked = Revoked
tokens-revoke = Revoke { $name }
tokens-revoked-notice = The token has been revoked.
tokens-name-invalid = Give the token a name of 1 to 100 characters.
never = Never

pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $pages } ({ $total } in all)

registry-title = Municipalities and regions
registry-lead = The public bodies that can take part in experimentation schemes, with official codes and population figures with their reference dates.
registry-search-label = Name or code
registry-search-hint = Spelling with or without Nordic letters both work, such as Århus or Aarhus, Tromsø or Tromso.
field-country = Country
all-countries = All countries
field-kind = Kind
all-kinds = All kinds
search = Search
registry-results = Organisations found: { $count }
registry-no-results = Nothing matches the search. Check the spelling or choose another country.
field-code = Code
field-population = Population
field-parent = Part of
field-reference-date = Reference date
field-source = Source
population-uncertain = This figure has not been checked against the official statistics.
population-as-of = as of { $date }
population-unknown = No population figure is recorded.
population-history = Population figures
members-heading = Municipalities: { $count }

users-title = Accounts
users-caption = Accounts: { $count }
users-new-heading = New account
users-organisation-hint = Only for applicants: country and code, such as dk:751 for Aarhus or no:5501 for Tromsø.
field-initial-password = First password (at least 10 characters)
users-create = Create account
users-created = The account for { $email } has been created.

error-invalid-email = The e-mail address is not valid.
error-empty-name = The name must not be empty.
error-name-too-long = The name is too long (at most 200 characters).
error-organisation-required = An applicant must belong to an organisation.
error-organisation-not-allowed = Only applicants and assessors belong to an organisation.
error-password-too-short = The password must have at least 10 characters.
error-unknown-organisation = No such organisation in the registry. Write it as country and code, such as dk:751.
error-email-taken = The e-mail address is already in use.

error-status = Error code { $status }
error-back-home = Go to the front page
error-csrf = The form had expired or did not come from this site. Go back, reload the page and try again.
error-other-title = Something went wrong
error-400-title = The request could not be read
error-400-message = The request was not in a form Frirum understands.
error-401-title = Please log in
error-401-message = You need to log in to see this page.
error-403-title = Not allowed
error-403-message = Your role does not give access to this page or action. Ask the secretariat if you think it should.
error-404-title = Page not found
error-404-message = The page does not exist, or it has moved. Check the address.
error-405-title = Not possible here
error-405-message = This address does not accept that kind of request.
error-408-title = It took too long
error-408-message = The request took too long to handle. Try again.
error-409-title = Conflict
error-409-message = The change conflicts with what is already stored.
error-413-title = Too much data
error-413-message = What was sent is larger than Frirum accepts. Shorten it and try again.
error-415-title = Unsupported format
error-415-message = Frirum cannot read what was sent in that format.
error-422-title = Check the input
error-422-message = Some of the input is not valid.
error-429-title = Too many attempts
error-429-message = Too many attempts in a short time. Wait a little and try again.
error-500-title = Something went wrong on our side
error-500-message = The error has been logged. Try again in a moment.

role-admin = Secretariat
role-applicant = Applicant
role-assessor = Assessor
role-researcher = Researcher
kind-municipality = Municipality
kind-county = County municipality
kind-region = Region
country-dk = Denmark
country-no = Norway
country-se = Sweden
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

import-title = Import the registry
import-lead = Update municipalities, counties and regions from a CSV file (columns: code, name, kind, parent_code, population, population_date, population_source, population_uncertain). The whole file is checked first; a bad line refuses it, and nothing is half-imported.
import-file = CSV file
import-file-hint = UTF-8, one country per file, with the header line.
import-submit = Import
import-choose-country = Choose a country.
import-choose-file = Choose a file to import.
import-refused = Nothing was imported. Line { $line }: { $reason }
import-done = Imported: { $added } added, { $updated } updated, { $unchanged } unchanged, { $figures } new population figures.

# Schemes, proposals, applications and the journal
nav-schemes = Schemes
nav-applications = My applications
schemes-title = Experimentation schemes
schemes-lead = National schemes in which municipalities try new ways of working with exemptions from state rules.
schemes-none = There are no schemes to show yet.
scheme-new = New scheme
scheme-create = Create the scheme as a draft
scheme-invitation = Invitation
scheme-rounds = Application rounds
scheme-no-rounds = No rounds yet.
scheme-themes = Themes
scheme-no-themes = No themes yet.
scheme-rules = Rules
scheme-manage = Manage the scheme
scheme-change-status = Change status
scheme-apply-hint = Open a round below to start an application for your organisation.
theme-add = Add a theme
theme-priority = Priority theme
round-add = Add a round
rules-edit = Change the rules
rules-min-population = Minimum combined population
rules-networks = Networks allowed
rules-kinds = Who may apply
rules-max-months = Maximum trial length (months)
rules-max-extension = Maximum extension (months)
rules-bonuses = Bonuses
rules-bonus-network = Network bonus
rules-bonus-priority = Priority theme bonus
rules-bonus-objective = Measurable objective bonus
rules-scale = Highest score
rules-version = Rules version
rules-exclusions = Exclusions (legal screening)
rules-exclusions-hint = One item per line.
rules-criteria = Scoring criteria
rules-criteria-hint = One per line: weight | name | description.
rules-weight = weight
rules-reason-hint = Required when applications have already been submitted under the current rules: the change becomes a new version, and they keep theirs.
yes = Yes
no = No
saved-notice = Saved.
proposals-title = Theme proposals
proposals-lead = Municipalities propose themes and endorse each other's; the secretariat adopts or declines them and forwards the bundle.
proposals-none = No proposals yet.
proposals-export = Download the bundle (CSV)
proposals-endorsements = { $count ->
    [one] { $number } endorsement
   *[other] { $number } endorsements
 }
proposals-declined-because = Declined:
proposals-endorse = Endorse «{ $title }»
proposals-decide = Decide on «{ $title }»
proposals-adopt = Adopt as a theme
proposals-decline = Decline (give a reason)
proposals-new = Propose a theme
proposals-submit = Send the proposal
applications-title = Applications
applications-mine = My applications
applications-none = No applications to show.
applications-not-public = Submitted applications are published after the deadline, if the scheme says so.
application-start = Start an application
application-untitled = Untitled application
application-edit = Edit the draft
application-draft-hint = Save at any stage; the check above shows what is still missing or failing.
application-save = Save the draft
application-submit = Save and submit
application-print = Printable view
application-withdraw = Withdraw the application
application-withdrawn-notice = The application has been withdrawn.
receipt-text = Received: case number { $case }, submitted { $time }. Keep this receipt; print it with your browser.
eligibility-title = Eligibility
eligibility-ok = Every rule is met: the application can be submitted.
eligibility-not-ok = Not yet: the rules marked below are not met.
submit-refused = The application was not submitted.
error-application-submitted = The application has been submitted and can no longer be changed.
error-edit-conflict = Someone else saved this draft in the meantime (now version { $version }). Your text is below, not saved: copy what you need, reload, and save again.
error-rules-in-use = { $count ->
    [one] One submitted application was
   *[other] { $number } submitted applications were
 } judged under these rules. Give a reason: the change becomes a new version.
journal-title = Case journal
journal-lead = Every change, who made it, when and why. Entries are never edited or deleted.
journal-when = When
journal-who = Who
journal-what = What
journal-changes = Changes
journal-system = Frirum (import)
form-who = Who applies
form-what = The trial
field-title = Title
field-summary = Summary
field-description = Description
field-status = Status
field-reason = Reason
field-round = Round
field-opens = Opens
field-deadline = Deadline
field-deadline-hint = Local time in the round's time zone; the last second counted is the one you give.
field-time-zone = Time zone
field-target-trials = Target number of trials
field-scheme-code = Code
field-scheme-code-hint = 2 to 12 capital letters or digits, used in case numbers, such as DK2019.
field-content-language = Language of the content
field-invitation = Invitation (Markdown)
field-invitation-hint = Headings with #, lists with -, links as [text](https://…). HTML is shown as text.
field-publish-applications = Publish submitted applications after the deadline
field-case-number = Case number
field-lead = Lead organisation
field-members = Network members
field-member = Network member
field-members-hint = The code (such as 751) or the name; one per field. Save to get another field.
field-submitted-at = Submitted
field-objectives = Measurable objectives
field-indicator = Indicator
field-unit = Unit
field-baseline = Baseline
field-target = Target
field-target-date = By
field-exemptions = Requested exemptions
field-scope = Exemption
field-reference = Provision, act or area, as you would write it
field-desired-change = Desired rule
field-justification = Justification
field-unknown-rules = We do not know which rules stand in our way
field-unknown-rules-hint = Describe the obstacle in plain words; the secretariat helps find the rules.
field-legal-security = Consequences for citizens' legal security
field-partners = Partners
field-partner-name = Partner
field-partner-kind = Kind
field-partner-role = Role
field-partner-demands = What we demand of them
field-partner-values = Public values protected
field-learning-goals = What we want to learn
field-funds = Stimulus funds requested
field-period = Planned period
field-period-start = Start
field-period-end = End
status-draft = Draft
status-proposals = Open for theme proposals
status-published = Published
status-closed = Closed
status-submitted = Submitted
status-withdrawn = Withdrawn
status-open = Open
status-adopted = Adopted as a theme
status-declined = Declined
phase-open = Open
phase-upcoming = Not yet open
phase-closed = Closed
scope-provision = Provision
scope-act = Whole act
scope-policy_area = Policy area
partner-company = Company
partner-university = University
partner-consultant = Consultant
partner-research_institute = Research institute
partner-civil_society = Civil society
partner-public_body = Public body
partner-other = Other
outcome-passed = Met
outcome-failed = Not met
outcome-not_applicable = Does not apply
rule-name-round_open = Deadline
rule-name-jurisdiction = Country
rule-name-organisation_kinds = Who may apply
rule-name-network = Network
rule-name-population = Population
rule-name-required_fields = Required fields
rule-name-trial_length = Trial length
rule-round_open = The round is open until { $deadline }.
rule-round_not_open = The round opens { $opens }.
rule-deadline_passed = The deadline was { $deadline }.
rule-jurisdiction_ok = Every participant is in the scheme's country.
rule-wrong_jurisdiction = Outside the scheme's country: { $outside }.
rule-kinds_allowed = Every participant may apply.
rule-kind_not_allowed = These may not apply: { $refused }.
rule-single_applicant = One organisation applies alone.
rule-network_allowed = A network of { $organisations } organisations; networks are allowed.
rule-network_not_allowed = A network of { $organisations } organisations; the scheme takes single applicants only.
rule-no_minimum = The scheme sets no minimum population.
rule-population_ok = Combined population { $combined } (as of { $reference_date }) meets the minimum of { $minimum }.
rule-population_below_minimum = Combined population { $combined } (as of { $reference_date }) is below the minimum of { $minimum }.
rule-population_missing = The registry has no population figure for { $without_figure }.
rule-fields_complete = Every required field is filled in.
rule-application_incomplete = Still to fill in: { $missing }.
rule-no_limit_or_period = No maximum length, or no planned period yet.
rule-trial_length_ok = { $months } months, within the maximum of { $maximum }.
rule-trial_too_long = { $months } months is longer than the maximum of { $maximum }.
problem-field_required = { $field } is required.
problem-field_too_long = { $field } is too long: at most { $max } characters.
problem-value_out_of_range = { $field } is out of range.
problem-end_before_start = { $field } is before the start.
problem-invalid_field = { $field } is not valid.
problem-unknown_theme = { $field }: unknown theme.
problem-unknown_organisation = { $field }: no organisation «{ $reference }» in the registry.
problem-unknown_time_zone = { $field }: unknown time zone.

# The rule finder
nav-rule-finder = Find the rules
finder-title = Find the rules
finder-lead = Describe what you want to try in your own words, or type words to search for. Frirum suggests the provisions that probably stand in the way, and says why.
finder-description = Describe the idea
finder-description-hint = Plain words are enough: what you want to do differently, and what you think stops you. Citations such as “§ 54, stk. 2” are recognised too.
finder-words = Or search for words
finder-words-hint = Compound words are found by their parts, and Nordic letters may be typed without accents.
finder-submit = Find the rules
finder-suggestions = Provisions that probably stand in the way
finder-hits = Search results
finder-nothing = Nothing found. Try other words, or choose a country.
finder-no-words = The text has no words to search for.
finder-choose-country = Choose a country to get suggestions.
finder-catalogue-size = The catalogue holds { $count ->
    [one] one provision
   *[other] { $number } provisions
 }.
finder-reason-words = Matches: { $words }
finder-reason-cited = Cited in the text: { $citation }
finder-one-word = Only one of your words appears in the provision – read it before you rely on it
finder-reason-asked = Asked for by { $count ->
    [one] one application
   *[other] { $number } applications
 }
finder-for-application = Suggested provisions for this application
finder-for-application-lead = Suggestions from the application’s own text as last saved. Add the ones that stand in the way as requested exemptions, then write why.
finder-nothing-application = No suggestions yet: describe the idea and the obstacle in the application and save it first.
finder-link = Add { $provision } as a requested exemption
finder-back-to-form = Back to the application
law-act = Act
law-identifier = Official identifier
law-chapter = Chapter
law-not-in-force = Not in force
law-official = Official text
law-text = Text
law-requested = Asked for by applications
law-requested-count = Submitted applications that asked exemption from this provision: { $count }
law-paraphrase-note = The demo catalogue is Frirum’s own paraphrase of the provisions; the official text is the one published by the authorities.
law-short-title = Short title
law-ministry = Ministry
law-in-force-from = In force from
law-sections = Provisions: { $count }
act-kind-act = Act
act-kind-consolidated_act = Consolidated act
act-kind-regulation = Regulation
act-kind-executive_order = Executive order
act-kind-amending_act = Amending act
exemption-linked-provision = Linked to the provision in the catalogue
exemption-unresolved = not found in the catalogue: the secretariat will check it
exemption-unresolved-screener = not found in the catalogue: check the reference in the legal screening
application-suggest-provisions = Suggest provisions from this application
application-suggest-hint = (from the text as last saved)

## Decisions and trials
nav-decisions = Decisions
decisions-title = Decisions
decisions-feed = Follow the decisions (Atom feed)
decisions-feed-title = Frirum: decisions on applications
decisions-none = No decisions have been made yet.
decisions-count = { $count ->
    [one] One decision
   *[other] { $number } decisions in all
 }
decide-title = Decide the application
decide-screening-blocks = The legal screening found a conflict. The application cannot be approved while it stands:
decide-ask-clarification = Ask the applicant for clarification instead
decide-outcome = Decision
outcome-approved = Approved
outcome-rejected = Rejected
decide-exemptions = Exemptions to grant
decide-no-exemptions = The application requests no exemptions.
decide-grant = Grant
decide-narrow = Narrow the grant to these provisions
decide-narrow-open = The application names no particular act here. To narrow the grant to particular provisions, link them to the exemption with the rule finder in a clarification; otherwise say in words below how it is narrowed.
decide-note = How the grant is narrowed or qualified
decide-max-months = at most { $months } months
decide-submit = Record the decision
decision-title = Decision
decision-outcome = Outcome
decision-reasons = Reasons
decision-conditions = Conditions
decision-period = Trial period
decision-regulation = Local regulation to adopt
decision-regulation-text = What the local regulation must say
decision-granted = Exemptions granted
decision-narrowed-to = Narrowed to
decision-scheme = Scheme
decision-decided-at = Decided
decision-letter = Decision letter
regulation-trial_regulation = Trial regulation (forsøksforskrift)
regulation-statutes = Statutes (vedtekter)
regulation-free_municipality_statute = Free-municipality statute (frikommunevedtægt)
regulation-local_regulations = Local regulations (lokala föreskrifter)
letter-title = Decision on the application
letter-back = Back to the decision
letter-our-reference = Our reference
letter-approved-intro = We have assessed your application under the scheme and approve the trial as set out below.
letter-rejected-intro = We have assessed your application under the scheme and cannot approve it, for the reasons set out below.
letter-trial-record = The trial is registered as
letter-regards = Yours sincerely
trial-title = Trial
trial-frozen = What was approved, as it was approved. Changes since then are listed in the history of changes below.
trial-participants = Participants
trial-status-planned = Planned
trial-status-running = Running
trial-status-ended = Ended
application-decide = Decide
application-decision = Decision
error-already-decided = The application has already been decided; the first decision stands.
error-screening_conflict = The legal screening found a conflict with: { $items }. The application cannot be approved.
error-exemption_not_requested = Exemption { $number } was not requested in the application.
error-exemption_granted_twice = Exemption { $number } is granted twice.
error-provision_outside_request = Provision { $provision } lies outside what exemption { $number } requested.
error-period_too_long = The trial period of { $months } months is longer than the scheme's maximum of { $max } months.
error-nothing_granted = An approval grants at least one requested exemption.
error-not_decidable = Only a submitted application can be decided.
## Review: legal screening and clarification (issue 5, review slice).
review-stage = Review
review-stage-under_review = Under review
review-stage-awaiting_clarification = Awaiting clarification
error-no-open-clarification = There is no open question to answer: the secretariat has not asked one, or it has been answered already.
screening-title = Legal screening
screening-lead = Each item of the scheme’s checklist is judged: no conflict, possible conflict or conflict, always with a written reason. A conflict blocks approval; a possible conflict is shown to whoever decides.
screening-rules-version = Checklist of version { $version } of the scheme’s rules, under which the application was submitted.
screening-blocking = Approval is blocked: a conflict has been found.
screening-doubtful = Possible conflicts, to be weighed in the decision:
screening-empty = The scheme’s rules have no screening checklist.
screening-complete = Every item has been judged.
screening-incomplete = Not every item has been judged yet.
screening-not-judged = Not judged yet
screening-outcome = Outcome
screening-outcome-no_conflict = No conflict
screening-outcome-possible_conflict = Possible conflict
screening-outcome-conflict = Conflict
screening-reason = Reason
screening-save = Save judgement
screening-history = History
screening-when = When
screening-who = Who
screening-item = Item
screening-saved = The judgement was saved.
clarification-title = Clarification
clarification-lead = Questions from the secretariat and the applicant’s answers. The round’s deadline does not apply to answers.
clarification-empty = No questions have been asked.
clarification-question = Question
clarification-answer = Answer
clarification-awaiting = Awaiting the applicant’s answer
clarification-send-answer = Send answer
clarification-amend = Work out the provisions together
clarification-amend-lead = While a question is open, the requested exemptions can be amended: find provisions with the rule finder and add them, or remove one with a reason. Every change is kept in the journal.
clarification-find-provisions = Find provisions with the rule finder
clarification-remove-reason = Reason for removing
clarification-remove = Remove
clarification-ask = Ask the applicant
clarification-asked = The question was sent.
clarification-answered = The answer was sent.
clarification-amended = The requested exemptions were amended.
clarification-linked-reason = Added from the rule finder during clarification: { $provision }
review-stage-approved = Approved
review-stage-rejected = Rejected
## --- Assessment (issue 5: assessors, scoring, ranking) ---
nav-assessments = Assessments
assessments-title = My assessments
assessments-lead = The applications you are assigned to assess. Declare a conflict of interest as soon as you see one: you will then neither see the other scores nor score.
assessments-none = You have no applications to assess.
assessments-round = Round
assessments-scoring = Criteria scored
assessment-title = Assessment
assessment-assessors = Assessors
assessment-no-assessors = No assessors are assigned yet.
assessment-assign-label = Assessors to assign
assessment-assign = Assign
assessment-unassign = Remove
assessment-conflict = Conflict of interest
assessment-conflict-declared = Declared conflict of interest
assessment-conflict-employment = Employed by an applicant
assessment-conflict-reason = Reason for the conflict of interest
assessment-conflict-declare = Declare a conflict of interest
assessment-own-scores = Your scores
assessment-scale = Score each criterion from 0 to { $max }. Leave a score empty if you have not decided yet.
assessment-weight = weight
assessment-score = Score
assessment-comment = Comment
assessment-save-scores = Save my scores
assessment-result = Scores and total
assessment-criteria = Scores per criterion
assessment-criterion = Criterion
assessment-scores = Scores
assessment-mean = Mean
assessment-value = Counts as
assessment-not-scored = not scored yet
assessment-source-consensus = consensus
assessment-source-mean = mean of the assessors
assessment-source-missing = no score
assessment-weighted = Weighted score
assessment-total = Total
assessment-no-value = no scores yet
assessment-missing = Still short of scores: { $criteria }
assessment-bonus-network = Network bonus
assessment-bonus-theme = Priority theme bonus
assessment-bonus-objective = Measurable objective bonus
assessment-why-network = { $count ->
    [one] One organisation applies.
   *[other] { $number } organisations apply together.
 }
assessment-why-single = Only one organisation applies.
assessment-why-theme = The application is on { $count ->
    [one] one
   *[other] { $number }
 } of the scheme’s priority themes.
assessment-why-no-theme = None of the application’s themes is a priority theme.
assessment-why-objective = Measurable objectives (unit, baseline and target): { $indicators }
assessment-why-no-objective = { $count ->
    [one] The one objective lacks a unit, a baseline or a target.
   *[other] None of the { $number } objectives has a unit, a baseline and a target.
 }
assessment-consensus = Consensus scores
assessment-consensus-lead = A consensus score replaces the assessors’ mean on its criterion. Leave it empty to use the mean.
assessment-save-consensus = Save the consensus
assessment-notes = Private notes
assessment-notes-lead = Visible only to the secretariat and to the assessors without a conflict of interest.
assessment-new-note = New note
assessment-add-note = Add the note
assessment-reply = Reply
assessment-reply-to = in reply to an earlier note
assessment-done-scores = Your scores are saved.
assessment-done-consensus = The consensus scores are saved.
assessment-done-note = The note is added.
assessment-done-assigned = The assessors are assigned.
assessment-done-unassigned = The assessor is removed.
assessment-done-conflict = Your conflict of interest is recorded.
assessment-error-out-of-scale = A score must be a whole number from 0 to { $max }.
assessment-error-conflict = You have a conflict of interest on this application.
assessment-error-not-assigned = You are not assigned to assess this application.
assessment-error-not-assessor = Only accounts with the assessor role can be assigned.
assessment-error-not-submitted = Only submitted applications can be assessed.
ranking-title = Ranking
ranking-lead = The round’s applications by total. The line is drawn at the round’s target of { $target } trials.
ranking-tie-across-line = A tie straddles the line: the secretariat must settle which applications go forward.
ranking-theme = Theme
ranking-all-themes = All themes
ranking-status-submitted = Submitted
ranking-status-withdrawn = Withdrawn
ranking-status-all = All
ranking-filter = Filter
ranking-export-csv = Download as CSV
ranking-export-xlsx = Download as Excel workbook
ranking-caption = Applications ranked by total; { $count ->
    [one] one
   *[other] { $number }
 } within the line
ranking-select = Select
ranking-rank = Rank
ranking-lead-organisation = Lead
ranking-assessors = Assessors
ranking-bonus = Bonuses
ranking-notes = Notes
ranking-line = The round’s line: { $target } trials
ranking-why-no-scores = No scores yet: not ranked.
ranking-why-incomplete = Incomplete, ranked after the complete ones and outside the line; missing: { $criteria }.
ranking-why-tied = Tied with another application.
ranking-why-tie-across = Tied across the line.
ranking-bulk-assessors = Assign these assessors to the selected applications
ranking-bulk-assign = Assign to the selected
# Notifications (in the interface and by e-mail)
nav-notifications = Notifications
notifications-title = Notifications
notifications-none = You have no notifications yet.
notifications-unread = unread
notifications-mark-read = Mark “{ $title }” read
notifications-mark-all-read = Mark all read
notification-assessor-assigned-title = You have been assigned application { $case }
notification-assessor-assigned-body = “{ $title }” ({ $case }) is in your queue to assess. Declare any conflict of interest before you read the scores of others.
notification-clarification-asked-title = A question about your application { $case }
notification-clarification-asked-body = The secretariat has asked a question about “{ $title }” ({ $case }). The application waits until you answer in the application’s thread.
notification-clarification-answered-title = The applicant has answered on { $case }
notification-clarification-answered-body = The applicant has answered the question about “{ $title }” ({ $case }).
notification-decided-approved-title = Application { $case } has been approved
notification-decided-approved-body = “{ $title }” ({ $case }) has been approved. The decision and its letter are on the application’s page.
notification-decided-rejected-title = Application { $case } has been decided
notification-decided-rejected-body = A decision has been made on “{ $title }” ({ $case }): the application was not approved. The reasons and the letter are on the application’s page.
notification-mail-greeting = Hello { $name },
notification-mail-link = Open the application: { $url }
notification-mail-footer = This message was sent by Frirum. All your notifications: { $url }

# Part E: one case status, dashboards and work queues
case-status = Status
case-status-draft = Draft
case-status-submitted = Submitted
case-status-in-screening = In legal screening
case-status-awaiting-clarification = Awaiting clarification
case-status-in-assessment = In assessment
case-status-ready-for-decision = Ready for decision
case-status-approved = Approved
case-status-rejected = Rejected
case-status-withdrawn = Withdrawn
notification-submitted-title = New submission: { $case }
notification-submitted-body = “{ $title }” ({ $case }) has been submitted and waits for screening.
eligibility-frozen-title = Eligibility at submission
eligibility-frozen-at = As checked when the application was submitted ({ $date }), with the figures in force then. It is not checked again.
filter-label = Filter the applications
filter-text = Search
filter-scheme = Scheme
filter-round = Round
filter-theme = Theme
filter-all = All
filter-apply = Filter
filter-clear = Show all
filter-remove = Remove this filter
filter-organisation = Organisation
filter-none = No application matches these filters.
review-column-screening = Legal screening
review-column-assessors = Assessors done
dashboard-title = My page
dashboard-secretariat-lead = What waits on the secretariat, in the order a case goes: screening, clarification, assessment, decision.
dashboard-queues = Cases by status
dashboard-attention = Needs attention
dashboard-answers = Answers to questions, not yet acted on
dashboard-overdue = Questions unanswered for more than 14 days
dashboard-closed = Closed cases
dashboard-all-applications = All applications
dashboard-questions = Questions to answer
dashboard-questions-none = No questions wait for your answer.
dashboard-drafts = Drafts
dashboard-drafts-none = You have no drafts. Find a round to apply to under
dashboard-cases = Your cases
dashboard-assessor-queue = Applications to assess
# End of part E

# Part D: blind, independent assessment
assessment-statement-heading = Conflict of interest
assessment-statement-lead = Before anything of this case's assessment is shown to you, state whether you have a conflict of interest in it: a tie to the lead or a network member, an interest in the outcome, or anything else that could make your judgement seem partial.
assessment-statement-none = I have no conflict of interest in this case
assessment-statement-conflict = Or declare a conflict of interest and say what it is
assessment-your-assignment = Your assignment
assessment-progress-submitted = assessment submitted { $at }
assessment-progress-stated = no conflict stated { $at }, still scoring
assessment-progress-unstated = no statement on conflicts of interest yet
assessment-blind-notice = Assess on your own: the other assessors' scores and comments are shown to you only after you have submitted your own assessment.
assessment-submit = Save and submit my assessment
assessment-submit-lead = Submit when every criterion is scored. Your scores are then fixed, and you see the other assessors' scores.
assessment-submitted-notice = You submitted your assessment { $at }. Your scores are fixed.
assessment-requests = Requests for a consensus
assessment-request-by = Asked by { $name }
assessment-spread = Spread between the assessors
assessment-spread-lead = The difference between the highest and the lowest score. A difference of more than { $threshold } points is flagged.
assessment-spread-overall = Overall (each assessor's weighted score)
assessment-spread-lowest = Lowest
assessment-spread-highest = Highest
assessment-spread-difference = Difference
assessment-spread-none = fewer than two scores
assessment-spread-flagged = flagged
assessment-spread-advice = The assessors disagree markedly. Consider asking them to agree on a consensus.
assessment-request-message = Message to the assessors (optional)
assessment-request-consensus = Ask the assessors for a consensus
assessment-done-statement = Your statement is recorded: you have no conflict of interest in this case.
assessment-done-submitted = Your assessment is submitted.
assessment-done-requested = The assessors have been asked to agree on a consensus.
assessments-submitted = submitted
assessments-statement-needed = state first whether you have a conflict of interest
error-conflict_statement_required = State first whether you have a conflict of interest in this case.
error-own_assessment_not_submitted = Submit your own assessment before you read the other assessors' scores and notes.
error-assessment_already_submitted = You have submitted your assessment; your scores can no longer be changed.
error-assessment_incomplete = Score every criterion before you submit your assessment.
notification-consensus-requested-title = Consensus requested on application { $case }
notification-consensus-requested-body = The secretariat asks the assessors of “{ $title }” ({ $case }) to agree on a consensus.
journal-action-assessment-no-conflict-stated = stated that they have no conflict of interest
journal-action-assessment-assessment-submitted = submitted their assessment
journal-action-assessment-consensus-requested = asked the assessors for a consensus
field-message = Message
field-criteria-scored = Criteria scored
assessment-request-submit-first = Submit your own assessment to read what the secretariat asks.
# End of part D
# Part A (hardening)
problem-invalid_characters = { $field } contains control characters or characters that reverse the writing direction, and cannot be accepted. Remove them and try again.
login-throttled-seconds = Too many failed attempts to log in. For your security, wait { $seconds ->
    [one] one second
   *[other] { $number } seconds
 } before you try again.
field-q = Search text
# End of part A
# Part C (decisions with safeguards, public views)
error-reasons_required = Give the reasons for the decision: a decision gives its reasons whether it approves or rejects.
error-period_ends_before_decision = The trial period ends before the day of the decision. Choose a period that can still be carried out.
error-round_still_open = The round is still open: this scheme decides only after the round's deadline.
error-screening_not_completed = The legal screening is not completed: every item of the checklist needs a judgement before the decision.
error-decision_not_confirmed = The decision was not confirmed. Review the summary of what will be published, then confirm it.
decide-basis = What the decision rests on
decide-possible-conflicts = Possible conflicts found by the screening
decide-no-possible-conflicts = The screening found no possible conflicts.
decide-screening = Legal screening
decide-assessors = Assessors' progress
decide-no-assessors = No assessors have been assigned.
decide-assessor-progress = criteria scored: { $progress }
decide-assessor-conflict = conflict of interest, does not score
decide-consensus = Consensus scores
decide-no-consensus = No consensus scores have been set.
decide-total = Total
decide-total-incomplete = not every criterion is scored yet
decide-no-total = No total yet
decide-rank = Rank in the round
decide-rank-target = the round's target is { $target } trials
decide-rank-within = Within the target.
decide-rank-outside = Outside the target.
decide-no-rank = Not ranked yet.
decide-reasons-hint = Required for approval and rejection alike. The reasons are published with the decision.
decide-exemptions-hint = Tick only what is granted. Nothing is granted unless it is ticked.
decide-choose = Choose…
decide-signatory-title = Your title, as the letter is signed
decide-review = Review the decision
confirm-title = Confirm the decision
confirm-intro = This is what will be recorded and published. Check it before you confirm: a decision cannot be changed afterwards.
confirm-summary = What will be published
confirm-submit = Record and publish the decision
confirm-change = Change the decision
decision-granted-for = Granted for
decision-within-request = Within the request for
decisions-filter = Filter the decisions
decisions-filter-any = All
decisions-filter-year = Year
decisions-filter-apply = Show
letter-legal-basis = Legal basis
letter-legal-basis-intro = The decision is made under
letter-appeal = Appeal
letter-no-appeal = No appeal applies to this decision.
decision-settings-title = Decision settings
decision-settings-link = Decision settings
decision-settings-safeguards = Decide only after the round's deadline and a completed legal screening
decision-settings-safeguards-hint = Recommended. When it is off, an application can be decided while its round is open and before every item of the screening is judged.
decision-settings-authority = Issuing authority (the scheme's owner)
decision-settings-legal-basis = Legal basis of the decisions
decision-settings-appeal = Appeal guidance
decision-settings-appeal-hint = How and where the decision can be appealed. Leave it empty if no appeal applies: the letter then says so.
decision-settings-save = Save the settings
decision-settings-saved = The decision settings were saved.
journal-action-scheme-decision-settings-changed = changed the decision settings
decision-letter-pdf = The letter as PDF
four-eyes-note = This scheme's decisions are published only once a second secretariat member approves them.
four-eyes-proposed = The decision is recorded as a proposal. It is published when a second secretariat member approves it.
four-eyes-pending = A decision waits for approval
four-eyes-proposed-by = Proposed by
four-eyes-approve = Approve and publish the decision
four-eyes-own = You proposed this decision: another secretariat member must approve it. A new decision below replaces the proposal.
decision-settings-four-eyes = Four eyes: a second secretariat member approves each decision before it is published
decision-settings-four-eyes-hint = The one who proposes a decision cannot approve it.
error-second_approver_required = A second secretariat member, not the one who proposed the decision, must approve it.
error-nothing_to_approve = No decision waits for approval on this application.
journal-action-application-decision-proposed = proposed a decision for approval
# End of part C

## --- Part F (issue 12): no dead ends for applicants, plain language ---
scheme-not-open-to-you = This scheme is open only to organisations in { $country }, so your organisation cannot start an application here.
error-not-open-country = This scheme is open only to organisations in { $country }.
error-not-open-kind = This scheme does not accept applications from organisations of the kind “{ $kind }”.
field-themes = Themes
field-theme = Theme
field-assessor = Assessor
field-row-objective = Objective
field-row-exemption = Exemption
field-row-partner = Partner
field-row-member = Network member
field-row-theme = Theme
time-zone-europe-oslo = Norwegian time
time-zone-europe-copenhagen = Danish time
time-zone-europe-stockholm = Swedish time
journal-count = { $count ->
    [one] { $number } entry
   *[other] { $number } entries
 }
journal-rows = { $count ->
    [one] { $number } row
   *[other] { $number } rows
 }
journal-unknown = (unknown)
journal-because = Reason
journal-deleted-draft = Deleted draft
journal-action-other = changed the case
journal-action-application-created = started the application
journal-action-application-saved = saved the draft
journal-action-application-submitted = submitted the application
journal-action-application-withdrawn = withdrew the application
journal-action-application-deleted = deleted the draft
journal-action-application-decided = decided the application
journal-action-application-exemptions-amended = amended the requested exemptions
journal-action-assessment-assessor-assigned = assigned an assessor
journal-action-assessment-assessor-unassigned = removed an assessor
journal-action-assessment-conflict-declared = declared a conflict of interest
journal-action-assessment-consensus-set = recorded the consensus scores
journal-action-assessment-note-added = added a note to the assessment
journal-action-assessment-scores-saved = saved scores
journal-action-clarification-answered = answered a clarification question
journal-action-clarification-asked = asked a clarification question
journal-action-proposal-adopted = adopted the theme proposal
journal-action-proposal-created = proposed a theme
journal-action-proposal-declined = declined the theme proposal
journal-action-proposal-endorsed = endorsed the theme proposal
journal-action-round-changed = changed the round
journal-action-round-created = created the round
journal-action-scheme-created = created the scheme
journal-action-scheme-rules-changed = changed the scheme’s rules
journal-action-scheme-status-changed = changed the scheme’s status
journal-action-scheme-theme-added = added a theme
journal-action-scheme-theme-changed = changed a theme
journal-action-scheme-updated = changed the scheme
journal-action-screening-recorded = judged an item of the legal screening
status-deleted = Deleted
application-delete = Delete the draft
application-delete-title = Delete this draft?
application-delete-text = The draft “{ $title }” and everything written in it will be deleted. This cannot be undone. The case journal keeps a note that the draft was deleted, and by whom.
application-delete-confirm = Yes, delete the draft
application-delete-cancel = No, keep the draft
application-deleted-notice = The draft was deleted.
form-saved-partly = Everything else was saved. Correct the fields marked below and save again.
form-not-saved = Nothing was saved yet. Correct the fields marked below and save again; what you typed is still here.
form-errors-heading = { $count ->
    [one] One field needs your attention
   *[other] { $number } fields need your attention
 }
member-suggestions = Did you mean
member-choices-label = Organisations in the registry
population-source-approximation = Approximation, not checked
population-source-table = table
population-source-dated = { $agency }, population on { $date }
field-rules-version = Version of the rules
journal-characters = { $count ->
    [one] { $number } character
   *[other] { $number } characters
 }

# fix-3: lists, filters, submission
organisation-applications = This organisation’s applications

# fix-1: assessment and decision safeguards
error-assessor_has_submitted = This assessor has submitted their assessment and cannot be removed: their scores stay on record and count.
error-assessors_not_submitted = A consensus can be recorded only once every assigned assessor without a conflict of interest has submitted their assessment.
assessment-unassign-submitted = Has submitted: stays on the case, and the scores count.
assessment-unassign-confirm = The assessor is taken off the case and their unsubmitted scores are deleted. The reason is written in the case's journal.
assessment-unassign-reason = Why is the assessor removed?
assessment-unassign-do = Remove the assessor
assessment-consensus-waits = A consensus can be recorded once every assigned assessor without a conflict of interest has submitted their assessment.
decide-no-assessment-submitted = No assessor has submitted an assessment of this application yet.
decide-go-assessment = Go to the assessment
decide-assessor-submitted = submitted
decide-assessor-not-submitted = not submitted
decide-no-exemptions-what-to-do = The application requests no exemptions, so it cannot be approved as it stands. Ask the applicant in a clarification which rules the trial needs exemptions from; while the question is open, the applicant and the secretariat can add the provisions with the rule finder.
decide-no-exemptions-ask = Ask the applicant which provisions the trial needs
decide-round-open-until = The round is open until { $deadline }. Under this scheme's rules a decision can be made only after the deadline.
decide-round-open-meanwhile = Meanwhile you can complete the legal screening, ask the applicant for clarification and follow the assessment.
error-round-still-open-until = The round is still open until { $deadline }: this scheme decides only after the deadline.
decide-go-screening = Go to the legal screening
decide-go-clarification = Go to the clarification
field-outcome = Decision
field-reasons = Reasons
field-conditions = Conditions
field-regulation-kind = Local regulation to adopt
field-regulation-text = What the local regulation must say
field-signatory-title = Your title, as the letter is signed
decide-regulation-required = Required for an approval.
screening-next-assessment = Go on to the assessment
decision-grant-note = This exemption only

## fix-2: the journal in words
journal-criteria-scored = { $count ->
    [one] scored { $number } criterion
   *[other] scored { $number } criteria
 }
journal-exemptions-granted = { $count ->
    [one] { $number } exemption granted
   *[other] { $number } exemptions granted
 }
journal-field-item-text = Item
journal-field-outcome = Outcome
journal-field-scores = Scores
journal-field-consensus = Consensus scores
journal-field-granted = Exemptions granted
journal-field-conditions = Conditions
journal-field-conflict = Conflict of interest
journal-field-conflict-reason = Reason for the conflict of interest
journal-field-draft-scores-dropped = Unsubmitted scores discarded
journal-field-comment = Comment
journal-field-question = Question
journal-field-answer = Answer
journal-field-regulation-kind = Local regulation
journal-field-regulation-text = What the regulation says
journal-field-reasons = Reasons
journal-field-assessor-id = Assessor
journal-field-decided-by = Decided by
journal-field-safeguards = Safeguards
journal-field-issuing-authority = Issuing authority
journal-field-legal-basis = Legal basis
journal-field-appeal-guidance = Appeal guidance
journal-field-four-eyes = Two people approve decisions
journal-field-number = Number
eligibility-after-corrections = The conditions are checked again once the mistakes are corrected and the application is saved.

# fix-3: submission's confirmation step
submit-confirm-title = Submit the application?
submit-confirm-lead = Check what will be sent. The application goes to the secretariat of { $scheme }, which screens, assesses and decides it.
submit-confirm-to = Sent to
submit-confirm-to-value = The secretariat of { $scheme }
submit-confirm-exemptions = Exemptions requested
submit-confirm-no-exemptions = No exemptions are listed.
submit-confirm-locked = Once submitted, the application cannot be edited. It can be withdrawn until a decision is made.
submit-confirm-do = Submit the application
submit-confirm-back = Back to the form
submit-confirm-not-eligible = The application does not yet meet the scheme's rules and cannot be submitted. Go back to the form and correct what the report below names.

# fix-3: the applicant's page, where a new application starts
dashboard-start = Start a new application
dashboard-start-lead = These rounds are open to applications from your organisation now. Open a round to start a new application.
dashboard-start-none = No round is open to your organisation right now. See the schemes:
dashboard-start-deadline = deadline { $deadline }

# Trials in operation (the foundation): the list, the trial page, its life and history
nav-trials = Trials
trials-title = Trials
trials-lead = Every approved trial, where it stands now and what has changed since it was approved.
trials-mine = My organisation's trials
trials-followed = Trials I follow
trials-filter = Filter the trials
trials-theme = Theme
trials-participant = Taking part
trials-all = All trials
trials-none = No trial matches.
trials-estimated-note = * planned date, not yet recorded as having happened.
trial-status-suspended = On hold
trial-end-completed = Completed
trial-end-stopped_early = Stopped early
trial-now = Where the trial stands
trial-why = Why
trial-start = Start
trial-end = End
trial-date-actual = actual
trial-date-estimated = planned
trial-approved-end = End as approved
trial-verified = Status last confirmed
trial-verified-never = Not yet confirmed by a report
trial-legal-basis = How long each exemption holds
trial-exemption = Exemption
trial-legal-basis-end = Holds until
trial-history = History of changes
trial-version = Version
trial-change-approved = Approved
trial-change-started = Started
trial-change-suspended = Put on hold
trial-change-resumed = Resumed
trial-change-completed = Completed
trial-change-stopped_early = Stopped early
# The local regulation of the trial's country, named in the visitor's language.
trial-change-regulation_adopted = { $country ->
        [dk] Local statute (frikommunevedtægt) adopted
        [se] Local regulations (lokala föreskrifter) adopted
       *[no] Trial regulation (forsøksforskrift) adopted
    }
trial-change-change_approved = Change approved
trial-change-change_recorded = Change recorded
trial-field-status = Status
trial-field-planned_start = Planned start
trial-field-planned_end = Planned end
trial-field-actual_start = Started on
trial-field-actual_end = Ended on
trial-field-end_kind = How it ended
trial-field-why_stopped = Reason
trial-field-participants = Participants
trial-field-objectives = Objectives
trial-field-exemptions = Exemptions
trial-researchers = Researchers following the trial
trial-researchers-none = No researcher follows this trial yet.
trial-researcher-remove = Remove
trial-researcher-choose = Researcher
trial-researcher-assign = Let them follow this trial
trial-lifecycle = Change the trial's status
trial-lifecycle-hint = The trial starts by itself when its local regulation is in force, and ends by itself when its period is over. Use this form when something else happens.
trial-step = What happens
trial-step-start = It has started
trial-step-suspend = Put it on hold
trial-step-resume = It runs again
trial-step-complete = It is completed
trial-step-stop_early = It stops early
trial-step-on = On which day
trial-step-on-hint = Needed to start, complete or stop early.
trial-step-reason = Why
trial-step-reason-hint = Needed to put on hold or stop early. The reason is public.
trial-step-save = Record the change
trial-ended-final = The trial has ended. Its record stays as it is.
error-invalid_trial_transition = That step is not possible from the trial's current status.
error-reason_required = Give a reason.
error-ends_before_start = The end cannot be before the start ({ $start }).
trial-never-started = This trial never started: its whole period is over, and its local regulation never came in force.
trial-never-started-manage = Record that it stopped early, with the reason, below.
trial-never-started-short = Never started
trial-objectives-now = Objectives now
trial-objectives-changed = The objectives have changed since the approval: see the history of changes.
trial-step-confirm = I understand that completing or stopping the trial cannot be undone.
field-on = The day
field-confirm = Confirmation
dashboard-researcher-none = No trial is assigned to you yet. The secretariat assigns the researchers who follow each trial.
dashboard-researcher-lead = Open a trial to review the measurements its participants report.

## --- Documents (issue 13, item 6): files attached to a trial ---
document-heading = Documents
document-none = No documents yet.
document-title = Title
document-title-hint = Leave empty to use the file's name.
document-kind = What it is
document-kind-report = Report
document-kind-regulation = Adopted regulation
document-kind-evaluation = Evaluation
document-kind-decision_letter = Decision letter
document-kind-other = Other
document-file = File
document-file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, plain text or CSV, at most { $number } MB. The type is checked from the content.
document-size-kb = { $number } kB
document-uploaded = Uploaded
document-visibility = Who can see it
document-public = Public
document-private = Only the trial's people
document-make-public = Make public
document-make-private = Make private
document-upload-heading = Add a document
document-upload = Upload
document-publish-now = Publish at once
document-refused = The file was not uploaded. See the reason below.
document-back = Back to the trial
error-file_too_large = The file is too large: at most { $limit_mib } MB is accepted.
error-file_empty = The file is empty.
error-unsupported_file_type = The file is not of an accepted type, or its content is not what its name says. Accepted: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, plain text and CSV.
error-document_record_not_public = This document belongs to a record that is not public, so it cannot be made public.

# Indicators measured over time (issue 13, item 2)
indicator-heading = Indicators over time
indicator-none = No indicators yet. They are made from the approved objectives when the trial's people first open them.
indicator-awaiting-review = { $count ->
    [one] One reported value is waiting for review.
   *[other] { $number } reported values are waiting for review.
}
indicator-export = Download the indicators (CSV)
indicator-open-report = Report values
indicator-open-review = Review reported values
indicator-open-page = All reported values
indicator-measure = Measured as
indicator-baseline = Baseline
indicator-target = Target
indicator-frequency = Reported
indicator-breakdown = Broken down by
indicator-legend-actual = Dark blue line with dots: approved values
indicator-legend-target = Orange dashed line: target
indicator-legend-baseline = Grey line: baseline
indicator-legend-table = The same figures are in the table below.
indicator-table-caption = Targets and approved values by period
indicator-period = Period
indicator-actual = Value
indicator-status = Status
indicator-comment = Comment
indicator-reviewer-comment = Comment from the researcher or the secretariat
indicator-revisions = { $count ->
    [one] Changed once: the earlier definition
   *[other] Changed { $number } times: the earlier definitions
}
indicator-revision = Version { $revision }
indicator-definition = Definition
indicator-measure-unit = a number
indicator-measure-percentage = a percentage
indicator-measure-nominal = a number on a scale of categories
indicator-measure-ordinal = a whole number on a ranked scale
indicator-measure-qualitative = a description in words
indicator-frequency-quarterly = every three months
indicator-frequency-half_yearly = every six months
indicator-frequency-yearly = every year
indicator-status-draft = Draft
indicator-status-submitted = Waiting for review
indicator-status-returned = Returned for revision
indicator-status-approved = Approved
indicator-ascending = higher is better
indicator-descending = lower is better
indicator-chart-desc = Baseline { $baseline }. Target { $target }. Approved values: { $actuals }.
indicator-chart-no-actuals = none yet
indicator-page-title = Indicators and reported values
indicator-page-lead = Report each period's value, as a draft or for review. Only values the secretariat or the trial's researcher approve count and are shown to the public; an approved period can no longer be changed.
indicator-queue-heading = Waiting for your review
indicator-queue-empty = Nothing is waiting for review.
indicator-reported-by = Reported by
indicator-review-comment = Comment to the municipality
indicator-review-comment-hint = Required when you return the value: say what should be revised.
indicator-approve = Approve
indicator-return = Return for revision
indicator-report-heading = Report
indicator-returned-because = Returned for revision
indicator-value-text = What happened in this period
indicator-value = Value
indicator-value-hint = Target for this period: { $target }. Write a number, such as 12 or 12.5.
indicator-send = Send for review
indicator-save-draft = Save as draft
indicator-waiting = sent, waiting for review
indicator-locked = approved and locked
indicator-import-heading = Import values from a file
indicator-import-lead = Download the indicators as CSV, fill in the value column, and import the same file here. Periods you leave empty are skipped. If one line is wrong, nothing is imported and the line is named.
indicator-import-file = CSV file
indicator-import-hint = The file the download gives you, with your values filled in (UTF-8).
indicator-import-send = Send the imported values for review
indicator-import = Import
indicator-import-choose-file = Choose a CSV file to import.
indicator-define-heading = Add an indicator
indicator-revise-heading = Change the indicator
indicator-revise-lead = A change keeps the definition before it, shown with the indicator, and approved periods keep their targets.
indicator-field-reason = Why it is changed
indicator-revise = Save the change
indicator-notice-revised = The indicator is changed; its earlier definition is kept.
indicator-field-title = What is measured
indicator-field-description = Description
indicator-field-unit = Unit (for example pupils or days)
indicator-field-ascending = Higher values are better
indicator-field-baseline-value = Baseline value
indicator-field-baseline-date = Baseline date
indicator-field-target-value = Target value
indicator-field-target-date = Target date
indicator-field-dimension = Break down by (optional)
indicator-field-dimension-hint = For example age group or district.
indicator-field-categories = Categories
indicator-field-categories-hint = One per line.
indicator-define = Add the indicator
indicator-back = Back to the trial
indicator-notice-draft = The value is saved as a draft.
indicator-notice-submitted = The value is sent for review.
indicator-notice-approved = The value is approved; its period is now locked.
indicator-notice-returned = The value is returned for revision with your comment.
indicator-notice-imported = { $count ->
    [0] The file held no new values.
    [one] One period's value was imported.
   *[other] { $number } periods' values were imported.
}
indicator-notice-defined = The indicator is added.
indicator-error-conflict = Someone else changed or reviewed this value in the meantime. The page now shows it as it is.
indicator-error-decided = Someone else already decided this value. The page now shows it as it stands.
indicator-reach-not-ended = can be reported once the period has ended
indicator-reach-not-reached = not reached: the trial ended
indicator-chart-axes = From { $from } to { $to }; values from { $low } to { $high }.
error-period_not_ended = This period has not ended yet: its value can be reported from the day after { $end }.
error-period_after_trial_end = This period was not reached: the trial ended before it began, so there is nothing to report for it.
indicator-notification-submitted-title = Indicator values to review: { $case }
indicator-notification-submitted-body = New values for the trial “{ $title }” ({ $case }) are waiting for your review.
indicator-notification-approved-title = Indicator value approved: { $case }
indicator-notification-approved-body = A value you reported for the trial “{ $title }” ({ $case }) was approved.
indicator-notification-returned-title = Indicator value returned: { $case }
indicator-notification-returned-body = A value you reported for the trial “{ $title }” ({ $case }) was returned for revision. The comment explaining why is on the indicators page.
error-indicator_value_invalid = { $measure ->
    [percentage] This value does not fit the indicator: write a percentage from 0 to 100.
    [ordinal] This value does not fit the indicator: write a whole number on its scale.
    [qualitative] This indicator is described in words: write what happened, not a number.
    [unit] This value does not fit the indicator: write a number.
    [nominal] This value does not fit the indicator: write a number.
   *[any] This value does not fit the indicator: write a number, or words for an indicator described in words.
}
error-indicator_csv_invalid = Line { $line }, column “{ $field }”: { $reason }. Nothing from the file was saved.
error-period_locked = This period's value is approved and locked; it can no longer be changed.
error-update_awaiting_review = This value is waiting for review and can be changed only if it is returned.
error-update_not_submitted = This value is not waiting for review (any more).
error-review_comment_required = Say what should be revised when you return a value.

## --- Stimulus funds (issue 13, item 7: funds slice, prefix fund-) ---
fund-heading = Stimulus funds
fund-none = This scheme gives no stimulus funds.
fund-awarded = Awarded
fund-disbursed = Paid
fund-spent = Spent, as reported
fund-no-grants = Nothing has been awarded yet.
fund-grants = Grants
fund-award-date = Award date
fund-amount-applied-for = Amount applied for
fund-amount-awarded = Amount awarded
fund-amount-disbursed = Amount paid
fund-planned-dates = Planned period
fund-planned-start = From
fund-planned-end = To
fund-payments = Payments
fund-paid-on = Paid on
fund-amount = Amount
fund-reference = Reference in the accounts
fund-spending = Spending reported
fund-period = Period
fund-period-start = From
fund-period-end = To
fund-purpose = What the money was spent on
fund-purpose-hint = For example a project manager's pay or courses for staff. The secretariat and the researchers following the trial read it.
fund-reported-by = Reported by
fund-allocate-heading = Award funds
fund-allocate = Award
fund-remaining-of = { $remaining } of { $total } remain in the scheme's budget.
fund-budget-link = See the budget
fund-amount-hint = Write the amount as you usually do, for example 1,250,000 or 1,250,000.50.
fund-optional = May be left empty.
fund-award-date-hint = The day the decision to award was made. The award counts against that year's budget.
fund-no-budget-to-allocate = The scheme has no budget to award from.
fund-pay-heading = Record a payment
fund-undisbursed = Not yet paid: { $amount }.
fund-pay-grant = The grant paid
fund-left = { $amount } left
fund-pay = Record the payment
fund-spend-heading = Report spending
fund-spend = Send the spending report
fund-page-link = All of the trial's funds
fund-refused = What you sent was not saved. See the message beside the field.
fund-back-to-trial = Back to the trial
fund-back-to-scheme = Back to the scheme
fund-budget-title = Stimulus funds budget
fund-budget-total = Total budget
fund-budget-allocated = Awarded
fund-budget-remaining = Remaining
fund-budget-planned = Budget
fund-budget-by-year = By year
fund-budget-years-hint = May be left empty. Split by year, the years must add up to the total, and an award counts against the year it was made.
fund-year = Year
fund-grants-by-trial = Grants by trial
fund-trial = Trial
fund-ungranted = Trials awarded nothing yet
fund-budget-change = Change the budget
fund-budget-set = Set a budget
fund-currency = Currency
fund-budget-save = Save the budget
fund-budget-remove = The scheme gives no funds
fund-error-budget-exceeded = The award of { $requested } is more than the { $remaining } that remain. Budget: { $total }, already awarded: { $allocated }.
fund-error-budget-exceeded-year = The award of { $requested } is more than the { $remaining } that remain for { $year }. The year's budget: { $total }, already awarded: { $allocated }.
fund-error-payment-exceeds-award = The payment of { $requested } is more than the { $remaining } left of the grant. Awarded: { $awarded }, paid: { $disbursed }.
fund-error-below-allocated = The budget of { $total } is less than the { $allocated } already awarded.
fund-error-years-do-not-add-up = The years add up to { $years_sum }, not the total of { $total }.
fund-error-year-not-planned = The budget has no funds for { $year }. Choose a date in a year the budget has, or split the budget over more years.
fund-error-year-twice = The year { $year } is given twice.
fund-error-no-budget = This scheme gives no stimulus funds, so nothing can be awarded.
fund-error-no-allocation = Nothing has been awarded to this trial, so there is no spending to report.
fund-error-currency-fixed = The currency cannot change once funds are awarded.
fund-amount-empty = Write an amount.
fund-amount-not_a_number = This is not an amount. Write it for example like this: 1,250,000.50.
fund-amount-wrong_currency = The amount is in another currency than the budget.
fund-amount-negative = The amount cannot be negative.
fund-amount-zero = The amount must be more than zero.
fund-amount-too_many_decimals = The amount has more decimals than the currency. Write cents with two digits, for example 1,250.50.
fund-amount-too_large = The amount is too large.
fund-amount-ambiguous = The amount can be read two ways. Write a thousand as 1000 or 1,000, and cents with a point: 1,000.50.
field-award-date = Award date
field-planned-start = Planned start
field-planned-end = Planned end
field-paid-on = Paid on
field-purpose = What the money was spent on
field-allocation-id = Grant
error-no_budget = This scheme gives no stimulus funds.
error-no_allocation = Nothing has been awarded to this trial.
error-budget_exceeded = The award is more than what remains of the budget.
error-payment_exceeds_award = The payment is more than what is left of the grant.
error-budget_below_allocated = The budget is less than what is already awarded.
error-budget_years_do_not_add_up = The years do not add up to the total.
error-budget_year_not_planned = The budget has no funds for { $year }.
error-budget_year_twice = A year is given twice.
error-budget_currency_fixed = The currency cannot change once funds are awarded.
error-amount_invalid = The amount cannot be read.
error-amount_ambiguous = The amount can be read two ways.
journal-action-scheme-budget-set = set the stimulus funds budget
journal-action-trial-funds-allocated = awarded stimulus funds to the trial
journal-action-trial-payment-recorded = recorded a payment to the trial
journal-action-trial-spending-reported = reported spending of the funds

## --- Status reports and milestones (issue 13, item 3: reports slice, prefix report-) ---
report-heading = Status reports
report-not-verified-since = Status not verified since { $date }: a status report is overdue.
report-overdue-flag = A status report is overdue.
report-next-due = Next report due { $date }
report-write = Write the report
report-open = Open the report
report-none = No status reports yet.
report-label-period = Period
report-label-due_date = Due date
report-label-status = Status
report-kind-periodic = Status report
report-kind-final = Final report
report-status-draft = Not submitted
report-status-submitted = Submitted
report-status-returned = Returned for revision
report-status-accepted = Accepted
report-schedule-link = Reporting schedule of the scheme
report-schedule-title = Reporting schedule
report-schedule-intro = How often the scheme's trials report, when the final report is due, and when people are reminded. Reports already created keep their dates.
report-schedule-saved = The reporting schedule is saved.
report-schedule-save = Save the schedule
report-label-every_months = Months between status reports
report-label-final_after_days = Days after the end for the final report
report-label-grace_days = Days an overdue report may wait before the public page says so
report-label-remind_before_days = Reminder, days before the due date
report-label-remind_after_days = Reminder, days after the due date
report-hint-every_months = From the day the trial starts: 6 means a report every half year (1 to 24).
report-hint-final_after_days = For example 90 (0 to 365).
report-hint-grace_days = After this, the trial's public page shows "status not verified since" (0 to 365).
report-hint-remind_before_days = 0 sends no reminder before (0 to 90).
report-hint-remind_after_days = 0 sends no reminder after (0 to 90).
report-done-saved = The report is saved. It is not sent until you submit it.
report-done-submitted = The report is submitted to the secretariat.
report-done-accepted = The report is accepted.
report-done-returned = The report is returned to the trial with your comment.
report-overdue = Overdue
report-submitted-at = Submitted
report-decided-at = Last decided
report-returned-with = The secretariat returned the report:
report-label-progress = Progress in the period
report-hint-progress = What was done, what changed for citizens and staff, and how the trial stands now.
report-milestones = Milestones
report-hint-milestones = The trial's milestones and how each stands. Leave a row empty to add nothing.
report-row-milestones = Milestone
report-label-title = Title
report-label-note = Note
report-milestone-scheduled = Scheduled
report-milestone-met = Met
report-milestone-not_met = Not met
report-milestone-partially_met = Partially met
report-exemptions = Exemptions used
report-hint-exemptions = For each granted exemption: was it used in the period, and how many times?
report-row-exemptions_used = Exemption
report-label-exemption = Exemption
report-label-used = Used in the period
report-label-count = Times used
report-events = Legal-security events
report-hint-events = Complaints, citizens who opted out of the trial, incidents. Do not write names: the description stays with the secretariat.
report-row-events = Event
report-label-kind = Kind
report-event-complaint = Complaint
report-event-opt_out = Citizen opted out
report-event-incident = Incident
report-event-other = Other
report-label-date = Date
report-label-people = Number of people or cases
report-label-description = What happened
report-label-handling = How it was handled
report-label-problems = Problems
report-hint-problems = What went wrong or stands in the way.
report-documents-note = Attach documents to the report in the trial's documents section.
report-save = Save draft
report-submit = Submit the report
report-submit-hint = Once submitted, the report cannot be changed unless the secretariat returns it.
report-empty = Nothing written.
report-used-yes = used
report-used-no = not used
report-used-times = { $count } times
report-no-events = No legal-security events reported.
report-events-private = Descriptions of events are kept by the secretariat.
report-decide = Accept or return
report-accept = Accept the report
report-label-comment = Comment for the trial
report-hint-comment = Needed to return the report: say what to revise.
report-return = Return for revision
report-back = Back to the trial
report-invalid-value = { $field } cannot be read: check the value.
report-label-comment-required = Comment
report-dashboard-heading = Overdue status reports
report-dashboard-due = due { $date }
report-dashboard-returned = returned for revision (due { $date }) — see the comment
report-actuals-heading = Indicator values in this period
report-actuals-empty = No indicator has a period that ends in this report's period.
report-actuals-indicator = Indicator
report-actuals-period = Period
report-actuals-value = Value
report-actuals-none = not reported yet
report-actuals-breakdown = reported by category
report-actuals-link = Report the indicator values on the indicators page
report-notify-due-title = Status report due { $due }: { $case }
report-notify-due-body = The status report of the trial "{ $title }" ({ $case }) is due on { $due }.
report-notify-overdue-title = Status report overdue: { $case }
report-notify-overdue-body = The status report of the trial "{ $title }" ({ $case }) was due on { $due } and has not been submitted.
report-notify-submitted-title = Status report submitted: { $case }
report-notify-submitted-body = A status report of the trial "{ $title }" ({ $case }) was submitted and waits to be accepted or returned.
report-notify-returned-title = Status report returned: { $case }
report-notify-returned-body = The secretariat returned the status report of the trial "{ $title }" ({ $case }) for revision: { $comment }
error-report_not_editable = The report is submitted and can no longer be changed.
error-report_wrong_status = The report has moved on meanwhile; reload the page.
error-return_comment_required = Write a comment saying what to revise.
error-trial_not_started = The trial has not started, so it owes no reports yet.

## --- Local regulations and the trial's start (issue 13, item 1: lifecycle slice, prefix regulation-) ---
regulation-section-heading = Local regulations
regulation-section-hint = Each participant adopts its own local regulation. The trial starts when every participant's regulation is in force.
regulation-section-hint-approval = Each participant adopts its own local regulation, and the secretariat approves it. The trial starts when every participant's regulation is in force.
regulation-ready-from = Every regulation is in force: the trial starts on { $date }.
regulation-waiting = { $count ->
    [one] The trial starts when one more regulation is in force.
   *[other] The trial starts when { $count } more regulations are in force.
}
regulation-participant = Participant
regulation-standing = Status
regulation-standing-awaiting_adoption = Waiting for adoption
regulation-standing-awaiting_approval = Adopted, waiting for approval
regulation-standing-in_force = In force since { $date }
regulation-standing-in_force_from = In force from { $date }
regulation-adopted-on = Date of adoption
regulation-in-force-from = In force from
regulation-page-title = Local regulation
regulation-done-saved = The draft is saved.
regulation-done-adopted = The adoption is recorded.
regulation-done-approved = The regulation is approved.
regulation-kind = Kind of regulation
regulation-approval = Approval by the secretariat
regulation-approval-required = Required in this scheme
regulation-approval-not-required = Not required in this scheme
regulation-body = Adopted by
regulation-reference = Case or minute reference
regulation-approved-at = Approved
regulation-text-heading = The text
regulation-print = Print the text
regulation-draft-hint = Frirum has drafted this text from the decision. Adjust it before the council adopts it; once the adoption is recorded, the text is fixed.
regulation-text-label = Text of the regulation
regulation-text-hint = Plain text. Keep each section on a line of its own, such as "§ 1 Purpose".
regulation-text-save = Save the draft
regulation-text-not-public = The text is published when the council has adopted it.
regulation-not-drafted = No draft yet. It is written when the participant or the secretariat opens this page.
regulation-adoption-heading = Record the adoption
regulation-adoption-hint = When the council has adopted the regulation, record when, by whom and from which day it is in force.
regulation-adopted-on-hint = The day of the council meeting. It cannot be in the future.
regulation-body-hint = The body that adopted it, such as the municipal council.
regulation-reference-hint = The case number or the item in the minutes, such as "PS 24/12".
regulation-in-force-from-hint = The first day the regulation applies. Not before the adoption; it may be a day still to come.
regulation-adoption-save = Record the adoption
regulation-document-hint = You can attach the adopted regulation as a file (choose the kind "Adopted regulation").
regulation-document-link = Upload the document
regulation-approval-heading = Approve the regulation
regulation-approval-hint = Check that the adopted text matches the decision. When you approve it, the trial can start on the day the regulation is in force.
regulation-approve = Approve the regulation
regulation-back = Back to the trial
regulation-print-draft = Draft: not adopted yet.
regulation-required = Fill in this field.
regulation-settings-title = Local regulations
regulation-settings-intro = Decide whether the secretariat must approve the local regulations that participants adopt before their trials can start.
regulation-settings-saved = The setting is saved.
regulation-settings-default = This scheme follows its country's usual rule: Norwegian trial regulations are approved by the ministry; Danish and Swedish ones are the council's alone.
regulation-settings-requires = The secretariat approves adopted regulations
regulation-settings-requires-hint = If ticked, a trial starts only after the secretariat has approved every participant's adopted regulation.
regulation-settings-save = Save the setting
regulation-settings-trials = The scheme's trials
regulation-body-no = Kommunestyret
regulation-body-dk = Kommunalbestyrelsen
regulation-body-se = Kommunfullmäktige
regulation-home-adoption = Regulations to adopt
regulation-home-adoption-hint = These trials start when your council has adopted the local regulation and you have recorded it.
regulation-home-approval = Regulations to approve
regulation-home-approval-hint = Adopted local regulations waiting for your approval.
error-adoption_in_future = The date of adoption ({ $adopted_on }) is in the future. Record the adoption after the council meeting.
error-in_force_before_adoption = The regulation cannot be in force ({ $in_force_from }) before it is adopted ({ $adopted_on }).
error-regulation_text_fixed = The regulation is adopted, so its text can no longer be changed.
error-regulation_not_adopted = The regulation has not been adopted yet.
error-regulation_already_approved = The regulation is already approved.
error-regulation_approval_not_required = This scheme does not require the secretariat to approve regulations.
error-trial_ended = The trial has ended.
error-not_a_participant = The organisation does not take part in this trial.

## --- Change requests, public history, extension and the legal-basis clock (issue 13, items 4 and 5: changes slice, prefix change-) ---
change-heading = Changes to the trial
change-clock-heading = The legal basis needs attention
change-clock-ends-soon = The legal basis of the exemption from { $reference } ends on { $date }, within six months.
change-clock-evaluation-after = The final evaluation is due on { $due }, after the legal basis ends on { $end }.
change-limit = The trial may be extended until { $date } at the latest
change-basis-six_years = six years in all from the approved start (the Norwegian Trial Act)
change-basis-one_extension = one extension of up to two years (the Norwegian Trial Act)
change-basis-extension_used = the one extension the law allows has been used
change-basis-scheme_maximum = the scheme's longest period
change-basis-amending_act = extended by an amending act
change-open = Requests waiting for a decision
change-open-none = No change requests are waiting.
change-closed = Rejected and withdrawn requests
change-kind-extend_period = Extend the period
change-kind-shorten_period = Shorten the period
change-kind-add_participant = Add a participant
change-kind-remove_participant = Remove a participant
change-kind-change_objectives = Change objectives or indicators
change-kind-change_exemptions = Change the exemptions
change-kind-put_on_hold = Put the trial on hold
change-kind-end_early = End the trial early
change-kind-hint-extend_period = Choose the new last day of the trial. It must be within the legal limit shown above.
change-kind-hint-shorten_period = Choose the new last day of the trial. It cannot be in the past.
change-kind-hint-add_participant = Name the organisation that joins the trial. It must adopt its own local regulation.
change-kind-hint-remove_participant = Choose the organisation that leaves the trial.
change-kind-hint-change_objectives = Change the wording, the figures, or add and remove objectives. Only rewording with the same figures is a minor change.
change-kind-hint-change_exemptions = The secretariat does a new legal screening of a change of exemptions before approving it.
change-kind-hint-put_on_hold = The trial pauses until the secretariat lets it resume. Say why.
change-kind-hint-end_early = The trial ends before its planned end. Say why: the reason is published.
change-class = Kind of change
change-class-major = Major change
change-class-minor = Minor change
change-class-hint-major = (decided by the secretariat)
change-class-hint-minor = (recorded at once)
change-status-submitted = Waiting for a decision
change-status-approved = Approved
change-status-rejected = Rejected
change-status-withdrawn = Withdrawn
change-submitted = Requested
change-decided = Decided
change-request = Request a change
change-history-hint = Approved changes appear in the trial's public history with the values before and after.
change-new-title = Request a change
change-current = The trial now
change-kind-choose = What do you want to change?
change-kind-continue = Continue
change-new-end = New last day
change-current-end = The trial now ends on { $date }.
change-organisation-code = Organisation number in the registry
change-organisation-code-hint = The code of a municipality or county in { $country }, for example 3101.
change-registry-link = Find it in the registry
change-participant-leaves = Which organisation leaves?
change-objectives-hint = Leave the indicator empty to remove an objective. The last row adds a new one.
change-objective-n = Objective { $n }
change-exemptions-hint = Untick an exemption to give it up. Record the last day of its legal basis if an act ends or extends it.
change-exemption-keep = Keep this exemption
change-exemption-wording = What the exemption allows
change-legal-basis-hint = Leave empty if it holds as long as the trial.
change-end-on = Last day of the trial
change-reason = Why is the change needed?
change-reason-hint = Required. Once approved, the reason is public in the trial's history.
change-record-now = Record the change now, without a separate decision (the secretariat)
change-send = Send the request
change-cancel = Cancel
change-screening = Legal screening
change-screened = Screened: no conflict with the law
change-screening-note = Note on the legal screening
change-applied = Applied as
change-values = What changes
change-values-hint = The values before are those when the request was made. The record of what was originally approved stays as it was.
change-decide = Decide the request
change-outcome = Decision
change-approve = Approve and apply the change
change-reject = Reject the request
change-decision-reason = Reasons for the decision
change-decision-reason-hint = Required when you reject. Shown to the participants.
change-decide-save = Save the decision
change-withdraw = Withdraw the request
change-back = Back to the trial
change-error-beyond-limit = The trial cannot be extended beyond { $limit }. Choose that day or an earlier one.
error-extension_beyond_limit = The trial cannot be extended beyond { $limit }.
error-screening_required = Confirm the legal screening (no conflict with the law) and write a note before you approve a change of exemptions.
error-change_not_open = The request has already been decided or withdrawn.
error-not_an_extension = The new last day must be after the current one ({ $current_end }).
error-not_a_shortening = The new last day must be before the current one ({ $current_end }).
error-end_in_the_past = The new last day cannot be before { $earliest }.
error-already_participant = The organisation already takes part in the trial.
error-not_participant = The organisation does not take part in the trial.
error-last_participant = A trial must keep at least one participant.
error-nothing_changed = The request changes nothing. Change at least one value.
change-history-frozen = Every change is a new, dated version. The record of what was approved stays as it was approved.
change-line-joined = { $name } joined the trial
change-line-left = { $name } left the trial
change-line-with-trial = as long as the trial
change-line-exemption-added = Exemption added: { $reference }
change-line-exemption-removed = Exemption given up: { $reference }
change-line-exemption-basis = { $reference }: legal basis until { $after } (before: { $before })
change-line-exemption-wording = { $reference }: what the exemption allows was reworded
change-line-objective-added = Objective added: { $objective }
change-line-objective-removed = Objective removed: { $objective }
change-line-objective-changed = Objective changed: { $before } → { $after }
change-notify-submitted-title = Change request to decide: { $case }
change-notify-submitted-body = The trial “{ $title }” ({ $case }) asks for a change: { $change }. It waits for your decision.
change-notify-approved-title = Change approved: { $case }
change-notify-approved-body = The change “{ $change }” of the trial “{ $title }” ({ $case }) was approved and is now part of the trial's history. { $reason }
change-notify-rejected-title = Change rejected: { $case }
change-notify-rejected-body = The change “{ $change }” of the trial “{ $title }” ({ $case }) was rejected. The secretariat's reasons: { $reason }

## Dashboards: what waits in the trials (review fixes)
dashboard-trials-heading = Trials: what waits for you
dashboard-trials-changes = { $count ->
    [one] change request to decide
   *[other] change requests to decide
}
dashboard-trials-reports = { $count ->
    [one] status report submitted, waiting to be accepted
   *[other] status reports submitted, waiting to be accepted
}
dashboard-trials-values = { $count ->
    [one] indicator value waiting for review
   *[other] indicator values waiting for review
}
dashboard-trials-regulations = { $count ->
    [one] local regulation waiting for approval
   *[other] local regulations waiting for approval
}
dashboard-trials-overdue = { $count ->
    [one] overdue status report
   *[other] overdue status reports
}
dashboard-trials-clock = { $count ->
    [one] trial whose legal basis ends within six months or needs attention
   *[other] trials whose legal basis ends within six months or need attention
}
dashboard-trials-never-started = { $count ->
    [one] planned trial whose period is over without starting
   *[other] planned trials whose period is over without starting
}
dashboard-researcher-waiting-total = values wait for your review in the trials you follow
dashboard-researcher-waiting = { $count ->
    [one] One value waits for your review
   *[other] { $count } values wait for your review
}
dashboard-researcher-waiting-none = Nothing waits for your review.
dashboard-my-trials = My trials
dashboard-my-trials-regulation = Your council has yet to adopt the local regulation
dashboard-my-trials-reports-due = { $count ->
    [one] One status report to write
   *[other] { $count } status reports to write
}
dashboard-my-trials-reports-returned = { $count ->
    [one] One status report returned for revision
   *[other] { $count } status reports returned for revision
}
dashboard-my-trials-values-returned = { $count ->
    [one] One value returned for correction
   *[other] { $count } values returned for correction
}
dashboard-my-trials-nothing = Nothing waits on you in this trial.
dashboard-my-trials-all = All your organisation's trials

## Funds: spending above the award needs confirming (review fixes)
fund-error-spending-exceeds-award = The spending of { $requested } brings the total spent to { $total_spent }, more than the { $awarded } awarded. Check the amount; if it is right, tick the box to confirm it and send again.
fund-confirm-amount = I confirm the amount, even though the spending then exceeds the amount awarded
fund-confirm-amount-hint = Tick only if the amount is right. The secretariat sees when the spending exceeds the award.
fund-overspent = The reported spending exceeds the amount awarded. Check the spending reports with the participants.
error-spending_exceeds_award_unconfirmed = The spending exceeds the amount awarded and is not confirmed.

## Documents: confirm before making public, notice after upload (review fixes)
document-uploaded-notice = “{ $title }” was uploaded.
document-confirm-public = I understand that the document becomes public for everyone
document-confirm-public-required = Tick the box to confirm that the document becomes public for everyone, then press “Make public” again.

## issue 14: dossier and adoption
journal-action-application-adopted = started the application from another municipality’s trial
error-trial_not_adoptable = Only a running or ended trial can be taken up by another municipality.
error-own_trial = Your organisation takes part in this trial. Start a new application instead.
error-no_open_round = No round is open for applications that your organisation can apply to right now.
adoption-heading = Taken up by other municipalities
adoption-none = No other municipality has started an application from this trial yet.
adoption-start = Start an application from this trial
adoption-page-title = Start an application from a trial
adoption-explained = You get a draft with the trial’s granted exemptions, objectives and indicators filled in. You can change everything before you submit it.
adoption-no-round = No round is open right now in a scheme your organisation can apply to. Try again when a new round opens.
adoption-back = Back to the trial
adoption-round = Which round do you want to apply in?
adoption-create = Create the draft
adoption-from = Started from the trial
dossier-heading = Evidence from trials
dossier-empty = No application has asked for an exemption from this provision yet.
dossier-requests = Applications
dossier-requested-count = Submitted applications that asked for an exemption: { $count }
dossier-desired = The rule the applicants asked for instead:
dossier-trials = Trials with an exemption from this provision
dossier-no-trials = No trial has been granted an exemption from this provision.
dossier-granted-count = Granted as asked: { $count }.
dossier-narrowed-count = Granted in a narrower form: { $count }.
dossier-trial = Trial
dossier-period = Period
dossier-granted = Exemption
dossier-used = Used
dossier-outcome = Outcome
dossier-narrowed = narrowed
dossier-used-reports = { $count ->
    [one] in one report
   *[other] in { $count } reports
}
dossier-used-times = { $count } times
dossier-pending = awaiting a decision
dossier-provision-pending = All the trials have ended, and a decision on what happens to the rule is still missing.
dossier-indicators = Indicator results
dossier-indicator = Indicator
dossier-baseline = Baseline
dossier-target = Target
dossier-latest = Latest value
dossier-findings = Findings of the evaluations
dossier-no-findings = No published evaluation has findings about this provision yet.
dossier-recommendations = Recommendations
dossier-adoptions = Taken up by other municipalities
dossier-timeline = Timeline
dossier-event-requested = Exemption applied for
dossier-event-started = Trial started
dossier-event-ended = Trial ended
dossier-event-evaluation = Evaluation published
dossier-event-outcome = Outcome recorded
dossier-event-adopted = Application started from the trial
dossier-strength-strong = Strong evidence
dossier-strength-moderate = Moderate evidence
dossier-strength-weak = Weak evidence
dossier-strength-inconclusive = Inconclusive
dossier-recommendation-make_general = Make it general
dossier-recommendation-make_general_with_changes = Make it general with changes
dossier-recommendation-continue_trying = Continue trying
dossier-recommendation-drop = Drop it
dossier-outcome-spread_fully = Spread fully
dossier-outcome-spread_partly = Spread partly
dossier-outcome-not_spread = Not spread
dossier-outcome-stopped_or_never_started = Stopped or never started
dossier-outcome-followed_up_elsewhere = Followed up elsewhere
dossier-outcome-made_permanent = Made permanent by a change of law
dossier-outcome-continued_until_reform = Continued until a reform
dossier-outcome-ended = Ended
proposal-open = Proposal for a rule change
proposal-title = Proposal for a rule change
proposal-language = Language of the proposal
proposal-pdf = Download as PDF
proposal-back = Back to the provision
proposal-to = To
proposal-ministry-unknown = The ministry responsible for the act
proposal-intro = Municipalities have tried out an exemption from this provision. This proposal sums up what they asked for, what the trials showed and what the evaluations recommend, as a basis for changing the rule.
proposal-current-text = The provision as it reads today
proposal-evidence = What the trials showed

## issue 14: research plans
plan-heading = Research plans
plan-none = No research plan has been registered yet.
plan-about = A registered plan is public and frozen: later changes are new versions with a reason, shown side by side.
plan-new = New research plan
plan-edit = Edit the draft
plan-amend = Amend the plan
plan-register = Register the plan
plan-status-draft = Draft
plan-status-registered-version = Registered, version { $version }
plan-draft-hint = only the secretariat and the assigned researchers see it
plan-registered-on = registered
plan-design-before_after = Before and after
plan-design-comparison_group = Comparison group
plan-design-randomised = Randomised
plan-design-difference_in_differences = Difference in differences
plan-design-mixed_methods = Mixed methods
plan-design-qualitative_case_study = Qualitative case study
plan-design-other = Other design
plan-field-title = Title
plan-field-questions = Research questions
plan-field-design = Design
plan-field-indicators = The trial's indicators used
plan-field-other_data = Other data used
plan-field-analysis = Analysis planned
plan-field-embargo = Results embargoed until
plan-no-indicators = None of the trial's indicators
plan-no-embargo = No embargo
plan-embargo-until = Results under this plan are not published before { $date }.
plan-embargo-lifted = The embargo ended on { $date }: results may be published.
plan-version-n = Version { $version }
plan-versions = Versions
plan-versions-frozen = Each version is kept as it was registered.
plan-registered = registered
plan-amended = amended
plan-reason = Reason for the change
plan-reason-hint = Required: say what changed and why. The reason is shown with the new version.
plan-amend-hint = This plan is registered. Your changes become a new version with the reason you give; the earlier versions stay visible.
plan-amend-save = Save as a new version
plan-save-draft = Save the draft
plan-cancel = Cancel
plan-questions-hint = One question per line.
plan-other-data-hint = Registers, surveys, interviews and other sources besides the trial's indicators.
plan-embargo-hint = Optional. Until this day, results under the plan are not published.
plan-trial-has-no-indicators = The trial has no indicators yet.
plan-register-warning = Registering freezes the plan: it becomes public with today's date as version 1, and can afterwards only be changed by an amendment with a reason.
plan-register-confirm = I understand that registering freezes the plan
plan-compare = Compare versions
plan-compare-a = Earlier version
plan-compare-b = Later version
plan-compare-show = Show side by side
plan-compare-field = Field
plan-compare-changed = Changed
plan-compare-same = The two versions are the same.
plan-compare-none = There is only one version to show.
plan-changed = changed
plan-back = Back
plan-back-to-plan = Back to the plan
plan-joint-heading = Joint research plans
plan-joint-about = Plans for evaluating the scheme as a whole.
plan-joint-link = See the joint research plans
field-questions = Research questions
field-analysis = Analysis planned
field-other-data = Other data used
field-embargo-until = Results embargoed until
field-design = Design
field-indicator-ids = Indicators
error-plan_reason_required = Give a reason for the change: a registered plan is changed only by an amendment with a reason.
error-plan_unchanged = The amendment changes nothing in the plan.
error-plan_registered = The plan is registered (version { $version }) and can no longer be edited as a draft. Amend it with a reason instead.
error-plan_not_registered = The plan is still a draft: edit it, or register it.
error-plan_register_unconfirmed = Confirm that you understand that registering freezes the plan.
error-plan_unknown_indicator = Choose only the trial's own indicators.
plan-notify-registered-title = Research plan registered: { $plan }
plan-notify-registered-body = The research plan «{ $plan }» for { $place } has been registered as version 1. It is now public.
plan-notify-amended-title = Research plan amended: { $plan }
plan-notify-amended-body = The research plan «{ $plan }» for { $place } has been amended (version { $version }). Reason: { $reason }
journal-action-research-plan-created = Research plan started
journal-action-research-plan-saved = Research plan draft saved
journal-action-research-plan-registered = Research plan registered
journal-action-research-plan-amended = Research plan amended

## issue 14: generalisation outcomes and the scheme's results page
outcome-category-spread_fully = Spread fully
outcome-category-spread_partly = Spread in part
outcome-category-not_spread = Not spread
outcome-category-stopped_or_never_started = Stopped or never started
outcome-category-followed_up_elsewhere = Followed up in other ways
outcome-category-made_permanent = Made permanent by a change of law
outcome-category-continued_until_reform = Continued until a permanent arrangement
outcome-category-ended = Ended, the rule unchanged
outcome-class-changed_for_all = Rule changed for all
outcome-class-changed_in_part = Rule changed in part
outcome-class-continued_or_followed_up = Continued or followed up
outcome-class-not_changed = Rule not changed
outcome-class-stopped_or_never_started = Stopped or never started
outcome-notify-title = Outcome recorded for { $case }
outcome-notify-body = The secretariat has recorded what became of the exemption «{ $exemption }» in the trial { $case } «{ $title }»: { $category }.
outcome-heading = Generalisation
outcome-hint = Record, for each granted exemption, what became of it after the trial. A new outcome does not erase the earlier ones; the latest counts.
outcome-after-end = What became of each exemption is recorded once the trial has ended.
outcome-exemption = Exemption
outcome-category = Outcome
outcome-reasons = Reasons
outcome-resulting = Resulting bill or act
outcome-resulting-hint = Write it as it is cited, for example «lov nr. 1546 af 27. december 2019», «LOV-2023-06-16-62» or «SFS 2022:1234». A citation Frirum cannot find in the law catalogue is kept as written and marked for the secretariat.
outcome-not-resolved = Not found in the law catalogue
outcome-in-force = In force from
outcome-evaluations = Evaluations it rests on
outcome-evaluation-joint = joint evaluation of the scheme
outcome-recorded = Recorded
outcome-history = Earlier outcomes
outcome-counts = counts
outcome-none = No outcome recorded yet.
outcome-record-heading = Record an outcome
outcome-record = Record outcome
outcome-page-link = All outcomes of this trial
outcome-no-exemptions = This trial was granted no exemptions.
outcome-back = Back to the trial
results-title = Results
results-about = Trials by status, what became of the exemptions, exemptions per act and the evidence per theme, as charts with their tables.
results-link = See the scheme's results
results-summary-trials = { $count ->
    [one] { $number } trial.
   *[other] { $number } trials.
 }
results-summary-outcomes = { $count ->
    [one] { $number } exemption has an outcome.
   *[other] { $number } exemptions have an outcome.
 }
results-public-only = The evidence counts only evaluations that have been published.
results-contents = On this page
results-latest = Outcome of each exemption
results-pending = Provisions waiting for an outcome
results-pending-about = Every trial exempted from these provisions has ended, and no outcome has been recorded for any of them.
results-pending-none = No provision is waiting for an outcome.
results-flagged = Outcomes to check
results-flagged-about = The resulting act of these outcomes was not found in the law catalogue. It is kept as written; check the citation or import the act.
results-flagged-none = Every resulting act was found in the law catalogue.
results-legend = Legend
results-chart-order = The bars follow the rows of the table below, in the same order.
results-csv-download = Download the data as CSV
results-outcomes-by-class = Outcomes in classes shared across countries
results-trial = Trial
results-back = Back to the scheme
results-trials-link = The scheme's trials
results-trials-by-status = Trials by status
results-outcomes-by-category = Outcomes by category
results-exemptions-per-act = Exemptions granted per act
results-evidence-per-theme = Evidence per theme
results-no-trials = The scheme has no trials yet.
results-no-outcomes = No outcome has been recorded yet.
results-no-exemptions = No exemption has been granted yet.
results-no-evidence = No findings of evaluations yet.
results-act-none = Not linked to the law catalogue
results-theme-none = No theme
results-csv-status = Status
results-csv-trials = Trials
results-csv-category = Outcome
results-csv-common-class = Shared class
results-csv-exemptions = Exemptions
results-csv-act = Act
results-csv-theme = Theme
results-strength-strong = Strong evidence
results-strength-moderate = Moderate evidence
results-strength-weak = Weak evidence
results-strength-inconclusive = Inconclusive
error-outcome_trial_not_ended = The trial has not ended yet. What became of an exemption is recorded after the trial's end.
error-outcome_exemption_not_granted = The trial was not granted this exemption.
error-outcome_category_not_offered = Choose one of the outcomes this scheme's country uses.
error-outcome_evaluation_unknown = Choose evaluations of this trial or of its scheme.
field-category = Outcome
field-resulting-citation = Resulting bill or act
field-in-force = In force from
field-evaluation-ids = Evaluations
field-exemption = Exemption
journal-field-resolved = Found in the law catalogue
journal-action-trial-outcome-recorded = recorded what became of an exemption

## issue 14: research teams
research-teams-title = Research teams
research-teams-lead = Researchers belong to a research organisation, a university or an institute. Assign them to a trial, to a theme of a scheme (a network of trials) or to a whole scheme (the joint evaluation) from the trial's or the scheme's page.
research-teams-none = No research organisation has been added yet.
research-team-empty = Nobody belongs to this organisation yet.
research-unaffiliated = Researchers without an organisation
research-member-heading = Put a researcher into an organisation
research-organisation = Research organisation
research-no-organisation = No organisation
research-member-save = Save membership
research-organisation-new = Add a research organisation
research-organisation-name = Name of the university or institute
research-organisation-website = Website (optional)
research-organisation-create = Add organisation
research-teams-next = Go to the schemes to assign researchers
research-section = Research
research-section-lead = The researchers who follow the scheme's trials: the whole scheme (the joint evaluation), each theme (a network of trials) or single trials. Assigned researchers read everything of their trials and review the values reported.
research-whole-scheme = The whole scheme (joint evaluation)
research-none-assigned = Nobody is assigned.
research-theme = Theme
research-single-trials = Researchers of single trials
research-no-researchers = There is no researcher's account to assign yet.
research-assign-to = Assign to
research-assign = Assign researcher
research-back-to-scheme = Back to the scheme
research-via-trial = Assigned to this trial
research-via-theme = Through the theme
research-via-scheme = Through the whole scheme
research-via-change = Change on the scheme's page
research-scope-trial = a trial
research-scope-theme = a theme
research-scope-scheme = the whole scheme
research-notify-assigned-title = You have been assigned to research
research-notify-assigned-trial-body = You now follow the trial “{ $name }” in { $scheme }. You can read everything of the trial and review the values it reports.
research-notify-assigned-theme-body = You now follow every trial of the theme “{ $name }” in { $scheme }.
research-notify-assigned-scheme-body = You now follow every trial of { $scheme } for its joint evaluation.
error-not_a_researcher = Only researchers can be assigned to research or belong to a research organisation. Choose a researcher's account.
error-theme_not_in_scheme = The theme is not one of this scheme's themes.
error-research_organisation_exists = A research organisation of this name already exists in this country.
journal-action-trial-researcher-assigned = assigned a researcher to the trial
journal-action-trial-researcher-unassigned = removed a researcher from the trial
journal-action-scheme-researcher-assigned = assigned a researcher to the scheme's research
journal-action-scheme-researcher-unassigned = removed a researcher from the scheme's research
journal-field-user-id = Researcher
journal-field-scope = Assigned to
dashboard-research-heading = Your research
dashboard-research-organisation = You belong to { $name }.
dashboard-research-no-organisation = You do not belong to a research organisation yet; the secretariat adds you to one.
dashboard-research-drafts = Your research in draft
dashboard-research-plans-draft = Research plans in draft
dashboard-research-evaluations-draft = Evaluations in draft
dashboard-research-none-draft = Nothing in draft.

## issue 14: evaluations
evaluation-heading = Evaluations
evaluation-new = New evaluation
evaluation-none = No evaluations yet.
evaluation-kind-process = Process evaluation
evaluation-kind-results = Results evaluation
evaluation-kind-transferability = Transferability evaluation
evaluation-status-draft = Draft
evaluation-status-published = Published
evaluation-embargoed-until = Embargoed until { $date }
evaluation-joint = Joint evaluation of the scheme
evaluation-joint-heading = Joint evaluations
evaluation-joint-about = A joint evaluation looks across all the scheme's trials, by theme and by provision.
evaluation-scheme-link = Joint evaluations of the scheme
evaluation-back = Back
evaluation-edit = Edit the evaluation
evaluation-field-kind = Kind of evaluation
evaluation-field-title = Title
evaluation-field-summary = Summary
evaluation-summary-hint = What the evaluation found, in a few paragraphs. Leave an empty line between paragraphs.
evaluation-summary-empty = No summary written yet.
evaluation-field-plan = Research plan
evaluation-no-plan = Not under a registered plan
evaluation-field-embargo = Results embargoed until
evaluation-embargo-hint = Optional. Until this date the public sees only that the evaluation exists. Without a date of its own, the evaluation follows its plan's embargo.
evaluation-save = Save
evaluation-cancel = Cancel
evaluation-draft-hint = This is a draft: only the secretariat and the assigned researchers can see it.
evaluation-findings = Findings
evaluation-findings-none = No findings yet.
evaluation-finding-add = Add a finding
evaluation-finding-edit = Edit finding
evaluation-finding-remove = Remove finding
evaluation-finding-n = Finding { $number }
evaluation-finding-text = What was found
evaluation-finding-strength = Strength of the evidence
evaluation-finding-exemptions = Exemptions it concerns
evaluation-finding-indicators = Indicators it concerns
evaluation-finding-save = Save the finding
evaluation-no-exemptions = No exemptions were granted.
evaluation-no-indicators = The trial has no indicators.
evaluation-strength-strong = Strong
evaluation-strength-moderate = Moderate
evaluation-strength-weak = Weak
evaluation-strength-inconclusive = Inconclusive
evaluation-recommendations = Recommendations
evaluation-recommendations-none = No recommendations yet.
evaluation-recommendations-edit = Edit the recommendations
evaluation-recommendations-hint = For each granted exemption, what the evaluation recommends and why. Leave it empty if the evaluation does not say.
evaluation-recommendations-save = Save the recommendations
evaluation-recommendation = Recommendation
evaluation-recommendation-none = No recommendation
evaluation-recommendation-make_general = Make it the general rule
evaluation-recommendation-make_general_with_changes = Make it the general rule, with changes
evaluation-recommendation-continue_trying = Continue trying
evaluation-recommendation-drop = Drop it
evaluation-reasons = Reasons
evaluation-joint-summary = Across the trials
evaluation-by-theme = By theme
evaluation-by-provision = By provision
evaluation-report = Full report
evaluation-report-none = No report attached yet.
evaluation-report-file = Report file (PDF, Word or OpenDocument)
evaluation-report-title = Title of the report
evaluation-report-upload = Attach the report
evaluation-publish = Publish
evaluation-publish-warning = Publishing freezes the evaluation: its summary, findings and recommendations can no longer be changed. Mistakes found later are recorded as corrections beside it.
evaluation-publish-embargo = The evaluation is embargoed until { $date }. Until then the public sees only that it exists and when it will be published.
evaluation-publish-counts = { $findings ->
    [one] It has one finding.
   *[other] It has { $findings } findings.
}
evaluation-publish-confirm = I understand that publishing freezes the evaluation.
evaluation-announced = An evaluation has been published and will be made public on { $date }.
evaluation-embargo-insiders = Embargoed: the public sees only that this evaluation exists until { $date }.
evaluation-corrections = Corrections
evaluation-frozen = A published evaluation is not changed. Corrections are recorded here, with their date.
evaluation-correction-note = What is corrected
evaluation-correction-record = Record the correction
evaluation-drafts = Evaluations in draft
evaluation-notify-published-title = Evaluation published: { $title }
evaluation-notify-published-body = The { $kind } «{ $title }» of { $case } { $name } has been published.
error-finding_exemption_not_granted = A finding can only concern exemptions the trial was granted.
error-finding_indicator_unknown = A finding can only concern the trial's own indicators.
error-recommendation_exemption_not_granted = A recommendation can only concern exemptions the trial was granted.
error-recommendation_twice = Give each exemption one recommendation.
error-evaluation_plan_unknown = Choose a registered research plan of the same trial or scheme.
error-evaluation_without_findings = Add at least one finding before publishing.
error-publish_unconfirmed = Confirm that you understand that publishing freezes the evaluation.
error-evaluation_published = The evaluation is published and can no longer be changed. Record a correction instead.
error-evaluation_not_published = A draft is edited directly; corrections are recorded once it is published.
error-evaluation_stale = Someone else saved the evaluation in the meantime. Reload the page and try again.
journal-action-evaluation-created = Evaluation started
journal-action-evaluation-updated = Evaluation draft saved
journal-action-evaluation-published = Evaluation published
journal-action-evaluation-corrected = Correction recorded on an evaluation
journal-action-evaluation-document-added = Report attached to an evaluation
journal-field-note = Correction
journal-field-file-name = File
journal-field-sha256 = Checksum (SHA-256)

## issue 14: generalisation outcomes and the scheme's results page (fixes)
error-outcome_already_recorded = An outcome was recorded for this exemption after the form was opened, perhaps by sending it twice. It is shown above; send the form again only to record another.
dashboard-outcomes-heading = Outcomes to follow up
dashboard-outcomes-flagged = { $count ->
    [one] resulting act not found in the law catalogue
   *[other] resulting acts not found in the law catalogue
 }
dashboard-outcomes-pending = { $count ->
    [one] provision waiting for an outcome
   *[other] provisions waiting for an outcome
 }

## issue 14: dossier and adoption (fixes)
proposal-language-note = The page's buttons and menus stay in your language; only the proposal's text changes.
proposal-written-in = The proposal is written in { $language }, the language of the trials' scheme.
proposal-summary = Summary
proposal-summary-intro = Municipalities have tried out an exemption from { $provision } in trials approved under a free municipality or trial scheme. We propose that the rule be changed in the light of what the trials and their evaluations showed.
proposal-summary-requests = { $count ->
    [one] One submitted application asked for the exemption.
   *[other] { $count } submitted applications asked for the exemption.
}
proposal-summary-trials = { $count ->
    [0] No trial has been granted it yet.
    [one] One trial was granted it.
   *[other] { $count } trials were granted it.
}
proposal-summary-findings = { $count ->
    [0] The evaluations have no findings about it yet.
    [one] The evaluations made one finding about it.
   *[other] The evaluations made { $count } findings about it.
}
proposal-summary-recommendations = { $count ->
    [0] They make no recommendation yet.
    [one] They make one recommendation.
   *[other] They make { $count } recommendations.
}
proposal-recommended = The evaluations recommend
proposal-decided = Decided so far
proposal-asked = What the trials asked for
proposal-asked-none = The applications did not write the rule they wanted instead.
proposal-no-recommendations = No published evaluation makes a recommendation about this provision yet.
proposal-outcomes = What has been decided
proposal-no-outcomes = Nothing has been decided about the rule yet.
proposal-wording = Proposed wording
proposal-wording-intro = We propose that { $provision } be worded as the applicants asked:
proposal-wording-none = The applicants did not propose a wording; the ministry is asked to write one in the light of the evidence above.

## issue 14: research plans and evaluations (fixes)
error-embargo_in_the_past = The embargo date cannot lie before today. Choose today or a later day, or leave the field empty.

## issue 14: research teams (fixes)
dashboard-researcher-waiting-count = { $count ->
    [one] One value waits for your review in the trials you follow
   *[other] { $count } values wait for your review in the trials you follow
}
research-researchers-heading = The researchers and their research organisations
research-member-current = Belongs to: { $organisation }
research-member-current-none = Belongs to no research organisation
research-member-choose-for = Research organisation of { $name }
research-member-choose = Choose a research organisation
research-member-remove = Take out of { $organisation }
research-member-remove-confirm = { $name } will then no longer belong to { $organisation }. The researcher's assignments to trials and schemes do not change.
research-member-remove-yes = Yes, take { $name } out of { $organisation }
research-member-confirm-needed = Confirm that the researcher is to be taken out of their research organisation. Nothing was changed.
research-organisation-website-invalid = Write the website's full address, beginning with https://, for example https://www.vive.dk.
research-unassign = Remove { $name }
research-unassign-confirm = { $name } loses access to the trials this assignment gave, unless the researcher is assigned in another way.
research-unassign-yes = Yes, remove { $name }
research-single-trials-hint = Open a trial to remove a researcher from that trial alone.
research-organisation-edit = Correct the name or website
research-organisation-save = Save the changes
research-organisation-delete = Delete the research organisation
research-organisation-delete-confirm = The research organisation is deleted. It can only be deleted when nobody belongs to it.
research-organisation-delete-yes = Yes, delete { $name }
error-research_organisation_not_empty = Researchers still belong to the research organisation. Take them out of it before deleting it.

## Journal cases of the policy lab, networks and partners
journal-case-barrier = Barrier
journal-case-investigation = Investigation
journal-case-network = Network
journal-case-partner = Partner

## issue 15: testbeds — partners, demands and public values
testbed-register-title = Partner register
testbed-register-lead = Companies, universities, consultants and associations that work with municipalities in trials, with their national identifier.
testbed-search = Search by name or identifier
testbed-search-button = Search
testbed-none = No partners found.
testbed-register-new = Register a partner
testbed-existing = { $name } is registered with this identifier already.
testbed-existing-open = Open { $name }
testbed-existing-use = Use it in the trial
testbed-field-name = Partner
testbed-field-kind = Kind
testbed-field-national-id = Organisation number
testbed-field-national-id-hint = Norwegian organisasjonsnummer (9 digits), Swedish organisationsnummer (NNNNNN-NNNN) or Danish CVR number (8 digits). Spaces and hyphens are fine. Leave empty for a sole trader.
testbed-field-website = Website
testbed-register-button = Register partner
testbed-next-trials = Go to the trials
testbed-no-national-id = None given
testbed-partner-trials = Trials it takes part in
testbed-partner-no-trials = It takes part in no trial you can see.
testbed-agreement = Agreement
testbed-back-register = Back to the partner register
testbed-trial-title = Partners, demands and public values
testbed-trial-lead = The partners the municipality works with in this trial, what it demands of each, and the public values it protects. Every status report reviews each of them.
testbed-trial-back = Back to the trial
testbed-trial-none = No partners have been added to this trial yet.
testbed-trial-open = Partners, demands and agreements
testbed-items-none = No demands or public values yet.
testbed-items-count = { $count ->
    [one] { $number } demand or value
   *[other] { $number } demands and values
 }
testbed-history-caption = Verdicts on { $item } by report
testbed-history-period = Report period
testbed-history-verdict = Verdict
testbed-note = Note
testbed-agreements = Agreements
testbed-agreements-none = No agreement attached.
testbed-item-add = Add a demand or public value for { $name }
testbed-item-kind = Demand or value
testbed-demands = Demands
testbed-item-text = What is demanded
testbed-demand-add = Add demand
testbed-value-kind = Public value
testbed-value-add = Add public value
testbed-agreement-add = Attach an agreement with { $name }
testbed-agreement-title = Title
testbed-agreement-file = File (PDF or office document)
testbed-agreement-upload = Attach agreement
testbed-suggestions = Partners named in the application
testbed-suggestions-lead = The approved application names these partners. Add them from the register, or register them first.
testbed-suggestion-add = Add { $name } to the trial
testbed-suggestion-register = Register { $name }
testbed-add = Add a partner from the register
testbed-add-partner = Partner
testbed-add-choose = Choose a partner
testbed-add-role = Role in the trial
testbed-add-button = Add partner
testbed-at-risk = Demands and values at risk in the latest report
testbed-review-heading = Partners' demands and public values
testbed-review-hint = Give a verdict on each demand and public value for this period. A demand or value at risk or breached needs a note saying why. The report cannot be submitted without a verdict on each.
testbed-breach-open = Open the breach
testbed-breach-title = Partner breach
testbed-breach-acknowledged = The breach is acknowledged and no longer waits on the dashboard.
testbed-breach-trial = Trial
testbed-breach-report = Report
testbed-breach-acknowledge = Acknowledge the breach
testbed-breach-ack-note = What the secretariat does about it
testbed-breach-ack-hint = The note is kept in the partner's journal.
testbed-back-dashboard = Back to the dashboard
testbed-breaches-heading = Partner breaches
testbed-demand-data_access = Data access
testbed-demand-open_standards = Open standards
testbed-demand-ownership_of_results = Ownership of results
testbed-demand-exit = Exit and transfer at the end
testbed-demand-confidentiality = Confidentiality
testbed-demand-other = Other demand
testbed-value-inclusion = Inclusion
testbed-value-transparency = Transparency
testbed-value-professional_ethics = Professional ethics
testbed-value-privacy = Privacy
testbed-value-equal_treatment = Equal treatment
testbed-value-other = Other public value
testbed-verdict-kept = Kept
testbed-verdict-at_risk = At risk
testbed-verdict-breached = Breached
testbed-notify-breach-title = Partner breach reported: { $case }
testbed-notify-breach-body = A status report of the trial “{ $title }” ({ $case }) marks a partner's demand or public value breached: { $breaches }. Acknowledge it on your dashboard.
error-identifier_format = The organisation number must have { $digits } digits; only digits, spaces and hyphens can be typed.
error-identifier_check_digit = The organisation number's check digit does not agree with the other digits. Check it for a typo.
error-identifier_personal_number = This is a personal identity number (a sole trader's). Leave the organisation number empty instead.
error-partner_exists = A partner with this organisation number is registered already.
error-partner_already_in_trial = The partner takes part in this trial already.
error-partner_verdict_required = Give a verdict on every demand and public value before submitting the report.
error-partner_note_required = A demand or value at risk or breached needs a note saying why.
error-breach_already_acknowledged = The breach was acknowledged already.

## issue 15: networks, guidance, the learning log and learning questions
network-list-title = Networks
network-list-lead = Thematic networks of trials and municipalities: a coordinator, reference groups, the secretariat's guidance and a learning log.
network-list-none = There are no networks yet.
network-coordinated-by = coordinated by { $name }
network-new = New network
network-create = Create the network
network-back-to-list = Back to all networks
network-back-to-network = Back to the network
network-back-to-trial = Back to the trial
network-members-hint = One member organisation per line, as the registry names it (for example Aarhus Kommune).
network-label-scheme-id = Scheme
network-label-name = Name
network-label-purpose = Purpose
network-label-coordinator-email = The coordinator's e-mail address
network-label-members = Member organisations
network-label-group = Reference group
network-label-role-title = Role or title
network-label-organisation = Organisation
network-label-title = Title
network-label-body = Text
network-label-reason = Why it changes
network-label-question = Your question
network-label-questions = Learning questions, one per line
network-label-tried = What we tried
network-label-learned = What we learned
network-label-differently = What we would do differently
network-label-provision-citation = Another provision, by citation
network-label-body-reply = Reply
network-error-provision-citation = No provision in the law catalogue matches the citation. Write it as lawyers do, for example § 141 i lov om social service.
network-error-members = An organisation is not in the registry of the scheme's country. Write its name as the registry does.
network-error-coordinator-email = No account has this e-mail address.
network-error-scheme-id = Choose a scheme.
network-error-group = Choose a reference group.
network-purpose = Purpose
network-people = Coordinator, members and trials
network-coordinator-is = Coordinator: { $name }
network-coordinator-none = The network has no coordinator yet.
network-members = Member organisations
network-members-none = No member organisations yet.
network-trials = Trials in the network
network-trials-none = No trials in the network yet.
network-reference = Reference groups
network-group-political = Political reference group
network-group-administrative = Administrative reference group
network-reference-none = No members yet.
network-reference-add = Add a member to a reference group
network-reference-remove = Remove { $name }
network-reference-remove-confirm = Take { $name } out of the reference group? The journal keeps that they were in it.
network-reference-remove-yes = Yes, remove { $name }
network-guidance = Guidance
network-guidance-lead = Advice and guidance along the way from the secretariat: articles and answered questions. Every change is kept as a new version.
network-guidance-none = No guidance yet.
network-guidance-for-scheme = for every network of the scheme
network-question = Question to the secretariat
network-question-answered = Answers the question
network-question-waiting = Waiting for the secretariat's answer
network-asked-by = asked by { $name }
network-ask = Ask the secretariat
network-ask-send = Send the question
network-article-new = New article
network-article-for-scheme = For every network of the scheme
network-article-publish = Publish the article
network-version = Version { $version }
network-version-reason = Why it changed
network-versions = Every version
network-what-changed = What changed from the version before
network-diff-added = Added
network-diff-removed = Removed
network-guidance-edit = Change the text
network-guidance-edit-lead = The change becomes a new version; the earlier versions stay readable.
network-guidance-save = Save as a new version
network-guidance-saved = Saved as a new version.
network-answer = Answer the question
network-answer-public = Publish the answer to everyone, not only the network
network-answer-send = Send the answer
network-log = Learning log
network-log-rules = Members record what they tried, what they learned and what they would do differently. An entry is private to the network until its author publishes it; once published it can no longer be changed.
network-log-none = No entries yet.
network-private = Private to the network
network-published-on = Published { $date }
network-tags = Tagged
network-publish = Publish
network-publish-hint = Published, the entry is public on the network's page and on the tagged trials' pages, and can no longer be changed.
network-replies = Replies
network-reply-to = Reply to “{ $title }”
network-reply = Reply
network-hide-reply = Hide the reply
network-hide-reply-confirm = Hide this reply from the log? The journal keeps that it was hidden.
network-hide-reply-yes = Yes, hide the reply
network-hide-entry = Hide the entry
network-hide-entry-confirm = Hide this entry from the log and from every page it is shown on? The journal keeps that it was hidden and why.
network-hide-entry-yes = Yes, hide the entry
network-entry-new = New entry in the learning log
network-entry-save = Save the entry (private to the network)
network-tag-trials = Trials it concerns
network-tag-indicators = Indicators it concerns
network-tag-provisions = Provisions it concerns
network-citation-hint = Write the provision as lawyers cite it; Frirum finds it in the law catalogue.
network-sign-in-to-write = Sign in as a member of the network to write in the log.
network-done-created = The network is created.
network-done-entry = The entry is saved. It is private to the network until you publish it.
network-done-published = The entry is published.
network-done-reply = Your reply is saved, and the entry's author is told.
network-done-hidden = Hidden from the log.
network-done-reference = The reference group is updated.
network-done-question = Your question is sent to the secretariat.
network-done-guidance = The article is published.
network-done-members = The members are updated.
network-notify-reply-title = { $name } replied to your entry
network-notify-reply-body = { $name } replied to “{ $title }” in the learning log of { $network }.
network-trial-heading = Learning from the network
network-trial-none = No published learning-log entries concern this trial yet.
network-trial-networks = Networks the trial is in
network-all = All networks
network-questions-title = Learning questions
network-questions-lead = What the trial wants to learn, as questions that every status report and the final report answer.
network-learning-goals = The application's learning goals
network-questions-current = The questions
network-questions-none = The trial has no learning questions yet.
network-questions-suggested = Suggested from the learning goals, one sentence per line: split, join or reword them before you save.
network-questions-hint = One question per line. They can be changed until the trial sends its first report.
network-questions-save = Save the questions
network-questions-saved = The learning questions are saved.
network-questions-fixed = The questions are fixed: the trial has sent a report that answers them.
network-questions-edit = Change the learning questions
network-questions-open = The learning questions and the learning goals
network-report-heading = Learning questions
network-report-lead = What the trial has learned so far about each of its questions.
network-report-lead-final = The final report answers every learning question.
network-report-unanswered = Not answered in this report.
error-learning_answer_required = Answer the learning question “{ $question }” before the final report is sent.
error-learning_questions_fixed = The learning questions are fixed once the trial has sent a report.
error-entry_already_published = The entry is published already.
error-question_already_answered = The question is answered already; change the answer as a new version.
error-not_in_network = You can tag only the network's trials, their indicators and provisions of the law catalogue.

## barriers: the policy lab's barrier register
barrier-register-title = Barrier register
barrier-register-lead = Obstacles that stand in the way of good solutions, reported in plain words by the people who meet them. The policy lab looks into each one: is it the law, a guideline, an IT system, funding, or habit?
barrier-report-action = Report an obstacle
barrier-register-all = All barriers
barrier-register-mine = My barriers
barrier-register-list = Barriers
barrier-register-none = No barriers match.
barrier-queue-heading = Reported, waiting for the lab
barrier-from-public = from the public form
barrier-filter-label = Filter the barriers
barrier-filter-text = Words
barrier-filter-any = Any
barrier-filter-apply = Filter
barrier-field-status = Status
barrier-field-root-cause = Root cause
barrier-field-group = Affects
barrier-supporters-count = { $count ->
    [one] one person meets this too
   *[other] { $count } people meet this too
}
barrier-status-reported = Reported
barrier-status-under_analysis = Under analysis
barrier-status-not_legal_obstacle = Not a legal obstacle
barrier-status-confirmed = Confirmed
barrier-status-experiment_proposed = Experiment proposed
barrier-status-rule_change_proposed = Rule change proposed
barrier-status-resolved = Resolved
barrier-status-closed = Closed
barrier-status-merged = Merged
barrier-cause-law = An act
barrier-cause-regulation = A regulation
barrier-cause-guidance_or_interpretation = A guideline or how a rule is read
barrier-cause-practice_and_culture = Practice and culture
barrier-cause-it_systems_and_data = IT systems and data sharing
barrier-cause-funding_and_incentives = Funding and incentives
barrier-cause-organisation = How the work is organised
barrier-group-young_people_outside_work = Young people outside work and education
barrier-group-older_people = Older people
barrier-group-children_and_families = Children and families
barrier-group-people_with_disabilities = People with disabilities
barrier-group-immigrants = Immigrants and refugees
barrier-group-unemployed = Unemployed people
barrier-group-patients = Patients and users of health services
barrier-group-businesses_and_volunteers = Businesses and voluntary organisations
barrier-group-municipal_staff = Municipal staff
barrier-group-other = Others
barrier-link-proposal = Theme proposal
barrier-link-scheme = Scheme
barrier-link-application = Application
barrier-new-title = Report an obstacle
barrier-new-lead = Tell us in your own words what you want to do and what stops you. You do not need to know which rule it is. Check first whether others have reported the same.
barrier-public-title = Report an obstacle to { $scheme }
barrier-public-lead = Tell the policy lab what you want to do and what stops you. Your report is read by the lab first and published only after it has looked at it.
barrier-public-privacy = Your name and contact are optional and seen only by the policy lab.
barrier-field-title = A short title
barrier-field-wants-to-do = What do you want to do?
barrier-field-obstacle = What stops you?
barrier-field-consequences = What does it cost, and for whom?
barrier-field-groups = Whom does it affect?
barrier-field-country = Whose rules is it about?
barrier-field-name = Your name (optional)
barrier-field-contact = E-mail or telephone (optional)
barrier-check-action = Check for similar barriers
barrier-submit-action = Report the obstacle
barrier-similar-heading = Similar barriers already reported
barrier-similar-lead = If one of these is your obstacle, support it instead: the lab then sees how many meet it.
barrier-similar-none = No similar barrier has been reported.
barrier-similar-share = { $percent } % of the words in common
barrier-support-instead = Support this instead
barrier-suggested-heading = Provisions that may be behind it
barrier-suggested-lead = The rule finder suggests these provisions for your text. Tick the ones you think apply; the lab will check them.
barrier-suggested-none = The rule finder found no provision for the text.
barrier-public-thanks-title = Thank you for your report
barrier-public-thanks = The policy lab has received your report and will look at it.
barrier-public-back = Back to the scheme
barrier-reported-notice = Thank you: the barrier is reported and the policy lab has been told.
barrier-reported-at = reported { $moment }
barrier-restricted = not public
barrier-merged-into = This barrier was merged into another, where it is followed up:
barrier-what-heading = The obstacle
barrier-root-causes = Root causes
barrier-field-guidance = The lab's guidance
barrier-field-reason = Why it is closed
barrier-field-ministry = Ministry
barrier-field-ministry-response = The ministry's response
barrier-experiment = Experiment
barrier-field-experiment-kind = Linked to
barrier-field-experiment-id = Its number
barrier-provisions-heading = Provisions
barrier-provisions-none = No provision is linked yet.
barrier-provision-confirmed = confirmed by the lab
barrier-provision-suggested = suggested
barrier-field-citation = Link a provision by its citation
barrier-citation-hint = As lawyers write it, for example "barnehageloven § 8" or "§ 83 i lov om social service".
barrier-link-action = Link the provision
barrier-support-heading = Do you meet this too?
barrier-support-action = I meet this too
barrier-you-support = You support this barrier.
barrier-withdraw-action = Withdraw my support
barrier-lab-heading = The policy lab
barrier-journal-link = The barrier's journal
barrier-public-sender = Sent by
barrier-supporters-heading = Who meets it too
barrier-confirm-provisions = Confirmed provisions
barrier-field-restricted = Not public (it names a person or a security matter)
barrier-triage-save = Save the triage
barrier-status-heading = Change the status
barrier-field-new-status = New status
barrier-status-needs = "Not a legal obstacle" needs guidance, "Closed" a reason, "Experiment proposed" a link, "Rule change proposed" the ministry; confirming needs a root cause.
barrier-field-note = Note for the public history (optional)
barrier-status-save = Change the status
barrier-merge-heading = Merge into another barrier
barrier-field-merge-into = Number of the barrier that takes it in
barrier-merge-action = Merge…
barrier-merge-title = Merge the barriers?
barrier-merge-confirm = "{ $source }" will be merged into "{ $target }". Its reporter and supporters will support "{ $target }", and its provisions and groups are carried over. This cannot be undone.
barrier-merge-yes = Yes, merge
barrier-merge-cancel = No, go back
barrier-history-heading = History
barrier-back = Back to the barrier register
barrier-dashboard-waiting = { $count ->
    [one] One barrier waits for the lab's triage
   *[other] { $count } barriers wait for the lab's triage
}
barrier-public-setting = Take obstacle reports from the public (moderated by the lab)
barrier-public-setting-save = Save
barrier-public-link = Report an obstacle
barrier-notify-reported-title = New barrier reported
barrier-notify-reported-body = "{ $title }" was reported and waits for the lab's triage.
barrier-notify-status-title = A barrier you follow changed
barrier-notify-status-body = "{ $title }" is now: { $status }.
barrier-notify-merged-title = A barrier you follow was merged
barrier-notify-merged-body = "{ $title }" was merged into another barrier, which you now support.
error-barrier_transition = The barrier cannot take that status now. Choose one of the statuses offered.
error-barrier_merged = The barrier was merged into another. Act on that one.
error-barrier_guidance_required = Write the guidance that answers the barrier.
error-barrier_reason_required = Write why the barrier is closed.
error-barrier_root_cause_required = Mark at least one root cause and save the triage before confirming.
error-barrier_experiment_link_required = Name the theme proposal, scheme or application the experiment is linked to.
error-barrier_merge_into_itself = A barrier cannot be merged into itself.
error-barrier_merge_into_merged = That barrier was itself merged. Merge into the barrier it went into.
error-provision_other_jurisdiction = The provision belongs to another country's law than the barrier.
field-wants-to-do = What you want to do
field-obstacle = What stops you
field-consequences = The consequences
field-groups = Whom it affects
field-citation = Citation
field-guidance = Guidance
field-ministry = Ministry
field-contact = Contact
field-into = Barrier to merge into

## lab (issue 15: roll-ups, gap list, investigations)
lab-title = Policy lab
lab-lead = The barrier register rolled up: what blocks, whom, and why — the agenda of obstacles with no trial yet, the provisions that block most, and the lab's investigations.
lab-dashboard-entry = Policy lab
lab-dashboard-lead = Roll-ups of the barrier register, the gap list and investigations.
lab-gaps-title = Gap list
lab-gaps-lead = Confirmed barriers that are still open and have no trial yet: no registered trial was granted an exemption from any of the barrier's confirmed provisions, and no trial came from its proposed experiment or from an application started from it. The most reported come first.
lab-gaps-empty = No confirmed barrier is without a trial.
lab-ranking-title = Provisions that block most
lab-ranking-lead = Each provision with the barriers the lab confirmed it blocks, the people and organisations reporting them, and the barriers that only suggest it.
lab-ranking-empty = No barrier names a provision yet.
lab-public-only = Counted over the public barriers.
lab-all-countries = All countries
lab-filter = Show
lab-investigations-title = Investigations
lab-investigations-lead = The lab groups barriers under a hypothesis about their root cause, works with the municipalities and agencies concerned, and concludes with guidance, a rule change or an experiment.
lab-investigations-empty = No investigation to show.
lab-investigation-new = New investigation
lab-investigation-new-lead = Name the investigation, state the hypothesis, and choose the barriers and who takes part.
lab-investigation-create = Open the investigation
lab-back-investigations = Back to the investigations
lab-investigation-status-open = Open
lab-investigation-status-concluded = Concluded
lab-investigation-opened = Opened { $date }
lab-investigation-barriers = { $count ->
    [one] { $number } barrier
   *[other] { $number } barriers
 }
lab-investigate = Investigate
lab-field-title = Title
lab-field-hypothesis = Hypothesis about the root cause
lab-field-hypothesis-hint = What you believe lies behind the obstacles, so that the work can confirm or refute it.
lab-field-barriers = Barriers
lab-no-barriers = The register holds no barrier yet.
lab-field-organisations = Municipalities and counties from the registry
lab-field-organisations-hint = One a line, by name or code, such as "Tromsø" or "5501".
lab-field-agencies = Other participants
lab-field-agencies-hint = Agencies and others not in the registry, one a line.
lab-participants = Participants
lab-activities = Activity log
lab-activities-empty = Nothing logged yet.
lab-activity-new = Log an activity
lab-activity-append-only = The log is never changed: correct an entry by logging a correction.
lab-activity-on = Date
lab-activity-kind = Kind
lab-activity-note = Note
lab-activity-log = Log it
lab-activity-meeting = Meeting
lab-activity-workshop = Workshop
lab-activity-interview = Interview
lab-activity-document_review = Document review
lab-activity-correction = Correction
lab-conclude-heading = Conclude
lab-conclude-lead = Concluding moves every barrier of the investigation: guidance makes it "not a legal obstacle" with your conclusion as guidance, a rule change "rule change proposed", an experiment "experiment proposed" with its link. Barriers whose status does not allow it are left as they are and named. This cannot be undone.
lab-conclusion-kind = Conclusion
lab-conclusion-heading = Conclusion
lab-conclusion-text = What the investigation found
lab-conclusion-text-hint = With guidance, this is the guidance the barriers' reporters receive.
lab-conclusion-experiment = Experiment
lab-conclusion-experiment-hint = Only for an experiment: the theme proposal, scheme or application it is linked to, by its number.
lab-experiment-kind = Linked to
lab-experiment-id = Number
lab-experiment-proposal = Theme proposal
lab-experiment-scheme = Scheme
lab-experiment-application = Application
lab-conclusion-guidance = Guidance
lab-conclusion-rule_change = Rule change
lab-conclude = Conclude and move the barriers
lab-concluded-moved = { $count ->
    [one] { $number } barrier moved.
   *[other] { $number } barriers moved.
 }
lab-concluded-skipped = { $count ->
    [one] { $number } barrier left as it was:
   *[other] { $number } barriers left as they were:
 }
lab-skipped-status = it is "{ $status }", which this conclusion cannot change
lab-skipped-refused = the barrier register refused the change
lab-triage = Triage queue
lab-summary-barriers = { $count ->
    [one] { $number } barrier in the register (merged ones counted through the barrier they joined).
   *[other] { $number } barriers in the register (merged ones counted through the barrier they joined).
 }
lab-contents = Roll-ups
lab-rollup-root-causes = By root cause
lab-rollup-themes = By theme
lab-rollup-groups = By affected group
lab-rollup-empty = No barrier to count yet.
lab-legend = Statuses
lab-column-name = Name
lab-column-total = Total
lab-column-provision = Provision
lab-column-confirmed = Confirmed barriers
lab-column-people = People reporting
lab-column-organisations = Organisations reporting
lab-column-suggested = Suggested by barriers
lab-csv-download = Download as CSV
lab-reported-by-people = { $count ->
    [one] reported by { $number } person
   *[other] reported by { $number } people
 }
lab-reported-by-organisations = { $count ->
    [one] { $number } organisation
   *[other] { $number } organisations
 }
lab-root-causes = Root causes
lab-provisions = Confirmed provisions
lab-groups = Affected groups
lab-dossier-heading = Reported as a barrier
lab-dossier-empty = No barrier in the register names this provision.
lab-dossier-confirmed = { $count ->
    [one] { $number } barrier confirmed as blocked by it.
   *[other] { $number } barriers confirmed as blocked by it.
 }
lab-dossier-suggested = { $count ->
    [one] { $number } more suggests it.
   *[other] { $number } more suggest it.
 }
lab-dossier-organisations = Reported by
lab-dossier-barriers = The barriers
lab-link-confirmed = provision confirmed
lab-link-suggested = provision suggested
lab-restricted = Not public
error-investigation_barrier_required = Choose at least one barrier.
error-investigation_concluded = The investigation is concluded; nothing more can be added to it.
error-activity_in_the_future = Log an activity on the day it took place, not a day to come.
lab-barrier-propose-theme = Propose a theme from it
lab-barrier-start-application = Start an application from it
lab-barrier-started = Started from this barrier
barrier-nav = Barriers
barrier-dashboard-heading = Something in the way?
barrier-dashboard-lead = Tell the policy lab about a rule, guideline or system that stops a good solution. Others who meet the same can support your report.

## barriers: the journal's field labels
barrier-journal-field-title = Title
barrier-journal-field-country = Country
barrier-journal-field-theme-id = Theme
barrier-journal-field-groups = Who it affects
barrier-journal-field-from-public = From the public
barrier-journal-field-organisation-id = Organisation
barrier-journal-field-user-id = Person
barrier-journal-field-provision-id = Provision
barrier-journal-field-confirmed = Confirmed by the lab
barrier-journal-field-root-causes = Root causes
barrier-journal-field-restricted = Restricted
barrier-journal-field-confirmed-provisions = Confirmed provisions
barrier-journal-field-status = Status
barrier-journal-field-guidance = Guidance
barrier-journal-field-reason = Reason
barrier-journal-field-ministry = Ministry
barrier-journal-field-ministry-response = The ministry's response
barrier-journal-field-experiment = Experiment
barrier-journal-field-note = Note
barrier-journal-field-merged-into = Merged into
barrier-journal-field-merged-from = Took in

## testbeds (review fixes)
testbed-review-problem-verdict = Choose a verdict: kept, at risk or breached.
testbed-review-problem-note = Write a note saying why this demand or value is at risk or breached.
testbed-review-problem-long = The note is too long.
testbed-breach-ack-note-required = Write a note saying what the secretariat does about the breach before acknowledging it.

## lab (fixes: the conclusion's confirmation)
lab-conclusion-rule-change = Rule change
lab-conclusion-rule-change-hint = Only for a rule change: the ministry the change is proposed to, and its response if it has answered.
lab-conclusion-ministry = Ministry
lab-conclusion-ministry-response = The ministry's response (if any)
lab-conclude-check = See what the conclusion will move
lab-conclude-confirm-heading = Confirm the conclusion
lab-conclude-will-move = { $count ->
    [one] This barrier will move:
   *[other] These { $count } barriers will move:
}
lab-conclude-cannot-move = { $count ->
    [one] This barrier cannot move and stays as it is:
   *[other] These { $count } barriers cannot move and stay as they are:
}
lab-conclude-change = Change the conclusion
error-investigation_nothing_moves = This conclusion cannot move any of the investigation's barriers (see their statuses). Choose another conclusion, or add barriers that it can move.

## networks (review fixes)
network-nav = Networks
network-questions-waiting = Questions waiting for an answer
network-done-reply-own = Your reply is saved.
network-publish-confirm = Publish for everyone? This cannot be undone.
network-publish-yes = Yes, publish
network-notify-question-title = { $name } asked a question in { $network }
network-notify-question-body = { $name } asked the secretariat a question in the network { $network }. It waits for your answer.
network-members-without-trial = A member municipality may have no trial in the network yet; it takes part in the learning log and the guidance.
testbed-ack-by = Acknowledged by { $name }, { $when }
testbed-ack-at = Acknowledged { $when }
error-experiment_link_unknown = There is no number { $id } of that kind. Choose a theme proposal, scheme or application that exists.
lab-start-heading = Take it further
lab-start-hint = A confirmed barrier can become a theme for a scheme or an application for a trial. Its text and provisions are carried along.
lab-start-proposal = Propose a theme
lab-start-application = Start an application
lab-start-proposal-lead = The theme proposal takes the barrier's title as its title and the barrier's text and provisions as its description. You can edit the proposal's text on the scheme's page.
lab-start-application-lead = The application draft takes the barrier's title, its text as the description and an exemption request for each of its provisions. You complete the draft before submitting it.
lab-start-carried = What is carried along
lab-start-title = Title
lab-start-text = Text
lab-start-earlier = Already started from this barrier
lab-start-who = Only an applicant organisation (a municipality, county or other public body) can start a theme proposal or an application. Send this page to one.
lab-start-scheme = Scheme gathering theme proposals
lab-start-round = Round open for applications
lab-start-no-scheme = No scheme in the barrier's country gathers theme proposals just now.
lab-start-no-round = No round in the barrier's country is open for applications just now.
lab-start-back = Back to the barrier
error-barrier_start_not_confirmed = Only a confirmed barrier that is still open can be taken further.
error-barrier_citation_unknown = No provision in the catalogue has that citation. Write it as lawyers do, for example "barnehageloven § 8".
barrier-you-reported = You reported this yourself.

## h3: rule finder in the product (already requested, not exemptible)
finder-in-application = Already in your application
exempt-flag-bar = Cannot be exempted from.
exempt-flag-limit = Check before asking for an exemption.
exempt-flag-constitution = This is the constitution or a fundamental law, which stands above every act: no trial can set it aside.
exempt-flag-municipal_organisation = Forsøksloven § 4 does not allow trials that depart from kommuneloven's basic rules on how municipalities and counties are organised. Check whether this section is one of them.
exempt-flag-administrative_procedure = Forsøksloven § 4 does not allow trials that depart from forvaltningsloven's rules of procedure.
exempt-flag-eu_law = The act's title says it carries out EU law, which a national trial cannot set aside. Frirum recognises EU law only by the act's title, so other provisions may carry out EU law too.

## h3: the law sync's admin page
nav-law-sync = Law sync
law-sync-title = Keeping the law catalogue current
law-sync-lead = The catalogue is synced from the official publications: Lovdata, the Riksdag's open data and Retsinformation. Each run is listed with what it fetched and imported.
law-sync-version = Catalogue version
law-sync-daily = Daily sync
law-sync-daily-at = Every day at { $time } (UTC)
law-sync-daily-off = Not daily; only when started here
law-sync-not-configured = The official sources are not configured on this server, so it does not sync. Give their addresses when starting the server (frirum serve --law-sync-at).
law-sync-confirm = I want to sync the catalogue now; downloading the publications may take a while.
law-sync-now = Sync now
law-sync-runs = Sync runs, newest first
law-sync-started-at = Started
law-sync-source = Source
law-sync-outcome = Outcome
law-sync-fetched = Documents fetched
law-sync-imported = Imported (added or changed)
law-sync-unchanged = Unchanged
law-sync-failed = Could not be read
law-sync-error = What went wrong
law-sync-none = No sync has run yet.
law-sync-started = The sync has started in the background. Reload the page to follow it.
law-sync-busy = A sync is running already, here or on another server. Wait until it has finished.
law-sync-confirm-missing = Tick the box to confirm that you want to sync now.
law-sync-outcome-running = Running
law-sync-outcome-imported = Imported
law-sync-outcome-unchanged = Nothing changed
law-sync-outcome-failed = Failed
error-law_sync_busy = A sync is running already.
error-law_sync_not_configured = The official sources are not configured on this server, so it does not sync.

## Issue 13, second helper: trials in operation, gaps closed
regulation-home-adoption-joining = Your council has not yet adopted its regulation for this trial. The trial already runs for the other participants; your part of it starts when your regulation is in force and you have recorded its adoption.
indicator-none-ended = No measurements were reported for this trial.
dashboard-trials-never-started-hint = Stop each early with the reason, or record the adoption of its regulations.

## Issue 17, open data (slice B): the open-data page, its downloads and the data dictionary
footer-open-data = Open data: download everything public
open-data-title = Open data
open-data-intro = Everything public in Frirum — schemes, rounds, published applications, decisions with their grants, trials, indicators, reports, evaluations, outcomes, barriers and stimulus funds — as files to download. Every row carries Frirum's identifiers, so that the tables can be joined. The files are rebuilt when the data changes.
open-data-generated = The files were generated { $moment }.
open-data-not-built = The files have not been generated yet. They are built within a minute of the server starting; reload the page shortly.
open-data-all = Everything public
open-data-standards = In international standards (IATI activities, 360Giving grants)
open-data-no-files = No files yet.
open-data-per-scheme = One scheme at a time
open-data-dictionary = Data dictionary
open-data-dictionary-intro = Each table is one CSV file in the zip, one sheet in the workbook and one list in the JSON document. The same descriptions are in the zip's datapackage.json (Frictionless Data) and in the JSON document. Descriptions of the fields are in English.
open-data-field = Field
open-data-type = Type
open-data-description = Description
open-data-key = identifies the row
open-data-size-kb = { $size } kB
open-data-size-mb = { $size } MB
open-data-format-zip = CSV tables with data package (zip)
open-data-format-json = JSON document
open-data-format-xlsx = Excel workbook (xlsx)
open-data-type-integer = whole number
open-data-type-number = number
open-data-type-string = text
open-data-type-boolean = true or false
open-data-type-date = date
open-data-type-datetime = date and time
open-data-table-schemes = Schemes
open-data-table-schemes-about = The experiment schemes that are published or closed.
open-data-table-rounds = Rounds
open-data-table-rounds-about = The schemes' application rounds with opening and deadline.
open-data-table-applications = Published applications
open-data-table-applications-about = Submitted applications that the scheme publishes once the round's deadline has passed.
open-data-table-decisions = Decisions
open-data-table-decisions-about = Decisions on applications, approved or rejected, with the reasons.
open-data-table-grants = Granted exemptions
open-data-table-grants-about = The exemptions each approval grants, one row per exemption.
open-data-table-trials = Trials
open-data-table-trials-about = Registered trials with their status, periods and participants.
open-data-table-indicators = Indicators
open-data-table-indicators-about = What each trial measures, with baseline and target.
open-data-table-indicator_periods = Indicator periods
open-data-table-indicator_periods-about = Each indicator's reporting periods with target and approved actual value.
open-data-table-reports = Status reports
open-data-table-reports-about = Accepted status reports of the trials, their public parts.
open-data-table-evaluations = Evaluations
open-data-table-evaluations-about = Published evaluations whose embargo has lifted, of a trial or of a whole scheme.
open-data-table-generalisation_outcomes = Outcomes of exemptions
open-data-table-generalisation_outcomes-about = What became of each granted exemption after its trial.
open-data-table-barriers = Barriers
open-data-table-barriers-about = Public entries of the barrier register.
open-data-table-fund_allocations = Stimulus fund awards
open-data-table-fund_allocations-about = Stimulus funds awarded to trials, in minor units of the currency.
open-data-table-fund_payments = Payments
open-data-table-fund_payments-about = Payments of awarded stimulus funds, in minor units.

# Public register, statistics and feeds (issue 17, items 1 and 3)
register-search = Words in the title
register-provision = Provision exempted
register-provision-hint = Find a provision by its act, section or words, then choose it among the hits.
register-provision-chosen = Exempted from
register-provision-any = any provision
register-provision-hits = Provisions found
register-provision-no-hits = No provision in the law catalogue matches these words.
register-last-verified = Last verified
register-last-verified-note = Last verified: the later of the day an accepted status report last confirmed the trial's status and the day its registration last changed (approval, a step of its life, a regulation adopted, a change decided or recorded).
nav-statistics = Statistics
statistics-title = Statistics
statistics-lead = Counts over every published scheme, or one scheme. Each chart's numbers are in the table below it and can be downloaded as CSV.
statistics-filter = Choose a scheme
statistics-all-schemes = All published schemes
statistics-contents = Charts on this page
statistics-empty = Nothing to count yet.
statistics-column-what = What
statistics-count = Number
statistics-csv = Download the data as CSV
statistics-applications = Applications by status
statistics-decisions = Decisions by outcome
statistics-trials-by-status = Trials by status
statistics-trials-by-country = Trials by country
statistics-trials-by-theme = Trials by theme
statistics-trials-by-act = Trials by act exempted from
statistics-outcomes = Generalisation outcomes of granted exemptions
statistics-barriers = Published barriers by status
feeds-heading = Atom feeds
feeds-decisions = Decisions
feeds-trials = Trial status changes
feeds-evaluations = Published evaluations
feeds-outcomes = Generalisation outcomes
feeds-evaluation-published = Evaluation published

## Operations page (issue 17, item 5: jobs, leases, the outbox, the last law sync)
nav-operations = Operations
operations-title = Operations
operations-lead = How the servers are doing: the scheduled jobs, who runs them, the mail waiting to be sent and the law catalogue. Every server shares these figures through the database.
operations-outbox = Outbox
operations-outbox-waiting = Mails waiting
operations-outbox-failing = Of those, failing
operations-outbox-sent = Mails sent
operations-outbox-oldest = Oldest waiting since
operations-outbox-none-waiting = Nothing is waiting
operations-law = Law catalogue
operations-last-sync = Last sync
operations-law-sync-link = Open the law sync
operations-leases = Jobs running now
operations-job = Job
operations-holder = Server
operations-held-until = Held until
operations-no-leases = No job is running now.
operations-runs = Latest runs of the jobs
operations-started = Started
operations-outcome = Outcome
operations-detail = What it did
operations-no-runs = No job has run yet.
operations-outcome-done = Done
operations-outcome-failed = Failed

## Issue 17, lead: the standards' downloads and the jobs named in the reader's words
open-data-standard-iati = IATI activities (XML): every registered trial
open-data-standard-giving = 360Giving grants (JSON): the stimulus funds
operations-job-upkeep = The upkeep (trials started and completed, reports due)
operations-job-law_sync = The law sync
operations-job-open_data = The open-data files
admin-nav-label = Administration

# Organisations' people and invitations (issue 18, item 2)
people-title = People
people-intro-secretariat = Everybody with an account. Invite people, deactivate accounts, and appoint a user administrator for a municipality, county or region.
people-intro-organisation = The people of { $organisation } with an account in Frirum. You invite colleagues and deactivate accounts that are no longer needed.
people-caption = { $count ->
    [one] One person
   *[other] { $number } people
}
people-status = Status
people-actions = Actions
people-admin-label = User administrator
people-active = Active
people-deactivated-on = Deactivated { $date }
people-deactivate = Deactivate { $name }
people-appoint = Make { $name } user administrator
people-relieve = Remove { $name } as user administrator
people-invitations-heading = Invitations not yet accepted
people-invited-by = Invited by
people-expires = Link valid until
people-invite-heading = Invite a colleague
people-invite-intro = The person gets an e-mail with a link. The link works once and for seven days.
people-invite = Send invitation
people-invited = An invitation has been sent to { $email }.
people-deactivated = { $name } can no longer sign in. Their sessions and API tokens have ended.
people-appointed = { $name } is now user administrator of their organisation.
people-relieved = { $name } is no longer user administrator.
people-mail-subject = { $inviter } invites you
people-mail-role-for = { $role } for { $organisation }
people-mail-body = Hello { $name },

    { $inviter } has invited you to Frirum as { $what }.

    Open this link to choose a password and sign in: { $url }

    The link works once and until { $date }. If it no longer works, ask { $inviter } ({ $email }) for a new one.
invitation-title = Invitation to Frirum
invitation-offer = { $inviter } has invited { $name } to Frirum as { $role }.
invitation-offer-organisation = { $inviter } has invited { $name } to Frirum as { $role } for { $organisation }.
invitation-account-email = You sign in with the e-mail address { $email }.
invitation-password = Choose a password
invitation-password-hint = At least 10 characters.
invitation-password-again = The same password again
invitation-accept = Accept and sign in
invitation-expired = This invitation expired { $date }.
invitation-used = This invitation has already been used. If you accepted it, sign in with your e-mail address and password.
invitation-ask = Ask { $inviter } ({ $email }) or your organisation's user administrator to send you a new invitation.
invitation-unknown = We do not know this invitation link.
invitation-unknown-ask = Check that you copied the whole address from the e-mail. If it still does not work, ask the person who invited you or your organisation's user administrator.
users-people-link-intro = To invite people by e-mail, deactivate accounts or appoint user administrators:
users-people-link = go to People
account-people-admin = You are the user administrator of your organisation.
account-people-link = Manage your organisation's people

## Issue 18, item 1: signing in through an identity provider (OpenID Connect)
login-oidc-heading = Or sign in with your electronic ID
login-oidc-with = Sign in with { $provider }
oidc-no-account-title = You have no access to Frirum yet
oidc-no-account-text = { $provider } confirmed who you are, but nobody has given you access to Frirum, so you have not been signed in and no account has been made for you.
oidc-no-account-ask = Ask your organisation's user administrator to invite you. If you assess applications or work for the secretariat, ask the secretariat.
oidc-password-login = Sign in with e-mail and password instead
error-oidc_state_invalid = This sign-in is unknown, has already been used or took too long. Start again from the sign-in page.
error-oidc_token_invalid = The identity provider's answer could not be verified, so you have not been signed in. Try again, or sign in with your e-mail and password.
error-oidc_provider_unavailable = The identity provider does not answer at the moment. Try again later, or sign in with your e-mail and password.

## Account security: second factor, sessions and history (issue 18, items 3 and 4)
security-link = Sign-in and devices
security-title = Sign-in and devices
security-back-to-account = Back to your account
security-device = { $browser } on { $system }
security-device-unknown = Unknown device
security-event-signed-in = Signed in
security-event-sign-in-failed = Wrong password
security-event-second-factor-failed = Wrong code at sign-in
security-event-recovery-code-used = Signed in with a recovery code
security-event-second-factor-enabled = Sign-in codes turned on
security-event-second-factor-disabled = Sign-in codes turned off
security-event-second-factor-reset = Sign-in codes removed by the secretariat
security-event-session-ended = Signed out on a device
security-event-sessions-ended-by-secretariat = Signed out everywhere by the secretariat
security-code-title = Enter your code
security-code-help = Open the authenticator app on your phone and enter the six-digit code it shows for Frirum. If you do not have your phone, enter one of your recovery codes.
security-code-label = Code
security-code-submit = Sign in
security-back-to-login = Start again
security-code-wrong = { $count ->
    [one] The code is wrong or already used. You can try once more.
   *[other] The code is wrong or already used. You can try { $count } more times.
}
security-code-wrong-enrol = The code is wrong. Check that the phone's clock is right and enter the newest code.
security-enrol-title = Turn on sign-in codes
security-enrol-help = Scan the picture with an authenticator app on your phone (for example Microsoft Authenticator or Google Authenticator). The app then shows a new six-digit code every 30 seconds. Enter the code to finish.
security-enrol-qr-alt = QR code to scan with your authenticator app
security-enrol-secret = Can't scan? Type this key into the app instead:
security-enrol-submit = Turn on
security-enrol-start = Turn on sign-in codes
security-recovery-title = Your recovery codes
security-recovery-help = Write these codes down or print them, and keep them somewhere safe. If you lose your phone, each code lets you sign in once. They are shown only now.
security-factor-enabled = Sign-in codes are on. From now on you enter a code from your phone when you sign in.
security-continue = Continue
security-factor-heading = Sign-in codes from your phone
security-factor-on = On since { $since }.
security-recovery-left = { $count ->
    [one] You have one recovery code left.
   *[other] You have { $count } recovery codes left.
}
security-factor-off = Off. With sign-in codes, someone who knows your password still cannot sign in without your phone.
security-factor-required = Your role must use sign-in codes. Turn them on now.
security-disable-label = To turn them off, enter a code from your phone
security-disable-submit = Turn off sign-in codes
security-factor-disabled = Sign-in codes are off.
security-sessions-heading = Where you are signed in
security-col-device = Device
security-col-address = Network address
security-col-started = Signed in
security-col-last-seen = Last active
security-col-end = Sign out
security-this-device = this device
security-end = Sign out there
security-end-this = Sign out here
security-session-ended = You were signed out on that device.
security-tokens-on-account = Your API keys are listed on your account page.
security-history-heading = Your sign-in history

## The secretariat's view of a person's sign-in security (issue 18)
security-person-title = Sign-in security of { $name }
security-person-back = Back to the accounts
security-person-factor-heading = Sign-in codes from a phone
security-person-factor-on = On since { $since }.
security-person-recovery-left = { $count ->
    [one] One recovery code left.
   *[other] { $count } recovery codes left.
}
security-person-factor-waiting = Being set up: not yet confirmed with a first code.
security-person-factor-off = Off.
security-person-factor-required = This role must use sign-in codes: without them, the person is asked to set them up right after their password at the next sign-in.
security-person-reset-hint = If { $name } has lost the phone, remove the codes. { $name } is told by e-mail and sets up new codes at the next sign-in.
security-person-reset = Remove the sign-in codes of { $name }
security-person-reset-done = The sign-in codes of { $name } were removed, and { $name } was told by e-mail.
security-person-sessions-heading = Where { $name } is signed in
security-person-no-sessions = Not signed in anywhere at the moment.
security-person-end-hint = Signing out everywhere ends every session at once, for example after a device was lost or stolen. { $name } can sign in again and is told by e-mail. API keys keep working: to stop them, deactivate the account on the people page.
security-person-end = Sign { $name } out everywhere
security-person-ended = { $count ->
    [0] No session was open.
    [one] One session was ended.
   *[other] { $count } sessions were ended.
}
security-person-told = { $name } was told by e-mail.
security-person-tokens-heading = API keys
security-person-no-tokens = No API keys.
security-col-token-name = Name
security-col-token-prefix = Begins with
security-col-token-created = Created
security-col-token-last-used = Last used
security-col-token-state = State
security-token-active = Active
security-token-revoked = Revoked { $date }
security-token-never-used = Never
security-person-history-heading = Sign-in history
security-person-no-history = Nothing yet.
users-security-col = Sign-in
users-security-link = Sign-in and devices
users-security-link-label = Sign-in and devices of { $name }
security-colleague-title = Sign { $name } out everywhere
security-colleague-help = This ends every session of { $name } at once, for example after a device was lost or stolen. { $name } can sign in again with their password and is told by e-mail. To stop { $name } from signing in at all, deactivate the account instead.
security-colleague-back = Back to the people
security-event-sessions-ended-by-user-administrator = Signed out everywhere by the user administrator
security-mail-sessions-ended-subject = You were signed out everywhere
security-mail-sessions-ended-body = Hello { $name },

    { $by } has signed you out of Frirum on every device. You can sign in again with your password.

    If you did not expect this, or a device of yours was lost or stolen, change your password. Your devices and sign-in history: { $url }
security-mail-factor-reset-subject = Your sign-in codes were removed
security-mail-factor-reset-body = Hello { $name },

    { $by } has removed the sign-in codes of your Frirum account, for example because your phone was lost. Where your role requires them, you set up new codes at your next sign-in.

    If you did not ask for this, contact the secretariat. Your devices and sign-in history: { $url }
error-organisation-not-for-role = Only applicants, assessors and researchers belong to an organisation: leave the organisation empty for the secretariat.
security-enrol-back = Not now: back to sign-in and devices
invitation-oidc-heading = Or accept with your electronic ID
invitation-oidc-hint = You then sign in with your electronic ID every time, without a password.
invitation-refused-title = The invitation could not be accepted
invitation-other-email = { $provider } confirmed the e-mail address { $email }, but the invitation was sent to { $invited }. No account has been made.
invitation-other-email-ask = If the invitation is meant for you, ask { $inviter } ({ $inviter_email }) to send a new one to the address your electronic ID confirms.
invitation-has-account = You already have an account in Frirum: the invited e-mail address or your identity at { $provider } is in use. No second account has been made; sign in with the one you have.
invitation-has-account-ask = If you need another role or organisation, ask { $inviter } ({ $inviter_email }).
oidc-logout-title = You are signed out of Frirum
oidc-logout-text = You are now also being signed out of { $provider }, so that nobody else at this computer can sign in with your electronic ID.
oidc-logout-continue = Sign out of { $provider }
oidc-logout-home = Back to Frirum's front page

# Confirming a deactivation (people page).
people-deactivate-title = Deactivate { $name }?
people-deactivate-help = { $name } is signed out everywhere at once, their API keys stop working, and they can no longer sign in. Their applications and everything they wrote stay. This cannot be undone.

# The screening: requested provisions the scheme's law does not allow a trial to set aside.
screening-limits-title = Exemptions the law may not allow
screening-limits-lead = The application asks exemption from provisions that the scheme's law puts beyond a trial, or allows only within limits. Weigh them when you judge the checklist.
screening-limits-exemption = Exemption { $number }
