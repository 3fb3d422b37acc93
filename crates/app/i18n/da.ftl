app-tagline = plads til at prøve nye måder at arbejde på
skip-to-content = Gå til hovedindholdet
nav-label = Hovedmenu
nav-home = Forside
nav-registry = Kommuner og regioner
nav-users = Brugerkonti
nav-account = Min konto
nav-logout = Log ud
nav-login = Log ind
language-label = Sprog
footer-text = Frirum er stedet, hvor nationale forsøgsordninger drives: Kommuner søger om fritagelse fra statslige regler, forsøgene følges af forskning, og det, vi lærer af dem, kan ændre reglerne for alle.
footer-api = JSON-API (OpenAPI)

home-title = Forsøgsordninger for kommuner
home-lead = Med Frirum kan et ministerium eller en kommunal interesseorganisation drive en national forsøgsordning – fra det første forslag til et tema, til en regel bliver ændret.
home-body = Kommuner og regioner søger – alene eller i netværk – om at afprøve nye måder at arbejde på med fritagelse fra statslige regler. Sekretariatet gennemgår og vurderer ansøgningerne og træffer afgørelse. Godkendte forsøg følges af forskning, og erfaringerne afgør, om reglerne ændres for alle.
home-registry-heading = Det nordiske register
home-registry-body = Alle kommuner og regioner i Danmark, Norge og Sverige samt de norske fylkeskommuner, med officiel kode og indbyggertal.
home-signin-heading = For sekretariater, ansøgere, bedømmere og forskere
home-signin-body = Log ind med den konto, du har fået af sekretariatet.

login-title = Log ind
login-submit = Log ind
login-failed = E-mailadressen eller adgangskoden er forkert.
login-throttled = For mange mislykkede forsøg på at logge ind. Af hensyn til din sikkerhed skal du vente { $minutes ->
    [one] ét minut
   *[other] { $number } minutter
 }, før du prøver igen.
field-email = E-mailadresse
field-password = Adgangskode

account-title = Min konto
account-profile-heading = Navn og sprog
account-saved = Dine ændringer er gemt.
field-role = Rolle
field-organisation = Organisation
field-name = Navn
field-language = Sprog på siden
language-automatic = Automatisk (fra browseren)
language-hint = Dit valg her går forud for indstillingen i browseren og sprogknapperne.
password-heading = Skift adgangskode
field-current-password = Nuværende adgangskode
field-new-password = Ny adgangskode
field-confirm-password = Gentag den nye adgangskode
password-change = Skift adgangskode
password-changed = Din adgangskode er ændret. Du er logget ud alle andre steder.
error-wrong-password = Den nuværende adgangskode er forkert.
error-password-mismatch = De to nye adgangskoder er ikke ens.
save = Gem

tokens-heading = API-nøgler
tokens-intro = Med en personlig nøgle kan et program bruge JSON-API'et på dine vegne. Send den som "Authorization: Bearer" efterfulgt af nøglen.
tokens-created = Kopiér nøglen nu. Den bliver kun vist denne ene gang.
tokens-name = Nøglens navn
tokens-create = Opret nøgle
tokens-none = Du har ingen API-nøgler.
tokens-caption = Dine API-nøgler
tokens-prefix = Begynder med
tokens-created-at = Oprettet
tokens-last-used = Senest brugt
tokens-status = Status
tokens-revoked = Tilbagekaldt
tokens-revoke = Tilbagekald { $name }
tokens-revoked-notice = Nøglen er tilbagekaldt.
tokens-name-invalid = Giv nøglen et navn på 1 til 100 tegn.
never = Aldrig

pagination-label = Sider
pagination-previous = Forrige side
pagination-next = Næste side
pagination-status = Side { $page } af { $pages } ({ $total } i alt)

registry-title = Kommuner og regioner
registry-lead = De offentlige myndigheder, der kan deltage i forsøgsordninger, med officielle koder og indbyggertal med opgørelsesdato.
registry-search-label = Navn eller kode
registry-search-hint = Du kan stave med eller uden de nordiske bogstaver, fx Århus eller Aarhus, Tromsø eller Tromso.
field-country = Land
all-countries = Alle lande
field-kind = Type
all-kinds = Alle typer
search = Søg
registry-results = Antal resultater: { $count }
registry-no-results = Ingen resultater matcher søgningen. Tjek stavningen, eller vælg et andet land.
field-code = Kode
field-population = Indbyggertal
field-parent = Del af
field-reference-date = Opgørelsesdato
field-source = Kilde
population-uncertain = Tallet er ikke kontrolleret mod den officielle statistik.
population-as-of = pr. { $date }
population-unknown = Der er ikke registreret noget indbyggertal.
population-history = Indbyggertal over tid
members-heading = Kommuner: { $count }

users-title = Brugerkonti
users-caption = Brugerkonti: { $count }
users-new-heading = Ny brugerkonto
users-organisation-hint = Kun for ansøgere: land og kode, fx dk:751 for Aarhus eller no:5501 for Tromsø.
field-initial-password = Første adgangskode (mindst 10 tegn)
users-create = Opret brugerkonto
users-created = Brugerkontoen for { $email } er oprettet.

error-invalid-email = E-mailadressen er ikke gyldig.
error-empty-name = Navnet må ikke være tomt.
error-name-too-long = Navnet er for langt (højst 200 tegn).
error-organisation-required = En ansøger skal høre til en organisation.
error-organisation-not-allowed = Det er kun ansøgere og bedømmere, der hører til en organisation.
error-password-too-short = Adgangskoden skal have mindst 10 tegn.
error-unknown-organisation = Organisationen findes ikke i registret. Skriv land og kode, fx dk:751.
error-email-taken = E-mailadressen er allerede i brug.

error-status = Fejlkode { $status }
error-back-home = Gå til forsiden
error-csrf = Formularen var udløbet eller kom ikke fra dette websted. Gå tilbage, genindlæs siden, og prøv igen.
error-other-title = Noget gik galt
error-400-title = Forespørgslen kunne ikke læses
error-400-message = Forespørgslen var ikke i et format, som Frirum forstår.
error-401-title = Du skal logge ind
error-401-message = Du skal logge ind for at se denne side.
error-403-title = Ikke tilladt
error-403-message = Din rolle giver ikke adgang til denne side eller handling. Kontakt sekretariatet, hvis du mener, at du bør have adgang.
error-404-title = Siden blev ikke fundet
error-404-message = Siden findes ikke, eller den er flyttet. Tjek adressen.
error-405-title = Ikke muligt her
error-405-message = Denne adresse modtager ikke den type forespørgsel.
error-408-title = Det tog for lang tid
error-408-message = Det tog for lang tid at behandle forespørgslen. Prøv igen.
error-409-title = Konflikt
error-409-message = Ændringen er i konflikt med det, der allerede er gemt.
error-413-title = For meget data
error-413-message = Det, du har sendt, er større, end Frirum kan modtage. Gør det kortere, og prøv igen.
error-415-title = Formatet understøttes ikke
error-415-message = Frirum kan ikke læse det, der blev sendt, i dette format.
error-422-title = Tjek dine oplysninger
error-422-message = Nogle af oplysningerne er ikke gyldige.
error-429-title = For mange forsøg
error-429-message = For mange forsøg på kort tid. Vent lidt, og prøv igen.
error-500-title = Noget gik galt hos os
error-500-message = Fejlen er registreret. Prøv igen om lidt.

role-admin = Sekretariat
role-applicant = Ansøger
role-assessor = Bedømmer
role-researcher = Forsker
kind-municipality = Kommune
kind-county = Fylkeskommune (Norge)
kind-region = Region
country-dk = Danmark
country-no = Norge
country-se = Sverige
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

import-title = Importér registret
import-lead = Opdatér kommuner og regioner fra en CSV-fil (kolonner: code, name, kind, parent_code, population, population_date, population_source, population_uncertain). Hele filen kontrolleres først; en forkert linje afviser den, og intet bliver halvt importeret.
import-file = CSV-fil
import-file-hint = UTF-8, ét land pr. fil, med overskriftslinje.
import-submit = Importér
import-choose-country = Vælg et land.
import-choose-file = Vælg en fil, der skal importeres.
import-refused = Intet blev importeret. Linje { $line }: { $reason }
import-done = Importeret: { $added } tilføjet, { $updated } opdateret, { $unchanged } uændret, { $figures } nye indbyggertal.

# Schemes, proposals, applications and the journal
nav-schemes = Ordninger
nav-applications = Mine ansøgninger
schemes-title = Forsøgsordninger
schemes-lead = Nationale ordninger, hvor kommuner afprøver nye måder at arbejde på med fritagelse fra statslige regler.
schemes-none = Der er endnu ingen ordninger at vise.
scheme-new = Ny ordning
scheme-create = Opret ordningen som kladde
scheme-invitation = Invitation
scheme-rounds = Ansøgningsrunder
scheme-no-rounds = Ingen runder endnu.
scheme-themes = Temaer
scheme-no-themes = Ingen temaer endnu.
scheme-rules = Regler
scheme-manage = Administrer ordningen
scheme-change-status = Skift status
scheme-apply-hint = Åbn en runde nedenfor for at begynde en ansøgning for din organisation.
theme-add = Tilføj tema
theme-priority = Prioriteret tema
round-add = Tilføj runde
rules-edit = Ændr reglerne
rules-min-population = Mindste samlede indbyggertal
rules-networks = Netværk tilladt
rules-kinds = Hvem kan søge
rules-max-months = Længste forsøgsperiode (måneder)
rules-max-extension = Længste forlængelse (måneder)
rules-bonuses = Tillæg
rules-bonus-network = Tillæg for netværk
rules-bonus-priority = Tillæg for prioriteret tema
rules-bonus-objective = Tillæg for målbar målsætning
rules-scale = Højeste point
rules-version = Regelversion
rules-exclusions = Udelukkelser (juridisk screening)
rules-exclusions-hint = Ét punkt pr. linje.
rules-criteria = Vurderingskriterier
rules-criteria-hint = Ét pr. linje: vægt | navn | beskrivelse.
rules-weight = vægt
rules-reason-hint = Kræves, når der allerede er indsendt ansøgninger efter de gældende regler: ændringen bliver en ny version, og de beholder deres.
yes = Ja
no = Nej
saved-notice = Gemt.
proposals-title = Forslag til temaer
proposals-lead = Kommunerne foreslår temaer og støtter hinandens; sekretariatet optager eller afviser dem og sender samlingen videre.
proposals-none = Ingen forslag endnu.
proposals-export = Hent samlingen (CSV)
proposals-endorsements = { $count ->
    [one] { $number } organisation støtter forslaget
   *[other] { $number } organisationer støtter forslaget
 }
proposals-declined-because = Afvist:
proposals-endorse = Støt «{ $title }»
proposals-decide = Afgør «{ $title }»
proposals-adopt = Optag som tema
proposals-decline = Afvis (angiv begrundelse)
proposals-new = Foreslå et tema
proposals-submit = Send forslaget
applications-title = Ansøgninger
applications-mine = Mine ansøgninger
applications-none = Ingen ansøgninger at vise.
applications-not-public = Indsendte ansøgninger offentliggøres efter fristen, hvis ordningen siger det.
application-start = Begynd en ansøgning
application-untitled = Ansøgning uden titel
application-edit = Rediger kladden
application-draft-hint = Gem når som helst; kontrollen ovenfor viser, hvad der mangler eller ikke er opfyldt.
application-save = Gem kladden
application-submit = Gem og indsend
application-print = Udskriftsvenlig visning
application-withdraw = Træk ansøgningen tilbage
application-withdrawn-notice = Ansøgningen er trukket tilbage.
receipt-text = Modtaget: sagsnummer { $case }, indsendt { $time }. Gem kvitteringen; udskriv den fra browseren.
eligibility-title = Betingelser for at søge
eligibility-ok = Alle regler er opfyldt: ansøgningen kan indsendes.
eligibility-not-ok = Ikke endnu: reglerne markeret nedenfor er ikke opfyldt.
submit-refused = Ansøgningen blev ikke indsendt.
error-application-submitted = Ansøgningen er indsendt og kan ikke længere ændres.
error-edit-conflict = En anden har gemt kladden i mellemtiden (nu version { $version }). Din tekst står nedenfor, ikke gemt: kopiér det, du har brug for, genindlæs og gem igen.
error-rules-in-use = { $count ->
    [one] Én indsendt ansøgning blev
   *[other] { $number } indsendte ansøgninger blev
 } vurderet efter disse regler. Angiv en begrundelse: ændringen bliver en ny version.
journal-title = Sagsjournal
journal-lead = Hver ændring, hvem der foretog den, hvornår og hvorfor. Poster ændres eller slettes aldrig.
journal-when = Hvornår
journal-who = Hvem
journal-what = Hvad
journal-changes = Ændringer
journal-system = Frirum (import)
form-who = Hvem søger
form-what = Forsøget
field-title = Titel
field-summary = Resumé
field-description = Beskrivelse
field-status = Status
field-reason = Begrundelse
field-round = Runde
field-opens = Åbner
field-deadline = Frist
field-deadline-hint = Lokal tid i rundens tidszone; det sidste sekund, der tæller, er det, du angiver.
field-time-zone = Tidszone
field-target-trials = Mål for antal forsøg
field-scheme-code = Kode
field-scheme-code-hint = 2 til 12 store bogstaver eller cifre, bruges i sagsnumre, fx DK2019.
field-content-language = Indholdets sprog
field-invitation = Invitation (Markdown)
field-invitation-hint = Overskrifter med #, lister med -, links som [tekst](https://…). HTML vises som tekst.
field-publish-applications = Offentliggør indsendte ansøgninger efter fristen
field-case-number = Sagsnummer
field-lead = Ansvarlig organisation
field-members = Netværksdeltagere
field-member = Netværksdeltager
field-members-hint = Koden (fx 751) eller navnet; én pr. felt. Gem for at få et nyt felt.
field-submitted-at = Indsendt
field-objectives = Målbare målsætninger
field-indicator = Indikator
field-unit = Enhed
field-baseline = Udgangspunkt
field-target = Mål
field-target-date = Senest
field-exemptions = Ønskede fritagelser
field-scope = Fritagelse
field-reference = Bestemmelse, lov eller område, som du ville skrive det
field-desired-change = Ønsket regel
field-justification = Begrundelse
field-unknown-rules = Vi ved ikke, hvilke regler der står i vejen
field-unknown-rules-hint = Beskriv barrieren med almindelige ord; sekretariatet hjælper med at finde reglerne.
field-legal-security = Konsekvenser for borgernes retssikkerhed
field-partners = Partnere
field-partner-name = Partner
field-partner-kind = Type
field-partner-role = Rolle
field-partner-demands = Hvad vi kræver af dem
field-partner-values = Offentlige værdier, der beskyttes
field-learning-goals = Hvad vi vil lære
field-funds = Ansøgte puljemidler
field-period = Planlagt periode
field-period-start = Start
field-period-end = Slut
status-draft = Kladde
status-proposals = Åben for temaforslag
status-published = Offentliggjort
status-closed = Afsluttet
status-submitted = Indsendt
status-withdrawn = Trukket tilbage
status-open = Åben
status-adopted = Optaget som tema
status-declined = Afvist
phase-open = Åben
phase-upcoming = Endnu ikke åben
phase-closed = Lukket
scope-provision = Bestemmelse
scope-act = Hele loven
scope-policy_area = Område
partner-company = Virksomhed
partner-university = Universitet
partner-consultant = Konsulent
partner-research_institute = Forskningsinstitut
partner-civil_society = Civilsamfund
partner-public_body = Offentlig myndighed
partner-other = Andet
outcome-passed = Opfyldt
outcome-failed = Ikke opfyldt
outcome-not_applicable = Gælder ikke
rule-name-round_open = Frist
rule-name-jurisdiction = Land
rule-name-organisation_kinds = Hvem kan søge
rule-name-network = Netværk
rule-name-population = Indbyggertal
rule-name-required_fields = Obligatoriske felter
rule-name-trial_length = Forsøgets længde
rule-round_open = Runden er åben til { $deadline }.
rule-round_not_open = Runden åbner { $opens }.
rule-deadline_passed = Fristen var { $deadline }.
rule-jurisdiction_ok = Alle deltagere er i ordningens land.
rule-wrong_jurisdiction = Uden for ordningens land: { $outside }.
rule-kinds_allowed = Alle deltagere kan søge.
rule-kind_not_allowed = Disse kan ikke søge: { $refused }.
rule-single_applicant = Én organisation søger alene.
rule-network_allowed = Et netværk af { $organisations } organisationer; netværk er tilladt.
rule-network_not_allowed = Et netværk af { $organisations } organisationer; ordningen tager kun enkeltansøgere.
rule-no_minimum = Ordningen har intet mindste indbyggertal.
rule-population_ok = Samlet indbyggertal { $combined } (pr. { $reference_date }) opfylder minimum på { $minimum }.
rule-population_below_minimum = Samlet indbyggertal { $combined } (pr. { $reference_date }) er under minimum på { $minimum }.
rule-population_missing = Registeret har intet indbyggertal for { $without_figure }.
rule-fields_complete = Alle obligatoriske felter er udfyldt.
rule-application_incomplete = Mangler stadig: { $missing }.
rule-no_limit_or_period = Ingen maksimal længde, eller ingen planlagt periode endnu.
rule-trial_length_ok = { $months } måneder, inden for maksimum på { $maximum }.
rule-trial_too_long = { $months } måneder er længere end maksimum på { $maximum }.
problem-field_required = { $field } skal udfyldes.
problem-field_too_long = { $field } er for lang: højst { $max } tegn.
problem-value_out_of_range = { $field } er uden for det tilladte område.
problem-end_before_start = { $field } er før starten.
problem-invalid_field = { $field } er ikke gyldig.
problem-unknown_theme = { $field }: ukendt tema.
problem-unknown_organisation = { $field }: ingen organisation «{ $reference }» i registeret.
problem-unknown_time_zone = { $field }: ukendt tidszone.

# Regelfinderen
nav-rule-finder = Find reglerne
finder-title = Find reglerne
finder-lead = Beskriv med egne ord, hvad I vil afprøve, eller skriv ord at søge efter. Frirum foreslår de bestemmelser, der sandsynligvis står i vejen, og siger hvorfor.
finder-description = Beskriv idéen
finder-description-hint = Almindelige ord er nok: hvad I vil gøre anderledes, og hvad I tror hindrer jer. Henvisninger som »§ 54, stk. 2« genkendes også.
finder-words = Eller søg efter ord
finder-words-hint = Sammensatte ord findes ved deres dele, og æ, ø og å kan skrives uden accenter.
finder-submit = Find reglerne
finder-suggestions = Bestemmelser, der sandsynligvis står i vejen
finder-hits = Søgeresultater
finder-nothing = Intet fundet. Prøv andre ord, eller vælg et land.
finder-no-words = Teksten har ingen ord at søge efter.
finder-choose-country = Vælg et land for at få forslag.
finder-catalogue-size = Kataloget rummer { $count ->
    [one] én bestemmelse
   *[other] { $number } bestemmelser
 }.
finder-reason-words = Match på: { $words }
finder-reason-cited = Nævnt i teksten: { $citation }
finder-one-word = Kun ét af dine ord står i bestemmelsen – læs den, før du bygger på den
finder-reason-asked = { $count ->
    [one] Én ansøgning har søgt fritagelse fra bestemmelsen
   *[other] { $number } ansøgninger har søgt fritagelse fra bestemmelsen
 }
finder-for-application = Foreslåede bestemmelser for denne ansøgning
finder-for-application-lead = Forslag ud fra ansøgningens egen tekst, som den sidst blev gemt. Tilføj dem, der står i vejen, som ønskede fritagelser, og skriv hvorfor.
finder-nothing-application = Ingen forslag endnu: beskriv idéen og barrieren i ansøgningen, og gem den først.
finder-link = Tilføj { $provision } som ønsket fritagelse
finder-back-to-form = Tilbage til ansøgningen
law-act = Lov
law-identifier = Officiel identifikator
law-chapter = Kapitel
law-not-in-force = Ikke i kraft
law-official = Officiel tekst
law-text = Tekst
law-requested = Søgt fritagelse fra
law-requested-count = Indsendte ansøgninger, der har søgt fritagelse fra denne bestemmelse: { $count }
law-paraphrase-note = Demokataloget er Frirums egen gengivelse af bestemmelserne; den officielle tekst er den, myndighederne kundgør.
law-short-title = Kort titel
law-ministry = Ministerium
law-in-force-from = I kraft fra
law-sections = Bestemmelser: { $count }
act-kind-act = Lov
act-kind-consolidated_act = Lovbekendtgørelse
act-kind-regulation = Forskrift
act-kind-executive_order = Bekendtgørelse
act-kind-amending_act = Ændringslov
exemption-linked-provision = Knyttet til bestemmelsen i kataloget
exemption-unresolved = ikke fundet i kataloget: sekretariatet tjekker den
exemption-unresolved-screener = ikke fundet i kataloget: kontrollér henvisningen i den juridiske screening
application-suggest-provisions = Foreslå bestemmelser ud fra ansøgningen
application-suggest-hint = (ud fra teksten, som den sidst blev gemt)

## Afgørelser og forsøg
nav-decisions = Afgørelser
decisions-title = Afgørelser
decisions-feed = Følg afgørelserne (Atom-feed)
decisions-feed-title = Frirum: afgørelser om ansøgninger
decisions-none = Der er endnu ikke truffet afgørelser.
decisions-count = { $count ->
    [one] Én afgørelse
   *[other] { $number } afgørelser i alt
 }
decide-title = Træf afgørelse om ansøgningen
decide-screening-blocks = Den juridiske screening fandt en konflikt. Ansøgningen kan ikke godkendes, så længe den står:
decide-ask-clarification = Bed i stedet ansøgeren om en afklaring
decide-outcome = Afgørelse
outcome-approved = Godkendt
outcome-rejected = Afslået
decide-exemptions = Fritagelser, der gives
decide-no-exemptions = Ansøgningen beder ikke om fritagelser.
decide-grant = Giv
decide-narrow = Afgræns fritagelsen til disse bestemmelser
decide-narrow-open = Ansøgningen peger ikke på en bestemt lov her. Skal bevillingen afgrænses til bestemte bestemmelser, så knyt dem til undtagelsen med regelfinderen under en afklaring; skriv ellers afgrænsningen med ord nedenfor.
decide-note = Hvordan fritagelsen er afgrænset eller betinget
decide-max-months = højst { $months } måneder
decide-submit = Registrér afgørelsen
decision-title = Afgørelse
decision-outcome = Udfald
decision-reasons = Begrundelse
decision-conditions = Vilkår
decision-period = Forsøgsperiode
decision-regulation = Lokal regulering, der skal vedtages
decision-regulation-text = Hvad den lokale regulering skal indeholde
decision-granted = Givne fritagelser
decision-narrowed-to = Afgrænset til
decision-scheme = Ordning
decision-decided-at = Truffet
decision-letter = Afgørelsesbrev
regulation-trial_regulation = Forsøgsforskrift (forsøksforskrift)
regulation-statutes = Vedtægter (vedtekter)
regulation-free_municipality_statute = Frikommunevedtægt
regulation-local_regulations = Lokale forskrifter (lokala föreskrifter)
letter-title = Afgørelse om ansøgningen
letter-back = Tilbage til afgørelsen
letter-our-reference = Vores reference
letter-approved-intro = Vi har vurderet ansøgningen efter ordningen og godkender forsøget som beskrevet nedenfor.
letter-rejected-intro = Vi har vurderet ansøgningen efter ordningen og kan ikke godkende den af de grunde, der fremgår nedenfor.
letter-trial-record = Forsøget er registreret som
letter-regards = Med venlig hilsen
trial-title = Forsøg
trial-frozen = Det godkendte, som det blev godkendt. Ændringer siden da står i ændringshistorikken nedenfor.
trial-participants = Deltagere
trial-status-planned = Planlagt
trial-status-running = I gang
trial-status-ended = Afsluttet
application-decide = Træf afgørelse
application-decision = Afgørelse
error-already-decided = Der er allerede truffet afgørelse om ansøgningen; den første afgørelse står ved magt.
error-screening_conflict = Den juridiske screening fandt en konflikt med: { $items }. Ansøgningen kan ikke godkendes.
error-exemption_not_requested = Der blev ikke ansøgt om fritagelse { $number }.
error-exemption_granted_twice = Fritagelse { $number } er givet to gange.
error-provision_outside_request = Bestemmelse { $provision } ligger uden for det, fritagelse { $number } ansøgte om.
error-period_too_long = Forsøgsperioden på { $months } måneder er længere end ordningens maksimum på { $max } måneder.
error-nothing_granted = En godkendelse skal give mindst én af de ansøgte fritagelser.
error-not_decidable = Der kan kun træffes afgørelse om en indsendt ansøgning.
## Review: legal screening and clarification (issue 5, review slice).
review-stage = Behandling
review-stage-under_review = Under behandling
review-stage-awaiting_clarification = Afventer afklaring
error-no-open-clarification = Der er intet åbent spørgsmål at besvare: sekretariatet har ikke stillet et, eller det er allerede besvaret.
screening-title = Juridisk screening
screening-lead = Hvert punkt på ordningens tjekliste vurderes: ingen konflikt, mulig konflikt eller konflikt, altid med en skriftlig begrundelse. En konflikt forhindrer godkendelse; en mulig konflikt vises for den, der træffer afgørelsen.
screening-rules-version = Tjeklisten i version { $version } af ordningens regler, som ansøgningen blev indsendt under.
screening-blocking = Godkendelse er ikke mulig: der er fundet en konflikt.
screening-doubtful = Mulige konflikter, som skal indgå i afgørelsen:
screening-empty = Ordningens regler har ingen tjekliste til juridisk screening.
screening-complete = Alle punkter er vurderet.
screening-incomplete = Ikke alle punkter er vurderet endnu.
screening-not-judged = Ikke vurderet endnu
screening-outcome = Resultat
screening-outcome-no_conflict = Ingen konflikt
screening-outcome-possible_conflict = Mulig konflikt
screening-outcome-conflict = Konflikt
screening-reason = Begrundelse
screening-save = Gem vurderingen
screening-history = Historik
screening-when = Hvornår
screening-who = Hvem
screening-item = Punkt
screening-saved = Vurderingen er gemt.
clarification-title = Afklaring
clarification-lead = Spørgsmål fra sekretariatet og ansøgerens svar. Ansøgningsfristen gælder ikke for svarene.
clarification-empty = Der er ikke stillet nogen spørgsmål.
clarification-question = Spørgsmål
clarification-answer = Svar
clarification-awaiting = Afventer ansøgerens svar
clarification-send-answer = Send svaret
clarification-amend = Find bestemmelserne sammen
clarification-amend-lead = Mens et spørgsmål er åbent, kan de ansøgte undtagelser ændres: find bestemmelser med regelfinderen og tilføj dem, eller fjern en undtagelse med en begrundelse. Alle ændringer gemmes i journalen.
clarification-find-provisions = Find bestemmelser med regelfinderen
clarification-remove-reason = Begrundelse for at fjerne
clarification-remove = Fjern
clarification-ask = Spørg ansøgeren
clarification-asked = Spørgsmålet er sendt.
clarification-answered = Svaret er sendt.
clarification-amended = De ansøgte undtagelser er ændret.
clarification-linked-reason = Tilføjet fra regelfinderen under afklaringen: { $provision }
review-stage-approved = Godkendt
review-stage-rejected = Afslået
## --- Bedømmelse (sag 5: bedømmere, point, rangering) ---
nav-assessments = Bedømmelser
assessments-title = Mine bedømmelser
assessments-lead = De ansøgninger, du skal bedømme. Meld inhabilitet, så snart du ser den: så ser du hverken de andres point eller giver selv point.
assessments-none = Du har ingen ansøgninger at bedømme.
assessments-round = Runde
assessments-scoring = Kriterier bedømt
assessment-title = Bedømmelse
assessment-assessors = Bedømmere
assessment-no-assessors = Der er endnu ikke tilknyttet bedømmere.
assessment-assign-label = Bedømmere, der skal tilknyttes
assessment-assign = Tilknyt
assessment-unassign = Fjern
assessment-conflict = Inhabilitet
assessment-conflict-declared = Meldt inhabilitet
assessment-conflict-employment = Ansat hos en ansøger
assessment-conflict-reason = Begrundelse for inhabilitet
assessment-conflict-declare = Meld inhabilitet
assessment-own-scores = Dine point
assessment-scale = Giv hvert kriterium fra 0 til { $max } point. Lad feltet stå tomt, hvis du ikke har besluttet dig.
assessment-weight = vægt
assessment-score = Point
assessment-comment = Kommentar
assessment-save-scores = Gem mine point
assessment-result = Point og samlet resultat
assessment-criteria = Point pr. kriterium
assessment-criterion = Kriterium
assessment-scores = Point
assessment-mean = Gennemsnit
assessment-value = Tæller som
assessment-not-scored = endnu ikke bedømt
assessment-source-consensus = konsensus
assessment-source-mean = bedømmernes gennemsnit
assessment-source-missing = ingen point
assessment-weighted = Vægtet pointtal
assessment-total = I alt
assessment-no-value = ingen point endnu
assessment-missing = Mangler stadig point: { $criteria }
assessment-bonus-network = Netværksbonus
assessment-bonus-theme = Bonus for prioriteret tema
assessment-bonus-objective = Bonus for målbart mål
assessment-why-network = { $count ->
    [one] Én organisation søger.
   *[other] { $number } organisationer søger sammen.
 }
assessment-why-single = Kun én organisation søger.
assessment-why-theme = Ansøgningen vedrører { $count ->
    [one] ét
   *[other] { $number }
 } af ordningens prioriterede temaer.
assessment-why-no-theme = Ingen af ansøgningens temaer er prioriterede.
assessment-why-objective = Målbare mål (enhed, udgangspunkt og målværdi): { $indicators }
assessment-why-no-objective = { $count ->
    [one] Det ene mål mangler enhed, udgangspunkt eller målværdi.
   *[other] Ingen af de { $number } mål har enhed, udgangspunkt og målværdi.
 }
assessment-consensus = Konsensuspoint
assessment-consensus-lead = Et konsensuspoint erstatter bedømmernes gennemsnit på sit kriterium. Lad feltet stå tomt for at bruge gennemsnittet.
assessment-save-consensus = Gem konsensus
assessment-notes = Interne noter
assessment-notes-lead = Kun synlige for sekretariatet og for bedømmere uden inhabilitet.
assessment-new-note = Ny note
assessment-add-note = Tilføj noten
assessment-reply = Svar
assessment-reply-to = svar på en tidligere note
assessment-done-scores = Dine point er gemt.
assessment-done-consensus = Konsensuspointene er gemt.
assessment-done-note = Noten er tilføjet.
assessment-done-assigned = Bedømmerne er tilknyttet.
assessment-done-unassigned = Bedømmeren er fjernet.
assessment-done-conflict = Din inhabilitet er registreret.
assessment-error-out-of-scale = Point skal være et helt tal fra 0 til { $max }.
assessment-error-conflict = Du er inhabil i denne ansøgning.
assessment-error-not-assigned = Du er ikke tilknyttet som bedømmer af denne ansøgning.
assessment-error-not-assessor = Kun konti med rollen bedømmer kan tilknyttes.
assessment-error-not-submitted = Kun indsendte ansøgninger kan bedømmes.
ranking-title = Rangering
ranking-lead = Rundens ansøgninger efter samlet resultat. Stregen er trukket ved rundens mål på { $target } forsøg.
ranking-tie-across-line = Et ens resultat krydser stregen: sekretariatet må afgøre, hvilke ansøgninger der går videre.
ranking-theme = Tema
ranking-all-themes = Alle temaer
ranking-status-submitted = Indsendt
ranking-status-withdrawn = Trukket tilbage
ranking-status-all = Alle
ranking-filter = Filtrér
ranking-export-csv = Hent som CSV
ranking-export-xlsx = Hent som Excel-projektmappe
ranking-caption = Ansøgninger rangeret efter samlet resultat; { $count ->
    [one] én
   *[other] { $number }
 } inden for stregen
ranking-select = Vælg
ranking-rank = Plads
ranking-lead-organisation = Hovedansøger
ranking-assessors = Bedømmere
ranking-bonus = Bonusser
ranking-notes = Bemærkninger
ranking-line = Rundens streg: { $target } forsøg
ranking-why-no-scores = Ingen point endnu: ikke rangeret.
ranking-why-incomplete = Ufuldstændig, rangeret efter de fuldstændige og uden for stregen; mangler: { $criteria }.
ranking-why-tied = Lige med en anden ansøgning.
ranking-why-tie-across = Lige hen over stregen.
ranking-bulk-assessors = Tilknyt disse bedømmere til de valgte ansøgninger
ranking-bulk-assign = Tilknyt til de valgte
# Notifikationer (i brugerfladen og på e-mail)
nav-notifications = Notifikationer
notifications-title = Notifikationer
notifications-none = Du har ingen notifikationer endnu.
notifications-unread = ulæst
notifications-mark-read = Markér »{ $title }« som læst
notifications-mark-all-read = Markér alle som læst
notification-assessor-assigned-title = Du er tildelt ansøgning { $case }
notification-assessor-assigned-body = »{ $title }« ({ $case }) ligger i din kø til vurdering. Erklær eventuel inhabilitet, før du ser andres point.
notification-clarification-asked-title = Et spørgsmål om din ansøgning { $case }
notification-clarification-asked-body = Sekretariatet har stillet et spørgsmål om »{ $title }« ({ $case }). Ansøgningen venter, til du svarer i ansøgningens tråd.
notification-clarification-answered-title = Ansøgeren har svaret på { $case }
notification-clarification-answered-body = Ansøgeren har svaret på spørgsmålet om »{ $title }« ({ $case }).
notification-decided-approved-title = Ansøgning { $case } er godkendt
notification-decided-approved-body = »{ $title }« ({ $case }) er godkendt. Afgørelsen og afgørelsesbrevet findes på ansøgningens side.
notification-decided-rejected-title = Der er truffet afgørelse om ansøgning { $case }
notification-decided-rejected-body = Der er truffet afgørelse om »{ $title }« ({ $case }): ansøgningen blev ikke godkendt. Begrundelsen og brevet findes på ansøgningens side.
notification-mail-greeting = Hej { $name },
notification-mail-link = Åbn ansøgningen: { $url }
notification-mail-footer = Denne besked er sendt fra Frirum. Alle dine notifikationer: { $url }

# Del E: én sagsstatus, overblik og arbejdskøer
case-status = Status
case-status-draft = Kladde
case-status-submitted = Indsendt
case-status-in-screening = Under juridisk screening
case-status-awaiting-clarification = Afventer afklaring
case-status-in-assessment = Under vurdering
case-status-ready-for-decision = Klar til afgørelse
case-status-approved = Godkendt
case-status-rejected = Afslået
case-status-withdrawn = Trukket tilbage
notification-submitted-title = Ny ansøgning: { $case }
notification-submitted-body = »{ $title }« ({ $case }) er indsendt og venter på juridisk screening.
eligibility-frozen-title = Betingelser ved indsendelse
eligibility-frozen-at = Som betingelserne blev kontrolleret, da ansøgningen blev indsendt ({ $date }), med de tal, der gjaldt dengang. De kontrolleres ikke igen.
filter-label = Filtrér ansøgningerne
filter-text = Søg
filter-scheme = Ordning
filter-round = Runde
filter-theme = Tema
filter-all = Alle
filter-apply = Filtrér
filter-clear = Vis alle
filter-remove = Fjern dette filter
filter-organisation = Organisation
filter-none = Ingen ansøgninger passer til disse filtre.
review-column-screening = Juridisk screening
review-column-assessors = Bedømmere færdige
dashboard-title = Min side
dashboard-secretariat-lead = Det, der venter på sekretariatet, i den rækkefølge en sag går: juridisk screening, afklaring, bedømmelse, afgørelse.
dashboard-queues = Sager efter status
dashboard-attention = Kræver opfølgning
dashboard-answers = Svar på spørgsmål, der ikke er fulgt op
dashboard-overdue = Spørgsmål, der har stået ubesvaret i mere end 14 dage
dashboard-closed = Afsluttede sager
dashboard-all-applications = Alle ansøgninger
dashboard-questions = Spørgsmål at besvare
dashboard-questions-none = Ingen spørgsmål venter på dit svar.
dashboard-drafts = Kladder
dashboard-drafts-none = Du har ingen kladder. Find en runde at søge i under
dashboard-cases = Dine sager
dashboard-assessor-queue = Ansøgninger at bedømme
# End of part E

# Part D: blind, independent assessment
assessment-statement-heading = Inhabilitet
assessment-statement-lead = Før du får vist noget af bedømmelsen af denne sag, skal du oplyse, om du er inhabil: en tilknytning til ansøgeren eller et netværksmedlem, en interesse i udfaldet eller andet, der kan rejse tvivl om din upartiskhed.
assessment-statement-none = Jeg er ikke inhabil i denne sag
assessment-statement-conflict = Eller meld inhabilitet og oplys, hvori den består
assessment-your-assignment = Din opgave
assessment-progress-submitted = bedømmelse afleveret { $at }
assessment-progress-stated = erklæret ikke inhabil { $at }, bedømmer stadig
assessment-progress-unstated = har endnu ikke taget stilling til inhabilitet
assessment-blind-notice = Bedøm på egen hånd: de andre bedømmeres point og kommentarer vises først for dig, når du har afleveret din egen bedømmelse.
assessment-submit = Gem og aflever min bedømmelse
assessment-submit-lead = Aflever, når alle kriterier har fået point. Derefter er dine point låst, og du ser de andre bedømmeres point.
assessment-submitted-notice = Du afleverede din bedømmelse { $at }. Dine point er låst.
assessment-requests = Anmodninger om konsensus
assessment-request-by = Anmodet af { $name }
assessment-spread = Spredning mellem bedømmerne
assessment-spread-lead = Forskellen mellem det højeste og det laveste point. En forskel på mere end { $threshold } point markeres.
assessment-spread-overall = Samlet (hver bedømmers vægtede point)
assessment-spread-lowest = Lavest
assessment-spread-highest = Højest
assessment-spread-difference = Forskel
assessment-spread-none = færre end to point
assessment-spread-flagged = markeret
assessment-spread-advice = Bedømmerne er tydeligt uenige. Overvej at bede dem om at nå til enighed om en konsensus.
assessment-request-message = Besked til bedømmerne (valgfri)
assessment-request-consensus = Bed bedømmerne om en konsensus
assessment-done-statement = Din erklæring er registreret: du er ikke inhabil i denne sag.
assessment-done-submitted = Din bedømmelse er afleveret.
assessment-done-requested = Bedømmerne er blevet bedt om at nå til enighed om en konsensus.
assessments-submitted = afleveret
assessments-statement-needed = tag først stilling til inhabilitet
error-conflict_statement_required = Oplys først, om du er inhabil i denne sag.
error-own_assessment_not_submitted = Aflever din egen bedømmelse, før du læser de andre bedømmeres point og noter.
error-assessment_already_submitted = Du har afleveret din bedømmelse; dine point kan ikke længere ændres.
error-assessment_incomplete = Giv point på alle kriterier, før du afleverer din bedømmelse.
notification-consensus-requested-title = Konsensus efterspurgt for ansøgning { $case }
notification-consensus-requested-body = Sekretariatet beder bedømmerne af “{ $title }” ({ $case }) om at nå til enighed om en konsensus.
journal-action-assessment-no-conflict-stated = erklærede ikke at være inhabil
journal-action-assessment-assessment-submitted = afleverede sin bedømmelse
journal-action-assessment-consensus-requested = bad bedømmerne om en konsensus
field-message = Besked
field-criteria-scored = Kriterier bedømt
assessment-request-submit-first = Aflever din egen bedømmelse for at læse, hvad sekretariatet beder om.
# End of part D
# Part A (hardening)
problem-invalid_characters = { $field } indeholder kontroltegn eller tegn, der vender skriveretningen, og kan ikke godtages. Fjern dem, og prøv igen.
login-throttled-seconds = For mange mislykkede forsøg på at logge ind. Af hensyn til din sikkerhed skal du vente { $seconds ->
    [one] ét sekund
   *[other] { $number } sekunder
 }, før du prøver igen.
field-q = Søgetekst
# End of part A
# Part C (decisions with safeguards, public views)
error-reasons_required = Skriv begrundelsen for afgørelsen: en afgørelse skal begrundes, hvad enten den godkender eller afslår.
error-period_ends_before_decision = Forsøgsperioden slutter før afgørelsens dato. Vælg en periode, som stadig kan gennemføres.
error-round_still_open = Runden er stadig åben: denne ordning træffer først afgørelse efter rundens ansøgningsfrist.
error-screening_not_completed = Den juridiske screening er ikke afsluttet: hvert punkt på tjeklisten skal vurderes før afgørelsen.
error-decision_not_confirmed = Afgørelsen blev ikke bekræftet. Gennemgå sammendraget af det, der offentliggøres, og bekræft det.
decide-basis = Det bygger afgørelsen på
decide-possible-conflicts = Mulige konflikter fundet ved den juridiske screening
decide-no-possible-conflicts = Den juridiske screening fandt ingen mulige konflikter.
decide-screening = Juridisk screening
decide-assessors = Bedømmernes fremdrift
decide-no-assessors = Der er ikke tildelt bedømmere.
decide-assessor-progress = kriterier bedømt: { $progress }
decide-assessor-conflict = inhabil, giver ikke point
decide-consensus = Konsensuspoint
decide-no-consensus = Der er ikke fastsat konsensuspoint.
decide-total = Samlet
decide-total-incomplete = ikke alle kriterier er bedømt endnu
decide-no-total = Ingen samlet score endnu
decide-rank = Placering i runden
decide-rank-target = rundens mål er { $target } forsøg
decide-rank-within = Inden for målet.
decide-rank-outside = Uden for målet.
decide-no-rank = Ikke rangeret endnu.
decide-reasons-hint = Kræves ved både godkendelse og afslag. Begrundelsen offentliggøres med afgørelsen.
decide-exemptions-hint = Sæt kun kryds ved det, der gives. Intet gives uden kryds.
decide-choose = Vælg …
decide-signatory-title = Din titel, som brevet underskrives
decide-review = Gennemse afgørelsen
confirm-title = Bekræft afgørelsen
confirm-intro = Dette bliver registreret og offentliggjort. Kontrollér det, før du bekræfter: en afgørelse kan ikke ændres bagefter.
confirm-summary = Det bliver offentliggjort
confirm-submit = Registrér og offentliggør afgørelsen
confirm-change = Ret afgørelsen
decision-granted-for = Givet for
decision-within-request = Inden for ansøgningen om
decisions-filter = Filtrér afgørelserne
decisions-filter-any = Alle
decisions-filter-year = År
decisions-filter-apply = Vis
letter-legal-basis = Retsgrundlag
letter-legal-basis-intro = Afgørelsen er truffet efter
letter-appeal = Klage
letter-no-appeal = Afgørelsen kan ikke påklages.
decision-settings-title = Indstillinger for afgørelser
decision-settings-link = Indstillinger for afgørelser
decision-settings-safeguards = Træf først afgørelse efter rundens frist og en afsluttet juridisk screening
decision-settings-safeguards-hint = Anbefales. Når det er slået fra, kan en ansøgning afgøres, mens runden er åben, og før alle punkter i den juridiske screening er vurderet.
decision-settings-authority = Udstedende myndighed (ordningens ejer)
decision-settings-legal-basis = Retsgrundlag for afgørelserne
decision-settings-appeal = Klagevejledning
decision-settings-appeal-hint = Hvordan og hvor afgørelsen kan påklages. Lad feltet stå tomt, hvis afgørelsen ikke kan påklages: så står det i brevet.
decision-settings-save = Gem indstillingerne
decision-settings-saved = Indstillingerne for afgørelser er gemt.
journal-action-scheme-decision-settings-changed = ændrede indstillingerne for afgørelser
decision-letter-pdf = Brevet som PDF
four-eyes-note = Afgørelser i denne ordning offentliggøres først, når et andet medlem af sekretariatet har godkendt dem.
four-eyes-proposed = Afgørelsen er registreret som et forslag. Den offentliggøres, når et andet medlem af sekretariatet godkender den.
four-eyes-pending = En afgørelse venter på godkendelse
four-eyes-proposed-by = Foreslået af
four-eyes-approve = Godkend og offentliggør afgørelsen
four-eyes-own = Du foreslog denne afgørelse: et andet medlem af sekretariatet skal godkende den. En ny afgørelse nedenfor erstatter forslaget.
decision-settings-four-eyes = Fire øjne: et andet medlem af sekretariatet godkender hver afgørelse, før den offentliggøres
decision-settings-four-eyes-hint = Den, der foreslår en afgørelse, kan ikke selv godkende den.
error-second_approver_required = Et andet medlem af sekretariatet end den, der foreslog afgørelsen, skal godkende den.
error-nothing_to_approve = Ingen afgørelse venter på godkendelse i denne sag.
journal-action-application-decision-proposed = foreslog en afgørelse til godkendelse
# End of part C

## --- Del F (sag 12): ingen blindgyder for ansøgere, klart sprog ---
scheme-not-open-to-you = Denne ordning er kun åben for organisationer i { $country }, så din organisation kan ikke starte en ansøgning her.
error-not-open-country = Denne ordning er kun åben for organisationer i { $country }.
error-not-open-kind = Denne ordning modtager ikke ansøgninger fra organisationer af typen »{ $kind }«.
field-themes = Temaer
field-theme = Tema
field-assessor = Bedømmer
field-row-objective = Mål
field-row-exemption = Fritagelse
field-row-partner = Partner
field-row-member = Netværksmedlem
field-row-theme = Tema
time-zone-europe-oslo = norsk tid
time-zone-europe-copenhagen = dansk tid
time-zone-europe-stockholm = svensk tid
journal-count = { $count ->
    [one] { $number } post
   *[other] { $number } poster
 }
journal-rows = { $count ->
    [one] { $number } række
   *[other] { $number } rækker
 }
journal-unknown = (ukendt)
journal-because = Begrundelse
journal-deleted-draft = Slettet kladde
journal-action-other = ændrede sagen
journal-action-application-created = startede ansøgningen
journal-action-application-saved = gemte kladden
journal-action-application-submitted = indsendte ansøgningen
journal-action-application-withdrawn = trak ansøgningen tilbage
journal-action-application-deleted = slettede kladden
journal-action-application-decided = traf afgørelse i sagen
journal-action-application-exemptions-amended = ændrede de ansøgte fritagelser
journal-action-assessment-assessor-assigned = tildelte en bedømmer
journal-action-assessment-assessor-unassigned = fjernede en bedømmer
journal-action-assessment-conflict-declared = erklærede sig inhabil
journal-action-assessment-consensus-set = registrerede de fælles point
journal-action-assessment-note-added = tilføjede en note til bedømmelsen
journal-action-assessment-scores-saved = gemte point
journal-action-clarification-answered = besvarede et afklarende spørgsmål
journal-action-clarification-asked = stillede et afklarende spørgsmål
journal-action-proposal-adopted = optog temaforslaget som tema
journal-action-proposal-created = foreslog et tema
journal-action-proposal-declined = afviste temaforslaget
journal-action-proposal-endorsed = støttede temaforslaget
journal-action-round-changed = ændrede ansøgningsrunden
journal-action-round-created = oprettede ansøgningsrunden
journal-action-scheme-created = oprettede ordningen
journal-action-scheme-rules-changed = ændrede ordningens regler
journal-action-scheme-status-changed = ændrede ordningens status
journal-action-scheme-theme-added = tilføjede et tema
journal-action-scheme-theme-changed = ændrede et tema
journal-action-scheme-updated = ændrede ordningen
journal-action-screening-recorded = vurderede et punkt i den juridiske screening
status-deleted = Slettet
application-delete = Slet kladden
application-delete-title = Slet denne kladde?
application-delete-text = Kladden »{ $title }« og alt, hvad der står i den, bliver slettet. Det kan ikke fortrydes. Sagsloggen bevarer en note om, at kladden blev slettet, og af hvem.
application-delete-confirm = Ja, slet kladden
application-delete-cancel = Nej, behold kladden
application-deleted-notice = Kladden blev slettet.
form-saved-partly = Alt andet blev gemt. Ret de markerede felter nedenfor, og gem igen.
form-not-saved = Intet er gemt endnu. Ret de markerede felter nedenfor, og gem igen; det, du skrev, står her stadig.
form-errors-heading = { $count ->
    [one] Ét felt skal rettes
   *[other] { $number } felter skal rettes
 }
member-suggestions = Mente du
member-choices-label = Organisationer i registret
population-source-approximation = Skøn, ikke kontrolleret
population-source-table = tabel
population-source-dated = { $agency }, folketal pr. { $date }
field-rules-version = Version af reglerne
journal-characters = { $count ->
    [one] { $number } tegn
   *[other] { $number } tegn
 }

# fix-3: lists, filters, submission
organisation-applications = Ansøgningerne fra denne organisation

# fix-1: assessment and decision safeguards
error-assessor_has_submitted = Bedømmeren har afleveret sin bedømmelse og kan ikke fjernes: pointene bliver stående og tæller.
error-assessors_not_submitted = En konsensus kan først registreres, når alle tildelte bedømmere, der ikke er inhabile, har afleveret deres bedømmelse.
assessment-unassign-submitted = Har afleveret: bliver på sagen, og pointene tæller.
assessment-unassign-confirm = Bedømmeren tages af sagen, og point, der ikke er afleveret, slettes. Begrundelsen skrives i sagens log.
assessment-unassign-reason = Hvorfor fjernes bedømmeren?
assessment-unassign-do = Fjern bedømmeren
assessment-consensus-waits = En konsensus kan registreres, når alle tildelte bedømmere, der ikke er inhabile, har afleveret deres bedømmelse.
decide-no-assessment-submitted = Ingen bedømmer har endnu afleveret en bedømmelse af denne ansøgning.
decide-go-assessment = Gå til bedømmelsen
decide-assessor-submitted = afleveret
decide-assessor-not-submitted = ikke afleveret
decide-no-exemptions-what-to-do = Ansøgningen beder ikke om undtagelser og kan derfor ikke imødekommes, som den står. Spørg ansøgeren i en afklaring, hvilke regler forsøget har brug for undtagelse fra; mens spørgsmålet er åbent, kan ansøgeren og sekretariatet tilføje bestemmelserne med regelfinderen.
decide-no-exemptions-ask = Spørg ansøgeren, hvilke bestemmelser forsøget har brug for
decide-round-open-until = Runden er åben til { $deadline }. Efter ordningens regler kan der først træffes afgørelse efter fristen.
decide-round-open-meanwhile = I mellemtiden kan du gøre den juridiske screening færdig, bede ansøgeren om en afklaring og følge bedømmelsen.
error-round-still-open-until = Runden er stadig åben til { $deadline }: denne ordning træffer først afgørelse efter fristen.
decide-go-screening = Gå til den juridiske screening
decide-go-clarification = Gå til afklaringen
field-outcome = Afgørelse
field-reasons = Begrundelse
field-conditions = Vilkår
field-regulation-kind = Lokal regulering, der skal vedtages
field-regulation-text = Hvad den lokale regulering skal indeholde
field-signatory-title = Din titel, som brevet underskrives
decide-regulation-required = Skal udfyldes ved imødekommelse.
screening-next-assessment = Gå videre til bedømmelsen
decision-grant-note = Gælder kun denne undtagelse

## fix-2: the journal in words
journal-criteria-scored = { $count ->
    [one] gav point på { $number } kriterium
   *[other] gav point på { $number } kriterier
 }
journal-exemptions-granted = { $count ->
    [one] { $number } undtagelse givet
   *[other] { $number } undtagelser givet
 }
journal-field-item-text = Punkt
journal-field-outcome = Resultat
journal-field-scores = Point
journal-field-consensus = Fælles point
journal-field-granted = Givne undtagelser
journal-field-conditions = Vilkår
journal-field-conflict = Inhabilitet
journal-field-conflict-reason = Grund til inhabilitet
journal-field-draft-scores-dropped = Ikke indsendte point kasseret
journal-field-comment = Kommentar
journal-field-question = Spørgsmål
journal-field-answer = Svar
journal-field-regulation-kind = Lokal forskrift
journal-field-regulation-text = Forskriftens indhold
journal-field-reasons = Begrundelse
journal-field-assessor-id = Bedømmer
journal-field-decided-by = Truffet af
journal-field-safeguards = Retssikkerhedsgarantier
journal-field-issuing-authority = Afgørelsesmyndighed
journal-field-legal-basis = Hjemmel
journal-field-appeal-guidance = Klagevejledning
journal-field-four-eyes = To personer godkender afgørelser
journal-field-number = Nummer
eligibility-after-corrections = Betingelserne kontrolleres igen, når fejlene er rettet, og ansøgningen er gemt.

# fix-3: submission's confirmation step
submit-confirm-title = Indsend ansøgningen?
submit-confirm-lead = Se efter, hvad der bliver sendt. Ansøgningen går til sekretariatet for { $scheme }, som screener, vurderer og afgør den.
submit-confirm-to = Sendes til
submit-confirm-to-value = Sekretariatet for { $scheme }
submit-confirm-exemptions = Ansøgte fritagelser
submit-confirm-no-exemptions = Der er ikke angivet nogen fritagelser.
submit-confirm-locked = Når ansøgningen er indsendt, kan den ikke ændres. Den kan trækkes tilbage, indtil der er truffet afgørelse.
submit-confirm-do = Indsend ansøgningen
submit-confirm-back = Tilbage til skemaet
submit-confirm-not-eligible = Ansøgningen opfylder endnu ikke ordningens regler og kan ikke indsendes. Gå tilbage til skemaet, og ret det, rapporten nedenfor peger på.

# fix-3: the applicant's page, where a new application starts
dashboard-start = Start en ny ansøgning
dashboard-start-lead = Disse runder er åbne for ansøgninger fra din organisation nu. Åbn en runde for at starte en ny ansøgning.
dashboard-start-none = Ingen runder er åbne for din organisation lige nu. Se ordningerne:
dashboard-start-deadline = frist { $deadline }

# Trials in operation (the foundation): the list, the trial page, its life and history
nav-trials = Forsøg
trials-title = Forsøg
trials-lead = Alle godkendte forsøg, hvor de står nu, og hvad der er ændret siden godkendelsen.
trials-mine = Min organisations forsøg
trials-followed = Forsøg jeg følger
trials-filter = Filtrér forsøgene
trials-theme = Tema
trials-participant = Deltager
trials-all = Alle forsøg
trials-none = Intet forsøg passer.
trials-estimated-note = * planlagt dato, endnu ikke registreret som faktisk.
trial-status-suspended = Sat i bero
trial-end-completed = Gennemført
trial-end-stopped_early = Afsluttet før tid
trial-now = Hvor forsøget står
trial-why = Hvorfor
trial-start = Start
trial-end = Slut
trial-date-actual = faktisk
trial-date-estimated = planlagt
trial-approved-end = Slut som godkendt
trial-verified = Status senest bekræftet
trial-verified-never = Endnu ikke bekræftet i en rapport
trial-legal-basis = Hvor længe hver fritagelse gælder
trial-exemption = Fritagelse
trial-legal-basis-end = Gælder til
trial-history = Ændringshistorik
trial-version = Version
trial-change-approved = Godkendt
trial-change-started = Startet
trial-change-suspended = Sat i bero
trial-change-resumed = Genoptaget
trial-change-completed = Gennemført
trial-change-stopped_early = Afsluttet før tid
# The local regulation of the trial's country, named in the visitor's language.
trial-change-regulation_adopted = { $country ->
        [dk] Frikommunevedtægt vedtaget
        [se] Lokale forskrifter (lokala föreskrifter) vedtaget
       *[no] Forsøgsforskrift (forsøksforskrift) vedtaget
    }
trial-change-change_approved = Ændring godkendt
trial-change-change_recorded = Ændring registreret
trial-field-status = Status
trial-field-planned_start = Planlagt start
trial-field-planned_end = Planlagt slut
trial-field-actual_start = Startet
trial-field-actual_end = Afsluttet
trial-field-end_kind = Hvordan det endte
trial-field-why_stopped = Begrundelse
trial-field-participants = Deltagere
trial-field-objectives = Mål
trial-field-exemptions = Fritagelser
trial-researchers = Forskere der følger forsøget
trial-researchers-none = Ingen forsker følger dette forsøg endnu.
trial-researcher-remove = Fjern
trial-researcher-choose = Forsker
trial-researcher-assign = Lad forskeren følge forsøget
trial-lifecycle = Ændr forsøgets status
trial-lifecycle-hint = Forsøget starter af sig selv, når vedtægten er i kraft, og slutter af sig selv, når perioden er ovre. Brug denne formular, når noget andet sker.
trial-step = Hvad sker der
trial-step-start = Det er startet
trial-step-suspend = Sæt det i bero
trial-step-resume = Det kører igen
trial-step-complete = Det er gennemført
trial-step-stop_early = Det afsluttes før tid
trial-step-on = Hvilken dag
trial-step-on-hint = Skal bruges for at starte, gennemføre eller afslutte før tid.
trial-step-reason = Hvorfor
trial-step-reason-hint = Skal bruges for at sætte i bero eller afslutte før tid. Begrundelsen er offentlig.
trial-step-save = Registrér ændringen
trial-ended-final = Forsøget er afsluttet. Oplysningerne står, som de er.
error-invalid_trial_transition = Det trin er ikke muligt fra forsøgets nuværende status.
error-reason_required = Angiv en begrundelse.
error-ends_before_start = Slutningen kan ikke ligge før starten ({ $start }).
trial-never-started = Dette forsøg startede aldrig: hele perioden er ovre, og vedtægten trådte aldrig i kraft.
trial-never-started-manage = Registrér nedenfor, at det er afsluttet før tid, med begrundelse.
trial-never-started-short = Startede aldrig
trial-objectives-now = Mål nu
trial-objectives-changed = Målene er ændret siden godkendelsen: se ændringshistorikken.
trial-step-confirm = Jeg forstår, at det ikke kan gøres om at gennemføre eller afslutte forsøget.
field-on = Dagen
field-confirm = Bekræftelse
dashboard-researcher-none = Du følger endnu ikke noget forsøg. Sekretariatet bestemmer, hvilke forskere der følger hvert forsøg.
dashboard-researcher-lead = Åbn et forsøg for at gennemgå de målinger, deltagerne indberetter.

## --- Documents (issue 13, item 6): files attached to a trial ---
document-heading = Dokumenter
document-none = Ingen dokumenter endnu.
document-title = Titel
document-title-hint = Lad feltet stå tomt for at bruge filnavnet.
document-kind = Hvad det er
document-kind-report = Rapport
document-kind-regulation = Vedtaget vedtægt
document-kind-evaluation = Evaluering
document-kind-decision_letter = Afgørelsesbrev
document-kind-other = Andet
document-file = Fil
document-file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, ren tekst eller CSV, højst { $number } MB. Filtypen kontrolleres ud fra indholdet.
document-size-kb = { $number } kB
document-uploaded = Uploadet
document-visibility = Hvem kan se det
document-public = Offentligt
document-private = Kun forsøgets deltagere
document-make-public = Gør offentligt
document-make-private = Gør ikke-offentligt
document-upload-heading = Tilføj et dokument
document-upload = Upload
document-publish-now = Offentliggør med det samme
document-refused = Filen blev ikke uploadet. Se årsagen nedenfor.
document-back = Tilbage til forsøget
error-file_too_large = Filen er for stor: højst { $limit_mib } MB accepteres.
error-file_empty = Filen er tom.
error-unsupported_file_type = Filen er ikke af en type, der accepteres, eller indholdet er ikke det, filnavnet siger. Accepteres: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, ren tekst og CSV.
error-document_record_not_public = Dokumentet hører til noget, der ikke er offentligt, og kan derfor ikke gøres offentligt.

# Indikatorer målt over tid (sag 13, punkt 2)
indicator-heading = Indikatorer over tid
indicator-none = Ingen indikatorer endnu. De laves ud fra de godkendte mål, første gang forsøgets folk åbner dem.
indicator-awaiting-review = { $count ->
    [one] Én indberettet værdi venter på gennemgang.
   *[other] { $number } indberettede værdier venter på gennemgang.
}
indicator-export = Hent indikatorerne (CSV)
indicator-open-report = Indberet værdier
indicator-open-review = Gennemgå indberettede værdier
indicator-open-page = Alle indberettede værdier
indicator-measure = Måles som
indicator-baseline = Udgangsværdi
indicator-target = Mål
indicator-frequency = Indberettes
indicator-breakdown = Fordelt på
indicator-legend-actual = Mørkeblå linje med prikker: godkendte værdier
indicator-legend-target = Orange stiplet linje: mål
indicator-legend-baseline = Grå linje: udgangsværdi
indicator-legend-table = De samme tal står i tabellen nedenfor.
indicator-table-caption = Mål og godkendte værdier pr. periode
indicator-period = Periode
indicator-actual = Værdi
indicator-status = Status
indicator-comment = Kommentar
indicator-reviewer-comment = Kommentar fra gennemgangen
indicator-revisions = { $count ->
    [one] Ændret én gang: den tidligere definition
   *[other] Ændret { $number } gange: de tidligere definitioner
}
indicator-revision = Version { $revision }
indicator-definition = Definition
indicator-measure-unit = et tal
indicator-measure-percentage = en procentdel
indicator-measure-nominal = et tal på en skala af kategorier
indicator-measure-ordinal = et heltal på en rangordnet skala
indicator-measure-qualitative = en beskrivelse med ord
indicator-frequency-quarterly = hver tredje måned
indicator-frequency-half_yearly = hvert halve år
indicator-frequency-yearly = hvert år
indicator-status-draft = Kladde
indicator-status-submitted = Venter på gennemgang
indicator-status-returned = Sendt tilbage til rettelse
indicator-status-approved = Godkendt
indicator-ascending = højere er bedre
indicator-descending = lavere er bedre
indicator-chart-desc = Udgangsværdi { $baseline }. Mål { $target }. Godkendte værdier: { $actuals }.
indicator-chart-no-actuals = ingen endnu
indicator-page-title = Indikatorer og indberettede værdier
indicator-page-lead = Indberet værdien for hver periode, som kladde eller til gennemgang. Kun værdier, som sekretariatet eller forsøgets forsker godkender, tæller og vises offentligt; en godkendt periode kan ikke længere ændres.
indicator-queue-heading = Venter på din gennemgang
indicator-queue-empty = Intet venter på gennemgang.
indicator-reported-by = Indberettet af
indicator-review-comment = Kommentar til kommunen
indicator-review-comment-hint = Skal udfyldes, når du sender værdien tilbage: skriv, hvad der skal rettes.
indicator-approve = Godkend
indicator-return = Send tilbage til rettelse
indicator-report-heading = Indberet
indicator-returned-because = Sendt tilbage til rettelse
indicator-value-text = Hvad der skete i perioden
indicator-value = Værdi
indicator-value-hint = Mål for perioden: { $target }. Skriv et tal, for eksempel 12 eller 12,5.
indicator-send = Send til gennemgang
indicator-save-draft = Gem som kladde
indicator-waiting = sendt, venter på gennemgang
indicator-locked = godkendt og låst
indicator-import-heading = Indlæs værdier fra en fil
indicator-import-lead = Hent indikatorerne som CSV, udfyld værdikolonnen, og indlæs den samme fil her. Perioder, du lader stå tomme, springes over. Er én linje forkert, indlæses intet, og linjen nævnes.
indicator-import-file = CSV-fil
indicator-import-hint = Den fil, du får ved at hente indikatorerne, med dine værdier udfyldt (UTF-8).
indicator-import-send = Send de indlæste værdier til gennemgang
indicator-import = Indlæs
indicator-import-choose-file = Vælg en CSV-fil at indlæse.
indicator-define-heading = Tilføj en indikator
indicator-revise-heading = Ændr indikatoren
indicator-revise-lead = En ændring gemmer den hidtidige definition, som vises sammen med indikatoren, og godkendte perioder beholder deres mål.
indicator-field-reason = Hvorfor den ændres
indicator-revise = Gem ændringen
indicator-notice-revised = Indikatoren er ændret; den tidligere definition er gemt.
indicator-field-title = Hvad der måles
indicator-field-description = Beskrivelse
indicator-field-unit = Enhed (for eksempel elever eller dage)
indicator-field-ascending = Højere værdier er bedre
indicator-field-baseline-value = Udgangsværdi
indicator-field-baseline-date = Dato for udgangsværdien
indicator-field-target-value = Målværdi
indicator-field-target-date = Dato for målet
indicator-field-dimension = Fordel på (valgfrit)
indicator-field-dimension-hint = For eksempel aldersgruppe eller bydel.
indicator-field-categories = Kategorier
indicator-field-categories-hint = Én pr. linje.
indicator-define = Tilføj indikatoren
indicator-back = Tilbage til forsøget
indicator-notice-draft = Værdien er gemt som kladde.
indicator-notice-submitted = Værdien er sendt til gennemgang.
indicator-notice-approved = Værdien er godkendt; perioden er nu låst.
indicator-notice-returned = Værdien er sendt tilbage til rettelse med din kommentar.
indicator-notice-imported = { $count ->
    [0] Filen indeholdt ingen nye værdier.
    [one] Værdien for én periode blev indlæst.
   *[other] Værdierne for { $number } perioder blev indlæst.
}
indicator-notice-defined = Indikatoren er tilføjet.
indicator-error-conflict = En anden har ændret eller gennemgået denne værdi imens. Siden viser den nu, som den er.
indicator-error-decided = En anden har allerede truffet afgørelse om denne værdi. Siden viser den nu, som den står.
indicator-reach-not-ended = kan indberettes, når perioden er slut
indicator-reach-not-reached = ikke nået: forsøget sluttede
indicator-chart-axes = Fra { $from } til { $to }; værdier fra { $low } til { $high }.
error-period_not_ended = Perioden er ikke slut endnu: værdien kan indberettes fra dagen efter { $end }.
error-period_after_trial_end = Perioden blev ikke nået: forsøget sluttede, før den begyndte, så der er intet at indberette for den.
indicator-notification-submitted-title = Indikatorværdier til gennemgang: { $case }
indicator-notification-submitted-body = Nye værdier for forsøget »{ $title }« ({ $case }) venter på din gennemgang.
indicator-notification-approved-title = Indikatorværdi godkendt: { $case }
indicator-notification-approved-body = En værdi, du indberettede for forsøget »{ $title }« ({ $case }), er godkendt.
indicator-notification-returned-title = Indikatorværdi sendt tilbage: { $case }
indicator-notification-returned-body = En værdi, du indberettede for forsøget »{ $title }« ({ $case }), er sendt tilbage til rettelse. Kommentaren står på indikatorsiden.
error-indicator_value_invalid = { $measure ->
    [percentage] Værdien passer ikke til indikatoren: skriv en procentdel fra 0 til 100.
    [ordinal] Værdien passer ikke til indikatoren: skriv et heltal på skalaen.
    [qualitative] Indikatoren beskrives med ord: skriv, hvad der skete, ikke et tal.
    [unit] Værdien passer ikke til indikatoren: skriv et tal.
    [nominal] Værdien passer ikke til indikatoren: skriv et tal.
   *[any] Værdien passer ikke til indikatoren: skriv et tal eller ord for en indikator, der beskrives med ord.
}
error-indicator_csv_invalid = Linje { $line }, kolonne »{ $field }«: { $reason }. Intet fra filen blev gemt.
error-period_locked = Værdien for denne periode er godkendt og låst; den kan ikke længere ændres.
error-update_awaiting_review = Denne værdi venter på gennemgang og kan kun ændres, hvis den sendes tilbage.
error-update_not_submitted = Denne værdi venter ikke (længere) på gennemgang.
error-review_comment_required = Skriv, hvad der skal rettes, når du sender en værdi tilbage.

## --- Puljemidler (issue 13, item 7: funds slice, prefix fund-) ---
fund-heading = Puljemidler
fund-none = Denne ordning giver ingen puljemidler.
fund-awarded = Bevilget
fund-disbursed = Udbetalt
fund-spent = Forbrugt, som indberettet
fund-no-grants = Der er ikke bevilget noget endnu.
fund-grants = Bevillinger
fund-award-date = Bevillingsdato
fund-amount-applied-for = Ansøgt beløb
fund-amount-awarded = Bevilget beløb
fund-amount-disbursed = Udbetalt beløb
fund-planned-dates = Planlagt periode
fund-planned-start = Fra
fund-planned-end = Til
fund-payments = Udbetalinger
fund-paid-on = Udbetalingsdato
fund-amount = Beløb
fund-reference = Reference i regnskabet
fund-spending = Indberettet forbrug
fund-period = Periode
fund-period-start = Fra og med
fund-period-end = Til og med
fund-purpose = Hvad pengene gik til
fund-purpose-hint = For eksempel løn til projektleder eller kurser for medarbejdere. Teksten læses af sekretariatet og de forskere, der følger forsøget.
fund-reported-by = Indberettet af
fund-allocate-heading = Bevilg midler
fund-allocate = Bevilg
fund-remaining-of = { $remaining } af { $total } er tilbage i ordningens budget.
fund-budget-link = Se budgettet
fund-amount-hint = Skriv beløbet, som du plejer, for eksempel 1.250.000 eller 1.250.000,50.
fund-optional = Kan stå tomt.
fund-award-date-hint = Datoen for beslutningen om bevillingen. Bevillingen regnes mod budgettet for dette år.
fund-no-budget-to-allocate = Ordningen har intet budget at bevilge fra.
fund-pay-heading = Registrér en udbetaling
fund-undisbursed = { $amount } er endnu ikke udbetalt.
fund-pay-grant = Bevillingen, der udbetales
fund-left = { $amount } tilbage
fund-pay = Registrér udbetalingen
fund-spend-heading = Indberet forbrug
fund-spend = Send indberetningen
fund-page-link = Alt om forsøgets midler
fund-refused = Det indsendte blev ikke gemt. Se beskeden ved feltet.
fund-back-to-trial = Tilbage til forsøget
fund-back-to-scheme = Tilbage til ordningen
fund-budget-title = Budget for puljemidler
fund-budget-total = Budget i alt
fund-budget-allocated = Bevilget
fund-budget-remaining = Tilbage
fund-budget-planned = Budget
fund-budget-by-year = Fordelt på år
fund-budget-years-hint = Kan stå tomt. Fordeler du på år, skal årene tilsammen give budgettet i alt, og en bevilling regnes mod det år, den blev givet.
fund-year = År
fund-grants-by-trial = Bevillinger pr. forsøg
fund-trial = Forsøg
fund-ungranted = Forsøg uden bevilling
fund-budget-change = Ændr budgettet
fund-budget-set = Fastsæt et budget
fund-currency = Valuta
fund-budget-save = Gem budgettet
fund-budget-remove = Ordningen giver ingen midler
fund-error-budget-exceeded = Bevillingen på { $requested } er mere end de { $remaining }, der er tilbage. Af budgettet på { $total } er { $allocated } allerede bevilget.
fund-error-budget-exceeded-year = Bevillingen på { $requested } er mere end de { $remaining }, der er tilbage for { $year }. Af årets budget på { $total } er { $allocated } allerede bevilget.
fund-error-payment-exceeds-award = Udbetalingen på { $requested } er mere end de { $remaining }, der er tilbage af bevillingen. Af bevillingen på { $awarded } er { $disbursed } udbetalt.
fund-error-below-allocated = Budgettet på { $total } er mindre end de { $allocated }, der allerede er bevilget.
fund-error-years-do-not-add-up = Årene giver tilsammen { $years_sum }, mens budgettet i alt er { $total } – de skal stemme overens.
fund-error-year-not-planned = Budgettet har ingen midler for { $year }. Vælg en dato i et år, budgettet har, eller fordel budgettet på flere år.
fund-error-year-twice = Året { $year } står der to gange.
fund-error-no-budget = Denne ordning giver ingen puljemidler, så der kan ikke bevilges noget.
fund-error-no-allocation = Forsøget har ikke fået bevilget midler, så der er intet forbrug at indberette.
fund-error-currency-fixed = Valutaen kan ikke ændres, når der er bevilget midler.
fund-amount-empty = Skriv et beløb.
fund-amount-not_a_number = Det er ikke et beløb. Skriv det for eksempel sådan: 1.250.000,50.
fund-amount-wrong_currency = Beløbet er i en anden valuta end budgettet.
fund-amount-negative = Beløbet kan ikke være negativt.
fund-amount-zero = Beløbet skal være mere end nul.
fund-amount-too_many_decimals = Beløbet har flere decimaler end valutaen. Skriv øre med to cifre, for eksempel 1.250,50.
fund-amount-too_large = Beløbet er for stort.
fund-amount-ambiguous = Beløbet kan læses på to måder. Skriv tusind som 1000 eller 1.000, og øre med komma: 1.000,50.
field-award-date = Bevillingsdato
field-planned-start = Planlagt start
field-planned-end = Planlagt slut
field-paid-on = Udbetalingsdato
field-purpose = Hvad pengene gik til
field-allocation-id = Bevilling
error-no_budget = Denne ordning giver ingen puljemidler.
error-no_allocation = Forsøget har ikke fået bevilget midler.
error-budget_exceeded = Bevillingen er større end det, der er tilbage af budgettet.
error-payment_exceeds_award = Udbetalingen er større end det, der er tilbage af bevillingen.
error-budget_below_allocated = Budgettet er mindre end det, der allerede er bevilget.
error-budget_years_do_not_add_up = Årene giver ikke tilsammen budgettet i alt.
error-budget_year_not_planned = Budgettet har ingen midler for { $year }.
error-budget_year_twice = Et år står der to gange.
error-budget_currency_fixed = Valutaen kan ikke ændres, når der er bevilget midler.
error-amount_invalid = Beløbet kan ikke læses.
error-amount_ambiguous = Beløbet kan læses på to måder.
journal-action-scheme-budget-set = fastsatte budgettet for puljemidler
journal-action-trial-funds-allocated = bevilgede puljemidler til forsøget
journal-action-trial-payment-recorded = registrerede en udbetaling til forsøget
journal-action-trial-spending-reported = indberettede forbrug af midlerne

## --- Status reports and milestones (issue 13, item 3: reports slice, prefix report-) ---
report-heading = Statusrapporter
report-not-verified-since = Status ikke bekræftet siden { $date }: en statusrapport er forsinket.
report-overdue-flag = En statusrapport er forsinket.
report-next-due = Næste rapport skal afleveres { $date }
report-write = Skriv rapporten
report-open = Åbn rapporten
report-none = Ingen statusrapporter endnu.
report-label-period = Periode
report-label-due_date = Frist
report-label-status = Status
report-kind-periodic = Statusrapport
report-kind-final = Slutrapport
report-status-draft = Ikke afleveret
report-status-submitted = Afleveret
report-status-returned = Sendt tilbage til rettelse
report-status-accepted = Godkendt
report-schedule-link = Ordningens rapporteringsplan
report-schedule-title = Rapporteringsplan
report-schedule-intro = Hvor ofte ordningens forsøg rapporterer, hvornår slutrapporten skal afleveres, og hvornår der sendes påmindelser. Rapporter, der allerede er oprettet, beholder deres datoer.
report-schedule-saved = Rapporteringsplanen er gemt.
report-schedule-save = Gem planen
report-label-every_months = Måneder mellem statusrapporterne
report-label-final_after_days = Dage efter afslutningen før slutrapporten
report-label-grace_days = Dage en forsinket rapport kan vente, før den offentlige side viser det
report-label-remind_before_days = Påmindelse, dage før fristen
report-label-remind_after_days = Påmindelse, dage efter fristen
report-hint-every_months = Fra den dag forsøget starter: 6 betyder en rapport hvert halve år (1 til 24).
report-hint-final_after_days = For eksempel 90 (0 til 365).
report-hint-grace_days = Derefter viser forsøgets offentlige side »status ikke bekræftet siden« (0 til 365).
report-hint-remind_before_days = 0 sender ingen påmindelse før (0 til 90).
report-hint-remind_after_days = 0 sender ingen påmindelse efter (0 til 90).
report-done-saved = Rapporten er gemt. Den sendes først, når du afleverer den.
report-done-submitted = Rapporten er afleveret til sekretariatet.
report-done-accepted = Rapporten er godkendt.
report-done-returned = Rapporten er sendt tilbage til forsøget med din kommentar.
report-overdue = Forsinket
report-submitted-at = Afleveret
report-decided-at = Senest behandlet
report-returned-with = Sekretariatet sendte rapporten tilbage:
report-label-progress = Fremdrift i perioden
report-hint-progress = Hvad der blev gjort, hvad der ændrede sig for borgere og medarbejdere, og hvor forsøget står nu.
report-milestones = Milepæle
report-hint-milestones = Forsøgets milepæle og hvordan hver af dem står. Lad en række stå tom for ikke at tilføje noget.
report-row-milestones = Milepæl
report-label-title = Titel
report-label-note = Bemærkning
report-milestone-scheduled = Planlagt
report-milestone-met = Nået
report-milestone-not_met = Ikke nået
report-milestone-partially_met = Delvis nået
report-exemptions = Anvendte fritagelser
report-hint-exemptions = For hver bevilget fritagelse: blev den brugt i perioden, og hvor mange gange?
report-row-exemptions_used = Fritagelse
report-label-exemption = Fritagelse
report-label-used = Brugt i perioden
report-label-count = Antal gange brugt
report-events = Hændelser om borgernes retssikkerhed
report-hint-events = Klager, borgere der har fravalgt forsøget, hændelser. Skriv ikke navne: beskrivelsen bliver hos sekretariatet.
report-row-events = Hændelse
report-label-kind = Type
report-event-complaint = Klage
report-event-opt_out = Borger fravalgte forsøget
report-event-incident = Hændelse
report-event-other = Andet
report-label-date = Dato
report-label-people = Antal personer eller sager
report-label-description = Hvad der skete
report-label-handling = Hvordan det blev håndteret
report-label-problems = Problemer
report-hint-problems = Hvad der gik galt eller står i vejen.
report-documents-note = Vedhæft dokumenter til rapporten under forsøgets dokumenter.
report-save = Gem kladde
report-submit = Aflever rapporten
report-submit-hint = Når rapporten er afleveret, kan den ikke ændres, medmindre sekretariatet sender den tilbage.
report-empty = Intet skrevet.
report-used-yes = brugt
report-used-no = ikke brugt
report-used-times = { $count } gange
report-no-events = Ingen hændelser om retssikkerhed er rapporteret.
report-events-private = Beskrivelserne af hændelserne bliver hos sekretariatet.
report-decide = Godkend eller send tilbage
report-accept = Godkend rapporten
report-label-comment = Kommentar til forsøget
report-hint-comment = Kræves for at sende rapporten tilbage: skriv, hvad der skal rettes.
report-return = Send tilbage til rettelse
report-back = Tilbage til forsøget
report-invalid-value = { $field } kan ikke læses: tjek værdien.
report-label-comment-required = Kommentar
report-dashboard-heading = Forsinkede statusrapporter
report-dashboard-due = frist { $date }
report-dashboard-returned = sendt retur til rettelse (frist { $date }) — se kommentaren
report-actuals-heading = Indikatorværdier i perioden
report-actuals-empty = Ingen indikator har en periode, der slutter i rapportens periode.
report-actuals-indicator = Indikator
report-actuals-period = Periode
report-actuals-value = Værdi
report-actuals-none = ikke indberettet endnu
report-actuals-breakdown = indberettet pr. kategori
report-actuals-link = Indberet indikatorværdierne på indikatorsiden
report-notify-due-title = Statusrapport med frist { $due }: { $case }
report-notify-due-body = Statusrapporten for forsøget »{ $title }« ({ $case }) skal afleveres { $due }.
report-notify-overdue-title = Statusrapport forsinket: { $case }
report-notify-overdue-body = Statusrapporten for forsøget »{ $title }« ({ $case }) skulle have været afleveret { $due } og er ikke afleveret.
report-notify-submitted-title = Statusrapport afleveret: { $case }
report-notify-submitted-body = En statusrapport for forsøget »{ $title }« ({ $case }) er afleveret og venter på at blive godkendt eller sendt tilbage.
report-notify-returned-title = Statusrapport sendt tilbage: { $case }
report-notify-returned-body = Sekretariatet sendte statusrapporten for forsøget »{ $title }« ({ $case }) tilbage til rettelse: { $comment }
error-report_not_editable = Rapporten er afleveret og kan ikke længere ændres.
error-report_wrong_status = Rapporten er ændret i mellemtiden; genindlæs siden.
error-return_comment_required = Skriv en kommentar om, hvad der skal rettes.
error-trial_not_started = Forsøget er ikke startet og skal ikke aflevere rapporter endnu.

## --- Lokale vedtægter og forsøgets start (sag 13, punkt 1: livsforløb, præfiks regulation-) ---
regulation-section-heading = Lokale vedtægter
regulation-section-hint = Hver deltager vedtager sin egen lokale vedtægt. Forsøget starter, når hver deltagers vedtægt er trådt i kraft.
regulation-section-hint-approval = Hver deltager vedtager sin egen lokale vedtægt, og sekretariatet godkender den. Forsøget starter, når hver deltagers vedtægt er trådt i kraft.
regulation-ready-from = Alle vedtægter er i kraft: forsøget starter { $date }.
regulation-waiting = { $count ->
    [one] Forsøget starter, når én vedtægt mere er i kraft.
   *[other] Forsøget starter, når { $count } vedtægter mere er i kraft.
}
regulation-participant = Deltager
regulation-standing = Status
regulation-standing-awaiting_adoption = Afventer vedtagelse
regulation-standing-awaiting_approval = Vedtaget, afventer godkendelse
regulation-standing-in_force = I kraft siden { $date }
regulation-standing-in_force_from = Træder i kraft { $date }
regulation-adopted-on = Vedtagelsesdato
regulation-in-force-from = I kraft fra
regulation-page-title = Lokal vedtægt
regulation-done-saved = Udkastet er gemt.
regulation-done-adopted = Vedtagelsen er registreret.
regulation-done-approved = Vedtægten er godkendt.
regulation-kind = Type regelsæt
regulation-approval = Godkendelse fra sekretariatet
regulation-approval-required = Kræves i denne ordning
regulation-approval-not-required = Kræves ikke i denne ordning
regulation-body = Vedtaget af
regulation-reference = Sagsnummer eller dagsordenspunkt
regulation-approved-at = Godkendt
regulation-text-heading = Teksten
regulation-print = Udskriv teksten
regulation-draft-hint = Frirum har skrevet dette udkast ud fra afgørelsen. Tilpas det, før kommunalbestyrelsen vedtager det; når vedtagelsen er registreret, ligger teksten fast.
regulation-text-label = Vedtægtens tekst
regulation-text-hint = Ren tekst. Sæt hver paragraf på sin egen linje, fx "§ 1 Formål".
regulation-text-save = Gem udkastet
regulation-text-not-public = Teksten offentliggøres, når kommunalbestyrelsen har vedtaget den.
regulation-not-drafted = Intet udkast endnu. Det skrives, når deltageren eller sekretariatet åbner denne side.
regulation-adoption-heading = Registrér vedtagelsen
regulation-adoption-hint = Når kommunalbestyrelsen har vedtaget vedtægten, registrerer du hvornår, af hvem og fra hvilken dag den gælder.
regulation-adopted-on-hint = Dagen for mødet. Den må ikke ligge ude i fremtiden.
regulation-body-hint = Det organ, der vedtog den, fx kommunalbestyrelsen.
regulation-reference-hint = Sagsnummeret eller punktet på dagsordenen, fx "Sag 26/1234".
regulation-in-force-from-hint = Den første dag, vedtægten gælder. Ikke før vedtagelsen; den må gerne ligge ude i fremtiden.
regulation-adoption-save = Registrér vedtagelsen
regulation-document-hint = Du kan vedhæfte den vedtagne vedtægt som fil (vælg typen "Vedtaget vedtægt").
regulation-document-link = Upload dokumentet
regulation-approval-heading = Godkend vedtægten
regulation-approval-hint = Kontrollér, at den vedtagne tekst svarer til afgørelsen. Når du godkender den, kan forsøget starte den dag, vedtægten træder i kraft.
regulation-approve = Godkend vedtægten
regulation-back = Tilbage til forsøget
regulation-print-draft = Udkast: endnu ikke vedtaget.
regulation-required = Udfyld dette felt.
regulation-settings-title = Lokale vedtægter
regulation-settings-intro = Bestem, om sekretariatet skal godkende de lokale vedtægter, deltagerne vedtager, før forsøgene kan starte.
regulation-settings-saved = Indstillingen er gemt.
regulation-settings-default = Ordningen følger landets sædvanlige regel: norske forsøgsforskrifter godkendes af ministeriet; danske og svenske er alene kommunalbestyrelsens.
regulation-settings-requires = Sekretariatet godkender vedtagne vedtægter
regulation-settings-requires-hint = Er feltet markeret, starter et forsøg først, når sekretariatet har godkendt hver deltagers vedtagne vedtægt.
regulation-settings-save = Gem indstillingen
regulation-settings-trials = Ordningens forsøg
regulation-body-no = Kommunestyret
regulation-body-dk = Kommunalbestyrelsen
regulation-body-se = Kommunfullmäktige
regulation-home-adoption = Vedtægter, der skal vedtages
regulation-home-adoption-hint = Disse forsøg starter, når kommunalbestyrelsen har vedtaget den lokale vedtægt, og du har registreret vedtagelsen.
regulation-home-approval = Vedtægter, der skal godkendes
regulation-home-approval-hint = Vedtagne lokale vedtægter, der venter på din godkendelse.
error-adoption_in_future = Vedtagelsesdatoen ({ $adopted_on }) ligger ude i fremtiden. Registrér vedtagelsen efter mødet.
error-in_force_before_adoption = Vedtægten kan ikke træde i kraft ({ $in_force_from }), før den er vedtaget ({ $adopted_on }).
error-regulation_text_fixed = Vedtægten er vedtaget, så teksten kan ikke længere ændres.
error-regulation_not_adopted = Vedtægten er endnu ikke vedtaget.
error-regulation_already_approved = Vedtægten er allerede godkendt.
error-regulation_approval_not_required = Denne ordning kræver ikke, at sekretariatet godkender vedtægter.
error-trial_ended = Forsøget er afsluttet.
error-not_a_participant = Organisationen deltager ikke i dette forsøg.

## --- Change requests, public history, extension and the legal-basis clock (issue 13, items 4 and 5: changes slice, prefix change-) ---
change-heading = Ændringer i forsøget
change-clock-heading = Hjemlen kræver opmærksomhed
change-clock-ends-soon = Hjemlen til fritagelsen fra { $reference } udløber den { $date }, inden for seks måneder.
change-clock-evaluation-after = Den afsluttende evaluering skal afleveres den { $due }, efter at hjemlen udløber den { $end }.
change-limit = Forsøget kan højst forlænges til den { $date }
change-basis-six_years = seks år i alt fra den godkendte start (den norske forsøgslov)
change-basis-one_extension = én forlængelse på op til to år (den norske forsøgslov)
change-basis-extension_used = den ene forlængelse, loven tillader, er brugt
change-basis-scheme_maximum = ordningens længste periode
change-basis-amending_act = forlænget ved ændringslov
change-open = Anmodninger, der venter på en afgørelse
change-open-none = Ingen ændringsanmodninger venter.
change-closed = Afviste og tilbagetrukne anmodninger
change-kind-extend_period = Forlænge perioden
change-kind-shorten_period = Afkorte perioden
change-kind-add_participant = Tilføje en deltager
change-kind-remove_participant = Fjerne en deltager
change-kind-change_objectives = Ændre mål eller indikatorer
change-kind-change_exemptions = Ændre fritagelserne
change-kind-put_on_hold = Sætte forsøget i bero
change-kind-end_early = Afslutte forsøget før tid
change-kind-hint-extend_period = Vælg forsøgets nye sidste dag. Den skal ligge inden for grænsen ovenfor.
change-kind-hint-shorten_period = Vælg forsøgets nye sidste dag. Den kan ikke ligge i fortiden.
change-kind-hint-add_participant = Angiv den organisation, der kommer med i forsøget. Den skal vedtage sin egen frikommunevedtægt.
change-kind-hint-remove_participant = Vælg den organisation, der forlader forsøget.
change-kind-hint-change_objectives = Ændr ordlyd eller tal, eller tilføj og fjern mål. Kun ny ordlyd med de samme tal er en mindre ændring.
change-kind-hint-change_exemptions = Sekretariatet foretager en ny juridisk screening af en ændring af fritagelserne, før den godkendes.
change-kind-hint-put_on_hold = Forsøget står stille, indtil sekretariatet lader det fortsætte. Skriv hvorfor.
change-kind-hint-end_early = Forsøget slutter før den planlagte afslutning. Skriv hvorfor: begrundelsen offentliggøres.
change-class = Type ændring
change-class-major = Væsentlig ændring
change-class-minor = Mindre ændring
change-class-hint-major = (afgøres af sekretariatet)
change-class-hint-minor = (registreres straks)
change-status-submitted = Venter på afgørelse
change-status-approved = Godkendt
change-status-rejected = Afvist
change-status-withdrawn = Trukket tilbage
change-submitted = Anmodet
change-decided = Afgjort
change-request = Anmod om en ændring
change-history-hint = Godkendte ændringer vises i forsøgets offentlige historik med værdierne før og efter.
change-new-title = Anmod om en ændring
change-current = Forsøget nu
change-kind-choose = Hvad vil I ændre?
change-kind-continue = Fortsæt
change-new-end = Ny sidste dag
change-current-end = Forsøget slutter nu den { $date }.
change-organisation-code = Organisationens nummer i registret
change-organisation-code-hint = Nummeret på en kommune eller region i { $country }, for eksempel 751.
change-registry-link = Find det i registret
change-participant-leaves = Hvilken organisation forlader forsøget?
change-objectives-hint = Lad indikatoren stå tom for at fjerne et mål. Den sidste række tilføjer et nyt.
change-objective-n = Mål { $n }
change-exemptions-hint = Fjern fluebenet for at opgive en fritagelse. Angiv hjemlens sidste dag, hvis en lov afslutter eller forlænger den.
change-exemption-keep = Behold denne fritagelse
change-exemption-wording = Hvad fritagelsen tillader
change-legal-basis-hint = Lad feltet stå tomt, hvis den gælder, så længe forsøget varer.
change-end-on = Forsøgets sidste dag
change-reason = Hvorfor er ændringen nødvendig?
change-reason-hint = Skal udfyldes. Når ændringen er godkendt, er begrundelsen offentlig i forsøgets historik.
change-record-now = Registrér ændringen nu uden en særskilt afgørelse (sekretariatet)
change-send = Send anmodningen
change-cancel = Annuller
change-screening = Juridisk screening
change-screened = Screenet: ingen konflikt med lovgivningen
change-screening-note = Bemærkning til den juridiske screening
change-applied = Gennemført som
change-values = Hvad der ændres
change-values-hint = Værdierne før er dem, der gjaldt, da anmodningen blev sendt. Afgørelsen om det oprindeligt godkendte står uændret.
change-decide = Afgør anmodningen
change-outcome = Afgørelse
change-approve = Godkend og gennemfør ændringen
change-reject = Afvis anmodningen
change-decision-reason = Begrundelse for afgørelsen
change-decision-reason-hint = Skal udfyldes ved afvisning. Vises for deltagerne.
change-decide-save = Gem afgørelsen
change-withdraw = Træk anmodningen tilbage
change-back = Tilbage til forsøget
change-error-beyond-limit = Forsøget kan ikke forlænges ud over den { $limit }. Vælg den dag eller en tidligere.
error-extension_beyond_limit = Forsøget kan ikke forlænges ud over den { $limit }.
error-screening_required = Bekræft den juridiske screening (ingen konflikt med lovgivningen), og skriv en bemærkning, før du godkender en ændring af fritagelserne.
error-change_not_open = Anmodningen er allerede afgjort eller trukket tilbage.
error-not_an_extension = Den nye sidste dag skal ligge efter den nuværende ({ $current_end }).
error-not_a_shortening = Den nye sidste dag skal ligge før den nuværende ({ $current_end }).
error-end_in_the_past = Den nye sidste dag kan ikke ligge før den { $earliest }.
error-already_participant = Organisationen deltager allerede i forsøget.
error-not_participant = Organisationen deltager ikke i forsøget.
error-last_participant = Et forsøg skal have mindst én deltager.
error-nothing_changed = Anmodningen ændrer ingenting. Ændr mindst én værdi.
change-history-frozen = Hver ændring er en ny, dateret version. Afgørelsen om det godkendte står, som den blev godkendt.
change-line-joined = { $name } kom med i forsøget
change-line-left = { $name } forlod forsøget
change-line-with-trial = så længe forsøget varer
change-line-exemption-added = Fritagelse tilføjet: { $reference }
change-line-exemption-removed = Fritagelse opgivet: { $reference }
change-line-exemption-basis = { $reference }: hjemmel til den { $after } (før: { $before })
change-line-exemption-wording = { $reference }: det, fritagelsen tillader, er omformuleret
change-line-objective-added = Mål tilføjet: { $objective }
change-line-objective-removed = Mål fjernet: { $objective }
change-line-objective-changed = Mål ændret: { $before } → { $after }
change-notify-submitted-title = Ændringsanmodning til afgørelse: { $case }
change-notify-submitted-body = Forsøget »{ $title }« ({ $case }) anmoder om en ændring: { $change }. Den venter på din afgørelse.
change-notify-approved-title = Ændring godkendt: { $case }
change-notify-approved-body = Ændringen »{ $change }« af forsøget »{ $title }« ({ $case }) er godkendt og indgår nu i forsøgets historik. { $reason }
change-notify-rejected-title = Ændring afvist: { $case }
change-notify-rejected-body = Ændringen »{ $change }« af forsøget »{ $title }« ({ $case }) er afvist. Sekretariatets begrundelse: { $reason }

## Dashboards: what waits in the trials (review fixes)
dashboard-trials-heading = Forsøg: det venter på jer
dashboard-trials-changes = { $count ->
    [one] ændringsanmodning, der skal afgøres
   *[other] ændringsanmodninger, der skal afgøres
}
dashboard-trials-reports = { $count ->
    [one] statusrapport indsendt og venter på godkendelse
   *[other] statusrapporter indsendt og venter på godkendelse
}
dashboard-trials-values = { $count ->
    [one] indikatorværdi, der venter på gennemgang
   *[other] indikatorværdier, der venter på gennemgang
}
dashboard-trials-regulations = { $count ->
    [one] lokal regel, der venter på godkendelse
   *[other] lokale regler, der venter på godkendelse
}
dashboard-trials-overdue = { $count ->
    [one] statusrapport over fristen
   *[other] statusrapporter over fristen
}
dashboard-trials-clock = { $count ->
    [one] forsøg, hvis lovgrundlag udløber inden for seks måneder eller kræver opfølgning
   *[other] forsøg, hvis lovgrundlag udløber inden for seks måneder eller kræver opfølgning
}
dashboard-trials-never-started = { $count ->
    [one] planlagt forsøg, hvis periode er forbi, uden at det er startet
   *[other] planlagte forsøg, hvis periode er forbi, uden at de er startet
}
dashboard-researcher-waiting-total = værdier venter på din gennemgang i de forsøg, du følger
dashboard-researcher-waiting = { $count ->
    [one] Én værdi venter på din gennemgang
   *[other] { $count } værdier venter på din gennemgang
}
dashboard-researcher-waiting-none = Intet venter på din gennemgang.
dashboard-my-trials = Mine forsøg
dashboard-my-trials-regulation = Kommunalbestyrelsen har endnu ikke vedtaget de lokale regler
dashboard-my-trials-reports-due = { $count ->
    [one] Én statusrapport skal skrives
   *[other] { $count } statusrapporter skal skrives
}
dashboard-my-trials-reports-returned = { $count ->
    [one] Én statusrapport sendt tilbage til rettelse
   *[other] { $count } statusrapporter sendt tilbage til rettelse
}
dashboard-my-trials-values-returned = { $count ->
    [one] Én værdi sendt tilbage til rettelse
   *[other] { $count } værdier sendt tilbage til rettelse
}
dashboard-my-trials-nothing = Intet venter på jer i dette forsøg.
dashboard-my-trials-all = Alle jeres organisations forsøg

## Funds: spending above the award needs confirming (review fixes)
fund-error-spending-exceeds-award = Der er bevilget { $awarded }, men forbruget på { $requested } bringer det samlede forbrug op på { $total_spent } og dermed over bevillingen. Tjek beløbet; er det rigtigt, så sæt kryds for at bekræfte det, og send igen.
fund-confirm-amount = Jeg bekræfter beløbet, selv om forbruget så overstiger bevillingen
fund-confirm-amount-hint = Sæt kun kryds, hvis beløbet er rigtigt. Sekretariatet kan se, når forbruget overstiger bevillingen.
fund-overspent = Det indberettede forbrug overstiger det bevilgede beløb. Gennemgå forbrugsindberetningerne med deltagerne.
error-spending_exceeds_award_unconfirmed = Forbruget overstiger bevillingen og er ikke bekræftet.

## Documents: confirm before making public, notice after upload (review fixes)
document-uploaded-notice = “{ $title }” er uploadet.
document-confirm-public = Jeg forstår, at dokumentet bliver offentligt for alle
document-confirm-public-required = Sæt kryds for at bekræfte, at dokumentet bliver offentligt for alle, og tryk på “Gør offentligt” igen.

## issue 14: dossier and adoption
journal-action-application-adopted = startede ansøgningen ud fra en anden kommunes forsøg
error-trial_not_adoptable = Kun et forsøg, der er i gang eller afsluttet, kan tages op af en anden kommune.
error-own_trial = Din organisation deltager i dette forsøg. Start i stedet en ny ansøgning.
error-no_open_round = Ingen ansøgningsrunde, som din organisation kan søge i, er åben lige nu.
adoption-heading = Taget op af andre kommuner
adoption-none = Ingen anden kommune har startet en ansøgning ud fra dette forsøg endnu.
adoption-start = Start en ansøgning ud fra dette forsøg
adoption-page-title = Start en ansøgning ud fra et forsøg
adoption-explained = Du får et udkast, hvor forsøgets bevilgede fritagelser, mål og indikatorer er udfyldt. Du kan ændre alt, før du indsender det.
adoption-no-round = Ingen ansøgningsrunde er åben lige nu i en ordning, som din organisation kan søge i. Prøv igen, når en ny runde åbner.
adoption-back = Tilbage til forsøget
adoption-round = Hvilken runde vil du søge i?
adoption-create = Opret udkastet
adoption-from = Startet ud fra forsøget
dossier-heading = Erfaringer fra forsøg
dossier-empty = Ingen ansøgning har søgt om fritagelse fra denne bestemmelse endnu.
dossier-requests = Ansøgninger
dossier-requested-count = Indsendte ansøgninger, der søgte om fritagelse: { $count }
dossier-desired = Den regel, ansøgerne ønskede i stedet:
dossier-trials = Forsøg med fritagelse fra denne bestemmelse
dossier-no-trials = Intet forsøg har fået fritagelse fra denne bestemmelse.
dossier-granted-count = Bevilget som søgt: { $count }.
dossier-narrowed-count = Bevilget i snævrere form: { $count }.
dossier-trial = Forsøg
dossier-period = Periode
dossier-granted = Undtagelse
dossier-used = Brugt
dossier-outcome = Udfald
dossier-narrowed = indsnævret
dossier-used-reports = { $count ->
    [one] i én rapport
   *[other] i { $count } rapporter
}
dossier-used-times = { $count } gange
dossier-pending = afventer en afgørelse
dossier-provision-pending = Alle forsøgene er afsluttet, og der mangler stadig en afgørelse om, hvad der skal ske med reglen.
dossier-indicators = Resultater for indikatorerne
dossier-indicator = Indikator
dossier-baseline = Udgangspunkt
dossier-target = Mål
dossier-latest = Seneste værdi
dossier-findings = Resultater af evalueringerne
dossier-no-findings = Ingen offentliggjort evaluering har resultater om denne bestemmelse endnu.
dossier-recommendations = Anbefalinger
dossier-adoptions = Taget op af andre kommuner
dossier-timeline = Tidslinje
dossier-event-requested = Undtagelse søgt
dossier-event-started = Forsøget startede
dossier-event-ended = Forsøget sluttede
dossier-event-evaluation = Evaluering offentliggjort
dossier-event-outcome = Udfald registreret
dossier-event-adopted = Ansøgning startet ud fra forsøget
dossier-strength-strong = Stærk evidens
dossier-strength-moderate = Moderat evidens
dossier-strength-weak = Svag evidens
dossier-strength-inconclusive = Uafklaret
dossier-recommendation-make_general = Gør det til generel regel
dossier-recommendation-make_general_with_changes = Gør det til generel regel med ændringer
dossier-recommendation-continue_trying = Fortsæt forsøget
dossier-recommendation-drop = Drop det
dossier-outcome-spread_fully = Udbredt helt
dossier-outcome-spread_partly = Udbredt delvist
dossier-outcome-not_spread = Ikke udbredt
dossier-outcome-stopped_or_never_started = Stoppet eller aldrig startet
dossier-outcome-followed_up_elsewhere = Fulgt op i andet regi
dossier-outcome-made_permanent = Gjort permanent ved lovændring
dossier-outcome-continued_until_reform = Videreført indtil en reform
dossier-outcome-ended = Afsluttet
proposal-open = Forslag til regelændring
proposal-title = Forslag til regelændring
proposal-language = Forslagets sprog
proposal-pdf = Hent som PDF
proposal-back = Tilbage til bestemmelsen
proposal-to = Til
proposal-ministry-unknown = Det ministerium, der har ansvaret for loven
proposal-intro = Kommuner har afprøvet en fritagelse fra denne bestemmelse. Forslaget sammenfatter, hvad de søgte om, hvad forsøgene viste, og hvad evalueringerne anbefaler, som grundlag for at ændre reglen.
proposal-current-text = Bestemmelsen, som den lyder i dag
proposal-evidence = Hvad forsøgene viste

## issue 14: research plans
plan-heading = Forskningsplaner
plan-none = Der er endnu ikke registreret nogen forskningsplan.
plan-about = En registreret plan er offentlig og låst: senere ændringer bliver nye versioner med en begrundelse, vist side om side.
plan-new = Ny forskningsplan
plan-edit = Redigér udkastet
plan-amend = Ændr planen
plan-register = Registrér planen
plan-status-draft = Udkast
plan-status-registered-version = Registreret, version { $version }
plan-draft-hint = kun sekretariatet og de tilknyttede forskere kan se det
plan-registered-on = registreret
plan-design-before_after = Før og efter
plan-design-comparison_group = Sammenligningsgruppe
plan-design-randomised = Randomiseret
plan-design-difference_in_differences = Forskel i forskelle
plan-design-mixed_methods = Blandede metoder
plan-design-qualitative_case_study = Kvalitativt casestudie
plan-design-other = Andet design
plan-field-title = Titel
plan-field-questions = Forskningsspørgsmål
plan-field-design = Design
plan-field-indicators = Forsøgets indikatorer, der bruges
plan-field-other_data = Andre data, der bruges
plan-field-analysis = Planlagt analyse
plan-field-embargo = Resultaterne holdes tilbage indtil
plan-no-indicators = Ingen af forsøgets indikatorer
plan-no-embargo = Ingen embargo
plan-embargo-until = Resultater efter denne plan offentliggøres ikke før { $date }.
plan-embargo-lifted = Embargoen udløb { $date }: resultaterne må offentliggøres.
plan-version-n = Version { $version }
plan-versions = Versioner
plan-versions-frozen = Hver version bevares, som den blev registreret.
plan-registered = registreret
plan-amended = ændret
plan-reason = Begrundelse for ændringen
plan-reason-hint = Skal udfyldes: skriv, hvad der er ændret og hvorfor. Begrundelsen vises sammen med den nye version.
plan-amend-hint = Planen er registreret. Dine ændringer bliver en ny version med den begrundelse, du giver; de tidligere versioner forbliver synlige.
plan-amend-save = Gem som ny version
plan-save-draft = Gem udkastet
plan-cancel = Annullér
plan-questions-hint = Ét spørgsmål pr. linje.
plan-other-data-hint = Registre, spørgeskemaer, interviews og andre kilder ud over forsøgets indikatorer.
plan-embargo-hint = Valgfrit. Indtil denne dag offentliggøres resultater efter planen ikke.
plan-trial-has-no-indicators = Forsøget har endnu ingen indikatorer.
plan-register-warning = Registreringen låser planen: den bliver offentlig med dagens dato som version 1 og kan derefter kun ændres med en begrundet ændring.
plan-register-confirm = Jeg forstår, at registreringen låser planen
plan-compare = Sammenlign versioner
plan-compare-a = Tidligere version
plan-compare-b = Senere version
plan-compare-show = Vis side om side
plan-compare-field = Felt
plan-compare-changed = Ændret
plan-compare-same = De to versioner er ens.
plan-compare-none = Der er kun én version at vise.
plan-changed = ændret
plan-back = Tilbage
plan-back-to-plan = Tilbage til planen
plan-joint-heading = Fælles forskningsplaner
plan-joint-about = Planer for evalueringen af ordningen som helhed.
plan-joint-link = Se de fælles forskningsplaner
field-questions = Forskningsspørgsmål
field-analysis = Planlagt analyse
field-other-data = Andre data, der bruges
field-embargo-until = Resultaterne holdes tilbage indtil
field-design = Design
field-indicator-ids = Indikatorer
error-plan_reason_required = Angiv en begrundelse for ændringen: en registreret plan ændres kun med en begrundet ændring.
error-plan_unchanged = Ændringen ændrer intet i planen.
error-plan_registered = Planen er registreret (version { $version }) og kan ikke længere redigeres som udkast. Ændr den i stedet med en begrundelse.
error-plan_not_registered = Planen er stadig et udkast: redigér den, eller registrér den.
error-plan_register_unconfirmed = Bekræft, at du forstår, at registreringen låser planen.
error-plan_unknown_indicator = Vælg kun forsøgets egne indikatorer.
plan-notify-registered-title = Forskningsplan registreret: { $plan }
plan-notify-registered-body = Forskningsplanen »{ $plan }« for { $place } er registreret som version 1. Den er nu offentlig.
plan-notify-amended-title = Forskningsplan ændret: { $plan }
plan-notify-amended-body = Forskningsplanen »{ $plan }« for { $place } er ændret (version { $version }). Begrundelse: { $reason }
journal-action-research-plan-created = Forskningsplan påbegyndt
journal-action-research-plan-saved = Udkast til forskningsplan gemt
journal-action-research-plan-registered = Forskningsplan registreret
journal-action-research-plan-amended = Forskningsplan ændret

## issue 14: generalisation outcomes and the scheme's results page
outcome-category-spread_fully = Udbredt fuldt ud
outcome-category-spread_partly = Udbredt delvist
outcome-category-not_spread = Ikke udbredt
outcome-category-stopped_or_never_started = Stoppet eller ikke igangsat
outcome-category-followed_up_elsewhere = Fulgt op på anden vis
outcome-category-made_permanent = Gjort permanent ved lovændring
outcome-category-continued_until_reform = Videreført indtil en permanent ordning
outcome-category-ended = Afsluttet, reglen uændret
outcome-class-changed_for_all = Reglen ændret for alle
outcome-class-changed_in_part = Reglen ændret delvist
outcome-class-continued_or_followed_up = Videreført eller fulgt op
outcome-class-not_changed = Reglen ikke ændret
outcome-class-stopped_or_never_started = Stoppet eller ikke igangsat
outcome-notify-title = Udfald registreret for { $case }
outcome-notify-body = Sekretariatet har registreret, hvad der blev af fritagelsen «{ $exemption }» i forsøget { $case } «{ $title }»: { $category }.
outcome-heading = Udbredelse
outcome-hint = Registrér for hver bevilget fritagelse, hvad der blev af den efter forsøget. Et nyt udfald sletter ikke de tidligere; det seneste gælder.
outcome-after-end = Hvad der blev af hver fritagelse, registreres, når forsøget er afsluttet.
outcome-exemption = Fritagelse
outcome-category = Udfald
outcome-reasons = Begrundelse
outcome-resulting = Lovforslag eller lov, der fulgte
outcome-resulting-hint = Skriv den, som den citeres, fx «lov nr. 1546 af 27. december 2019», «LOV-2023-06-16-62» eller «SFS 2022:1234». En henvisning, Frirum ikke finder i lovkataloget, gemmes som skrevet og markeres for sekretariatet.
outcome-not-resolved = Ikke fundet i lovkataloget
outcome-in-force = I kraft fra
outcome-evaluations = Evalueringer, det bygger på
outcome-evaluation-joint = fælles evaluering af ordningen
outcome-recorded = Registreret
outcome-history = Tidligere udfald
outcome-counts = gælder
outcome-none = Intet udfald registreret endnu.
outcome-record-heading = Registrér et udfald
outcome-record = Registrér udfald
outcome-page-link = Alle udfald for dette forsøg
outcome-no-exemptions = Forsøget fik ingen fritagelser.
outcome-back = Tilbage til forsøget
results-title = Resultater
results-about = Forsøg efter status, hvad der blev af fritagelserne, fritagelser pr. lov og evidensen pr. tema, som diagrammer med tabeller.
results-link = Se ordningens resultater
results-summary-trials = { $count ->
    [one] { $number } forsøg.
   *[other] { $number } forsøg.
 }
results-summary-outcomes = { $count ->
    [one] { $number } fritagelse har et udfald.
   *[other] { $number } fritagelser har et udfald.
 }
results-public-only = Evidensen tæller kun evalueringer, der er offentliggjort.
results-contents = På denne side
results-latest = Udfald for hver fritagelse
results-pending = Bestemmelser, der venter på et udfald
results-pending-about = Alle forsøg med fritagelse fra disse bestemmelser er afsluttet, og der er ikke registreret et udfald for nogen af dem.
results-pending-none = Ingen bestemmelse venter på et udfald.
results-flagged = Udfald, der skal tjekkes
results-flagged-about = Den lov, der fulgte af disse udfald, blev ikke fundet i lovkataloget. Den er gemt som skrevet; tjek henvisningen eller importér loven.
results-flagged-none = Alle love, der fulgte, blev fundet i lovkataloget.
results-legend = Signaturforklaring
results-chart-order = Søjlerne følger rækkerne i tabellen nedenfor, i samme rækkefølge.
results-csv-download = Hent data som CSV
results-outcomes-by-class = Udfald i klasser, der går på tværs af landene
results-trial = Forsøg
results-back = Tilbage til ordningen
results-trials-link = Ordningens forsøg
results-trials-by-status = Forsøg efter status
results-outcomes-by-category = Udfald efter kategori
results-exemptions-per-act = Bevilgede fritagelser pr. lov
results-evidence-per-theme = Evidens pr. tema
results-no-trials = Ordningen har endnu ingen forsøg.
results-no-outcomes = Der er endnu ikke registreret et udfald.
results-no-exemptions = Der er endnu ikke bevilget fritagelser.
results-no-evidence = Endnu ingen fund fra evalueringer.
results-act-none = Ikke knyttet til lovkataloget
results-theme-none = Intet tema
results-csv-status = Status
results-csv-trials = Forsøg
results-csv-category = Udfald
results-csv-common-class = Fælles klasse
results-csv-exemptions = Fritagelser
results-csv-act = Lov
results-csv-theme = Tema
results-strength-strong = Stærk evidens
results-strength-moderate = Moderat evidens
results-strength-weak = Svag evidens
results-strength-inconclusive = Ikke entydig
error-outcome_trial_not_ended = Forsøget er ikke afsluttet endnu. Hvad der blev af en fritagelse, registreres efter forsøgets afslutning.
error-outcome_exemption_not_granted = Forsøget fik ikke denne fritagelse.
error-outcome_category_not_offered = Vælg et af de udfald, som ordningens land bruger.
error-outcome_evaluation_unknown = Vælg evalueringer af dette forsøg eller af ordningen.
field-category = Udfald
field-resulting-citation = Lovforslag eller lov, der fulgte
field-in-force = I kraft fra
field-evaluation-ids = Evalueringer
field-exemption = Fritagelse
journal-field-resolved = Fundet i lovkataloget
journal-action-trial-outcome-recorded = registrerede, hvad der blev af en fritagelse

## issue 14: research teams
research-teams-title = Forskningsmiljøer
research-teams-lead = Forskere hører til et forskningsmiljø, et universitet eller et institut. Tilknyt dem et forsøg, et tema i en ordning (et netværk af forsøg) eller en hel ordning (følgeevalueringen) fra forsøgets eller ordningens side.
research-teams-none = Der er endnu ikke oprettet forskningsmiljøer.
research-team-empty = Ingen hører til dette miljø endnu.
research-unaffiliated = Forskere uden forskningsmiljø
research-member-heading = Knyt en forsker til et forskningsmiljø
research-organisation = Forskningsmiljø
research-no-organisation = Intet forskningsmiljø
research-member-save = Gem tilknytningen
research-organisation-new = Opret et forskningsmiljø
research-organisation-name = Universitetets eller instituttets navn
research-organisation-website = Hjemmeside (valgfri)
research-organisation-create = Opret forskningsmiljøet
research-teams-next = Gå til ordningerne for at tilknytte forskere
research-section = Forskning
research-section-lead = De forskere, der følger ordningens forsøg: hele ordningen (følgeevalueringen), hvert tema (et netværk af forsøg) eller enkelte forsøg. Tilknyttede forskere læser alt om deres forsøg og godkender de indberettede værdier.
research-whole-scheme = Hele ordningen (følgeevaluering)
research-none-assigned = Ingen er tilknyttet.
research-theme = Tema
research-single-trials = Forskere på enkelte forsøg
research-no-researchers = Der er endnu ingen forskerkonto at tilknytte.
research-assign-to = Tilknyt til
research-assign = Tilknyt forskeren
research-back-to-scheme = Tilbage til ordningen
research-via-trial = Tilknyttet dette forsøg
research-via-theme = Gennem temaet
research-via-scheme = Gennem hele ordningen
research-via-change = Ændr på ordningens side
research-scope-trial = et forsøg
research-scope-theme = et tema
research-scope-scheme = hele ordningen
research-notify-assigned-title = Du er blevet tilknyttet forskning
research-notify-assigned-trial-body = Du følger nu forsøget »{ $name }« i { $scheme }. Du kan læse alt om forsøget og godkende de værdier, det indberetter.
research-notify-assigned-theme-body = Du følger nu alle forsøg i temaet »{ $name }« i { $scheme }.
research-notify-assigned-scheme-body = Du følger nu alle forsøg i { $scheme } til følgeevalueringen.
error-not_a_researcher = Kun forskere kan tilknyttes forskning eller høre til et forskningsmiljø. Vælg en forskers konto.
error-theme_not_in_scheme = Temaet hører ikke til denne ordning.
error-research_organisation_exists = Der findes allerede et forskningsmiljø med dette navn i landet.
journal-action-trial-researcher-assigned = tilknyttede en forsker til forsøget
journal-action-trial-researcher-unassigned = fjernede en forsker fra forsøget
journal-action-scheme-researcher-assigned = tilknyttede en forsker til ordningens forskning
journal-action-scheme-researcher-unassigned = fjernede en forsker fra ordningens forskning
journal-field-user-id = Forsker
journal-field-scope = Tilknyttet
dashboard-research-heading = Din forskning
dashboard-research-organisation = Du hører til { $name }.
dashboard-research-no-organisation = Du hører endnu ikke til et forskningsmiljø; sekretariatet tilføjer dig.
dashboard-research-drafts = Din forskning i kladde
dashboard-research-plans-draft = Forskningsplaner i kladde
dashboard-research-evaluations-draft = Evalueringer i kladde
dashboard-research-none-draft = Intet i kladde.

## issue 14: evaluations
evaluation-heading = Evalueringer
evaluation-new = Ny evaluering
evaluation-none = Ingen evalueringer endnu.
evaluation-kind-process = Procesevaluering
evaluation-kind-results = Resultatevaluering
evaluation-kind-transferability = Evaluering af overførbarhed
evaluation-status-draft = Kladde
evaluation-status-published = Offentliggjort
evaluation-embargoed-until = Under embargo indtil { $date }
evaluation-joint = Samlet evaluering af ordningen
evaluation-joint-heading = Samlede evalueringer
evaluation-joint-about = En samlet evaluering ser på tværs af alle ordningens forsøg, efter tema og efter bestemmelse.
evaluation-scheme-link = Ordningens samlede evalueringer
evaluation-back = Tilbage
evaluation-edit = Redigér evalueringen
evaluation-field-kind = Type evaluering
evaluation-field-title = Titel
evaluation-field-summary = Sammenfatning
evaluation-summary-hint = Hvad evalueringen fandt, i nogle få afsnit. Lad en tom linje stå mellem afsnittene.
evaluation-summary-empty = Der er ikke skrevet en sammenfatning endnu.
evaluation-field-plan = Forskningsplan
evaluation-no-plan = Ikke under en registreret plan
evaluation-field-embargo = Resultaterne er under embargo indtil
evaluation-embargo-hint = Valgfrit. Indtil denne dato ser offentligheden kun, at evalueringen findes. Uden en dato følger evalueringen planens embargo.
evaluation-save = Gem
evaluation-cancel = Annullér
evaluation-draft-hint = Dette er en kladde: kun sekretariatet og de tilknyttede forskere kan se den.
evaluation-findings = Fund
evaluation-findings-none = Ingen fund endnu.
evaluation-finding-add = Tilføj et fund
evaluation-finding-edit = Redigér fund
evaluation-finding-remove = Fjern fund
evaluation-finding-n = Fund { $number }
evaluation-finding-text = Hvad der blev fundet
evaluation-finding-strength = Evidensens styrke
evaluation-finding-exemptions = Fritagelser, det vedrører
evaluation-finding-indicators = Indikatorer, det vedrører
evaluation-finding-save = Gem fundet
evaluation-no-exemptions = Der blev ikke givet fritagelser.
evaluation-no-indicators = Forsøget har ingen indikatorer.
evaluation-strength-strong = Stærk
evaluation-strength-moderate = Moderat
evaluation-strength-weak = Svag
evaluation-strength-inconclusive = Uafklaret
evaluation-recommendations = Anbefalinger
evaluation-recommendations-none = Ingen anbefalinger endnu.
evaluation-recommendations-edit = Redigér anbefalingerne
evaluation-recommendations-hint = For hver givet fritagelse: hvad evalueringen anbefaler og hvorfor. Lad feltet stå tomt, hvis evalueringen ikke tager stilling.
evaluation-recommendations-save = Gem anbefalingerne
evaluation-recommendation = Anbefaling
evaluation-recommendation-none = Ingen anbefaling
evaluation-recommendation-make_general = Gør det til den almindelige regel
evaluation-recommendation-make_general_with_changes = Gør det til den almindelige regel, med ændringer
evaluation-recommendation-continue_trying = Fortsæt forsøget
evaluation-recommendation-drop = Opgiv det
evaluation-reasons = Begrundelse
evaluation-joint-summary = På tværs af forsøgene
evaluation-by-theme = Efter tema
evaluation-by-provision = Efter bestemmelse
evaluation-report = Den fulde rapport
evaluation-report-none = Der er ikke vedhæftet en rapport endnu.
evaluation-report-file = Rapportfil (PDF, Word eller OpenDocument)
evaluation-report-title = Rapportens titel
evaluation-report-upload = Vedhæft rapporten
evaluation-publish = Offentliggør
evaluation-publish-warning = Når evalueringen offentliggøres, låses den: sammenfatning, fund og anbefalinger kan ikke længere ændres. Fejl, der findes senere, noteres som rettelser ved siden af.
evaluation-publish-embargo = Evalueringen er under embargo indtil { $date }. Indtil da ser offentligheden kun, at den findes, og hvornår den offentliggøres.
evaluation-publish-counts = { $findings ->
    [one] Den har ét fund.
   *[other] Den har { $findings } fund.
}
evaluation-publish-confirm = Jeg er klar over, at evalueringen låses, når den offentliggøres.
evaluation-announced = En evaluering er offentliggjort og bliver tilgængelig for alle den { $date }.
evaluation-embargo-insiders = Under embargo: indtil { $date } ser offentligheden kun, at evalueringen findes.
evaluation-corrections = Rettelser
evaluation-frozen = En offentliggjort evaluering ændres ikke. Rettelser noteres her med dato.
evaluation-correction-note = Hvad der rettes
evaluation-correction-record = Notér rettelsen
evaluation-drafts = Evalueringer under udarbejdelse
evaluation-notify-published-title = Evaluering offentliggjort: { $title }
evaluation-notify-published-body = { $kind } «{ $title }» af { $case } { $name } er offentliggjort.
error-finding_exemption_not_granted = Et fund kan kun vedrøre fritagelser, som forsøget har fået.
error-finding_indicator_unknown = Et fund kan kun vedrøre forsøgets egne indikatorer.
error-recommendation_exemption_not_granted = En anbefaling kan kun vedrøre fritagelser, som forsøget har fået.
error-recommendation_twice = Giv hver fritagelse én anbefaling.
error-evaluation_plan_unknown = Vælg en registreret forskningsplan for samme forsøg eller ordning.
error-evaluation_without_findings = Tilføj mindst ét fund, før evalueringen offentliggøres.
error-publish_unconfirmed = Bekræft, at du er klar over, at evalueringen låses, når den offentliggøres.
error-evaluation_published = Evalueringen er offentliggjort og kan ikke længere ændres. Notér i stedet en rettelse.
error-evaluation_not_published = En kladde redigeres direkte; rettelser noteres, når den er offentliggjort.
error-evaluation_stale = En anden har gemt evalueringen imens. Genindlæs siden og prøv igen.
journal-action-evaluation-created = Evaluering påbegyndt
journal-action-evaluation-updated = Kladde til evaluering gemt
journal-action-evaluation-published = Evaluering offentliggjort
journal-action-evaluation-corrected = Rettelse noteret på en evaluering
journal-action-evaluation-document-added = Rapport vedhæftet en evaluering
journal-field-note = Rettelse
journal-field-file-name = Fil
journal-field-sha256 = Kontrolsum (SHA-256)

## issue 14: generalisation outcomes and the scheme's results page (fixes)
error-outcome_already_recorded = Der blev registreret et udfald for denne fritagelse, efter formularen blev åbnet, måske fordi den blev sendt to gange. Det står ovenfor; send kun formularen igen for at registrere et nyt.
dashboard-outcomes-heading = Udfald, der skal følges op
dashboard-outcomes-flagged = { $count ->
    [one] lov, der fulgte, men som ikke findes i lovkataloget
   *[other] love, der fulgte, men som ikke findes i lovkataloget
 }
dashboard-outcomes-pending = { $count ->
    [one] bestemmelse, der venter på et udfald
   *[other] bestemmelser, der venter på et udfald
 }

## issue 14: dossier and adoption (fixes)
proposal-language-note = Sidens knapper og menuer forbliver på dit sprog; kun forslagets tekst skifter.
proposal-written-in = Forslaget er skrevet på { $language }, som er sproget i forsøgenes ordning.
proposal-summary = Resumé
proposal-summary-intro = Kommuner har afprøvet en fritagelse fra { $provision } i forsøg, der er godkendt under en frikommune- eller forsøgsordning. Vi foreslår, at reglen ændres i lyset af, hvad forsøgene og evalueringerne af dem har vist.
proposal-summary-requests = { $count ->
    [one] Én indsendt ansøgning søgte om fritagelsen.
   *[other] { $count } indsendte ansøgninger søgte om fritagelsen.
}
proposal-summary-trials = { $count ->
    [0] Intet forsøg har endnu fået den.
    [one] Ét forsøg fik den.
   *[other] { $count } forsøg fik den.
}
proposal-summary-findings = { $count ->
    [0] Evalueringerne har endnu ingen resultater om den.
    [one] Evalueringerne har ét resultat om den.
   *[other] Evalueringerne har { $count } resultater om den.
}
proposal-summary-recommendations = { $count ->
    [0] De giver endnu ingen anbefaling.
    [one] De giver én anbefaling.
   *[other] De giver { $count } anbefalinger.
}
proposal-recommended = Evalueringerne anbefaler
proposal-decided = Besluttet indtil nu
proposal-asked = Hvad forsøgene søgte om
proposal-asked-none = Ansøgningerne beskrev ikke, hvilken regel de ønskede i stedet.
proposal-no-recommendations = Ingen offentliggjort evaluering giver endnu en anbefaling om denne bestemmelse.
proposal-outcomes = Hvad der er besluttet
proposal-no-outcomes = Der er endnu ikke besluttet noget om reglen.
proposal-wording = Forslag til ny affattelse
proposal-wording-intro = Vi foreslår, at { $provision } affattes, som ansøgerne har ønsket:
proposal-wording-none = Ansøgerne foreslog ingen affattelse; ministeriet bedes formulere en i lyset af resultaterne ovenfor.

## issue 14: research plans and evaluations (fixes)
error-embargo_in_the_past = Embargodatoen kan ikke ligge før dags dato. Vælg i dag eller en senere dag, eller lad feltet stå tomt.

## issue 14: research teams (fixes)
dashboard-researcher-waiting-count = { $count ->
    [one] Én værdi venter på din gennemgang i de forsøg, du følger
   *[other] { $count } værdier venter på din gennemgang i de forsøg, du følger
}
research-researchers-heading = Forskerne og deres forskningsmiljø
research-member-current = Hører til: { $organisation }
research-member-current-none = Hører ikke til et forskningsmiljø
research-member-choose-for = Forskningsmiljø for { $name }
research-member-choose = Vælg et forskningsmiljø
research-member-remove = Tag ud af { $organisation }
research-member-remove-confirm = { $name } hører så ikke længere til { $organisation }. Forskerens tilknytninger til forsøg og ordninger ændres ikke.
research-member-remove-yes = Ja, tag { $name } ud af { $organisation }
research-member-confirm-needed = Bekræft, at forskeren skal tages ud af sit forskningsmiljø. Intet blev ændret.
research-organisation-website-invalid = Skriv hjemmesidens fulde adresse, så den begynder med https://, fx https://www.vive.dk.
research-unassign = Fjern { $name }
research-unassign-confirm = { $name } mister adgangen til de forsøg, tilknytningen gav, medmindre forskeren er tilknyttet på en anden måde.
research-unassign-yes = Ja, fjern { $name }
research-single-trials-hint = Åbn et forsøg for at fjerne en forsker fra netop det forsøg.
research-organisation-edit = Ret navn eller hjemmeside
research-organisation-save = Gem ændringerne
research-organisation-delete = Slet forskningsmiljøet
research-organisation-delete-confirm = Forskningsmiljøet slettes. Det kan kun slettes, når ingen hører til det.
research-organisation-delete-yes = Ja, slet { $name }
error-research_organisation_not_empty = Forskningsmiljøet har stadig forskere. Tag dem ud af det, før du sletter det.

## Journal cases of the policy lab, networks and partners
journal-case-barrier = Barriere
journal-case-investigation = Undersøgelse
journal-case-network = Netværk
journal-case-partner = Partner

## issue 15: testbeds — partners, demands and public values
testbed-register-title = Partnerregister
testbed-register-lead = Virksomheder, universiteter, konsulenter og foreninger, der arbejder med kommuner i forsøg, med deres CVR- eller organisationsnummer.
testbed-search = Søg på navn eller nummer
testbed-search-button = Søg
testbed-none = Ingen partnere fundet.
testbed-register-new = Registrér en partner
testbed-existing = { $name } er allerede registreret med dette nummer.
testbed-existing-open = Åbn { $name }
testbed-existing-use = Brug den i forsøget
testbed-field-name = Partner
testbed-field-kind = Type
testbed-field-national-id = CVR- eller organisationsnummer
testbed-field-national-id-hint = Dansk CVR-nummer (8 cifre), norsk organisasjonsnummer (9 cifre) eller svensk organisationsnummer (NNNNNN-NNNN). Mellemrum og bindestreg er fint. Lad feltet stå tomt for en enkeltmandsvirksomhed uden nummer.
testbed-field-website = Websted
testbed-register-button = Registrér partner
testbed-next-trials = Gå til forsøgene
testbed-no-national-id = Ikke oplyst
testbed-partner-trials = Forsøg, den deltager i
testbed-partner-no-trials = Den deltager ikke i noget forsøg, du kan se.
testbed-agreement = Aftale
testbed-back-register = Tilbage til partnerregistret
testbed-trial-title = Partnere, krav og offentlige værdier
testbed-trial-lead = De partnere, kommunen arbejder med i forsøget, hvad den kræver af hver enkelt, og hvilke offentlige værdier den værner om. Hver statusrapport gennemgår dem alle.
testbed-trial-back = Tilbage til forsøget
testbed-trial-none = Der er endnu ikke tilføjet partnere til forsøget.
testbed-trial-open = Partnere, krav og aftaler
testbed-items-none = Ingen krav eller offentlige værdier endnu.
testbed-items-count = { $count ->
    [one] { $number } krav eller værdi
   *[other] { $number } krav og værdier
 }
testbed-history-caption = Vurderinger af { $item } pr. rapport
testbed-history-period = Rapportperiode
testbed-history-verdict = Vurdering
testbed-note = Bemærkning
testbed-agreements = Aftaler
testbed-agreements-none = Ingen aftale vedhæftet.
testbed-item-add = Tilføj et krav eller en offentlig værdi for { $name }
testbed-item-kind = Krav eller værdi
testbed-demands = Krav
testbed-item-text = Hvad der kræves
testbed-demand-add = Tilføj krav
testbed-value-kind = Offentlig værdi
testbed-value-add = Tilføj offentlig værdi
testbed-agreement-add = Vedhæft en aftale med { $name }
testbed-agreement-title = Titel
testbed-agreement-file = Fil (PDF eller kontordokument)
testbed-agreement-upload = Vedhæft aftale
testbed-suggestions = Partnere nævnt i ansøgningen
testbed-suggestions-lead = Den godkendte ansøgning nævner disse partnere. Tilføj dem fra registret, eller registrér dem først.
testbed-suggestion-add = Tilføj { $name } til forsøget
testbed-suggestion-register = Registrér { $name }
testbed-add = Tilføj en partner fra registret
testbed-add-partner = Partner
testbed-add-choose = Vælg en partner
testbed-add-role = Rolle i forsøget
testbed-add-button = Tilføj partner
testbed-at-risk = Krav og værdier i fare ifølge seneste rapport
testbed-review-heading = Partnernes krav og offentlige værdier
testbed-review-hint = Vurdér hvert krav og hver offentlig værdi for perioden. Et krav eller en værdi i fare eller som er brudt, skal have en bemærkning om hvorfor. Rapporten kan ikke indsendes uden en vurdering af hver.
testbed-breach-open = Åbn bruddet
testbed-breach-title = Brud hos partner
testbed-breach-acknowledged = Bruddet er kvitteret og venter ikke længere på oversigten.
testbed-breach-trial = Forsøg
testbed-breach-report = Rapport
testbed-breach-acknowledge = Kvittér for bruddet
testbed-breach-ack-note = Hvad sekretariatet gør ved det
testbed-breach-ack-hint = Bemærkningen gemmes i partnerens journal.
testbed-back-dashboard = Tilbage til oversigten
testbed-breaches-heading = Brud hos partnere
testbed-demand-data_access = Adgang til data
testbed-demand-open_standards = Åbne standarder
testbed-demand-ownership_of_results = Ejerskab til resultater
testbed-demand-exit = Udtræden og overdragelse ved afslutning
testbed-demand-confidentiality = Fortrolighed
testbed-demand-other = Andet krav
testbed-value-inclusion = Inklusion
testbed-value-transparency = Gennemsigtighed
testbed-value-professional_ethics = Professionsetik
testbed-value-privacy = Privatliv
testbed-value-equal_treatment = Ligebehandling
testbed-value-other = Anden offentlig værdi
testbed-verdict-kept = Overholdt
testbed-verdict-at_risk = I fare
testbed-verdict-breached = Brudt
testbed-notify-breach-title = Brud hos partner indberettet: { $case }
testbed-notify-breach-body = En statusrapport for forsøget »{ $title }« ({ $case }) markerer et krav eller en offentlig værdi som brudt: { $breaches }. Kvittér for det på din oversigt.
error-identifier_format = Nummeret skal have { $digits } cifre; der kan kun skrives cifre, mellemrum og bindestreg.
error-identifier_check_digit = Nummerets kontrolciffer passer ikke med de andre cifre. Se efter en tastefejl.
error-identifier_personal_number = Dette er et personnummer (en enkeltmandsvirksomheds). Lad nummeret stå tomt i stedet.
error-partner_exists = En partner med dette nummer er allerede registreret.
error-partner_already_in_trial = Partneren deltager allerede i forsøget.
error-partner_verdict_required = Vurdér hvert krav og hver offentlig værdi, før rapporten indsendes.
error-partner_note_required = Et krav eller en værdi i fare eller som er brudt, skal have en bemærkning om hvorfor.
error-breach_already_acknowledged = Der er allerede kvitteret for bruddet.

## issue 15: networks, guidance, the learning log and learning questions
network-list-title = Netværk
network-list-lead = Tematiske netværk af forsøg og kommuner: en koordinator, referencegrupper, sekretariatets vejledning og en læringslog.
network-list-none = Der er ingen netværk endnu.
network-coordinated-by = koordineret af { $name }
network-new = Nyt netværk
network-create = Opret netværket
network-back-to-list = Tilbage til alle netværk
network-back-to-network = Tilbage til netværket
network-back-to-trial = Tilbage til forsøget
network-members-hint = Én medlemsorganisation pr. linje, som registret skriver navnet (for eksempel Aarhus Kommune).
network-label-scheme-id = Ordning
network-label-name = Navn
network-label-purpose = Formål
network-label-coordinator-email = Koordinatorens e-mailadresse
network-label-members = Medlemsorganisationer
network-label-group = Referencegruppe
network-label-role-title = Rolle eller titel
network-label-organisation = Organisation
network-label-title = Titel
network-label-body = Tekst
network-label-reason = Hvorfor den ændres
network-label-question = Dit spørgsmål
network-label-questions = Læringsspørgsmål, ét pr. linje
network-label-tried = Hvad vi prøvede
network-label-learned = Hvad vi lærte
network-label-differently = Hvad vi ville gøre anderledes
network-label-provision-citation = En anden bestemmelse, ved henvisning
network-label-body-reply = Svar
network-error-provision-citation = Ingen bestemmelse i lovkataloget passer til henvisningen. Skriv den, som jurister gør, for eksempel § 141 i lov om social service.
network-error-members = En organisation findes ikke i registret for ordningens land. Skriv navnet, som registret gør.
network-error-coordinator-email = Ingen konto har denne e-mailadresse.
network-error-scheme-id = Vælg en ordning.
network-error-group = Vælg en referencegruppe.
network-purpose = Formål
network-people = Koordinator, medlemmer og forsøg
network-coordinator-is = Koordinator: { $name }
network-coordinator-none = Netværket har ingen koordinator endnu.
network-members = Medlemsorganisationer
network-members-none = Ingen medlemsorganisationer endnu.
network-trials = Forsøg i netværket
network-trials-none = Ingen forsøg i netværket endnu.
network-reference = Referencegrupper
network-group-political = Politisk referencegruppe
network-group-administrative = Administrativ referencegruppe
network-reference-none = Ingen medlemmer endnu.
network-reference-add = Tilføj et medlem til en referencegruppe
network-reference-remove = Fjern { $name }
network-reference-remove-confirm = Tage { $name } ud af referencegruppen? Journalen viser, at de var med.
network-reference-remove-yes = Ja, fjern { $name }
network-guidance = Vejledning
network-guidance-lead = Råd og vejledning undervejs fra sekretariatet: artikler og besvarede spørgsmål. Hver ændring gemmes som en ny version.
network-guidance-none = Ingen vejledning endnu.
network-guidance-for-scheme = for alle ordningens netværk
network-question = Spørgsmål til sekretariatet
network-question-answered = Besvarer spørgsmålet
network-question-waiting = Venter på sekretariatets svar
network-asked-by = stillet af { $name }
network-ask = Spørg sekretariatet
network-ask-send = Send spørgsmålet
network-article-new = Ny artikel
network-article-for-scheme = For alle ordningens netværk
network-article-publish = Offentliggør artiklen
network-version = Version { $version }
network-version-reason = Hvorfor den blev ændret
network-versions = Alle versioner
network-what-changed = Hvad der blev ændret fra versionen før
network-diff-added = Tilføjet
network-diff-removed = Fjernet
network-guidance-edit = Ændr teksten
network-guidance-edit-lead = Ændringen bliver en ny version; de tidligere versioner kan stadig læses.
network-guidance-save = Gem som ny version
network-guidance-saved = Gemt som ny version.
network-answer = Besvar spørgsmålet
network-answer-public = Offentliggør svaret for alle, ikke kun netværket
network-answer-send = Send svaret
network-log = Læringslog
network-log-rules = Medlemmerne skriver, hvad de prøvede, hvad de lærte, og hvad de ville gøre anderledes. Et indlæg er privat for netværket, indtil forfatteren offentliggør det; derefter kan det ikke ændres.
network-log-none = Ingen indlæg endnu.
network-private = Privat for netværket
network-published-on = Offentliggjort { $date }
network-tags = Mærket
network-publish = Offentliggør
network-publish-hint = Offentliggjort bliver indlægget offentligt på netværkets side og på siderne for de forsøg, det er mærket med, og det kan ikke længere ændres.
network-replies = Svar
network-reply-to = Svar på »{ $title }«
network-reply = Svar
network-hide-reply = Skjul svaret
network-hide-reply-confirm = Skjule dette svar i loggen? Journalen viser, at det blev skjult.
network-hide-reply-yes = Ja, skjul svaret
network-hide-entry = Skjul indlægget
network-hide-entry-confirm = Skjule dette indlæg i loggen og på alle sider, hvor det vises? Journalen viser, at det blev skjult, og hvorfor.
network-hide-entry-yes = Ja, skjul indlægget
network-entry-new = Nyt indlæg i læringsloggen
network-entry-save = Gem indlægget (privat for netværket)
network-tag-trials = Forsøg, det angår
network-tag-indicators = Indikatorer, det angår
network-tag-provisions = Bestemmelser, det angår
network-citation-hint = Skriv bestemmelsen, som jurister henviser til den; Frirum finder den i lovkataloget.
network-sign-in-to-write = Log ind som medlem af netværket for at skrive i loggen.
network-done-created = Netværket er oprettet.
network-done-entry = Indlægget er gemt. Det er privat for netværket, indtil du offentliggør det.
network-done-published = Indlægget er offentliggjort.
network-done-reply = Dit svar er gemt, og indlæggets forfatter har fået besked.
network-done-hidden = Skjult i loggen.
network-done-reference = Referencegruppen er opdateret.
network-done-question = Dit spørgsmål er sendt til sekretariatet.
network-done-guidance = Artiklen er offentliggjort.
network-done-members = Medlemmerne er opdateret.
network-notify-reply-title = { $name } svarede på dit indlæg
network-notify-reply-body = { $name } svarede på »{ $title }« i læringsloggen for { $network }.
network-trial-heading = Læring fra netværket
network-trial-none = Ingen offentliggjorte indlæg i læringsloggen angår dette forsøg endnu.
network-trial-networks = Netværk, forsøget er med i
network-all = Alle netværk
network-questions-title = Læringsspørgsmål
network-questions-lead = Hvad forsøget vil lære, som spørgsmål, hver statusrapport og slutrapporten besvarer.
network-learning-goals = Ansøgningens læringsmål
network-questions-current = Spørgsmålene
network-questions-none = Forsøget har ingen læringsspørgsmål endnu.
network-questions-suggested = Foreslået ud fra læringsmålene, én sætning pr. linje: del, saml eller omformulér dem, før du gemmer.
network-questions-hint = Ét spørgsmål pr. linje. De kan ændres, indtil forsøget sender sin første rapport.
network-questions-save = Gem spørgsmålene
network-questions-saved = Læringsspørgsmålene er gemt.
network-questions-fixed = Spørgsmålene ligger fast: forsøget har sendt en rapport, der besvarer dem.
network-questions-edit = Ændr læringsspørgsmålene
network-questions-open = Læringsspørgsmålene og læringsmålene
network-report-heading = Læringsspørgsmål
network-report-lead = Hvad forsøget indtil nu har lært om hvert af sine spørgsmål.
network-report-lead-final = Slutrapporten besvarer alle læringsspørgsmålene.
network-report-unanswered = Ikke besvaret i denne rapport.
error-learning_answer_required = Besvar læringsspørgsmålet »{ $question }«, før slutrapporten sendes.
error-learning_questions_fixed = Læringsspørgsmålene ligger fast, når forsøget har sendt en rapport.
error-entry_already_published = Indlægget er allerede offentliggjort.
error-question_already_answered = Spørgsmålet er allerede besvaret; ændr svaret som en ny version.
error-not_in_network = Du kan kun mærke med netværkets forsøg, deres indikatorer og bestemmelser i lovkataloget.

## barriers: policylaboratoriets barriereregister
barrier-register-title = Barriereregister
barrier-register-lead = Barrierer, der står i vejen for gode løsninger, meldt med egne ord af dem, der møder dem. Policylaboratoriet undersøger hver enkelt: er det loven, en vejledning, et it-system, finansieringen eller vane?
barrier-report-action = Meld en barriere
barrier-register-all = Alle barrierer
barrier-register-mine = Mine barrierer
barrier-register-list = Barrierer
barrier-register-none = Ingen barrierer passer.
barrier-queue-heading = Meldt, venter på laboratoriet
barrier-from-public = fra den åbne formular
barrier-filter-label = Filtrér barriererne
barrier-filter-text = Ord
barrier-filter-any = Alle
barrier-filter-apply = Filtrér
barrier-field-status = Status
barrier-field-root-cause = Grundårsag
barrier-field-group = Berører
barrier-supporters-count = { $count ->
    [one] én person møder også dette
   *[other] { $count } personer møder også dette
}
barrier-status-reported = Meldt
barrier-status-under_analysis = Under analyse
barrier-status-not_legal_obstacle = Ikke en retlig barriere
barrier-status-confirmed = Bekræftet
barrier-status-experiment_proposed = Forsøg foreslået
barrier-status-rule_change_proposed = Regelændring foreslået
barrier-status-resolved = Løst
barrier-status-closed = Lukket
barrier-status-merged = Lagt sammen
barrier-cause-law = En lov
barrier-cause-regulation = En bekendtgørelse
barrier-cause-guidance_or_interpretation = En vejledning eller hvordan en regel læses
barrier-cause-practice_and_culture = Praksis og kultur
barrier-cause-it_systems_and_data = It-systemer og datadeling
barrier-cause-funding_and_incentives = Finansiering og incitamenter
barrier-cause-organisation = Hvordan arbejdet er organiseret
barrier-group-young_people_outside_work = Unge uden for arbejde og uddannelse
barrier-group-older_people = Ældre
barrier-group-children_and_families = Børn og familier
barrier-group-people_with_disabilities = Personer med handicap
barrier-group-immigrants = Indvandrere og flygtninge
barrier-group-unemployed = Ledige
barrier-group-patients = Patienter og brugere af sundhedsydelser
barrier-group-businesses_and_volunteers = Virksomheder og frivillige foreninger
barrier-group-municipal_staff = Kommunens medarbejdere
barrier-group-other = Andre
barrier-link-proposal = Temaforslag
barrier-link-scheme = Ordning
barrier-link-application = Ansøgning
barrier-new-title = Meld en barriere
barrier-new-lead = Fortæl med egne ord, hvad I vil gøre, og hvad der stopper jer. I behøver ikke at vide, hvilken regel det er. Se først, om andre har meldt det samme.
barrier-public-title = Meld en barriere til { $scheme }
barrier-public-lead = Fortæl policylaboratoriet, hvad du vil gøre, og hvad der stopper dig. Laboratoriet læser meldingen først, og den offentliggøres først, når laboratoriet har set på den.
barrier-public-privacy = Navn og kontaktoplysninger er frivillige og ses kun af policylaboratoriet.
barrier-field-title = En kort titel
barrier-field-wants-to-do = Hvad vil I gøre?
barrier-field-obstacle = Hvad stopper jer?
barrier-field-consequences = Hvad koster det, og for hvem?
barrier-field-groups = Hvem berører det?
barrier-field-country = Hvilket lands regler handler det om?
barrier-field-name = Dit navn (frivilligt)
barrier-field-contact = E-mail eller telefon (frivilligt)
barrier-check-action = Se efter lignende barrierer
barrier-submit-action = Meld barrieren
barrier-similar-heading = Lignende barrierer, der allerede er meldt
barrier-similar-lead = Er en af disse jeres barriere, så støt den i stedet: så ser laboratoriet, hvor mange der møder den.
barrier-similar-none = Ingen lignende barriere er meldt.
barrier-similar-share = { $percent } % af ordene til fælles
barrier-support-instead = Støt denne i stedet
barrier-suggested-heading = Bestemmelser, der kan ligge bag
barrier-suggested-lead = Regelfinderen foreslår disse bestemmelser til teksten. Sæt kryds ved dem, I mener gælder; laboratoriet tjekker dem.
barrier-suggested-none = Regelfinderen fandt ingen bestemmelse til teksten.
barrier-public-thanks-title = Tak for din melding
barrier-public-thanks = Policylaboratoriet har modtaget din melding og vil se på den.
barrier-public-back = Tilbage til ordningen
barrier-reported-notice = Tak: barrieren er meldt, og policylaboratoriet har fået besked.
barrier-reported-at = meldt { $moment }
barrier-restricted = ikke offentlig
barrier-merged-into = Denne barriere er lagt sammen med en anden, hvor den følges op:
barrier-what-heading = Barrieren
barrier-root-causes = Grundårsager
barrier-field-guidance = Laboratoriets vejledning
barrier-field-reason = Hvorfor den er lukket
barrier-field-ministry = Ministerium
barrier-field-ministry-response = Ministeriets svar
barrier-experiment = Forsøg
barrier-field-experiment-kind = Knyttet til
barrier-field-experiment-id = Nummeret
barrier-provisions-heading = Bestemmelser
barrier-provisions-none = Ingen bestemmelse er knyttet til endnu.
barrier-provision-confirmed = bekræftet af laboratoriet
barrier-provision-suggested = foreslået
barrier-field-citation = Knyt en bestemmelse til ved at citere den
barrier-citation-hint = Som jurister skriver det, for eksempel "§ 83 i lov om social service".
barrier-link-action = Knyt bestemmelsen til
barrier-support-heading = Møder I også dette?
barrier-support-action = Vi møder også dette
barrier-you-support = Du støtter denne barriere.
barrier-withdraw-action = Træk min støtte tilbage
barrier-lab-heading = Policylaboratoriet
barrier-journal-link = Barrierens journal
barrier-public-sender = Sendt af
barrier-supporters-heading = Hvem der også møder den
barrier-confirm-provisions = Bekræftede bestemmelser
barrier-field-restricted = Ikke offentlig (den nævner en person eller angår sikkerhed)
barrier-triage-save = Gem vurderingen
barrier-status-heading = Skift status
barrier-field-new-status = Ny status
barrier-status-needs = "Ikke en retlig barriere" kræver vejledning, "Lukket" en begrundelse, "Forsøg foreslået" en kobling, "Regelændring foreslået" ministeriet; bekræftelse kræver en grundårsag.
barrier-field-note = Bemærkning til den offentlige historik (frivilligt)
barrier-status-save = Skift status
barrier-merge-heading = Læg sammen med en anden barriere
barrier-field-merge-into = Nummeret på den barriere, der tager den ind
barrier-merge-action = Læg sammen …
barrier-merge-title = Læg barriererne sammen?
barrier-merge-confirm = "{ $source }" lægges sammen med "{ $target }". Den, der meldte den, og de, der støtter den, støtter derefter "{ $target }", og bestemmelser og grupper følger med. Det kan ikke fortrydes.
barrier-merge-yes = Ja, læg sammen
barrier-merge-cancel = Nej, gå tilbage
barrier-history-heading = Historik
barrier-back = Tilbage til barriereregistret
barrier-dashboard-waiting = { $count ->
    [one] Én barriere venter på laboratoriets vurdering
   *[other] { $count } barrierer venter på laboratoriets vurdering
}
barrier-public-setting = Modtag meldinger om barrierer fra offentligheden (modereret af laboratoriet)
barrier-public-setting-save = Gem
barrier-public-link = Meld en barriere
barrier-notify-reported-title = Ny barriere meldt
barrier-notify-reported-body = "{ $title }" er meldt og venter på laboratoriets vurdering.
barrier-notify-status-title = En barriere, du følger, er ændret
barrier-notify-status-body = "{ $title }" har nu status: { $status }.
barrier-notify-merged-title = En barriere, du følger, er lagt sammen
barrier-notify-merged-body = "{ $title }" er lagt sammen med en anden barriere, som du nu støtter.
error-barrier_transition = Barrieren kan ikke få den status nu. Vælg en af de statusser, der tilbydes.
error-barrier_merged = Barrieren er lagt sammen med en anden. Arbejd videre med den.
error-barrier_guidance_required = Skriv den vejledning, der besvarer barrieren.
error-barrier_reason_required = Skriv, hvorfor barrieren lukkes.
error-barrier_root_cause_required = Markér mindst én grundårsag, og gem vurderingen, før du bekræfter.
error-barrier_experiment_link_required = Angiv det temaforslag, den ordning eller den ansøgning, forsøget er knyttet til.
error-barrier_merge_into_itself = En barriere kan ikke lægges sammen med sig selv.
error-barrier_merge_into_merged = Den barriere er selv lagt sammen. Læg sammen med den barriere, den gik ind i.
error-provision_other_jurisdiction = Bestemmelsen hører til et andet lands lovgivning end barrieren.
field-wants-to-do = Hvad I vil gøre
field-obstacle = Hvad der stopper jer
field-consequences = Konsekvenserne
field-groups = Hvem det berører
field-citation = Henvisning
field-guidance = Vejledning
field-ministry = Ministerium
field-contact = Kontakt
field-into = Barriere at lægge sammen med

## lab (issue 15: roll-ups, gap list, investigations)
lab-title = Policylab
lab-lead = Barriereregistret samlet: hvad der hindrer, hvem og hvorfor – dagsordenen med barrierer uden forsøg endnu, de bestemmelser der hindrer mest, og labbens undersøgelser.
lab-dashboard-entry = Policylab
lab-dashboard-lead = Overblik over barriereregistret, hullisten og undersøgelser.
lab-gaps-title = Hulliste
lab-gaps-lead = Bekræftede barrierer, der stadig er åbne og endnu ikke har noget forsøg: intet registreret forsøg har fået fritagelse fra nogen af barrierens bekræftede bestemmelser, og intet forsøg er kommet fra det foreslåede forsøg eller fra en ansøgning startet fra den. De mest rapporterede står først.
lab-gaps-empty = Ingen bekræftet barriere er uden forsøg.
lab-ranking-title = Bestemmelser der hindrer mest
lab-ranking-lead = Hver bestemmelse med de barrierer, labben har bekræftet, at den hindrer, de personer og organisationer, der rapporterer dem, og de barrierer, der kun foreslår den.
lab-ranking-empty = Ingen barriere nævner en bestemmelse endnu.
lab-public-only = Talt over de offentlige barrierer.
lab-all-countries = Alle lande
lab-filter = Vis
lab-investigations-title = Undersøgelser
lab-investigations-lead = Labben samler barrierer under en hypotese om den grundlæggende årsag, arbejder med de berørte kommuner og myndigheder og konkluderer med vejledning, regelændring eller forsøg.
lab-investigations-empty = Ingen undersøgelser at vise.
lab-investigation-new = Ny undersøgelse
lab-investigation-new-lead = Giv undersøgelsen et navn, formulér hypotesen, og vælg barriererne og hvem der deltager.
lab-investigation-create = Opret undersøgelsen
lab-back-investigations = Tilbage til undersøgelserne
lab-investigation-status-open = Åben
lab-investigation-status-concluded = Afsluttet
lab-investigation-opened = Oprettet { $date }
lab-investigation-barriers = { $count ->
    [one] { $number } barriere
   *[other] { $number } barrierer
 }
lab-investigate = Undersøg
lab-field-title = Titel
lab-field-hypothesis = Hypotese om den grundlæggende årsag
lab-field-hypothesis-hint = Hvad I tror ligger bag barriererne, så arbejdet kan be- eller afkræfte det.
lab-field-barriers = Barrierer
lab-no-barriers = Registret har ingen barrierer endnu.
lab-field-organisations = Kommuner og regioner fra registret
lab-field-organisations-hint = Én pr. linje, med navn eller kode, for eksempel »Aarhus« eller »751«.
lab-field-agencies = Andre deltagere
lab-field-agencies-hint = Myndigheder og andre, der ikke er i registret, én pr. linje.
lab-participants = Deltagere
lab-activities = Aktivitetslog
lab-activities-empty = Intet er logget endnu.
lab-activity-new = Log en aktivitet
lab-activity-append-only = Loggen ændres aldrig: ret en post ved at logge en rettelse.
lab-activity-on = Dato
lab-activity-kind = Type
lab-activity-note = Note
lab-activity-log = Log
lab-activity-meeting = Møde
lab-activity-workshop = Workshop
lab-activity-interview = Interview
lab-activity-document_review = Dokumentgennemgang
lab-activity-correction = Rettelse
lab-conclude-heading = Afslut
lab-conclude-lead = Når undersøgelsen afsluttes, flyttes alle barrierer: vejledning gør dem til »ikke en retlig barriere« med konklusionen som vejledning, regelændring til »regelændring foreslået«, forsøg til »forsøg foreslået« med koblingen. Barrierer, hvis status ikke tillader det, forbliver og nævnes. Det kan ikke fortrydes.
lab-conclusion-kind = Konklusion
lab-conclusion-heading = Konklusion
lab-conclusion-text = Hvad undersøgelsen fandt
lab-conclusion-text-hint = Ved vejledning er dette den vejledning, dem der rapporterede barriererne, får.
lab-conclusion-experiment = Forsøg
lab-conclusion-experiment-hint = Kun for forsøg: det temaforslag, den ordning eller ansøgning, det er koblet til, med nummer.
lab-experiment-kind = Koblet til
lab-experiment-id = Nummer
lab-experiment-proposal = Temaforslag
lab-experiment-scheme = Ordning
lab-experiment-application = Ansøgning
lab-conclusion-guidance = Vejledning
lab-conclusion-rule_change = Regelændring
lab-conclude = Afslut og flyt barriererne
lab-concluded-moved = { $count ->
    [one] { $number } barriere flyttet.
   *[other] { $number } barrierer flyttet.
 }
lab-concluded-skipped = { $count ->
    [one] { $number } barriere forblev uændret:
   *[other] { $number } barrierer forblev uændrede:
 }
lab-skipped-status = den er »{ $status }«, som denne konklusion ikke kan ændre
lab-skipped-refused = barriereregistret afviste ændringen
lab-triage = Triagekø
lab-summary-barriers = { $count ->
    [one] { $number } barriere i registret (sammenlagte talt gennem den barriere, de blev lagt sammen med).
   *[other] { $number } barrierer i registret (sammenlagte talt gennem den barriere, de blev lagt sammen med).
 }
lab-contents = Overblik
lab-rollup-root-causes = Efter grundlæggende årsag
lab-rollup-themes = Efter tema
lab-rollup-groups = Efter berørt gruppe
lab-rollup-empty = Ingen barrierer at tælle endnu.
lab-legend = Statusser
lab-column-name = Navn
lab-column-total = I alt
lab-column-provision = Bestemmelse
lab-column-confirmed = Bekræftede barrierer
lab-column-people = Personer, der rapporterer
lab-column-organisations = Organisationer, der rapporterer
lab-column-suggested = Foreslået af barrierer
lab-csv-download = Hent som CSV
lab-reported-by-people = { $count ->
    [one] rapporteret af { $number } person
   *[other] rapporteret af { $number } personer
 }
lab-reported-by-organisations = { $count ->
    [one] { $number } organisation
   *[other] { $number } organisationer
 }
lab-root-causes = Grundlæggende årsager
lab-provisions = Bekræftede bestemmelser
lab-groups = Berørte grupper
lab-dossier-heading = Rapporteret som barriere
lab-dossier-empty = Ingen barrierer i registret nævner denne bestemmelse.
lab-dossier-confirmed = { $count ->
    [one] { $number } barriere bekræftet hindret af den.
   *[other] { $number } barrierer bekræftet hindret af den.
 }
lab-dossier-suggested = { $count ->
    [one] { $number } mere foreslår den.
   *[other] { $number } mere foreslår den.
 }
lab-dossier-organisations = Rapporteret af
lab-dossier-barriers = Barriererne
lab-link-confirmed = bestemmelsen bekræftet
lab-link-suggested = bestemmelsen foreslået
lab-restricted = Ikke offentlig
error-investigation_barrier_required = Vælg mindst én barriere.
error-investigation_concluded = Undersøgelsen er afsluttet; intet mere kan tilføjes.
error-activity_in_the_future = Log en aktivitet på den dag, den fandt sted, ikke en kommende dag.
lab-barrier-propose-theme = Foreslå et tema ud fra den
lab-barrier-start-application = Start en ansøgning ud fra den
lab-barrier-started = Startet fra denne barriere
barrier-nav = Barrierer
barrier-dashboard-heading = Står noget i vejen?
barrier-dashboard-lead = Fortæl policylaboratoriet om en regel, en vejledning eller et system, der stopper en god løsning. Andre, der møder det samme, kan støtte jeres melding.

## barriers: the journal's field labels
barrier-journal-field-title = Titel
barrier-journal-field-country = Land
barrier-journal-field-theme-id = Tema
barrier-journal-field-groups = Hvem det rammer
barrier-journal-field-from-public = Fra offentligheden
barrier-journal-field-organisation-id = Organisation
barrier-journal-field-user-id = Person
barrier-journal-field-provision-id = Bestemmelse
barrier-journal-field-confirmed = Bekræftet af laboratoriet
barrier-journal-field-root-causes = Grundårsager
barrier-journal-field-restricted = Skærmet
barrier-journal-field-confirmed-provisions = Bekræftede bestemmelser
barrier-journal-field-status = Status
barrier-journal-field-guidance = Vejledning
barrier-journal-field-reason = Begrundelse
barrier-journal-field-ministry = Ministerium
barrier-journal-field-ministry-response = Ministeriets svar
barrier-journal-field-experiment = Forsøg
barrier-journal-field-note = Bemærkning
barrier-journal-field-merged-into = Lagt sammen med
barrier-journal-field-merged-from = Optog

## testbeds (review fixes)
testbed-review-problem-verdict = Vælg en vurdering: overholdt, i fare eller brudt.
testbed-review-problem-note = Skriv en note om, hvorfor kravet eller værdien er i fare eller brudt.
testbed-review-problem-long = Noten er for lang.
testbed-breach-ack-note-required = Skriv en note om, hvad sekretariatet gør ved bruddet, før du kvitterer.

## lab (fixes: the conclusion's confirmation)
lab-conclusion-rule-change = Regelændring
lab-conclusion-rule-change-hint = Kun ved regelændring: ministeriet, ændringen foreslås for, og dets svar, hvis det har svaret.
lab-conclusion-ministry = Ministerium
lab-conclusion-ministry-response = Ministeriets svar (hvis der er et)
lab-conclude-check = Se, hvad konklusionen vil flytte
lab-conclude-confirm-heading = Bekræft konklusionen
lab-conclude-will-move = { $count ->
    [one] Denne barriere flyttes:
   *[other] Disse { $count } barrierer flyttes:
}
lab-conclude-cannot-move = { $count ->
    [one] Denne barriere kan ikke flyttes og forbliver, som den er:
   *[other] Disse { $count } barrierer kan ikke flyttes og forbliver, som de er:
}
lab-conclude-change = Ret konklusionen
error-investigation_nothing_moves = Denne konklusion kan ikke flytte nogen af undersøgelsens barrierer (se deres status). Vælg en anden konklusion, eller tilføj barrierer, den kan flytte.

## networks (review fixes)
network-nav = Netværk
network-questions-waiting = Spørgsmål, der venter på svar
network-done-reply-own = Dit svar er gemt.
network-publish-confirm = Offentliggøre for alle? Det kan ikke fortrydes.
network-publish-yes = Ja, offentliggør
network-notify-question-title = { $name } har stillet et spørgsmål i { $network }
network-notify-question-body = { $name } har stillet sekretariatet et spørgsmål i netværket { $network }. Det venter på dit svar.
network-members-without-trial = En medlemskommune har måske endnu ikke et forsøg i netværket; den deltager i læringsloggen og vejledningen.
testbed-ack-by = Kvitteret af { $name }, { $when }
testbed-ack-at = Kvitteret { $when }
error-experiment_link_unknown = Der findes intet nummer { $id } af den slags. Vælg et temaforslag, en ordning eller en ansøgning, der findes.
lab-start-heading = Tag det videre
lab-start-hint = En bekræftet barriere kan blive et tema for en ordning eller en ansøgning om forsøg. Teksten og bestemmelserne følger med.
lab-start-proposal = Foreslå et tema
lab-start-application = Start en ansøgning
lab-start-proposal-lead = Temaforslaget får barrierens titel som titel og barrierens tekst og bestemmelser som beskrivelse. Du kan rette teksten på ordningens side.
lab-start-application-lead = Ansøgningsudkastet får barrierens titel, teksten som beskrivelse og en anmodning om undtagelse for hver af bestemmelserne. Du gør udkastet færdigt, før du sender det.
lab-start-carried = Det følger med
lab-start-title = Titel
lab-start-text = Tekst
lab-start-earlier = Allerede startet fra denne barriere
lab-start-who = Kun en ansøgerorganisation (kommune, region eller anden offentlig myndighed) kan starte et temaforslag eller en ansøgning. Send denne side til en af dem.
lab-start-scheme = Ordning, der samler temaforslag
lab-start-round = Runde, der er åben for ansøgninger
lab-start-no-scheme = Ingen ordning i barrierens land samler temaforslag lige nu.
lab-start-no-round = Ingen runde i barrierens land er åben for ansøgninger lige nu.
lab-start-back = Tilbage til barrieren
error-barrier_start_not_confirmed = Kun en bekræftet barriere, der stadig er åben, kan tages videre.
error-barrier_citation_unknown = Vi fandt ingen bestemmelse med den henvisning i lovsamlingen. Skriv den, som jurister gør, for eksempel "§ 83 i lov om social service".
barrier-you-reported = Du har selv meldt denne barriere.

## h3: rule finder in the product (already requested, not exemptible)
finder-in-application = Allerede med i din ansøgning
exempt-flag-bar = Der kan ikke gives fritagelse herfra.
exempt-flag-limit = Undersøg det, før du søger fritagelse.
exempt-flag-constitution = Dette er grundloven, som står over alle love: intet forsøg kan tilsidesætte den.
exempt-flag-municipal_organisation = Forsøksloven § 4 tillader ikke forsøg, der afviger fra kommunelovens grundlæggende regler om kommuners og fylkeskommuners organisering. Undersøg, om denne paragraf er en af dem.
exempt-flag-administrative_procedure = Forsøksloven § 4 tillader ikke forsøg, der afviger fra forvaltningslovens sagsbehandlingsregler.
exempt-flag-eu_law = Titlen siger, at loven gennemfører EU-ret, som et nationalt forsøg ikke kan tilsidesætte. Frirum genkender kun EU-ret på titlen, så også andre bestemmelser kan gennemføre EU-ret.

## h3: the law sync's admin page
nav-law-sync = Lovsynkronisering
law-sync-title = Hold lovsamlingen ajour
law-sync-lead = Lovsamlingen hentes fra de officielle kilder: Lovdata, Riksdagens åbne data og Retsinformation. Hver kørsel vises med, hvad den hentede og importerede.
law-sync-version = Lovsamlingens version
law-sync-daily = Daglig synkronisering
law-sync-daily-at = Hver dag kl. { $time } (UTC)
law-sync-daily-off = Ikke dagligt; kun når den startes her
law-sync-not-configured = De officielle kilder er ikke sat op på denne server, så den synkroniserer ikke. Angiv adresserne, når serveren startes (frirum serve --law-sync-at).
law-sync-confirm = Jeg vil synkronisere lovsamlingen nu; hentningen kan tage et stykke tid.
law-sync-now = Synkronisér nu
law-sync-runs = Kørsler, nyeste først
law-sync-started-at = Startet
law-sync-source = Kilde
law-sync-outcome = Udfald
law-sync-fetched = Dokumenter hentet
law-sync-imported = Importeret (nye eller ændrede)
law-sync-unchanged = Uændret
law-sync-failed = Kunne ikke læses
law-sync-error = Hvad der gik galt
law-sync-none = Der har ikke kørt nogen synkronisering endnu.
law-sync-started = Synkroniseringen er startet i baggrunden. Genindlæs siden for at følge den.
law-sync-busy = En synkronisering kører allerede, her eller på en anden server. Vent, til den er færdig.
law-sync-confirm-missing = Sæt kryds i feltet for at bekræfte, at du vil synkronisere nu.
law-sync-outcome-running = Kører
law-sync-outcome-imported = Importeret
law-sync-outcome-unchanged = Intet ændret
law-sync-outcome-failed = Fejlede
error-law_sync_busy = En synkronisering kører allerede.
error-law_sync_not_configured = De officielle kilder er ikke sat op på denne server, så den synkroniserer ikke.

## Issue 13, second helper: trials in operation, gaps closed
regulation-home-adoption-joining = Kommunalbestyrelsen har endnu ikke vedtaget jeres vedtægt for dette forsøg. Forsøget kører allerede for de andre deltagere; jeres del af det starter, når jeres vedtægt er trådt i kraft, og du har registreret vedtagelsen.
indicator-none-ended = Der blev ikke indberettet nogen målinger for dette forsøg.
dashboard-trials-never-started-hint = Stop hvert af dem før tid med en begrundelse, eller registrér vedtagelsen af vedtægterne.

## Issue 17, open data (slice B): the open-data page, its downloads and the data dictionary
footer-open-data = Åbne data: hent alt, der er offentligt
open-data-title = Åbne data
open-data-intro = Alt, der er offentligt i Frirum — ordninger, runder, offentliggjorte ansøgninger, afgørelser med bevilgede undtagelser, forsøg, indikatorer, rapporter, evalueringer, udfald, barrierer og puljemidler — som filer til download. Hver række har Frirums identifikatorer, så tabellerne kan kobles. Filerne bygges igen, når data ændres.
open-data-generated = Filerne blev dannet { $moment }.
open-data-not-built = Filerne er ikke dannet endnu. De bygges inden for et minut efter, at serveren starter; genindlæs siden om lidt.
open-data-all = Alt offentligt
open-data-standards = I internationale standarder (IATI-aktiviteter, 360Giving-tilskud)
open-data-no-files = Ingen filer endnu.
open-data-per-scheme = Én ordning ad gangen
open-data-dictionary = Dataordbog
open-data-dictionary-intro = Hver tabel er én CSV-fil i zip-filen, ét ark i regnearket og én liste i JSON-dokumentet. De samme beskrivelser står i zip-filens datapackage.json (Frictionless Data) og i JSON-dokumentet. Felterne er beskrevet på engelsk.
open-data-field = Felt
open-data-type = Type
open-data-description = Beskrivelse
open-data-key = identificerer rækken
open-data-size-kb = { $size } kB
open-data-size-mb = { $size } MB
open-data-format-zip = CSV-tabeller med datapakke (zip)
open-data-format-json = JSON-dokument
open-data-format-xlsx = Excel-regneark (xlsx)
open-data-type-integer = heltal
open-data-type-number = tal
open-data-type-string = tekst
open-data-type-boolean = sand eller falsk
open-data-type-date = dato
open-data-type-datetime = dato og klokkeslæt
open-data-table-schemes = Ordninger
open-data-table-schemes-about = Forsøgsordningerne, der er offentliggjort eller lukket.
open-data-table-rounds = Ansøgningsrunder
open-data-table-rounds-about = Ordningernes ansøgningsrunder med åbning og frist.
open-data-table-applications = Offentliggjorte ansøgninger
open-data-table-applications-about = Indsendte ansøgninger, som ordningen offentliggør, når rundens frist er udløbet.
open-data-table-decisions = Afgørelser
open-data-table-decisions-about = Afgørelser om ansøgninger, godkendt eller afslået, med begrundelsen.
open-data-table-grants = Bevilgede undtagelser
open-data-table-grants-about = De undtagelser, hver godkendelse bevilger, én række pr. undtagelse.
open-data-table-trials = Forsøg
open-data-table-trials-about = Registrerede forsøg med status, perioder og deltagere.
open-data-table-indicators = Indikatorer
open-data-table-indicators-about = Hvad hvert forsøg måler, med udgangspunkt og mål.
open-data-table-indicator_periods = Indikatorperioder
open-data-table-indicator_periods-about = Hver indikators rapporteringsperioder med mål og godkendt faktisk værdi.
open-data-table-reports = Statusrapporter
open-data-table-reports-about = Godkendte statusrapporter fra forsøgene, de offentlige dele.
open-data-table-evaluations = Evalueringer
open-data-table-evaluations-about = Offentliggjorte evalueringer, hvis embargo er ophævet, af et forsøg eller en hel ordning.
open-data-table-generalisation_outcomes = Udfald af undtagelser
open-data-table-generalisation_outcomes-about = Hvad der blev af hver bevilget undtagelse efter forsøget.
open-data-table-barriers = Barrierer
open-data-table-barriers-about = Offentlige registreringer i barriereregistret.
open-data-table-fund_allocations = Tildelte puljemidler
open-data-table-fund_allocations-about = Puljemidler tildelt forsøg, i øre.
open-data-table-fund_payments = Udbetalinger
open-data-table-fund_payments-about = Udbetalinger af tildelte puljemidler, i øre.

# Offentligt register, statistik og feeds (sag 17, punkt 1 og 3)
register-search = Ord i titlen
register-provision = Bestemmelse der er givet dispensation fra
register-provision-hint = Find en bestemmelse ud fra lov, paragraf eller ord, og vælg den blandt resultaterne.
register-provision-chosen = Dispensation fra
register-provision-any = alle bestemmelser
register-provision-hits = Fundne bestemmelser
register-provision-no-hits = Ingen bestemmelse i lovkataloget passer til disse ord.
register-last-verified = Senest bekræftet
register-last-verified-note = Senest bekræftet: den seneste af dagen en godkendt statusrapport senest bekræftede forsøgets status, og dagen registreringen senest blev ændret (afgørelse, et skridt i forsøgets forløb, en vedtægt vedtaget, en ændring afgjort eller registreret).
nav-statistics = Statistik
statistics-title = Statistik
statistics-lead = Tal for alle offentliggjorte ordninger eller én ordning. Tallene i hvert diagram står i tabellen under det og kan hentes som CSV.
statistics-filter = Vælg en ordning
statistics-all-schemes = Alle offentliggjorte ordninger
statistics-contents = Diagrammer på siden
statistics-empty = Intet at tælle endnu.
statistics-column-what = Hvad
statistics-count = Antal
statistics-csv = Hent data som CSV
statistics-applications = Ansøgninger efter status
statistics-decisions = Afgørelser efter udfald
statistics-trials-by-status = Forsøg efter status
statistics-trials-by-country = Forsøg efter land
statistics-trials-by-theme = Forsøg efter tema
statistics-trials-by-act = Forsøg efter lov der er givet dispensation fra
statistics-outcomes = Udfald for udbredelse af bevilgede dispensationer
statistics-barriers = Offentliggjorte barrierer efter status
feeds-heading = Atom-feeds
feeds-decisions = Afgørelser
feeds-trials = Statusændringer for forsøg
feeds-evaluations = Offentliggjorte evalueringer
feeds-outcomes = Udfald for udbredelse
feeds-evaluation-published = Evaluering offentliggjort

## Operations page (issue 17, item 5: jobs, leases, the outbox, the last law sync)
nav-operations = Drift
operations-title = Drift
operations-lead = Hvordan serverne har det: de planlagte job, hvem der kører dem, e-mails der venter på at blive sendt, og lovsamlingen. Alle servere deler disse tal gennem databasen.
operations-outbox = Udbakke
operations-outbox-waiting = E-mails der venter
operations-outbox-failing = Heraf fejler
operations-outbox-sent = E-mails sendt
operations-outbox-oldest = Ældste har ventet siden
operations-outbox-none-waiting = Intet venter
operations-law = Lovsamlingen
operations-last-sync = Seneste synkronisering
operations-law-sync-link = Åbn lovsynkroniseringen
operations-leases = Job der kører nu
operations-job = Job
operations-holder = Server
operations-held-until = Holdt til
operations-no-leases = Intet job kører nu.
operations-runs = Jobbenes seneste kørsler
operations-started = Startet
operations-outcome = Udfald
operations-detail = Hvad det gjorde
operations-no-runs = Intet job har kørt endnu.
operations-outcome-done = Gennemført
operations-outcome-failed = Fejlede

## Issue 17, lead: the standards' downloads and the jobs named in the reader's words
open-data-standard-iati = IATI-aktiviteter (XML): alle registrerede forsøg
open-data-standard-giving = 360Giving-tilskud (JSON): puljemidlerne
operations-job-upkeep = Vedligeholdelsen (forsøg der starter og afsluttes, rapporter der forfalder)
operations-job-law_sync = Lovsynkroniseringen
operations-job-open_data = Filerne med åbne data
admin-nav-label = Administration

# Organisationernes folk og invitationer (sag 18, punkt 2)
people-title = Personer
people-intro-secretariat = Alle med en konto. Inviter personer, deaktiver konti, og udpeg en brugeradministrator for en kommune eller en region.
people-intro-organisation = Personerne i { $organisation } med en konto i Frirum. Du inviterer kolleger og deaktiverer konti, der ikke længere er brug for.
people-caption = { $count ->
    [one] Én person
   *[other] { $number } personer
}
people-status = Status
people-actions = Handlinger
people-admin-label = Brugeradministrator
people-active = Aktiv
people-deactivated-on = Deaktiveret { $date }
people-deactivate = Deaktiver { $name }
people-appoint = Gør { $name } til brugeradministrator
people-relieve = Fjern { $name } som brugeradministrator
people-invitations-heading = Invitationer, der endnu ikke er taget imod
people-invited-by = Inviteret af
people-expires = Linket gælder til
people-invite-heading = Inviter en kollega
people-invite-intro = Personen får en e-mail med et link. Linket virker én gang og i syv dage.
people-invite = Send invitation
people-invited = Der er sendt en invitation til { $email }.
people-deactivated = { $name } kan ikke længere logge ind. Sessionerne og API-nøglerne er afsluttet.
people-appointed = { $name } er nu brugeradministrator for sin organisation.
people-relieved = { $name } er ikke længere brugeradministrator.
people-mail-subject = { $inviter } inviterer dig
people-mail-role-for = { $role } for { $organisation }
people-mail-body = Hej { $name },

    { $inviter } har inviteret dig til Frirum som { $what }.

    Åbn dette link for at vælge en adgangskode og logge ind: { $url }

    Linket virker én gang og indtil { $date }. Hvis det ikke længere virker, så bed { $inviter } ({ $email }) om et nyt.
invitation-title = Invitation til Frirum
invitation-offer = { $inviter } har inviteret { $name } til Frirum som { $role }.
invitation-offer-organisation = { $inviter } har inviteret { $name } til Frirum som { $role } for { $organisation }.
invitation-account-email = Du logger ind med e-mailadressen { $email }.
invitation-password = Vælg en adgangskode
invitation-password-hint = Mindst 10 tegn.
invitation-password-again = Den samme adgangskode igen
invitation-accept = Tag imod og log ind
invitation-expired = Denne invitation udløb { $date }.
invitation-used = Denne invitation er allerede brugt. Hvis det var dig, der tog imod den, så log ind med din e-mailadresse og adgangskode.
invitation-ask = Bed { $inviter } ({ $email }) eller din organisations brugeradministrator om at sende dig en ny invitation.
invitation-unknown = Vi kender ikke dette invitationslink.
invitation-unknown-ask = Tjek, at du har kopieret hele adressen fra e-mailen. Hvis det stadig ikke virker, så spørg den, der inviterede dig, eller din organisations brugeradministrator.
users-people-link-intro = For at invitere personer via e-mail, deaktivere konti eller udpege brugeradministratorer:
users-people-link = gå til Personer
account-people-admin = Du er brugeradministrator for din organisation.
account-people-link = Administrer personerne i din organisation

## Issue 18, item 1: signing in through an identity provider (OpenID Connect)
login-oidc-heading = Eller log ind med elektronisk ID
login-oidc-with = Log ind med { $provider }
oidc-no-account-title = Du har ikke adgang til Frirum endnu
oidc-no-account-text = { $provider } har bekræftet, hvem du er, men ingen har givet dig adgang til Frirum. Du er derfor ikke logget ind, og der er ikke oprettet en konto til dig.
oidc-no-account-ask = Bed din organisations brugeradministrator om at invitere dig. Bedømmer du ansøgninger eller arbejder du i sekretariatet, så spørg sekretariatet.
oidc-password-login = Log i stedet ind med e-mail og adgangskode
error-oidc_state_invalid = Dette login er ukendt, er allerede brugt eller tog for lang tid. Begynd forfra på login-siden.
error-oidc_token_invalid = Svaret fra identitetsudbyderen kunne ikke bekræftes, så du er ikke logget ind. Prøv igen, eller log ind med e-mail og adgangskode.
error-oidc_provider_unavailable = Identitetsudbyderen svarer ikke lige nu. Prøv igen senere, eller log ind med e-mail og adgangskode.

## Kontosikkerhed: engangskoder, sessioner og historik (sag 18, punkt 3 og 4)
security-link = Log-ind og enheder
security-title = Log-ind og enheder
security-back-to-account = Tilbage til din konto
security-device = { $browser } på { $system }
security-device-unknown = Ukendt enhed
security-event-signed-in = Logget ind
security-event-sign-in-failed = Forkert adgangskode
security-event-second-factor-failed = Forkert kode ved log-ind
security-event-recovery-code-used = Logget ind med en reservekode
security-event-second-factor-enabled = Log-ind-koder slået til
security-event-second-factor-disabled = Log-ind-koder slået fra
security-event-second-factor-reset = Log-ind-koder fjernet af sekretariatet
security-event-session-ended = Logget ud på en enhed
security-event-sessions-ended-by-secretariat = Logget ud overalt af sekretariatet
security-code-title = Indtast din kode
security-code-help = Åbn godkendelsesappen på din telefon, og indtast den sekscifrede kode, den viser for Frirum. Har du ikke din telefon, så indtast en af dine reservekoder.
security-code-label = Kode
security-code-submit = Log ind
security-back-to-login = Start forfra
security-code-wrong = { $count ->
    [one] Koden er forkert eller allerede brugt. Du kan prøve én gang til.
   *[other] Koden er forkert eller allerede brugt. Du kan prøve { $count } gange til.
}
security-code-wrong-enrol = Koden er forkert. Tjek at telefonens ur går rigtigt, og indtast den nyeste kode.
security-enrol-title = Slå log-ind-koder til
security-enrol-help = Scan billedet med en godkendelsesapp på din telefon (for eksempel Microsoft Authenticator eller Google Authenticator). Appen viser derefter en ny sekscifret kode hvert 30. sekund. Indtast koden for at afslutte.
security-enrol-qr-alt = QR-kode, som du scanner med din godkendelsesapp
security-enrol-secret = Kan du ikke scanne? Skriv i stedet denne nøgle ind i appen:
security-enrol-submit = Slå til
security-enrol-start = Slå log-ind-koder til
security-recovery-title = Dine reservekoder
security-recovery-help = Skriv koderne ned eller print dem, og opbevar dem et sikkert sted. Mister du din telefon, kan du logge ind én gang med hver kode. De vises kun nu.
security-factor-enabled = Log-ind-koder er slået til. Fremover indtaster du en kode fra din telefon, når du logger ind.
security-continue = Fortsæt
security-factor-heading = Log-ind-koder fra din telefon
security-factor-on = Slået til siden { $since }.
security-recovery-left = { $count ->
    [one] Du har én reservekode tilbage.
   *[other] Du har { $count } reservekoder tilbage.
}
security-factor-off = Slået fra. Med log-ind-koder kan ingen logge ind uden din telefon, selv om de kender din adgangskode.
security-factor-required = Din rolle skal bruge log-ind-koder. Slå dem til nu.
security-disable-label = For at slå dem fra skal du indtaste en kode fra din telefon
security-disable-submit = Slå log-ind-koder fra
security-factor-disabled = Log-ind-koder er slået fra.
security-sessions-heading = Hvor du er logget ind
security-col-device = Enhed
security-col-address = Netværksadresse
security-col-started = Logget ind
security-col-last-seen = Sidst aktiv
security-col-end = Log ud
security-this-device = denne enhed
security-end = Log ud der
security-end-this = Log ud her
security-session-ended = Du blev logget ud på den enhed.
security-tokens-on-account = Dine API-nøgler står på din kontoside.
security-history-heading = Din log-ind-historik

## Sekretariatets visning af en persons log-ind-sikkerhed (issue 18)
security-person-title = Log-ind-sikkerhed for { $name }
security-person-back = Tilbage til kontiene
security-person-factor-heading = Log-ind-koder fra en telefon
security-person-factor-on = Slået til siden { $since }.
security-person-recovery-left = { $count ->
    [one] Én gendannelseskode tilbage.
   *[other] { $count } gendannelseskoder tilbage.
}
security-person-factor-waiting = Ved at blive sat op: endnu ikke bekræftet med en første kode.
security-person-factor-off = Slået fra.
security-person-factor-required = Denne rolle skal bruge log-ind-koder: uden dem bliver personen bedt om at sætte dem op lige efter adgangskoden ved næste log-ind.
security-person-reset-hint = Hvis { $name } har mistet telefonen, så fjern koderne. { $name } får besked pr. e-mail og sætter nye koder op ved næste log-ind.
security-person-reset = Fjern log-ind-koderne for { $name }
security-person-reset-done = Log-ind-koderne for { $name } er fjernet, og { $name } har fået besked pr. e-mail.
security-person-sessions-heading = Hvor { $name } er logget ind
security-person-no-sessions = Ikke logget ind nogen steder lige nu.
security-person-end-hint = Log ud overalt afslutter alle sessioner på én gang, for eksempel når en enhed er mistet eller stjålet. { $name } kan logge ind igen og får besked pr. e-mail. API-nøgler virker stadig: deaktivér kontoen på siden med personer for at stoppe dem.
security-person-end = Log { $name } ud overalt
security-person-ended = { $count ->
    [0] Ingen session var åben.
    [one] Én session blev afsluttet.
   *[other] { $count } sessioner blev afsluttet.
}
security-person-told = { $name } har fået besked pr. e-mail.
security-person-tokens-heading = API-nøgler
security-person-no-tokens = Ingen API-nøgler.
security-col-token-name = Navn
security-col-token-prefix = Begynder med
security-col-token-created = Oprettet
security-col-token-last-used = Sidst brugt
security-col-token-state = Status
security-token-active = Aktiv
security-token-revoked = Tilbagekaldt { $date }
security-token-never-used = Aldrig
security-person-history-heading = Log-ind-historik
security-person-no-history = Intet endnu.
users-security-col = Log-ind
users-security-link = Log-ind og enheder
users-security-link-label = Log-ind og enheder for { $name }
security-colleague-title = Log { $name } ud overalt
security-colleague-help = Det afslutter alle sessioner for { $name } på én gang, for eksempel når en enhed er mistet eller stjålet. { $name } kan logge ind igen med sin adgangskode og får besked pr. e-mail. Deaktivér i stedet kontoen, hvis { $name } slet ikke skal kunne logge ind.
security-colleague-back = Tilbage til personerne
security-event-sessions-ended-by-user-administrator = Logget ud overalt af brugeradministratoren
security-mail-sessions-ended-subject = Du er blevet logget ud overalt
security-mail-sessions-ended-body = Hej { $name }

    { $by } har logget dig ud af Frirum på alle enheder. Du kan logge ind igen med din adgangskode.

    Hvis du ikke ventede det, eller hvis en af dine enheder er mistet eller stjålet, så skift din adgangskode. Dine enheder og din log-ind-historik: { $url }
security-mail-factor-reset-subject = Dine log-ind-koder er fjernet
security-mail-factor-reset-body = Hej { $name }

    { $by } har fjernet log-ind-koderne på din Frirum-konto, for eksempel fordi din telefon er mistet. Hvis din rolle kræver dem, sætter du nye koder op ved dit næste log-ind.

    Hvis du ikke har bedt om det, så kontakt sekretariatet. Dine enheder og din log-ind-historik: { $url }
error-organisation-not-for-role = Kun ansøgere, bedømmere og forskere hører til en organisation: lad organisationen stå tom for sekretariatet.
security-enrol-back = Ikke nu: tilbage til log-ind og enheder
invitation-oidc-heading = Eller tag imod med dit elektroniske ID
invitation-oidc-hint = Så logger du fremover ind med dit elektroniske ID, uden adgangskode.
invitation-refused-title = Invitationen kunne ikke tages imod
invitation-other-email = { $provider } bekræftede e-mailadressen { $email }, men invitationen blev sendt til { $invited }. Der er ikke oprettet nogen konto.
invitation-other-email-ask = Hvis invitationen er til dig, så bed { $inviter } ({ $inviter_email }) om at sende en ny til den adresse, dit elektroniske ID bekræfter.
invitation-has-account = Du har allerede en konto i Frirum: den inviterede e-mailadresse eller din identitet hos { $provider } er i brug. Der er ikke oprettet en konto mere; log ind med den, du har.
invitation-has-account-ask = Hvis du har brug for en anden rolle eller organisation, så spørg { $inviter } ({ $inviter_email }).
oidc-logout-title = Du er logget ud af Frirum
oidc-logout-text = Du bliver nu også logget ud af { $provider }, så ingen andre ved denne computer kan logge ind med dit elektroniske ID.
oidc-logout-continue = Log ud af { $provider }
oidc-logout-home = Tilbage til Frirums forside

# Confirming a deactivation (people page).
people-deactivate-title = Deaktivér { $name }?
people-deactivate-help = { $name } bliver logget ud overalt med det samme, deres API-nøgler holder op med at virke, og de kan ikke længere logge ind. Deres ansøgninger og alt, de har skrevet, bliver. Det kan ikke gøres om.

# The screening: requested provisions the scheme's law does not allow a trial to set aside.
screening-limits-title = Fritagelser, som loven måske ikke tillader
screening-limits-lead = Ansøgningen beder om fritagelse fra bestemmelser, som ordningens lov ikke lader et forsøg fravige, eller kun lader fravige inden for grænser. Tag dem med, når I vurderer tjeklisten.
screening-limits-exemption = Fritagelse { $number }
