app-tagline = rom for å prøve nye måter å jobbe på
skip-to-content = Gå til hovedinnholdet
nav-label = Hovedmeny
nav-home = Forside
nav-registry = Kommuner og regioner
nav-users = Brukerkontoer
nav-account = Min konto
nav-logout = Logg ut
nav-login = Logg inn
language-label = Språk
footer-text = Frirum er stedet der nasjonale forsøksordninger drives: Kommuner søker om fritak fra statlige regler, forsøkene følges av forskning, og det vi lærer av dem, kan endre reglene for alle.
footer-api = JSON-API (OpenAPI)

home-title = Forsøksordninger for kommuner
home-lead = Med Frirum kan et departement eller en kommunal interesseorganisasjon drive en nasjonal forsøksordning fra det første forslaget til tema til en regel blir endret.
home-body = Kommuner og regioner søker, alene eller i nettverk, om å prøve nye måter å jobbe på med fritak fra statlige regler. Sekretariatet går gjennom søknadene, vurderer dem og fatter vedtak. Godkjente forsøk følges av forskning, og erfaringene avgjør om reglene blir endret for alle.
home-registry-heading = Det nordiske registeret
home-registry-body = Alle kommuner, fylkeskommuner og regioner i Danmark, Norge og Sverige, med offisiell kode og innbyggertall.
home-signin-heading = For sekretariater, søkere, fagvurderere og forskere
home-signin-body = Logg inn med kontoen du har fått fra sekretariatet.

login-title = Logg inn
login-submit = Logg inn
login-failed = E-postadressen eller passordet er feil.
login-throttled = For mange mislykkede forsøk på å logge inn. Av sikkerhetshensyn må du vente { $minutes ->
    [one] ett minutt
   *[other] { $number } minutter
 } før du prøver igjen.
field-email = E-postadresse
field-password = Passord

account-title = Min konto
account-profile-heading = Navn og språk
account-saved = Endringene dine er lagret.
field-role = Rolle
field-organisation = Organisasjon
field-name = Navn
field-language = Visningsspråk
language-automatic = Automatisk (fra nettleseren)
language-hint = Det du velger her, går foran innstillingen i nettleseren og språkknappene.
password-heading = Bytt passord
field-current-password = Nåværende passord
field-new-password = Nytt passord
field-confirm-password = Gjenta det nye passordet
password-change = Bytt passord
password-changed = Passordet er endret. Du er logget ut alle andre steder.
error-wrong-password = Nåværende passord er feil.
error-password-mismatch = De to nye passordene er ikke like.
save = Lagre

tokens-heading = API-nøkler
tokens-intro = Med en personlig nøkkel kan et program bruke JSON-API-et på dine vegne. Send den som «Authorization: Bearer» etterfulgt av nøkkelen.
tokens-created = Kopier nøkkelen nå. Den vises bare denne ene gangen.
tokens-name = Navn på nøkkelen
tokens-create = Opprett nøkkel
tokens-none = Du har ingen API-nøkler.
tokens-caption = API-nøklene dine
tokens-prefix = Begynner med
tokens-created-at = Opprettet
tokens-last-used = Sist brukt
tokens-status = Status
tokens-revoked = Trukket tilbake
tokens-revoke = Trekk tilbake { $name }
tokens-revoked-notice = Nøkkelen er trukket tilbake.
tokens-name-invalid = Gi nøkkelen et navn på 1 til 100 tegn.
never = Aldri

pagination-label = Sider
pagination-previous = Forrige side
pagination-next = Neste side
pagination-status = Side { $page } av { $pages } ({ $total } totalt)

registry-title = Kommuner og regioner
registry-lead = De offentlige organene som kan delta i forsøksordninger, med offisielle koder og innbyggertall med referansedato.
registry-search-label = Navn eller kode
registry-search-hint = Du kan skrive med eller uten de nordiske bokstavene, for eksempel Århus eller Aarhus, Tromsø eller Tromso.
field-country = Land
all-countries = Alle land
field-kind = Type
all-kinds = Alle typer
search = Søk
registry-results = Antall treff: { $count }
registry-no-results = Ingen treff på søket. Sjekk stavemåten eller velg et annet land.
field-code = Kode
field-population = Innbyggertall
field-parent = Del av
field-reference-date = Referansedato
field-source = Kilde
population-uncertain = Dette tallet er ikke kontrollert mot den offisielle statistikken.
population-as-of = per { $date }
population-unknown = Det er ikke registrert noe innbyggertall.
population-history = Innbyggertall over tid
members-heading = Kommuner: { $count }

users-title = Brukerkontoer
users-caption = Brukerkontoer: { $count }
users-new-heading = Ny brukerkonto
users-organisation-hint = Bare for søkere: land og kode, for eksempel dk:751 for Aarhus eller no:5501 for Tromsø.
field-initial-password = Første passord (minst 10 tegn)
users-create = Opprett brukerkonto
users-created = Brukerkontoen for { $email } er opprettet.

error-invalid-email = E-postadressen er ikke gyldig.
error-empty-name = Navnet kan ikke være tomt.
error-name-too-long = Navnet er for langt (høyst 200 tegn).
error-organisation-required = En søker må høre til en organisasjon.
error-organisation-not-allowed = Det er bare søkere og vurderere som hører til en organisasjon.
error-password-too-short = Passordet må ha minst 10 tegn.
error-unknown-organisation = Organisasjonen finnes ikke i registeret. Skriv land og kode, for eksempel dk:751.
error-email-taken = E-postadressen er allerede i bruk.

error-status = Feilkode { $status }
error-back-home = Gå til forsiden
error-csrf = Skjemaet var utløpt eller kom ikke fra dette nettstedet. Gå tilbake, last inn siden på nytt og prøv igjen.
error-other-title = Noe gikk galt
error-400-title = Forespørselen kunne ikke leses
error-400-message = Forespørselen var ikke i et format som Frirum forstår.
error-401-title = Du må logge inn
error-401-message = Du må logge inn for å se denne siden.
error-403-title = Ikke tillatt
error-403-message = Rollen din gir ikke tilgang til denne siden eller handlingen. Ta kontakt med sekretariatet hvis du mener at du skal ha tilgang.
error-404-title = Fant ikke siden
error-404-message = Siden finnes ikke, eller den er flyttet. Sjekk adressen.
error-405-title = Ikke mulig her
error-405-message = Denne adressen tar ikke imot den typen forespørsel.
error-408-title = Det tok for lang tid
error-408-message = Det tok for lang tid å behandle forespørselen. Prøv igjen.
error-409-title = Konflikt
error-409-message = Endringen er i konflikt med det som allerede er lagret.
error-413-title = For mye data
error-413-message = Det du sendte, er større enn Frirum tar imot. Gjør det kortere og prøv igjen.
error-415-title = Formatet støttes ikke
error-415-message = Frirum kan ikke lese det som ble sendt, i dette formatet.
error-422-title = Sjekk det du har fylt inn
error-422-message = Noe av det du har fylt inn, er ikke gyldig.
error-429-title = For mange forsøk
error-429-message = For mange forsøk på kort tid. Vent litt og prøv igjen.
error-500-title = Noe gikk galt hos oss
error-500-message = Feilen er registrert. Prøv igjen om litt.

role-admin = Sekretariat
role-applicant = Søker
role-assessor = Fagvurderer
role-researcher = Forsker
kind-municipality = Kommune
kind-county = Fylkeskommune
kind-region = Region
country-dk = Danmark
country-no = Norge
country-se = Sverige
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

import-title = Importer registeret
import-lead = Oppdater kommuner, fylkeskommuner og regioner fra en CSV-fil (kolonner: code, name, kind, parent_code, population, population_date, population_source, population_uncertain). Hele filen kontrolleres først; en feil linje avviser den, og ingenting blir halvveis importert.
import-file = CSV-fil
import-file-hint = UTF-8, ett land per fil, med overskriftslinje.
import-submit = Importer
import-choose-country = Velg et land.
import-choose-file = Velg en fil som skal importeres.
import-refused = Ingenting ble importert. Linje { $line }: { $reason }
import-done = Importert: { $added } lagt til, { $updated } oppdatert, { $unchanged } uendret, { $figures } nye innbyggertall.

# Schemes, proposals, applications and the journal
nav-schemes = Ordninger
nav-applications = Mine søknader
schemes-title = Forsøksordninger
schemes-lead = Nasjonale ordninger der kommuner prøver nye måter å jobbe på, med fritak fra statlige regler.
schemes-none = Det er ingen ordninger å vise ennå.
scheme-new = Ny ordning
scheme-create = Opprett ordningen som utkast
scheme-invitation = Invitasjon
scheme-rounds = Søknadsrunder
scheme-no-rounds = Ingen runder ennå.
scheme-themes = Temaer
scheme-no-themes = Ingen temaer ennå.
scheme-rules = Regler
scheme-manage = Forvalt ordningen
scheme-change-status = Endre status
scheme-apply-hint = Åpne en runde nedenfor for å starte en søknad for organisasjonen din.
theme-add = Legg til tema
theme-priority = Prioritert tema
round-add = Legg til runde
rules-edit = Endre reglene
rules-min-population = Minste samlede innbyggertall
rules-networks = Nettverk tillatt
rules-kinds = Hvem kan søke
rules-max-months = Lengste forsøksperiode (måneder)
rules-max-extension = Lengste forlengelse (måneder)
rules-bonuses = Tillegg
rules-bonus-network = Tillegg for nettverk
rules-bonus-priority = Tillegg for prioritert tema
rules-bonus-objective = Tillegg for målbart mål
rules-scale = Høyeste poengsum
rules-version = Regelversjon
rules-exclusions = Begrensninger (juridisk gjennomgang)
rules-exclusions-hint = Ett punkt per linje.
rules-criteria = Vurderingskriterier
rules-criteria-hint = Ett per linje: vekt | navn | beskrivelse.
rules-weight = vekt
rules-reason-hint = Påkrevd når søknader allerede er sendt inn etter gjeldende regler: endringen blir en ny versjon, og de beholder sin.
yes = Ja
no = Nei
saved-notice = Lagret.
proposals-title = Forslag til temaer
proposals-lead = Kommunene foreslår temaer og støtter hverandres; sekretariatet tar dem inn eller avslår og sender samlingen videre.
proposals-none = Ingen forslag ennå.
proposals-export = Last ned samlingen (CSV)
proposals-endorsements = { $count ->
    [one] { $number } organisasjon støtter forslaget
   *[other] { $number } organisasjoner støtter forslaget
 }
proposals-declined-because = Avslått:
proposals-endorse = Støtt «{ $title }»
proposals-decide = Avgjør «{ $title }»
proposals-adopt = Ta inn som tema
proposals-decline = Avslå (oppgi grunn)
proposals-new = Foreslå et tema
proposals-submit = Send forslaget
applications-title = Søknader
applications-mine = Mine søknader
applications-none = Ingen søknader å vise.
applications-not-public = Innsendte søknader publiseres etter fristen, dersom ordningen sier det.
application-start = Start en søknad
application-untitled = Søknad uten tittel
application-edit = Rediger utkastet
application-draft-hint = Lagre når som helst; kontrollen over viser hva som mangler eller ikke er oppfylt.
application-save = Lagre utkastet
application-submit = Lagre og send inn
application-print = Utskriftsvennlig visning
application-withdraw = Trekk søknaden
application-withdrawn-notice = Søknaden er trukket.
receipt-text = Mottatt: saksnummer { $case }, sendt inn { $time }. Ta vare på kvitteringen; skriv den ut fra nettleseren.
eligibility-title = Vilkår for å søke
eligibility-ok = Alle regler er oppfylt: søknaden kan sendes inn.
eligibility-not-ok = Ikke ennå: reglene merket nedenfor er ikke oppfylt.
submit-refused = Søknaden ble ikke sendt inn.
error-application-submitted = Søknaden er sendt inn og kan ikke lenger endres.
error-edit-conflict = Noen andre lagret utkastet i mellomtiden (nå versjon { $version }). Teksten din står nedenfor, ikke lagret: kopier det du trenger, last inn på nytt og lagre igjen.
error-rules-in-use = { $count ->
    [one] Én innsendt søknad ble
   *[other] { $number } innsendte søknader ble
 } vurdert etter disse reglene. Oppgi en grunn: endringen blir en ny versjon.
journal-title = Saksjournal
journal-lead = Hver endring, hvem som gjorde den, når og hvorfor. Oppføringer endres eller slettes aldri.
journal-when = Når
journal-who = Hvem
journal-what = Hva
journal-changes = Endringer
journal-system = Frirum (import)
form-who = Hvem søker
form-what = Forsøket
field-title = Tittel
field-summary = Sammendrag
field-description = Beskrivelse
field-status = Status
field-reason = Begrunnelse
field-round = Runde
field-opens = Åpner
field-deadline = Frist
field-deadline-hint = Lokal tid i rundens tidssone; det siste sekundet som teller, er det du oppgir.
field-time-zone = Tidssone
field-target-trials = Mål for antall forsøk
field-scheme-code = Kode
field-scheme-code-hint = 2 til 12 store bokstaver eller sifre, brukt i saksnumre, for eksempel NO2026.
field-content-language = Innholdets språk
field-invitation = Invitasjon (Markdown)
field-invitation-hint = Overskrifter med #, lister med -, lenker som [tekst](https://…). HTML vises som tekst.
field-publish-applications = Publiser innsendte søknader etter fristen
field-case-number = Saksnummer
field-lead = Ansvarlig organisasjon
field-members = Nettverksdeltakere
field-member = Nettverksdeltaker
field-members-hint = Koden (for eksempel 5501) eller navnet; én per felt. Lagre for å få et nytt felt.
field-submitted-at = Sendt inn
field-objectives = Målbare mål
field-indicator = Indikator
field-unit = Enhet
field-baseline = Utgangsverdi
field-target = Mål
field-target-date = Innen
field-exemptions = Ønskede fritak
field-scope = Fritak
field-reference = Bestemmelse, lov eller område, slik du ville skrevet det
field-desired-change = Ønsket regel
field-justification = Begrunnelse
field-unknown-rules = Vi vet ikke hvilke regler som står i veien
field-unknown-rules-hint = Beskriv hinderet med vanlige ord; sekretariatet hjelper med å finne reglene.
field-legal-security = Konsekvenser for innbyggernes rettssikkerhet
field-partners = Partnere
field-partner-name = Partner
field-partner-kind = Type
field-partner-role = Rolle
field-partner-demands = Hva vi krever av dem
field-partner-values = Offentlige verdier som ivaretas
field-learning-goals = Hva vi vil lære
field-funds = Stimuleringsmidler det søkes om
field-period = Planlagt periode
field-period-start = Start
field-period-end = Slutt
status-draft = Utkast
status-proposals = Åpen for temaforslag
status-published = Publisert
status-closed = Avsluttet
status-submitted = Sendt inn
status-withdrawn = Trukket
status-open = Åpen
status-adopted = Tatt inn som tema
status-declined = Avslått
phase-open = Åpen
phase-upcoming = Ikke åpnet ennå
phase-closed = Stengt
scope-provision = Bestemmelse
scope-act = Hele loven
scope-policy_area = Område
partner-company = Bedrift
partner-university = Universitet
partner-consultant = Konsulent
partner-research_institute = Forskningsinstitutt
partner-civil_society = Sivilsamfunn
partner-public_body = Offentlig virksomhet
partner-other = Annet
outcome-passed = Oppfylt
outcome-failed = Ikke oppfylt
outcome-not_applicable = Gjelder ikke
rule-name-round_open = Frist
rule-name-jurisdiction = Land
rule-name-organisation_kinds = Hvem kan søke
rule-name-network = Nettverk
rule-name-population = Innbyggertall
rule-name-required_fields = Påkrevde felt
rule-name-trial_length = Forsøkets lengde
rule-round_open = Runden er åpen til { $deadline }.
rule-round_not_open = Runden åpner { $opens }.
rule-deadline_passed = Fristen var { $deadline }.
rule-jurisdiction_ok = Alle deltakere er i ordningens land.
rule-wrong_jurisdiction = Utenfor ordningens land: { $outside }.
rule-kinds_allowed = Alle deltakere kan søke.
rule-kind_not_allowed = Disse kan ikke søke: { $refused }.
rule-single_applicant = Én organisasjon søker alene.
rule-network_allowed = Et nettverk av { $organisations } organisasjoner; nettverk er tillatt.
rule-network_not_allowed = Et nettverk av { $organisations } organisasjoner; ordningen tar bare enkeltsøkere.
rule-no_minimum = Ordningen har ikke noe minste innbyggertall.
rule-population_ok = Samlet innbyggertall { $combined } (per { $reference_date }) når minstekravet på { $minimum }.
rule-population_below_minimum = Samlet innbyggertall { $combined } (per { $reference_date }) er under minstekravet på { $minimum }.
rule-population_missing = Registeret har ikke innbyggertall for { $without_figure }.
rule-fields_complete = Alle påkrevde felt er fylt ut.
rule-application_incomplete = Gjenstår å fylle ut: { $missing }.
rule-no_limit_or_period = Ingen lengstetid, eller ingen planlagt periode ennå.
rule-trial_length_ok = { $months } måneder, innenfor maksimum på { $maximum }.
rule-trial_too_long = { $months } måneder er lenger enn maksimum på { $maximum }.
problem-field_required = { $field } må fylles ut.
problem-field_too_long = { $field } er for lang: høyst { $max } tegn.
problem-value_out_of_range = { $field } er utenfor tillatt område.
problem-end_before_start = { $field } er før starten.
problem-invalid_field = { $field } er ikke gyldig.
problem-unknown_theme = { $field }: ukjent tema.
problem-unknown_organisation = { $field }: ingen organisasjon «{ $reference }» i registeret.
problem-unknown_time_zone = { $field }: ukjent tidssone.

# Regelfinneren
nav-rule-finder = Finn reglene
finder-title = Finn reglene
finder-lead = Beskriv med egne ord hva dere vil prøve, eller skriv ord å søke etter. Frirum foreslår bestemmelsene som trolig står i veien, og sier hvorfor.
finder-description = Beskriv ideen
finder-description-hint = Vanlige ord holder: hva dere vil gjøre annerledes, og hva dere tror hindrer dere. Henvisninger som «§ 9-8 første ledd» blir også gjenkjent.
finder-words = Eller søk etter ord
finder-words-hint = Sammensatte ord finnes ved delene sine, og æ, ø og å kan skrives uten aksenter.
finder-submit = Finn reglene
finder-suggestions = Bestemmelser som trolig står i veien
finder-hits = Søkeresultater
finder-nothing = Ingen treff. Prøv andre ord, eller velg et land.
finder-no-words = Teksten har ingen ord å søke etter.
finder-choose-country = Velg et land for å få forslag.
finder-catalogue-size = Katalogen har { $count ->
    [one] én bestemmelse
   *[other] { $number } bestemmelser
 }.
finder-reason-words = Treff på: { $words }
finder-reason-cited = Nevnt i teksten: { $citation }
finder-one-word = Bare ett av ordene dine står i bestemmelsen – les den før du bygger på den
finder-reason-asked = { $count ->
    [one] Én søknad har søkt fritak fra bestemmelsen
   *[other] { $number } søknader har søkt fritak fra bestemmelsen
 }
finder-for-application = Foreslåtte bestemmelser for denne søknaden
finder-for-application-lead = Forslag ut fra søknadens egen tekst slik den sist ble lagret. Legg til dem som står i veien som søkte fritak, og skriv hvorfor.
finder-nothing-application = Ingen forslag ennå: beskriv ideen og hinderet i søknaden og lagre den først.
finder-link = Legg til { $provision } som søkt fritak
finder-back-to-form = Tilbake til søknaden
law-act = Lov
law-identifier = Offisiell identifikator
law-chapter = Kapittel
law-not-in-force = Ikke i kraft
law-official = Offisiell tekst
law-text = Tekst
law-requested = Søkt fritak fra
law-requested-count = Innsendte søknader som har søkt fritak fra denne bestemmelsen: { $count }
law-paraphrase-note = Demokatalogen er Frirums egen gjengivelse av bestemmelsene; den offisielle teksten er den myndighetene kunngjør.
law-short-title = Korttittel
law-ministry = Departement
law-in-force-from = I kraft fra
law-sections = Bestemmelser: { $count }
act-kind-act = Lov
act-kind-consolidated_act = Lovbekjentgjørelse
act-kind-regulation = Forskrift
act-kind-executive_order = Bekjentgjørelse
act-kind-amending_act = Endringslov
exemption-linked-provision = Knyttet til bestemmelsen i katalogen
exemption-unresolved = ikke funnet i katalogen: sekretariatet sjekker den
exemption-unresolved-screener = ikke funnet i katalogen: kontroller henvisningen i den juridiske gjennomgangen
application-suggest-provisions = Foreslå bestemmelser ut fra søknaden
application-suggest-hint = (ut fra teksten slik den sist ble lagret)

## Vedtak og forsøk
nav-decisions = Vedtak
decisions-title = Vedtak
decisions-feed = Følg vedtakene (Atom-strøm)
decisions-feed-title = Frirum: vedtak om søknader
decisions-none = Ingen vedtak er fattet ennå.
decisions-count = { $count ->
    [one] Ett vedtak
   *[other] { $number } vedtak i alt
 }
decide-title = Fatt vedtak om søknaden
decide-screening-blocks = Den juridiske gjennomgangen fant en konflikt. Søknaden kan ikke innvilges så lenge den står:
decide-ask-clarification = Be søkeren om avklaring i stedet
decide-outcome = Vedtak
outcome-approved = Innvilget
outcome-rejected = Avslått
decide-exemptions = Unntak som innvilges
decide-no-exemptions = Søknaden ber ikke om unntak.
decide-grant = Innvilg
decide-narrow = Avgrens unntaket til disse bestemmelsene
decide-narrow-open = Søknaden peker ikke på en bestemt lov her. Skal innvilgelsen avgrenses til bestemte bestemmelser, knytt dem til unntaket med regelfinneren i en avklaring; ellers skriv avgrensningen med ord nedenfor.
decide-note = Hvordan unntaket er avgrenset eller vilkårsatt
decide-max-months = høyst { $months } måneder
decide-submit = Registrer vedtaket
decision-title = Vedtak
decision-outcome = Utfall
decision-reasons = Begrunnelse
decision-conditions = Vilkår
decision-period = Forsøksperiode
decision-regulation = Lokal regulering som skal vedtas
decision-regulation-text = Hva den lokale reguleringen må si
decision-granted = Innvilgede unntak
decision-narrowed-to = Avgrenset til
decision-scheme = Ordning
decision-decided-at = Vedtatt
decision-letter = Vedtaksbrev
regulation-trial_regulation = Forsøksforskrift
regulation-statutes = Vedtekter
regulation-free_municipality_statute = Frikommunevedtekt (frikommunevedtægt)
regulation-local_regulations = Lokale forskrifter (lokala föreskrifter)
letter-title = Vedtak om søknaden
letter-back = Tilbake til vedtaket
letter-our-reference = Vår referanse
letter-approved-intro = Vi har vurdert søknaden etter ordningen og godkjenner forsøket slik det går fram nedenfor.
letter-rejected-intro = Vi har vurdert søknaden etter ordningen og kan ikke godkjenne den, av grunnene nedenfor.
letter-trial-record = Forsøket er registrert som
letter-regards = Med hilsen
trial-title = Forsøk
trial-frozen = Det som ble godkjent, slik det ble godkjent. Endringer siden da står i endringshistorikken nedenfor.
trial-participants = Deltakere
trial-status-planned = Planlagt
trial-status-running = Pågår
trial-status-ended = Avsluttet
application-decide = Fatt vedtak
application-decision = Vedtak
error-already-decided = Søknaden har allerede fått vedtak; det første vedtaket står.
error-screening_conflict = Den juridiske gjennomgangen fant konflikt med: { $items }. Søknaden kan ikke innvilges.
error-exemption_not_requested = Unntak { $number } ble ikke søkt om.
error-exemption_granted_twice = Unntak { $number } er innvilget to ganger.
error-provision_outside_request = Bestemmelse { $provision } ligger utenfor det unntak { $number } søkte om.
error-period_too_long = Forsøksperioden på { $months } måneder er lengre enn ordningens maksimum på { $max } måneder.
error-nothing_granted = Et vedtak om innvilgelse må innvilge minst ett av unntakene det er søkt om.
error-not_decidable = Bare en innsendt søknad kan få vedtak.
## Review: legal screening and clarification (issue 5, review slice).
review-stage = Behandling
review-stage-under_review = Under behandling
review-stage-awaiting_clarification = Venter på avklaring
error-no-open-clarification = Det finnes ikke noe åpent spørsmål å svare på: sekretariatet har ikke stilt noe, eller det er allerede besvart.
screening-title = Juridisk gjennomgang
screening-lead = Hvert punkt i ordningens sjekkliste vurderes: ingen konflikt, mulig konflikt eller konflikt, alltid med en skriftlig begrunnelse. En konflikt hindrer godkjenning; en mulig konflikt vises for den som avgjør.
screening-rules-version = Sjekklisten i versjon { $version } av ordningens regler, som søknaden ble sendt inn under.
screening-blocking = Godkjenning er ikke mulig: det er funnet en konflikt.
screening-doubtful = Mulige konflikter som må vurderes i avgjørelsen:
screening-empty = Ordningens regler har ingen sjekkliste for juridisk gjennomgang.
screening-complete = Alle punktene er vurdert.
screening-incomplete = Ikke alle punktene er vurdert ennå.
screening-not-judged = Ikke vurdert ennå
screening-outcome = Utfall
screening-outcome-no_conflict = Ingen konflikt
screening-outcome-possible_conflict = Mulig konflikt
screening-outcome-conflict = Konflikt
screening-reason = Begrunnelse
screening-save = Lagre vurderingen
screening-history = Historikk
screening-when = Når
screening-who = Hvem
screening-item = Punkt
screening-saved = Vurderingen er lagret.
clarification-title = Avklaring
clarification-lead = Spørsmål fra sekretariatet og søkerens svar. Søknadsfristen gjelder ikke for svarene.
clarification-empty = Det er ikke stilt noen spørsmål.
clarification-question = Spørsmål
clarification-answer = Svar
clarification-awaiting = Venter på svar fra søkeren
clarification-send-answer = Send svaret
clarification-amend = Finn bestemmelsene sammen
clarification-amend-lead = Så lenge et spørsmål er åpent, kan de omsøkte unntakene endres: finn bestemmelser med regelfinneren og legg dem til, eller fjern et unntak med en begrunnelse. Alle endringer lagres i journalen.
clarification-find-provisions = Finn bestemmelser med regelfinneren
clarification-remove-reason = Begrunnelse for å fjerne
clarification-remove = Fjern
clarification-ask = Spør søkeren
clarification-asked = Spørsmålet er sendt.
clarification-answered = Svaret er sendt.
clarification-amended = De omsøkte unntakene er endret.
clarification-linked-reason = Lagt til fra regelfinneren under avklaringen: { $provision }
review-stage-approved = Innvilget
review-stage-rejected = Avslått
## --- Vurdering (sak 5: vurderere, poeng, rangering) ---
nav-assessments = Vurderinger
assessments-title = Mine vurderinger
assessments-lead = Søknadene du er satt til å vurdere. Meld fra om inhabilitet så snart du ser den: da ser du verken de andres poeng eller gir poeng selv.
assessments-none = Du har ingen søknader å vurdere.
assessments-round = Runde
assessments-scoring = Kriterier vurdert
assessment-title = Vurdering
assessment-assessors = Vurderere
assessment-no-assessors = Ingen vurderere er satt på ennå.
assessment-assign-label = Vurderere som skal settes på
assessment-assign = Sett på
assessment-unassign = Fjern
assessment-conflict = Inhabilitet
assessment-conflict-declared = Meldt inhabilitet
assessment-conflict-employment = Ansatt hos en søker
assessment-conflict-reason = Grunn til inhabilitet
assessment-conflict-declare = Meld inhabilitet
assessment-own-scores = Dine poeng
assessment-scale = Gi hvert kriterium fra 0 til { $max } poeng. La feltet stå tomt hvis du ikke har bestemt deg.
assessment-weight = vekt
assessment-score = Poeng
assessment-comment = Kommentar
assessment-save-scores = Lagre poengene mine
assessment-result = Poeng og sum
assessment-criteria = Poeng per kriterium
assessment-criterion = Kriterium
assessment-scores = Poeng
assessment-mean = Snitt
assessment-value = Teller som
assessment-not-scored = ikke vurdert ennå
assessment-source-consensus = konsensus
assessment-source-mean = snitt av vurdererne
assessment-source-missing = ingen poeng
assessment-weighted = Vektet poengsum
assessment-total = Sum
assessment-no-value = ingen poeng ennå
assessment-missing = Mangler fortsatt poeng: { $criteria }
assessment-bonus-network = Nettverksbonus
assessment-bonus-theme = Bonus for prioritert tema
assessment-bonus-objective = Bonus for målbart mål
assessment-why-network = { $count ->
    [one] Én organisasjon søker.
   *[other] { $number } organisasjoner søker sammen.
 }
assessment-why-single = Bare én organisasjon søker.
assessment-why-theme = Søknaden gjelder { $count ->
    [one] ett
   *[other] { $number }
 } av ordningens prioriterte temaer.
assessment-why-no-theme = Ingen av søknadens temaer er prioritert.
assessment-why-objective = Målbare mål (enhet, utgangspunkt og målverdi): { $indicators }
assessment-why-no-objective = { $count ->
    [one] Det ene målet mangler enhet, utgangspunkt eller målverdi.
   *[other] Ingen av de { $number } målene har enhet, utgangspunkt og målverdi.
 }
assessment-consensus = Konsensuspoeng
assessment-consensus-lead = Et konsensuspoeng erstatter vurderernes snitt på sitt kriterium. La feltet stå tomt for å bruke snittet.
assessment-save-consensus = Lagre konsensus
assessment-notes = Interne notater
assessment-notes-lead = Synlige bare for sekretariatet og for vurderere uten inhabilitet.
assessment-new-note = Nytt notat
assessment-add-note = Legg til notatet
assessment-reply = Svar
assessment-reply-to = svar på et tidligere notat
assessment-done-scores = Poengene dine er lagret.
assessment-done-consensus = Konsensuspoengene er lagret.
assessment-done-note = Notatet er lagt til.
assessment-done-assigned = Vurdererne er satt på.
assessment-done-unassigned = Vurdereren er fjernet.
assessment-done-conflict = Inhabiliteten din er registrert.
assessment-error-out-of-scale = Poeng må være et helt tall fra 0 til { $max }.
assessment-error-conflict = Du er inhabil i denne søknaden.
assessment-error-not-assigned = Du er ikke satt til å vurdere denne søknaden.
assessment-error-not-assessor = Bare kontoer med rollen vurderer kan settes på.
assessment-error-not-submitted = Bare innsendte søknader kan vurderes.
ranking-title = Rangering
ranking-lead = Rundens søknader etter sum. Streken er trukket ved rundens mål på { $target } forsøk.
ranking-tie-across-line = Et likt resultat krysser streken: sekretariatet må avgjøre hvilke søknader som går videre.
ranking-theme = Tema
ranking-all-themes = Alle temaer
ranking-status-submitted = Innsendt
ranking-status-withdrawn = Trukket
ranking-status-all = Alle
ranking-filter = Filtrer
ranking-export-csv = Last ned som CSV
ranking-export-xlsx = Last ned som Excel-arbeidsbok
ranking-caption = Søknader rangert etter sum; { $count ->
    [one] én
   *[other] { $number }
 } innenfor streken
ranking-select = Velg
ranking-rank = Plass
ranking-lead-organisation = Hovedsøker
ranking-assessors = Vurderere
ranking-bonus = Bonuser
ranking-notes = Merknader
ranking-line = Rundens strek: { $target } forsøk
ranking-why-no-scores = Ingen poeng ennå: ikke rangert.
ranking-why-incomplete = Ufullstendig, rangert etter de fullstendige og utenfor streken; mangler: { $criteria }.
ranking-why-tied = Likt med en annen søknad.
ranking-why-tie-across = Likt over streken.
ranking-bulk-assessors = Sett disse vurdererne på de valgte søknadene
ranking-bulk-assign = Sett på de valgte
# Varsler (i grensesnittet og på e-post)
nav-notifications = Varsler
notifications-title = Varsler
notifications-none = Du har ingen varsler ennå.
notifications-unread = ulest
notifications-mark-read = Merk «{ $title }» som lest
notifications-mark-all-read = Merk alle som lest
notification-assessor-assigned-title = Du er tildelt søknad { $case }
notification-assessor-assigned-body = «{ $title }» ({ $case }) ligger i køen din for vurdering. Meld fra om eventuell inhabilitet før du ser andres poeng.
notification-clarification-asked-title = Et spørsmål om søknaden { $case }
notification-clarification-asked-body = Sekretariatet har stilt et spørsmål om «{ $title }» ({ $case }). Søknaden venter til du svarer i søknadens tråd.
notification-clarification-answered-title = Søkeren har svart på { $case }
notification-clarification-answered-body = Søkeren har svart på spørsmålet om «{ $title }» ({ $case }).
notification-decided-approved-title = Søknad { $case } er innvilget
notification-decided-approved-body = «{ $title }» ({ $case }) er innvilget. Vedtaket og vedtaksbrevet finner du på søknadens side.
notification-decided-rejected-title = Søknad { $case } er avgjort
notification-decided-rejected-body = Det er fattet vedtak om «{ $title }» ({ $case }): søknaden ble ikke innvilget. Begrunnelsen og brevet finner du på søknadens side.
notification-mail-greeting = Hei { $name },
notification-mail-link = Åpne søknaden: { $url }
notification-mail-footer = Denne meldingen er sendt fra Frirum. Alle varslene dine: { $url }

# Del E: én saksstatus, oversikter og arbeidskøer
case-status = Status
case-status-draft = Utkast
case-status-submitted = Sendt inn
case-status-in-screening = Under juridisk gjennomgang
case-status-awaiting-clarification = Venter på avklaring
case-status-in-assessment = Under vurdering
case-status-ready-for-decision = Klar for vedtak
case-status-approved = Innvilget
case-status-rejected = Avslått
case-status-withdrawn = Trukket tilbake
notification-submitted-title = Ny søknad: { $case }
notification-submitted-body = «{ $title }» ({ $case }) er sendt inn og venter på juridisk gjennomgang.
eligibility-frozen-title = Vilkår ved innsending
eligibility-frozen-at = Slik vilkårene ble kontrollert da søknaden ble sendt inn ({ $date }), med tallene som gjaldt da. De kontrolleres ikke på nytt.
filter-label = Filtrer søknadene
filter-text = Søk
filter-scheme = Ordning
filter-round = Runde
filter-theme = Tema
filter-all = Alle
filter-apply = Filtrer
filter-clear = Vis alle
filter-remove = Fjern dette filteret
filter-organisation = Organisasjon
filter-none = Ingen søknader passer med disse filtrene.
review-column-screening = Juridisk gjennomgang
review-column-assessors = Vurderere ferdige
dashboard-title = Min side
dashboard-secretariat-lead = Det som venter på sekretariatet, i den rekkefølgen en sak går: juridisk gjennomgang, avklaring, vurdering, vedtak.
dashboard-queues = Saker etter status
dashboard-attention = Trenger oppfølging
dashboard-answers = Svar på spørsmål som ikke er fulgt opp
dashboard-overdue = Spørsmål som har stått ubesvart i mer enn 14 dager
dashboard-closed = Avsluttede saker
dashboard-all-applications = Alle søknader
dashboard-questions = Spørsmål å svare på
dashboard-questions-none = Ingen spørsmål venter på svar fra deg.
dashboard-drafts = Utkast
dashboard-drafts-none = Du har ingen utkast. Finn en runde å søke i under
dashboard-cases = Dine saker
dashboard-assessor-queue = Søknader å vurdere
# End of part E

# Part D: blind, independent assessment
assessment-statement-heading = Inhabilitet
assessment-statement-lead = Før du får se noe av vurderingen av denne saken, må du si om du er inhabil: en tilknytning til hovedsøkeren eller et nettverksmedlem, en interesse i utfallet eller noe annet som kan svekke tilliten til at du vurderer saken upartisk.
assessment-statement-none = Jeg er ikke inhabil i denne saken
assessment-statement-conflict = Eller meld inhabilitet og si hva den består i
assessment-your-assignment = Ditt oppdrag
assessment-progress-submitted = vurdering levert { $at }
assessment-progress-stated = erklært ikke inhabil { $at }, vurderer fortsatt
assessment-progress-unstated = har ennå ikke tatt stilling til inhabilitet
assessment-blind-notice = Vurder på egen hånd: de andre vurdererne sine poeng og kommentarer vises for deg først når du har levert din egen vurdering.
assessment-submit = Lagre og lever vurderingen min
assessment-submit-lead = Lever når alle kriteriene har fått poeng. Da låses poengene dine, og du ser de andre vurdererne sine poeng.
assessment-submitted-notice = Du leverte vurderingen din { $at }. Poengene dine er låst.
assessment-requests = Anmodninger om konsensus
assessment-request-by = Bedt om av { $name }
assessment-spread = Sprik mellom vurdererne
assessment-spread-lead = Forskjellen mellom høyeste og laveste poeng. En forskjell på mer enn { $threshold } poeng blir markert.
assessment-spread-overall = Samlet (hver vurderers vektede poeng)
assessment-spread-lowest = Lavest
assessment-spread-highest = Høyest
assessment-spread-difference = Forskjell
assessment-spread-none = færre enn to poeng
assessment-spread-flagged = markert
assessment-spread-advice = Vurdererne er klart uenige. Vurder å be dem bli enige om en konsensus.
assessment-request-message = Melding til vurdererne (valgfritt)
assessment-request-consensus = Be vurdererne om en konsensus
assessment-done-statement = Erklæringen din er registrert: du er ikke inhabil i denne saken.
assessment-done-submitted = Vurderingen din er levert.
assessment-done-requested = Vurdererne er bedt om å bli enige om en konsensus.
assessments-submitted = levert
assessments-statement-needed = ta først stilling til inhabilitet
error-conflict_statement_required = Si først om du er inhabil i denne saken.
error-own_assessment_not_submitted = Lever din egen vurdering før du leser de andre vurdererne sine poeng og notater.
error-assessment_already_submitted = Du har levert vurderingen din; poengene kan ikke lenger endres.
error-assessment_incomplete = Gi poeng på alle kriteriene før du leverer vurderingen.
notification-consensus-requested-title = Konsensus etterspurt for søknad { $case }
notification-consensus-requested-body = Sekretariatet ber vurdererne av «{ $title }» ({ $case }) om å bli enige om en konsensus.
journal-action-assessment-no-conflict-stated = erklærte at vedkommende ikke er inhabil
journal-action-assessment-assessment-submitted = leverte vurderingen sin
journal-action-assessment-consensus-requested = ba vurdererne om en konsensus
field-message = Melding
field-criteria-scored = Kriterier vurdert
assessment-request-submit-first = Lever din egen vurdering for å lese hva sekretariatet ber om.
# End of part D
# Part A (hardening)
problem-invalid_characters = { $field } inneholder kontrolltegn eller tegn som snur skriveretningen, og kan ikke godtas. Fjern dem og prøv igjen.
login-throttled-seconds = For mange mislykkede forsøk på å logge inn. Av sikkerhetshensyn må du vente { $seconds ->
    [one] ett sekund
   *[other] { $number } sekunder
 } før du prøver igjen.
field-q = Søketekst
# End of part A
# Part C (decisions with safeguards, public views)
error-reasons_required = Skriv begrunnelsen for vedtaket: et vedtak skal begrunnes enten det innvilger eller avslår.
error-period_ends_before_decision = Forsøksperioden slutter før vedtaksdagen. Velg en periode som fortsatt kan gjennomføres.
error-round_still_open = Runden er fortsatt åpen: denne ordningen fatter vedtak først etter søknadsfristen for runden.
error-screening_not_completed = Den juridiske gjennomgangen er ikke fullført: hvert punkt på sjekklisten må vurderes før vedtaket.
error-decision_not_confirmed = Vedtaket ble ikke bekreftet. Gå gjennom sammendraget av det som blir offentliggjort, og bekreft det.
decide-basis = Dette bygger vedtaket på
decide-possible-conflicts = Mulige konflikter funnet i den juridiske gjennomgangen
decide-no-possible-conflicts = Den juridiske gjennomgangen fant ingen mulige konflikter.
decide-screening = Juridisk gjennomgang
decide-assessors = Vurderernes framdrift
decide-no-assessors = Ingen vurderere er tildelt.
decide-assessor-progress = kriterier vurdert: { $progress }
decide-assessor-conflict = inhabil, gir ikke poeng
decide-consensus = Konsensuspoeng
decide-no-consensus = Ingen konsensuspoeng er satt.
decide-total = Sum
decide-total-incomplete = ikke alle kriterier er vurdert ennå
decide-no-total = Ingen sum ennå
decide-rank = Plassering i runden
decide-rank-target = rundens mål er { $target } forsøk
decide-rank-within = Innenfor målet.
decide-rank-outside = Utenfor målet.
decide-no-rank = Ikke rangert ennå.
decide-reasons-hint = Kreves både ved innvilgelse og avslag. Begrunnelsen offentliggjøres med vedtaket.
decide-exemptions-hint = Kryss bare av for det som innvilges. Ingenting innvilges uten avkrysning.
decide-choose = Velg …
decide-signatory-title = Din tittel, slik brevet undertegnes
decide-review = Se over vedtaket
confirm-title = Bekreft vedtaket
confirm-intro = Dette blir registrert og offentliggjort. Kontroller det før du bekrefter: et vedtak kan ikke endres etterpå.
confirm-summary = Dette blir offentliggjort
confirm-submit = Registrer og offentliggjør vedtaket
confirm-change = Endre vedtaket
decision-granted-for = Innvilget for
decision-within-request = Innenfor søknaden om
decisions-filter = Filtrer vedtakene
decisions-filter-any = Alle
decisions-filter-year = År
decisions-filter-apply = Vis
letter-legal-basis = Rettslig grunnlag
letter-legal-basis-intro = Vedtaket er fattet med hjemmel i
letter-appeal = Klage
letter-no-appeal = Vedtaket kan ikke påklages.
decision-settings-title = Innstillinger for vedtak
decision-settings-link = Innstillinger for vedtak
decision-settings-safeguards = Fatt vedtak først etter rundens frist og en fullført juridisk gjennomgang
decision-settings-safeguards-hint = Anbefales. Når dette er slått av, kan en søknad avgjøres mens runden er åpen og før alle punkter i den juridiske gjennomgangen er vurdert.
decision-settings-authority = Vedtaksmyndighet (ordningens eier)
decision-settings-legal-basis = Rettslig grunnlag for vedtakene
decision-settings-appeal = Klageveiledning
decision-settings-appeal-hint = Hvordan og hvor vedtaket kan påklages. La feltet stå tomt hvis vedtaket ikke kan påklages: da står det i brevet.
decision-settings-save = Lagre innstillingene
decision-settings-saved = Innstillingene for vedtak er lagret.
journal-action-scheme-decision-settings-changed = endret innstillingene for vedtak
decision-letter-pdf = Brevet som PDF
four-eyes-note = Vedtak i denne ordningen offentliggjøres først når et annet medlem av sekretariatet har godkjent dem.
four-eyes-proposed = Vedtaket er registrert som et forslag. Det offentliggjøres når et annet medlem av sekretariatet godkjenner det.
four-eyes-pending = Et vedtak venter på godkjenning
four-eyes-proposed-by = Foreslått av
four-eyes-approve = Godkjenn og offentliggjør vedtaket
four-eyes-own = Du foreslo dette vedtaket: et annet medlem av sekretariatet må godkjenne det. Et nytt vedtak nedenfor erstatter forslaget.
decision-settings-four-eyes = Fire øyne: et annet medlem av sekretariatet godkjenner hvert vedtak før det offentliggjøres
decision-settings-four-eyes-hint = Den som foreslår et vedtak, kan ikke godkjenne det selv.
error-second_approver_required = Et annet medlem av sekretariatet enn den som foreslo vedtaket, må godkjenne det.
error-nothing_to_approve = Ingen vedtak venter på godkjenning i denne saken.
journal-action-application-decision-proposed = foreslo et vedtak til godkjenning
# End of part C

## --- Del F (sak 12): ingen blindveier for søkere, klart språk ---
scheme-not-open-to-you = Denne ordningen er bare åpen for organisasjoner i { $country }, så organisasjonen din kan ikke starte en søknad her.
error-not-open-country = Denne ordningen er bare åpen for organisasjoner i { $country }.
error-not-open-kind = Denne ordningen tar ikke imot søknader fra organisasjoner av typen «{ $kind }».
field-themes = Temaer
field-theme = Tema
field-assessor = Vurderer
field-row-objective = Mål
field-row-exemption = Unntak
field-row-partner = Partner
field-row-member = Nettverksmedlem
field-row-theme = Tema
time-zone-europe-oslo = norsk tid
time-zone-europe-copenhagen = dansk tid
time-zone-europe-stockholm = svensk tid
journal-count = { $count ->
    [one] { $number } oppføring
   *[other] { $number } oppføringer
 }
journal-rows = { $count ->
    [one] { $number } rad
   *[other] { $number } rader
 }
journal-unknown = (ukjent)
journal-because = Begrunnelse
journal-deleted-draft = Slettet utkast
journal-action-other = endret saken
journal-action-application-created = startet søknaden
journal-action-application-saved = lagret utkastet
journal-action-application-submitted = sendte inn søknaden
journal-action-application-withdrawn = trakk søknaden
journal-action-application-deleted = slettet utkastet
journal-action-application-decided = fattet vedtak i saken
journal-action-application-exemptions-amended = endret de omsøkte unntakene
journal-action-assessment-assessor-assigned = tildelte en vurderer
journal-action-assessment-assessor-unassigned = fjernet en vurderer
journal-action-assessment-conflict-declared = meldte inhabilitet
journal-action-assessment-consensus-set = registrerte omforente poeng
journal-action-assessment-note-added = la til et notat i vurderingen
journal-action-assessment-scores-saved = lagret poeng
journal-action-clarification-answered = svarte på et avklaringsspørsmål
journal-action-clarification-asked = stilte et avklaringsspørsmål
journal-action-proposal-adopted = tok temaforslaget inn som tema
journal-action-proposal-created = foreslo et tema
journal-action-proposal-declined = avslo temaforslaget
journal-action-proposal-endorsed = støttet temaforslaget
journal-action-round-changed = endret søknadsrunden
journal-action-round-created = opprettet søknadsrunden
journal-action-scheme-created = opprettet ordningen
journal-action-scheme-rules-changed = endret ordningens regler
journal-action-scheme-status-changed = endret ordningens status
journal-action-scheme-theme-added = la til et tema
journal-action-scheme-theme-changed = endret et tema
journal-action-scheme-updated = endret ordningen
journal-action-screening-recorded = vurderte et punkt i den juridiske gjennomgangen
status-deleted = Slettet
application-delete = Slett utkastet
application-delete-title = Slette dette utkastet?
application-delete-text = Utkastet «{ $title }» og alt som er skrevet i det, blir slettet. Dette kan ikke angres. Saksloggen beholder en merknad om at utkastet ble slettet, og av hvem.
application-delete-confirm = Ja, slett utkastet
application-delete-cancel = Nei, behold utkastet
application-deleted-notice = Utkastet ble slettet.
form-saved-partly = Alt annet ble lagret. Rett feltene som er merket nedenfor, og lagre igjen.
form-not-saved = Ingenting er lagret ennå. Rett feltene som er merket nedenfor, og lagre igjen; det du skrev, står her fortsatt.
form-errors-heading = { $count ->
    [one] Ett felt må rettes
   *[other] { $number } felt må rettes
 }
member-suggestions = Mente du
member-choices-label = Organisasjoner i registeret
population-source-approximation = Anslag, ikke kontrollert
population-source-table = tabell
population-source-dated = { $agency }, folketall per { $date }
field-rules-version = Versjon av reglene
journal-characters = { $count ->
    [one] { $number } tegn
   *[other] { $number } tegn
 }

# fix-3: lists, filters, submission
organisation-applications = Søknadene fra denne organisasjonen

# fix-1: assessment and decision safeguards
error-assessor_has_submitted = Vurdereren har levert vurderingen sin og kan ikke fjernes: poengene blir stående og teller.
error-assessors_not_submitted = Konsensus kan registreres først når alle tildelte vurderere uten interessekonflikt har levert vurderingen sin.
assessment-unassign-submitted = Har levert: blir stående på saken, og poengene teller.
assessment-unassign-confirm = Vurdereren tas av saken, og poeng som ikke er levert, slettes. Begrunnelsen skrives i saksloggen.
assessment-unassign-reason = Hvorfor fjernes vurdereren?
assessment-unassign-do = Fjern vurdereren
assessment-consensus-waits = Konsensus kan registreres når alle tildelte vurderere uten interessekonflikt har levert vurderingen sin.
decide-no-assessment-submitted = Ingen vurderer har levert en vurdering av denne søknaden ennå.
decide-go-assessment = Gå til vurderingen
decide-assessor-submitted = levert
decide-assessor-not-submitted = ikke levert
decide-no-exemptions-what-to-do = Søknaden ber ikke om unntak og kan derfor ikke innvilges slik den står. Spør søkeren i en avklaring hvilke regler forsøket trenger unntak fra; mens spørsmålet er åpent, kan søkeren og sekretariatet legge til bestemmelsene med regelfinneren.
decide-no-exemptions-ask = Spør søkeren hvilke bestemmelser forsøket trenger
decide-round-open-until = Runden er åpen til { $deadline }. Etter reglene for denne ordningen kan det først fattes vedtak etter fristen.
decide-round-open-meanwhile = I mellomtiden kan du fullføre den juridiske gjennomgangen, be søkeren om avklaring og følge vurderingen.
error-round-still-open-until = Runden er fortsatt åpen til { $deadline }: denne ordningen fatter vedtak først etter fristen.
decide-go-screening = Gå til den juridiske gjennomgangen
decide-go-clarification = Gå til avklaringen
field-outcome = Vedtak
field-reasons = Begrunnelse
field-conditions = Vilkår
field-regulation-kind = Lokal regulering som skal vedtas
field-regulation-text = Hva den lokale reguleringen må si
field-signatory-title = Din tittel, slik brevet undertegnes
decide-regulation-required = Må fylles ut ved innvilgelse.
screening-next-assessment = Gå videre til vurderingen
decision-grant-note = Gjelder bare dette unntaket

## fix-2: the journal in words
journal-criteria-scored = { $count ->
    [one] ga poeng på { $number } kriterium
   *[other] ga poeng på { $number } kriterier
 }
journal-exemptions-granted = { $count ->
    [one] { $number } unntak innvilget
   *[other] { $number } unntak innvilget
 }
journal-field-item-text = Punkt
journal-field-outcome = Resultat
journal-field-scores = Poeng
journal-field-consensus = Felles poeng
journal-field-granted = Innvilgede unntak
journal-field-conditions = Vilkår
journal-field-conflict = Inhabilitet
journal-field-conflict-reason = Grunn til inhabilitet
journal-field-draft-scores-dropped = Ikke innsendte poeng forkastet
journal-field-comment = Kommentar
journal-field-question = Spørsmål
journal-field-answer = Svar
journal-field-regulation-kind = Lokal forskrift
journal-field-regulation-text = Forskriftens innhold
journal-field-reasons = Begrunnelse
journal-field-assessor-id = Vurderer
journal-field-decided-by = Vedtatt av
journal-field-safeguards = Rettssikkerhetsgarantier
journal-field-issuing-authority = Vedtaksmyndighet
journal-field-legal-basis = Hjemmel
journal-field-appeal-guidance = Klageveiledning
journal-field-four-eyes = To personer godkjenner vedtak
journal-field-number = Nummer
eligibility-after-corrections = Vilkårene sjekkes igjen når feilene er rettet og søknaden er lagret.

# fix-3: submission's confirmation step
submit-confirm-title = Sende inn søknaden?
submit-confirm-lead = Se over hva som blir sendt. Søknaden går til sekretariatet for { $scheme }, som går gjennom, vurderer og avgjør den.
submit-confirm-to = Sendes til
submit-confirm-to-value = Sekretariatet for { $scheme }
submit-confirm-exemptions = Fritak det søkes om
submit-confirm-no-exemptions = Ingen fritak er ført opp.
submit-confirm-locked = Etter innsending kan søknaden ikke endres. Den kan trekkes tilbake fram til vedtaket er fattet.
submit-confirm-do = Send inn søknaden
submit-confirm-back = Tilbake til skjemaet
submit-confirm-not-eligible = Søknaden oppfyller ennå ikke ordningens regler og kan ikke sendes inn. Gå tilbake til skjemaet og rett det rapporten under peker på.

# fix-3: the applicant's page, where a new application starts
dashboard-start = Start en ny søknad
dashboard-start-lead = Disse rundene er åpne for søknader fra organisasjonen din nå. Åpne en runde for å starte en ny søknad.
dashboard-start-none = Ingen runder er åpne for organisasjonen din nå. Se ordningene:
dashboard-start-deadline = frist { $deadline }

# Trials in operation (the foundation): the list, the trial page, its life and history
nav-trials = Forsøk
trials-title = Forsøk
trials-lead = Alle godkjente forsøk, hvor de står nå og hva som er endret siden godkjenningen.
trials-mine = Min organisasjons forsøk
trials-followed = Forsøk jeg følger
trials-filter = Filtrer forsøkene
trials-theme = Tema
trials-participant = Deltar
trials-all = Alle forsøk
trials-none = Ingen forsøk passer.
trials-estimated-note = * planlagt dato, ennå ikke registrert som faktisk.
trial-status-suspended = Satt på vent
trial-end-completed = Fullført
trial-end-stopped_early = Avsluttet før tiden
trial-now = Hvor forsøket står
trial-why = Hvorfor
trial-start = Start
trial-end = Slutt
trial-date-actual = faktisk
trial-date-estimated = planlagt
trial-approved-end = Slutt slik det ble godkjent
trial-verified = Status sist bekreftet
trial-verified-never = Ennå ikke bekreftet i en rapport
trial-legal-basis = Hvor lenge hvert unntak gjelder
trial-exemption = Unntak
trial-legal-basis-end = Gjelder til
trial-history = Endringshistorikk
trial-version = Versjon
trial-change-approved = Godkjent
trial-change-started = Startet
trial-change-suspended = Satt på vent
trial-change-resumed = Gjenopptatt
trial-change-completed = Fullført
trial-change-stopped_early = Avsluttet før tiden
# The local regulation of the trial's country, named in the visitor's language.
trial-change-regulation_adopted = { $country ->
        [dk] Lokal vedtekt (frikommunevedtægt) vedtatt
        [se] Lokale forskrifter vedtatt
       *[no] Forsøksforskrift vedtatt
    }
trial-change-change_approved = Endring godkjent
trial-change-change_recorded = Endring registrert
trial-field-status = Status
trial-field-planned_start = Planlagt start
trial-field-planned_end = Planlagt slutt
trial-field-actual_start = Startet
trial-field-actual_end = Avsluttet
trial-field-end_kind = Hvordan det endte
trial-field-why_stopped = Begrunnelse
trial-field-participants = Deltakere
trial-field-objectives = Mål
trial-field-exemptions = Unntak
trial-researchers = Forskere som følger forsøket
trial-researchers-none = Ingen forsker følger dette forsøket ennå.
trial-researcher-remove = Fjern
trial-researcher-choose = Forsker
trial-researcher-assign = La forskeren følge forsøket
trial-lifecycle = Endre forsøkets status
trial-lifecycle-hint = Forsøket starter av seg selv når forsøksforskriften er i kraft, og slutter av seg selv når perioden er over. Bruk dette skjemaet når noe annet skjer.
trial-step = Hva skjer
trial-step-start = Det har startet
trial-step-suspend = Sett det på vent
trial-step-resume = Det går igjen
trial-step-complete = Det er fullført
trial-step-stop_early = Det avsluttes før tiden
trial-step-on = Hvilken dag
trial-step-on-hint = Trengs for å starte, fullføre eller avslutte før tiden.
trial-step-reason = Hvorfor
trial-step-reason-hint = Trengs for å sette på vent eller avslutte før tiden. Begrunnelsen er offentlig.
trial-step-save = Registrer endringen
trial-ended-final = Forsøket er avsluttet. Opplysningene står som de er.
error-invalid_trial_transition = Det steget er ikke mulig fra forsøkets nåværende status.
error-reason_required = Oppgi en begrunnelse.
error-ends_before_start = Slutten kan ikke være før starten ({ $start }).
trial-never-started = Dette forsøket startet aldri: hele perioden er over, og forsøksforskriften trådte aldri i kraft.
trial-never-started-manage = Registrer nedenfor at det ble avsluttet før tiden, med begrunnelse.
trial-never-started-short = Startet aldri
trial-objectives-now = Mål nå
trial-objectives-changed = Målene er endret siden godkjenningen: se endringshistorikken.
trial-step-confirm = Jeg forstår at det ikke kan gjøres om å fullføre eller avslutte forsøket.
field-on = Dagen
field-confirm = Bekreftelse
dashboard-researcher-none = Ingen forsøk er tildelt deg ennå. Sekretariatet bestemmer hvilke forskere som følger hvert forsøk.
dashboard-researcher-lead = Åpne et forsøk for å gå gjennom målingene deltakerne rapporterer.

## --- Documents (issue 13, item 6): files attached to a trial ---
document-heading = Dokumenter
document-none = Ingen dokumenter ennå.
document-title = Tittel
document-title-hint = La stå tomt for å bruke filnavnet.
document-kind = Hva det er
document-kind-report = Rapport
document-kind-regulation = Vedtatt forskrift
document-kind-evaluation = Evaluering
document-kind-decision_letter = Vedtaksbrev
document-kind-other = Annet
document-file = Fil
document-file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, ren tekst eller CSV, høyst { $number } MB. Filtypen kontrolleres ut fra innholdet.
document-size-kb = { $number } kB
document-uploaded = Lastet opp
document-visibility = Hvem kan se det
document-public = Offentlig
document-private = Bare forsøkets deltakere
document-make-public = Gjør offentlig
document-make-private = Gjør ikke-offentlig
document-upload-heading = Legg til et dokument
document-upload = Last opp
document-publish-now = Offentliggjør med en gang
document-refused = Filen ble ikke lastet opp. Se årsaken nedenfor.
document-back = Tilbake til forsøket
error-file_too_large = Filen er for stor: høyst { $limit_mib } MB godtas.
error-file_empty = Filen er tom.
error-unsupported_file_type = Filen er ikke av en type som godtas, eller innholdet er ikke det filnavnet sier. Godtas: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, ren tekst og CSV.
error-document_record_not_public = Dokumentet hører til noe som ikke er offentlig, og kan derfor ikke gjøres offentlig.

# Indikatorer målt over tid (sak 13, punkt 2)
indicator-heading = Indikatorer over tid
indicator-none = Ingen indikatorer ennå. De lages av de godkjente målene første gang forsøkets folk åpner dem.
indicator-awaiting-review = { $count ->
    [one] Én rapportert verdi venter på gjennomgang.
   *[other] { $number } rapporterte verdier venter på gjennomgang.
}
indicator-export = Last ned indikatorene (CSV)
indicator-open-report = Rapporter verdier
indicator-open-review = Gå gjennom rapporterte verdier
indicator-open-page = Alle rapporterte verdier
indicator-measure = Måles som
indicator-baseline = Utgangsverdi
indicator-target = Mål
indicator-frequency = Rapporteres
indicator-breakdown = Fordelt på
indicator-legend-actual = Mørkeblå linje med prikker: godkjente verdier
indicator-legend-target = Oransje stiplet linje: mål
indicator-legend-baseline = Grå linje: utgangsverdi
indicator-legend-table = De samme tallene står i tabellen under.
indicator-table-caption = Mål og godkjente verdier per periode
indicator-period = Periode
indicator-actual = Verdi
indicator-status = Status
indicator-comment = Kommentar
indicator-reviewer-comment = Kommentar fra gjennomgangen
indicator-revisions = { $count ->
    [one] Endret én gang: den tidligere definisjonen
   *[other] Endret { $number } ganger: de tidligere definisjonene
}
indicator-revision = Versjon { $revision }
indicator-definition = Definisjon
indicator-measure-unit = et tall
indicator-measure-percentage = en prosentandel
indicator-measure-nominal = et tall på en skala av kategorier
indicator-measure-ordinal = et heltall på en rangert skala
indicator-measure-qualitative = en beskrivelse med ord
indicator-frequency-quarterly = hver tredje måned
indicator-frequency-half_yearly = hvert halvår
indicator-frequency-yearly = hvert år
indicator-status-draft = Utkast
indicator-status-submitted = Venter på gjennomgang
indicator-status-returned = Sendt tilbake for retting
indicator-status-approved = Godkjent
indicator-ascending = høyere er bedre
indicator-descending = lavere er bedre
indicator-chart-desc = Utgangsverdi { $baseline }. Mål { $target }. Godkjente verdier: { $actuals }.
indicator-chart-no-actuals = ingen ennå
indicator-page-title = Indikatorer og rapporterte verdier
indicator-page-lead = Rapporter verdien for hver periode, som utkast eller til gjennomgang. Bare verdier som sekretariatet eller forsøkets forsker godkjenner, teller og vises offentlig; en godkjent periode kan ikke endres lenger.
indicator-queue-heading = Venter på din gjennomgang
indicator-queue-empty = Ingenting venter på gjennomgang.
indicator-reported-by = Rapportert av
indicator-review-comment = Kommentar til kommunen
indicator-review-comment-hint = Må fylles ut når du sender verdien tilbake: si hva som bør rettes.
indicator-approve = Godkjenn
indicator-return = Send tilbake for retting
indicator-report-heading = Rapporter
indicator-returned-because = Sendt tilbake for retting
indicator-value-text = Hva som skjedde i perioden
indicator-value = Verdi
indicator-value-hint = Mål for perioden: { $target }. Skriv et tall, for eksempel 12 eller 12,5.
indicator-send = Send til gjennomgang
indicator-save-draft = Lagre som utkast
indicator-waiting = sendt, venter på gjennomgang
indicator-locked = godkjent og låst
indicator-import-heading = Importer verdier fra en fil
indicator-import-lead = Last ned indikatorene som CSV, fyll ut verdikolonnen og importer den samme filen her. Perioder du lar stå tomme, hoppes over. Er én linje feil, importeres ingenting, og linjen nevnes.
indicator-import-file = CSV-fil
indicator-import-hint = Filen du får ved nedlasting, med dine verdier fylt ut (UTF-8).
indicator-import-send = Send de importerte verdiene til gjennomgang
indicator-import = Importer
indicator-import-choose-file = Velg en CSV-fil å importere.
indicator-define-heading = Legg til en indikator
indicator-revise-heading = Endre indikatoren
indicator-revise-lead = En endring tar vare på definisjonen fra før, som vises sammen med indikatoren, og godkjente perioder beholder målene sine.
indicator-field-reason = Hvorfor den endres
indicator-revise = Lagre endringen
indicator-notice-revised = Indikatoren er endret; den tidligere definisjonen er tatt vare på.
indicator-field-title = Hva som måles
indicator-field-description = Beskrivelse
indicator-field-unit = Enhet (for eksempel elever eller dager)
indicator-field-ascending = Høyere verdier er bedre
indicator-field-baseline-value = Utgangsverdi
indicator-field-baseline-date = Dato for utgangsverdien
indicator-field-target-value = Målverdi
indicator-field-target-date = Dato for målet
indicator-field-dimension = Fordel på (valgfritt)
indicator-field-dimension-hint = For eksempel aldersgruppe eller bydel.
indicator-field-categories = Kategorier
indicator-field-categories-hint = Én per linje.
indicator-define = Legg til indikatoren
indicator-back = Tilbake til forsøket
indicator-notice-draft = Verdien er lagret som utkast.
indicator-notice-submitted = Verdien er sendt til gjennomgang.
indicator-notice-approved = Verdien er godkjent; perioden er nå låst.
indicator-notice-returned = Verdien er sendt tilbake for retting med kommentaren din.
indicator-notice-imported = { $count ->
    [0] Filen hadde ingen nye verdier.
    [one] Verdien for én periode ble importert.
   *[other] Verdiene for { $number } perioder ble importert.
}
indicator-notice-defined = Indikatoren er lagt til.
indicator-error-conflict = Noen andre endret eller gikk gjennom denne verdien i mellomtiden. Siden viser den nå slik den er.
indicator-error-decided = Noen andre har allerede avgjort denne verdien. Siden viser den nå slik den står.
indicator-reach-not-ended = kan rapporteres når perioden er over
indicator-reach-not-reached = ikke nådd: forsøket ble avsluttet
indicator-chart-axes = Fra { $from } til { $to }; verdier fra { $low } til { $high }.
error-period_not_ended = Denne perioden er ikke over ennå: verdien kan rapporteres fra dagen etter { $end }.
error-period_after_trial_end = Denne perioden ble ikke nådd: forsøket ble avsluttet før den begynte, så det er ingenting å rapportere for den.
indicator-notification-submitted-title = Indikatorverdier til gjennomgang: { $case }
indicator-notification-submitted-body = Nye verdier for forsøket «{ $title }» ({ $case }) venter på din gjennomgang.
indicator-notification-approved-title = Indikatorverdi godkjent: { $case }
indicator-notification-approved-body = En verdi du rapporterte for forsøket «{ $title }» ({ $case }), er godkjent.
indicator-notification-returned-title = Indikatorverdi sendt tilbake: { $case }
indicator-notification-returned-body = En verdi du rapporterte for forsøket «{ $title }» ({ $case }), er sendt tilbake for retting. Kommentaren står på indikatorsiden.
error-indicator_value_invalid = { $measure ->
    [percentage] Verdien passer ikke til indikatoren: skriv en prosentandel fra 0 til 100.
    [ordinal] Verdien passer ikke til indikatoren: skriv et heltall på skalaen.
    [qualitative] Denne indikatoren beskrives med ord: skriv hva som skjedde, ikke et tall.
    [unit] Verdien passer ikke til indikatoren: skriv et tall.
    [nominal] Verdien passer ikke til indikatoren: skriv et tall.
   *[any] Verdien passer ikke til indikatoren: skriv et tall, eller ord for en indikator som beskrives med ord.
}
error-indicator_csv_invalid = Linje { $line }, kolonne «{ $field }»: { $reason }. Ingenting fra filen ble lagret.
error-period_locked = Verdien for denne perioden er godkjent og låst; den kan ikke endres lenger.
error-update_awaiting_review = Denne verdien venter på gjennomgang og kan bare endres hvis den sendes tilbake.
error-update_not_submitted = Denne verdien venter ikke (lenger) på gjennomgang.
error-review_comment_required = Si hva som bør rettes når du sender en verdi tilbake.

## --- Stimuleringsmidler (issue 13, item 7: funds slice, prefix fund-) ---
fund-heading = Stimuleringsmidler
fund-none = Denne ordningen gir ingen stimuleringsmidler.
fund-awarded = Tildelt
fund-disbursed = Utbetalt
fund-spent = Brukt, som rapportert
fund-no-grants = Ingenting er tildelt ennå.
fund-grants = Tildelinger
fund-award-date = Tildelt dato
fund-amount-applied-for = Søkt beløp
fund-amount-awarded = Tildelt beløp
fund-amount-disbursed = Utbetalt beløp
fund-planned-dates = Planlagt periode
fund-planned-start = Fra
fund-planned-end = Til
fund-payments = Utbetalinger
fund-paid-on = Utbetalt dato
fund-amount = Beløp
fund-reference = Referanse i regnskapet
fund-spending = Rapportert forbruk
fund-period = Periode
fund-period-start = Fra og med
fund-period-end = Til og med
fund-purpose = Hva pengene gikk til
fund-purpose-hint = For eksempel lønn til prosjektleder eller kurs for ansatte. Teksten leses av sekretariatet og forskerne som følger forsøket.
fund-reported-by = Rapportert av
fund-allocate-heading = Tildel midler
fund-allocate = Tildel
fund-remaining-of = { $remaining } av { $total } er igjen i ordningens budsjett.
fund-budget-link = Se budsjettet
fund-amount-hint = Skriv beløpet slik du pleier, for eksempel 1 250 000 eller 1 250 000,50.
fund-optional = Kan stå tomt.
fund-award-date-hint = Datoen vedtaket om tildeling ble gjort. Tildelingen regnes mot budsjettet for dette året.
fund-no-budget-to-allocate = Ordningen har ikke noe budsjett å tildele fra.
fund-pay-heading = Registrer en utbetaling
fund-undisbursed = Ikke utbetalt ennå: { $amount }.
fund-pay-grant = Tildelingen som betales ut
fund-left = { $amount } igjen
fund-pay = Registrer utbetalingen
fund-spend-heading = Rapporter forbruk
fund-spend = Send rapporten om forbruk
fund-page-link = Alt om midlene til forsøket
fund-refused = Det som ble sendt, ble ikke lagret. Se meldingen ved feltet.
fund-back-to-trial = Tilbake til forsøket
fund-back-to-scheme = Tilbake til ordningen
fund-budget-title = Budsjett for stimuleringsmidler
fund-budget-total = Budsjett i alt
fund-budget-allocated = Tildelt
fund-budget-remaining = Igjen
fund-budget-planned = Budsjett
fund-budget-by-year = Fordelt på år
fund-budget-years-hint = Kan stå tomt. Fordeler du på år, må årene til sammen bli budsjettet i alt, og en tildeling regnes mot året den ble gjort.
fund-year = År
fund-grants-by-trial = Tildelinger per forsøk
fund-trial = Forsøk
fund-ungranted = Forsøk uten tildeling
fund-budget-change = Endre budsjettet
fund-budget-set = Sett et budsjett
fund-currency = Valuta
fund-budget-save = Lagre budsjettet
fund-budget-remove = Ordningen gir ingen midler
fund-error-budget-exceeded = Tildelingen på { $requested } er mer enn de { $remaining } som er igjen. Budsjett: { $total }, allerede tildelt: { $allocated }.
fund-error-budget-exceeded-year = Tildelingen på { $requested } er mer enn de { $remaining } som er igjen for { $year }. Budsjett for året: { $total }, allerede tildelt: { $allocated }.
fund-error-payment-exceeds-award = Utbetalingen på { $requested } er mer enn de { $remaining } som er igjen av tildelingen. Tildelt: { $awarded }, utbetalt: { $disbursed }.
fund-error-below-allocated = Budsjettet på { $total } er mindre enn de { $allocated } som allerede er tildelt.
fund-error-years-do-not-add-up = Årene blir til sammen { $years_sum }, ikke budsjettet i alt på { $total }.
fund-error-year-not-planned = Budsjettet har ingen midler for { $year }. Velg en dato i et år budsjettet har, eller fordel budsjettet på flere år.
fund-error-year-twice = Året { $year } står to ganger.
fund-error-no-budget = Denne ordningen gir ingen stimuleringsmidler, så ingenting kan tildeles.
fund-error-no-allocation = Forsøket har ikke fått tildelt midler, så det er ikke noe forbruk å rapportere.
fund-error-currency-fixed = Valutaen kan ikke endres når det er tildelt midler.
fund-amount-empty = Skriv et beløp.
fund-amount-not_a_number = Dette er ikke et beløp. Skriv det for eksempel slik: 1 250 000,50.
fund-amount-wrong_currency = Beløpet er i en annen valuta enn budsjettet.
fund-amount-negative = Beløpet kan ikke være negativt.
fund-amount-zero = Beløpet må være mer enn null.
fund-amount-too_many_decimals = Beløpet har flere desimaler enn valutaen. Skriv øre med to sifre, for eksempel 1 250,50.
fund-amount-too_large = Beløpet er for stort.
fund-amount-ambiguous = Beløpet kan leses på to måter. Skriv tusen som 1000 eller 1 000, og øre med komma: 1 000,50.
field-award-date = Tildelt dato
field-planned-start = Planlagt start
field-planned-end = Planlagt slutt
field-paid-on = Utbetalt dato
field-purpose = Hva pengene gikk til
field-allocation-id = Tildeling
error-no_budget = Denne ordningen gir ingen stimuleringsmidler.
error-no_allocation = Forsøket har ikke fått tildelt midler.
error-budget_exceeded = Tildelingen er større enn det som er igjen av budsjettet.
error-payment_exceeds_award = Utbetalingen er større enn det som er igjen av tildelingen.
error-budget_below_allocated = Budsjettet er mindre enn det som allerede er tildelt.
error-budget_years_do_not_add_up = Årene blir ikke til sammen budsjettet i alt.
error-budget_year_not_planned = Budsjettet har ingen midler for { $year }.
error-budget_year_twice = Et år står to ganger.
error-budget_currency_fixed = Valutaen kan ikke endres når det er tildelt midler.
error-amount_invalid = Beløpet kan ikke leses.
error-amount_ambiguous = Beløpet kan leses på to måter.
journal-action-scheme-budget-set = satte budsjettet for stimuleringsmidler
journal-action-trial-funds-allocated = tildelte stimuleringsmidler til forsøket
journal-action-trial-payment-recorded = registrerte en utbetaling til forsøket
journal-action-trial-spending-reported = rapporterte forbruk av midlene

## --- Status reports and milestones (issue 13, item 3: reports slice, prefix report-) ---
report-heading = Statusrapporter
report-not-verified-since = Status ikke bekreftet siden { $date }: en statusrapport er forsinket.
report-overdue-flag = En statusrapport er forsinket.
report-next-due = Neste rapport skal leveres { $date }
report-write = Skriv rapporten
report-open = Åpne rapporten
report-none = Ingen statusrapporter ennå.
report-label-period = Periode
report-label-due_date = Frist
report-label-status = Status
report-kind-periodic = Statusrapport
report-kind-final = Sluttrapport
report-status-draft = Ikke levert
report-status-submitted = Levert
report-status-returned = Sendt tilbake for retting
report-status-accepted = Godkjent
report-schedule-link = Ordningens rapporteringsplan
report-schedule-title = Rapporteringsplan
report-schedule-intro = Hvor ofte ordningens forsøk rapporterer, når sluttrapporten skal leveres, og når det sendes påminnelser. Rapporter som alt er opprettet, beholder sine datoer.
report-schedule-saved = Rapporteringsplanen er lagret.
report-schedule-save = Lagre planen
report-label-every_months = Måneder mellom statusrapportene
report-label-final_after_days = Dager etter slutt før sluttrapporten
report-label-grace_days = Dager en forsinket rapport kan vente før den offentlige siden viser det
report-label-remind_before_days = Påminnelse, dager før fristen
report-label-remind_after_days = Påminnelse, dager etter fristen
report-hint-every_months = Fra dagen forsøket starter: 6 betyr en rapport hvert halvår (1 til 24).
report-hint-final_after_days = For eksempel 90 (0 til 365).
report-hint-grace_days = Deretter viser forsøkets offentlige side «status ikke bekreftet siden» (0 til 365).
report-hint-remind_before_days = 0 sender ingen påminnelse før (0 til 90).
report-hint-remind_after_days = 0 sender ingen påminnelse etter (0 til 90).
report-done-saved = Rapporten er lagret. Den sendes ikke før du leverer den.
report-done-submitted = Rapporten er levert til sekretariatet.
report-done-accepted = Rapporten er godkjent.
report-done-returned = Rapporten er sendt tilbake til forsøket med kommentaren din.
report-overdue = Forsinket
report-submitted-at = Levert
report-decided-at = Sist behandlet
report-returned-with = Sekretariatet sendte rapporten tilbake:
report-label-progress = Framdrift i perioden
report-hint-progress = Hva som ble gjort, hva som endret seg for innbyggere og ansatte, og hvor forsøket står nå.
report-milestones = Milepæler
report-hint-milestones = Forsøkets milepæler og hvordan hver av dem står. La en rad stå tom for ikke å legge til noe.
report-row-milestones = Milepæl
report-label-title = Tittel
report-label-note = Merknad
report-milestone-scheduled = Planlagt
report-milestone-met = Nådd
report-milestone-not_met = Ikke nådd
report-milestone-partially_met = Delvis nådd
report-exemptions = Unntak som er brukt
report-hint-exemptions = For hvert innvilget unntak: ble det brukt i perioden, og hvor mange ganger?
report-row-exemptions_used = Unntak
report-label-exemption = Unntak
report-label-used = Brukt i perioden
report-label-count = Antall ganger brukt
report-events = Hendelser som gjelder rettssikkerhet
report-hint-events = Klager, innbyggere som har reservert seg mot forsøket, hendelser. Ikke skriv navn: beskrivelsen blir hos sekretariatet.
report-row-events = Hendelse
report-label-kind = Type
report-event-complaint = Klage
report-event-opt_out = Innbygger reserverte seg
report-event-incident = Hendelse
report-event-other = Annet
report-label-date = Dato
report-label-people = Antall personer eller saker
report-label-description = Hva som skjedde
report-label-handling = Hvordan det ble håndtert
report-label-problems = Problemer
report-hint-problems = Hva som gikk galt eller står i veien.
report-documents-note = Legg ved dokumenter til rapporten under forsøkets dokumenter.
report-save = Lagre utkast
report-submit = Lever rapporten
report-submit-hint = Når rapporten er levert, kan den ikke endres med mindre sekretariatet sender den tilbake.
report-empty = Ingenting skrevet.
report-used-yes = brukt
report-used-no = ikke brukt
report-used-times = { $count } ganger
report-no-events = Ingen hendelser som gjelder rettssikkerhet er rapportert.
report-events-private = Beskrivelsene av hendelsene blir hos sekretariatet.
report-decide = Godkjenn eller send tilbake
report-accept = Godkjenn rapporten
report-label-comment = Kommentar til forsøket
report-hint-comment = Trengs for å sende rapporten tilbake: si hva som skal rettes.
report-return = Send tilbake for retting
report-back = Tilbake til forsøket
report-invalid-value = { $field } kan ikke leses: sjekk verdien.
report-label-comment-required = Kommentar
report-dashboard-heading = Forsinkede statusrapporter
report-dashboard-due = frist { $date }
report-dashboard-returned = sendt tilbake for retting (frist { $date }) — se kommentaren
report-actuals-heading = Indikatorverdier i denne perioden
report-actuals-empty = Ingen indikator har en periode som slutter i rapportens periode.
report-actuals-indicator = Indikator
report-actuals-period = Periode
report-actuals-value = Verdi
report-actuals-none = ikke rapportert ennå
report-actuals-breakdown = rapportert per kategori
report-actuals-link = Rapporter indikatorverdiene på indikatorsiden
report-notify-due-title = Statusrapport med frist { $due }: { $case }
report-notify-due-body = Statusrapporten for forsøket «{ $title }» ({ $case }) skal leveres { $due }.
report-notify-overdue-title = Statusrapport forsinket: { $case }
report-notify-overdue-body = Statusrapporten for forsøket «{ $title }» ({ $case }) skulle vært levert { $due } og er ikke levert.
report-notify-submitted-title = Statusrapport levert: { $case }
report-notify-submitted-body = En statusrapport for forsøket «{ $title }» ({ $case }) er levert og venter på å bli godkjent eller sendt tilbake.
report-notify-returned-title = Statusrapport sendt tilbake: { $case }
report-notify-returned-body = Sekretariatet sendte statusrapporten for forsøket «{ $title }» ({ $case }) tilbake for retting: { $comment }
error-report_not_editable = Rapporten er levert og kan ikke lenger endres.
error-report_wrong_status = Rapporten er endret i mellomtiden; last inn siden på nytt.
error-return_comment_required = Skriv en kommentar om hva som skal rettes.
error-trial_not_started = Forsøket har ikke startet og skal ikke levere rapporter ennå.

## --- Lokale forskrifter og forsøkets start (sak 13, punkt 1: livsløp, prefiks regulation-) ---
regulation-section-heading = Lokale forskrifter
regulation-section-hint = Hver deltaker vedtar sin egen lokale forskrift. Forsøket starter når forskriften til hver deltaker har trådt i kraft.
regulation-section-hint-approval = Hver deltaker vedtar sin egen lokale forskrift, og sekretariatet godkjenner den. Forsøket starter når forskriften til hver deltaker har trådt i kraft.
regulation-ready-from = Alle forskriftene er i kraft: forsøket starter { $date }.
regulation-waiting = { $count ->
    [one] Forsøket starter når én forskrift til er i kraft.
   *[other] Forsøket starter når { $count } forskrifter til er i kraft.
}
regulation-participant = Deltaker
regulation-standing = Status
regulation-standing-awaiting_adoption = Venter på vedtak
regulation-standing-awaiting_approval = Vedtatt, venter på godkjenning
regulation-standing-in_force = I kraft fra { $date }
regulation-standing-in_force_from = Trer i kraft { $date }
regulation-adopted-on = Vedtaksdato
regulation-in-force-from = I kraft fra
regulation-page-title = Lokal forskrift
regulation-done-saved = Utkastet er lagret.
regulation-done-adopted = Vedtaket er registrert.
regulation-done-approved = Forskriften er godkjent.
regulation-kind = Type forskrift
regulation-approval = Godkjenning fra sekretariatet
regulation-approval-required = Kreves i denne ordningen
regulation-approval-not-required = Kreves ikke i denne ordningen
regulation-body = Vedtatt av
regulation-reference = Saksnummer eller møtebokreferanse
regulation-approved-at = Godkjent
regulation-text-heading = Teksten
regulation-print = Skriv ut teksten
regulation-draft-hint = Frirum har skrevet dette utkastet ut fra vedtaket. Juster det før kommunestyret vedtar det; når vedtaket er registrert, ligger teksten fast.
regulation-text-label = Forskriftens tekst
regulation-text-hint = Ren tekst. Sett hver paragraf på en egen linje, for eksempel «§ 1 Formål».
regulation-text-save = Lagre utkastet
regulation-text-not-public = Teksten blir offentlig når kommunestyret har vedtatt den.
regulation-not-drafted = Ikke noe utkast ennå. Det skrives når deltakeren eller sekretariatet åpner denne siden.
regulation-adoption-heading = Registrer vedtaket
regulation-adoption-hint = Når kommunestyret har vedtatt forskriften, registrerer du når, av hvem og fra hvilken dag den gjelder.
regulation-adopted-on-hint = Dagen for møtet. Den kan ikke ligge fram i tid.
regulation-body-hint = Organet som vedtok den, for eksempel kommunestyret eller fylkestinget.
regulation-reference-hint = Saksnummeret eller punktet i møteboka, for eksempel «PS 24/12».
regulation-in-force-from-hint = Første dag forskriften gjelder. Ikke før vedtaket; den kan ligge fram i tid.
regulation-adoption-save = Registrer vedtaket
regulation-document-hint = Du kan legge ved den vedtatte forskriften som fil (velg typen «Vedtatt forskrift»).
regulation-document-link = Last opp dokumentet
regulation-approval-heading = Godkjenn forskriften
regulation-approval-hint = Kontroller at den vedtatte teksten stemmer med vedtaket. Når du godkjenner den, kan forsøket starte den dagen forskriften trer i kraft.
regulation-approve = Godkjenn forskriften
regulation-back = Tilbake til forsøket
regulation-print-draft = Utkast: ikke vedtatt ennå.
regulation-required = Fyll ut dette feltet.
regulation-settings-title = Lokale forskrifter
regulation-settings-intro = Bestem om sekretariatet skal godkjenne de lokale forskriftene deltakerne vedtar, før forsøkene kan starte.
regulation-settings-saved = Innstillingen er lagret.
regulation-settings-default = Ordningen følger landets vanlige regel: norske forsøksforskrifter godkjennes av departementet; danske og svenske er kommunestyrets alene.
regulation-settings-requires = Sekretariatet godkjenner vedtatte forskrifter
regulation-settings-requires-hint = Er dette krysset av, starter et forsøk først når sekretariatet har godkjent forskriften til hver deltaker.
regulation-settings-save = Lagre innstillingen
regulation-settings-trials = Forsøkene i ordningen
regulation-body-no = Kommunestyret
regulation-body-dk = Kommunalbestyrelsen
regulation-body-se = Kommunfullmäktige
regulation-home-adoption = Forskrifter som skal vedtas
regulation-home-adoption-hint = Disse forsøkene starter når kommunestyret har vedtatt den lokale forskriften og du har registrert vedtaket.
regulation-home-approval = Forskrifter som skal godkjennes
regulation-home-approval-hint = Vedtatte lokale forskrifter som venter på din godkjenning.
error-adoption_in_future = Vedtaksdatoen ({ $adopted_on }) ligger fram i tid. Registrer vedtaket etter møtet.
error-in_force_before_adoption = Forskriften kan ikke tre i kraft ({ $in_force_from }) før den er vedtatt ({ $adopted_on }).
error-regulation_text_fixed = Forskriften er vedtatt, så teksten kan ikke endres lenger.
error-regulation_not_adopted = Forskriften er ikke vedtatt ennå.
error-regulation_already_approved = Forskriften er allerede godkjent.
error-regulation_approval_not_required = Denne ordningen krever ikke at sekretariatet godkjenner forskrifter.
error-trial_ended = Forsøket er avsluttet.
error-not_a_participant = Organisasjonen deltar ikke i dette forsøket.

## --- Change requests, public history, extension and the legal-basis clock (issue 13, items 4 and 5: changes slice, prefix change-) ---
change-heading = Endringer i forsøket
change-clock-heading = Det rettslige grunnlaget trenger oppmerksomhet
change-clock-ends-soon = Det rettslige grunnlaget for unntaket fra { $reference } opphører { $date }, innen seks måneder.
change-clock-evaluation-after = Sluttevalueringen skal leveres { $due }, etter at det rettslige grunnlaget opphører { $end }.
change-limit = Forsøket kan forlenges til senest { $date }
change-basis-six_years = seks år i alt fra godkjent start (forsøksloven)
change-basis-one_extension = én forlengelse på inntil to år (forsøksloven)
change-basis-extension_used = den ene forlengelsen loven tillater, er brukt
change-basis-scheme_maximum = ordningens lengste periode
change-basis-amending_act = forlenget ved endringslov
change-open = Søknader som venter på avgjørelse
change-open-none = Ingen endringssøknader venter.
change-closed = Avslåtte og trukne søknader
change-kind-extend_period = Forlenge perioden
change-kind-shorten_period = Forkorte perioden
change-kind-add_participant = Legge til en deltaker
change-kind-remove_participant = Ta ut en deltaker
change-kind-change_objectives = Endre mål eller indikatorer
change-kind-change_exemptions = Endre unntakene
change-kind-put_on_hold = Sette forsøket på pause
change-kind-end_early = Avslutte forsøket før tiden
change-kind-hint-extend_period = Velg forsøkets nye siste dag. Den må ligge innenfor grensen som står over.
change-kind-hint-shorten_period = Velg forsøkets nye siste dag. Den kan ikke ligge tilbake i tid.
change-kind-hint-add_participant = Oppgi organisasjonen som blir med i forsøket. Den må vedta sin egen forsøksforskrift.
change-kind-hint-remove_participant = Velg organisasjonen som går ut av forsøket.
change-kind-hint-change_objectives = Endre ordlyd eller tall, eller legg til og fjern mål. Bare ny ordlyd med de samme tallene er en mindre endring.
change-kind-hint-change_exemptions = Sekretariatet gjør en ny juridisk gjennomgang av en endring av unntakene før den godkjennes.
change-kind-hint-put_on_hold = Forsøket står stille til sekretariatet lar det fortsette. Skriv hvorfor.
change-kind-hint-end_early = Forsøket slutter før planlagt slutt. Skriv hvorfor: begrunnelsen blir offentlig.
change-class = Type endring
change-class-major = Vesentlig endring
change-class-minor = Mindre endring
change-class-hint-major = (avgjøres av sekretariatet)
change-class-hint-minor = (registreres straks)
change-status-submitted = Venter på avgjørelse
change-status-approved = Godkjent
change-status-rejected = Avslått
change-status-withdrawn = Trukket
change-submitted = Søkt
change-decided = Avgjort
change-request = Søk om en endring
change-history-hint = Godkjente endringer vises i forsøkets offentlige historikk med verdiene før og etter.
change-new-title = Søk om en endring
change-current = Forsøket nå
change-kind-choose = Hva vil dere endre?
change-kind-continue = Gå videre
change-new-end = Ny siste dag
change-current-end = Forsøket slutter nå { $date }.
change-organisation-code = Organisasjonsnummer i registeret
change-organisation-code-hint = Nummeret til en kommune eller et fylke i { $country }, for eksempel 3101.
change-registry-link = Finn det i registeret
change-participant-leaves = Hvilken organisasjon går ut?
change-objectives-hint = La indikatoren stå tom for å fjerne et mål. Den siste raden legger til et nytt.
change-objective-n = Mål { $n }
change-exemptions-hint = Fjern haken for å gi opp et unntak. Før opp siste dag for det rettslige grunnlaget hvis en lov avslutter eller forlenger det.
change-exemption-keep = Behold dette unntaket
change-exemption-wording = Hva unntaket tillater
change-legal-basis-hint = La stå tom hvis det gjelder så lenge forsøket varer.
change-end-on = Forsøkets siste dag
change-reason = Hvorfor trengs endringen?
change-reason-hint = Må fylles ut. Når endringen er godkjent, er begrunnelsen offentlig i forsøkets historikk.
change-record-now = Registrer endringen nå, uten egen avgjørelse (sekretariatet)
change-send = Send søknaden
change-cancel = Avbryt
change-screening = Juridisk gjennomgang
change-screened = Gjennomgått: ingen konflikt med loven
change-screening-note = Merknad til den juridiske gjennomgangen
change-applied = Gjennomført som
change-values = Hva som endres
change-values-hint = Verdiene før er slik de var da det ble søkt. Vedtaket om hva som opprinnelig ble godkjent, står uendret.
change-decide = Avgjør søknaden
change-outcome = Avgjørelse
change-approve = Godkjenn og gjennomfør endringen
change-reject = Avslå søknaden
change-decision-reason = Begrunnelse for avgjørelsen
change-decision-reason-hint = Må fylles ut ved avslag. Vises til deltakerne.
change-decide-save = Lagre avgjørelsen
change-withdraw = Trekk søknaden
change-back = Tilbake til forsøket
change-error-beyond-limit = Forsøket kan ikke forlenges ut over { $limit }. Velg den dagen eller en tidligere.
error-extension_beyond_limit = Forsøket kan ikke forlenges ut over { $limit }.
error-screening_required = Bekreft den juridiske gjennomgangen (ingen konflikt med loven) og skriv en merknad før du godkjenner en endring av unntakene.
error-change_not_open = Søknaden er allerede avgjort eller trukket.
error-not_an_extension = Den nye siste dagen må være etter den nåværende ({ $current_end }).
error-not_a_shortening = Den nye siste dagen må være før den nåværende ({ $current_end }).
error-end_in_the_past = Den nye siste dagen kan ikke være før { $earliest }.
error-already_participant = Organisasjonen deltar allerede i forsøket.
error-not_participant = Organisasjonen deltar ikke i forsøket.
error-last_participant = Et forsøk må ha minst én deltaker.
error-nothing_changed = Søknaden endrer ingenting. Endre minst én verdi.
change-history-frozen = Hver endring er en ny, datert versjon. Vedtaket om hva som ble godkjent, står slik det ble godkjent.
change-line-joined = { $name } ble med i forsøket
change-line-left = { $name } gikk ut av forsøket
change-line-with-trial = så lenge forsøket varer
change-line-exemption-added = Unntak lagt til: { $reference }
change-line-exemption-removed = Unntak gitt opp: { $reference }
change-line-exemption-basis = { $reference }: rettslig grunnlag til { $after } (før: { $before })
change-line-exemption-wording = { $reference }: det unntaket tillater, er omformulert
change-line-objective-added = Mål lagt til: { $objective }
change-line-objective-removed = Mål fjernet: { $objective }
change-line-objective-changed = Mål endret: { $before } → { $after }
change-notify-submitted-title = Endringssøknad til avgjørelse: { $case }
change-notify-submitted-body = Forsøket «{ $title }» ({ $case }) søker om en endring: { $change }. Den venter på din avgjørelse.
change-notify-approved-title = Endring godkjent: { $case }
change-notify-approved-body = Endringen «{ $change }» i forsøket «{ $title }» ({ $case }) er godkjent og er nå med i forsøkets historikk. { $reason }
change-notify-rejected-title = Endring avslått: { $case }
change-notify-rejected-body = Endringen «{ $change }» i forsøket «{ $title }» ({ $case }) er avslått. Sekretariatets begrunnelse: { $reason }

## Dashboards: what waits in the trials (review fixes)
dashboard-trials-heading = Forsøk: dette venter på dere
dashboard-trials-changes = { $count ->
    [one] endringssøknad som skal avgjøres
   *[other] endringssøknader som skal avgjøres
}
dashboard-trials-reports = { $count ->
    [one] statusrapport sendt inn og venter på godkjenning
   *[other] statusrapporter sendt inn og venter på godkjenning
}
dashboard-trials-values = { $count ->
    [one] indikatorverdi som venter på gjennomgang
   *[other] indikatorverdier som venter på gjennomgang
}
dashboard-trials-regulations = { $count ->
    [one] lokal forskrift som venter på godkjenning
   *[other] lokale forskrifter som venter på godkjenning
}
dashboard-trials-overdue = { $count ->
    [one] statusrapport på overtid
   *[other] statusrapporter på overtid
}
dashboard-trials-clock = { $count ->
    [one] forsøk der lovgrunnlaget går ut innen seks måneder eller trenger oppfølging
   *[other] forsøk der lovgrunnlaget går ut innen seks måneder eller trenger oppfølging
}
dashboard-trials-never-started = { $count ->
    [one] planlagt forsøk der perioden er over uten at det har startet
   *[other] planlagte forsøk der perioden er over uten at de har startet
}
dashboard-researcher-waiting-total = verdier venter på din gjennomgang i forsøkene du følger
dashboard-researcher-waiting = { $count ->
    [one] Én verdi venter på din gjennomgang
   *[other] { $count } verdier venter på din gjennomgang
}
dashboard-researcher-waiting-none = Ingenting venter på din gjennomgang.
dashboard-my-trials = Mine forsøk
dashboard-my-trials-regulation = Kommunestyret har ennå ikke vedtatt den lokale forskriften
dashboard-my-trials-reports-due = { $count ->
    [one] Én statusrapport skal skrives
   *[other] { $count } statusrapporter skal skrives
}
dashboard-my-trials-reports-returned = { $count ->
    [one] Én statusrapport sendt tilbake for retting
   *[other] { $count } statusrapporter sendt tilbake for retting
}
dashboard-my-trials-values-returned = { $count ->
    [one] Én verdi sendt tilbake for retting
   *[other] { $count } verdier sendt tilbake for retting
}
dashboard-my-trials-nothing = Ingenting venter på dere i dette forsøket.
dashboard-my-trials-all = Alle forsøkene til organisasjonen deres

## Funds: spending above the award needs confirming (review fixes)
fund-error-spending-exceeds-award = Forbruket på { $requested } gjør at samlet forbruk blir { $total_spent }, mer enn de tildelte { $awarded }. Sjekk beløpet; er det riktig, kryss av for å bekrefte det og send på nytt.
fund-confirm-amount = Jeg bekrefter beløpet, selv om forbruket da blir større enn tildelingen
fund-confirm-amount-hint = Kryss bare av hvis beløpet er riktig. Sekretariatet ser når forbruket overstiger tildelingen.
fund-overspent = Det rapporterte forbruket er større enn beløpet som er tildelt. Gå gjennom forbruksrapportene med deltakerne.
error-spending_exceeds_award_unconfirmed = Forbruket overstiger tildelingen og er ikke bekreftet.

## Documents: confirm before making public, notice after upload (review fixes)
document-uploaded-notice = «{ $title }» er lastet opp.
document-confirm-public = Jeg forstår at dokumentet blir offentlig for alle
document-confirm-public-required = Kryss av for å bekrefte at dokumentet blir offentlig for alle, og trykk «Gjør offentlig» på nytt.

## issue 14: dossier and adoption
journal-action-application-adopted = startet søknaden fra en annen kommunes forsøk
error-trial_not_adoptable = Bare et forsøk som pågår eller er avsluttet, kan tas opp av en annen kommune.
error-own_trial = Organisasjonen din deltar i dette forsøket. Start heller en ny søknad.
error-no_open_round = Ingen søknadsrunde som organisasjonen din kan søke i, er åpen nå.
adoption-heading = Tatt opp av andre kommuner
adoption-none = Ingen annen kommune har startet en søknad fra dette forsøket ennå.
adoption-start = Start en søknad fra dette forsøket
adoption-page-title = Start en søknad fra et forsøk
adoption-explained = Du får et utkast der forsøkets innvilgede unntak, mål og indikatorer er fylt inn. Du kan endre alt før du sender inn.
adoption-no-round = Ingen søknadsrunde er åpen nå i en ordning organisasjonen din kan søke i. Prøv igjen når en ny runde åpner.
adoption-back = Tilbake til forsøket
adoption-round = Hvilken runde vil du søke i?
adoption-create = Opprett utkastet
adoption-from = Startet fra forsøket
dossier-heading = Erfaringer fra forsøk
dossier-empty = Ingen søknad har søkt unntak fra denne bestemmelsen ennå.
dossier-requests = Søknader
dossier-requested-count = Innsendte søknader som søkte unntak: { $count }
dossier-desired = Regelen søkerne ønsket i stedet:
dossier-trials = Forsøk med unntak fra denne bestemmelsen
dossier-no-trials = Ingen forsøk har fått unntak fra denne bestemmelsen.
dossier-granted-count = Innvilget som søkt: { $count }.
dossier-narrowed-count = Innvilget i snevrere form: { $count }.
dossier-trial = Forsøk
dossier-period = Periode
dossier-granted = Unntak
dossier-used = Brukt
dossier-outcome = Utfall
dossier-narrowed = snevret inn
dossier-used-reports = { $count ->
    [one] i én rapport
   *[other] i { $count } rapporter
}
dossier-used-times = { $count } ganger
dossier-pending = venter på avgjørelse
dossier-provision-pending = Alle forsøkene er avsluttet, og det mangler fortsatt en avgjørelse om hva som skjer med regelen.
dossier-indicators = Resultater for indikatorene
dossier-indicator = Indikator
dossier-baseline = Utgangspunkt
dossier-target = Mål
dossier-latest = Siste verdi
dossier-findings = Funn i evalueringene
dossier-no-findings = Ingen publisert evaluering har funn om denne bestemmelsen ennå.
dossier-recommendations = Anbefalinger
dossier-adoptions = Tatt opp av andre kommuner
dossier-timeline = Tidslinje
dossier-event-requested = Unntak søkt
dossier-event-started = Forsøket startet
dossier-event-ended = Forsøket ble avsluttet
dossier-event-evaluation = Evaluering publisert
dossier-event-outcome = Utfall registrert
dossier-event-adopted = Søknad startet fra forsøket
dossier-strength-strong = Sterkt belegg
dossier-strength-moderate = Middels belegg
dossier-strength-weak = Svakt belegg
dossier-strength-inconclusive = Uavklart
dossier-recommendation-make_general = Gjør det til generell regel
dossier-recommendation-make_general_with_changes = Gjør det til generell regel med endringer
dossier-recommendation-continue_trying = Prøv videre
dossier-recommendation-drop = Avslutt
dossier-outcome-spread_fully = Spredt fullt ut
dossier-outcome-spread_partly = Spredt delvis
dossier-outcome-not_spread = Ikke spredt
dossier-outcome-stopped_or_never_started = Stanset eller aldri startet
dossier-outcome-followed_up_elsewhere = Fulgt opp på annen måte
dossier-outcome-made_permanent = Gjort varig ved lovendring
dossier-outcome-continued_until_reform = Videreført til en reform
dossier-outcome-ended = Avsluttet
proposal-open = Forslag til regelendring
proposal-title = Forslag til regelendring
proposal-language = Språket i forslaget
proposal-pdf = Last ned som PDF
proposal-back = Tilbake til bestemmelsen
proposal-to = Til
proposal-ministry-unknown = Departementet som har ansvaret for loven
proposal-intro = Kommuner har prøvd ut et unntak fra denne bestemmelsen. Forslaget oppsummerer hva de søkte om, hva forsøkene viste og hva evalueringene anbefaler, som grunnlag for å endre regelen.
proposal-current-text = Bestemmelsen slik den lyder i dag
proposal-evidence = Hva forsøkene viste

## issue 14: research plans
plan-heading = Forskningsplaner
plan-none = Ingen forskningsplan er registrert ennå.
plan-about = En registrert plan er offentlig og låst: senere endringer blir nye versjoner med en begrunnelse, vist side om side.
plan-new = Ny forskningsplan
plan-edit = Rediger utkastet
plan-amend = Endre planen
plan-register = Registrer planen
plan-status-draft = Utkast
plan-status-registered-version = Registrert, versjon { $version }
plan-draft-hint = bare sekretariatet og de tildelte forskerne ser det
plan-registered-on = registrert
plan-design-before_after = Før og etter
plan-design-comparison_group = Sammenligningsgruppe
plan-design-randomised = Randomisert
plan-design-difference_in_differences = Forskjell i forskjeller
plan-design-mixed_methods = Blandede metoder
plan-design-qualitative_case_study = Kvalitativ casestudie
plan-design-other = Annet design
plan-field-title = Tittel
plan-field-questions = Forskningsspørsmål
plan-field-design = Design
plan-field-indicators = Forsøkets indikatorer som brukes
plan-field-other_data = Andre data som brukes
plan-field-analysis = Planlagt analyse
plan-field-embargo = Resultatene holdes tilbake til
plan-no-indicators = Ingen av forsøkets indikatorer
plan-no-embargo = Ingen embargo
plan-embargo-until = Resultater etter denne planen publiseres ikke før { $date }.
plan-embargo-lifted = Embargoen gikk ut { $date }: resultatene kan publiseres.
plan-version-n = Versjon { $version }
plan-versions = Versjoner
plan-versions-frozen = Hver versjon er bevart slik den ble registrert.
plan-registered = registrert
plan-amended = endret
plan-reason = Begrunnelse for endringen
plan-reason-hint = Påkrevd: si hva som er endret og hvorfor. Begrunnelsen vises sammen med den nye versjonen.
plan-amend-hint = Denne planen er registrert. Endringene dine blir en ny versjon med begrunnelsen du gir; de tidligere versjonene er fortsatt synlige.
plan-amend-save = Lagre som ny versjon
plan-save-draft = Lagre utkastet
plan-cancel = Avbryt
plan-questions-hint = Ett spørsmål per linje.
plan-other-data-hint = Registre, spørreundersøkelser, intervjuer og andre kilder i tillegg til forsøkets indikatorer.
plan-embargo-hint = Valgfritt. Fram til denne dagen publiseres ikke resultater etter planen.
plan-trial-has-no-indicators = Forsøket har ingen indikatorer ennå.
plan-register-warning = Når planen registreres, låses den: den blir offentlig med dagens dato som versjon 1, og kan senere bare endres med en begrunnet endring.
plan-register-confirm = Jeg forstår at registreringen låser planen
plan-compare = Sammenlign versjoner
plan-compare-a = Tidligere versjon
plan-compare-b = Senere versjon
plan-compare-show = Vis side om side
plan-compare-field = Felt
plan-compare-changed = Endret
plan-compare-same = De to versjonene er like.
plan-compare-none = Det finnes bare én versjon å vise.
plan-changed = endret
plan-back = Tilbake
plan-back-to-plan = Tilbake til planen
plan-joint-heading = Felles forskningsplaner
plan-joint-about = Planer for å evaluere ordningen som helhet.
plan-joint-link = Se de felles forskningsplanene
field-questions = Forskningsspørsmål
field-analysis = Planlagt analyse
field-other-data = Andre data som brukes
field-embargo-until = Resultatene holdes tilbake til
field-design = Design
field-indicator-ids = Indikatorer
error-plan_reason_required = Oppgi en begrunnelse for endringen: en registrert plan endres bare med en begrunnet endring.
error-plan_unchanged = Endringen endrer ingenting i planen.
error-plan_registered = Planen er registrert (versjon { $version }) og kan ikke lenger redigeres som utkast. Endre den med en begrunnelse i stedet.
error-plan_not_registered = Planen er fortsatt et utkast: rediger den, eller registrer den.
error-plan_register_unconfirmed = Bekreft at du forstår at registreringen låser planen.
error-plan_unknown_indicator = Velg bare forsøkets egne indikatorer.
plan-notify-registered-title = Forskningsplan registrert: { $plan }
plan-notify-registered-body = Forskningsplanen «{ $plan }» for { $place } er registrert som versjon 1. Den er nå offentlig.
plan-notify-amended-title = Forskningsplan endret: { $plan }
plan-notify-amended-body = Forskningsplanen «{ $plan }» for { $place } er endret (versjon { $version }). Begrunnelse: { $reason }
journal-action-research-plan-created = Forskningsplan påbegynt
journal-action-research-plan-saved = Utkast til forskningsplan lagret
journal-action-research-plan-registered = Forskningsplan registrert
journal-action-research-plan-amended = Forskningsplan endret

## issue 14: generalisation outcomes and the scheme's results page
outcome-category-spread_fully = Spredt fullt ut
outcome-category-spread_partly = Spredt delvis
outcome-category-not_spread = Ikke spredt
outcome-category-stopped_or_never_started = Stoppet eller ikke satt i gang
outcome-category-followed_up_elsewhere = Fulgt opp på annen måte
outcome-category-made_permanent = Gjort permanent ved lovendring
outcome-category-continued_until_reform = Videreført til en permanent ordning er på plass
outcome-category-ended = Avsluttet, regelen uendret
outcome-class-changed_for_all = Regelen endret for alle
outcome-class-changed_in_part = Regelen endret delvis
outcome-class-continued_or_followed_up = Videreført eller fulgt opp
outcome-class-not_changed = Regelen ikke endret
outcome-class-stopped_or_never_started = Stoppet eller ikke satt i gang
outcome-notify-title = Utfall registrert for { $case }
outcome-notify-body = Sekretariatet har registrert hva som ble av unntaket «{ $exemption }» i forsøket { $case } «{ $title }»: { $category }.
outcome-heading = Videreføring
outcome-hint = Registrer for hvert innvilget unntak hva som ble av det etter forsøket. Et nytt utfall sletter ikke de tidligere; det siste gjelder.
outcome-after-end = Hva som ble av hvert unntak, registreres når forsøket er avsluttet.
outcome-exemption = Unntak
outcome-category = Utfall
outcome-reasons = Begrunnelse
outcome-resulting = Lovforslag eller lov som fulgte
outcome-resulting-hint = Skriv den slik den siteres, for eksempel «lov nr. 1546 af 27. december 2019», «LOV-2023-06-16-62» eller «SFS 2022:1234». En henvisning Frirum ikke finner i lovkatalogen, lagres slik den er skrevet og merkes for sekretariatet.
outcome-not-resolved = Ikke funnet i lovkatalogen
outcome-in-force = I kraft fra
outcome-evaluations = Evalueringer det bygger på
outcome-evaluation-joint = felles evaluering av ordningen
outcome-recorded = Registrert
outcome-history = Tidligere utfall
outcome-counts = gjelder
outcome-none = Ikke noe utfall registrert ennå.
outcome-record-heading = Registrer et utfall
outcome-record = Registrer utfall
outcome-page-link = Alle utfall for dette forsøket
outcome-no-exemptions = Forsøket fikk ingen unntak.
outcome-back = Tilbake til forsøket
results-title = Resultater
results-about = Forsøk etter status, hva som ble av unntakene, unntak per lov og kunnskapsgrunnlaget per tema, som diagrammer med tabeller.
results-link = Se resultatene for ordningen
results-summary-trials = { $count ->
    [one] { $number } forsøk.
   *[other] { $number } forsøk.
 }
results-summary-outcomes = { $count ->
    [one] { $number } unntak har et utfall.
   *[other] { $number } unntak har et utfall.
 }
results-public-only = Kunnskapsgrunnlaget teller bare evalueringer som er offentliggjort.
results-contents = På denne siden
results-latest = Utfall for hvert unntak
results-pending = Bestemmelser som venter på et utfall
results-pending-about = Alle forsøk med unntak fra disse bestemmelsene er avsluttet, og det er ikke registrert noe utfall for noen av dem.
results-pending-none = Ingen bestemmelse venter på et utfall.
results-flagged = Utfall som må sjekkes
results-flagged-about = Loven som fulgte av disse utfallene, ble ikke funnet i lovkatalogen. Den er lagret slik den er skrevet; sjekk henvisningen eller importer loven.
results-flagged-none = Alle lover som fulgte, ble funnet i lovkatalogen.
results-legend = Tegnforklaring
results-chart-order = Søylene følger radene i tabellen under, i samme rekkefølge.
results-csv-download = Last ned dataene som CSV
results-outcomes-by-class = Utfall i klasser som går på tvers av landene
results-trial = Forsøk
results-back = Tilbake til ordningen
results-trials-link = Forsøkene i ordningen
results-trials-by-status = Forsøk etter status
results-outcomes-by-category = Utfall etter kategori
results-exemptions-per-act = Innvilgede unntak per lov
results-evidence-per-theme = Kunnskapsgrunnlag per tema
results-no-trials = Ordningen har ingen forsøk ennå.
results-no-outcomes = Det er ikke registrert noe utfall ennå.
results-no-exemptions = Det er ikke innvilget noen unntak ennå.
results-no-evidence = Ingen funn fra evalueringer ennå.
results-act-none = Ikke knyttet til lovkatalogen
results-theme-none = Uten tema
results-csv-status = Status
results-csv-trials = Forsøk
results-csv-category = Utfall
results-csv-common-class = Felles klasse
results-csv-exemptions = Unntak
results-csv-act = Lov
results-csv-theme = Tema
results-strength-strong = Sterkt grunnlag
results-strength-moderate = Middels grunnlag
results-strength-weak = Svakt grunnlag
results-strength-inconclusive = Ikke entydig
error-outcome_trial_not_ended = Forsøket er ikke avsluttet ennå. Hva som ble av et unntak, registreres etter at forsøket er avsluttet.
error-outcome_exemption_not_granted = Forsøket fikk ikke dette unntaket.
error-outcome_category_not_offered = Velg et av utfallene som ordningens land bruker.
error-outcome_evaluation_unknown = Velg evalueringer av dette forsøket eller av ordningen.
field-category = Utfall
field-resulting-citation = Lovforslag eller lov som fulgte
field-in-force = I kraft fra
field-evaluation-ids = Evalueringer
field-exemption = Unntak
journal-field-resolved = Funnet i lovkatalogen
journal-action-trial-outcome-recorded = registrerte hva som ble av et unntak

## issue 14: research teams
research-teams-title = Forskningsmiljøer
research-teams-lead = Forskere hører til et forskningsmiljø, et universitet eller et institutt. Tildel dem et forsøk, et tema i en ordning (et nettverk av forsøk) eller en hel ordning (følgeevalueringen) fra siden til forsøket eller ordningen.
research-teams-none = Ingen forskningsmiljøer er lagt inn ennå.
research-team-empty = Ingen hører til dette miljøet ennå.
research-unaffiliated = Forskere uten forskningsmiljø
research-member-heading = Knytt en forsker til et forskningsmiljø
research-organisation = Forskningsmiljø
research-no-organisation = Ikke noe forskningsmiljø
research-member-save = Lagre tilknytningen
research-organisation-new = Legg til et forskningsmiljø
research-organisation-name = Navnet på universitetet eller instituttet
research-organisation-website = Nettsted (valgfritt)
research-organisation-create = Legg til forskningsmiljøet
research-teams-next = Gå til ordningene for å tildele forskere
research-section = Forskning
research-section-lead = Forskerne som følger forsøkene i ordningen: hele ordningen (følgeevalueringen), hvert tema (et nettverk av forsøk) eller enkeltforsøk. Tildelte forskere leser alt om forsøkene sine og godkjenner verdiene som rapporteres.
research-whole-scheme = Hele ordningen (følgeevaluering)
research-none-assigned = Ingen er tildelt.
research-theme = Tema
research-single-trials = Forskere på enkeltforsøk
research-no-researchers = Det finnes ingen forskerkonto å tildele ennå.
research-assign-to = Tildel til
research-assign = Tildel forskeren
research-back-to-scheme = Tilbake til ordningen
research-via-trial = Tildelt dette forsøket
research-via-theme = Gjennom temaet
research-via-scheme = Gjennom hele ordningen
research-via-change = Endre på siden til ordningen
research-scope-trial = et forsøk
research-scope-theme = et tema
research-scope-scheme = hele ordningen
research-notify-assigned-title = Du er tildelt forskning
research-notify-assigned-trial-body = Du følger nå forsøket «{ $name }» i { $scheme }. Du kan lese alt om forsøket og godkjenne verdiene det rapporterer.
research-notify-assigned-theme-body = Du følger nå alle forsøkene i temaet «{ $name }» i { $scheme }.
research-notify-assigned-scheme-body = Du følger nå alle forsøkene i { $scheme } for følgeevalueringen.
error-not_a_researcher = Bare forskere kan tildeles forskning eller høre til et forskningsmiljø. Velg en forskers konto.
error-theme_not_in_scheme = Temaet hører ikke til denne ordningen.
error-research_organisation_exists = Et forskningsmiljø med dette navnet finnes allerede i dette landet.
journal-action-trial-researcher-assigned = tildelte forsøket en forsker
journal-action-trial-researcher-unassigned = fjernet en forsker fra forsøket
journal-action-scheme-researcher-assigned = tildelte en forsker til forskningen i ordningen
journal-action-scheme-researcher-unassigned = fjernet en forsker fra forskningen i ordningen
journal-field-user-id = Forsker
journal-field-scope = Tildelt
dashboard-research-heading = Forskningen din
dashboard-research-organisation = Du hører til { $name }.
dashboard-research-no-organisation = Du hører ikke til noe forskningsmiljø ennå; sekretariatet legger deg til.
dashboard-research-drafts = Forskningen din i utkast
dashboard-research-plans-draft = Forskningsplaner i utkast
dashboard-research-evaluations-draft = Evalueringer i utkast
dashboard-research-none-draft = Ingenting i utkast.

## issue 14: evaluations
evaluation-heading = Evalueringer
evaluation-new = Ny evaluering
evaluation-none = Ingen evalueringer ennå.
evaluation-kind-process = Prosessevaluering
evaluation-kind-results = Resultatevaluering
evaluation-kind-transferability = Evaluering av overførbarhet
evaluation-status-draft = Utkast
evaluation-status-published = Publisert
evaluation-embargoed-until = Under embargo til { $date }
evaluation-joint = Samlet evaluering av ordningen
evaluation-joint-heading = Samlede evalueringer
evaluation-joint-about = En samlet evaluering ser på tvers av alle forsøkene i ordningen, etter tema og etter bestemmelse.
evaluation-scheme-link = Samlede evalueringer av ordningen
evaluation-back = Tilbake
evaluation-edit = Rediger evalueringen
evaluation-field-kind = Type evaluering
evaluation-field-title = Tittel
evaluation-field-summary = Sammendrag
evaluation-summary-hint = Hva evalueringen fant, i noen få avsnitt. La en tom linje stå mellom avsnittene.
evaluation-summary-empty = Det er ikke skrevet noe sammendrag ennå.
evaluation-field-plan = Forskningsplan
evaluation-no-plan = Ikke under en registrert plan
evaluation-field-embargo = Resultatene er under embargo til
evaluation-embargo-hint = Valgfritt. Fram til denne datoen ser allmennheten bare at evalueringen finnes. Uten egen dato følger evalueringen planens embargo.
evaluation-save = Lagre
evaluation-cancel = Avbryt
evaluation-draft-hint = Dette er et utkast: bare sekretariatet og de tilknyttede forskerne kan se det.
evaluation-findings = Funn
evaluation-findings-none = Ingen funn ennå.
evaluation-finding-add = Legg til et funn
evaluation-finding-edit = Rediger funn
evaluation-finding-remove = Fjern funn
evaluation-finding-n = Funn { $number }
evaluation-finding-text = Hva som ble funnet
evaluation-finding-strength = Hvor sterkt kunnskapsgrunnlaget er
evaluation-finding-exemptions = Unntak det gjelder
evaluation-finding-indicators = Indikatorer det gjelder
evaluation-finding-save = Lagre funnet
evaluation-no-exemptions = Det ble ikke gitt unntak.
evaluation-no-indicators = Forsøket har ingen indikatorer.
evaluation-strength-strong = Sterkt
evaluation-strength-moderate = Middels
evaluation-strength-weak = Svakt
evaluation-strength-inconclusive = Uavklart
evaluation-recommendations = Anbefalinger
evaluation-recommendations-none = Ingen anbefalinger ennå.
evaluation-recommendations-edit = Rediger anbefalingene
evaluation-recommendations-hint = For hvert unntak som er gitt: hva evalueringen anbefaler, og hvorfor. La feltet stå tomt hvis evalueringen ikke tar stilling.
evaluation-recommendations-save = Lagre anbefalingene
evaluation-recommendation = Anbefaling
evaluation-recommendation-none = Ingen anbefaling
evaluation-recommendation-make_general = Gjør det til den alminnelige regelen
evaluation-recommendation-make_general_with_changes = Gjør det til den alminnelige regelen, med endringer
evaluation-recommendation-continue_trying = Fortsett forsøket
evaluation-recommendation-drop = Gå bort fra det
evaluation-reasons = Begrunnelse
evaluation-joint-summary = På tvers av forsøkene
evaluation-by-theme = Etter tema
evaluation-by-provision = Etter bestemmelse
evaluation-report = Hele rapporten
evaluation-report-none = Ingen rapport er lagt ved ennå.
evaluation-report-file = Rapportfil (PDF, Word eller OpenDocument)
evaluation-report-title = Rapportens tittel
evaluation-report-upload = Legg ved rapporten
evaluation-publish = Publiser
evaluation-publish-warning = Når evalueringen publiseres, låses den: sammendrag, funn og anbefalinger kan ikke lenger endres. Feil som oppdages senere, føres som rettelser ved siden av.
evaluation-publish-embargo = Evalueringen er under embargo til { $date }. Fram til da ser allmennheten bare at den finnes, og når den blir publisert.
evaluation-publish-counts = { $findings ->
    [one] Den har ett funn.
   *[other] Den har { $findings } funn.
}
evaluation-publish-confirm = Jeg forstår at evalueringen låses når den publiseres.
evaluation-announced = En evaluering er publisert og blir åpen for alle { $date }.
evaluation-embargo-insiders = Under embargo: fram til { $date } ser allmennheten bare at evalueringen finnes.
evaluation-corrections = Rettelser
evaluation-frozen = En publisert evaluering endres ikke. Rettelser føres her med dato.
evaluation-correction-note = Hva som rettes
evaluation-correction-record = Før rettelsen
evaluation-drafts = Evalueringer under arbeid
evaluation-notify-published-title = Evaluering publisert: { $title }
evaluation-notify-published-body = { $kind } «{ $title }» av { $case } { $name } er publisert.
error-finding_exemption_not_granted = Et funn kan bare gjelde unntak forsøket har fått.
error-finding_indicator_unknown = Et funn kan bare gjelde forsøkets egne indikatorer.
error-recommendation_exemption_not_granted = En anbefaling kan bare gjelde unntak forsøket har fått.
error-recommendation_twice = Gi hvert unntak én anbefaling.
error-evaluation_plan_unknown = Velg en registrert forskningsplan for det samme forsøket eller den samme ordningen.
error-evaluation_without_findings = Legg til minst ett funn før evalueringen publiseres.
error-publish_unconfirmed = Bekreft at du forstår at evalueringen låses når den publiseres.
error-evaluation_published = Evalueringen er publisert og kan ikke lenger endres. Før heller en rettelse.
error-evaluation_not_published = Et utkast redigeres direkte; rettelser føres når det er publisert.
error-evaluation_stale = Noen andre har lagret evalueringen i mellomtiden. Last inn siden på nytt og prøv igjen.
journal-action-evaluation-created = Evaluering påbegynt
journal-action-evaluation-updated = Utkast til evaluering lagret
journal-action-evaluation-published = Evaluering publisert
journal-action-evaluation-corrected = Rettelse ført på en evaluering
journal-action-evaluation-document-added = Rapport lagt ved en evaluering
journal-field-note = Rettelse
journal-field-file-name = Fil
journal-field-sha256 = Kontrollsum (SHA-256)

## issue 14: generalisation outcomes and the scheme's results page (fixes)
error-outcome_already_recorded = Det ble registrert et utfall for dette unntaket etter at skjemaet ble åpnet, kanskje fordi det ble sendt to ganger. Det står ovenfor; send skjemaet igjen bare for å registrere et nytt.
dashboard-outcomes-heading = Utfall som må følges opp
dashboard-outcomes-flagged = { $count ->
    [one] lov som fulgte, men som ikke finnes i lovkatalogen
   *[other] lover som fulgte, men som ikke finnes i lovkatalogen
 }
dashboard-outcomes-pending = { $count ->
    [one] bestemmelse som venter på et utfall
   *[other] bestemmelser som venter på et utfall
 }

## issue 14: dossier and adoption (fixes)
proposal-language-note = Knappene og menyene på siden blir stående på ditt språk; bare teksten i forslaget skifter.
proposal-written-in = Forslaget er skrevet på { $language }, språket i forsøkenes ordning.
proposal-summary = Sammendrag
proposal-summary-intro = Kommuner har prøvd ut et unntak fra { $provision } i forsøk godkjent etter en forsøksordning. Vi foreslår at regelen endres i lys av det forsøkene og evalueringene av dem har vist.
proposal-summary-requests = { $count ->
    [one] Én innsendt søknad søkte om unntaket.
   *[other] { $count } innsendte søknader søkte om unntaket.
}
proposal-summary-trials = { $count ->
    [0] Ingen forsøk har fått det ennå.
    [one] Ett forsøk fikk det.
   *[other] { $count } forsøk fikk det.
}
proposal-summary-findings = { $count ->
    [0] Evalueringene har ingen funn om det ennå.
    [one] Evalueringene har ett funn om det.
   *[other] Evalueringene har { $count } funn om det.
}
proposal-summary-recommendations = { $count ->
    [0] De gir ingen anbefaling ennå.
    [one] De gir én anbefaling.
   *[other] De gir { $count } anbefalinger.
}
proposal-recommended = Evalueringene anbefaler
proposal-decided = Besluttet så langt
proposal-asked = Hva forsøkene søkte om
proposal-asked-none = Søknadene beskrev ikke hvilken regel de ønsket i stedet.
proposal-no-recommendations = Ingen publisert evaluering gir ennå en anbefaling om denne bestemmelsen.
proposal-outcomes = Hva som er besluttet
proposal-no-outcomes = Det er ennå ikke besluttet noe om regelen.
proposal-wording = Forslag til ny ordlyd
proposal-wording-intro = Vi foreslår at { $provision } får den ordlyden søkerne ba om:
proposal-wording-none = Søkerne foreslo ingen ordlyd; departementet bes formulere en i lys av funnene ovenfor.

## issue 14: research plans and evaluations (fixes)
error-embargo_in_the_past = Embargodatoen kan ikke ligge før dagens dato. Velg i dag eller en senere dag, eller la feltet stå tomt.

## issue 14: research teams (fixes)
dashboard-researcher-waiting-count = { $count ->
    [one] Én verdi venter på din gjennomgang i forsøkene du følger
   *[other] { $count } verdier venter på din gjennomgang i forsøkene du følger
}
research-researchers-heading = Forskerne og forskningsmiljøene deres
research-member-current = Hører til: { $organisation }
research-member-current-none = Hører ikke til noe forskningsmiljø
research-member-choose-for = Forskningsmiljø for { $name }
research-member-choose = Velg et forskningsmiljø
research-member-remove = Ta ut av { $organisation }
research-member-remove-confirm = { $name } hører da ikke lenger til { $organisation }. Forskerens tilknytninger til forsøk og ordninger endres ikke.
research-member-remove-yes = Ja, ta { $name } ut av { $organisation }
research-member-confirm-needed = Bekreft at forskeren skal tas ut av forskningsmiljøet sitt. Ingenting ble endret.
research-organisation-website-invalid = Skriv den fulle adressen til nettstedet, slik at den begynner med https://, for eksempel https://www.ntnu.no.
research-unassign = Fjern { $name }
research-unassign-confirm = { $name } mister tilgangen til forsøkene tilknytningen ga, med mindre forskeren er tilknyttet på en annen måte.
research-unassign-yes = Ja, fjern { $name }
research-single-trials-hint = Åpne et forsøk for å fjerne en forsker fra akkurat det forsøket.
research-organisation-edit = Rett navn eller nettsted
research-organisation-save = Lagre endringene
research-organisation-delete = Slett forskningsmiljøet
research-organisation-delete-confirm = Forskningsmiljøet slettes. Det kan bare slettes når ingen hører til det.
research-organisation-delete-yes = Ja, slett { $name }
error-research_organisation_not_empty = Det hører fortsatt forskere til forskningsmiljøet. Ta dem ut av det før du sletter det.

## Journal cases of the policy lab, networks and partners
journal-case-barrier = Hinder
journal-case-investigation = Utredning
journal-case-network = Nettverk
journal-case-partner = Partner

## issue 15: testbeds — partners, demands and public values
testbed-register-title = Partnerregister
testbed-register-lead = Selskaper, universiteter, konsulenter og foreninger som arbeider med kommuner i forsøk, med organisasjonsnummeret sitt.
testbed-search = Søk på navn eller organisasjonsnummer
testbed-search-button = Søk
testbed-none = Fant ingen partnere.
testbed-register-new = Registrer en partner
testbed-existing = { $name } er allerede registrert med dette nummeret.
testbed-existing-open = Åpne { $name }
testbed-existing-use = Bruk den i forsøket
testbed-field-name = Partner
testbed-field-kind = Type
testbed-field-national-id = Organisasjonsnummer
testbed-field-national-id-hint = Norsk organisasjonsnummer (9 sifre), svensk organisationsnummer (NNNNNN-NNNN) eller dansk CVR-nummer (8 sifre). Mellomrom og bindestrek går fint. La feltet stå tomt for et enkeltpersonforetak.
testbed-field-website = Nettsted
testbed-register-button = Registrer partner
testbed-next-trials = Gå til forsøkene
testbed-no-national-id = Ikke oppgitt
testbed-partner-trials = Forsøk den deltar i
testbed-partner-no-trials = Den deltar ikke i noe forsøk du kan se.
testbed-agreement = Avtale
testbed-back-register = Tilbake til partnerregisteret
testbed-trial-title = Partnere, krav og offentlige verdier
testbed-trial-lead = Partnerne kommunen arbeider med i forsøket, hva den krever av hver enkelt, og hvilke offentlige verdier den verner. Hver statusrapport går gjennom alle.
testbed-trial-back = Tilbake til forsøket
testbed-trial-none = Ingen partnere er lagt til i forsøket ennå.
testbed-trial-open = Partnere, krav og avtaler
testbed-items-none = Ingen krav eller offentlige verdier ennå.
testbed-items-count = { $count ->
    [one] { $number } krav eller verdi
   *[other] { $number } krav og verdier
 }
testbed-history-caption = Vurderinger av { $item } per rapport
testbed-history-period = Rapportperiode
testbed-history-verdict = Vurdering
testbed-note = Merknad
testbed-agreements = Avtaler
testbed-agreements-none = Ingen avtale vedlagt.
testbed-item-add = Legg til et krav eller en offentlig verdi for { $name }
testbed-item-kind = Krav eller verdi
testbed-demands = Krav
testbed-item-text = Hva som kreves
testbed-demand-add = Legg til krav
testbed-value-kind = Offentlig verdi
testbed-value-add = Legg til offentlig verdi
testbed-agreement-add = Legg ved en avtale med { $name }
testbed-agreement-title = Tittel
testbed-agreement-file = Fil (PDF eller kontordokument)
testbed-agreement-upload = Legg ved avtale
testbed-suggestions = Partnere nevnt i søknaden
testbed-suggestions-lead = Den innvilgede søknaden nevner disse partnerne. Legg dem til fra registeret, eller registrer dem først.
testbed-suggestion-add = Legg { $name } til forsøket
testbed-suggestion-register = Registrer { $name }
testbed-add = Legg til en partner fra registeret
testbed-add-partner = Partner
testbed-add-choose = Velg en partner
testbed-add-role = Rolle i forsøket
testbed-add-button = Legg til partner
testbed-at-risk = Krav og verdier i faresonen etter siste rapport
testbed-review-heading = Partnernes krav og offentlige verdier
testbed-review-hint = Vurder hvert krav og hver offentlige verdi for perioden. Et krav eller en verdi i faresonen eller som er brutt, trenger en merknad om hvorfor. Rapporten kan ikke sendes inn uten en vurdering av hver.
testbed-breach-open = Åpne bruddet
testbed-breach-title = Brudd hos partner
testbed-breach-acknowledged = Bruddet er kvittert ut og venter ikke lenger på oversikten.
testbed-breach-trial = Forsøk
testbed-breach-report = Rapport
testbed-breach-acknowledge = Kvitter ut bruddet
testbed-breach-ack-note = Hva sekretariatet gjør med det
testbed-breach-ack-hint = Merknaden lagres i partnerens journal.
testbed-back-dashboard = Tilbake til oversikten
testbed-breaches-heading = Brudd hos partnere
testbed-demand-data_access = Tilgang til data
testbed-demand-open_standards = Åpne standarder
testbed-demand-ownership_of_results = Eierskap til resultater
testbed-demand-exit = Uttreden og overlevering ved slutten
testbed-demand-confidentiality = Taushetsplikt
testbed-demand-other = Annet krav
testbed-value-inclusion = Inkludering
testbed-value-transparency = Åpenhet
testbed-value-professional_ethics = Profesjonsetikk
testbed-value-privacy = Personvern
testbed-value-equal_treatment = Likebehandling
testbed-value-other = Annen offentlig verdi
testbed-verdict-kept = Overholdt
testbed-verdict-at_risk = I faresonen
testbed-verdict-breached = Brutt
testbed-notify-breach-title = Brudd hos partner meldt: { $case }
testbed-notify-breach-body = En statusrapport for forsøket «{ $title }» ({ $case }) markerer et krav eller en offentlig verdi som brutt: { $breaches }. Kvitter det ut på oversikten din.
error-identifier_format = Organisasjonsnummeret skal ha { $digits } sifre; bare sifre, mellomrom og bindestrek kan skrives.
error-identifier_check_digit = Kontrollsifferet i organisasjonsnummeret stemmer ikke med de andre sifrene. Se etter en skrivefeil.
error-identifier_personal_number = Dette er et personnummer (et enkeltpersonforetaks). La organisasjonsnummeret stå tomt i stedet.
error-partner_exists = En partner med dette organisasjonsnummeret er allerede registrert.
error-partner_already_in_trial = Partneren deltar allerede i forsøket.
error-partner_verdict_required = Vurder hvert krav og hver offentlige verdi før rapporten sendes inn.
error-partner_note_required = Et krav eller en verdi i faresonen eller som er brutt, trenger en merknad om hvorfor.
error-breach_already_acknowledged = Bruddet er allerede kvittert ut.

## issue 15: networks, guidance, the learning log and learning questions
network-list-title = Nettverk
network-list-lead = Tematiske nettverk av forsøk og kommuner: en koordinator, referansegrupper, sekretariatets veiledning og en læringslogg.
network-list-none = Det finnes ingen nettverk ennå.
network-coordinated-by = koordinert av { $name }
network-new = Nytt nettverk
network-create = Opprett nettverket
network-back-to-list = Tilbake til alle nettverk
network-back-to-network = Tilbake til nettverket
network-back-to-trial = Tilbake til forsøket
network-members-hint = Én medlemsorganisasjon per linje, slik registeret skriver navnet (for eksempel Tromsø kommune).
network-label-scheme-id = Ordning
network-label-name = Navn
network-label-purpose = Formål
network-label-coordinator-email = Koordinatorens e-postadresse
network-label-members = Medlemsorganisasjoner
network-label-group = Referansegruppe
network-label-role-title = Rolle eller tittel
network-label-organisation = Organisasjon
network-label-title = Tittel
network-label-body = Tekst
network-label-reason = Hvorfor den endres
network-label-question = Spørsmålet ditt
network-label-questions = Læringsspørsmål, ett per linje
network-label-tried = Hva vi prøvde
network-label-learned = Hva vi lærte
network-label-differently = Hva vi ville gjort annerledes
network-label-provision-citation = En annen bestemmelse, ved henvisning
network-label-body-reply = Svar
network-error-provision-citation = Ingen bestemmelse i lovkatalogen passer til henvisningen. Skriv den slik jurister gjør, for eksempel barnehageloven § 8.
network-error-members = En organisasjon finnes ikke i registeret for ordningens land. Skriv navnet slik registeret gjør.
network-error-coordinator-email = Ingen konto har denne e-postadressen.
network-error-scheme-id = Velg en ordning.
network-error-group = Velg en referansegruppe.
network-purpose = Formål
network-people = Koordinator, medlemmer og forsøk
network-coordinator-is = Koordinator: { $name }
network-coordinator-none = Nettverket har ingen koordinator ennå.
network-members = Medlemsorganisasjoner
network-members-none = Ingen medlemsorganisasjoner ennå.
network-trials = Forsøk i nettverket
network-trials-none = Ingen forsøk i nettverket ennå.
network-reference = Referansegrupper
network-group-political = Politisk referansegruppe
network-group-administrative = Administrativ referansegruppe
network-reference-none = Ingen medlemmer ennå.
network-reference-add = Legg til et medlem i en referansegruppe
network-reference-remove = Fjern { $name }
network-reference-remove-confirm = Ta { $name } ut av referansegruppen? Journalen viser at de var med.
network-reference-remove-yes = Ja, fjern { $name }
network-guidance = Veiledning
network-guidance-lead = Råd og veiledning underveis fra sekretariatet: artikler og besvarte spørsmål. Hver endring lagres som en ny versjon.
network-guidance-none = Ingen veiledning ennå.
network-guidance-for-scheme = for alle nettverk i ordningen
network-question = Spørsmål til sekretariatet
network-question-answered = Svarer på spørsmålet
network-question-waiting = Venter på svar fra sekretariatet
network-asked-by = spurt av { $name }
network-ask = Spør sekretariatet
network-ask-send = Send spørsmålet
network-article-new = Ny artikkel
network-article-for-scheme = For alle nettverk i ordningen
network-article-publish = Publiser artikkelen
network-version = Versjon { $version }
network-version-reason = Hvorfor den ble endret
network-versions = Alle versjoner
network-what-changed = Hva som ble endret fra versjonen før
network-diff-added = Lagt til
network-diff-removed = Fjernet
network-guidance-edit = Endre teksten
network-guidance-edit-lead = Endringen blir en ny versjon; de tidligere versjonene kan fortsatt leses.
network-guidance-save = Lagre som ny versjon
network-guidance-saved = Lagret som ny versjon.
network-answer = Svar på spørsmålet
network-answer-public = Publiser svaret for alle, ikke bare nettverket
network-answer-send = Send svaret
network-log = Læringslogg
network-log-rules = Medlemmene skriver hva de prøvde, hva de lærte og hva de ville gjort annerledes. Et innlegg er privat for nettverket til forfatteren publiserer det; etter publisering kan det ikke endres.
network-log-none = Ingen innlegg ennå.
network-private = Privat for nettverket
network-published-on = Publisert { $date }
network-tags = Merket
network-publish = Publiser
network-publish-hint = Publisert blir innlegget offentlig på nettverkets side og på sidene til forsøkene det er merket med, og det kan ikke lenger endres.
network-replies = Svar
network-reply-to = Svar på «{ $title }»
network-reply = Svar
network-hide-reply = Skjul svaret
network-hide-reply-confirm = Skjule dette svaret i loggen? Journalen viser at det ble skjult.
network-hide-reply-yes = Ja, skjul svaret
network-hide-entry = Skjul innlegget
network-hide-entry-confirm = Skjule dette innlegget i loggen og på alle sider det vises? Journalen viser at det ble skjult og hvorfor.
network-hide-entry-yes = Ja, skjul innlegget
network-entry-new = Nytt innlegg i læringsloggen
network-entry-save = Lagre innlegget (privat for nettverket)
network-tag-trials = Forsøk det gjelder
network-tag-indicators = Indikatorer det gjelder
network-tag-provisions = Bestemmelser det gjelder
network-citation-hint = Skriv bestemmelsen slik jurister henviser til den; Frirum finner den i lovkatalogen.
network-sign-in-to-write = Logg inn som medlem av nettverket for å skrive i loggen.
network-done-created = Nettverket er opprettet.
network-done-entry = Innlegget er lagret. Det er privat for nettverket til du publiserer det.
network-done-published = Innlegget er publisert.
network-done-reply = Svaret ditt er lagret, og forfatteren av innlegget har fått beskjed.
network-done-hidden = Skjult i loggen.
network-done-reference = Referansegruppen er oppdatert.
network-done-question = Spørsmålet ditt er sendt til sekretariatet.
network-done-guidance = Artikkelen er publisert.
network-done-members = Medlemmene er oppdatert.
network-notify-reply-title = { $name } svarte på innlegget ditt
network-notify-reply-body = { $name } svarte på «{ $title }» i læringsloggen til { $network }.
network-trial-heading = Læring fra nettverket
network-trial-none = Ingen publiserte innlegg i læringsloggen gjelder dette forsøket ennå.
network-trial-networks = Nettverk forsøket er med i
network-all = Alle nettverk
network-questions-title = Læringsspørsmål
network-questions-lead = Hva forsøket vil lære, som spørsmål hver statusrapport og sluttrapporten svarer på.
network-learning-goals = Læringsmålene i søknaden
network-questions-current = Spørsmålene
network-questions-none = Forsøket har ingen læringsspørsmål ennå.
network-questions-suggested = Foreslått fra læringsmålene, én setning per linje: del, slå sammen eller omformuler før du lagrer.
network-questions-hint = Ett spørsmål per linje. De kan endres til forsøket sender sin første rapport.
network-questions-save = Lagre spørsmålene
network-questions-saved = Læringsspørsmålene er lagret.
network-questions-fixed = Spørsmålene ligger fast: forsøket har sendt en rapport som svarer på dem.
network-questions-edit = Endre læringsspørsmålene
network-questions-open = Læringsspørsmålene og læringsmålene
network-report-heading = Læringsspørsmål
network-report-lead = Hva forsøket så langt har lært om hvert av spørsmålene.
network-report-lead-final = Sluttrapporten svarer på alle læringsspørsmålene.
network-report-unanswered = Ikke besvart i denne rapporten.
error-learning_answer_required = Svar på læringsspørsmålet «{ $question }» før sluttrapporten sendes.
error-learning_questions_fixed = Læringsspørsmålene ligger fast når forsøket har sendt en rapport.
error-entry_already_published = Innlegget er allerede publisert.
error-question_already_answered = Spørsmålet er allerede besvart; endre svaret som en ny versjon.
error-not_in_network = Du kan bare merke med nettverkets forsøk, deres indikatorer og bestemmelser i lovkatalogen.

## barriers: policylaboratoriets hinderregister
barrier-register-title = Hinderregister
barrier-register-lead = Hinder som står i veien for gode løsninger, meldt med egne ord av dem som møter dem. Policylaboratoriet ser på hvert av dem: er det loven, en veileder, et IT-system, finansieringen eller vane?
barrier-report-action = Meld et hinder
barrier-register-all = Alle hinder
barrier-register-mine = Mine hinder
barrier-register-list = Hinder
barrier-register-none = Ingen hinder passer.
barrier-queue-heading = Meldt, venter på laboratoriet
barrier-from-public = fra det åpne skjemaet
barrier-filter-label = Filtrer hindrene
barrier-filter-text = Ord
barrier-filter-any = Alle
barrier-filter-apply = Filtrer
barrier-field-status = Status
barrier-field-root-cause = Grunnårsak
barrier-field-group = Berører
barrier-supporters-count = { $count ->
    [one] én person møter dette også
   *[other] { $count } personer møter dette også
}
barrier-status-reported = Meldt
barrier-status-under_analysis = Under analyse
barrier-status-not_legal_obstacle = Ikke et rettslig hinder
barrier-status-confirmed = Bekreftet
barrier-status-experiment_proposed = Forsøk foreslått
barrier-status-rule_change_proposed = Regelendring foreslått
barrier-status-resolved = Løst
barrier-status-closed = Lukket
barrier-status-merged = Slått sammen
barrier-cause-law = En lov
barrier-cause-regulation = En forskrift
barrier-cause-guidance_or_interpretation = En veileder eller hvordan en regel leses
barrier-cause-practice_and_culture = Praksis og kultur
barrier-cause-it_systems_and_data = IT-systemer og datadeling
barrier-cause-funding_and_incentives = Finansiering og insentiver
barrier-cause-organisation = Hvordan arbeidet er organisert
barrier-group-young_people_outside_work = Unge utenfor arbeid og utdanning
barrier-group-older_people = Eldre
barrier-group-children_and_families = Barn og familier
barrier-group-people_with_disabilities = Personer med funksjonsnedsettelse
barrier-group-immigrants = Innvandrere og flyktninger
barrier-group-unemployed = Arbeidsledige
barrier-group-patients = Pasienter og brukere av helsetjenester
barrier-group-businesses_and_volunteers = Næringsliv og frivillige organisasjoner
barrier-group-municipal_staff = Kommunens ansatte
barrier-group-other = Andre
barrier-link-proposal = Temaforslag
barrier-link-scheme = Ordning
barrier-link-application = Søknad
barrier-new-title = Meld et hinder
barrier-new-lead = Fortell med egne ord hva dere vil gjøre og hva som stopper dere. Dere trenger ikke vite hvilken regel det er. Sjekk først om andre har meldt det samme.
barrier-public-title = Meld et hinder til { $scheme }
barrier-public-lead = Fortell policylaboratoriet hva du vil gjøre og hva som stopper deg. Laboratoriet leser meldingen først, og den publiseres bare etter at laboratoriet har sett på den.
barrier-public-privacy = Navn og kontaktinformasjon er frivillig og ses bare av policylaboratoriet.
barrier-field-title = En kort tittel
barrier-field-wants-to-do = Hva vil dere gjøre?
barrier-field-obstacle = Hva stopper dere?
barrier-field-consequences = Hva koster det, og for hvem?
barrier-field-groups = Hvem berører det?
barrier-field-country = Hvilket lands regler gjelder det?
barrier-field-name = Navnet ditt (frivillig)
barrier-field-contact = E-post eller telefon (frivillig)
barrier-check-action = Se etter lignende hinder
barrier-submit-action = Meld hinderet
barrier-similar-heading = Lignende hinder som allerede er meldt
barrier-similar-lead = Er ett av disse hinderet deres, støtt det i stedet: da ser laboratoriet hvor mange som møter det.
barrier-similar-none = Ingen lignende hinder er meldt.
barrier-similar-share = { $percent } % av ordene felles
barrier-support-instead = Støtt dette i stedet
barrier-suggested-heading = Bestemmelser som kan ligge bak
barrier-suggested-lead = Regelfinneren foreslår disse bestemmelsene for teksten. Kryss av dem dere mener gjelder; laboratoriet sjekker dem.
barrier-suggested-none = Regelfinneren fant ingen bestemmelse for teksten.
barrier-public-thanks-title = Takk for meldingen
barrier-public-thanks = Policylaboratoriet har mottatt meldingen og vil se på den.
barrier-public-back = Tilbake til ordningen
barrier-reported-notice = Takk: hinderet er meldt, og policylaboratoriet har fått beskjed.
barrier-reported-at = meldt { $moment }
barrier-restricted = ikke offentlig
barrier-merged-into = Dette hinderet er slått sammen med et annet, der det følges opp:
barrier-what-heading = Hinderet
barrier-root-causes = Grunnårsaker
barrier-field-guidance = Laboratoriets veiledning
barrier-field-reason = Hvorfor det er lukket
barrier-field-ministry = Departement
barrier-field-ministry-response = Departementets svar
barrier-experiment = Forsøk
barrier-field-experiment-kind = Knyttet til
barrier-field-experiment-id = Nummeret
barrier-provisions-heading = Bestemmelser
barrier-provisions-none = Ingen bestemmelse er knyttet til ennå.
barrier-provision-confirmed = bekreftet av laboratoriet
barrier-provision-suggested = foreslått
barrier-field-citation = Knytt til en bestemmelse ved å sitere den
barrier-citation-hint = Slik jurister skriver det, for eksempel «barnehageloven § 8».
barrier-link-action = Knytt til bestemmelsen
barrier-support-heading = Møter dere dette også?
barrier-support-action = Vi møter dette også
barrier-you-support = Du støtter dette hinderet.
barrier-withdraw-action = Trekk støtten
barrier-lab-heading = Policylaboratoriet
barrier-journal-link = Hinderets journal
barrier-public-sender = Sendt av
barrier-supporters-heading = Hvem som også møter det
barrier-confirm-provisions = Bekreftede bestemmelser
barrier-field-restricted = Ikke offentlig (det navngir en person eller gjelder sikkerhet)
barrier-triage-save = Lagre vurderingen
barrier-status-heading = Endre status
barrier-field-new-status = Ny status
barrier-status-needs = «Ikke et rettslig hinder» krever veiledning, «Lukket» en begrunnelse, «Forsøk foreslått» en kobling, «Regelendring foreslått» departementet; bekreftelse krever en grunnårsak.
barrier-field-note = Merknad til den offentlige historikken (frivillig)
barrier-status-save = Endre status
barrier-merge-heading = Slå sammen med et annet hinder
barrier-field-merge-into = Nummeret på hinderet som tar det inn
barrier-merge-action = Slå sammen …
barrier-merge-title = Slå sammen hindrene?
barrier-merge-confirm = «{ $source }» slås sammen med «{ $target }». Den som meldte det og de som støtter det, støtter da «{ $target }», og bestemmelser og grupper følger med. Dette kan ikke angres.
barrier-merge-yes = Ja, slå sammen
barrier-merge-cancel = Nei, gå tilbake
barrier-history-heading = Historikk
barrier-back = Tilbake til hinderregisteret
barrier-dashboard-waiting = { $count ->
    [one] Ett hinder venter på laboratoriets vurdering
   *[other] { $count } hinder venter på laboratoriets vurdering
}
barrier-public-setting = Ta imot meldinger om hinder fra allmennheten (moderert av laboratoriet)
barrier-public-setting-save = Lagre
barrier-public-link = Meld et hinder
barrier-notify-reported-title = Nytt hinder meldt
barrier-notify-reported-body = «{ $title }» er meldt og venter på laboratoriets vurdering.
barrier-notify-status-title = Et hinder du følger, er endret
barrier-notify-status-body = «{ $title }» har nå status: { $status }.
barrier-notify-merged-title = Et hinder du følger, er slått sammen
barrier-notify-merged-body = «{ $title }» er slått sammen med et annet hinder, som du nå støtter.
error-barrier_transition = Hinderet kan ikke få den statusen nå. Velg en av statusene som tilbys.
error-barrier_merged = Hinderet er slått sammen med et annet. Arbeid videre med det.
error-barrier_guidance_required = Skriv veiledningen som besvarer hinderet.
error-barrier_reason_required = Skriv hvorfor hinderet lukkes.
error-barrier_root_cause_required = Merk minst én grunnårsak og lagre vurderingen før du bekrefter.
error-barrier_experiment_link_required = Oppgi temaforslaget, ordningen eller søknaden forsøket er knyttet til.
error-barrier_merge_into_itself = Et hinder kan ikke slås sammen med seg selv.
error-barrier_merge_into_merged = Det hinderet er selv slått sammen. Slå sammen med hinderet det gikk inn i.
error-provision_other_jurisdiction = Bestemmelsen hører til et annet lands lovverk enn hinderet.
field-wants-to-do = Hva dere vil gjøre
field-obstacle = Hva som stopper dere
field-consequences = Konsekvensene
field-groups = Hvem det berører
field-citation = Henvisning
field-guidance = Veiledning
field-ministry = Departement
field-contact = Kontakt
field-into = Hinder å slå sammen med

## lab (issue 15: roll-ups, gap list, investigations)
lab-title = Policylab
lab-lead = Hinderregisteret samlet: hva som hindrer, hvem og hvorfor – agendaen med hindringer uten forsøk ennå, bestemmelsene som hindrer mest, og labens utredninger.
lab-dashboard-entry = Policylab
lab-dashboard-lead = Oversikter over hinderregisteret, gapslisten og utredninger.
lab-gaps-title = Gapsliste
lab-gaps-lead = Bekreftede hinder som fortsatt er åpne og ennå ikke har noe forsøk: ingen registrerte forsøk har fått unntak fra noen av hinderets bekreftede bestemmelser, og ingen forsøk har kommet fra det foreslåtte forsøket eller fra en søknad startet fra den. De mest rapporterte står først.
lab-gaps-empty = Ingen bekreftet hinder er uten forsøk.
lab-ranking-title = Bestemmelser som hindrer mest
lab-ranking-lead = Hver bestemmelse med hindrene laben har bekreftet at den hindrer, personene og organisasjonene som rapporterer dem, og hindrene som bare foreslår den.
lab-ranking-empty = Ingen hinder nevner en bestemmelse ennå.
lab-public-only = Telt over de offentlige hindrene.
lab-all-countries = Alle land
lab-filter = Vis
lab-investigations-title = Utredninger
lab-investigations-lead = Laben samler hinder under en hypotese om grunnårsaken, arbeider med kommunene og etatene det gjelder, og konkluderer med veiledning, regelendring eller forsøk.
lab-investigations-empty = Ingen utredninger å vise.
lab-investigation-new = Ny utredning
lab-investigation-new-lead = Gi utredningen et navn, formuler hypotesen, og velg hindrene og hvem som deltar.
lab-investigation-create = Opprett utredningen
lab-back-investigations = Tilbake til utredningene
lab-investigation-status-open = Åpen
lab-investigation-status-concluded = Avsluttet
lab-investigation-opened = Opprettet { $date }
lab-investigation-barriers = { $count ->
    [one] { $number } hinder
   *[other] { $number } hinder
 }
lab-investigate = Utred
lab-field-title = Tittel
lab-field-hypothesis = Hypotese om grunnårsaken
lab-field-hypothesis-hint = Hva dere tror ligger bak hindringene, slik at arbeidet kan bekrefte eller avkrefte det.
lab-field-barriers = Hinder
lab-no-barriers = Registeret har ingen hinder ennå.
lab-field-organisations = Kommuner og fylker fra registeret
lab-field-organisations-hint = Én per linje, med navn eller nummer, for eksempel «Tromsø» eller «5501».
lab-field-agencies = Andre deltakere
lab-field-agencies-hint = Etater og andre som ikke er i registeret, én per linje.
lab-participants = Deltakere
lab-activities = Aktivitetslogg
lab-activities-empty = Ingenting er logget ennå.
lab-activity-new = Logg en aktivitet
lab-activity-append-only = Loggen endres aldri: rett en oppføring ved å logge en korrigering.
lab-activity-on = Dato
lab-activity-kind = Type
lab-activity-note = Notat
lab-activity-log = Logg
lab-activity-meeting = Møte
lab-activity-workshop = Verksted
lab-activity-interview = Intervju
lab-activity-document_review = Dokumentgjennomgang
lab-activity-correction = Korrigering
lab-conclude-heading = Avslutt
lab-conclude-lead = Når utredningen avsluttes, flyttes alle hindrene: veiledning gjør dem til «ikke en rettslig hindring» med konklusjonen som veiledning, regelendring til «regelendring foreslått», forsøk til «forsøk foreslått» med koblingen. Hinder med en status som ikke tillater det, blir stående og nevnes. Dette kan ikke angres.
lab-conclusion-kind = Konklusjon
lab-conclusion-heading = Konklusjon
lab-conclusion-text = Hva utredningen fant
lab-conclusion-text-hint = Ved veiledning er dette veiledningen de som rapporterte hindrene, får.
lab-conclusion-experiment = Forsøk
lab-conclusion-experiment-hint = Bare for forsøk: temaforslaget, ordningen eller søknaden det er koblet til, med nummeret.
lab-experiment-kind = Koblet til
lab-experiment-id = Nummer
lab-experiment-proposal = Temaforslag
lab-experiment-scheme = Ordning
lab-experiment-application = Søknad
lab-conclusion-guidance = Veiledning
lab-conclusion-rule_change = Regelendring
lab-conclude = Avslutt og flytt hindrene
lab-concluded-moved = { $count ->
    [one] { $number } hinder flyttet.
   *[other] { $number } hinder flyttet.
 }
lab-concluded-skipped = { $count ->
    [one] { $number } hinder ble stående:
   *[other] { $number } hinder ble stående:
 }
lab-skipped-status = den er «{ $status }», som denne konklusjonen ikke kan endre
lab-skipped-refused = hinderregisteret avviste endringen
lab-triage = Triasjekø
lab-summary-barriers = { $count ->
    [one] { $number } hinder i registeret (sammenslåtte telt gjennom hinderet de ble slått sammen med).
   *[other] { $number } hinder i registeret (sammenslåtte telt gjennom hinderet de ble slått sammen med).
 }
lab-contents = Oversikter
lab-rollup-root-causes = Etter grunnårsak
lab-rollup-themes = Etter tema
lab-rollup-groups = Etter berørt gruppe
lab-rollup-empty = Ingen hinder å telle ennå.
lab-legend = Statuser
lab-column-name = Navn
lab-column-total = Totalt
lab-column-provision = Bestemmelse
lab-column-confirmed = Bekreftede hinder
lab-column-people = Personer som rapporterer
lab-column-organisations = Organisasjoner som rapporterer
lab-column-suggested = Foreslått av hinder
lab-csv-download = Last ned som CSV
lab-reported-by-people = { $count ->
    [one] rapportert av { $number } person
   *[other] rapportert av { $number } personer
 }
lab-reported-by-organisations = { $count ->
    [one] { $number } organisasjon
   *[other] { $number } organisasjoner
 }
lab-root-causes = Grunnårsaker
lab-provisions = Bekreftede bestemmelser
lab-groups = Berørte grupper
lab-dossier-heading = Rapportert som hinder
lab-dossier-empty = Ingen hinder i registeret nevner denne bestemmelsen.
lab-dossier-confirmed = { $count ->
    [one] { $number } hinder bekreftet hindret av den.
   *[other] { $number } hinder bekreftet hindret av den.
 }
lab-dossier-suggested = { $count ->
    [one] { $number } til foreslår den.
   *[other] { $number } til foreslår den.
 }
lab-dossier-organisations = Rapportert av
lab-dossier-barriers = Hindrene
lab-link-confirmed = bestemmelsen bekreftet
lab-link-suggested = bestemmelsen foreslått
lab-restricted = Ikke offentlig
error-investigation_barrier_required = Velg minst ett hinder.
error-investigation_concluded = Utredningen er avsluttet; ingenting mer kan legges til.
error-activity_in_the_future = Logg en aktivitet på dagen den fant sted, ikke en dag fram i tid.
lab-barrier-propose-theme = Foreslå et tema fra den
lab-barrier-start-application = Start en søknad fra den
lab-barrier-started = Startet fra dette hinderet
barrier-nav = Hinder
barrier-dashboard-heading = Står noe i veien?
barrier-dashboard-lead = Fortell policylaboratoriet om en regel, en veileder eller et system som stopper en god løsning. Andre som møter det samme, kan støtte meldingen deres.

## barriers: the journal's field labels
barrier-journal-field-title = Tittel
barrier-journal-field-country = Land
barrier-journal-field-theme-id = Tema
barrier-journal-field-groups = Hvem det rammer
barrier-journal-field-from-public = Fra publikum
barrier-journal-field-organisation-id = Organisasjon
barrier-journal-field-user-id = Person
barrier-journal-field-provision-id = Bestemmelse
barrier-journal-field-confirmed = Bekreftet av laboratoriet
barrier-journal-field-root-causes = Rotårsaker
barrier-journal-field-restricted = Skjermet
barrier-journal-field-confirmed-provisions = Bekreftede bestemmelser
barrier-journal-field-status = Status
barrier-journal-field-guidance = Veiledning
barrier-journal-field-reason = Begrunnelse
barrier-journal-field-ministry = Departement
barrier-journal-field-ministry-response = Departementets svar
barrier-journal-field-experiment = Forsøk
barrier-journal-field-note = Merknad
barrier-journal-field-merged-into = Slått sammen med
barrier-journal-field-merged-from = Tok inn

## testbeds (review fixes)
testbed-review-problem-verdict = Velg en vurdering: overholdt, i faresonen eller brutt.
testbed-review-problem-note = Skriv en merknad om hvorfor kravet eller verdien er i faresonen eller brutt.
testbed-review-problem-long = Merknaden er for lang.
testbed-breach-ack-note-required = Skriv en merknad om hva sekretariatet gjør med bruddet før du kvitterer.

## lab (fixes: the conclusion's confirmation)
lab-conclusion-rule-change = Regelendring
lab-conclusion-rule-change-hint = Bare for regelendring: departementet endringen foreslås for, og svaret dersom det har svart.
lab-conclusion-ministry = Departement
lab-conclusion-ministry-response = Departementets svar (om det finnes)
lab-conclude-check = Se hva konklusjonen vil flytte
lab-conclude-confirm-heading = Bekreft konklusjonen
lab-conclude-will-move = { $count ->
    [one] Dette hinderet flyttes:
   *[other] Disse { $count } hindrene flyttes:
}
lab-conclude-cannot-move = { $count ->
    [one] Dette hinderet kan ikke flyttes og blir stående:
   *[other] Disse { $count } hindrene kan ikke flyttes og blir stående:
}
lab-conclude-change = Endre konklusjonen
error-investigation_nothing_moves = Denne konklusjonen kan ikke flytte noen av utredningens hindre (se statusene deres). Velg en annen konklusjon, eller legg til hindre den kan flytte.

## networks (review fixes)
network-nav = Nettverk
network-questions-waiting = Spørsmål som venter på svar
network-done-reply-own = Svaret ditt er lagret.
network-publish-confirm = Publisere for alle? Dette kan ikke angres.
network-publish-yes = Ja, publiser
network-notify-question-title = { $name } har stilt et spørsmål i { $network }
network-notify-question-body = { $name } har stilt sekretariatet et spørsmål i nettverket { $network }. Det venter på svaret ditt.
network-members-without-trial = En medlemskommune har kanskje ikke forsøk i nettverket ennå; den deltar i læringsloggen og veiledningen.
testbed-ack-by = Kvittert av { $name }, { $when }
testbed-ack-at = Kvittert { $when }
error-experiment_link_unknown = Det finnes ikke noe nummer { $id } av den typen. Velg et temaforslag, en ordning eller en søknad som finnes.
lab-start-heading = Ta det videre
lab-start-hint = Et bekreftet hinder kan bli et tema for en ordning eller en søknad om forsøk. Teksten og bestemmelsene følger med.
lab-start-proposal = Foreslå et tema
lab-start-application = Start en søknad
lab-start-proposal-lead = Temaforslaget får hinderets tittel som tittel og hinderets tekst og bestemmelser som beskrivelse. Du kan endre teksten på ordningens side.
lab-start-application-lead = Søknadsutkastet får hinderets tittel, teksten som beskrivelse og en søknad om unntak for hver av bestemmelsene. Du fullfører utkastet før du sender det.
lab-start-carried = Dette følger med
lab-start-title = Tittel
lab-start-text = Tekst
lab-start-earlier = Allerede startet fra dette hinderet
lab-start-who = Bare en søkerorganisasjon (kommune, fylkeskommune eller annet offentlig organ) kan starte et temaforslag eller en søknad. Send denne siden til en av dem.
lab-start-scheme = Ordning som samler temaforslag
lab-start-round = Runde som er åpen for søknader
lab-start-no-scheme = Ingen ordning i hinderets land samler temaforslag nå.
lab-start-no-round = Ingen runde i hinderets land er åpen for søknader nå.
lab-start-back = Tilbake til hinderet
error-barrier_start_not_confirmed = Bare et bekreftet hinder som fortsatt er åpent, kan tas videre.
error-barrier_citation_unknown = Vi fant ingen bestemmelse med den henvisningen i lovsamlingen. Skriv den slik jurister gjør, for eksempel «barnehageloven § 8».
barrier-you-reported = Du meldte dette hinderet selv.

## h3: rule finder in the product (already requested, not exemptible)
finder-in-application = Allerede med i søknaden din
exempt-flag-bar = Det kan ikke gis unntak fra denne.
exempt-flag-limit = Undersøk før du søker unntak.
exempt-flag-constitution = Dette er Grunnloven eller en grunnlov, som står over alle lover: ikke noe forsøk kan sette den til side.
exempt-flag-municipal_organisation = Forsøksloven § 4 tillater ikke forsøk som avviker fra kommunelovens grunnleggende regler om hvordan kommuner og fylkeskommuner er organisert. Undersøk om denne paragrafen er en av dem.
exempt-flag-administrative_procedure = Forsøksloven § 4 tillater ikke forsøk som avviker fra forvaltningslovens saksbehandlingsregler.
exempt-flag-eu_law = Tittelen sier at loven gjennomfører EU-rett, som et nasjonalt forsøk ikke kan sette til side. Frirum kjenner bare igjen EU-rett på tittelen, så også andre bestemmelser kan gjennomføre EU-rett.

## h3: the law sync's admin page
nav-law-sync = Lovsynkronisering
law-sync-title = Holde lovsamlingen oppdatert
law-sync-lead = Lovsamlingen hentes fra de offisielle kildene: Lovdata, Riksdagens åpne data og Retsinformation. Hver kjøring vises med hva den hentet og importerte.
law-sync-version = Versjon av lovsamlingen
law-sync-daily = Daglig synkronisering
law-sync-daily-at = Hver dag kl. { $time } (UTC)
law-sync-daily-off = Ikke daglig; bare når den startes her
law-sync-not-configured = De offisielle kildene er ikke satt opp på denne serveren, så den synkroniserer ikke. Oppgi adressene når serveren startes (frirum serve --law-sync-at).
law-sync-confirm = Jeg vil synkronisere lovsamlingen nå; nedlastingen kan ta en stund.
law-sync-now = Synkroniser nå
law-sync-runs = Kjøringer, nyeste først
law-sync-started-at = Startet
law-sync-source = Kilde
law-sync-outcome = Utfall
law-sync-fetched = Dokumenter hentet
law-sync-imported = Importert (nye eller endret)
law-sync-unchanged = Uendret
law-sync-failed = Kunne ikke leses
law-sync-error = Hva som gikk galt
law-sync-none = Ingen synkronisering har kjørt ennå.
law-sync-started = Synkroniseringen er startet i bakgrunnen. Last siden på nytt for å følge den.
law-sync-busy = En synkronisering kjører allerede, her eller på en annen server. Vent til den er ferdig.
law-sync-confirm-missing = Kryss av i boksen for å bekrefte at du vil synkronisere nå.
law-sync-outcome-running = Kjører
law-sync-outcome-imported = Importert
law-sync-outcome-unchanged = Ingenting endret
law-sync-outcome-failed = Feilet
error-law_sync_busy = En synkronisering kjører allerede.
error-law_sync_not_configured = De offisielle kildene er ikke satt opp på denne serveren, så den synkroniserer ikke.

## Issue 13, second helper: trials in operation, gaps closed
regulation-home-adoption-joining = Kommunestyret har ennå ikke vedtatt forskriften deres for dette forsøket. Forsøket er i gang for de andre deltakerne; deres del av det starter når forskriften deres er i kraft og du har registrert vedtaket.
indicator-none-ended = Det ble ikke rapportert noen målinger for dette forsøket.
dashboard-trials-never-started-hint = Avslutt hvert av dem før tiden med en begrunnelse, eller registrer vedtaket av forskriftene.

## Issue 17, open data (slice B): the open-data page, its downloads and the data dictionary
footer-open-data = Åpne data: last ned alt som er offentlig
open-data-title = Åpne data
open-data-intro = Alt som er offentlig i Frirum — ordninger, runder, publiserte søknader, vedtak med innvilgede unntak, forsøk, indikatorer, rapporter, evalueringer, utfall, barrierer og stimuleringsmidler — som filer å laste ned. Hver rad har Frirums identifikatorer, slik at tabellene kan kobles. Filene bygges på nytt når dataene endres.
open-data-generated = Filene ble laget { $moment }.
open-data-not-built = Filene er ikke laget ennå. De bygges innen et minutt etter at tjeneren starter; last siden på nytt om litt.
open-data-all = Alt som er offentlig
open-data-standards = I internasjonale standarder (IATI-aktiviteter, 360Giving-tilskudd)
open-data-no-files = Ingen filer ennå.
open-data-per-scheme = Én ordning om gangen
open-data-dictionary = Dataordbok
open-data-dictionary-intro = Hver tabell er én CSV-fil i zip-filen, ett ark i regnearket og én liste i JSON-dokumentet. De samme beskrivelsene står i zip-filens datapackage.json (Frictionless Data) og i JSON-dokumentet. Feltene er beskrevet på engelsk.
open-data-field = Felt
open-data-type = Type
open-data-description = Beskrivelse
open-data-key = identifiserer raden
open-data-size-kb = { $size } kB
open-data-size-mb = { $size } MB
open-data-format-zip = CSV-tabeller med datapakke (zip)
open-data-format-json = JSON-dokument
open-data-format-xlsx = Excel-regneark (xlsx)
open-data-type-integer = heltall
open-data-type-number = tall
open-data-type-string = tekst
open-data-type-boolean = sant eller usant
open-data-type-date = dato
open-data-type-datetime = dato og klokkeslett
open-data-table-schemes = Ordninger
open-data-table-schemes-about = Forsøksordningene som er publisert eller avsluttet.
open-data-table-rounds = Søknadsrunder
open-data-table-rounds-about = Ordningenes søknadsrunder med åpning og frist.
open-data-table-applications = Publiserte søknader
open-data-table-applications-about = Innsendte søknader som ordningen publiserer når rundens frist er ute.
open-data-table-decisions = Vedtak
open-data-table-decisions-about = Vedtak om søknader, innvilget eller avslått, med begrunnelsen.
open-data-table-grants = Innvilgede unntak
open-data-table-grants-about = Unntakene hvert vedtak innvilger, én rad per unntak.
open-data-table-trials = Forsøk
open-data-table-trials-about = Registrerte forsøk med status, perioder og deltakere.
open-data-table-indicators = Indikatorer
open-data-table-indicators-about = Hva hvert forsøk måler, med utgangsverdi og mål.
open-data-table-indicator_periods = Indikatorperioder
open-data-table-indicator_periods-about = Hver indikators rapporteringsperioder med mål og godkjent faktisk verdi.
open-data-table-reports = Statusrapporter
open-data-table-reports-about = Godkjente statusrapporter fra forsøkene, de offentlige delene.
open-data-table-evaluations = Evalueringer
open-data-table-evaluations-about = Publiserte evalueringer der embargoen er opphevet, av et forsøk eller en hel ordning.
open-data-table-generalisation_outcomes = Utfall av unntak
open-data-table-generalisation_outcomes-about = Hva som ble av hvert innvilget unntak etter forsøket.
open-data-table-barriers = Barrierer
open-data-table-barriers-about = Offentlige oppføringer i barriereregisteret.
open-data-table-fund_allocations = Tildelte stimuleringsmidler
open-data-table-fund_allocations-about = Stimuleringsmidler tildelt forsøk, i øre.
open-data-table-fund_payments = Utbetalinger
open-data-table-fund_payments-about = Utbetalinger av tildelte stimuleringsmidler, i øre.

# Offentlig register, statistikk og feeder (sak 17, punkt 1 og 3)
register-search = Ord i tittelen
register-provision = Bestemmelse det er gjort unntak fra
register-provision-hint = Finn en bestemmelse med lov, paragraf eller ord, og velg den blant treffene.
register-provision-chosen = Unntak fra
register-provision-any = alle bestemmelser
register-provision-hits = Bestemmelser funnet
register-provision-no-hits = Ingen bestemmelse i lovkatalogen passer til disse ordene.
register-last-verified = Sist bekreftet
register-last-verified-note = Sist bekreftet: den seneste av dagen en godkjent statusrapport sist bekreftet forsøkets status, og dagen registreringen sist ble endret (vedtak, et steg i forsøkets løp, en forskrift vedtatt, en endring avgjort eller registrert).
nav-statistics = Statistikk
statistics-title = Statistikk
statistics-lead = Tall for alle publiserte ordninger, eller én ordning. Tallene i hvert diagram står i tabellen under, og kan lastes ned som CSV.
statistics-filter = Velg en ordning
statistics-all-schemes = Alle publiserte ordninger
statistics-contents = Diagrammer på siden
statistics-empty = Ingenting å telle ennå.
statistics-column-what = Hva
statistics-count = Antall
statistics-csv = Last ned dataene som CSV
statistics-applications = Søknader etter status
statistics-decisions = Vedtak etter utfall
statistics-trials-by-status = Forsøk etter status
statistics-trials-by-country = Forsøk etter land
statistics-trials-by-theme = Forsøk etter tema
statistics-trials-by-act = Forsøk etter lov det er gjort unntak fra
statistics-outcomes = Utfall for generalisering av innvilgede unntak
statistics-barriers = Publiserte hindringer etter status
feeds-heading = Atom-feeder
feeds-decisions = Vedtak
feeds-trials = Statusendringer for forsøk
feeds-evaluations = Publiserte evalueringer
feeds-outcomes = Utfall for generalisering
feeds-evaluation-published = Evaluering publisert

## Operations page (issue 17, item 5: jobs, leases, the outbox, the last law sync)
nav-operations = Drift
operations-title = Drift
operations-lead = Hvordan serverne har det: de planlagte jobbene, hvem som kjører dem, e-post som venter på å bli sendt, og lovsamlingen. Alle serverne deler disse tallene gjennom databasen.
operations-outbox = Utboks
operations-outbox-waiting = E-poster som venter
operations-outbox-failing = Av dem feiler
operations-outbox-sent = E-poster sendt
operations-outbox-oldest = Eldste har ventet siden
operations-outbox-none-waiting = Ingenting venter
operations-law = Lovsamlingen
operations-last-sync = Siste synkronisering
operations-law-sync-link = Åpne lovsynkroniseringen
operations-leases = Jobber som kjører nå
operations-job = Jobb
operations-holder = Server
operations-held-until = Holdt til
operations-no-leases = Ingen jobb kjører nå.
operations-runs = Jobbenes siste kjøringer
operations-started = Startet
operations-outcome = Utfall
operations-detail = Hva den gjorde
operations-no-runs = Ingen jobb har kjørt ennå.
operations-outcome-done = Fullført
operations-outcome-failed = Feilet

## Issue 17, lead: the standards' downloads and the jobs named in the reader's words
open-data-standard-iati = IATI-aktiviteter (XML): alle registrerte forsøk
open-data-standard-giving = 360Giving-tilskudd (JSON): stimuleringsmidlene
operations-job-upkeep = Vedlikeholdet (forsøk som starter og avsluttes, rapporter som forfaller)
operations-job-law_sync = Lovsynkroniseringen
operations-job-open_data = Filene med åpne data
admin-nav-label = Administrasjon

# Organisasjonenes folk og invitasjoner (sak 18, punkt 2)
people-title = Personer
people-intro-secretariat = Alle som har konto. Inviter personer, deaktiver kontoer og utnevn en brukeradministrator for en kommune, et fylke eller en region.
people-intro-organisation = Personene i { $organisation } som har konto i Frirum. Du inviterer kolleger og deaktiverer kontoer som ikke lenger trengs.
people-caption = { $count ->
    [one] Én person
   *[other] { $number } personer
}
people-status = Status
people-actions = Handlinger
people-admin-label = Brukeradministrator
people-active = Aktiv
people-deactivated-on = Deaktivert { $date }
people-deactivate = Deaktiver { $name }
people-appoint = Gjør { $name } til brukeradministrator
people-relieve = Fjern { $name } som brukeradministrator
people-invitations-heading = Invitasjoner som ikke er tatt imot ennå
people-invited-by = Invitert av
people-expires = Lenken gjelder til
people-invite-heading = Inviter en kollega
people-invite-intro = Personen får en e-post med en lenke. Lenken virker én gang og i sju dager.
people-invite = Send invitasjon
people-invited = En invitasjon er sendt til { $email }.
people-deactivated = { $name } kan ikke lenger logge inn. Øktene og API-nøklene er avsluttet.
people-appointed = { $name } er nå brukeradministrator for organisasjonen sin.
people-relieved = { $name } er ikke lenger brukeradministrator.
people-mail-subject = { $inviter } inviterer deg
people-mail-role-for = { $role } for { $organisation }
people-mail-body = Hei { $name },

    { $inviter } har invitert deg til Frirum som { $what }.

    Åpne denne lenken for å velge passord og logge inn: { $url }

    Lenken virker én gang og til { $date }. Hvis den ikke lenger virker, be { $inviter } ({ $email }) om en ny.
invitation-title = Invitasjon til Frirum
invitation-offer = { $inviter } har invitert { $name } til Frirum som { $role }.
invitation-offer-organisation = { $inviter } har invitert { $name } til Frirum som { $role } for { $organisation }.
invitation-account-email = Du logger inn med e-postadressen { $email }.
invitation-password = Velg et passord
invitation-password-hint = Minst 10 tegn.
invitation-password-again = Det samme passordet en gang til
invitation-accept = Ta imot og logg inn
invitation-expired = Denne invitasjonen gikk ut { $date }.
invitation-used = Denne invitasjonen er allerede brukt. Hvis det var du som tok imot den, logg inn med e-postadressen og passordet ditt.
invitation-ask = Be { $inviter } ({ $email }) eller brukeradministratoren i organisasjonen din om å sende deg en ny invitasjon.
invitation-unknown = Vi kjenner ikke denne invitasjonslenken.
invitation-unknown-ask = Sjekk at du kopierte hele adressen fra e-posten. Hvis den fortsatt ikke virker, spør den som inviterte deg eller brukeradministratoren i organisasjonen din.
users-people-link-intro = For å invitere personer på e-post, deaktivere kontoer eller utnevne brukeradministratorer:
users-people-link = gå til Personer
account-people-admin = Du er brukeradministrator for organisasjonen din.
account-people-link = Administrer personene i organisasjonen din

## Issue 18, item 1: signing in through an identity provider (OpenID Connect)
login-oidc-heading = Eller logg inn med elektronisk ID
login-oidc-with = Logg inn med { $provider }
oidc-no-account-title = Du har ikke tilgang til Frirum ennå
oidc-no-account-text = { $provider } bekreftet hvem du er, men ingen har gitt deg tilgang til Frirum. Du er derfor ikke logget inn, og det er ikke laget noen konto til deg.
oidc-no-account-ask = Be brukeradministratoren i organisasjonen din om å invitere deg. Vurderer du søknader eller jobber du i sekretariatet, spør sekretariatet.
oidc-password-login = Logg inn med e-post og passord i stedet
error-oidc_state_invalid = Denne innloggingen er ukjent, er allerede brukt eller tok for lang tid. Begynn på nytt fra innloggingssiden.
error-oidc_token_invalid = Svaret fra identitetsleverandøren kunne ikke bekreftes, så du er ikke logget inn. Prøv igjen, eller logg inn med e-post og passord.
error-oidc_provider_unavailable = Identitetsleverandøren svarer ikke akkurat nå. Prøv igjen senere, eller logg inn med e-post og passord.

## Kontosikkerhet: engangskoder, økter og historikk (sak 18, punkt 3 og 4)
security-link = Innlogging og enheter
security-title = Innlogging og enheter
security-back-to-account = Tilbake til kontoen din
security-device = { $browser } på { $system }
security-device-unknown = Ukjent enhet
security-event-signed-in = Logget inn
security-event-sign-in-failed = Feil passord
security-event-second-factor-failed = Feil kode ved innlogging
security-event-recovery-code-used = Logget inn med en reservekode
security-event-second-factor-enabled = Innloggingskoder slått på
security-event-second-factor-disabled = Innloggingskoder slått av
security-event-second-factor-reset = Innloggingskoder fjernet av sekretariatet
security-event-session-ended = Logget ut på en enhet
security-event-sessions-ended-by-secretariat = Logget ut overalt av sekretariatet
security-code-title = Skriv inn koden
security-code-help = Åpne autentiseringsappen på telefonen og skriv inn den sekssifrede koden den viser for Frirum. Har du ikke telefonen, skriv inn en av reservekodene dine.
security-code-label = Kode
security-code-submit = Logg inn
security-back-to-login = Begynn på nytt
security-code-wrong = { $count ->
    [one] Koden er feil eller allerede brukt. Du kan prøve én gang til.
   *[other] Koden er feil eller allerede brukt. Du kan prøve { $count } ganger til.
}
security-code-wrong-enrol = Koden er feil. Sjekk at klokken på telefonen går riktig, og skriv inn den nyeste koden.
security-enrol-title = Slå på innloggingskoder
security-enrol-help = Skann bildet med en autentiseringsapp på telefonen (for eksempel Microsoft Authenticator eller Google Authenticator). Appen viser så en ny sekssifret kode hvert 30. sekund. Skriv inn koden for å fullføre.
security-enrol-qr-alt = QR-kode som du skanner med autentiseringsappen
security-enrol-secret = Får du ikke skannet? Skriv heller inn denne nøkkelen i appen:
security-enrol-submit = Slå på
security-enrol-start = Slå på innloggingskoder
security-recovery-title = Reservekodene dine
security-recovery-help = Skriv ned eller skriv ut disse kodene, og oppbevar dem trygt. Mister du telefonen, kan du logge inn én gang med hver kode. De vises bare nå.
security-factor-enabled = Innloggingskoder er slått på. Fra nå av skriver du inn en kode fra telefonen når du logger inn.
security-continue = Fortsett
security-factor-heading = Innloggingskoder fra telefonen
security-factor-on = Slått på siden { $since }.
security-recovery-left = { $count ->
    [one] Du har én reservekode igjen.
   *[other] Du har { $count } reservekoder igjen.
}
security-factor-off = Av. Med innloggingskoder kan ingen logge inn uten telefonen din, selv om de kjenner passordet.
security-factor-required = Rollen din må bruke innloggingskoder. Slå dem på nå.
security-disable-label = For å slå dem av, skriv inn en kode fra telefonen
security-disable-submit = Slå av innloggingskoder
security-factor-disabled = Innloggingskoder er slått av.
security-sessions-heading = Der du er logget inn
security-col-device = Enhet
security-col-address = Nettverksadresse
security-col-started = Logget inn
security-col-last-seen = Sist aktiv
security-col-end = Logg ut
security-this-device = denne enheten
security-end = Logg ut der
security-end-this = Logg ut her
security-session-ended = Du ble logget ut på den enheten.
security-tokens-on-account = API-nøklene dine står på kontosiden.
security-history-heading = Innloggingshistorikken din

## Sekretariatets visning av en persons innloggingssikkerhet (issue 18)
security-person-title = Innloggingssikkerhet for { $name }
security-person-back = Tilbake til kontoene
security-person-factor-heading = Innloggingskoder fra en telefon
security-person-factor-on = Slått på siden { $since }.
security-person-recovery-left = { $count ->
    [one] Én gjenopprettingskode igjen.
   *[other] { $count } gjenopprettingskoder igjen.
}
security-person-factor-waiting = Blir satt opp: ennå ikke bekreftet med en første kode.
security-person-factor-off = Slått av.
security-person-factor-required = Denne rollen må bruke innloggingskoder: uten dem blir personen bedt om å sette dem opp rett etter passordet ved neste innlogging.
security-person-reset-hint = Hvis { $name } har mistet telefonen, fjern kodene. { $name } får beskjed på e-post og setter opp nye koder ved neste innlogging.
security-person-reset = Fjern innloggingskodene til { $name }
security-person-reset-done = Innloggingskodene til { $name } er fjernet, og { $name } har fått beskjed på e-post.
security-person-sessions-heading = Hvor { $name } er logget inn
security-person-no-sessions = Ikke logget inn noe sted nå.
security-person-end-hint = Logg ut overalt avslutter alle økter på én gang, for eksempel når en enhet er mistet eller stjålet. { $name } kan logge inn igjen og får beskjed på e-post. API-nøkler virker fortsatt: deaktiver kontoen på siden med personer for å stoppe dem.
security-person-end = Logg { $name } ut overalt
security-person-ended = { $count ->
    [0] Ingen økt var åpen.
    [one] Én økt ble avsluttet.
   *[other] { $count } økter ble avsluttet.
}
security-person-told = { $name } har fått beskjed på e-post.
security-person-tokens-heading = API-nøkler
security-person-no-tokens = Ingen API-nøkler.
security-col-token-name = Navn
security-col-token-prefix = Begynner med
security-col-token-created = Opprettet
security-col-token-last-used = Sist brukt
security-col-token-state = Status
security-token-active = Aktiv
security-token-revoked = Trukket tilbake { $date }
security-token-never-used = Aldri
security-person-history-heading = Innloggingshistorikk
security-person-no-history = Ingenting ennå.
users-security-col = Innlogging
users-security-link = Innlogging og enheter
users-security-link-label = Innlogging og enheter for { $name }
security-colleague-title = Logg { $name } ut overalt
security-colleague-help = Dette avslutter alle øktene til { $name } på én gang, for eksempel når en enhet er mistet eller stjålet. { $name } kan logge inn igjen med passordet sitt og får beskjed på e-post. Deaktiver kontoen i stedet hvis { $name } ikke skal kunne logge inn i det hele tatt.
security-colleague-back = Tilbake til personene
security-event-sessions-ended-by-user-administrator = Logget ut overalt av brukeradministratoren
security-mail-sessions-ended-subject = Du er logget ut overalt
security-mail-sessions-ended-body = Hei { $name },

    { $by } har logget deg ut av Frirum på alle enheter. Du kan logge inn igjen med passordet ditt.

    Hvis du ikke ventet dette, eller en av enhetene dine er mistet eller stjålet, bytt passord. Enhetene dine og innloggingshistorikken: { $url }
security-mail-factor-reset-subject = Innloggingskodene dine er fjernet
security-mail-factor-reset-body = Hei { $name },

    { $by } har fjernet innloggingskodene på Frirum-kontoen din, for eksempel fordi telefonen din er mistet. Der rollen din krever dem, setter du opp nye koder ved neste innlogging.

    Hvis du ikke har bedt om dette, ta kontakt med sekretariatet. Enhetene dine og innloggingshistorikken: { $url }
error-organisation-not-for-role = Bare søkere, vurderere og forskere hører til en organisasjon: la organisasjonen stå tom for sekretariatet.
security-enrol-back = Ikke nå: tilbake til innlogging og enheter
invitation-oidc-heading = Eller godta med den elektroniske ID-en din
invitation-oidc-hint = Da logger du heretter inn med den elektroniske ID-en din, uten passord.
invitation-refused-title = Invitasjonen kunne ikke godtas
invitation-other-email = { $provider } bekreftet e-postadressen { $email }, men invitasjonen ble sendt til { $invited }. Ingen konto er opprettet.
invitation-other-email-ask = Hvis invitasjonen er til deg, be { $inviter } ({ $inviter_email }) sende en ny til adressen den elektroniske ID-en din bekrefter.
invitation-has-account = Du har allerede en konto i Frirum: den inviterte e-postadressen eller identiteten din hos { $provider } er i bruk. Ingen konto til er opprettet; logg inn med den du har.
invitation-has-account-ask = Trenger du en annen rolle eller organisasjon, spør { $inviter } ({ $inviter_email }).
oidc-logout-title = Du er logget ut av Frirum
oidc-logout-text = Du blir nå også logget ut av { $provider }, så ingen andre ved denne datamaskinen kan logge inn med den elektroniske ID-en din.
oidc-logout-continue = Logg ut av { $provider }
oidc-logout-home = Tilbake til forsiden i Frirum

# Confirming a deactivation (people page).
people-deactivate-title = Deaktivere { $name }?
people-deactivate-help = { $name } blir logget ut overalt med en gang, API-nøklene deres slutter å virke, og de kan ikke lenger logge inn. Søknadene deres og alt de har skrevet, blir stående. Dette kan ikke angres.

# The screening: requested provisions the scheme's law does not allow a trial to set aside.
screening-limits-title = Unntak loven kanskje ikke tillater
screening-limits-lead = Søknaden ber om unntak fra bestemmelser som ordningens lov ikke lar et forsøk fravike, eller bare innenfor visse grenser. Ta dem med når dere vurderer sjekklisten.
screening-limits-exemption = Unntak { $number }
