app-tagline = utrymme att pröva nya arbetssätt
skip-to-content = Gå till huvudinnehållet
nav-label = Huvudmeny
nav-home = Startsida
nav-registry = Kommuner och regioner
nav-users = Konton
nav-account = Mitt konto
nav-logout = Logga ut
nav-login = Logga in
language-label = Språk
footer-text = Frirum är platsen för nationell försöksverksamhet: kommuner ansöker om undantag från statliga regler, försöken följs av forskning och det vi lär oss av dem kan ändra reglerna för alla.
footer-api = JSON-API (OpenAPI)

home-title = Försöksverksamhet för kommuner
home-lead = Med Frirum kan ett departement eller en kommunal intresseorganisation driva en nationell försöksverksamhet från det första förslaget till tema tills en regel ändras.
home-body = Kommuner och regioner ansöker, ensamma eller i nätverk, om att pröva nya arbetssätt med undantag från statliga regler. Sekretariatet granskar och bedömer ansökningarna och fattar beslut. Godkända försök följs av forskning, och erfarenheterna avgör om reglerna ändras för alla.
home-registry-heading = Det nordiska registret
home-registry-body = Alla kommuner och regioner i Danmark, Norge och Sverige samt de norska fylkeskommunerna, med officiell kod och folkmängd.
home-signin-heading = För sekretariat, sökande, bedömare och forskare
home-signin-body = Logga in med det konto som du har fått av sekretariatet.

login-title = Logga in
login-submit = Logga in
login-failed = E-postadressen eller lösenordet är fel.
login-throttled = För många misslyckade inloggningsförsök. Av säkerhetsskäl behöver du vänta { $minutes ->
    [one] en minut
   *[other] { $number } minuter
 } innan du försöker igen.
field-email = E-postadress
field-password = Lösenord

account-title = Mitt konto
account-profile-heading = Namn och språk
account-saved = Dina ändringar har sparats.
field-role = Roll
field-organisation = Organisation
field-name = Namn
field-language = Språk på webbplatsen
language-automatic = Automatiskt (från webbläsaren)
language-hint = Det du väljer här går före inställningen i webbläsaren och språkknapparna.
password-heading = Byt lösenord
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-confirm-password = Upprepa det nya lösenordet
password-change = Byt lösenord
password-changed = Ditt lösenord har ändrats. Du har loggats ut överallt annars.
error-wrong-password = Det nuvarande lösenordet är fel.
error-password-mismatch = De två nya lösenorden är inte likadana.
save = Spara

tokens-heading = API-nycklar
tokens-intro = Med en personlig nyckel kan ett program använda JSON-API:et för din räkning. Skicka den som ”Authorization: Bearer” följt av nyckeln.
tokens-created = Kopiera nyckeln nu. Den visas bara den här enda gången.
tokens-name = Nyckelns namn
tokens-create = Skapa nyckel
tokens-none = Du har inga API-nycklar.
tokens-caption = Dina API-nycklar
tokens-prefix = Börjar med
tokens-created-at = Skapad
tokens-last-used = Senast använd
tokens-status = Status
tokens-revoked = Återkallad
tokens-revoke = Återkalla { $name }
tokens-revoked-notice = Nyckeln har återkallats.
tokens-name-invalid = Ge nyckeln ett namn på 1 till 100 tecken.
never = Aldrig

pagination-label = Sidor
pagination-previous = Föregående sida
pagination-next = Nästa sida
pagination-status = Sida { $page } av { $pages } ({ $total } totalt)

registry-title = Kommuner och regioner
registry-lead = De offentliga organ som kan delta i försöksverksamhet, med officiella koder och folkmängd med referensdatum.
registry-search-label = Namn eller kod
registry-search-hint = Du kan stava både med och utan nordiska bokstäver, till exempel Århus eller Aarhus, Tromsø eller Tromso.
field-country = Land
all-countries = Alla länder
field-kind = Typ
all-kinds = Alla typer
search = Sök
registry-results = Antal träffar: { $count }
registry-no-results = Inget matchar sökningen. Kontrollera stavningen eller välj ett annat land.
field-code = Kod
field-population = Folkmängd
field-parent = Del av
field-reference-date = Referensdatum
field-source = Källa
population-uncertain = Siffran har inte kontrollerats mot den officiella statistiken.
population-as-of = per { $date }
population-unknown = Ingen folkmängd finns registrerad.
population-history = Folkmängd över tid
members-heading = Kommuner: { $count }

users-title = Konton
users-caption = Konton: { $count }
users-new-heading = Nytt konto
users-organisation-hint = Endast för sökande: land och kod, till exempel dk:751 för Aarhus eller no:5501 för Tromsø.
field-initial-password = Första lösenord (minst 10 tecken)
users-create = Skapa konto
users-created = Kontot för { $email } har skapats.

error-invalid-email = E-postadressen är inte giltig.
error-empty-name = Namnet får inte vara tomt.
error-name-too-long = Namnet är för långt (högst 200 tecken).
error-organisation-required = En sökande måste höra till en organisation.
error-organisation-not-allowed = Det är bara sökande och bedömare som hör till en organisation.
error-password-too-short = Lösenordet måste ha minst 10 tecken.
error-unknown-organisation = Organisationen finns inte i registret. Skriv land och kod, till exempel dk:751.
error-email-taken = E-postadressen används redan.

error-status = Felkod { $status }
error-back-home = Gå till startsidan
error-csrf = Formuläret hade gått ut eller kom inte från den här webbplatsen. Gå tillbaka, ladda om sidan och försök igen.
error-other-title = Något gick fel
error-400-title = Begäran kunde inte läsas
error-400-message = Begäran hade inte ett format som Frirum förstår.
error-401-title = Du behöver logga in
error-401-message = Du behöver logga in för att se den här sidan.
error-403-title = Inte tillåtet
error-403-message = Din roll ger inte tillgång till den här sidan eller åtgärden. Kontakta sekretariatet om du anser att du borde ha tillgång.
error-404-title = Sidan hittades inte
error-404-message = Sidan finns inte eller har flyttats. Kontrollera adressen.
error-405-title = Inte möjligt här
error-405-message = Den här adressen tar inte emot den typen av begäran.
error-408-title = Det tog för lång tid
error-408-message = Det tog för lång tid att hantera begäran. Försök igen.
error-409-title = Konflikt
error-409-message = Ändringen står i konflikt med det som redan är sparat.
error-413-title = För mycket data
error-413-message = Det som skickades är större än vad Frirum tar emot. Korta ner det och försök igen.
error-415-title = Formatet stöds inte
error-415-message = Frirum kan inte läsa det som skickades i det här formatet.
error-422-title = Kontrollera uppgifterna
error-422-message = Några av uppgifterna är inte giltiga.
error-429-title = För många försök
error-429-message = För många försök på kort tid. Vänta en stund och försök igen.
error-500-title = Något gick fel hos oss
error-500-message = Felet har loggats. Försök igen om en stund.

role-admin = Sekretariat
role-applicant = Sökande
role-assessor = Bedömare
role-researcher = Forskare
kind-municipality = Kommun
kind-county = Fylkeskommun (Norge)
kind-region = Region
country-dk = Danmark
country-no = Norge
country-se = Sverige
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

import-title = Importera registret
import-lead = Uppdatera kommuner och regioner från en CSV-fil (kolumner: code, name, kind, parent_code, population, population_date, population_source, population_uncertain). Hela filen kontrolleras först; en felaktig rad avvisar den, och inget blir halvt importerat.
import-file = CSV-fil
import-file-hint = UTF-8, ett land per fil, med rubrikrad.
import-submit = Importera
import-choose-country = Välj ett land.
import-choose-file = Välj en fil att importera.
import-refused = Inget importerades. Rad { $line }: { $reason }
import-done = Importerat: { $added } tillagda, { $updated } uppdaterade, { $unchanged } oförändrade, { $figures } nya folkmängdsuppgifter.

# Schemes, proposals, applications and the journal
nav-schemes = Försöksverksamheter
nav-applications = Mina ansökningar
schemes-title = Försöksverksamheter
schemes-lead = Nationella program där kommuner prövar nya arbetssätt med undantag från statliga regler.
schemes-none = Det finns inga program att visa ännu.
scheme-new = Nytt program
scheme-create = Skapa programmet som utkast
scheme-invitation = Inbjudan
scheme-rounds = Ansökningsomgångar
scheme-no-rounds = Inga omgångar ännu.
scheme-themes = Teman
scheme-no-themes = Inga teman ännu.
scheme-rules = Regler
scheme-manage = Hantera programmet
scheme-change-status = Ändra status
scheme-apply-hint = Öppna en omgång nedan för att börja en ansökan för din organisation.
theme-add = Lägg till tema
theme-priority = Prioriterat tema
round-add = Lägg till omgång
rules-edit = Ändra reglerna
rules-min-population = Minsta sammanlagda folkmängd
rules-networks = Nätverk tillåtna
rules-kinds = Vem får ansöka
rules-max-months = Längsta försöksperiod (månader)
rules-max-extension = Längsta förlängning (månader)
rules-bonuses = Tillägg
rules-bonus-network = Tillägg för nätverk
rules-bonus-priority = Tillägg för prioriterat tema
rules-bonus-objective = Tillägg för mätbart mål
rules-scale = Högsta poäng
rules-version = Regelversion
rules-exclusions = Uteslutningar (rättslig granskning)
rules-exclusions-hint = En punkt per rad.
rules-criteria = Bedömningskriterier
rules-criteria-hint = Ett per rad: vikt | namn | beskrivning.
rules-weight = vikt
rules-reason-hint = Krävs när ansökningar redan lämnats in enligt gällande regler: ändringen blir en ny version och de behåller sin.
yes = Ja
no = Nej
saved-notice = Sparat.
proposals-title = Förslag till teman
proposals-lead = Kommunerna föreslår teman och stöder varandras; sekretariatet antar eller avslår dem och skickar sammanställningen vidare.
proposals-none = Inga förslag ännu.
proposals-export = Ladda ned sammanställningen (CSV)
proposals-endorsements = { $count ->
    [one] { $number } organisation stöder förslaget
   *[other] { $number } organisationer stöder förslaget
 }
proposals-declined-because = Avslaget:
proposals-endorse = Stöd ”{ $title }”
proposals-decide = Besluta om ”{ $title }”
proposals-adopt = Anta som tema
proposals-decline = Avslå (ange skäl)
proposals-new = Föreslå ett tema
proposals-submit = Skicka förslaget
applications-title = Ansökningar
applications-mine = Mina ansökningar
applications-none = Inga ansökningar att visa.
applications-not-public = Inlämnade ansökningar publiceras efter sista dagen, om programmet anger det.
application-start = Börja en ansökan
application-untitled = Ansökan utan rubrik
application-edit = Redigera utkastet
application-draft-hint = Spara när som helst; kontrollen ovan visar vad som saknas eller inte är uppfyllt.
application-save = Spara utkastet
application-submit = Spara och lämna in
application-print = Utskriftsvänlig vy
application-withdraw = Återkalla ansökan
application-withdrawn-notice = Ansökan har återkallats.
receipt-text = Mottagen: ärendenummer { $case }, inlämnad { $time }. Spara kvittot; skriv ut det från webbläsaren.
eligibility-title = Villkor för att ansöka
eligibility-ok = Alla regler är uppfyllda: ansökan kan lämnas in.
eligibility-not-ok = Inte ännu: reglerna markerade nedan är inte uppfyllda.
submit-refused = Ansökan lämnades inte in.
error-application-submitted = Ansökan är inlämnad och kan inte längre ändras.
error-edit-conflict = Någon annan sparade utkastet under tiden (nu version { $version }). Din text står nedan, osparad: kopiera det du behöver, ladda om och spara igen.
error-rules-in-use = { $count ->
    [one] En inlämnad ansökan bedömdes
   *[other] { $number } inlämnade ansökningar bedömdes
 } enligt dessa regler. Ange ett skäl: ändringen blir en ny version.
journal-title = Diarium
journal-lead = Varje ändring, vem som gjorde den, när och varför. Poster ändras eller raderas aldrig.
journal-when = När
journal-who = Vem
journal-what = Vad
journal-changes = Ändringar
journal-system = Frirum (import)
form-who = Vem ansöker
form-what = Försöket
field-title = Rubrik
field-summary = Sammanfattning
field-description = Beskrivning
field-status = Status
field-reason = Motivering
field-round = Omgång
field-opens = Öppnar
field-deadline = Sista dag
field-deadline-hint = Lokal tid i omgångens tidszon; den sista sekunden som räknas är den du anger.
field-time-zone = Tidszon
field-target-trials = Mål för antal försök
field-scheme-code = Kod
field-scheme-code-hint = 2 till 12 versaler eller siffror, används i ärendenummer, till exempel SE2026.
field-content-language = Innehållets språk
field-invitation = Inbjudan (Markdown)
field-invitation-hint = Rubriker med #, listor med -, länkar som [text](https://…). HTML visas som text.
field-publish-applications = Publicera inlämnade ansökningar efter sista dagen
field-case-number = Ärendenummer
field-lead = Huvudsökande
field-members = Nätverksdeltagare
field-member = Nätverksdeltagare
field-members-hint = Koden (till exempel 2480) eller namnet; en per fält. Spara för att få ett nytt fält.
field-submitted-at = Inlämnad
field-objectives = Mätbara mål
field-indicator = Indikator
field-unit = Enhet
field-baseline = Utgångsvärde
field-target = Mål
field-target-date = Senast
field-exemptions = Begärda undantag
field-scope = Undantag
field-reference = Bestämmelse, lag eller område, som du skulle skriva det
field-desired-change = Önskad regel
field-justification = Motivering
field-unknown-rules = Vi vet inte vilka regler som står i vägen
field-unknown-rules-hint = Beskriv hindret med vanliga ord; sekretariatet hjälper till att hitta reglerna.
field-legal-security = Konsekvenser för medborgarnas rättssäkerhet
field-partners = Partner
field-partner-name = Partner
field-partner-kind = Typ
field-partner-role = Roll
field-partner-demands = Vad vi kräver av dem
field-partner-values = Offentliga värden som skyddas
field-learning-goals = Vad vi vill lära oss
field-funds = Sökta stimulansmedel
field-period = Planerad period
field-period-start = Start
field-period-end = Slut
status-draft = Utkast
status-proposals = Öppen för temaförslag
status-published = Publicerad
status-closed = Avslutad
status-submitted = Inlämnad
status-withdrawn = Återkallad
status-open = Öppen
status-adopted = Antaget som tema
status-declined = Avslaget
phase-open = Öppen
phase-upcoming = Ännu inte öppen
phase-closed = Stängd
scope-provision = Bestämmelse
scope-act = Hela lagen
scope-policy_area = Område
partner-company = Företag
partner-university = Universitet
partner-consultant = Konsult
partner-research_institute = Forskningsinstitut
partner-civil_society = Civilsamhälle
partner-public_body = Offentlig aktör
partner-other = Annat
outcome-passed = Uppfyllt
outcome-failed = Inte uppfyllt
outcome-not_applicable = Gäller inte
rule-name-round_open = Sista dag
rule-name-jurisdiction = Land
rule-name-organisation_kinds = Vem får ansöka
rule-name-network = Nätverk
rule-name-population = Folkmängd
rule-name-required_fields = Obligatoriska fält
rule-name-trial_length = Försökets längd
rule-round_open = Omgången är öppen till { $deadline }.
rule-round_not_open = Omgången öppnar { $opens }.
rule-deadline_passed = Sista dagen var { $deadline }.
rule-jurisdiction_ok = Alla deltagare finns i programmets land.
rule-wrong_jurisdiction = Utanför programmets land: { $outside }.
rule-kinds_allowed = Alla deltagare får ansöka.
rule-kind_not_allowed = Dessa får inte ansöka: { $refused }.
rule-single_applicant = En organisation ansöker ensam.
rule-network_allowed = Ett nätverk av { $organisations } organisationer; nätverk är tillåtna.
rule-network_not_allowed = Ett nätverk av { $organisations } organisationer; programmet tar bara enskilda sökande.
rule-no_minimum = Programmet har ingen minsta folkmängd.
rule-population_ok = Sammanlagd folkmängd { $combined } (per { $reference_date }) når minimikravet { $minimum }.
rule-population_below_minimum = Sammanlagd folkmängd { $combined } (per { $reference_date }) är under minimikravet { $minimum }.
rule-population_missing = Registret saknar folkmängd för { $without_figure }.
rule-fields_complete = Alla obligatoriska fält är ifyllda.
rule-application_incomplete = Återstår att fylla i: { $missing }.
rule-no_limit_or_period = Ingen längsta tid, eller ingen planerad period ännu.
rule-trial_length_ok = { $months } månader, inom maximum { $maximum }.
rule-trial_too_long = { $months } månader är längre än maximum { $maximum }.
problem-field_required = { $field } måste fyllas i.
problem-field_too_long = { $field } är för lång: högst { $max } tecken.
problem-value_out_of_range = { $field } är utanför tillåtet intervall.
problem-end_before_start = { $field } är före starten.
problem-invalid_field = { $field } är inte giltigt.
problem-unknown_theme = { $field }: okänt tema.
problem-unknown_organisation = { $field }: ingen organisation ”{ $reference }” i registret.
problem-unknown_time_zone = { $field }: okänd tidszon.

# Regelhittaren
nav-rule-finder = Hitta reglerna
finder-title = Hitta reglerna
finder-lead = Beskriv med egna ord vad ni vill pröva, eller skriv ord att söka efter. Frirum föreslår de bestämmelser som troligen står i vägen, och säger varför.
finder-description = Beskriv idén
finder-description-hint = Vanliga ord räcker: vad ni vill göra annorlunda och vad ni tror hindrar er. Hänvisningar som ”3 kap. 2 §” känns också igen.
finder-words = Eller sök efter ord
finder-words-hint = Sammansatta ord hittas genom sina delar, och å, ä och ö kan skrivas utan prickar.
finder-submit = Hitta reglerna
finder-suggestions = Bestämmelser som troligen står i vägen
finder-hits = Sökresultat
finder-nothing = Inga träffar. Pröva andra ord, eller välj ett land.
finder-no-words = Texten har inga ord att söka efter.
finder-choose-country = Välj ett land för att få förslag.
finder-catalogue-size = Katalogen innehåller { $count ->
    [one] en bestämmelse
   *[other] { $number } bestämmelser
 }.
finder-reason-words = Träff på: { $words }
finder-reason-cited = Nämns i texten: { $citation }
finder-one-word = Bara ett av dina ord står i bestämmelsen – läs den innan du bygger på den
finder-reason-asked = { $count ->
    [one] En ansökan har begärt undantag från bestämmelsen
   *[other] { $number } ansökningar har begärt undantag från bestämmelsen
 }
finder-for-application = Föreslagna bestämmelser för denna ansökan
finder-for-application-lead = Förslag utifrån ansökans egen text som den senast sparades. Lägg till dem som står i vägen som begärda undantag och skriv varför.
finder-nothing-application = Inga förslag ännu: beskriv idén och hindret i ansökan och spara den först.
finder-link = Lägg till { $provision } som begärt undantag
finder-back-to-form = Tillbaka till ansökan
law-act = Lag
law-identifier = Officiell beteckning
law-chapter = Kapitel
law-not-in-force = Inte i kraft
law-official = Officiell text
law-text = Text
law-requested = Begärda undantag
law-requested-count = Inlämnade ansökningar som begärt undantag från denna bestämmelse: { $count }
law-paraphrase-note = Demokatalogen är Frirums egen återgivning av bestämmelserna; den officiella texten är den som myndigheterna kungör.
law-short-title = Kortnamn
law-ministry = Departement
law-in-force-from = I kraft från
law-sections = Bestämmelser: { $count }
act-kind-act = Lag
act-kind-consolidated_act = Konsoliderad lag
act-kind-regulation = Förordning
act-kind-executive_order = Föreskrift
act-kind-amending_act = Ändringslag
exemption-linked-provision = Kopplad till bestämmelsen i katalogen
exemption-unresolved = hittades inte i katalogen: sekretariatet kontrollerar den
exemption-unresolved-screener = hittades inte i katalogen: kontrollera hänvisningen i den rättsliga granskningen
application-suggest-provisions = Föreslå bestämmelser utifrån ansökan
application-suggest-hint = (utifrån texten som den senast sparades)

## Beslut och försök
nav-decisions = Beslut
decisions-title = Beslut
decisions-feed = Följ besluten (Atom-flöde)
decisions-feed-title = Frirum: beslut om ansökningar
decisions-none = Inga beslut har fattats ännu.
decisions-count = { $count ->
    [one] Ett beslut
   *[other] { $number } beslut totalt
 }
decide-title = Fatta beslut om ansökan
decide-screening-blocks = Den rättsliga granskningen fann en konflikt. Ansökan kan inte beviljas så länge den kvarstår:
decide-ask-clarification = Be i stället sökanden om ett förtydligande
decide-outcome = Beslut
outcome-approved = Beviljad
outcome-rejected = Avslagen
decide-exemptions = Undantag som beviljas
decide-no-exemptions = Ansökan begär inga undantag.
decide-grant = Bevilja
decide-narrow = Begränsa undantaget till dessa bestämmelser
decide-narrow-open = Ansökan pekar inte ut en viss lag här. Ska beviljandet begränsas till vissa bestämmelser, koppla dem till undantaget med regelhittaren i ett förtydligande; skriv annars med ord nedan hur det begränsas.
decide-note = Hur undantaget är begränsat eller villkorat
decide-max-months = högst { $months } månader
decide-submit = Registrera beslutet
decision-title = Beslut
decision-outcome = Utfall
decision-reasons = Motivering
decision-conditions = Villkor
decision-period = Försöksperiod
decision-regulation = Lokal reglering som ska antas
decision-regulation-text = Vad den lokala regleringen ska innehålla
decision-granted = Beviljade undantag
decision-narrowed-to = Begränsat till
decision-scheme = Ordning
decision-decided-at = Beslutat
decision-letter = Beslutsbrev
regulation-trial_regulation = Försöksföreskrift (forsøksforskrift)
regulation-statutes = Stadgar (vedtekter)
regulation-free_municipality_statute = Frikommunstadga (frikommunevedtægt)
regulation-local_regulations = Lokala föreskrifter
letter-title = Beslut om ansökan
letter-back = Tillbaka till beslutet
letter-our-reference = Vår referens
letter-approved-intro = Vi har prövat ansökan enligt ordningen och godkänner försöket så som det framgår nedan.
letter-rejected-intro = Vi har prövat ansökan enligt ordningen och kan inte godkänna den, av skälen nedan.
letter-trial-record = Försöket är registrerat som
letter-regards = Med vänliga hälsningar
trial-title = Försök
trial-frozen = Det som godkändes, så som det godkändes. Ändringar sedan dess står i ändringshistoriken nedan.
trial-participants = Deltagare
trial-status-planned = Planerat
trial-status-running = Pågår
trial-status-ended = Avslutat
application-decide = Fatta beslut
application-decision = Beslut
error-already-decided = Ansökan har redan fått ett beslut; det första beslutet står fast.
error-screening_conflict = Den rättsliga granskningen fann en konflikt med: { $items }. Ansökan kan inte beviljas.
error-exemption_not_requested = Undantag { $number } begärdes inte i ansökan.
error-exemption_granted_twice = Undantag { $number } har beviljats två gånger.
error-provision_outside_request = Bestämmelse { $provision } ligger utanför det som undantag { $number } begärde.
error-period_too_long = Försöksperioden på { $months } månader är längre än ordningens högsta { $max } månader.
error-nothing_granted = Ett beviljande måste bevilja minst ett av de begärda undantagen.
error-not_decidable = Bara en inskickad ansökan kan få ett beslut.
## Review: legal screening and clarification (issue 5, review slice).
review-stage = Handläggning
review-stage-under_review = Under handläggning
review-stage-awaiting_clarification = Inväntar förtydligande
error-no-open-clarification = Det finns ingen öppen fråga att besvara: sekretariatet har inte ställt någon, eller så är den redan besvarad.
screening-title = Rättslig granskning
screening-lead = Varje punkt i ordningens checklista bedöms: ingen konflikt, möjlig konflikt eller konflikt, alltid med en skriftlig motivering. En konflikt hindrar godkännande; en möjlig konflikt visas för den som beslutar.
screening-rules-version = Checklistan i version { $version } av ordningens regler, som ansökan lämnades in under.
screening-blocking = Godkännande är inte möjligt: en konflikt har hittats.
screening-doubtful = Möjliga konflikter som ska vägas in i beslutet:
screening-empty = Ordningens regler har ingen checklista för rättslig granskning.
screening-complete = Alla punkter är bedömda.
screening-incomplete = Alla punkter är inte bedömda ännu.
screening-not-judged = Inte bedömd ännu
screening-outcome = Utfall
screening-outcome-no_conflict = Ingen konflikt
screening-outcome-possible_conflict = Möjlig konflikt
screening-outcome-conflict = Konflikt
screening-reason = Motivering
screening-save = Spara bedömningen
screening-history = Historik
screening-when = När
screening-who = Vem
screening-item = Punkt
screening-saved = Bedömningen har sparats.
clarification-title = Förtydligande
clarification-lead = Frågor från sekretariatet och sökandens svar. Ansökningstiden gäller inte för svaren.
clarification-empty = Inga frågor har ställts.
clarification-question = Fråga
clarification-answer = Svar
clarification-awaiting = Inväntar sökandens svar
clarification-send-answer = Skicka svaret
clarification-amend = Hitta bestämmelserna tillsammans
clarification-amend-lead = Så länge en fråga är öppen kan de sökta undantagen ändras: hitta bestämmelser med regelsökaren och lägg till dem, eller ta bort ett undantag med en motivering. Alla ändringar sparas i diariet.
clarification-find-provisions = Hitta bestämmelser med regelsökaren
clarification-remove-reason = Motivering för att ta bort
clarification-remove = Ta bort
clarification-ask = Fråga sökanden
clarification-asked = Frågan har skickats.
clarification-answered = Svaret har skickats.
clarification-amended = De sökta undantagen har ändrats.
clarification-linked-reason = Tillagd från regelsökaren under förtydligandet: { $provision }
review-stage-approved = Beviljad
review-stage-rejected = Avslagen
## --- Bedömning (ärende 5: bedömare, poäng, rangordning) ---
nav-assessments = Bedömningar
assessments-title = Mina bedömningar
assessments-lead = De ansökningar du ska bedöma. Anmäl jäv så snart du ser det: då ser du varken de andras poäng eller ger poäng själv.
assessments-none = Du har inga ansökningar att bedöma.
assessments-round = Omgång
assessments-scoring = Bedömda kriterier
assessment-title = Bedömning
assessment-assessors = Bedömare
assessment-no-assessors = Inga bedömare är tilldelade ännu.
assessment-assign-label = Bedömare att tilldela
assessment-assign = Tilldela
assessment-unassign = Ta bort
assessment-conflict = Jäv
assessment-conflict-declared = Anmält jäv
assessment-conflict-employment = Anställd hos en sökande
assessment-conflict-reason = Skäl till jäv
assessment-conflict-declare = Anmäl jäv
assessment-own-scores = Dina poäng
assessment-scale = Ge varje kriterium 0 till { $max } poäng. Lämna fältet tomt om du inte har bestämt dig.
assessment-weight = vikt
assessment-score = Poäng
assessment-comment = Kommentar
assessment-save-scores = Spara mina poäng
assessment-result = Poäng och summa
assessment-criteria = Poäng per kriterium
assessment-criterion = Kriterium
assessment-scores = Poäng
assessment-mean = Medelvärde
assessment-value = Räknas som
assessment-not-scored = inte bedömt ännu
assessment-source-consensus = konsensus
assessment-source-mean = bedömarnas medelvärde
assessment-source-missing = inga poäng
assessment-weighted = Viktad poäng
assessment-total = Summa
assessment-no-value = inga poäng ännu
assessment-missing = Saknar fortfarande poäng: { $criteria }
assessment-bonus-network = Nätverksbonus
assessment-bonus-theme = Bonus för prioriterat tema
assessment-bonus-objective = Bonus för mätbart mål
assessment-why-network = { $count ->
    [one] En organisation söker.
   *[other] { $number } organisationer söker tillsammans.
 }
assessment-why-single = Bara en organisation söker.
assessment-why-theme = Ansökan gäller { $count ->
    [one] ett
   *[other] { $number }
 } av ordningens prioriterade teman.
assessment-why-no-theme = Inget av ansökans teman är prioriterat.
assessment-why-objective = Mätbara mål (enhet, utgångsläge och målvärde): { $indicators }
assessment-why-no-objective = { $count ->
    [one] Det enda målet saknar enhet, utgångsläge eller målvärde.
   *[other] Inget av de { $number } målen har enhet, utgångsläge och målvärde.
 }
assessment-consensus = Konsensuspoäng
assessment-consensus-lead = En konsensuspoäng ersätter bedömarnas medelvärde för sitt kriterium. Lämna fältet tomt för att använda medelvärdet.
assessment-save-consensus = Spara konsensus
assessment-notes = Interna anteckningar
assessment-notes-lead = Syns bara för sekretariatet och för bedömare utan jäv.
assessment-new-note = Ny anteckning
assessment-add-note = Lägg till anteckningen
assessment-reply = Svara
assessment-reply-to = svar på en tidigare anteckning
assessment-done-scores = Dina poäng är sparade.
assessment-done-consensus = Konsensuspoängen är sparade.
assessment-done-note = Anteckningen är tillagd.
assessment-done-assigned = Bedömarna är tilldelade.
assessment-done-unassigned = Bedömaren är borttagen.
assessment-done-conflict = Ditt jäv är registrerat.
assessment-error-out-of-scale = Poängen måste vara ett heltal från 0 till { $max }.
assessment-error-conflict = Du är jävig i denna ansökan.
assessment-error-not-assigned = Du är inte tilldelad att bedöma denna ansökan.
assessment-error-not-assessor = Bara konton med rollen bedömare kan tilldelas.
assessment-error-not-submitted = Bara inskickade ansökningar kan bedömas.
ranking-title = Rangordning
ranking-lead = Omgångens ansökningar efter summa. Strecket dras vid omgångens mål på { $target } försök.
ranking-tie-across-line = Ett delat resultat korsar strecket: sekretariatet måste avgöra vilka ansökningar som går vidare.
ranking-theme = Tema
ranking-all-themes = Alla teman
ranking-status-submitted = Inskickad
ranking-status-withdrawn = Återtagen
ranking-status-all = Alla
ranking-filter = Filtrera
ranking-export-csv = Ladda ner som CSV
ranking-export-xlsx = Ladda ner som Excel-arbetsbok
ranking-caption = Ansökningar rangordnade efter summa; { $count ->
    [one] en
   *[other] { $number }
 } innanför strecket
ranking-select = Välj
ranking-rank = Plats
ranking-lead-organisation = Huvudsökande
ranking-assessors = Bedömare
ranking-bonus = Bonusar
ranking-notes = Anmärkningar
ranking-line = Omgångens streck: { $target } försök
ranking-why-no-scores = Inga poäng ännu: inte rangordnad.
ranking-why-incomplete = Ofullständig, rangordnad efter de fullständiga och utanför strecket; saknas: { $criteria }.
ranking-why-tied = Delad placering med en annan ansökan.
ranking-why-tie-across = Delad placering över strecket.
ranking-bulk-assessors = Tilldela dessa bedömare till de valda ansökningarna
ranking-bulk-assign = Tilldela de valda
# Aviseringar (i gränssnittet och per e-post)
nav-notifications = Aviseringar
notifications-title = Aviseringar
notifications-none = Du har inga aviseringar ännu.
notifications-unread = oläst
notifications-mark-read = Markera ”{ $title }” som läst
notifications-mark-all-read = Markera alla som lästa
notification-assessor-assigned-title = Du har tilldelats ansökan { $case }
notification-assessor-assigned-body = ”{ $title }” ({ $case }) finns i din kö för bedömning. Anmäl eventuellt jäv innan du tar del av andras poäng.
notification-clarification-asked-title = En fråga om din ansökan { $case }
notification-clarification-asked-body = Sekretariatet har ställt en fråga om ”{ $title }” ({ $case }). Ansökan väntar tills du svarar i ansökans tråd.
notification-clarification-answered-title = Sökanden har svarat om { $case }
notification-clarification-answered-body = Sökanden har svarat på frågan om ”{ $title }” ({ $case }).
notification-decided-approved-title = Ansökan { $case } har beviljats
notification-decided-approved-body = ”{ $title }” ({ $case }) har beviljats. Beslutet och beslutsbrevet finns på ansökans sida.
notification-decided-rejected-title = Ansökan { $case } har avgjorts
notification-decided-rejected-body = Beslut har fattats om ”{ $title }” ({ $case }): ansökan beviljades inte. Skälen och brevet finns på ansökans sida.
notification-mail-greeting = Hej { $name },
notification-mail-link = Öppna ansökan: { $url }
notification-mail-footer = Detta meddelande skickades från Frirum. Alla dina aviseringar: { $url }

# Del E: en ärendestatus, översikter och arbetsköer
case-status = Status
case-status-draft = Utkast
case-status-submitted = Inlämnad
case-status-in-screening = Under rättslig granskning
case-status-awaiting-clarification = Inväntar förtydligande
case-status-in-assessment = Under bedömning
case-status-ready-for-decision = Klar för beslut
case-status-approved = Beviljad
case-status-rejected = Avslagen
case-status-withdrawn = Återkallad
notification-submitted-title = Ny ansökan: { $case }
notification-submitted-body = ”{ $title }” ({ $case }) har lämnats in och väntar på rättslig granskning.
eligibility-frozen-title = Villkor vid inlämning
eligibility-frozen-at = Så som villkoren kontrollerades när ansökan lämnades in ({ $date }), med de siffror som gällde då. De kontrolleras inte igen.
filter-label = Filtrera ansökningarna
filter-text = Sök
filter-scheme = Ordning
filter-round = Omgång
filter-theme = Tema
filter-all = Alla
filter-apply = Filtrera
filter-clear = Visa alla
filter-remove = Ta bort filtret
filter-organisation = Organisation
filter-none = Inga ansökningar matchar filtren.
review-column-screening = Rättslig granskning
review-column-assessors = Bedömare klara
dashboard-title = Min sida
dashboard-secretariat-lead = Det som väntar på sekretariatet, i den ordning ett ärende går: rättslig granskning, förtydligande, bedömning, beslut.
dashboard-queues = Ärenden efter status
dashboard-attention = Behöver åtgärdas
dashboard-answers = Svar på frågor som inte har följts upp
dashboard-overdue = Frågor obesvarade i mer än 14 dagar
dashboard-closed = Avslutade ärenden
dashboard-all-applications = Alla ansökningar
dashboard-questions = Frågor att besvara
dashboard-questions-none = Inga frågor väntar på ditt svar.
dashboard-drafts = Utkast
dashboard-drafts-none = Du har inga utkast. Hitta en omgång att söka i under
dashboard-cases = Dina ärenden
dashboard-assessor-queue = Ansökningar att bedöma
# End of part E

# Part D: blind, independent assessment
assessment-statement-heading = Jäv
assessment-statement-lead = Innan något av bedömningen av detta ärende visas för dig ska du ange om du är jävig: en koppling till den sökande eller en nätverksmedlem, ett intresse av utgången eller något annat som kan rubba förtroendet för din opartiskhet.
assessment-statement-none = Jag är inte jävig i detta ärende
assessment-statement-conflict = Eller anmäl jäv och ange vad det består i
assessment-your-assignment = Ditt uppdrag
assessment-progress-submitted = bedömning inlämnad { $at }
assessment-progress-stated = förklarat sig inte jävig { $at }, bedömer fortfarande
assessment-progress-unstated = har ännu inte tagit ställning till jäv
assessment-blind-notice = Bedöm på egen hand: de andra bedömarnas poäng och kommentarer visas för dig först när du har lämnat in din egen bedömning.
assessment-submit = Spara och lämna in min bedömning
assessment-submit-lead = Lämna in när alla kriterier har fått poäng. Därefter är dina poäng låsta och du ser de andra bedömarnas poäng.
assessment-submitted-notice = Du lämnade in din bedömning { $at }. Dina poäng är låsta.
assessment-requests = Begäranden om konsensus
assessment-request-by = Begärd av { $name }
assessment-spread = Spridning mellan bedömarna
assessment-spread-lead = Skillnaden mellan högsta och lägsta poäng. En skillnad på mer än { $threshold } poäng markeras.
assessment-spread-overall = Sammantaget (varje bedömares viktade poäng)
assessment-spread-lowest = Lägst
assessment-spread-highest = Högst
assessment-spread-difference = Skillnad
assessment-spread-none = färre än två poäng
assessment-spread-flagged = markerad
assessment-spread-advice = Bedömarna är tydligt oense. Överväg att be dem enas om en konsensus.
assessment-request-message = Meddelande till bedömarna (frivilligt)
assessment-request-consensus = Be bedömarna om en konsensus
assessment-done-statement = Din förklaring är registrerad: du är inte jävig i detta ärende.
assessment-done-submitted = Din bedömning är inlämnad.
assessment-done-requested = Bedömarna har ombetts att enas om en konsensus.
assessments-submitted = inlämnad
assessments-statement-needed = ta först ställning till jäv
error-conflict_statement_required = Ange först om du är jävig i detta ärende.
error-own_assessment_not_submitted = Lämna in din egen bedömning innan du läser de andra bedömarnas poäng och anteckningar.
error-assessment_already_submitted = Du har lämnat in din bedömning; dina poäng kan inte längre ändras.
error-assessment_incomplete = Ge poäng på alla kriterier innan du lämnar in din bedömning.
notification-consensus-requested-title = Konsensus begärd för ansökan { $case }
notification-consensus-requested-body = Sekretariatet ber bedömarna av ”{ $title }” ({ $case }) att enas om en konsensus.
journal-action-assessment-no-conflict-stated = förklarade sig inte vara jävig
journal-action-assessment-assessment-submitted = lämnade in sin bedömning
journal-action-assessment-consensus-requested = bad bedömarna om en konsensus
field-message = Meddelande
field-criteria-scored = Bedömda kriterier
assessment-request-submit-first = Lämna in din egen bedömning för att läsa vad sekretariatet ber om.
# End of part D
# Part A (hardening)
problem-invalid_characters = { $field } innehåller styrtecken eller tecken som vänder skrivriktningen och kan inte godtas. Ta bort dem och försök igen.
login-throttled-seconds = För många misslyckade inloggningsförsök. Av säkerhetsskäl behöver du vänta { $seconds ->
    [one] en sekund
   *[other] { $number } sekunder
 } innan du försöker igen.
field-q = Söktext
# End of part A
# Part C (decisions with safeguards, public views)
error-reasons_required = Skriv motiveringen till beslutet: ett beslut ska motiveras, oavsett om det beviljar eller avslår.
error-period_ends_before_decision = Försöksperioden slutar före beslutsdagen. Välj en period som fortfarande kan genomföras.
error-round_still_open = Omgången är fortfarande öppen: denna ordning fattar beslut först efter omgångens sista ansökningsdag.
error-screening_not_completed = Den juridiska granskningen är inte klar: varje punkt i checklistan måste bedömas före beslutet.
error-decision_not_confirmed = Beslutet bekräftades inte. Gå igenom sammanfattningen av det som kommer att publiceras och bekräfta det.
decide-basis = Detta grundar sig beslutet på
decide-possible-conflicts = Möjliga konflikter som granskningen hittade
decide-no-possible-conflicts = Granskningen hittade inga möjliga konflikter.
decide-screening = Rättslig granskning
decide-assessors = Bedömarnas framsteg
decide-no-assessors = Inga bedömare har tilldelats.
decide-assessor-progress = kriterier bedömda: { $progress }
decide-assessor-conflict = jävig, sätter inga poäng
decide-consensus = Konsensuspoäng
decide-no-consensus = Inga konsensuspoäng har satts.
decide-total = Summa
decide-total-incomplete = alla kriterier är inte bedömda ännu
decide-no-total = Ingen summa ännu
decide-rank = Placering i omgången
decide-rank-target = omgångens mål är { $target } försök
decide-rank-within = Inom målet.
decide-rank-outside = Utanför målet.
decide-no-rank = Inte rangordnad ännu.
decide-reasons-hint = Krävs både vid bifall och avslag. Motiveringen publiceras med beslutet.
decide-exemptions-hint = Kryssa bara i det som beviljas. Inget beviljas utan kryss.
decide-choose = Välj …
decide-signatory-title = Din titel, som brevet undertecknas
decide-review = Granska beslutet
confirm-title = Bekräfta beslutet
confirm-intro = Detta registreras och publiceras. Kontrollera det innan du bekräftar: ett beslut kan inte ändras efteråt.
confirm-summary = Detta publiceras
confirm-submit = Registrera och publicera beslutet
confirm-change = Ändra beslutet
decision-granted-for = Beviljat för
decision-within-request = Inom ansökan om
decisions-filter = Filtrera besluten
decisions-filter-any = Alla
decisions-filter-year = År
decisions-filter-apply = Visa
letter-legal-basis = Rättslig grund
letter-legal-basis-intro = Beslutet är fattat med stöd av
letter-appeal = Överklagande
letter-no-appeal = Beslutet kan inte överklagas.
decision-settings-title = Inställningar för beslut
decision-settings-link = Inställningar för beslut
decision-settings-safeguards = Fatta beslut först efter omgångens sista dag och en avslutad rättslig granskning
decision-settings-safeguards-hint = Rekommenderas. När detta är avstängt kan en ansökan avgöras medan omgången är öppen och innan alla punkter i granskningen är bedömda.
decision-settings-authority = Beslutande myndighet (ordningens ägare)
decision-settings-legal-basis = Rättslig grund för besluten
decision-settings-appeal = Hur man överklagar
decision-settings-appeal-hint = Hur och var beslutet kan överklagas. Lämna fältet tomt om beslutet inte kan överklagas: då står det i brevet.
decision-settings-save = Spara inställningarna
decision-settings-saved = Inställningarna för beslut har sparats.
journal-action-scheme-decision-settings-changed = ändrade inställningarna för beslut
decision-letter-pdf = Brevet som pdf
four-eyes-note = Beslut i denna ordning publiceras först när en annan medlem av sekretariatet har godkänt dem.
four-eyes-proposed = Beslutet är registrerat som ett förslag. Det publiceras när en annan medlem av sekretariatet godkänner det.
four-eyes-pending = Ett beslut väntar på godkännande
four-eyes-proposed-by = Föreslaget av
four-eyes-approve = Godkänn och publicera beslutet
four-eyes-own = Du föreslog detta beslut: en annan medlem av sekretariatet måste godkänna det. Ett nytt beslut nedan ersätter förslaget.
decision-settings-four-eyes = Fyra ögon: en annan medlem av sekretariatet godkänner varje beslut innan det publiceras
decision-settings-four-eyes-hint = Den som föreslår ett beslut kan inte själv godkänna det.
error-second_approver_required = En annan medlem av sekretariatet än den som föreslog beslutet måste godkänna det.
error-nothing_to_approve = Inget beslut väntar på godkännande i detta ärende.
journal-action-application-decision-proposed = föreslog ett beslut för godkännande
# End of part C

## --- Del F (ärende 12): inga återvändsgränder för sökande, klarspråk ---
scheme-not-open-to-you = Den här ordningen är bara öppen för organisationer i { $country }, så din organisation kan inte påbörja en ansökan här.
error-not-open-country = Den här ordningen är bara öppen för organisationer i { $country }.
error-not-open-kind = Den här ordningen tar inte emot ansökningar från organisationer av typen ”{ $kind }”.
field-themes = Teman
field-theme = Tema
field-assessor = Bedömare
field-row-objective = Mål
field-row-exemption = Undantag
field-row-partner = Partner
field-row-member = Nätverksmedlem
field-row-theme = Tema
time-zone-europe-oslo = norsk tid
time-zone-europe-copenhagen = dansk tid
time-zone-europe-stockholm = svensk tid
journal-count = { $count ->
    [one] { $number } post
   *[other] { $number } poster
 }
journal-rows = { $count ->
    [one] { $number } rad
   *[other] { $number } rader
 }
journal-unknown = (okänd)
journal-because = Motivering
journal-deleted-draft = Raderat utkast
journal-action-other = ändrade ärendet
journal-action-application-created = påbörjade ansökan
journal-action-application-saved = sparade utkastet
journal-action-application-submitted = lämnade in ansökan
journal-action-application-withdrawn = drog tillbaka ansökan
journal-action-application-deleted = raderade utkastet
journal-action-application-decided = fattade beslut i ärendet
journal-action-application-exemptions-amended = ändrade de begärda undantagen
journal-action-assessment-assessor-assigned = utsåg en bedömare
journal-action-assessment-assessor-unassigned = tog bort en bedömare
journal-action-assessment-conflict-declared = anmälde jäv
journal-action-assessment-consensus-set = registrerade gemensamma poäng
journal-action-assessment-note-added = lade till en anteckning i bedömningen
journal-action-assessment-scores-saved = sparade poäng
journal-action-clarification-answered = besvarade en fråga om förtydligande
journal-action-clarification-asked = ställde en fråga om förtydligande
journal-action-proposal-adopted = antog temaförslaget som tema
journal-action-proposal-created = föreslog ett tema
journal-action-proposal-declined = avslog temaförslaget
journal-action-proposal-endorsed = stödde temaförslaget
journal-action-round-changed = ändrade ansökningsomgången
journal-action-round-created = skapade ansökningsomgången
journal-action-scheme-created = skapade ordningen
journal-action-scheme-rules-changed = ändrade ordningens regler
journal-action-scheme-status-changed = ändrade ordningens status
journal-action-scheme-theme-added = lade till ett tema
journal-action-scheme-theme-changed = ändrade ett tema
journal-action-scheme-updated = ändrade ordningen
journal-action-screening-recorded = bedömde en punkt i den rättsliga granskningen
status-deleted = Raderad
application-delete = Radera utkastet
application-delete-title = Radera det här utkastet?
application-delete-text = Utkastet ”{ $title }” och allt som står i det raderas. Det går inte att ångra. Ärendeloggen behåller en anteckning om att utkastet raderades, och av vem.
application-delete-confirm = Ja, radera utkastet
application-delete-cancel = Nej, behåll utkastet
application-deleted-notice = Utkastet raderades.
form-saved-partly = Allt annat sparades. Rätta de markerade fälten nedan och spara igen.
form-not-saved = Inget har sparats än. Rätta de markerade fälten nedan och spara igen; det du skrev finns kvar här.
form-errors-heading = { $count ->
    [one] Ett fält behöver rättas
   *[other] { $number } fält behöver rättas
 }
member-suggestions = Menade du
member-choices-label = Organisationer i registret
population-source-approximation = Uppskattning, inte kontrollerad
population-source-table = tabell
population-source-dated = { $agency }, folkmängd den { $date }
field-rules-version = Version av reglerna
journal-characters = { $count ->
    [one] { $number } tecken
   *[other] { $number } tecken
 }

# fix-3: lists, filters, submission
organisation-applications = Ansökningarna från den här organisationen

# fix-1: assessment and decision safeguards
error-assessor_has_submitted = Bedömaren har lämnat in sin bedömning och kan inte tas bort: poängen står kvar och räknas.
error-assessors_not_submitted = Ett konsensus kan registreras först när alla tilldelade bedömare utan jäv har lämnat in sin bedömning.
assessment-unassign-submitted = Har lämnat in: står kvar på ärendet, och poängen räknas.
assessment-unassign-confirm = Bedömaren tas bort från ärendet, och poäng som inte lämnats in raderas. Skälet skrivs i ärendets logg.
assessment-unassign-reason = Varför tas bedömaren bort?
assessment-unassign-do = Ta bort bedömaren
assessment-consensus-waits = Ett konsensus kan registreras när alla tilldelade bedömare utan jäv har lämnat in sin bedömning.
decide-no-assessment-submitted = Ingen bedömare har lämnat in en bedömning av denna ansökan ännu.
decide-go-assessment = Gå till bedömningen
decide-assessor-submitted = inlämnad
decide-assessor-not-submitted = inte inlämnad
decide-no-exemptions-what-to-do = Ansökan begär inga undantag och kan därför inte beviljas som den är. Fråga sökanden i ett förtydligande vilka regler försöket behöver undantag från; medan frågan är öppen kan sökanden och sekretariatet lägga till bestämmelserna med regelsökaren.
decide-no-exemptions-ask = Fråga sökanden vilka bestämmelser försöket behöver
decide-round-open-until = Omgången är öppen till { $deadline }. Enligt ordningens regler kan beslut fattas först efter sista dagen.
decide-round-open-meanwhile = Under tiden kan du slutföra den rättsliga granskningen, be sökanden om förtydliganden och följa bedömningen.
error-round-still-open-until = Omgången är fortfarande öppen till { $deadline }: denna ordning fattar beslut först efter sista dagen.
decide-go-screening = Gå till den rättsliga granskningen
decide-go-clarification = Gå till förtydligandet
field-outcome = Beslut
field-reasons = Motivering
field-conditions = Villkor
field-regulation-kind = Lokal reglering som ska antas
field-regulation-text = Vad den lokala regleringen ska innehålla
field-signatory-title = Din titel, som brevet undertecknas
decide-regulation-required = Måste fyllas i vid bifall.
screening-next-assessment = Gå vidare till bedömningen
decision-grant-note = Gäller endast detta undantag

## fix-2: the journal in words
journal-criteria-scored = { $count ->
    [one] gav poäng på { $number } kriterium
   *[other] gav poäng på { $number } kriterier
 }
journal-exemptions-granted = { $count ->
    [one] { $number } undantag beviljat
   *[other] { $number } undantag beviljade
 }
journal-field-item-text = Punkt
journal-field-outcome = Resultat
journal-field-scores = Poäng
journal-field-consensus = Gemensamma poäng
journal-field-granted = Beviljade undantag
journal-field-conditions = Villkor
journal-field-conflict = Jäv
journal-field-conflict-reason = Skäl till jäv
journal-field-draft-scores-dropped = Ej inlämnade poäng kasserade
journal-field-comment = Kommentar
journal-field-question = Fråga
journal-field-answer = Svar
journal-field-regulation-kind = Lokal föreskrift
journal-field-regulation-text = Föreskriftens innehåll
journal-field-reasons = Motivering
journal-field-assessor-id = Bedömare
journal-field-decided-by = Beslutat av
journal-field-safeguards = Rättssäkerhetsgarantier
journal-field-issuing-authority = Beslutande myndighet
journal-field-legal-basis = Rättslig grund
journal-field-appeal-guidance = Överklagandehänvisning
journal-field-four-eyes = Två personer godkänner beslut
journal-field-number = Nummer
eligibility-after-corrections = Villkoren kontrolleras igen när felen är rättade och ansökan är sparad.

# fix-3: submission's confirmation step
submit-confirm-title = Skicka in ansökan?
submit-confirm-lead = Se över vad som skickas. Ansökan går till sekretariatet för { $scheme }, som granskar, bedömer och beslutar om den.
submit-confirm-to = Skickas till
submit-confirm-to-value = Sekretariatet för { $scheme }
submit-confirm-exemptions = Undantag som söks
submit-confirm-no-exemptions = Inga undantag har angetts.
submit-confirm-locked = När ansökan har skickats in kan den inte ändras. Den kan dras tillbaka fram till att beslut har fattats.
submit-confirm-do = Skicka in ansökan
submit-confirm-back = Tillbaka till formuläret
submit-confirm-not-eligible = Ansökan uppfyller ännu inte ordningens regler och kan inte skickas in. Gå tillbaka till formuläret och rätta det som rapporten nedan pekar på.

# fix-3: the applicant's page, where a new application starts
dashboard-start = Påbörja en ny ansökan
dashboard-start-lead = De här omgångarna är öppna för ansökningar från din organisation nu. Öppna en omgång för att påbörja en ny ansökan.
dashboard-start-none = Inga omgångar är öppna för din organisation just nu. Se ordningarna:
dashboard-start-deadline = sista dag { $deadline }

# Trials in operation (the foundation): the list, the trial page, its life and history
nav-trials = Försök
trials-title = Försök
trials-lead = Alla godkända försök, var de står nu och vad som har ändrats sedan godkännandet.
trials-mine = Min organisations försök
trials-followed = Försök jag följer
trials-filter = Filtrera försöken
trials-theme = Tema
trials-participant = Deltar
trials-all = Alla försök
trials-none = Inget försök matchar.
trials-estimated-note = * planerat datum, ännu inte registrerat som faktiskt.
trial-status-suspended = Vilande
trial-end-completed = Genomfört
trial-end-stopped_early = Avslutat i förtid
trial-now = Var försöket står
trial-why = Varför
trial-start = Start
trial-end = Slut
trial-date-actual = faktiskt
trial-date-estimated = planerat
trial-approved-end = Slut som det godkändes
trial-verified = Status senast bekräftad
trial-verified-never = Ännu inte bekräftad i en rapport
trial-legal-basis = Hur länge varje undantag gäller
trial-exemption = Undantag
trial-legal-basis-end = Gäller till
trial-history = Ändringshistorik
trial-version = Version
trial-change-approved = Godkänt
trial-change-started = Startat
trial-change-suspended = Vilande
trial-change-resumed = Återupptaget
trial-change-completed = Genomfört
trial-change-stopped_early = Avslutat i förtid
# The local regulation of the trial's country, named in the visitor's language.
trial-change-regulation_adopted = { $country ->
        [dk] Lokal stadga (frikommunevedtægt) antagen
        [se] Lokala föreskrifter antagna
       *[no] Försöksföreskrift (forsøksforskrift) antagen
    }
trial-change-change_approved = Ändring godkänd
trial-change-change_recorded = Ändring registrerad
trial-field-status = Status
trial-field-planned_start = Planerad start
trial-field-planned_end = Planerat slut
trial-field-actual_start = Startade
trial-field-actual_end = Avslutades
trial-field-end_kind = Hur det slutade
trial-field-why_stopped = Motivering
trial-field-participants = Deltagare
trial-field-objectives = Mål
trial-field-exemptions = Undantag
trial-researchers = Forskare som följer försöket
trial-researchers-none = Ingen forskare följer det här försöket ännu.
trial-researcher-remove = Ta bort
trial-researcher-choose = Forskare
trial-researcher-assign = Låt forskaren följa försöket
trial-lifecycle = Ändra försökets status
trial-lifecycle-hint = Försöket startar av sig självt när de lokala föreskrifterna gäller och slutar av sig självt när perioden är över. Använd formuläret när något annat händer.
trial-step = Vad händer
trial-step-start = Det har startat
trial-step-suspend = Gör det vilande
trial-step-resume = Det pågår igen
trial-step-complete = Det är genomfört
trial-step-stop_early = Det avslutas i förtid
trial-step-on = Vilken dag
trial-step-on-hint = Behövs för att starta, genomföra eller avsluta i förtid.
trial-step-reason = Varför
trial-step-reason-hint = Behövs för att göra vilande eller avsluta i förtid. Motiveringen är offentlig.
trial-step-save = Registrera ändringen
trial-ended-final = Försöket är avslutat. Uppgifterna står som de är.
error-invalid_trial_transition = Det steget går inte från försökets nuvarande status.
error-reason_required = Ange en motivering.
error-ends_before_start = Slutet kan inte ligga före starten ({ $start }).
trial-never-started = Det här försöket startade aldrig: hela perioden är över och de lokala föreskrifterna trädde aldrig i kraft.
trial-never-started-manage = Registrera nedan att det avslutades i förtid, med motivering.
trial-never-started-short = Startade aldrig
trial-objectives-now = Mål nu
trial-objectives-changed = Målen har ändrats sedan godkännandet: se ändringshistoriken.
trial-step-confirm = Jag förstår att det inte går att ångra att försöket genomförs eller avslutas.
field-on = Dagen
field-confirm = Bekräftelse
dashboard-researcher-none = Inget försök är tilldelat dig ännu. Sekretariatet bestämmer vilka forskare som följer varje försök.
dashboard-researcher-lead = Öppna ett försök för att granska mätningarna som deltagarna rapporterar.

## --- Documents (issue 13, item 6): files attached to a trial ---
document-heading = Dokument
document-none = Inga dokument ännu.
document-title = Titel
document-title-hint = Lämna tomt för att använda filnamnet.
document-kind = Vad det är
document-kind-report = Rapport
document-kind-regulation = Antagen föreskrift
document-kind-evaluation = Utvärdering
document-kind-decision_letter = Beslutsbrev
document-kind-other = Annat
document-file = Fil
document-file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, ren text eller CSV, högst { $number } MB. Filtypen kontrolleras utifrån innehållet.
document-size-kb = { $number } kB
document-uploaded = Uppladdat
document-visibility = Vem kan se det
document-public = Offentligt
document-private = Endast försökets deltagare
document-make-public = Gör offentligt
document-make-private = Gör icke-offentligt
document-upload-heading = Lägg till ett dokument
document-upload = Ladda upp
document-publish-now = Offentliggör direkt
document-refused = Filen laddades inte upp. Se orsaken nedan.
document-back = Tillbaka till försöket
error-file_too_large = Filen är för stor: högst { $limit_mib } MB godtas.
error-file_empty = Filen är tom.
error-unsupported_file_type = Filen är inte av en typ som godtas, eller så är innehållet inte det som filnamnet säger. Godtas: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, ren text och CSV.
error-document_record_not_public = Dokumentet hör till något som inte är offentligt och kan därför inte göras offentligt.

# Indikatorer mätta över tid (ärende 13, punkt 2)
indicator-heading = Indikatorer över tid
indicator-none = Inga indikatorer ännu. De skapas av de godkända målen första gången försökets personer öppnar dem.
indicator-awaiting-review = { $count ->
    [one] Ett rapporterat värde väntar på granskning.
   *[other] { $number } rapporterade värden väntar på granskning.
}
indicator-export = Ladda ner indikatorerna (CSV)
indicator-open-report = Rapportera värden
indicator-open-review = Granska rapporterade värden
indicator-open-page = Alla rapporterade värden
indicator-measure = Mäts som
indicator-baseline = Utgångsvärde
indicator-target = Mål
indicator-frequency = Rapporteras
indicator-breakdown = Fördelat på
indicator-legend-actual = Mörkblå linje med punkter: godkända värden
indicator-legend-target = Orange streckad linje: mål
indicator-legend-baseline = Grå linje: utgångsvärde
indicator-legend-table = Samma siffror finns i tabellen nedan.
indicator-table-caption = Mål och godkända värden per period
indicator-period = Period
indicator-actual = Värde
indicator-status = Status
indicator-comment = Kommentar
indicator-reviewer-comment = Granskarens kommentar
indicator-revisions = { $count ->
    [one] Ändrad en gång: den tidigare definitionen
   *[other] Ändrad { $number } gånger: de tidigare definitionerna
}
indicator-revision = Version { $revision }
indicator-definition = Definition
indicator-measure-unit = ett tal
indicator-measure-percentage = en andel i procent
indicator-measure-nominal = ett tal på en skala av kategorier
indicator-measure-ordinal = ett heltal på en rangordnad skala
indicator-measure-qualitative = en beskrivning i ord
indicator-frequency-quarterly = var tredje månad
indicator-frequency-half_yearly = varje halvår
indicator-frequency-yearly = varje år
indicator-status-draft = Utkast
indicator-status-submitted = Väntar på granskning
indicator-status-returned = Återsänt för rättelse
indicator-status-approved = Godkänt
indicator-ascending = högre är bättre
indicator-descending = lägre är bättre
indicator-chart-desc = Utgångsvärde { $baseline }. Mål { $target }. Godkända värden: { $actuals }.
indicator-chart-no-actuals = inga ännu
indicator-page-title = Indikatorer och rapporterade värden
indicator-page-lead = Rapportera värdet för varje period, som utkast eller för granskning. Bara värden som sekretariatet eller försökets forskare godkänner räknas och visas offentligt; en godkänd period kan inte längre ändras.
indicator-queue-heading = Väntar på din granskning
indicator-queue-empty = Inget väntar på granskning.
indicator-reported-by = Rapporterat av
indicator-review-comment = Kommentar till kommunen
indicator-review-comment-hint = Måste fyllas i när du skickar tillbaka värdet: skriv vad som bör rättas.
indicator-approve = Godkänn
indicator-return = Skicka tillbaka för rättelse
indicator-report-heading = Rapportera
indicator-returned-because = Återsänt för rättelse
indicator-value-text = Vad som hände under perioden
indicator-value = Värde
indicator-value-hint = Mål för perioden: { $target }. Skriv ett tal, till exempel 12 eller 12,5.
indicator-send = Skicka för granskning
indicator-save-draft = Spara som utkast
indicator-waiting = skickat, väntar på granskning
indicator-locked = godkänt och låst
indicator-import-heading = Importera värden från en fil
indicator-import-lead = Ladda ner indikatorerna som CSV, fyll i värdekolumnen och importera samma fil här. Perioder du lämnar tomma hoppas över. Är en rad fel importeras ingenting och raden anges.
indicator-import-file = CSV-fil
indicator-import-hint = Filen du får när du laddar ner, med dina värden ifyllda (UTF-8).
indicator-import-send = Skicka de importerade värdena för granskning
indicator-import = Importera
indicator-import-choose-file = Välj en CSV-fil att importera.
indicator-define-heading = Lägg till en indikator
indicator-revise-heading = Ändra indikatorn
indicator-revise-lead = En ändring sparar den tidigare definitionen, som visas tillsammans med indikatorn, och godkända perioder behåller sina mål.
indicator-field-reason = Varför den ändras
indicator-revise = Spara ändringen
indicator-notice-revised = Indikatorn är ändrad; den tidigare definitionen är sparad.
indicator-field-title = Vad som mäts
indicator-field-description = Beskrivning
indicator-field-unit = Enhet (till exempel elever eller dagar)
indicator-field-ascending = Högre värden är bättre
indicator-field-baseline-value = Utgångsvärde
indicator-field-baseline-date = Datum för utgångsvärdet
indicator-field-target-value = Målvärde
indicator-field-target-date = Datum för målet
indicator-field-dimension = Fördela på (valfritt)
indicator-field-dimension-hint = Till exempel åldersgrupp eller stadsdel.
indicator-field-categories = Kategorier
indicator-field-categories-hint = En per rad.
indicator-define = Lägg till indikatorn
indicator-back = Tillbaka till försöket
indicator-notice-draft = Värdet är sparat som utkast.
indicator-notice-submitted = Värdet är skickat för granskning.
indicator-notice-approved = Värdet är godkänt; perioden är nu låst.
indicator-notice-returned = Värdet är återsänt för rättelse med din kommentar.
indicator-notice-imported = { $count ->
    [0] Filen innehöll inga nya värden.
    [one] Värdet för en period importerades.
   *[other] Värdena för { $number } perioder importerades.
}
indicator-notice-defined = Indikatorn är tillagd.
indicator-error-conflict = Någon annan har ändrat eller granskat det här värdet under tiden. Sidan visar det nu som det är.
indicator-error-decided = Någon annan har redan beslutat om det här värdet. Sidan visar det nu som det står.
indicator-reach-not-ended = kan rapporteras när perioden är slut
indicator-reach-not-reached = nåddes inte: försöket avslutades
indicator-chart-axes = Från { $from } till { $to }; värden från { $low } till { $high }.
error-period_not_ended = Perioden är inte slut än: värdet kan rapporteras från dagen efter { $end }.
error-period_after_trial_end = Perioden nåddes inte: försöket avslutades innan den började, så det finns inget att rapportera för den.
indicator-notification-submitted-title = Indikatorvärden att granska: { $case }
indicator-notification-submitted-body = Nya värden för försöket ”{ $title }” ({ $case }) väntar på din granskning.
indicator-notification-approved-title = Indikatorvärde godkänt: { $case }
indicator-notification-approved-body = Ett värde du rapporterade för försöket ”{ $title }” ({ $case }) har godkänts.
indicator-notification-returned-title = Indikatorvärde återsänt: { $case }
indicator-notification-returned-body = Ett värde du rapporterade för försöket ”{ $title }” ({ $case }) har skickats tillbaka för rättelse. Granskarens kommentar finns på indikatorsidan.
error-indicator_value_invalid = { $measure ->
    [percentage] Värdet passar inte indikatorn: skriv en andel från 0 till 100.
    [ordinal] Värdet passar inte indikatorn: skriv ett heltal på skalan.
    [qualitative] Indikatorn beskrivs i ord: skriv vad som hände, inte ett tal.
    [unit] Värdet passar inte indikatorn: skriv ett tal.
    [nominal] Värdet passar inte indikatorn: skriv ett tal.
   *[any] Värdet passar inte indikatorn: skriv ett tal eller ord för en indikator som beskrivs i ord.
}
error-indicator_csv_invalid = Rad { $line }, kolumn ”{ $field }”: { $reason }. Inget från filen sparades.
error-period_locked = Värdet för den här perioden är godkänt och låst; det kan inte längre ändras.
error-update_awaiting_review = Det här värdet väntar på granskning och kan bara ändras om det skickas tillbaka.
error-update_not_submitted = Det här värdet väntar inte (längre) på granskning.
error-review_comment_required = Skriv vad som bör rättas när du skickar tillbaka ett värde.

## --- Stimulansmedel (issue 13, item 7: funds slice, prefix fund-) ---
fund-heading = Stimulansmedel
fund-none = Den här ordningen ger inga stimulansmedel.
fund-awarded = Beviljat
fund-disbursed = Utbetalt
fund-spent = Använt, enligt rapporteringen
fund-no-grants = Inget har beviljats ännu.
fund-grants = Beviljade medel
fund-award-date = Beslutsdatum
fund-amount-applied-for = Sökt belopp
fund-amount-awarded = Beviljat belopp
fund-amount-disbursed = Utbetalt belopp
fund-planned-dates = Planerad period
fund-planned-start = Från
fund-planned-end = Till
fund-payments = Utbetalningar
fund-paid-on = Utbetalningsdatum
fund-amount = Belopp
fund-reference = Referens i bokföringen
fund-spending = Rapporterade kostnader
fund-period = Period
fund-period-start = Från och med
fund-period-end = Till och med
fund-purpose = Vad pengarna användes till
fund-purpose-hint = Till exempel lön till projektledare eller kurser för personalen. Texten läses av sekretariatet och de forskare som följer försöket.
fund-reported-by = Rapporterat av
fund-allocate-heading = Bevilja medel
fund-allocate = Bevilja
fund-remaining-of = { $remaining } av { $total } återstår i ordningens budget.
fund-budget-link = Se budgeten
fund-amount-hint = Skriv beloppet som du brukar, till exempel 1 250 000 eller 1 250 000,50.
fund-optional = Kan lämnas tomt.
fund-award-date-hint = Datum då beslutet om bidraget fattades. Bidraget räknas mot budgeten för det året.
fund-no-budget-to-allocate = Ordningen har ingen budget att bevilja från.
fund-pay-heading = Registrera en utbetalning
fund-undisbursed = Ännu inte utbetalt: { $amount }.
fund-pay-grant = Bidraget som betalas ut
fund-left = { $amount } kvar
fund-pay = Registrera utbetalningen
fund-spend-heading = Rapportera kostnader
fund-spend = Skicka rapporten
fund-page-link = Allt om försökets medel
fund-refused = Det som skickades sparades inte. Se meddelandet vid fältet.
fund-back-to-trial = Tillbaka till försöket
fund-back-to-scheme = Tillbaka till ordningen
fund-budget-title = Budget för stimulansmedel
fund-budget-total = Budget totalt
fund-budget-allocated = Beviljat
fund-budget-remaining = Återstår
fund-budget-planned = Budget
fund-budget-by-year = Fördelat per år
fund-budget-years-hint = Kan lämnas tomt. Fördelar du per år måste åren tillsammans bli hela budgeten, och ett bidrag räknas mot det år det beviljades.
fund-year = År
fund-grants-by-trial = Beviljade medel per försök
fund-trial = Försök
fund-ungranted = Försök utan bidrag
fund-budget-change = Ändra budgeten
fund-budget-set = Fastställ en budget
fund-currency = Valuta
fund-budget-save = Spara budgeten
fund-budget-remove = Ordningen ger inga medel
fund-error-budget-exceeded = Bidraget på { $requested } är mer än de { $remaining } som återstår. Budget: { $total }, redan beviljat: { $allocated }.
fund-error-budget-exceeded-year = Bidraget på { $requested } är mer än de { $remaining } som återstår för { $year }. Årets budget: { $total }, redan beviljat: { $allocated }.
fund-error-payment-exceeds-award = Utbetalningen på { $requested } är mer än de { $remaining } som återstår av bidraget. Beviljat: { $awarded }, utbetalt: { $disbursed }.
fund-error-below-allocated = Budgeten på { $total } är mindre än de { $allocated } som redan har beviljats.
fund-error-years-do-not-add-up = Åren blir tillsammans { $years_sum }, inte hela budgeten på { $total }.
fund-error-year-not-planned = Budgeten har inga medel för { $year }. Välj ett datum under ett år som budgeten har, eller fördela budgeten på fler år.
fund-error-year-twice = Året { $year } står två gånger.
fund-error-no-budget = Den här ordningen ger inga stimulansmedel, så inget kan beviljas.
fund-error-no-allocation = Försöket har inte beviljats några medel, så det finns inga kostnader att rapportera.
fund-error-currency-fixed = Valutan kan inte ändras när medel har beviljats.
fund-amount-empty = Skriv ett belopp.
fund-amount-not_a_number = Det här är inte ett belopp. Skriv det till exempel så här: 1 250 000,50.
fund-amount-wrong_currency = Beloppet är i en annan valuta än budgeten.
fund-amount-negative = Beloppet kan inte vara negativt.
fund-amount-zero = Beloppet måste vara mer än noll.
fund-amount-too_many_decimals = Beloppet har fler decimaler än valutan. Skriv ören med två siffror, till exempel 1 250,50.
fund-amount-too_large = Beloppet är för stort.
fund-amount-ambiguous = Beloppet kan läsas på två sätt. Skriv tusen som 1000 eller 1 000, och ören med komma: 1 000,50.
field-award-date = Beslutsdatum
field-planned-start = Planerad start
field-planned-end = Planerat slut
field-paid-on = Utbetalningsdatum
field-purpose = Vad pengarna användes till
field-allocation-id = Bidrag
error-no_budget = Den här ordningen ger inga stimulansmedel.
error-no_allocation = Försöket har inte beviljats några medel.
error-budget_exceeded = Bidraget är större än det som återstår av budgeten.
error-payment_exceeds_award = Utbetalningen är större än det som återstår av bidraget.
error-budget_below_allocated = Budgeten är mindre än det som redan har beviljats.
error-budget_years_do_not_add_up = Åren blir inte tillsammans hela budgeten.
error-budget_year_not_planned = Budgeten har inga medel för { $year }.
error-budget_year_twice = Ett år står två gånger.
error-budget_currency_fixed = Valutan kan inte ändras när medel har beviljats.
error-amount_invalid = Beloppet kan inte läsas.
error-amount_ambiguous = Beloppet kan läsas på två sätt.
journal-action-scheme-budget-set = fastställde budgeten för stimulansmedel
journal-action-trial-funds-allocated = beviljade stimulansmedel till försöket
journal-action-trial-payment-recorded = registrerade en utbetalning till försöket
journal-action-trial-spending-reported = rapporterade kostnader för medlen

## --- Status reports and milestones (issue 13, item 3: reports slice, prefix report-) ---
report-heading = Lägesrapporter
report-not-verified-since = Status inte bekräftad sedan { $date }: en lägesrapport är försenad.
report-overdue-flag = En lägesrapport är försenad.
report-next-due = Nästa rapport ska lämnas { $date }
report-write = Skriv rapporten
report-open = Öppna rapporten
report-none = Inga lägesrapporter ännu.
report-label-period = Period
report-label-due_date = Sista dag
report-label-status = Status
report-kind-periodic = Lägesrapport
report-kind-final = Slutrapport
report-status-draft = Inte inlämnad
report-status-submitted = Inlämnad
report-status-returned = Återsänd för omarbetning
report-status-accepted = Godkänd
report-schedule-link = Ordningens rapporteringsplan
report-schedule-title = Rapporteringsplan
report-schedule-intro = Hur ofta ordningens försök rapporterar, när slutrapporten ska lämnas och när påminnelser skickas. Rapporter som redan har skapats behåller sina datum.
report-schedule-saved = Rapporteringsplanen är sparad.
report-schedule-save = Spara planen
report-label-every_months = Månader mellan lägesrapporterna
report-label-final_after_days = Dagar efter slutet för slutrapporten
report-label-grace_days = Dagar en försenad rapport får vänta innan den offentliga sidan visar det
report-label-remind_before_days = Påminnelse, dagar före sista dagen
report-label-remind_after_days = Påminnelse, dagar efter sista dagen
report-hint-every_months = Från den dag försöket startar: 6 betyder en rapport varje halvår (1 till 24).
report-hint-final_after_days = Till exempel 90 (0 till 365).
report-hint-grace_days = Därefter visar försökets offentliga sida ”status inte bekräftad sedan” (0 till 365).
report-hint-remind_before_days = 0 skickar ingen påminnelse före (0 till 90).
report-hint-remind_after_days = 0 skickar ingen påminnelse efter (0 till 90).
report-done-saved = Rapporten är sparad. Den skickas inte förrän du lämnar in den.
report-done-submitted = Rapporten är inlämnad till sekretariatet.
report-done-accepted = Rapporten är godkänd.
report-done-returned = Rapporten är återsänd till försöket med din kommentar.
report-overdue = Försenad
report-submitted-at = Inlämnad
report-decided-at = Senast behandlad
report-returned-with = Sekretariatet återsände rapporten:
report-label-progress = Framsteg under perioden
report-hint-progress = Vad som gjordes, vad som förändrades för invånare och personal, och hur försöket står nu.
report-milestones = Milstolpar
report-hint-milestones = Försökets milstolpar och hur var och en står. Lämna en rad tom för att inte lägga till något.
report-row-milestones = Milstolpe
report-label-title = Rubrik
report-label-note = Anteckning
report-milestone-scheduled = Planerad
report-milestone-met = Uppnådd
report-milestone-not_met = Inte uppnådd
report-milestone-partially_met = Delvis uppnådd
report-exemptions = Använda undantag
report-hint-exemptions = För varje beviljat undantag: användes det under perioden, och hur många gånger?
report-row-exemptions_used = Undantag
report-label-exemption = Undantag
report-label-used = Använt under perioden
report-label-count = Antal gånger använt
report-events = Händelser som rör rättssäkerheten
report-hint-events = Klagomål, invånare som valt bort försöket, incidenter. Skriv inga namn: beskrivningen stannar hos sekretariatet.
report-row-events = Händelse
report-label-kind = Typ
report-event-complaint = Klagomål
report-event-opt_out = Invånare valde bort försöket
report-event-incident = Incident
report-event-other = Annat
report-label-date = Datum
report-label-people = Antal personer eller ärenden
report-label-description = Vad som hände
report-label-handling = Hur det hanterades
report-label-problems = Problem
report-hint-problems = Vad som gick fel eller står i vägen.
report-documents-note = Bifoga dokument till rapporten under försökets dokument.
report-save = Spara utkast
report-submit = Lämna in rapporten
report-submit-hint = När rapporten är inlämnad kan den inte ändras, om inte sekretariatet återsänder den.
report-empty = Inget skrivet.
report-used-yes = använt
report-used-no = inte använt
report-used-times = { $count } gånger
report-no-events = Inga händelser som rör rättssäkerheten har rapporterats.
report-events-private = Beskrivningarna av händelserna stannar hos sekretariatet.
report-decide = Godkänn eller återsänd
report-accept = Godkänn rapporten
report-label-comment = Kommentar till försöket
report-hint-comment = Krävs för att återsända rapporten: skriv vad som ska ändras.
report-return = Återsänd för omarbetning
report-back = Tillbaka till försöket
report-invalid-value = { $field } kan inte läsas: kontrollera värdet.
report-label-comment-required = Kommentar
report-dashboard-heading = Försenade lägesrapporter
report-dashboard-due = sista dag { $date }
report-dashboard-returned = skickad tillbaka för rättelse (senast { $date }) — se kommentaren
report-actuals-heading = Indikatorvärden under perioden
report-actuals-empty = Ingen indikator har en period som slutar inom rapportens period.
report-actuals-indicator = Indikator
report-actuals-period = Period
report-actuals-value = Värde
report-actuals-none = inte rapporterat än
report-actuals-breakdown = rapporterat per kategori
report-actuals-link = Rapportera indikatorvärdena på indikatorsidan
report-notify-due-title = Lägesrapport ska lämnas { $due }: { $case }
report-notify-due-body = Lägesrapporten för försöket ”{ $title }” ({ $case }) ska lämnas senast { $due }.
report-notify-overdue-title = Lägesrapport försenad: { $case }
report-notify-overdue-body = Lägesrapporten för försöket ”{ $title }” ({ $case }) skulle ha lämnats { $due } och har inte lämnats in.
report-notify-submitted-title = Lägesrapport inlämnad: { $case }
report-notify-submitted-body = En lägesrapport för försöket ”{ $title }” ({ $case }) har lämnats in och väntar på att godkännas eller återsändas.
report-notify-returned-title = Lägesrapport återsänd: { $case }
report-notify-returned-body = Sekretariatet återsände lägesrapporten för försöket ”{ $title }” ({ $case }) för omarbetning: { $comment }
error-report_not_editable = Rapporten är inlämnad och kan inte längre ändras.
error-report_wrong_status = Rapporten har ändrats under tiden; ladda om sidan.
error-return_comment_required = Skriv en kommentar om vad som ska ändras.
error-trial_not_started = Försöket har inte startat och ska inte lämna rapporter ännu.

## --- Lokala föreskrifter och försökets start (ärende 13, punkt 1: livscykel, prefix regulation-) ---
regulation-section-heading = Lokala föreskrifter
regulation-section-hint = Varje deltagare antar sina egna lokala föreskrifter. Försöket startar när varje deltagares föreskrifter har trätt i kraft.
regulation-section-hint-approval = Varje deltagare antar sina egna lokala föreskrifter, och sekretariatet godkänner dem. Försöket startar när varje deltagares föreskrifter har trätt i kraft.
regulation-ready-from = Alla föreskrifter gäller: försöket startar { $date }.
regulation-waiting = { $count ->
    [one] Försöket startar när föreskrifterna för ytterligare en deltagare har trätt i kraft.
   *[other] Försöket startar när föreskrifterna för ytterligare { $count } deltagare har trätt i kraft.
}
regulation-participant = Deltagare
regulation-standing = Status
regulation-standing-awaiting_adoption = Väntar på beslut
regulation-standing-awaiting_approval = Antagna, väntar på godkännande
regulation-standing-in_force = Gäller sedan { $date }
regulation-standing-in_force_from = Träder i kraft { $date }
regulation-adopted-on = Beslutsdatum
regulation-in-force-from = Gäller från
regulation-page-title = Lokala föreskrifter
regulation-done-saved = Utkastet är sparat.
regulation-done-adopted = Beslutet är registrerat.
regulation-done-approved = Föreskrifterna är godkända.
regulation-kind = Typ av föreskrifter
regulation-approval = Godkännande av sekretariatet
regulation-approval-required = Krävs i denna ordning
regulation-approval-not-required = Krävs inte i denna ordning
regulation-body = Antagna av
regulation-reference = Diarienummer eller paragraf i protokollet
regulation-approved-at = Godkända
regulation-text-heading = Texten
regulation-print = Skriv ut texten
regulation-draft-hint = Frirum har skrivit detta utkast utifrån beslutet. Justera det innan kommunfullmäktige antar det; när beslutet är registrerat ligger texten fast.
regulation-text-label = Föreskrifternas text
regulation-text-hint = Ren text. Skriv varje paragraf på en egen rad, till exempel ”§ 1 Syfte”.
regulation-text-save = Spara utkastet
regulation-text-not-public = Texten blir offentlig när kommunfullmäktige har antagit den.
regulation-not-drafted = Inget utkast ännu. Det skrivs när deltagaren eller sekretariatet öppnar denna sida.
regulation-adoption-heading = Registrera beslutet
regulation-adoption-hint = När kommunfullmäktige har antagit föreskrifterna registrerar du när, av vem och från vilken dag de gäller.
regulation-adopted-on-hint = Dagen för sammanträdet. Den kan inte ligga i framtiden.
regulation-body-hint = Organet som antog dem, till exempel kommunfullmäktige.
regulation-reference-hint = Diarienumret eller paragrafen i protokollet, till exempel ”KF § 112”.
regulation-in-force-from-hint = Första dagen föreskrifterna gäller. Inte före beslutet; den får ligga i framtiden.
regulation-adoption-save = Registrera beslutet
regulation-document-hint = Du kan bifoga de antagna föreskrifterna som fil (välj typen ”Antagen föreskrift”).
regulation-document-link = Ladda upp dokumentet
regulation-approval-heading = Godkänn föreskrifterna
regulation-approval-hint = Kontrollera att den antagna texten stämmer med beslutet. När du godkänner dem kan försöket starta den dag föreskrifterna träder i kraft.
regulation-approve = Godkänn föreskrifterna
regulation-back = Tillbaka till försöket
regulation-print-draft = Utkast: ännu inte antaget.
regulation-required = Fyll i detta fält.
regulation-settings-title = Lokala föreskrifter
regulation-settings-intro = Bestäm om sekretariatet ska godkänna de lokala föreskrifter som deltagarna antar innan försöken kan starta.
regulation-settings-saved = Inställningen är sparad.
regulation-settings-default = Ordningen följer landets vanliga regel: norska försöksföreskrifter godkänns av departementet; danska och svenska är kommunens egna.
regulation-settings-requires = Sekretariatet godkänner antagna föreskrifter
regulation-settings-requires-hint = Om rutan är ikryssad startar ett försök först när sekretariatet har godkänt varje deltagares antagna föreskrifter.
regulation-settings-save = Spara inställningen
regulation-settings-trials = Ordningens försök
regulation-body-no = Kommunestyret
regulation-body-dk = Kommunalbestyrelsen
regulation-body-se = Kommunfullmäktige
regulation-home-adoption = Föreskrifter att anta
regulation-home-adoption-hint = Dessa försök startar när kommunfullmäktige har antagit de lokala föreskrifterna och du har registrerat beslutet.
regulation-home-approval = Föreskrifter att godkänna
regulation-home-approval-hint = Antagna lokala föreskrifter som väntar på ditt godkännande.
error-adoption_in_future = Beslutsdatumet ({ $adopted_on }) ligger i framtiden. Registrera beslutet efter sammanträdet.
error-in_force_before_adoption = Föreskrifterna kan inte träda i kraft ({ $in_force_from }) innan de har antagits ({ $adopted_on }).
error-regulation_text_fixed = Föreskrifterna är antagna, så texten kan inte längre ändras.
error-regulation_not_adopted = Föreskrifterna är ännu inte antagna.
error-regulation_already_approved = Föreskrifterna är redan godkända.
error-regulation_approval_not_required = Denna ordning kräver inte att sekretariatet godkänner föreskrifter.
error-trial_ended = Försöket är avslutat.
error-not_a_participant = Organisationen deltar inte i detta försök.

## --- Change requests, public history, extension and the legal-basis clock (issue 13, items 4 and 5: changes slice, prefix change-) ---
change-heading = Ändringar i försöket
change-clock-heading = Det rättsliga stödet behöver uppmärksamhet
change-clock-ends-soon = Det rättsliga stödet för undantaget från { $reference } upphör den { $date }, inom sex månader.
change-clock-evaluation-after = Slututvärderingen ska lämnas den { $due }, efter att det rättsliga stödet upphör den { $end }.
change-limit = Försöket kan förlängas till senast den { $date }
change-basis-six_years = sex år sammanlagt från den godkända starten (den norska försökslagen)
change-basis-one_extension = en förlängning på upp till två år (den norska försökslagen)
change-basis-extension_used = den enda förlängning som lagen tillåter har använts
change-basis-scheme_maximum = ordningens längsta period
change-basis-amending_act = förlängt genom ändringslag
change-open = Ansökningar som väntar på beslut
change-open-none = Inga ändringsansökningar väntar.
change-closed = Avslagna och återkallade ansökningar
change-kind-extend_period = Förlänga perioden
change-kind-shorten_period = Förkorta perioden
change-kind-add_participant = Lägga till en deltagare
change-kind-remove_participant = Ta bort en deltagare
change-kind-change_objectives = Ändra mål eller indikatorer
change-kind-change_exemptions = Ändra undantagen
change-kind-put_on_hold = Pausa försöket
change-kind-end_early = Avsluta försöket i förtid
change-kind-hint-extend_period = Välj försökets nya sista dag. Den måste ligga inom gränsen ovan.
change-kind-hint-shorten_period = Välj försökets nya sista dag. Den kan inte ligga bakåt i tiden.
change-kind-hint-add_participant = Ange organisationen som går med i försöket. Den måste besluta egna lokala föreskrifter.
change-kind-hint-remove_participant = Välj organisationen som lämnar försöket.
change-kind-hint-change_objectives = Ändra formulering eller siffror, eller lägg till och ta bort mål. Bara ny formulering med samma siffror är en mindre ändring.
change-kind-hint-change_exemptions = Sekretariatet gör en ny rättslig granskning av en ändring av undantagen innan den godkänns.
change-kind-hint-put_on_hold = Försöket står still tills sekretariatet låter det fortsätta. Skriv varför.
change-kind-hint-end_early = Försöket slutar före planerat slut. Skriv varför: motiveringen publiceras.
change-class = Typ av ändring
change-class-major = Väsentlig ändring
change-class-minor = Mindre ändring
change-class-hint-major = (beslutas av sekretariatet)
change-class-hint-minor = (registreras direkt)
change-status-submitted = Väntar på beslut
change-status-approved = Godkänd
change-status-rejected = Avslagen
change-status-withdrawn = Återkallad
change-submitted = Ansökt
change-decided = Beslutad
change-request = Ansök om en ändring
change-history-hint = Godkända ändringar visas i försökets offentliga historik med värdena före och efter.
change-new-title = Ansök om en ändring
change-current = Försöket nu
change-kind-choose = Vad vill ni ändra?
change-kind-continue = Fortsätt
change-new-end = Ny sista dag
change-current-end = Försöket slutar nu den { $date }.
change-organisation-code = Organisationens kod i registret
change-organisation-code-hint = Koden för en kommun eller en region i { $country }, till exempel 2480.
change-registry-link = Hitta den i registret
change-participant-leaves = Vilken organisation lämnar försöket?
change-objectives-hint = Lämna indikatorn tom för att ta bort ett mål. Den sista raden lägger till ett nytt.
change-objective-n = Mål { $n }
change-exemptions-hint = Avmarkera ett undantag för att avstå från det. Ange sista dagen för det rättsliga stödet om en lag avslutar eller förlänger det.
change-exemption-keep = Behåll detta undantag
change-exemption-wording = Vad undantaget tillåter
change-legal-basis-hint = Lämna tomt om det gäller så länge försöket pågår.
change-end-on = Försökets sista dag
change-reason = Varför behövs ändringen?
change-reason-hint = Måste fyllas i. När ändringen är godkänd är motiveringen offentlig i försökets historik.
change-record-now = Registrera ändringen nu, utan särskilt beslut (sekretariatet)
change-send = Skicka ansökan
change-cancel = Avbryt
change-screening = Rättslig granskning
change-screened = Granskad: ingen konflikt med lagen
change-screening-note = Anteckning om den rättsliga granskningen
change-applied = Genomförd som
change-values = Vad som ändras
change-values-hint = Värdena före är de som gällde när ansökan gjordes. Beslutet om vad som ursprungligen godkändes står kvar oförändrat.
change-decide = Besluta om ansökan
change-outcome = Beslut
change-approve = Godkänn och genomför ändringen
change-reject = Avslå ansökan
change-decision-reason = Motivering till beslutet
change-decision-reason-hint = Måste fyllas i vid avslag. Visas för deltagarna.
change-decide-save = Spara beslutet
change-withdraw = Återkalla ansökan
change-back = Tillbaka till försöket
change-error-beyond-limit = Försöket kan inte förlängas längre än till den { $limit }. Välj den dagen eller en tidigare.
error-extension_beyond_limit = Försöket kan inte förlängas längre än till den { $limit }.
error-screening_required = Bekräfta den rättsliga granskningen (ingen konflikt med lagen) och skriv en anteckning innan du godkänner en ändring av undantagen.
error-change_not_open = Ansökan är redan beslutad eller återkallad.
error-not_an_extension = Den nya sista dagen måste ligga efter den nuvarande ({ $current_end }).
error-not_a_shortening = Den nya sista dagen måste ligga före den nuvarande ({ $current_end }).
error-end_in_the_past = Den nya sista dagen kan inte ligga före den { $earliest }.
error-already_participant = Organisationen deltar redan i försöket.
error-not_participant = Organisationen deltar inte i försöket.
error-last_participant = Ett försök måste ha minst en deltagare.
error-nothing_changed = Ansökan ändrar ingenting. Ändra minst ett värde.
change-history-frozen = Varje ändring är en ny, daterad version. Beslutet om vad som godkändes står kvar som det godkändes.
change-line-joined = { $name } gick med i försöket
change-line-left = { $name } lämnade försöket
change-line-with-trial = så länge försöket pågår
change-line-exemption-added = Undantag tillagt: { $reference }
change-line-exemption-removed = Undantag borttaget: { $reference }
change-line-exemption-basis = { $reference }: rättsligt stöd till den { $after } (före: { $before })
change-line-exemption-wording = { $reference }: det som undantaget tillåter har formulerats om
change-line-objective-added = Mål tillagt: { $objective }
change-line-objective-removed = Mål borttaget: { $objective }
change-line-objective-changed = Mål ändrat: { $before } → { $after }
change-notify-submitted-title = Ändringsansökan att besluta om: { $case }
change-notify-submitted-body = Försöket ”{ $title }” ({ $case }) ansöker om en ändring: { $change }. Den väntar på ditt beslut.
change-notify-approved-title = Ändring godkänd: { $case }
change-notify-approved-body = Ändringen ”{ $change }” av försöket ”{ $title }” ({ $case }) är godkänd och ingår nu i försökets historik. { $reason }
change-notify-rejected-title = Ändring avslagen: { $case }
change-notify-rejected-body = Ändringen ”{ $change }” av försöket ”{ $title }” ({ $case }) är avslagen. Sekretariatets motivering: { $reason }

## Dashboards: what waits in the trials (review fixes)
dashboard-trials-heading = Försök: detta väntar på er
dashboard-trials-changes = { $count ->
    [one] ändringsansökan att avgöra
   *[other] ändringsansökningar att avgöra
}
dashboard-trials-reports = { $count ->
    [one] lägesrapport inskickad som väntar på godkännande
   *[other] lägesrapporter inskickade som väntar på godkännande
}
dashboard-trials-values = { $count ->
    [one] indikatorvärde som väntar på granskning
   *[other] indikatorvärden som väntar på granskning
}
dashboard-trials-regulations = { $count ->
    [one] lokal föreskrift som väntar på godkännande
   *[other] lokala föreskrifter som väntar på godkännande
}
dashboard-trials-overdue = { $count ->
    [one] försenad lägesrapport
   *[other] försenade lägesrapporter
}
dashboard-trials-clock = { $count ->
    [one] försök vars rättsliga grund upphör inom sex månader eller behöver åtgärdas
   *[other] försök vars rättsliga grund upphör inom sex månader eller behöver åtgärdas
}
dashboard-trials-never-started = { $count ->
    [one] planerat försök vars period är slut utan att det har startat
   *[other] planerade försök vars period är slut utan att de har startat
}
dashboard-researcher-waiting-total = värden väntar på din granskning i försöken du följer
dashboard-researcher-waiting = { $count ->
    [one] Ett värde väntar på din granskning
   *[other] { $count } värden väntar på din granskning
}
dashboard-researcher-waiting-none = Inget väntar på din granskning.
dashboard-my-trials = Mina försök
dashboard-my-trials-regulation = Fullmäktige har ännu inte antagit den lokala föreskriften
dashboard-my-trials-reports-due = { $count ->
    [one] En lägesrapport att skriva
   *[other] { $count } lägesrapporter att skriva
}
dashboard-my-trials-reports-returned = { $count ->
    [one] En lägesrapport återsänd för ändring
   *[other] { $count } lägesrapporter återsända för ändring
}
dashboard-my-trials-values-returned = { $count ->
    [one] Ett värde återsänt för rättelse
   *[other] { $count } värden återsända för rättelse
}
dashboard-my-trials-nothing = Inget väntar på er i detta försök.
dashboard-my-trials-all = Alla er organisations försök

## Funds: spending above the award needs confirming (review fixes)
fund-error-spending-exceeds-award = Utgiften på { $requested } gör att de samlade utgifterna blir { $total_spent }, mer än de beviljade { $awarded }. Kontrollera beloppet; om det stämmer, kryssa i rutan för att bekräfta det och skicka igen.
fund-confirm-amount = Jag bekräftar beloppet, även om utgifterna då överstiger det beviljade beloppet
fund-confirm-amount-hint = Kryssa bara i om beloppet stämmer. Sekretariatet ser när utgifterna överstiger beviljat belopp.
fund-overspent = De rapporterade utgifterna överstiger det beviljade beloppet. Gå igenom utgiftsrapporterna med deltagarna.
error-spending_exceeds_award_unconfirmed = Utgifterna överstiger det beviljade beloppet och är inte bekräftade.

## Documents: confirm before making public, notice after upload (review fixes)
document-uploaded-notice = ”{ $title }” har laddats upp.
document-confirm-public = Jag förstår att dokumentet blir offentligt för alla
document-confirm-public-required = Kryssa i rutan för att bekräfta att dokumentet blir offentligt för alla och tryck på ”Gör offentligt” igen.

## issue 14: dossier and adoption
journal-action-application-adopted = startade ansökan utifrån en annan kommuns försök
error-trial_not_adoptable = Bara ett försök som pågår eller har avslutats kan tas upp av en annan kommun.
error-own_trial = Din organisation deltar i det här försöket. Starta en ny ansökan i stället.
error-no_open_round = Ingen ansökningsomgång som din organisation kan söka i är öppen just nu.
adoption-heading = Upptaget av andra kommuner
adoption-none = Ingen annan kommun har startat en ansökan utifrån det här försöket ännu.
adoption-start = Starta en ansökan utifrån det här försöket
adoption-page-title = Starta en ansökan utifrån ett försök
adoption-explained = Du får ett utkast där försökets beviljade undantag, mål och indikatorer är ifyllda. Du kan ändra allt innan du skickar in det.
adoption-no-round = Ingen ansökningsomgång är öppen just nu i en ordning som din organisation kan söka i. Försök igen när en ny omgång öppnar.
adoption-back = Tillbaka till försöket
adoption-round = Vilken omgång vill du söka i?
adoption-create = Skapa utkastet
adoption-from = Startad utifrån försöket
dossier-heading = Erfarenheter från försök
dossier-empty = Ingen ansökan har sökt undantag från den här bestämmelsen ännu.
dossier-requests = Ansökningar
dossier-requested-count = Inskickade ansökningar som sökte undantag: { $count }
dossier-desired = Den regel som sökandena önskade i stället:
dossier-trials = Försök med undantag från den här bestämmelsen
dossier-no-trials = Inget försök har fått undantag från den här bestämmelsen.
dossier-granted-count = Beviljat som sökt: { $count }.
dossier-narrowed-count = Beviljat i snävare form: { $count }.
dossier-trial = Försök
dossier-period = Period
dossier-granted = Undantag
dossier-used = Använt
dossier-outcome = Utfall
dossier-narrowed = begränsat
dossier-used-reports = { $count ->
    [one] i en rapport
   *[other] i { $count } rapporter
}
dossier-used-times = { $count } gånger
dossier-pending = väntar på beslut
dossier-provision-pending = Alla försök har avslutats, och det saknas fortfarande ett beslut om vad som händer med regeln.
dossier-indicators = Resultat för indikatorerna
dossier-indicator = Indikator
dossier-baseline = Utgångsläge
dossier-target = Mål
dossier-latest = Senaste värde
dossier-findings = Resultat från utvärderingarna
dossier-no-findings = Ingen publicerad utvärdering har resultat om den här bestämmelsen ännu.
dossier-recommendations = Rekommendationer
dossier-adoptions = Upptaget av andra kommuner
dossier-timeline = Tidslinje
dossier-event-requested = Undantag sökt
dossier-event-started = Försöket startade
dossier-event-ended = Försöket avslutades
dossier-event-evaluation = Utvärdering publicerad
dossier-event-outcome = Utfall registrerat
dossier-event-adopted = Ansökan startad utifrån försöket
dossier-strength-strong = Starkt underlag
dossier-strength-moderate = Måttligt underlag
dossier-strength-weak = Svagt underlag
dossier-strength-inconclusive = Oklart
dossier-recommendation-make_general = Gör det till generell regel
dossier-recommendation-make_general_with_changes = Gör det till generell regel med ändringar
dossier-recommendation-continue_trying = Fortsätt pröva
dossier-recommendation-drop = Avsluta
dossier-outcome-spread_fully = Spritt fullt ut
dossier-outcome-spread_partly = Spritt delvis
dossier-outcome-not_spread = Inte spritt
dossier-outcome-stopped_or_never_started = Stoppat eller aldrig startat
dossier-outcome-followed_up_elsewhere = Följt upp på annat sätt
dossier-outcome-made_permanent = Permanentat genom lagändring
dossier-outcome-continued_until_reform = Förlängt fram till en reform
dossier-outcome-ended = Avslutat
proposal-open = Förslag till regeländring
proposal-title = Förslag till regeländring
proposal-language = Förslagets språk
proposal-pdf = Ladda ner som PDF
proposal-back = Tillbaka till bestämmelsen
proposal-to = Till
proposal-ministry-unknown = Det departement som ansvarar för lagen
proposal-intro = Kommuner har prövat ett undantag från den här bestämmelsen. Förslaget sammanfattar vad de sökte, vad försöken visade och vad utvärderingarna rekommenderar, som underlag för att ändra regeln.
proposal-current-text = Bestämmelsen som den lyder i dag
proposal-evidence = Vad försöken visade

## issue 14: research plans
plan-heading = Forskningsplaner
plan-none = Ingen forskningsplan har registrerats ännu.
plan-about = En registrerad plan är offentlig och låst: senare ändringar blir nya versioner med en motivering, visade sida vid sida.
plan-new = Ny forskningsplan
plan-edit = Redigera utkastet
plan-amend = Ändra planen
plan-register = Registrera planen
plan-status-draft = Utkast
plan-status-registered-version = Registrerad, version { $version }
plan-draft-hint = bara sekretariatet och de tilldelade forskarna ser det
plan-registered-on = registrerad
plan-design-before_after = Före och efter
plan-design-comparison_group = Jämförelsegrupp
plan-design-randomised = Randomiserad
plan-design-difference_in_differences = Skillnad i skillnader
plan-design-mixed_methods = Blandade metoder
plan-design-qualitative_case_study = Kvalitativ fallstudie
plan-design-other = Annan design
plan-field-title = Titel
plan-field-questions = Forskningsfrågor
plan-field-design = Design
plan-field-indicators = Försökets indikatorer som används
plan-field-other_data = Andra data som används
plan-field-analysis = Planerad analys
plan-field-embargo = Resultaten hålls inne till
plan-no-indicators = Inga av försökets indikatorer
plan-no-embargo = Inget embargo
plan-embargo-until = Resultat enligt denna plan publiceras inte före { $date }.
plan-embargo-lifted = Embargot löpte ut { $date }: resultaten får publiceras.
plan-version-n = Version { $version }
plan-versions = Versioner
plan-versions-frozen = Varje version bevaras som den registrerades.
plan-registered = registrerad
plan-amended = ändrad
plan-reason = Motivering till ändringen
plan-reason-hint = Obligatoriskt: ange vad som har ändrats och varför. Motiveringen visas med den nya versionen.
plan-amend-hint = Planen är registrerad. Dina ändringar blir en ny version med den motivering du anger; de tidigare versionerna förblir synliga.
plan-amend-save = Spara som ny version
plan-save-draft = Spara utkastet
plan-cancel = Avbryt
plan-questions-hint = En fråga per rad.
plan-other-data-hint = Register, enkäter, intervjuer och andra källor utöver försökets indikatorer.
plan-embargo-hint = Frivilligt. Fram till denna dag publiceras inte resultat enligt planen.
plan-trial-has-no-indicators = Försöket har inga indikatorer ännu.
plan-register-warning = Registreringen låser planen: den blir offentlig med dagens datum som version 1 och kan därefter bara ändras genom en motiverad ändring.
plan-register-confirm = Jag förstår att registreringen låser planen
plan-compare = Jämför versioner
plan-compare-a = Tidigare version
plan-compare-b = Senare version
plan-compare-show = Visa sida vid sida
plan-compare-field = Fält
plan-compare-changed = Ändrat
plan-compare-same = De två versionerna är likadana.
plan-compare-none = Det finns bara en version att visa.
plan-changed = ändrat
plan-back = Tillbaka
plan-back-to-plan = Tillbaka till planen
plan-joint-heading = Gemensamma forskningsplaner
plan-joint-about = Planer för utvärderingen av ordningen som helhet.
plan-joint-link = Se de gemensamma forskningsplanerna
field-questions = Forskningsfrågor
field-analysis = Planerad analys
field-other-data = Andra data som används
field-embargo-until = Resultaten hålls inne till
field-design = Design
field-indicator-ids = Indikatorer
error-plan_reason_required = Ange en motivering till ändringen: en registrerad plan ändras bara genom en motiverad ändring.
error-plan_unchanged = Ändringen ändrar ingenting i planen.
error-plan_registered = Planen är registrerad (version { $version }) och kan inte längre redigeras som utkast. Ändra den med en motivering i stället.
error-plan_not_registered = Planen är fortfarande ett utkast: redigera den eller registrera den.
error-plan_register_unconfirmed = Bekräfta att du förstår att registreringen låser planen.
error-plan_unknown_indicator = Välj bara försökets egna indikatorer.
plan-notify-registered-title = Forskningsplan registrerad: { $plan }
plan-notify-registered-body = Forskningsplanen ”{ $plan }” för { $place } har registrerats som version 1. Den är nu offentlig.
plan-notify-amended-title = Forskningsplan ändrad: { $plan }
plan-notify-amended-body = Forskningsplanen ”{ $plan }” för { $place } har ändrats (version { $version }). Motivering: { $reason }
journal-action-research-plan-created = Forskningsplan påbörjad
journal-action-research-plan-saved = Utkast till forskningsplan sparat
journal-action-research-plan-registered = Forskningsplan registrerad
journal-action-research-plan-amended = Forskningsplan ändrad

## issue 14: generalisation outcomes and the scheme's results page
outcome-category-spread_fully = Spritt fullt ut
outcome-category-spread_partly = Spritt delvis
outcome-category-not_spread = Inte spritt
outcome-category-stopped_or_never_started = Stoppat eller aldrig påbörjat
outcome-category-followed_up_elsewhere = Följt upp på annat sätt
outcome-category-made_permanent = Permanentat genom lagändring
outcome-category-continued_until_reform = Fortsatt tills en permanent ordning finns
outcome-category-ended = Avslutat, regeln oförändrad
outcome-class-changed_for_all = Regeln ändrad för alla
outcome-class-changed_in_part = Regeln ändrad delvis
outcome-class-continued_or_followed_up = Fortsatt eller uppföljt
outcome-class-not_changed = Regeln inte ändrad
outcome-class-stopped_or_never_started = Stoppat eller aldrig påbörjat
outcome-notify-title = Utfall registrerat för { $case }
outcome-notify-body = Sekretariatet har registrerat vad som blev av undantaget «{ $exemption }» i försöket { $case } «{ $title }»: { $category }.
outcome-heading = Spridning
outcome-hint = Registrera för varje beviljat undantag vad som blev av det efter försöket. Ett nytt utfall raderar inte de tidigare; det senaste gäller.
outcome-after-end = Vad som blev av varje undantag registreras när försöket har avslutats.
outcome-exemption = Undantag
outcome-category = Utfall
outcome-reasons = Motivering
outcome-resulting = Proposition eller lag som följde
outcome-resulting-hint = Skriv den som den citeras, till exempel «lov nr. 1546 af 27. december 2019», «LOV-2023-06-16-62» eller «SFS 2022:1234». En hänvisning som Frirum inte hittar i lagkatalogen sparas som den är skriven och markeras för sekretariatet.
outcome-not-resolved = Inte hittad i lagkatalogen
outcome-in-force = I kraft från
outcome-evaluations = Utvärderingar det bygger på
outcome-evaluation-joint = gemensam utvärdering av ordningen
outcome-recorded = Registrerat
outcome-history = Tidigare utfall
outcome-counts = gäller
outcome-none = Inget utfall registrerat ännu.
outcome-record-heading = Registrera ett utfall
outcome-record = Registrera utfall
outcome-page-link = Alla utfall för detta försök
outcome-no-exemptions = Försöket fick inga undantag.
outcome-back = Tillbaka till försöket
results-title = Resultat
results-about = Försök efter status, vad som blev av undantagen, undantag per lag och underlaget per tema, som diagram med tabeller.
results-link = Se ordningens resultat
results-summary-trials = { $count ->
    [one] { $number } försök.
   *[other] { $number } försök.
 }
results-summary-outcomes = { $count ->
    [one] { $number } undantag har ett utfall.
   *[other] { $number } undantag har ett utfall.
 }
results-public-only = Underlaget räknar bara utvärderingar som har publicerats.
results-contents = På denna sida
results-latest = Utfall för varje undantag
results-pending = Bestämmelser som väntar på ett utfall
results-pending-about = Alla försök med undantag från dessa bestämmelser har avslutats, och inget utfall har registrerats för något av dem.
results-pending-none = Ingen bestämmelse väntar på ett utfall.
results-flagged = Utfall att kontrollera
results-flagged-about = Lagen som följde av dessa utfall hittades inte i lagkatalogen. Den är sparad som den är skriven; kontrollera hänvisningen eller importera lagen.
results-flagged-none = Alla lagar som följde hittades i lagkatalogen.
results-legend = Teckenförklaring
results-chart-order = Staplarna följer raderna i tabellen nedan, i samma ordning.
results-csv-download = Ladda ner data som CSV
results-outcomes-by-class = Utfall i klasser som gäller över länderna
results-trial = Försök
results-back = Tillbaka till ordningen
results-trials-link = Ordningens försök
results-trials-by-status = Försök efter status
results-outcomes-by-category = Utfall efter kategori
results-exemptions-per-act = Beviljade undantag per lag
results-evidence-per-theme = Underlag per tema
results-no-trials = Ordningen har inga försök ännu.
results-no-outcomes = Inget utfall har registrerats ännu.
results-no-exemptions = Inga undantag har beviljats ännu.
results-no-evidence = Inga resultat från utvärderingar ännu.
results-act-none = Inte kopplat till lagkatalogen
results-theme-none = Utan tema
results-csv-status = Status
results-csv-trials = Försök
results-csv-category = Utfall
results-csv-common-class = Gemensam klass
results-csv-exemptions = Undantag
results-csv-act = Lag
results-csv-theme = Tema
results-strength-strong = Starkt underlag
results-strength-moderate = Måttligt underlag
results-strength-weak = Svagt underlag
results-strength-inconclusive = Inte entydigt
error-outcome_trial_not_ended = Försöket har inte avslutats ännu. Vad som blev av ett undantag registreras efter försökets slut.
error-outcome_exemption_not_granted = Försöket fick inte detta undantag.
error-outcome_category_not_offered = Välj ett av de utfall som ordningens land använder.
error-outcome_evaluation_unknown = Välj utvärderingar av detta försök eller av ordningen.
field-category = Utfall
field-resulting-citation = Proposition eller lag som följde
field-in-force = I kraft från
field-evaluation-ids = Utvärderingar
field-exemption = Undantag
journal-field-resolved = Hittad i lagkatalogen
journal-action-trial-outcome-recorded = registrerade vad som blev av ett undantag

## issue 14: research teams
research-teams-title = Forskningsmiljöer
research-teams-lead = Forskare hör till ett forskningsmiljö, ett universitet eller ett institut. Knyt dem till ett försök, ett tema i en ordning (ett nätverk av försök) eller en hel ordning (följeutvärderingen) från försökets eller ordningens sida.
research-teams-none = Inga forskningsmiljöer har lagts till ännu.
research-team-empty = Ingen hör till detta miljö ännu.
research-unaffiliated = Forskare utan forskningsmiljö
research-member-heading = Knyt en forskare till ett forskningsmiljö
research-organisation = Forskningsmiljö
research-no-organisation = Inget forskningsmiljö
research-member-save = Spara tillhörigheten
research-organisation-new = Lägg till ett forskningsmiljö
research-organisation-name = Universitetets eller institutets namn
research-organisation-website = Webbplats (valfri)
research-organisation-create = Lägg till forskningsmiljön
research-teams-next = Gå till ordningarna för att knyta forskare
research-section = Forskning
research-section-lead = Forskarna som följer ordningens försök: hela ordningen (följeutvärderingen), varje tema (ett nätverk av försök) eller enskilda försök. Knutna forskare läser allt om sina försök och granskar de rapporterade värdena.
research-whole-scheme = Hela ordningen (följeutvärdering)
research-none-assigned = Ingen är knuten.
research-theme = Tema
research-single-trials = Forskare på enskilda försök
research-no-researchers = Det finns inget forskarkonto att knyta ännu.
research-assign-to = Knyt till
research-assign = Knyt forskaren
research-back-to-scheme = Tillbaka till ordningen
research-via-trial = Knuten till detta försök
research-via-theme = Genom temat
research-via-scheme = Genom hela ordningen
research-via-change = Ändra på ordningens sida
research-scope-trial = ett försök
research-scope-theme = ett tema
research-scope-scheme = hela ordningen
research-notify-assigned-title = Du har knutits till forskning
research-notify-assigned-trial-body = Du följer nu försöket ”{ $name }” i { $scheme }. Du kan läsa allt om försöket och granska de värden det rapporterar.
research-notify-assigned-theme-body = Du följer nu alla försök i temat ”{ $name }” i { $scheme }.
research-notify-assigned-scheme-body = Du följer nu alla försök i { $scheme } för följeutvärderingen.
error-not_a_researcher = Endast forskare kan knytas till forskning eller höra till ett forskningsmiljö. Välj en forskares konto.
error-theme_not_in_scheme = Temat hör inte till denna ordning.
error-research_organisation_exists = Det finns redan ett forskningsmiljö med detta namn i landet.
journal-action-trial-researcher-assigned = knöt en forskare till försöket
journal-action-trial-researcher-unassigned = tog bort en forskare från försöket
journal-action-scheme-researcher-assigned = knöt en forskare till ordningens forskning
journal-action-scheme-researcher-unassigned = tog bort en forskare från ordningens forskning
journal-field-user-id = Forskare
journal-field-scope = Knuten till
dashboard-research-heading = Din forskning
dashboard-research-organisation = Du hör till { $name }.
dashboard-research-no-organisation = Du hör ännu inte till något forskningsmiljö; sekretariatet lägger till dig.
dashboard-research-drafts = Din forskning i utkast
dashboard-research-plans-draft = Forskningsplaner i utkast
dashboard-research-evaluations-draft = Utvärderingar i utkast
dashboard-research-none-draft = Inget i utkast.

## issue 14: evaluations
evaluation-heading = Utvärderingar
evaluation-new = Ny utvärdering
evaluation-none = Inga utvärderingar ännu.
evaluation-kind-process = Processutvärdering
evaluation-kind-results = Resultatutvärdering
evaluation-kind-transferability = Utvärdering av överförbarhet
evaluation-status-draft = Utkast
evaluation-status-published = Publicerad
evaluation-embargoed-until = Under embargo till { $date }
evaluation-joint = Samlad utvärdering av ordningen
evaluation-joint-heading = Samlade utvärderingar
evaluation-joint-about = En samlad utvärdering ser på alla försök i ordningen, efter tema och efter bestämmelse.
evaluation-scheme-link = Ordningens samlade utvärderingar
evaluation-back = Tillbaka
evaluation-edit = Redigera utvärderingen
evaluation-field-kind = Typ av utvärdering
evaluation-field-title = Titel
evaluation-field-summary = Sammanfattning
evaluation-summary-hint = Vad utvärderingen kom fram till, i några få stycken. Lämna en tom rad mellan styckena.
evaluation-summary-empty = Ingen sammanfattning har skrivits ännu.
evaluation-field-plan = Forskningsplan
evaluation-no-plan = Inte under en registrerad plan
evaluation-field-embargo = Resultaten är under embargo till
evaluation-embargo-hint = Valfritt. Fram till detta datum ser allmänheten bara att utvärderingen finns. Utan eget datum följer utvärderingen planens embargo.
evaluation-save = Spara
evaluation-cancel = Avbryt
evaluation-draft-hint = Detta är ett utkast: bara sekretariatet och de knutna forskarna kan se det.
evaluation-findings = Resultat och iakttagelser
evaluation-findings-none = Inga iakttagelser ännu.
evaluation-finding-add = Lägg till en iakttagelse
evaluation-finding-edit = Redigera iakttagelse
evaluation-finding-remove = Ta bort iakttagelse
evaluation-finding-n = Iakttagelse { $number }
evaluation-finding-text = Vad som iakttogs
evaluation-finding-strength = Evidensens styrka
evaluation-finding-exemptions = Undantag som den gäller
evaluation-finding-indicators = Indikatorer som den gäller
evaluation-finding-save = Spara iakttagelsen
evaluation-no-exemptions = Inga undantag beviljades.
evaluation-no-indicators = Försöket har inga indikatorer.
evaluation-strength-strong = Stark
evaluation-strength-moderate = Måttlig
evaluation-strength-weak = Svag
evaluation-strength-inconclusive = Oklar
evaluation-recommendations = Rekommendationer
evaluation-recommendations-none = Inga rekommendationer ännu.
evaluation-recommendations-edit = Redigera rekommendationerna
evaluation-recommendations-hint = För varje beviljat undantag: vad utvärderingen rekommenderar och varför. Lämna fältet tomt om utvärderingen inte tar ställning.
evaluation-recommendations-save = Spara rekommendationerna
evaluation-recommendation = Rekommendation
evaluation-recommendation-none = Ingen rekommendation
evaluation-recommendation-make_general = Gör det till allmän regel
evaluation-recommendation-make_general_with_changes = Gör det till allmän regel, med ändringar
evaluation-recommendation-continue_trying = Fortsätt försöket
evaluation-recommendation-drop = Avstå från det
evaluation-reasons = Skäl
evaluation-joint-summary = Över alla försök
evaluation-by-theme = Efter tema
evaluation-by-provision = Efter bestämmelse
evaluation-report = Hela rapporten
evaluation-report-none = Ingen rapport har bifogats ännu.
evaluation-report-file = Rapportfil (PDF, Word eller OpenDocument)
evaluation-report-title = Rapportens titel
evaluation-report-upload = Bifoga rapporten
evaluation-publish = Publicera
evaluation-publish-warning = När utvärderingen publiceras låses den: sammanfattning, iakttagelser och rekommendationer kan inte längre ändras. Fel som upptäcks senare förs in som rättelser bredvid.
evaluation-publish-embargo = Utvärderingen är under embargo till { $date }. Fram till dess ser allmänheten bara att den finns och när den publiceras.
evaluation-publish-counts = { $findings ->
    [one] Den har en iakttagelse.
   *[other] Den har { $findings } iakttagelser.
}
evaluation-publish-confirm = Jag förstår att utvärderingen låses när den publiceras.
evaluation-announced = En utvärdering har publicerats och blir tillgänglig för alla den { $date }.
evaluation-embargo-insiders = Under embargo: fram till { $date } ser allmänheten bara att utvärderingen finns.
evaluation-corrections = Rättelser
evaluation-frozen = En publicerad utvärdering ändras inte. Rättelser förs in här med datum.
evaluation-correction-note = Vad som rättas
evaluation-correction-record = För in rättelsen
evaluation-drafts = Utvärderingar under arbete
evaluation-notify-published-title = Utvärdering publicerad: { $title }
evaluation-notify-published-body = { $kind } «{ $title }» av { $case } { $name } har publicerats.
error-finding_exemption_not_granted = En iakttagelse kan bara gälla undantag som försöket har beviljats.
error-finding_indicator_unknown = En iakttagelse kan bara gälla försökets egna indikatorer.
error-recommendation_exemption_not_granted = En rekommendation kan bara gälla undantag som försöket har beviljats.
error-recommendation_twice = Ge varje undantag en rekommendation.
error-evaluation_plan_unknown = Välj en registrerad forskningsplan för samma försök eller ordning.
error-evaluation_without_findings = Lägg till minst en iakttagelse innan utvärderingen publiceras.
error-publish_unconfirmed = Bekräfta att du förstår att utvärderingen låses när den publiceras.
error-evaluation_published = Utvärderingen är publicerad och kan inte längre ändras. För in en rättelse i stället.
error-evaluation_not_published = Ett utkast redigeras direkt; rättelser förs in när det har publicerats.
error-evaluation_stale = Någon annan har sparat utvärderingen under tiden. Läs in sidan igen och försök på nytt.
journal-action-evaluation-created = Utvärdering påbörjad
journal-action-evaluation-updated = Utkast till utvärdering sparat
journal-action-evaluation-published = Utvärdering publicerad
journal-action-evaluation-corrected = Rättelse införd på en utvärdering
journal-action-evaluation-document-added = Rapport bifogad till en utvärdering
journal-field-note = Rättelse
journal-field-file-name = Fil
journal-field-sha256 = Kontrollsumma (SHA-256)

## issue 14: generalisation outcomes and the scheme's results page (fixes)
error-outcome_already_recorded = Ett utfall registrerades för detta undantag efter att formuläret öppnades, kanske för att det skickades två gånger. Det visas ovan; skicka formuläret igen bara för att registrera ett nytt.
dashboard-outcomes-heading = Utfall att följa upp
dashboard-outcomes-flagged = { $count ->
    [one] lag som följde men inte finns i lagkatalogen
   *[other] lagar som följde men inte finns i lagkatalogen
 }
dashboard-outcomes-pending = { $count ->
    [one] bestämmelse som väntar på ett utfall
   *[other] bestämmelser som väntar på ett utfall
 }

## issue 14: dossier and adoption (fixes)
proposal-language-note = Sidans knappar och menyer förblir på ditt språk; bara förslagets text byts.
proposal-written-in = Förslaget är skrivet på { $language }, språket i försökens ordning.
proposal-summary = Sammanfattning
proposal-summary-intro = Kommuner har prövat ett undantag från { $provision } i försök som godkänts inom en försöksordning. Vi föreslår att regeln ändras mot bakgrund av vad försöken och utvärderingarna av dem har visat.
proposal-summary-requests = { $count ->
    [one] En inskickad ansökan sökte undantaget.
   *[other] { $count } inskickade ansökningar sökte undantaget.
}
proposal-summary-trials = { $count ->
    [0] Inget försök har ännu beviljats det.
    [one] Ett försök beviljades det.
   *[other] { $count } försök beviljades det.
}
proposal-summary-findings = { $count ->
    [0] Utvärderingarna har ännu inga resultat om det.
    [one] Utvärderingarna har ett resultat om det.
   *[other] Utvärderingarna har { $count } resultat om det.
}
proposal-summary-recommendations = { $count ->
    [0] De ger ännu ingen rekommendation.
    [one] De ger en rekommendation.
   *[other] De ger { $count } rekommendationer.
}
proposal-recommended = Utvärderingarna rekommenderar
proposal-decided = Beslutat hittills
proposal-asked = Vad försöken sökte
proposal-asked-none = Ansökningarna beskrev inte vilken regel de ville ha i stället.
proposal-no-recommendations = Ingen publicerad utvärdering ger ännu någon rekommendation om denna bestämmelse.
proposal-outcomes = Vad som har beslutats
proposal-no-outcomes = Inget har ännu beslutats om regeln.
proposal-wording = Förslag till ny lydelse
proposal-wording-intro = Vi föreslår att { $provision } får den lydelse som sökandena bad om:
proposal-wording-none = Sökandena föreslog ingen lydelse; departementet ombeds formulera en mot bakgrund av resultaten ovan.

## issue 14: research plans and evaluations (fixes)
error-embargo_in_the_past = Embargodatumet kan inte ligga före dagens datum. Välj i dag eller en senare dag, eller lämna fältet tomt.

## issue 14: research teams (fixes)
dashboard-researcher-waiting-count = { $count ->
    [one] Ett värde väntar på din granskning i de försök du följer
   *[other] { $count } värden väntar på din granskning i de försök du följer
}
research-researchers-heading = Forskarna och deras forskningsmiljöer
research-member-current = Hör till: { $organisation }
research-member-current-none = Hör inte till någon forskningsmiljö
research-member-choose-for = Forskningsmiljö för { $name }
research-member-choose = Välj en forskningsmiljö
research-member-remove = Ta bort från { $organisation }
research-member-remove-confirm = { $name } hör då inte längre till { $organisation }. Forskarens uppdrag i försök och ordningar ändras inte.
research-member-remove-yes = Ja, ta bort { $name } från { $organisation }
research-member-confirm-needed = Bekräfta att forskaren ska tas bort från sin forskningsmiljö. Ingenting ändrades.
research-organisation-website-invalid = Skriv webbplatsens fullständiga adress så att den börjar med https://, till exempel https://www.gu.se.
research-unassign = Ta bort { $name }
research-unassign-confirm = { $name } förlorar åtkomsten till de försök som uppdraget gav, om inte forskaren har ett uppdrag på annat sätt.
research-unassign-yes = Ja, ta bort { $name }
research-single-trials-hint = Öppna ett försök för att ta bort en forskare från just det försöket.
research-organisation-edit = Rätta namn eller webbplats
research-organisation-save = Spara ändringarna
research-organisation-delete = Radera forskningsmiljön
research-organisation-delete-confirm = Forskningsmiljön raderas. Den kan bara raderas när ingen hör till den.
research-organisation-delete-yes = Ja, radera { $name }
error-research_organisation_not_empty = Det hör fortfarande forskare till forskningsmiljön. Ta bort dem från den innan du raderar den.

## Journal cases of the policy lab, networks and partners
journal-case-barrier = Hinder
journal-case-investigation = Utredning
journal-case-network = Nätverk
journal-case-partner = Partner

## issue 15: testbeds — partners, demands and public values
testbed-register-title = Partnerregister
testbed-register-lead = Företag, universitet, konsulter och föreningar som arbetar med kommuner i försök, med sitt organisationsnummer.
testbed-search = Sök på namn eller organisationsnummer
testbed-search-button = Sök
testbed-none = Inga partner hittades.
testbed-register-new = Registrera en partner
testbed-existing = { $name } är redan registrerad med detta nummer.
testbed-existing-open = Öppna { $name }
testbed-existing-use = Använd den i försöket
testbed-field-name = Partner
testbed-field-kind = Typ
testbed-field-national-id = Organisationsnummer
testbed-field-national-id-hint = Svenskt organisationsnummer (NNNNNN-NNNN), norskt organisasjonsnummer (9 siffror) eller danskt CVR-nummer (8 siffror). Mellanslag och bindestreck går bra. Lämna tomt för en enskild näringsidkare.
testbed-field-website = Webbplats
testbed-register-button = Registrera partner
testbed-next-trials = Gå till försöken
testbed-no-national-id = Inget angivet
testbed-partner-trials = Försök som den deltar i
testbed-partner-no-trials = Den deltar inte i något försök som du kan se.
testbed-agreement = Avtal
testbed-back-register = Tillbaka till partnerregistret
testbed-trial-title = Partner, krav och offentliga värden
testbed-trial-lead = De partner som kommunen arbetar med i försöket, vilka krav den ställer på var och en och vilka offentliga värden den värnar. Varje lägesrapport går igenom dem alla.
testbed-trial-back = Tillbaka till försöket
testbed-trial-none = Inga partner har lagts till i försöket än.
testbed-trial-open = Partner, krav och avtal
testbed-items-none = Inga krav eller offentliga värden än.
testbed-items-count = { $count ->
    [one] { $number } krav eller värde
   *[other] { $number } krav och värden
 }
testbed-history-caption = Bedömningar av { $item } per rapport
testbed-history-period = Rapportperiod
testbed-history-verdict = Bedömning
testbed-note = Anteckning
testbed-agreements = Avtal
testbed-agreements-none = Inget avtal bifogat.
testbed-item-add = Lägg till ett krav eller offentligt värde för { $name }
testbed-item-kind = Krav eller värde
testbed-demands = Krav
testbed-item-text = Vad som krävs
testbed-demand-add = Lägg till krav
testbed-value-kind = Offentligt värde
testbed-value-add = Lägg till offentligt värde
testbed-agreement-add = Bifoga ett avtal med { $name }
testbed-agreement-title = Titel
testbed-agreement-file = Fil (PDF eller kontorsdokument)
testbed-agreement-upload = Bifoga avtal
testbed-suggestions = Partner som nämns i ansökan
testbed-suggestions-lead = Den beviljade ansökan nämner dessa partner. Lägg till dem från registret, eller registrera dem först.
testbed-suggestion-add = Lägg till { $name } i försöket
testbed-suggestion-register = Registrera { $name }
testbed-add = Lägg till en partner från registret
testbed-add-partner = Partner
testbed-add-choose = Välj en partner
testbed-add-role = Roll i försöket
testbed-add-button = Lägg till partner
testbed-at-risk = Krav och värden i riskzonen enligt den senaste rapporten
testbed-review-heading = Partnernas krav och offentliga värden
testbed-review-hint = Bedöm varje krav och offentligt värde för perioden. Ett krav eller värde i riskzonen eller som har brutits behöver en anteckning om varför. Rapporten kan inte lämnas in utan en bedömning av vart och ett.
testbed-breach-open = Öppna överträdelsen
testbed-breach-title = Överträdelse av partner
testbed-breach-acknowledged = Överträdelsen är kvitterad och väntar inte längre på översikten.
testbed-breach-trial = Försök
testbed-breach-report = Rapport
testbed-breach-acknowledge = Kvittera överträdelsen
testbed-breach-ack-note = Vad sekretariatet gör åt den
testbed-breach-ack-hint = Anteckningen sparas i partnerns diarium.
testbed-back-dashboard = Tillbaka till översikten
testbed-breaches-heading = Överträdelser av partner
testbed-demand-data_access = Tillgång till data
testbed-demand-open_standards = Öppna standarder
testbed-demand-ownership_of_results = Äganderätt till resultat
testbed-demand-exit = Utträde och överlämning vid slutet
testbed-demand-confidentiality = Sekretess
testbed-demand-other = Annat krav
testbed-value-inclusion = Inkludering
testbed-value-transparency = Transparens
testbed-value-professional_ethics = Professionsetik
testbed-value-privacy = Integritet
testbed-value-equal_treatment = Likabehandling
testbed-value-other = Annat offentligt värde
testbed-verdict-kept = Uppfyllt
testbed-verdict-at_risk = I riskzonen
testbed-verdict-breached = Brutet
testbed-notify-breach-title = Överträdelse av partner rapporterad: { $case }
testbed-notify-breach-body = En lägesrapport för försöket ”{ $title }” ({ $case }) markerar ett krav eller offentligt värde som brutet: { $breaches }. Kvittera det på din översikt.
error-identifier_format = Organisationsnumret ska ha { $digits } siffror; bara siffror, mellanslag och bindestreck kan skrivas.
error-identifier_check_digit = Organisationsnumrets kontrollsiffra stämmer inte med de andra siffrorna. Kontrollera om det finns ett skrivfel.
error-identifier_personal_number = Detta är ett personnummer (en enskild näringsidkares). Lämna organisationsnumret tomt i stället.
error-partner_exists = En partner med detta organisationsnummer är redan registrerad.
error-partner_already_in_trial = Partnern deltar redan i försöket.
error-partner_verdict_required = Bedöm varje krav och offentligt värde innan rapporten lämnas in.
error-partner_note_required = Ett krav eller värde i riskzonen eller som har brutits behöver en anteckning om varför.
error-breach_already_acknowledged = Överträdelsen är redan kvitterad.

## issue 15: networks, guidance, the learning log and learning questions
network-list-title = Nätverk
network-list-lead = Tematiska nätverk av försök och kommuner: en samordnare, referensgrupper, sekretariatets vägledning och en lärandelogg.
network-list-none = Det finns inga nätverk ännu.
network-coordinated-by = samordnas av { $name }
network-new = Nytt nätverk
network-create = Skapa nätverket
network-back-to-list = Tillbaka till alla nätverk
network-back-to-network = Tillbaka till nätverket
network-back-to-trial = Tillbaka till försöket
network-members-hint = En medlemsorganisation per rad, som registret skriver namnet (till exempel Umeå kommun).
network-label-scheme-id = Program
network-label-name = Namn
network-label-purpose = Syfte
network-label-coordinator-email = Samordnarens e-postadress
network-label-members = Medlemsorganisationer
network-label-group = Referensgrupp
network-label-role-title = Roll eller titel
network-label-organisation = Organisation
network-label-title = Rubrik
network-label-body = Text
network-label-reason = Varför den ändras
network-label-question = Din fråga
network-label-questions = Lärandefrågor, en per rad
network-label-tried = Vad vi prövade
network-label-learned = Vad vi lärde oss
network-label-differently = Vad vi skulle göra annorlunda
network-label-provision-citation = En annan bestämmelse, genom hänvisning
network-label-body-reply = Svar
network-error-provision-citation = Ingen bestämmelse i lagkatalogen passar hänvisningen. Skriv den som jurister gör, till exempel 4 kap. 1 § socialtjänstlagen.
network-error-members = En organisation finns inte i registret för programmets land. Skriv namnet som registret gör.
network-error-coordinator-email = Inget konto har den här e-postadressen.
network-error-scheme-id = Välj ett program.
network-error-group = Välj en referensgrupp.
network-purpose = Syfte
network-people = Samordnare, medlemmar och försök
network-coordinator-is = Samordnare: { $name }
network-coordinator-none = Nätverket har ingen samordnare ännu.
network-members = Medlemsorganisationer
network-members-none = Inga medlemsorganisationer ännu.
network-trials = Försök i nätverket
network-trials-none = Inga försök i nätverket ännu.
network-reference = Referensgrupper
network-group-political = Politisk referensgrupp
network-group-administrative = Administrativ referensgrupp
network-reference-none = Inga medlemmar ännu.
network-reference-add = Lägg till en medlem i en referensgrupp
network-reference-remove = Ta bort { $name }
network-reference-remove-confirm = Ta bort { $name } från referensgruppen? Journalen visar att de var med.
network-reference-remove-yes = Ja, ta bort { $name }
network-guidance = Vägledning
network-guidance-lead = Råd och vägledning längs vägen från sekretariatet: artiklar och besvarade frågor. Varje ändring sparas som en ny version.
network-guidance-none = Ingen vägledning ännu.
network-guidance-for-scheme = för alla programmets nätverk
network-question = Fråga till sekretariatet
network-question-answered = Besvarar frågan
network-question-waiting = Väntar på sekretariatets svar
network-asked-by = ställd av { $name }
network-ask = Fråga sekretariatet
network-ask-send = Skicka frågan
network-article-new = Ny artikel
network-article-for-scheme = För alla programmets nätverk
network-article-publish = Publicera artikeln
network-version = Version { $version }
network-version-reason = Varför den ändrades
network-versions = Alla versioner
network-what-changed = Vad som ändrades från versionen före
network-diff-added = Tillagt
network-diff-removed = Borttaget
network-guidance-edit = Ändra texten
network-guidance-edit-lead = Ändringen blir en ny version; de tidigare versionerna går fortfarande att läsa.
network-guidance-save = Spara som ny version
network-guidance-saved = Sparad som ny version.
network-answer = Besvara frågan
network-answer-public = Publicera svaret för alla, inte bara nätverket
network-answer-send = Skicka svaret
network-log = Lärandelogg
network-log-rules = Medlemmarna skriver vad de prövade, vad de lärde sig och vad de skulle göra annorlunda. Ett inlägg är privat för nätverket tills författaren publicerar det; därefter kan det inte ändras.
network-log-none = Inga inlägg ännu.
network-private = Privat för nätverket
network-published-on = Publicerad { $date }
network-tags = Taggat
network-publish = Publicera
network-publish-hint = Publicerat blir inlägget offentligt på nätverkets sida och på sidorna för de försök det är taggat med, och det kan inte längre ändras.
network-replies = Svar
network-reply-to = Svara på ”{ $title }”
network-reply = Svara
network-hide-reply = Dölj svaret
network-hide-reply-confirm = Dölja det här svaret i loggen? Journalen visar att det doldes.
network-hide-reply-yes = Ja, dölj svaret
network-hide-entry = Dölj inlägget
network-hide-entry-confirm = Dölja det här inlägget i loggen och på alla sidor där det visas? Journalen visar att det doldes och varför.
network-hide-entry-yes = Ja, dölj inlägget
network-entry-new = Nytt inlägg i lärandeloggen
network-entry-save = Spara inlägget (privat för nätverket)
network-tag-trials = Försök det gäller
network-tag-indicators = Indikatorer det gäller
network-tag-provisions = Bestämmelser det gäller
network-citation-hint = Skriv bestämmelsen som jurister hänvisar till den; Frirum hittar den i lagkatalogen.
network-sign-in-to-write = Logga in som medlem i nätverket för att skriva i loggen.
network-done-created = Nätverket är skapat.
network-done-entry = Inlägget är sparat. Det är privat för nätverket tills du publicerar det.
network-done-published = Inlägget är publicerat.
network-done-reply = Ditt svar är sparat och inläggets författare har fått besked.
network-done-hidden = Dolt i loggen.
network-done-reference = Referensgruppen är uppdaterad.
network-done-question = Din fråga är skickad till sekretariatet.
network-done-guidance = Artikeln är publicerad.
network-done-members = Medlemmarna är uppdaterade.
network-notify-reply-title = { $name } svarade på ditt inlägg
network-notify-reply-body = { $name } svarade på ”{ $title }” i lärandeloggen för { $network }.
network-trial-heading = Lärande från nätverket
network-trial-none = Inga publicerade inlägg i lärandeloggen gäller det här försöket ännu.
network-trial-networks = Nätverk försöket ingår i
network-all = Alla nätverk
network-questions-title = Lärandefrågor
network-questions-lead = Vad försöket vill lära sig, som frågor som varje lägesrapport och slutrapporten besvarar.
network-learning-goals = Ansökans lärandemål
network-questions-current = Frågorna
network-questions-none = Försöket har inga lärandefrågor ännu.
network-questions-suggested = Föreslagna utifrån lärandemålen, en mening per rad: dela, slå ihop eller formulera om dem innan du sparar.
network-questions-hint = En fråga per rad. De kan ändras tills försöket skickar sin första rapport.
network-questions-save = Spara frågorna
network-questions-saved = Lärandefrågorna är sparade.
network-questions-fixed = Frågorna ligger fast: försöket har skickat en rapport som besvarar dem.
network-questions-edit = Ändra lärandefrågorna
network-questions-open = Lärandefrågorna och lärandemålen
network-report-heading = Lärandefrågor
network-report-lead = Vad försöket hittills har lärt sig om var och en av frågorna.
network-report-lead-final = Slutrapporten besvarar alla lärandefrågor.
network-report-unanswered = Inte besvarad i den här rapporten.
error-learning_answer_required = Besvara lärandefrågan ”{ $question }” innan slutrapporten skickas.
error-learning_questions_fixed = Lärandefrågorna ligger fast när försöket har skickat en rapport.
error-entry_already_published = Inlägget är redan publicerat.
error-question_already_answered = Frågan är redan besvarad; ändra svaret som en ny version.
error-not_in_network = Du kan bara tagga med nätverkets försök, deras indikatorer och bestämmelser i lagkatalogen.

## barriers: policylabbets hinderregister
barrier-register-title = Hinderregister
barrier-register-lead = Hinder som står i vägen för goda lösningar, anmälda med egna ord av dem som möter dem. Policylabbet undersöker vart och ett: är det lagen, en vägledning, ett it-system, finansieringen eller vana?
barrier-report-action = Anmäl ett hinder
barrier-register-all = Alla hinder
barrier-register-mine = Mina hinder
barrier-register-list = Hinder
barrier-register-none = Inga hinder matchar.
barrier-queue-heading = Anmälda, väntar på labbet
barrier-from-public = från det öppna formuläret
barrier-filter-label = Filtrera hindren
barrier-filter-text = Ord
barrier-filter-any = Alla
barrier-filter-apply = Filtrera
barrier-field-status = Status
barrier-field-root-cause = Grundorsak
barrier-field-group = Berör
barrier-supporters-count = { $count ->
    [one] en person möter också detta
   *[other] { $count } personer möter också detta
}
barrier-status-reported = Anmält
barrier-status-under_analysis = Under analys
barrier-status-not_legal_obstacle = Inte ett rättsligt hinder
barrier-status-confirmed = Bekräftat
barrier-status-experiment_proposed = Försök föreslaget
barrier-status-rule_change_proposed = Regeländring föreslagen
barrier-status-resolved = Löst
barrier-status-closed = Avslutat
barrier-status-merged = Sammanslaget
barrier-cause-law = En lag
barrier-cause-regulation = En förordning
barrier-cause-guidance_or_interpretation = En vägledning eller hur en regel tolkas
barrier-cause-practice_and_culture = Praxis och kultur
barrier-cause-it_systems_and_data = It-system och datadelning
barrier-cause-funding_and_incentives = Finansiering och incitament
barrier-cause-organisation = Hur arbetet är organiserat
barrier-group-young_people_outside_work = Unga utanför arbete och studier
barrier-group-older_people = Äldre
barrier-group-children_and_families = Barn och familjer
barrier-group-people_with_disabilities = Personer med funktionsnedsättning
barrier-group-immigrants = Invandrare och flyktingar
barrier-group-unemployed = Arbetslösa
barrier-group-patients = Patienter och användare av hälso- och sjukvård
barrier-group-businesses_and_volunteers = Företag och ideella organisationer
barrier-group-municipal_staff = Kommunens medarbetare
barrier-group-other = Andra
barrier-link-proposal = Temaförslag
barrier-link-scheme = Program
barrier-link-application = Ansökan
barrier-new-title = Anmäl ett hinder
barrier-new-lead = Berätta med egna ord vad ni vill göra och vad som stoppar er. Ni behöver inte veta vilken regel det är. Se först om andra har anmält samma sak.
barrier-public-title = Anmäl ett hinder till { $scheme }
barrier-public-lead = Berätta för policylabbet vad du vill göra och vad som stoppar dig. Labbet läser anmälan först, och den publiceras först när labbet har tittat på den.
barrier-public-privacy = Namn och kontaktuppgifter är frivilliga och ses bara av policylabbet.
barrier-field-title = En kort rubrik
barrier-field-wants-to-do = Vad vill ni göra?
barrier-field-obstacle = Vad stoppar er?
barrier-field-consequences = Vad kostar det, och för vem?
barrier-field-groups = Vem berör det?
barrier-field-country = Vilket lands regler gäller det?
barrier-field-name = Ditt namn (frivilligt)
barrier-field-contact = E-post eller telefon (frivilligt)
barrier-check-action = Sök efter liknande hinder
barrier-submit-action = Anmäl hindret
barrier-similar-heading = Liknande hinder som redan är anmälda
barrier-similar-lead = Är ett av dessa ert hinder, stöd det i stället: då ser labbet hur många som möter det.
barrier-similar-none = Inget liknande hinder har anmälts.
barrier-similar-share = { $percent } % av orden gemensamma
barrier-support-instead = Stöd detta i stället
barrier-suggested-heading = Bestämmelser som kan ligga bakom
barrier-suggested-lead = Regelhittaren föreslår dessa bestämmelser för texten. Kryssa i dem ni anser gäller; labbet kontrollerar dem.
barrier-suggested-none = Regelhittaren hittade ingen bestämmelse för texten.
barrier-public-thanks-title = Tack för din anmälan
barrier-public-thanks = Policylabbet har tagit emot din anmälan och kommer att titta på den.
barrier-public-back = Tillbaka till programmet
barrier-reported-notice = Tack: hindret är anmält och policylabbet har fått besked.
barrier-reported-at = anmält { $moment }
barrier-restricted = inte offentligt
barrier-merged-into = Detta hinder har slagits samman med ett annat, där det följs upp:
barrier-what-heading = Hindret
barrier-root-causes = Grundorsaker
barrier-field-guidance = Labbets vägledning
barrier-field-reason = Varför det är avslutat
barrier-field-ministry = Departement
barrier-field-ministry-response = Departementets svar
barrier-experiment = Försök
barrier-field-experiment-kind = Kopplat till
barrier-field-experiment-id = Numret
barrier-provisions-heading = Bestämmelser
barrier-provisions-none = Ingen bestämmelse är kopplad ännu.
barrier-provision-confirmed = bekräftad av labbet
barrier-provision-suggested = föreslagen
barrier-field-citation = Koppla en bestämmelse genom att citera den
barrier-citation-hint = Som jurister skriver det, till exempel "4 kap. 1 § socialtjänstlagen (2001:453)".
barrier-link-action = Koppla bestämmelsen
barrier-support-heading = Möter ni också detta?
barrier-support-action = Vi möter också detta
barrier-you-support = Du stöder detta hinder.
barrier-withdraw-action = Dra tillbaka mitt stöd
barrier-lab-heading = Policylabbet
barrier-journal-link = Hindrets journal
barrier-public-sender = Skickat av
barrier-supporters-heading = Vilka som också möter det
barrier-confirm-provisions = Bekräftade bestämmelser
barrier-field-restricted = Inte offentligt (det namnger en person eller gäller säkerhet)
barrier-triage-save = Spara bedömningen
barrier-status-heading = Ändra status
barrier-field-new-status = Ny status
barrier-status-needs = "Inte ett rättsligt hinder" kräver vägledning, "Avslutat" ett skäl, "Försök föreslaget" en koppling, "Regeländring föreslagen" departementet; att bekräfta kräver en grundorsak.
barrier-field-note = Anteckning till den offentliga historiken (frivilligt)
barrier-status-save = Ändra status
barrier-merge-heading = Slå samman med ett annat hinder
barrier-field-merge-into = Numret på hindret som tar in det
barrier-merge-action = Slå samman …
barrier-merge-title = Slå samman hindren?
barrier-merge-confirm = "{ $source }" slås samman med "{ $target }". Den som anmälde det och de som stöder det stöder då "{ $target }", och bestämmelser och grupper följer med. Det går inte att ångra.
barrier-merge-yes = Ja, slå samman
barrier-merge-cancel = Nej, gå tillbaka
barrier-history-heading = Historik
barrier-back = Tillbaka till hinderregistret
barrier-dashboard-waiting = { $count ->
    [one] Ett hinder väntar på labbets bedömning
   *[other] { $count } hinder väntar på labbets bedömning
}
barrier-public-setting = Ta emot anmälningar om hinder från allmänheten (modererat av labbet)
barrier-public-setting-save = Spara
barrier-public-link = Anmäl ett hinder
barrier-notify-reported-title = Nytt hinder anmält
barrier-notify-reported-body = "{ $title }" är anmält och väntar på labbets bedömning.
barrier-notify-status-title = Ett hinder du följer har ändrats
barrier-notify-status-body = "{ $title }" har nu status: { $status }.
barrier-notify-merged-title = Ett hinder du följer har slagits samman
barrier-notify-merged-body = "{ $title }" har slagits samman med ett annat hinder, som du nu stöder.
error-barrier_transition = Hindret kan inte få den statusen nu. Välj en av de statusar som erbjuds.
error-barrier_merged = Hindret har slagits samman med ett annat. Arbeta vidare med det.
error-barrier_guidance_required = Skriv vägledningen som besvarar hindret.
error-barrier_reason_required = Skriv varför hindret avslutas.
error-barrier_root_cause_required = Markera minst en grundorsak och spara bedömningen innan du bekräftar.
error-barrier_experiment_link_required = Ange temaförslaget, programmet eller ansökan som försöket är kopplat till.
error-barrier_merge_into_itself = Ett hinder kan inte slås samman med sig självt.
error-barrier_merge_into_merged = Det hindret har självt slagits samman. Slå samman med hindret det gick in i.
error-provision_other_jurisdiction = Bestämmelsen hör till ett annat lands lagstiftning än hindret.
field-wants-to-do = Vad ni vill göra
field-obstacle = Vad som stoppar er
field-consequences = Konsekvenserna
field-groups = Vem det berör
field-citation = Hänvisning
field-guidance = Vägledning
field-ministry = Departement
field-contact = Kontakt
field-into = Hinder att slå samman med

## lab (issue 15: roll-ups, gap list, investigations)
lab-title = Policylabb
lab-lead = Hinderregistret sammanställt: vad som hindrar, vem och varför – agendan med hinder utan försök ännu, bestämmelserna som hindrar mest och labbets utredningar.
lab-dashboard-entry = Policylabb
lab-dashboard-lead = Sammanställningar av hinderregistret, glapplistan och utredningar.
lab-gaps-title = Glapplista
lab-gaps-lead = Bekräftade hinder som fortfarande är öppna och ännu saknar försök: inget registrerat försök har fått undantag från någon av hindrets bekräftade bestämmelser, och inget försök har kommit från det föreslagna försöket eller från en ansökan som startats från det. De mest rapporterade står först.
lab-gaps-empty = Inget bekräftat hinder saknar försök.
lab-ranking-title = Bestämmelser som hindrar mest
lab-ranking-lead = Varje bestämmelse med de hinder labbet har bekräftat att den orsakar, personerna och organisationerna som rapporterar dem och de hinder som bara föreslår den.
lab-ranking-empty = Inget hinder nämner någon bestämmelse ännu.
lab-public-only = Räknat över de offentliga hindren.
lab-all-countries = Alla länder
lab-filter = Visa
lab-investigations-title = Utredningar
lab-investigations-lead = Labbet samlar hinder under en hypotes om grundorsaken, arbetar med berörda kommuner och myndigheter och avslutar med vägledning, regeländring eller försök.
lab-investigations-empty = Inga utredningar att visa.
lab-investigation-new = Ny utredning
lab-investigation-new-lead = Ge utredningen ett namn, formulera hypotesen och välj hindren och vilka som deltar.
lab-investigation-create = Öppna utredningen
lab-back-investigations = Tillbaka till utredningarna
lab-investigation-status-open = Öppen
lab-investigation-status-concluded = Avslutad
lab-investigation-opened = Öppnad { $date }
lab-investigation-barriers = { $count ->
    [one] { $number } hinder
   *[other] { $number } hinder
 }
lab-investigate = Utred
lab-field-title = Titel
lab-field-hypothesis = Hypotes om grundorsaken
lab-field-hypothesis-hint = Vad ni tror ligger bakom hindren, så att arbetet kan bekräfta eller motbevisa det.
lab-field-barriers = Hinder
lab-no-barriers = Registret innehåller inga hinder ännu.
lab-field-organisations = Kommuner och regioner från registret
lab-field-organisations-hint = En per rad, med namn eller kod, till exempel ”Umeå” eller ”2480”.
lab-field-agencies = Andra deltagare
lab-field-agencies-hint = Myndigheter och andra som inte finns i registret, en per rad.
lab-participants = Deltagare
lab-activities = Aktivitetslogg
lab-activities-empty = Inget loggat ännu.
lab-activity-new = Logga en aktivitet
lab-activity-append-only = Loggen ändras aldrig: rätta en post genom att logga en rättelse.
lab-activity-on = Datum
lab-activity-kind = Typ
lab-activity-note = Anteckning
lab-activity-log = Logga
lab-activity-meeting = Möte
lab-activity-workshop = Workshop
lab-activity-interview = Intervju
lab-activity-document_review = Dokumentgranskning
lab-activity-correction = Rättelse
lab-conclude-heading = Avsluta
lab-conclude-lead = När utredningen avslutas flyttas alla hinder: vägledning gör dem till ”inte ett rättsligt hinder” med slutsatsen som vägledning, regeländring till ”regeländring föreslagen”, försök till ”försök föreslaget” med kopplingen. Hinder vars status inte tillåter det lämnas och nämns. Det går inte att ångra.
lab-conclusion-kind = Slutsats
lab-conclusion-heading = Slutsats
lab-conclusion-text = Vad utredningen kom fram till
lab-conclusion-text-hint = Vid vägledning är detta den vägledning som de som rapporterade hindren får.
lab-conclusion-experiment = Försök
lab-conclusion-experiment-hint = Endast för försök: temaförslaget, programmet eller ansökan det är kopplat till, med numret.
lab-experiment-kind = Kopplat till
lab-experiment-id = Nummer
lab-experiment-proposal = Temaförslag
lab-experiment-scheme = Program
lab-experiment-application = Ansökan
lab-conclusion-guidance = Vägledning
lab-conclusion-rule_change = Regeländring
lab-conclude = Avsluta och flytta hindren
lab-concluded-moved = { $count ->
    [one] { $number } hinder flyttat.
   *[other] { $number } hinder flyttade.
 }
lab-concluded-skipped = { $count ->
    [one] { $number } hinder lämnades orört:
   *[other] { $number } hinder lämnades orörda:
 }
lab-skipped-status = det är ”{ $status }”, vilket denna slutsats inte kan ändra
lab-skipped-refused = hinderregistret avvisade ändringen
lab-triage = Triagekö
lab-summary-barriers = { $count ->
    [one] { $number } hinder i registret (sammanslagna räknade genom hindret de slogs samman med).
   *[other] { $number } hinder i registret (sammanslagna räknade genom hindret de slogs samman med).
 }
lab-contents = Sammanställningar
lab-rollup-root-causes = Efter grundorsak
lab-rollup-themes = Efter tema
lab-rollup-groups = Efter berörd grupp
lab-rollup-empty = Inga hinder att räkna ännu.
lab-legend = Statusar
lab-column-name = Namn
lab-column-total = Totalt
lab-column-provision = Bestämmelse
lab-column-confirmed = Bekräftade hinder
lab-column-people = Personer som rapporterar
lab-column-organisations = Organisationer som rapporterar
lab-column-suggested = Föreslagen av hinder
lab-csv-download = Ladda ner som CSV
lab-reported-by-people = { $count ->
    [one] rapporterat av { $number } person
   *[other] rapporterat av { $number } personer
 }
lab-reported-by-organisations = { $count ->
    [one] { $number } organisation
   *[other] { $number } organisationer
 }
lab-root-causes = Grundorsaker
lab-provisions = Bekräftade bestämmelser
lab-groups = Berörda grupper
lab-dossier-heading = Rapporterad som hinder
lab-dossier-empty = Inga hinder i registret nämner denna bestämmelse.
lab-dossier-confirmed = { $count ->
    [one] { $number } hinder bekräftat orsakat av den.
   *[other] { $number } hinder bekräftade orsakade av den.
 }
lab-dossier-suggested = { $count ->
    [one] { $number } till föreslår den.
   *[other] { $number } till föreslår den.
 }
lab-dossier-organisations = Rapporterat av
lab-dossier-barriers = Hindren
lab-link-confirmed = bestämmelsen bekräftad
lab-link-suggested = bestämmelsen föreslagen
lab-restricted = Inte offentlig
error-investigation_barrier_required = Välj minst ett hinder.
error-investigation_concluded = Utredningen är avslutad; inget mer kan läggas till.
error-activity_in_the_future = Logga en aktivitet den dag den ägde rum, inte en kommande dag.
lab-barrier-propose-theme = Föreslå ett tema utifrån det
lab-barrier-start-application = Starta en ansökan utifrån det
lab-barrier-started = Startat från detta hinder
barrier-nav = Hinder
barrier-dashboard-heading = Står något i vägen?
barrier-dashboard-lead = Berätta för policylabbet om en regel, en vägledning eller ett system som stoppar en bra lösning. Andra som möter samma sak kan stödja er anmälan.

## barriers: the journal's field labels
barrier-journal-field-title = Titel
barrier-journal-field-country = Land
barrier-journal-field-theme-id = Tema
barrier-journal-field-groups = Vem det drabbar
barrier-journal-field-from-public = Från allmänheten
barrier-journal-field-organisation-id = Organisation
barrier-journal-field-user-id = Person
barrier-journal-field-provision-id = Bestämmelse
barrier-journal-field-confirmed = Bekräftad av labbet
barrier-journal-field-root-causes = Grundorsaker
barrier-journal-field-restricted = Skyddad
barrier-journal-field-confirmed-provisions = Bekräftade bestämmelser
barrier-journal-field-status = Status
barrier-journal-field-guidance = Vägledning
barrier-journal-field-reason = Motivering
barrier-journal-field-ministry = Departement
barrier-journal-field-ministry-response = Departementets svar
barrier-journal-field-experiment = Försök
barrier-journal-field-note = Anteckning
barrier-journal-field-merged-into = Sammanslaget med
barrier-journal-field-merged-from = Tog in

## testbeds (review fixes)
testbed-review-problem-verdict = Välj en bedömning: uppfyllt, i riskzonen eller brutet.
testbed-review-problem-note = Skriv en anteckning om varför kravet eller värdet är i riskzonen eller brutet.
testbed-review-problem-long = Anteckningen är för lång.
testbed-breach-ack-note-required = Skriv en anteckning om vad sekretariatet gör åt överträdelsen innan du kvitterar.

## lab (fixes: the conclusion's confirmation)
lab-conclusion-rule-change = Regeländring
lab-conclusion-rule-change-hint = Bara vid regeländring: departementet som ändringen föreslås för, och dess svar om det har svarat.
lab-conclusion-ministry = Departement
lab-conclusion-ministry-response = Departementets svar (om det finns)
lab-conclude-check = Se vad slutsatsen kommer att flytta
lab-conclude-confirm-heading = Bekräfta slutsatsen
lab-conclude-will-move = { $count ->
    [one] Det här hindret flyttas:
   *[other] De här { $count } hindren flyttas:
}
lab-conclude-cannot-move = { $count ->
    [one] Det här hindret kan inte flyttas och lämnas som det är:
   *[other] De här { $count } hindren kan inte flyttas och lämnas som de är:
}
lab-conclude-change = Ändra slutsatsen
error-investigation_nothing_moves = Den här slutsatsen kan inte flytta något av utredningens hinder (se deras status). Välj en annan slutsats, eller lägg till hinder som den kan flytta.

## networks (review fixes)
network-nav = Nätverk
network-questions-waiting = Frågor som väntar på svar
network-done-reply-own = Ditt svar är sparat.
network-publish-confirm = Publicera för alla? Det går inte att ångra.
network-publish-yes = Ja, publicera
network-notify-question-title = { $name } har ställt en fråga i { $network }
network-notify-question-body = { $name } har ställt en fråga till sekretariatet i nätverket { $network }. Den väntar på ditt svar.
network-members-without-trial = En medlemskommun har kanske ännu inget försök i nätverket; den deltar i lärandeloggen och vägledningen.
testbed-ack-by = Kvitterad av { $name }, { $when }
testbed-ack-at = Kvitterad { $when }
error-experiment_link_unknown = Det finns inget nummer { $id } av det slaget. Välj ett temaförslag, en ordning eller en ansökan som finns.
lab-start-heading = Ta det vidare
lab-start-hint = Ett bekräftat hinder kan bli ett tema för en ordning eller en ansökan om försök. Texten och bestämmelserna följer med.
lab-start-proposal = Föreslå ett tema
lab-start-application = Starta en ansökan
lab-start-proposal-lead = Temaförslaget får hindrets titel som titel och hindrets text och bestämmelser som beskrivning. Du kan ändra texten på ordningens sida.
lab-start-application-lead = Ansökningsutkastet får hindrets titel, texten som beskrivning och en begäran om undantag för var och en av bestämmelserna. Du gör klart utkastet innan du skickar det.
lab-start-carried = Det här följer med
lab-start-title = Titel
lab-start-text = Text
lab-start-earlier = Redan startat från det här hindret
lab-start-who = Bara en sökande organisation (kommun, region eller annan offentlig myndighet) kan starta ett temaförslag eller en ansökan. Skicka den här sidan till en av dem.
lab-start-scheme = Ordning som samlar temaförslag
lab-start-round = Omgång som är öppen för ansökningar
lab-start-no-scheme = Ingen ordning i hindrets land samlar temaförslag just nu.
lab-start-no-round = Ingen omgång i hindrets land är öppen för ansökningar just nu.
lab-start-back = Tillbaka till hindret
error-barrier_start_not_confirmed = Bara ett bekräftat hinder som fortfarande är öppet kan tas vidare.
error-barrier_citation_unknown = Vi hittade ingen bestämmelse med den hänvisningen i lagsamlingen. Skriv den som jurister gör, till exempel "4 kap. 1 § socialtjänstlagen (2001:453)".
barrier-you-reported = Du har själv rapporterat det här hindret.

## h3: rule finder in the product (already requested, not exemptible)
finder-in-application = Redan med i din ansökan
exempt-flag-bar = Det går inte att få undantag från denna.
exempt-flag-limit = Undersök innan du ansöker om undantag.
exempt-flag-constitution = Detta är en grundlag, som står över alla lagar: inget försök kan sätta den åt sidan.
exempt-flag-municipal_organisation = Forsøksloven § 4 tillåter inte försök som avviker från kommunelovens grundläggande regler om hur kommuner och fylkeskommuner är organiserade. Undersök om denna paragraf är en av dem.
exempt-flag-administrative_procedure = Forsøksloven § 4 tillåter inte försök som avviker från forvaltningslovens regler om handläggning.
exempt-flag-eu_law = Titeln säger att lagen genomför EU-rätt, som ett nationellt försök inte kan sätta åt sidan. Frirum känner bara igen EU-rätt på titeln, så även andra bestämmelser kan genomföra EU-rätt.

## h3: the law sync's admin page
nav-law-sync = Lagsynkronisering
law-sync-title = Hålla lagsamlingen aktuell
law-sync-lead = Lagsamlingen hämtas från de officiella källorna: Lovdata, Riksdagens öppna data och Retsinformation. Varje körning visas med vad den hämtade och importerade.
law-sync-version = Lagsamlingens version
law-sync-daily = Daglig synkronisering
law-sync-daily-at = Varje dag kl. { $time } (UTC)
law-sync-daily-off = Inte dagligen; bara när den startas här
law-sync-not-configured = De officiella källorna är inte konfigurerade på den här servern, så den synkroniserar inte. Ange adresserna när servern startas (frirum serve --law-sync-at).
law-sync-confirm = Jag vill synkronisera lagsamlingen nu; nedladdningen kan ta en stund.
law-sync-now = Synkronisera nu
law-sync-runs = Körningar, nyaste först
law-sync-started-at = Startad
law-sync-source = Källa
law-sync-outcome = Utfall
law-sync-fetched = Dokument hämtade
law-sync-imported = Importerade (nya eller ändrade)
law-sync-unchanged = Oförändrade
law-sync-failed = Kunde inte läsas
law-sync-error = Vad som gick fel
law-sync-none = Ingen synkronisering har körts ännu.
law-sync-started = Synkroniseringen har startat i bakgrunden. Ladda om sidan för att följa den.
law-sync-busy = En synkronisering körs redan, här eller på en annan server. Vänta tills den är klar.
law-sync-confirm-missing = Kryssa i rutan för att bekräfta att du vill synkronisera nu.
law-sync-outcome-running = Körs
law-sync-outcome-imported = Importerad
law-sync-outcome-unchanged = Inget ändrat
law-sync-outcome-failed = Misslyckades
error-law_sync_busy = En synkronisering körs redan.
error-law_sync_not_configured = De officiella källorna är inte konfigurerade på den här servern, så den synkroniserar inte.

## Issue 13, second helper: trials in operation, gaps closed
regulation-home-adoption-joining = Fullmäktige har ännu inte antagit era lokala föreskrifter för detta försök. Försöket pågår redan för de andra deltagarna; er del av det börjar när era föreskrifter har trätt i kraft och du har registrerat beslutet.
indicator-none-ended = Inga mätningar rapporterades för detta försök.
dashboard-trials-never-started-hint = Avsluta vart och ett i förtid med ett skäl, eller registrera beslutet om föreskrifterna.

## Issue 17, open data (slice B): the open-data page, its downloads and the data dictionary
footer-open-data = Öppna data: ladda ned allt som är offentligt
open-data-title = Öppna data
open-data-intro = Allt som är offentligt i Frirum — ordningar, omgångar, publicerade ansökningar, beslut med beviljade undantag, försök, indikatorer, rapporter, utvärderingar, utfall, hinder och stimulansmedel — som filer att ladda ned. Varje rad har Frirums identifierare, så att tabellerna kan kopplas ihop. Filerna byggs om när uppgifterna ändras.
open-data-generated = Filerna skapades { $moment }.
open-data-not-built = Filerna har inte skapats ännu. De byggs inom en minut efter att servern startat; ladda om sidan om en stund.
open-data-all = Allt offentligt
open-data-standards = I internationella standarder (IATI-aktiviteter, 360Giving-bidrag)
open-data-no-files = Inga filer ännu.
open-data-per-scheme = En ordning i taget
open-data-dictionary = Dataordbok
open-data-dictionary-intro = Varje tabell är en CSV-fil i zip-filen, ett blad i kalkylarket och en lista i JSON-dokumentet. Samma beskrivningar finns i zip-filens datapackage.json (Frictionless Data) och i JSON-dokumentet. Fälten beskrivs på engelska.
open-data-field = Fält
open-data-type = Typ
open-data-description = Beskrivning
open-data-key = identifierar raden
open-data-size-kb = { $size } kB
open-data-size-mb = { $size } MB
open-data-format-zip = CSV-tabeller med datapaket (zip)
open-data-format-json = JSON-dokument
open-data-format-xlsx = Excel-arbetsbok (xlsx)
open-data-type-integer = heltal
open-data-type-number = tal
open-data-type-string = text
open-data-type-boolean = sant eller falskt
open-data-type-date = datum
open-data-type-datetime = datum och tid
open-data-table-schemes = Ordningar
open-data-table-schemes-about = Försöksordningarna som är publicerade eller stängda.
open-data-table-rounds = Ansökningsomgångar
open-data-table-rounds-about = Ordningarnas ansökningsomgångar med öppning och sista dag.
open-data-table-applications = Publicerade ansökningar
open-data-table-applications-about = Inlämnade ansökningar som ordningen publicerar när omgångens sista dag har passerat.
open-data-table-decisions = Beslut
open-data-table-decisions-about = Beslut om ansökningar, beviljade eller avslagna, med motiveringen.
open-data-table-grants = Beviljade undantag
open-data-table-grants-about = Undantagen som varje beslut beviljar, en rad per undantag.
open-data-table-trials = Försök
open-data-table-trials-about = Registrerade försök med status, perioder och deltagare.
open-data-table-indicators = Indikatorer
open-data-table-indicators-about = Vad varje försök mäter, med utgångsvärde och mål.
open-data-table-indicator_periods = Indikatorperioder
open-data-table-indicator_periods-about = Varje indikators rapporteringsperioder med mål och godkänt faktiskt värde.
open-data-table-reports = Statusrapporter
open-data-table-reports-about = Godkända statusrapporter från försöken, de offentliga delarna.
open-data-table-evaluations = Utvärderingar
open-data-table-evaluations-about = Publicerade utvärderingar vars embargo har hävts, av ett försök eller en hel ordning.
open-data-table-generalisation_outcomes = Utfall av undantag
open-data-table-generalisation_outcomes-about = Vad som blev av varje beviljat undantag efter försöket.
open-data-table-barriers = Hinder
open-data-table-barriers-about = Offentliga poster i hinderregistret.
open-data-table-fund_allocations = Beviljade stimulansmedel
open-data-table-fund_allocations-about = Stimulansmedel beviljade försök, i öre.
open-data-table-fund_payments = Utbetalningar
open-data-table-fund_payments-about = Utbetalningar av beviljade stimulansmedel, i öre.

# Offentligt register, statistik och flöden (ärende 17, punkt 1 och 3)
register-search = Ord i titeln
register-provision = Bestämmelse som undantag gjorts från
register-provision-hint = Hitta en bestämmelse med lag, paragraf eller ord och välj den bland träffarna.
register-provision-chosen = Undantag från
register-provision-any = alla bestämmelser
register-provision-hits = Hittade bestämmelser
register-provision-no-hits = Ingen bestämmelse i lagkatalogen passar dessa ord.
register-last-verified = Senast bekräftad
register-last-verified-note = Senast bekräftad: den senaste av dagen då en godkänd lägesrapport senast bekräftade försökets status och dagen då registreringen senast ändrades (beslut, ett steg i försökets förlopp, föreskrifter antagna, en ändring beslutad eller registrerad).
nav-statistics = Statistik
statistics-title = Statistik
statistics-lead = Siffror för alla publicerade program eller ett program. Siffrorna i varje diagram står i tabellen under det och kan laddas ned som CSV.
statistics-filter = Välj ett program
statistics-all-schemes = Alla publicerade program
statistics-contents = Diagram på sidan
statistics-empty = Inget att räkna ännu.
statistics-column-what = Vad
statistics-count = Antal
statistics-csv = Ladda ned data som CSV
statistics-applications = Ansökningar efter status
statistics-decisions = Beslut efter utfall
statistics-trials-by-status = Försök efter status
statistics-trials-by-country = Försök efter land
statistics-trials-by-theme = Försök efter tema
statistics-trials-by-act = Försök efter lag som undantag gjorts från
statistics-outcomes = Utfall för spridning av beviljade undantag
statistics-barriers = Publicerade hinder efter status
feeds-heading = Atom-flöden
feeds-decisions = Beslut
feeds-trials = Statusändringar för försök
feeds-evaluations = Publicerade utvärderingar
feeds-outcomes = Utfall för spridning
feeds-evaluation-published = Utvärdering publicerad

## Operations page (issue 17, item 5: jobs, leases, the outbox, the last law sync)
nav-operations = Drift
operations-title = Drift
operations-lead = Hur servrarna mår: de schemalagda jobben, vem som kör dem, e-post som väntar på att skickas och lagsamlingen. Alla servrar delar dessa siffror genom databasen.
operations-outbox = Utkorg
operations-outbox-waiting = E-post som väntar
operations-outbox-failing = Av dem misslyckas
operations-outbox-sent = E-post skickad
operations-outbox-oldest = Äldsta har väntat sedan
operations-outbox-none-waiting = Inget väntar
operations-law = Lagsamlingen
operations-last-sync = Senaste synkronisering
operations-law-sync-link = Öppna lagsynkroniseringen
operations-leases = Jobb som körs nu
operations-job = Jobb
operations-holder = Server
operations-held-until = Hålls till
operations-no-leases = Inget jobb körs nu.
operations-runs = Jobbens senaste körningar
operations-started = Startad
operations-outcome = Utfall
operations-detail = Vad det gjorde
operations-no-runs = Inget jobb har körts ännu.
operations-outcome-done = Klar
operations-outcome-failed = Misslyckades

## Issue 17, lead: the standards' downloads and the jobs named in the reader's words
open-data-standard-iati = IATI-aktiviteter (XML): alla registrerade försök
open-data-standard-giving = 360Giving-bidrag (JSON): stimulansmedlen
operations-job-upkeep = Underhållet (försök som startar och avslutas, rapporter som förfaller)
operations-job-law_sync = Lagsynkroniseringen
operations-job-open_data = Filerna med öppna data
admin-nav-label = Administration

# Organisationernas personer och inbjudningar (ärende 18, punkt 2)
people-title = Personer
people-intro-secretariat = Alla som har ett konto. Bjud in personer, inaktivera konton och utse en användaradministratör för en kommun eller en region.
people-intro-organisation = Personerna i { $organisation } som har ett konto i Frirum. Du bjuder in kollegor och inaktiverar konton som inte längre behövs.
people-caption = { $count ->
    [one] En person
   *[other] { $number } personer
}
people-status = Status
people-actions = Åtgärder
people-admin-label = Användaradministratör
people-active = Aktiv
people-deactivated-on = Inaktiverad { $date }
people-deactivate = Inaktivera { $name }
people-appoint = Gör { $name } till användaradministratör
people-relieve = Ta bort { $name } som användaradministratör
people-invitations-heading = Inbjudningar som ännu inte har tagits emot
people-invited-by = Inbjuden av
people-expires = Länken gäller till
people-invite-heading = Bjud in en kollega
people-invite-intro = Personen får ett e-postmeddelande med en länk. Länken fungerar en gång och i sju dagar.
people-invite = Skicka inbjudan
people-invited = En inbjudan har skickats till { $email }.
people-deactivated = { $name } kan inte längre logga in. Sessionerna och API-nycklarna har avslutats.
people-appointed = { $name } är nu användaradministratör för sin organisation.
people-relieved = { $name } är inte längre användaradministratör.
people-mail-subject = { $inviter } bjuder in dig
people-mail-role-for = { $role } för { $organisation }
people-mail-body = Hej { $name },

    { $inviter } har bjudit in dig till Frirum som { $what }.

    Öppna den här länken för att välja ett lösenord och logga in: { $url }

    Länken fungerar en gång och till och med { $date }. Om den inte längre fungerar, be { $inviter } ({ $email }) om en ny.
invitation-title = Inbjudan till Frirum
invitation-offer = { $inviter } har bjudit in { $name } till Frirum som { $role }.
invitation-offer-organisation = { $inviter } har bjudit in { $name } till Frirum som { $role } för { $organisation }.
invitation-account-email = Du loggar in med e-postadressen { $email }.
invitation-password = Välj ett lösenord
invitation-password-hint = Minst 10 tecken.
invitation-password-again = Samma lösenord en gång till
invitation-accept = Ta emot och logga in
invitation-expired = Den här inbjudan gick ut { $date }.
invitation-used = Den här inbjudan har redan använts. Om det var du som tog emot den, logga in med din e-postadress och ditt lösenord.
invitation-ask = Be { $inviter } ({ $email }) eller din organisations användaradministratör att skicka en ny inbjudan.
invitation-unknown = Vi känner inte igen den här inbjudningslänken.
invitation-unknown-ask = Kontrollera att du kopierade hela adressen från e-postmeddelandet. Om den fortfarande inte fungerar, fråga den som bjöd in dig eller din organisations användaradministratör.
users-people-link-intro = För att bjuda in personer via e-post, inaktivera konton eller utse användaradministratörer:
users-people-link = gå till Personer
account-people-admin = Du är användaradministratör för din organisation.
account-people-link = Hantera personerna i din organisation

## Issue 18, item 1: signing in through an identity provider (OpenID Connect)
login-oidc-heading = Eller logga in med e-legitimation
login-oidc-with = Logga in med { $provider }
oidc-no-account-title = Du har inte tillgång till Frirum ännu
oidc-no-account-text = { $provider } har bekräftat vem du är, men ingen har gett dig tillgång till Frirum. Du är därför inte inloggad, och inget konto har skapats åt dig.
oidc-no-account-ask = Be din organisations användaradministratör att bjuda in dig. Bedömer du ansökningar eller arbetar du på sekretariatet, fråga sekretariatet.
oidc-password-login = Logga in med e-post och lösenord i stället
error-oidc_state_invalid = Den här inloggningen är okänd, har redan använts eller tog för lång tid. Börja om från inloggningssidan.
error-oidc_token_invalid = Svaret från identitetsleverantören kunde inte bekräftas, så du är inte inloggad. Försök igen, eller logga in med e-post och lösenord.
error-oidc_provider_unavailable = Identitetsleverantören svarar inte just nu. Försök igen senare, eller logga in med e-post och lösenord.

## Kontosäkerhet: engångskoder, sessioner och historik (ärende 18, punkt 3 och 4)
security-link = Inloggning och enheter
security-title = Inloggning och enheter
security-back-to-account = Tillbaka till ditt konto
security-device = { $browser } på { $system }
security-device-unknown = Okänd enhet
security-event-signed-in = Inloggad
security-event-sign-in-failed = Fel lösenord
security-event-second-factor-failed = Fel kod vid inloggning
security-event-recovery-code-used = Inloggad med en reservkod
security-event-second-factor-enabled = Inloggningskoder påslagna
security-event-second-factor-disabled = Inloggningskoder avstängda
security-event-second-factor-reset = Inloggningskoder borttagna av sekretariatet
security-event-session-ended = Utloggad på en enhet
security-event-sessions-ended-by-secretariat = Utloggad överallt av sekretariatet
security-code-title = Ange din kod
security-code-help = Öppna autentiseringsappen i din telefon och ange den sexsiffriga kod den visar för Frirum. Har du inte telefonen, ange en av dina reservkoder.
security-code-label = Kod
security-code-submit = Logga in
security-back-to-login = Börja om
security-code-wrong = { $count ->
    [one] Koden är fel eller redan använd. Du kan försöka en gång till.
   *[other] Koden är fel eller redan använd. Du kan försöka { $count } gånger till.
}
security-code-wrong-enrol = Koden är fel. Kontrollera att telefonens klocka går rätt och ange den senaste koden.
security-enrol-title = Slå på inloggningskoder
security-enrol-help = Skanna bilden med en autentiseringsapp i telefonen (till exempel Microsoft Authenticator eller Google Authenticator). Appen visar sedan en ny sexsiffrig kod var 30:e sekund. Ange koden för att slutföra.
security-enrol-qr-alt = QR-kod att skanna med autentiseringsappen
security-enrol-secret = Går det inte att skanna? Skriv i stället in den här nyckeln i appen:
security-enrol-submit = Slå på
security-enrol-start = Slå på inloggningskoder
security-recovery-title = Dina reservkoder
security-recovery-help = Skriv ner eller skriv ut koderna och förvara dem säkert. Om du tappar bort telefonen kan du logga in en gång med varje kod. De visas bara nu.
security-factor-enabled = Inloggningskoder är påslagna. Från och med nu anger du en kod från telefonen när du loggar in.
security-continue = Fortsätt
security-factor-heading = Inloggningskoder från telefonen
security-factor-on = Påslagna sedan { $since }.
security-recovery-left = { $count ->
    [one] Du har en reservkod kvar.
   *[other] Du har { $count } reservkoder kvar.
}
security-factor-off = Avstängda. Med inloggningskoder kan ingen logga in utan din telefon, även om de kan ditt lösenord.
security-factor-required = Din roll måste använda inloggningskoder. Slå på dem nu.
security-disable-label = För att stänga av dem, ange en kod från telefonen
security-disable-submit = Stäng av inloggningskoder
security-factor-disabled = Inloggningskoder är avstängda.
security-sessions-heading = Där du är inloggad
security-col-device = Enhet
security-col-address = Nätverksadress
security-col-started = Inloggad
security-col-last-seen = Senast aktiv
security-col-end = Logga ut
security-this-device = den här enheten
security-end = Logga ut där
security-end-this = Logga ut här
security-session-ended = Du loggades ut på den enheten.
security-tokens-on-account = Dina API-nycklar finns på kontosidan.
security-history-heading = Din inloggningshistorik

## Sekretariatets vy över en persons inloggningssäkerhet (issue 18)
security-person-title = Inloggningssäkerhet för { $name }
security-person-back = Tillbaka till kontona
security-person-factor-heading = Inloggningskoder från en telefon
security-person-factor-on = Påslaget sedan { $since }.
security-person-recovery-left = { $count ->
    [one] En reservkod kvar.
   *[other] { $count } reservkoder kvar.
}
security-person-factor-waiting = Håller på att ställas in: ännu inte bekräftat med en första kod.
security-person-factor-off = Avslaget.
security-person-factor-required = Den här rollen måste använda inloggningskoder: utan dem ombeds personen att ställa in dem direkt efter lösenordet vid nästa inloggning.
security-person-reset-hint = Om { $name } har tappat bort telefonen, ta bort koderna. { $name } får besked via e-post och ställer in nya koder vid nästa inloggning.
security-person-reset = Ta bort inloggningskoderna för { $name }
security-person-reset-done = Inloggningskoderna för { $name } har tagits bort, och { $name } har fått besked via e-post.
security-person-sessions-heading = Var { $name } är inloggad
security-person-no-sessions = Inte inloggad någonstans just nu.
security-person-end-hint = Logga ut överallt avslutar alla sessioner på en gång, till exempel när en enhet har tappats bort eller stulits. { $name } kan logga in igen och får besked via e-post. API-nycklar fungerar fortfarande: inaktivera kontot på sidan med personer för att stoppa dem.
security-person-end = Logga ut { $name } överallt
security-person-ended = { $count ->
    [0] Ingen session var öppen.
    [one] En session avslutades.
   *[other] { $count } sessioner avslutades.
}
security-person-told = { $name } har fått besked via e-post.
security-person-tokens-heading = API-nycklar
security-person-no-tokens = Inga API-nycklar.
security-col-token-name = Namn
security-col-token-prefix = Börjar med
security-col-token-created = Skapad
security-col-token-last-used = Senast använd
security-col-token-state = Status
security-token-active = Aktiv
security-token-revoked = Återkallad { $date }
security-token-never-used = Aldrig
security-person-history-heading = Inloggningshistorik
security-person-no-history = Inget ännu.
users-security-col = Inloggning
users-security-link = Inloggning och enheter
users-security-link-label = Inloggning och enheter för { $name }
security-colleague-title = Logga ut { $name } överallt
security-colleague-help = Det här avslutar alla sessioner för { $name } på en gång, till exempel när en enhet har tappats bort eller stulits. { $name } kan logga in igen med sitt lösenord och får besked via e-post. Inaktivera i stället kontot om { $name } inte ska kunna logga in alls.
security-colleague-back = Tillbaka till personerna
security-event-sessions-ended-by-user-administrator = Utloggad överallt av användaradministratören
security-mail-sessions-ended-subject = Du har loggats ut överallt
security-mail-sessions-ended-body = Hej { $name },

    { $by } har loggat ut dig från Frirum på alla enheter. Du kan logga in igen med ditt lösenord.

    Om du inte väntade dig detta, eller om någon av dina enheter har tappats bort eller stulits, byt lösenord. Dina enheter och din inloggningshistorik: { $url }
security-mail-factor-reset-subject = Dina inloggningskoder har tagits bort
security-mail-factor-reset-body = Hej { $name },

    { $by } har tagit bort inloggningskoderna för ditt Frirum-konto, till exempel för att din telefon har tappats bort. Där din roll kräver dem ställer du in nya koder vid nästa inloggning.

    Om du inte har bett om detta, kontakta sekretariatet. Dina enheter och din inloggningshistorik: { $url }
error-organisation-not-for-role = Bara sökande, bedömare och forskare hör till en organisation: lämna organisationen tom för sekretariatet.
security-enrol-back = Inte nu: tillbaka till inloggning och enheter
invitation-oidc-heading = Eller tacka ja med din e-legitimation
invitation-oidc-hint = Då loggar du i fortsättningen in med din e-legitimation, utan lösenord.
invitation-refused-title = Inbjudan kunde inte tas emot
invitation-other-email = { $provider } bekräftade e-postadressen { $email }, men inbjudan skickades till { $invited }. Inget konto har skapats.
invitation-other-email-ask = Om inbjudan är till dig, be { $inviter } ({ $inviter_email }) att skicka en ny till den adress som din e-legitimation bekräftar.
invitation-has-account = Du har redan ett konto i Frirum: den inbjudna e-postadressen eller din identitet hos { $provider } används redan. Inget konto till har skapats; logga in med det du har.
invitation-has-account-ask = Behöver du en annan roll eller organisation, fråga { $inviter } ({ $inviter_email }).
oidc-logout-title = Du är utloggad från Frirum
oidc-logout-text = Du loggas nu också ut från { $provider }, så att ingen annan vid den här datorn kan logga in med din e-legitimation.
oidc-logout-continue = Logga ut från { $provider }
oidc-logout-home = Tillbaka till Frirums startsida

# Confirming a deactivation (people page).
people-deactivate-title = Inaktivera { $name }?
people-deactivate-help = { $name } loggas ut överallt direkt, deras API-nycklar slutar fungera och de kan inte längre logga in. Deras ansökningar och allt de skrivit finns kvar. Det går inte att ångra.

# The screening: requested provisions the scheme's law does not allow a trial to set aside.
screening-limits-title = Undantag som lagen kanske inte tillåter
screening-limits-lead = Ansökan begär undantag från bestämmelser som ordningens lag inte låter en försöksverksamhet avvika från, eller bara inom vissa gränser. Väg in dem när ni bedömer checklistan.
screening-limits-exemption = Undantag { $number }
