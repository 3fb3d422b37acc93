app-tagline = rom for å prøve nye måtar å arbeide på
skip-to-content = Gå til hovudinnhaldet
nav-label = Hovudmeny
nav-home = Framside
nav-registry = Kommunar og regionar
nav-users = Brukarkontoar
nav-account = Kontoen min
nav-logout = Logg ut
nav-login = Logg inn
language-label = Språk
footer-text = Frirum er staden der nasjonale forsøksordningar blir drivne: Kommunar søkjer om fritak frå statlege reglar, forsøka blir følgde av forsking, og det vi lærer av dei, kan endre reglane for alle.
footer-api = JSON-API (OpenAPI)

home-title = Forsøksordningar for kommunar
home-lead = Med Frirum kan eit departement eller ein kommunal interesseorganisasjon drive ei nasjonal forsøksordning frå det første forslaget til tema til ein regel blir endra.
home-body = Kommunar og regionar søkjer, åleine eller i nettverk, om å prøve nye måtar å arbeide på med fritak frå statlege reglar. Sekretariatet går gjennom søknadene, vurderer dei og gjer vedtak. Godkjende forsøk blir følgde av forsking, og erfaringane avgjer om reglane blir endra for alle.
home-registry-heading = Det nordiske registeret
home-registry-body = Alle kommunar, fylkeskommunar og regionar i Danmark, Noreg og Sverige, med offisiell kode og folketal.
home-signin-heading = For sekretariat, søkjarar, fagvurderarar og forskarar
home-signin-body = Logg inn med kontoen du har fått frå sekretariatet.

login-title = Logg inn
login-submit = Logg inn
login-failed = E-postadressa eller passordet er feil.
login-throttled = For mange mislukka forsøk på å logge inn. Av omsyn til tryggleiken må du vente { $minutes ->
    [one] eitt minutt
   *[other] { $number } minutt
 } før du prøver igjen.
field-email = E-postadresse
field-password = Passord

account-title = Kontoen min
account-profile-heading = Namn og språk
account-saved = Endringane dine er lagra.
field-role = Rolle
field-organisation = Organisasjon
field-name = Namn
field-language = Visingsspråk
language-automatic = Automatisk (frå nettlesaren)
language-hint = Det du vel her, går føre innstillinga i nettlesaren og språkknappane.
password-heading = Byt passord
field-current-password = Noverande passord
field-new-password = Nytt passord
field-confirm-password = Gjenta det nye passordet
password-change = Byt passord
password-changed = Passordet er endra. Du er logga ut alle andre stader.
error-wrong-password = Noverande passord er feil.
error-password-mismatch = Dei to nye passorda er ikkje like.
save = Lagre

tokens-heading = API-nøklar
tokens-intro = Med ein personleg nøkkel kan eit program bruke JSON-API-et på vegner av deg. Send han som «Authorization: Bearer» med nøkkelen etter.
tokens-created = Kopier nøkkelen no. Han blir berre vist denne eine gongen.
tokens-name = Namn på nøkkelen
tokens-create = Opprett nøkkel
tokens-none = Du har ingen API-nøklar.
tokens-caption = API-nøklane dine
tokens-prefix = Byrjar med
tokens-created-at = Oppretta
tokens-last-used = Sist brukt
tokens-status = Status
tokens-revoked = Trekt tilbake
tokens-revoke = Trekk tilbake { $name }
tokens-revoked-notice = Nøkkelen er trekt tilbake.
tokens-name-invalid = Gi nøkkelen eit namn på 1 til 100 teikn.
never = Aldri

pagination-label = Sider
pagination-previous = Førre side
pagination-next = Neste side
pagination-status = Side { $page } av { $pages } ({ $total } totalt)

registry-title = Kommunar og regionar
registry-lead = Dei offentlege organa som kan vere med i forsøksordningar, med offisielle kodar og folketal med referansedato.
registry-search-label = Namn eller kode
registry-search-hint = Du kan skrive med eller utan dei nordiske bokstavane, til dømes Århus eller Aarhus, Tromsø eller Tromso.
field-country = Land
all-countries = Alle land
field-kind = Type
all-kinds = Alle typar
search = Søk
registry-results = Tal på treff: { $count }
registry-no-results = Ingen treff på søket. Sjekk stavemåten eller vel eit anna land.
field-code = Kode
field-population = Folketal
field-parent = Del av
field-reference-date = Referansedato
field-source = Kjelde
population-uncertain = Dette talet er ikkje kontrollert mot den offisielle statistikken.
population-as-of = per { $date }
population-unknown = Det er ikkje registrert noko folketal.
population-history = Folketal over tid
members-heading = Kommunar: { $count }

users-title = Brukarkontoar
users-caption = Brukarkontoar: { $count }
users-new-heading = Ny brukarkonto
users-organisation-hint = Berre for søkjarar: land og kode, til dømes dk:751 for Aarhus eller no:5501 for Tromsø.
field-initial-password = Første passord (minst 10 teikn)
users-create = Opprett brukarkonto
users-created = Brukarkontoen for { $email } er oppretta.

error-invalid-email = E-postadressa er ikkje gyldig.
error-empty-name = Namnet kan ikkje vere tomt.
error-name-too-long = Namnet er for langt (høgst 200 teikn).
error-organisation-required = Ein søkjar må høyre til ein organisasjon.
error-organisation-not-allowed = Det er berre søkjarar og vurderarar som høyrer til ein organisasjon.
error-password-too-short = Passordet må ha minst 10 teikn.
error-unknown-organisation = Organisasjonen finst ikkje i registeret. Skriv land og kode, til dømes dk:751.
error-email-taken = E-postadressa er allereie i bruk.

error-status = Feilkode { $status }
error-back-home = Gå til framsida
error-csrf = Skjemaet hadde gått ut på tid eller kom ikkje frå denne nettstaden. Gå tilbake, last inn sida på nytt og prøv igjen.
error-other-title = Noko gjekk gale
error-400-title = Førespurnaden kunne ikkje lesast
error-400-message = Førespurnaden var ikkje i eit format som Frirum forstår.
error-401-title = Du må logge inn
error-401-message = Du må logge inn for å sjå denne sida.
error-403-title = Ikkje tillate
error-403-message = Rolla di gir ikkje tilgang til denne sida eller handlinga. Ta kontakt med sekretariatet dersom du meiner at du skal ha tilgang.
error-404-title = Fann ikkje sida
error-404-message = Sida finst ikkje, eller ho er flytta. Sjekk adressa.
error-405-title = Ikkje mogleg her
error-405-message = Denne adressa tek ikkje imot den typen førespurnad.
error-408-title = Det tok for lang tid
error-408-message = Det tok for lang tid å handsame førespurnaden. Prøv igjen.
error-409-title = Konflikt
error-409-message = Endringa er i konflikt med det som alt er lagra.
error-413-title = For mykje data
error-413-message = Det du sende, er større enn det Frirum tek imot. Gjer det kortare og prøv igjen.
error-415-title = Formatet er ikkje støtta
error-415-message = Frirum kan ikkje lese det som vart sendt, i dette formatet.
error-422-title = Sjekk det du har fylt inn
error-422-message = Noko av det du har fylt inn, er ikkje gyldig.
error-429-title = For mange forsøk
error-429-message = For mange forsøk på kort tid. Vent litt og prøv igjen.
error-500-title = Noko gjekk gale hos oss
error-500-message = Feilen er registrert. Prøv igjen om litt.

role-admin = Sekretariat
role-applicant = Søkjar
role-assessor = Fagvurderar
role-researcher = Forskar
kind-municipality = Kommune
kind-county = Fylkeskommune
kind-region = Region
country-dk = Danmark
country-no = Noreg
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
import-lead = Oppdater kommunar, fylkeskommunar og regionar frå ei CSV-fil (kolonnar: code, name, kind, parent_code, population, population_date, population_source, population_uncertain). Heile fila vert kontrollert først; ei feil linje avviser ho, og ingenting vert halvvegs importert.
import-file = CSV-fil
import-file-hint = UTF-8, eitt land per fil, med overskriftslinje.
import-submit = Importer
import-choose-country = Vel eit land.
import-choose-file = Vel ei fil som skal importerast.
import-refused = Ingenting vart importert. Linje { $line }: { $reason }
import-done = Importert: { $added } lagt til, { $updated } oppdatert, { $unchanged } uendra, { $figures } nye folketal.

# Schemes, proposals, applications and the journal
nav-schemes = Ordningar
nav-applications = Søknadene mine
schemes-title = Forsøksordningar
schemes-lead = Nasjonale ordningar der kommunar prøver nye måtar å arbeide på, med fritak frå statlege reglar.
schemes-none = Det er ingen ordningar å vise enno.
scheme-new = Ny ordning
scheme-create = Opprett ordninga som utkast
scheme-invitation = Invitasjon
scheme-rounds = Søknadsrundar
scheme-no-rounds = Ingen rundar enno.
scheme-themes = Tema
scheme-no-themes = Ingen tema enno.
scheme-rules = Reglar
scheme-manage = Forvalt ordninga
scheme-change-status = Endre status
scheme-apply-hint = Opne ein runde nedanfor for å starte ein søknad for organisasjonen din.
theme-add = Legg til tema
theme-priority = Prioritert tema
round-add = Legg til runde
rules-edit = Endre reglane
rules-min-population = Minste samla innbyggjartal
rules-networks = Nettverk tillate
rules-kinds = Kven kan søkje
rules-max-months = Lengste forsøksperiode (månader)
rules-max-extension = Lengste forlenging (månader)
rules-bonuses = Tillegg
rules-bonus-network = Tillegg for nettverk
rules-bonus-priority = Tillegg for prioritert tema
rules-bonus-objective = Tillegg for målbart mål
rules-scale = Høgaste poengsum
rules-version = Regelversjon
rules-exclusions = Avgrensingar (juridisk gjennomgang)
rules-exclusions-hint = Eitt punkt per linje.
rules-criteria = Vurderingskriterium
rules-criteria-hint = Eitt per linje: vekt | namn | skildring.
rules-weight = vekt
rules-reason-hint = Påkravd når søknader alt er sende inn etter gjeldande reglar: endringa blir ei ny versjon, og dei held på si.
yes = Ja
no = Nei
saved-notice = Lagra.
proposals-title = Forslag til tema
proposals-lead = Kommunane føreslår tema og støttar kvarandre sine; sekretariatet tek dei inn eller avslår og sender samlinga vidare.
proposals-none = Ingen forslag enno.
proposals-export = Last ned samlinga (CSV)
proposals-endorsements = { $count ->
    [one] { $number } organisasjon støttar framlegget
   *[other] { $number } organisasjonar støttar framlegget
 }
proposals-declined-because = Avslått:
proposals-endorse = Støtt «{ $title }»
proposals-decide = Avgjer «{ $title }»
proposals-adopt = Ta inn som tema
proposals-decline = Avslå (oppgje grunn)
proposals-new = Føreslå eit tema
proposals-submit = Send forslaget
applications-title = Søknader
applications-mine = Søknadene mine
applications-none = Ingen søknader å vise.
applications-not-public = Innsende søknader blir publiserte etter fristen, dersom ordninga seier det.
application-start = Start ein søknad
application-untitled = Søknad utan tittel
application-edit = Rediger utkastet
application-draft-hint = Lagre når som helst; kontrollen over viser kva som manglar eller ikkje er oppfylt.
application-save = Lagre utkastet
application-submit = Lagre og send inn
application-print = Utskriftsvenleg vising
application-withdraw = Trekk søknaden
application-withdrawn-notice = Søknaden er trekt.
receipt-text = Motteke: saksnummer { $case }, sendt inn { $time }. Ta vare på kvitteringa; skriv henne ut frå nettlesaren.
eligibility-title = Vilkår for å søkje
eligibility-ok = Alle reglar er oppfylte: søknaden kan sendast inn.
eligibility-not-ok = Ikkje enno: reglane merkte nedanfor er ikkje oppfylte.
submit-refused = Søknaden vart ikkje send inn.
error-application-submitted = Søknaden er send inn og kan ikkje lenger endrast.
error-edit-conflict = Nokon andre lagra utkastet i mellomtida (no versjon { $version }). Teksten din står nedanfor, ikkje lagra: kopier det du treng, last inn på nytt og lagre igjen.
error-rules-in-use = { $count ->
    [one] Éin innsend søknad vart vurdert
   *[other] { $number } innsende søknader vart vurderte
 } etter desse reglane. Oppgje ein grunn: endringa blir ei ny versjon.
journal-title = Saksjournal
journal-lead = Kvar endring, kven som gjorde henne, når og kvifor. Oppføringar blir aldri endra eller sletta.
journal-when = Når
journal-who = Kven
journal-what = Kva
journal-changes = Endringar
journal-system = Frirum (import)
form-who = Kven søkjer
form-what = Forsøket
field-title = Tittel
field-summary = Samandrag
field-description = Skildring
field-status = Status
field-reason = Grunngjeving
field-round = Runde
field-opens = Opnar
field-deadline = Frist
field-deadline-hint = Lokal tid i tidssona til runden; det siste sekundet som tel, er det du oppgjev.
field-time-zone = Tidssone
field-target-trials = Mål for tal på forsøk
field-scheme-code = Kode
field-scheme-code-hint = 2 til 12 store bokstavar eller siffer, brukt i saksnummer, til dømes NO2026.
field-content-language = Språket i innhaldet
field-invitation = Invitasjon (Markdown)
field-invitation-hint = Overskrifter med #, lister med -, lenkjer som [tekst](https://…). HTML blir vist som tekst.
field-publish-applications = Publiser innsende søknader etter fristen
field-case-number = Saksnummer
field-lead = Ansvarleg organisasjon
field-members = Nettverksdeltakarar
field-member = Nettverksdeltakar
field-members-hint = Koden (til dømes 5501) eller namnet; éin per felt. Lagre for å få eit nytt felt.
field-submitted-at = Send inn
field-objectives = Målbare mål
field-indicator = Indikator
field-unit = Eining
field-baseline = Utgangsverdi
field-target = Mål
field-target-date = Innan
field-exemptions = Ønskte fritak
field-scope = Fritak
field-reference = Føresegn, lov eller område, slik du ville skrive det
field-desired-change = Ønskt regel
field-justification = Grunngjeving
field-unknown-rules = Vi veit ikkje kva reglar som står i vegen
field-unknown-rules-hint = Skildre hinderet med vanlege ord; sekretariatet hjelper med å finne reglane.
field-legal-security = Konsekvensar for rettstryggleiken til innbyggjarane
field-partners = Partnarar
field-partner-name = Partnar
field-partner-kind = Type
field-partner-role = Rolle
field-partner-demands = Kva vi krev av dei
field-partner-values = Offentlege verdiar som blir tekne vare på
field-learning-goals = Kva vi vil lære
field-funds = Stimuleringsmidlar det blir søkt om
field-period = Planlagd periode
field-period-start = Start
field-period-end = Slutt
status-draft = Utkast
status-proposals = Open for temaforslag
status-published = Publisert
status-closed = Avslutta
status-submitted = Send inn
status-withdrawn = Trekt
status-open = Open
status-adopted = Teken inn som tema
status-declined = Avslått
phase-open = Open
phase-upcoming = Ikkje opna enno
phase-closed = Stengd
scope-provision = Føresegn
scope-act = Heile lova
scope-policy_area = Område
partner-company = Bedrift
partner-university = Universitet
partner-consultant = Konsulent
partner-research_institute = Forskingsinstitutt
partner-civil_society = Sivilsamfunn
partner-public_body = Offentleg verksemd
partner-other = Anna
outcome-passed = Oppfylt
outcome-failed = Ikkje oppfylt
outcome-not_applicable = Gjeld ikkje
rule-name-round_open = Frist
rule-name-jurisdiction = Land
rule-name-organisation_kinds = Kven kan søkje
rule-name-network = Nettverk
rule-name-population = Innbyggjartal
rule-name-required_fields = Påkravde felt
rule-name-trial_length = Lengda på forsøket
rule-round_open = Runden er open til { $deadline }.
rule-round_not_open = Runden opnar { $opens }.
rule-deadline_passed = Fristen var { $deadline }.
rule-jurisdiction_ok = Alle deltakarane er i landet til ordninga.
rule-wrong_jurisdiction = Utanfor landet til ordninga: { $outside }.
rule-kinds_allowed = Alle deltakarane kan søkje.
rule-kind_not_allowed = Desse kan ikkje søkje: { $refused }.
rule-single_applicant = Éin organisasjon søkjer åleine.
rule-network_allowed = Eit nettverk av { $organisations } organisasjonar; nettverk er tillate.
rule-network_not_allowed = Eit nettverk av { $organisations } organisasjonar; ordninga tek berre einskildsøkjarar.
rule-no_minimum = Ordninga har ikkje noko minste innbyggjartal.
rule-population_ok = Samla innbyggjartal { $combined } (per { $reference_date }) når minstekravet på { $minimum }.
rule-population_below_minimum = Samla innbyggjartal { $combined } (per { $reference_date }) er under minstekravet på { $minimum }.
rule-population_missing = Registeret har ikkje innbyggjartal for { $without_figure }.
rule-fields_complete = Alle påkravde felt er fylte ut.
rule-application_incomplete = Står att å fylle ut: { $missing }.
rule-no_limit_or_period = Inga lengstetid, eller inga planlagd periode enno.
rule-trial_length_ok = { $months } månader, innanfor maksimum på { $maximum }.
rule-trial_too_long = { $months } månader er lengre enn maksimum på { $maximum }.
problem-field_required = { $field } må fyllast ut.
problem-field_too_long = { $field } er for lang: høgst { $max } teikn.
problem-value_out_of_range = { $field } er utanfor tillate område.
problem-end_before_start = { $field } er før starten.
problem-invalid_field = { $field } er ikkje gyldig.
problem-unknown_theme = { $field }: ukjent tema.
problem-unknown_organisation = { $field }: ingen organisasjon «{ $reference }» i registeret.
problem-unknown_time_zone = { $field }: ukjend tidssone.

# Regelfinnaren
nav-rule-finder = Finn reglane
finder-title = Finn reglane
finder-lead = Skildra med eigne ord kva de vil prøve, eller skriv ord å søkje etter. Frirum føreslår føresegnene som truleg står i vegen, og seier kvifor.
finder-description = Skildra ideen
finder-description-hint = Vanlege ord held: kva de vil gjere annleis, og kva de trur hindrar dykk. Tilvisingar som «§ 9-8 første ledd» blir òg kjende att.
finder-words = Eller søk etter ord
finder-words-hint = Samansette ord blir funne ved delane sine, og æ, ø og å kan skrivast utan aksentar.
finder-submit = Finn reglane
finder-suggestions = Føresegner som truleg står i vegen
finder-hits = Søkjeresultat
finder-nothing = Ingen treff. Prøv andre ord, eller vel eit land.
finder-no-words = Teksten har ingen ord å søkje etter.
finder-choose-country = Vel eit land for å få framlegg.
finder-catalogue-size = Katalogen har { $count ->
    [one] éi føresegn
   *[other] { $number } føresegner
 }.
finder-reason-words = Treff på: { $words }
finder-reason-cited = Nemnd i teksten: { $citation }
finder-one-word = Berre eitt av orda dine står i føresegna – les ho før du byggjer på ho
finder-reason-asked = { $count ->
    [one] Éin søknad har søkt fritak frå føresegna
   *[other] { $number } søknader har søkt fritak frå føresegna
 }
finder-for-application = Føreslegne føresegner for denne søknaden
finder-for-application-lead = Framlegg ut frå teksten i søknaden slik han sist vart lagra. Legg til dei som står i vegen som søkt fritak, og skriv kvifor.
finder-nothing-application = Ingen framlegg enno: skildra ideen og hinderet i søknaden og lagra han først.
finder-link = Legg til { $provision } som søkt fritak
finder-back-to-form = Tilbake til søknaden
law-act = Lov
law-identifier = Offisiell identifikator
law-chapter = Kapittel
law-not-in-force = Ikkje i kraft
law-official = Offisiell tekst
law-text = Tekst
law-requested = Søkt fritak frå
law-requested-count = Innsende søknader som har søkt fritak frå denne føresegna: { $count }
law-paraphrase-note = Demokatalogen er Frirum si eiga attgjeving av føresegnene; den offisielle teksten er den styresmaktene kunngjer.
law-short-title = Korttittel
law-ministry = Departement
law-in-force-from = I kraft frå
law-sections = Føresegner: { $count }
act-kind-act = Lov
act-kind-consolidated_act = Lovkunngjering
act-kind-regulation = Forskrift
act-kind-executive_order = Kunngjering
act-kind-amending_act = Endringslov
exemption-linked-provision = Knytt til føresegna i katalogen
exemption-unresolved = ikkje funnen i katalogen: sekretariatet sjekkar henne
exemption-unresolved-screener = ikkje funnen i katalogen: kontroller tilvisinga i den juridiske gjennomgangen
application-suggest-provisions = Føreslå føresegner ut frå søknaden
application-suggest-hint = (ut frå teksten slik han sist vart lagra)

## Vedtak og forsøk
nav-decisions = Vedtak
decisions-title = Vedtak
decisions-feed = Følg vedtaka (Atom-straum)
decisions-feed-title = Frirum: vedtak om søknader
decisions-none = Ingen vedtak er gjorde enno.
decisions-count = { $count ->
    [one] Eitt vedtak
   *[other] { $number } vedtak i alt
 }
decide-title = Gjer vedtak om søknaden
decide-screening-blocks = Den juridiske gjennomgangen fann ein konflikt. Søknaden kan ikkje innvilgast så lenge han står:
decide-ask-clarification = Be søkjaren om avklaring i staden
decide-outcome = Vedtak
outcome-approved = Innvilga
outcome-rejected = Avslått
decide-exemptions = Unntak som vert innvilga
decide-no-exemptions = Søknaden ber ikkje om unntak.
decide-grant = Innvilg
decide-narrow = Avgrens unntaket til desse føresegnene
decide-narrow-open = Søknaden peikar ikkje på ei bestemt lov her. Skal innvilginga avgrensast til bestemte føresegner, knyt dei til unntaket med regelfinnaren i ei avklaring; elles skriv avgrensinga med ord nedanfor.
decide-note = Korleis unntaket er avgrensa eller har vilkår
decide-max-months = høgst { $months } månader
decide-submit = Registrer vedtaket
decision-title = Vedtak
decision-outcome = Utfall
decision-reasons = Grunngjeving
decision-conditions = Vilkår
decision-period = Forsøksperiode
decision-regulation = Lokal regulering som skal vedtakast
decision-regulation-text = Kva den lokale reguleringa må seie
decision-granted = Innvilga unntak
decision-narrowed-to = Avgrensa til
decision-scheme = Ordning
decision-decided-at = Vedteke
decision-letter = Vedtaksbrev
regulation-trial_regulation = Forsøksforskrift
regulation-statutes = Vedtekter
regulation-free_municipality_statute = Frikommunevedtekt (frikommunevedtægt)
regulation-local_regulations = Lokale forskrifter (lokala föreskrifter)
letter-title = Vedtak om søknaden
letter-back = Tilbake til vedtaket
letter-our-reference = Vår referanse
letter-approved-intro = Vi har vurdert søknaden etter ordninga og godkjenner forsøket slik det går fram nedanfor.
letter-rejected-intro = Vi har vurdert søknaden etter ordninga og kan ikkje godkjenne han, av grunnane nedanfor.
letter-trial-record = Forsøket er registrert som
letter-regards = Med helsing
trial-title = Forsøk
trial-frozen = Det som vart godkjent, slik det vart godkjent. Endringar sidan då står i endringshistorikken nedanfor.
trial-participants = Deltakarar
trial-status-planned = Planlagt
trial-status-running = Pågår
trial-status-ended = Avslutta
application-decide = Gjer vedtak
application-decision = Vedtak
error-already-decided = Søknaden har alt fått vedtak; det første vedtaket står.
error-screening_conflict = Den juridiske gjennomgangen fann konflikt med: { $items }. Søknaden kan ikkje innvilgast.
error-exemption_not_requested = Det vart ikkje søkt om unntak { $number }.
error-exemption_granted_twice = Unntak { $number } er innvilga to gonger.
error-provision_outside_request = Føresegn { $provision } ligg utanfor det unntak { $number } søkte om.
error-period_too_long = Forsøksperioden på { $months } månader er lengre enn maksimum for ordninga, { $max } månader.
error-nothing_granted = Eit vedtak om innvilging må innvilge minst eitt av unntaka det er søkt om.
error-not_decidable = Berre ein innsend søknad kan få vedtak.
## Review: legal screening and clarification (issue 5, review slice).
review-stage = Handsaming
review-stage-under_review = Under handsaming
review-stage-awaiting_clarification = Ventar på avklaring
error-no-open-clarification = Det finst ikkje noko ope spørsmål å svare på: sekretariatet har ikkje stilt noko, eller det er alt svart på.
screening-title = Juridisk gjennomgang
screening-lead = Kvart punkt i sjekklista til ordninga blir vurdert: ingen konflikt, mogleg konflikt eller konflikt, alltid med ei skriftleg grunngjeving. Ein konflikt hindrar godkjenning; ein mogleg konflikt blir vist for den som avgjer.
screening-rules-version = Sjekklista i versjon { $version } av reglane til ordninga, som søknaden vart send inn under.
screening-blocking = Godkjenning er ikkje mogleg: det er funne ein konflikt.
screening-doubtful = Moglege konfliktar som må vurderast i avgjerda:
screening-empty = Reglane til ordninga har inga sjekkliste for juridisk gjennomgang.
screening-complete = Alle punkta er vurderte.
screening-incomplete = Ikkje alle punkta er vurderte enno.
screening-not-judged = Ikkje vurdert enno
screening-outcome = Utfall
screening-outcome-no_conflict = Ingen konflikt
screening-outcome-possible_conflict = Mogleg konflikt
screening-outcome-conflict = Konflikt
screening-reason = Grunngjeving
screening-save = Lagre vurderinga
screening-history = Historikk
screening-when = Når
screening-who = Kven
screening-item = Punkt
screening-saved = Vurderinga er lagra.
clarification-title = Avklaring
clarification-lead = Spørsmål frå sekretariatet og svara frå søkjaren. Søknadsfristen gjeld ikkje for svara.
clarification-empty = Det er ikkje stilt nokon spørsmål.
clarification-question = Spørsmål
clarification-answer = Svar
clarification-awaiting = Ventar på svar frå søkjaren
clarification-send-answer = Send svaret
clarification-amend = Finn føresegnene saman
clarification-amend-lead = Så lenge eit spørsmål er ope, kan dei omsøkte unntaka endrast: finn føresegner med regelfinnaren og legg dei til, eller fjern eit unntak med ei grunngjeving. Alle endringar blir lagra i journalen.
clarification-find-provisions = Finn føresegner med regelfinnaren
clarification-remove-reason = Grunngjeving for å fjerne
clarification-remove = Fjern
clarification-ask = Spør søkjaren
clarification-asked = Spørsmålet er sendt.
clarification-answered = Svaret er sendt.
clarification-amended = Dei omsøkte unntaka er endra.
clarification-linked-reason = Lagt til frå regelfinnaren under avklaringa: { $provision }
review-stage-approved = Innvilga
review-stage-rejected = Avslått
## --- Vurdering (sak 5: vurderarar, poeng, rangering) ---
nav-assessments = Vurderingar
assessments-title = Vurderingane mine
assessments-lead = Søknadene du er sett til å vurdere. Meld frå om ugildskap så snart du ser han: då ser du verken poenga til dei andre eller gjev poeng sjølv.
assessments-none = Du har ingen søknader å vurdere.
assessments-round = Runde
assessments-scoring = Kriterium vurderte
assessment-title = Vurdering
assessment-assessors = Vurderarar
assessment-no-assessors = Ingen vurderarar er sette på enno.
assessment-assign-label = Vurderarar som skal setjast på
assessment-assign = Set på
assessment-unassign = Fjern
assessment-conflict = Ugildskap
assessment-conflict-declared = Meldt ugildskap
assessment-conflict-employment = Tilsett hos ein søkjar
assessment-conflict-reason = Grunn til ugildskap
assessment-conflict-declare = Meld ugildskap
assessment-own-scores = Poenga dine
assessment-scale = Gje kvart kriterium frå 0 til { $max } poeng. La feltet stå tomt om du ikkje har bestemt deg.
assessment-weight = vekt
assessment-score = Poeng
assessment-comment = Kommentar
assessment-save-scores = Lagre poenga mine
assessment-result = Poeng og sum
assessment-criteria = Poeng per kriterium
assessment-criterion = Kriterium
assessment-scores = Poeng
assessment-mean = Snitt
assessment-value = Tel som
assessment-not-scored = ikkje vurdert enno
assessment-source-consensus = konsensus
assessment-source-mean = snitt av vurderarane
assessment-source-missing = ingen poeng
assessment-weighted = Vekta poengsum
assessment-total = Sum
assessment-no-value = ingen poeng enno
assessment-missing = Manglar framleis poeng: { $criteria }
assessment-bonus-network = Nettverksbonus
assessment-bonus-theme = Bonus for prioritert tema
assessment-bonus-objective = Bonus for målbart mål
assessment-why-network = { $count ->
    [one] Éin organisasjon søkjer.
   *[other] { $number } organisasjonar søkjer saman.
 }
assessment-why-single = Berre éin organisasjon søkjer.
assessment-why-theme = Søknaden gjeld { $count ->
    [one] eitt
   *[other] { $number }
 } av dei prioriterte temaa i ordninga.
assessment-why-no-theme = Ingen av temaa i søknaden er prioriterte.
assessment-why-objective = Målbare mål (eining, utgangspunkt og målverdi): { $indicators }
assessment-why-no-objective = { $count ->
    [one] Det eine målet manglar eining, utgangspunkt eller målverdi.
   *[other] Ingen av dei { $number } måla har eining, utgangspunkt og målverdi.
 }
assessment-consensus = Konsensuspoeng
assessment-consensus-lead = Eit konsensuspoeng erstattar snittet til vurderarane på kriteriet sitt. La feltet stå tomt for å bruke snittet.
assessment-save-consensus = Lagre konsensus
assessment-notes = Interne notat
assessment-notes-lead = Synlege berre for sekretariatet og for vurderarar utan ugildskap.
assessment-new-note = Nytt notat
assessment-add-note = Legg til notatet
assessment-reply = Svar
assessment-reply-to = svar på eit tidlegare notat
assessment-done-scores = Poenga dine er lagra.
assessment-done-consensus = Konsensuspoenga er lagra.
assessment-done-note = Notatet er lagt til.
assessment-done-assigned = Vurderarane er sette på.
assessment-done-unassigned = Vurderaren er fjerna.
assessment-done-conflict = Ugildskapen din er registrert.
assessment-error-out-of-scale = Poeng må vere eit heilt tal frå 0 til { $max }.
assessment-error-conflict = Du er ugild i denne søknaden.
assessment-error-not-assigned = Du er ikkje sett til å vurdere denne søknaden.
assessment-error-not-assessor = Berre kontoar med rolla vurderar kan setjast på.
assessment-error-not-submitted = Berre innsende søknader kan vurderast.
ranking-title = Rangering
ranking-lead = Søknadene i runden etter sum. Streken er trekt ved målet i runden på { $target } forsøk.
ranking-tie-across-line = Eit likt resultat kryssar streken: sekretariatet må avgjere kva søknader som går vidare.
ranking-theme = Tema
ranking-all-themes = Alle tema
ranking-status-submitted = Innsend
ranking-status-withdrawn = Trekt
ranking-status-all = Alle
ranking-filter = Filtrer
ranking-export-csv = Last ned som CSV
ranking-export-xlsx = Last ned som Excel-arbeidsbok
ranking-caption = Søknader rangerte etter sum; { $count ->
    [one] éin
   *[other] { $number }
 } innanfor streken
ranking-select = Vel
ranking-rank = Plass
ranking-lead-organisation = Hovudsøkjar
ranking-assessors = Vurderarar
ranking-bonus = Bonusar
ranking-notes = Merknader
ranking-line = Streken i runden: { $target } forsøk
ranking-why-no-scores = Ingen poeng enno: ikkje rangert.
ranking-why-incomplete = Ufullstendig, rangert etter dei fullstendige og utanfor streken; manglar: { $criteria }.
ranking-why-tied = Likt med ein annan søknad.
ranking-why-tie-across = Likt over streken.
ranking-bulk-assessors = Set desse vurderarane på dei valde søknadene
ranking-bulk-assign = Set på dei valde
# Varsel (i grensesnittet og på e-post)
nav-notifications = Varsel
notifications-title = Varsel
notifications-none = Du har ingen varsel enno.
notifications-unread = ulese
notifications-mark-read = Merk «{ $title }» som lese
notifications-mark-all-read = Merk alle som lesne
notification-assessor-assigned-title = Du er tildelt søknad { $case }
notification-assessor-assigned-body = «{ $title }» ({ $case }) ligg i køen din for vurdering. Meld frå om eventuell inhabilitet før du ser poenga til andre.
notification-clarification-asked-title = Eit spørsmål om søknaden { $case }
notification-clarification-asked-body = Sekretariatet har stilt eit spørsmål om «{ $title }» ({ $case }). Søknaden ventar til du svarar i tråden til søknaden.
notification-clarification-answered-title = Søkjaren har svart på { $case }
notification-clarification-answered-body = Søkjaren har svart på spørsmålet om «{ $title }» ({ $case }).
notification-decided-approved-title = Søknad { $case } er innvilga
notification-decided-approved-body = «{ $title }» ({ $case }) er innvilga. Vedtaket og vedtaksbrevet finn du på sida til søknaden.
notification-decided-rejected-title = Søknad { $case } er avgjord
notification-decided-rejected-body = Det er gjort vedtak om «{ $title }» ({ $case }): søknaden vart ikkje innvilga. Grunngivinga og brevet finn du på sida til søknaden.
notification-mail-greeting = Hei { $name },
notification-mail-link = Opne søknaden: { $url }
notification-mail-footer = Denne meldinga er send frå Frirum. Alle varsla dine: { $url }

# Del E: éin saksstatus, oversikter og arbeidskøar
case-status = Status
case-status-draft = Utkast
case-status-submitted = Sendt inn
case-status-in-screening = Under juridisk gjennomgang
case-status-awaiting-clarification = Ventar på avklaring
case-status-in-assessment = Under vurdering
case-status-ready-for-decision = Klar for vedtak
case-status-approved = Innvilga
case-status-rejected = Avslått
case-status-withdrawn = Trekt tilbake
notification-submitted-title = Ny søknad: { $case }
notification-submitted-body = «{ $title }» ({ $case }) er sendt inn og ventar på juridisk gjennomgang.
eligibility-frozen-title = Vilkår ved innsending
eligibility-frozen-at = Slik vilkåra vart kontrollerte då søknaden vart send inn ({ $date }), med tala som galdt då. Dei blir ikkje kontrollerte på nytt.
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
filter-none = Ingen søknader passar med desse filtera.
review-column-screening = Juridisk gjennomgang
review-column-assessors = Vurderarar ferdige
dashboard-title = Mi side
dashboard-secretariat-lead = Det som ventar på sekretariatet, i den rekkjefølgja ei sak går: juridisk gjennomgang, avklaring, vurdering, vedtak.
dashboard-queues = Saker etter status
dashboard-attention = Treng oppfølging
dashboard-answers = Svar på spørsmål som ikkje er følgde opp
dashboard-overdue = Spørsmål som har stått utan svar i meir enn 14 dagar
dashboard-closed = Avslutta saker
dashboard-all-applications = Alle søknader
dashboard-questions = Spørsmål å svare på
dashboard-questions-none = Ingen spørsmål ventar på svar frå deg.
dashboard-drafts = Utkast
dashboard-drafts-none = Du har ingen utkast. Finn ein runde å søkje i under
dashboard-cases = Sakene dine
dashboard-assessor-queue = Søknader å vurdere
# End of part E

# Part D: blind, independent assessment
assessment-statement-heading = Ugildskap
assessment-statement-lead = Før du får sjå noko av vurderinga av denne saka, må du seie om du er ugild: ei tilknyting til hovudsøkjaren eller eit nettverksmedlem, ei interesse i utfallet eller noko anna som kan svekkje tilliten til at du vurderer saka upartisk.
assessment-statement-none = Eg er ikkje ugild i denne saka
assessment-statement-conflict = Eller meld ugildskap og sei kva han består i
assessment-your-assignment = Oppdraget ditt
assessment-progress-submitted = vurdering levert { $at }
assessment-progress-stated = erklært ikkje ugild { $at }, vurderer framleis
assessment-progress-unstated = har enno ikkje teke stilling til ugildskap
assessment-blind-notice = Vurder på eiga hand: poenga og kommentarane til dei andre vurderarane blir viste for deg først når du har levert di eiga vurdering.
assessment-submit = Lagre og lever vurderinga mi
assessment-submit-lead = Lever når alle kriteria har fått poeng. Då blir poenga dine låste, og du ser poenga til dei andre vurderarane.
assessment-submitted-notice = Du leverte vurderinga di { $at }. Poenga dine er låste.
assessment-requests = Oppmodingar om konsensus
assessment-request-by = Bede om av { $name }
assessment-spread = Sprik mellom vurderarane
assessment-spread-lead = Skilnaden mellom høgaste og lågaste poeng. Ein skilnad på meir enn { $threshold } poeng blir markert.
assessment-spread-overall = Samla (kvar vurderar sine vekta poeng)
assessment-spread-lowest = Lågast
assessment-spread-highest = Høgast
assessment-spread-difference = Skilnad
assessment-spread-none = færre enn to poeng
assessment-spread-flagged = markert
assessment-spread-advice = Vurderarane er klart usamde. Vurder å be dei bli samde om ein konsensus.
assessment-request-message = Melding til vurderarane (valfritt)
assessment-request-consensus = Be vurderarane om ein konsensus
assessment-done-statement = Erklæringa di er registrert: du er ikkje ugild i denne saka.
assessment-done-submitted = Vurderinga di er levert.
assessment-done-requested = Vurderarane er bedne om å bli samde om ein konsensus.
assessments-submitted = levert
assessments-statement-needed = ta først stilling til ugildskap
error-conflict_statement_required = Sei først om du er ugild i denne saka.
error-own_assessment_not_submitted = Lever di eiga vurdering før du les poenga og notata til dei andre vurderarane.
error-assessment_already_submitted = Du har levert vurderinga di; poenga kan ikkje lenger endrast.
error-assessment_incomplete = Gi poeng på alle kriteria før du leverer vurderinga.
notification-consensus-requested-title = Konsensus etterspurd for søknad { $case }
notification-consensus-requested-body = Sekretariatet ber vurderarane av «{ $title }» ({ $case }) om å bli samde om ein konsensus.
journal-action-assessment-no-conflict-stated = erklærte at vedkomande ikkje er ugild
journal-action-assessment-assessment-submitted = leverte vurderinga si
journal-action-assessment-consensus-requested = bad vurderarane om ein konsensus
field-message = Melding
field-criteria-scored = Kriterium vurderte
assessment-request-submit-first = Lever di eiga vurdering for å lese kva sekretariatet ber om.
# End of part D
# Part A (hardening)
problem-invalid_characters = { $field } inneheld kontrollteikn eller teikn som snur skriveretninga, og kan ikkje godtakast. Fjern dei og prøv igjen.
login-throttled-seconds = For mange mislukka forsøk på å logge inn. Av omsyn til tryggleiken må du vente { $seconds ->
    [one] eitt sekund
   *[other] { $number } sekund
 } før du prøver igjen.
field-q = Søkjetekst
# End of part A
# Part C (decisions with safeguards, public views)
error-reasons_required = Skriv grunngjevinga for vedtaket: eit vedtak skal grunngjevast anten det innvilgar eller avslår.
error-period_ends_before_decision = Forsøksperioden sluttar før vedtaksdagen. Vel ein periode som framleis kan gjennomførast.
error-round_still_open = Runden er framleis open: denne ordninga gjer vedtak først etter søknadsfristen for runden.
error-screening_not_completed = Den juridiske gjennomgangen er ikkje fullført: kvart punkt på sjekklista må vurderast før vedtaket.
error-decision_not_confirmed = Vedtaket vart ikkje stadfesta. Gå gjennom samandraget av det som blir offentleggjort, og stadfest det.
decide-basis = Dette byggjer vedtaket på
decide-possible-conflicts = Moglege konfliktar funne i den juridiske gjennomgangen
decide-no-possible-conflicts = Den juridiske gjennomgangen fann ingen moglege konfliktar.
decide-screening = Juridisk gjennomgang
decide-assessors = Framdrifta til vurderarane
decide-no-assessors = Ingen vurderarar er tildelte.
decide-assessor-progress = kriterium vurderte: { $progress }
decide-assessor-conflict = ugild, gjev ikkje poeng
decide-consensus = Konsensuspoeng
decide-no-consensus = Ingen konsensuspoeng er sette.
decide-total = Sum
decide-total-incomplete = ikkje alle kriteria er vurderte enno
decide-no-total = Ingen sum enno
decide-rank = Plassering i runden
decide-rank-target = målet for runden er { $target } forsøk
decide-rank-within = Innanfor målet.
decide-rank-outside = Utanfor målet.
decide-no-rank = Ikkje rangert enno.
decide-reasons-hint = Krevst både ved innvilging og avslag. Grunngjevinga blir offentleggjord med vedtaket.
decide-exemptions-hint = Kryss berre av for det som blir innvilga. Ingenting blir innvilga utan avkryssing.
decide-choose = Vel …
decide-signatory-title = Tittelen din, slik brevet blir underteikna
decide-review = Sjå over vedtaket
confirm-title = Stadfest vedtaket
confirm-intro = Dette blir registrert og offentleggjort. Kontroller det før du stadfestar: eit vedtak kan ikkje endrast etterpå.
confirm-summary = Dette blir offentleggjort
confirm-submit = Registrer og offentleggjer vedtaket
confirm-change = Endre vedtaket
decision-granted-for = Innvilga for
decision-within-request = Innanfor søknaden om
decisions-filter = Filtrer vedtaka
decisions-filter-any = Alle
decisions-filter-year = År
decisions-filter-apply = Vis
letter-legal-basis = Rettsleg grunnlag
letter-legal-basis-intro = Vedtaket er gjort med heimel i
letter-appeal = Klage
letter-no-appeal = Vedtaket kan ikkje påklagast.
decision-settings-title = Innstillingar for vedtak
decision-settings-link = Innstillingar for vedtak
decision-settings-safeguards = Gjer vedtak først etter fristen for runden og ein fullført juridisk gjennomgang
decision-settings-safeguards-hint = Tilrådd. Når dette er slått av, kan ein søknad avgjerast medan runden er open og før alle punkta i den juridiske gjennomgangen er vurderte.
decision-settings-authority = Vedtaksmakt (eigaren av ordninga)
decision-settings-legal-basis = Rettsleg grunnlag for vedtaka
decision-settings-appeal = Klagerettleiing
decision-settings-appeal-hint = Korleis og kvar vedtaket kan påklagast. La feltet stå tomt om vedtaket ikkje kan påklagast: då står det i brevet.
decision-settings-save = Lagre innstillingane
decision-settings-saved = Innstillingane for vedtak er lagra.
journal-action-scheme-decision-settings-changed = endra innstillingane for vedtak
decision-letter-pdf = Brevet som PDF
four-eyes-note = Vedtak i denne ordninga blir offentleggjorde først når eit anna medlem av sekretariatet har godkjent dei.
four-eyes-proposed = Vedtaket er registrert som eit forslag. Det blir offentleggjort når eit anna medlem av sekretariatet godkjenner det.
four-eyes-pending = Eit vedtak ventar på godkjenning
four-eyes-proposed-by = Føreslått av
four-eyes-approve = Godkjenn og offentleggjer vedtaket
four-eyes-own = Du føreslo dette vedtaket: eit anna medlem av sekretariatet må godkjenne det. Eit nytt vedtak nedanfor erstattar forslaget.
decision-settings-four-eyes = Fire auge: eit anna medlem av sekretariatet godkjenner kvart vedtak før det blir offentleggjort
decision-settings-four-eyes-hint = Den som føreslår eit vedtak, kan ikkje godkjenne det sjølv.
error-second_approver_required = Eit anna medlem av sekretariatet enn den som føreslo vedtaket, må godkjenne det.
error-nothing_to_approve = Ingen vedtak ventar på godkjenning i denne saka.
journal-action-application-decision-proposed = føreslo eit vedtak til godkjenning
# End of part C

## --- Del F (sak 12): ingen blindvegar for søkjarar, klart språk ---
scheme-not-open-to-you = Denne ordninga er berre open for organisasjonar i { $country }, så organisasjonen din kan ikkje starte ein søknad her.
error-not-open-country = Denne ordninga er berre open for organisasjonar i { $country }.
error-not-open-kind = Denne ordninga tek ikkje imot søknader frå organisasjonar av typen «{ $kind }».
field-themes = Tema
field-theme = Tema
field-assessor = Vurderar
field-row-objective = Mål
field-row-exemption = Unntak
field-row-partner = Partnar
field-row-member = Nettverksmedlem
field-row-theme = Tema
time-zone-europe-oslo = norsk tid
time-zone-europe-copenhagen = dansk tid
time-zone-europe-stockholm = svensk tid
journal-count = { $count ->
    [one] { $number } oppføring
   *[other] { $number } oppføringar
 }
journal-rows = { $count ->
    [one] { $number } rad
   *[other] { $number } rader
 }
journal-unknown = (ukjend)
journal-because = Grunngjeving
journal-deleted-draft = Sletta utkast
journal-action-other = endra saka
journal-action-application-created = starta søknaden
journal-action-application-saved = lagra utkastet
journal-action-application-submitted = sende inn søknaden
journal-action-application-withdrawn = trekte søknaden
journal-action-application-deleted = sletta utkastet
journal-action-application-decided = gjorde vedtak i saka
journal-action-application-exemptions-amended = endra dei omsøkte unntaka
journal-action-assessment-assessor-assigned = tildelte ein vurderar
journal-action-assessment-assessor-unassigned = fjerna ein vurderar
journal-action-assessment-conflict-declared = melde inhabilitet
journal-action-assessment-consensus-set = registrerte semje om poeng
journal-action-assessment-note-added = la til eit notat i vurderinga
journal-action-assessment-scores-saved = lagra poeng
journal-action-clarification-answered = svarte på eit avklaringsspørsmål
journal-action-clarification-asked = stilte eit avklaringsspørsmål
journal-action-proposal-adopted = tok temaframlegget inn som tema
journal-action-proposal-created = gjorde framlegg om eit tema
journal-action-proposal-declined = avslo temaframlegget
journal-action-proposal-endorsed = støtta temaframlegget
journal-action-round-changed = endra søknadsrunden
journal-action-round-created = oppretta søknadsrunden
journal-action-scheme-created = oppretta ordninga
journal-action-scheme-rules-changed = endra reglane i ordninga
journal-action-scheme-status-changed = endra statusen til ordninga
journal-action-scheme-theme-added = la til eit tema
journal-action-scheme-theme-changed = endra eit tema
journal-action-scheme-updated = endra ordninga
journal-action-screening-recorded = vurderte eit punkt i den juridiske gjennomgangen
status-deleted = Sletta
application-delete = Slett utkastet
application-delete-title = Slette dette utkastet?
application-delete-text = Utkastet «{ $title }» og alt som er skrive i det, blir sletta. Dette kan ikkje angrast. Sakloggen held på ein merknad om at utkastet vart sletta, og av kven.
application-delete-confirm = Ja, slett utkastet
application-delete-cancel = Nei, behald utkastet
application-deleted-notice = Utkastet vart sletta.
form-saved-partly = Alt anna vart lagra. Rett felta som er merkte nedanfor, og lagre igjen.
form-not-saved = Ingenting er lagra enno. Rett felta som er merkte nedanfor, og lagre igjen; det du skreiv, står her framleis.
form-errors-heading = { $count ->
    [one] Eitt felt må rettast
   *[other] { $number } felt må rettast
 }
member-suggestions = Meinte du
member-choices-label = Organisasjonar i registeret
population-source-approximation = Overslag, ikkje kontrollert
population-source-table = tabell
population-source-dated = { $agency }, folketal per { $date }
field-rules-version = Versjon av reglane
journal-characters = { $count ->
    [one] { $number } teikn
   *[other] { $number } teikn
 }

# fix-3: lists, filters, submission
organisation-applications = Søknadene frå denne organisasjonen

# fix-1: assessment and decision safeguards
error-assessor_has_submitted = Vurderaren har levert vurderinga si og kan ikkje fjernast: poenga blir ståande og tel.
error-assessors_not_submitted = Konsensus kan registrerast først når alle tildelte vurderarar utan interessekonflikt har levert vurderinga si.
assessment-unassign-submitted = Har levert: blir ståande på saka, og poenga tel.
assessment-unassign-confirm = Vurderaren blir teken av saka, og poeng som ikkje er leverte, blir sletta. Grunngivinga blir skriven i sakloggen.
assessment-unassign-reason = Kvifor blir vurderaren fjerna?
assessment-unassign-do = Fjern vurderaren
assessment-consensus-waits = Konsensus kan registrerast når alle tildelte vurderarar utan interessekonflikt har levert vurderinga si.
decide-no-assessment-submitted = Ingen vurderar har levert ei vurdering av denne søknaden enno.
decide-go-assessment = Gå til vurderinga
decide-assessor-submitted = levert
decide-assessor-not-submitted = ikkje levert
decide-no-exemptions-what-to-do = Søknaden ber ikkje om unntak og kan difor ikkje innvilgast slik han står. Spør søkjaren i ei avklaring kva reglar forsøket treng unntak frå; medan spørsmålet er ope, kan søkjaren og sekretariatet leggje til føresegnene med regelfinnaren.
decide-no-exemptions-ask = Spør søkjaren kva føresegner forsøket treng
decide-round-open-until = Runden er open til { $deadline }. Etter reglane for denne ordninga kan det først gjerast vedtak etter fristen.
decide-round-open-meanwhile = I mellomtida kan du fullføre den juridiske gjennomgangen, be søkjaren om avklaring og følgje vurderinga.
error-round-still-open-until = Runden er framleis open til { $deadline }: denne ordninga gjer vedtak først etter fristen.
decide-go-screening = Gå til den juridiske gjennomgangen
decide-go-clarification = Gå til avklaringa
field-outcome = Vedtak
field-reasons = Grunngjeving
field-conditions = Vilkår
field-regulation-kind = Lokal regulering som skal vedtakast
field-regulation-text = Kva den lokale reguleringa må seie
field-signatory-title = Tittelen din, slik brevet blir underteikna
decide-regulation-required = Må fyllast ut ved innvilging.
screening-next-assessment = Gå vidare til vurderinga
decision-grant-note = Gjeld berre dette unntaket

## fix-2: the journal in words
journal-criteria-scored = { $count ->
    [one] gav poeng på { $number } kriterium
   *[other] gav poeng på { $number } kriterium
 }
journal-exemptions-granted = { $count ->
    [one] { $number } unntak innvilga
   *[other] { $number } unntak innvilga
 }
journal-field-item-text = Punkt
journal-field-outcome = Resultat
journal-field-scores = Poeng
journal-field-consensus = Felles poeng
journal-field-granted = Innvilga unntak
journal-field-conditions = Vilkår
journal-field-conflict = Ugildskap
journal-field-conflict-reason = Grunn til ugildskap
journal-field-draft-scores-dropped = Ikkje innsende poeng forkasta
journal-field-comment = Kommentar
journal-field-question = Spørsmål
journal-field-answer = Svar
journal-field-regulation-kind = Lokal forskrift
journal-field-regulation-text = Innhaldet i forskrifta
journal-field-reasons = Grunngjeving
journal-field-assessor-id = Vurderar
journal-field-decided-by = Vedteke av
journal-field-safeguards = Rettstryggleiksgarantiar
journal-field-issuing-authority = Vedtaksstyresmakt
journal-field-legal-basis = Heimel
journal-field-appeal-guidance = Klagerettleiing
journal-field-four-eyes = To personar godkjenner vedtak
journal-field-number = Nummer
eligibility-after-corrections = Vilkåra blir sjekka på nytt når feila er retta og søknaden er lagra.

# fix-3: submission's confirmation step
submit-confirm-title = Sende inn søknaden?
submit-confirm-lead = Sjå over kva som blir sendt. Søknaden går til sekretariatet for { $scheme }, som går gjennom, vurderer og avgjer han.
submit-confirm-to = Blir send til
submit-confirm-to-value = Sekretariatet for { $scheme }
submit-confirm-exemptions = Fritak det blir søkt om
submit-confirm-no-exemptions = Ingen fritak er førte opp.
submit-confirm-locked = Etter innsending kan søknaden ikkje endrast. Han kan trekkjast tilbake fram til vedtaket er gjort.
submit-confirm-do = Send inn søknaden
submit-confirm-back = Tilbake til skjemaet
submit-confirm-not-eligible = Søknaden oppfyller enno ikkje reglane i ordninga og kan ikkje sendast inn. Gå tilbake til skjemaet og rett det rapporten under peikar på.

# fix-3: the applicant's page, where a new application starts
dashboard-start = Start ein ny søknad
dashboard-start-lead = Desse rundane er opne for søknader frå organisasjonen din no. Opne ein runde for å starte ein ny søknad.
dashboard-start-none = Ingen rundar er opne for organisasjonen din no. Sjå ordningane:
dashboard-start-deadline = frist { $deadline }

# Trials in operation (the foundation): the list, the trial page, its life and history
nav-trials = Forsøk
trials-title = Forsøk
trials-lead = Alle godkjende forsøk, kvar dei står no og kva som er endra sidan godkjenninga.
trials-mine = Forsøka til organisasjonen min
trials-followed = Forsøk eg følgjer
trials-filter = Filtrer forsøka
trials-theme = Tema
trials-participant = Deltek
trials-all = Alle forsøk
trials-none = Ingen forsøk passar.
trials-estimated-note = * planlagd dato, enno ikkje registrert som faktisk.
trial-status-suspended = Sett på vent
trial-end-completed = Fullført
trial-end-stopped_early = Avslutta før tida
trial-now = Kvar forsøket står
trial-why = Kvifor
trial-start = Start
trial-end = Slutt
trial-date-actual = faktisk
trial-date-estimated = planlagd
trial-approved-end = Slutt slik det vart godkjent
trial-verified = Status sist stadfesta
trial-verified-never = Enno ikkje stadfesta i ein rapport
trial-legal-basis = Kor lenge kvart unntak gjeld
trial-exemption = Unntak
trial-legal-basis-end = Gjeld til
trial-history = Endringshistorikk
trial-version = Versjon
trial-change-approved = Godkjent
trial-change-started = Starta
trial-change-suspended = Sett på vent
trial-change-resumed = Teke opp att
trial-change-completed = Fullført
trial-change-stopped_early = Avslutta før tida
# The local regulation of the trial's country, named in the visitor's language.
trial-change-regulation_adopted = { $country ->
        [dk] Lokal vedtekt (frikommunevedtægt) vedteken
        [se] Lokale forskrifter vedtekne
       *[no] Forsøksforskrift vedteken
    }
trial-change-change_approved = Endring godkjend
trial-change-change_recorded = Endring registrert
trial-field-status = Status
trial-field-planned_start = Planlagd start
trial-field-planned_end = Planlagd slutt
trial-field-actual_start = Starta
trial-field-actual_end = Avslutta
trial-field-end_kind = Korleis det enda
trial-field-why_stopped = Grunngiving
trial-field-participants = Deltakarar
trial-field-objectives = Mål
trial-field-exemptions = Unntak
trial-researchers = Forskarar som følgjer forsøket
trial-researchers-none = Ingen forskar følgjer dette forsøket enno.
trial-researcher-remove = Fjern
trial-researcher-choose = Forskar
trial-researcher-assign = La forskaren følgje forsøket
trial-lifecycle = Endre statusen til forsøket
trial-lifecycle-hint = Forsøket startar av seg sjølv når forsøksforskrifta er i kraft, og sluttar av seg sjølv når perioden er over. Bruk dette skjemaet når noko anna skjer.
trial-step = Kva skjer
trial-step-start = Det har starta
trial-step-suspend = Set det på vent
trial-step-resume = Det går att
trial-step-complete = Det er fullført
trial-step-stop_early = Det vert avslutta før tida
trial-step-on = Kva dag
trial-step-on-hint = Trengst for å starte, fullføre eller avslutte før tida.
trial-step-reason = Kvifor
trial-step-reason-hint = Trengst for å setje på vent eller avslutte før tida. Grunngivinga er offentleg.
trial-step-save = Registrer endringa
trial-ended-final = Forsøket er avslutta. Opplysningane står som dei er.
error-invalid_trial_transition = Det steget er ikkje mogleg frå den noverande statusen til forsøket.
error-reason_required = Gje ei grunngiving.
error-ends_before_start = Slutten kan ikkje vere før starten ({ $start }).
trial-never-started = Dette forsøket starta aldri: heile perioden er over, og forsøksforskrifta tok aldri til å gjelde.
trial-never-started-manage = Registrer nedanfor at det vart avslutta før tida, med grunngiving.
trial-never-started-short = Starta aldri
trial-objectives-now = Mål no
trial-objectives-changed = Måla er endra sidan godkjenninga: sjå endringshistorikken.
trial-step-confirm = Eg forstår at det ikkje kan gjerast om å fullføre eller avslutte forsøket.
field-on = Dagen
field-confirm = Stadfesting
dashboard-researcher-none = Ingen forsøk er tildelte deg enno. Sekretariatet avgjer kva forskarar som følgjer kvart forsøk.
dashboard-researcher-lead = Opne eit forsøk for å gå gjennom målingane deltakarane rapporterer.

## --- Documents (issue 13, item 6): files attached to a trial ---
document-heading = Dokument
document-none = Ingen dokument enno.
document-title = Tittel
document-title-hint = La stå tomt for å bruke filnamnet.
document-kind = Kva det er
document-kind-report = Rapport
document-kind-regulation = Vedteken forskrift
document-kind-evaluation = Evaluering
document-kind-decision_letter = Vedtaksbrev
document-kind-other = Anna
document-file = Fil
document-file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, rein tekst eller CSV, høgst { $number } MB. Filtypen vert kontrollert ut frå innhaldet.
document-size-kb = { $number } kB
document-uploaded = Lasta opp
document-visibility = Kven kan sjå det
document-public = Offentleg
document-private = Berre deltakarane i forsøket
document-make-public = Gjer offentleg
document-make-private = Gjer ikkje-offentleg
document-upload-heading = Legg til eit dokument
document-upload = Last opp
document-publish-now = Offentleggjer med ein gong
document-refused = Fila vart ikkje lasta opp. Sjå årsaka nedanfor.
document-back = Tilbake til forsøket
error-file_too_large = Fila er for stor: høgst { $limit_mib } MB vert godteke.
error-file_empty = Fila er tom.
error-unsupported_file_type = Fila er ikkje av ein type som vert godteken, eller innhaldet er ikkje det filnamnet seier. Godteke: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, rein tekst og CSV.
error-document_record_not_public = Dokumentet høyrer til noko som ikkje er offentleg, og kan difor ikkje gjerast offentleg.

# Indikatorar målte over tid (sak 13, punkt 2)
indicator-heading = Indikatorar over tid
indicator-none = Ingen indikatorar enno. Dei blir laga av dei godkjende måla første gong folka i forsøket opnar dei.
indicator-awaiting-review = { $count ->
    [one] Éin rapportert verdi ventar på gjennomgang.
   *[other] { $number } rapporterte verdiar ventar på gjennomgang.
}
indicator-export = Last ned indikatorane (CSV)
indicator-open-report = Rapporter verdiar
indicator-open-review = Gå gjennom rapporterte verdiar
indicator-open-page = Alle rapporterte verdiar
indicator-measure = Blir målt som
indicator-baseline = Utgangsverdi
indicator-target = Mål
indicator-frequency = Blir rapportert
indicator-breakdown = Fordelt på
indicator-legend-actual = Mørkeblå linje med prikkar: godkjende verdiar
indicator-legend-target = Oransje stipla linje: mål
indicator-legend-baseline = Grå linje: utgangsverdi
indicator-legend-table = Dei same tala står i tabellen under.
indicator-table-caption = Mål og godkjende verdiar per periode
indicator-period = Periode
indicator-actual = Verdi
indicator-status = Status
indicator-comment = Kommentar
indicator-reviewer-comment = Kommentar frå gjennomgangen
indicator-revisions = { $count ->
    [one] Endra éin gong: den tidlegare definisjonen
   *[other] Endra { $number } gonger: dei tidlegare definisjonane
}
indicator-revision = Versjon { $revision }
indicator-definition = Definisjon
indicator-measure-unit = eit tal
indicator-measure-percentage = ein prosentdel
indicator-measure-nominal = eit tal på ein skala av kategoriar
indicator-measure-ordinal = eit heiltal på ein rangert skala
indicator-measure-qualitative = ei skildring med ord
indicator-frequency-quarterly = kvar tredje månad
indicator-frequency-half_yearly = kvart halvår
indicator-frequency-yearly = kvart år
indicator-status-draft = Utkast
indicator-status-submitted = Ventar på gjennomgang
indicator-status-returned = Send tilbake for retting
indicator-status-approved = Godkjend
indicator-ascending = høgare er betre
indicator-descending = lågare er betre
indicator-chart-desc = Utgangsverdi { $baseline }. Mål { $target }. Godkjende verdiar: { $actuals }.
indicator-chart-no-actuals = ingen enno
indicator-page-title = Indikatorar og rapporterte verdiar
indicator-page-lead = Rapporter verdien for kvar periode, som utkast eller til gjennomgang. Berre verdiar som sekretariatet eller forskaren i forsøket godkjenner, tel og blir viste offentleg; ein godkjend periode kan ikkje endrast lenger.
indicator-queue-heading = Ventar på gjennomgangen din
indicator-queue-empty = Ingenting ventar på gjennomgang.
indicator-reported-by = Rapportert av
indicator-review-comment = Kommentar til kommunen
indicator-review-comment-hint = Må fyllast ut når du sender verdien tilbake: sei kva som bør rettast.
indicator-approve = Godkjenn
indicator-return = Send tilbake for retting
indicator-report-heading = Rapporter
indicator-returned-because = Send tilbake for retting
indicator-value-text = Kva som hende i perioden
indicator-value = Verdi
indicator-value-hint = Mål for perioden: { $target }. Skriv eit tal, til dømes 12 eller 12,5.
indicator-send = Send til gjennomgang
indicator-save-draft = Lagre som utkast
indicator-waiting = send, ventar på gjennomgang
indicator-locked = godkjend og låst
indicator-import-heading = Importer verdiar frå ei fil
indicator-import-lead = Last ned indikatorane som CSV, fyll ut verdikolonnen og importer den same fila her. Periodar du lèt stå tomme, blir hoppa over. Er éi linje feil, blir ingenting importert, og linja blir nemnd.
indicator-import-file = CSV-fil
indicator-import-hint = Fila du får ved nedlasting, med verdiane dine fylte ut (UTF-8).
indicator-import-send = Send dei importerte verdiane til gjennomgang
indicator-import = Importer
indicator-import-choose-file = Vel ei CSV-fil å importere.
indicator-define-heading = Legg til ein indikator
indicator-revise-heading = Endre indikatoren
indicator-revise-lead = Ei endring tek vare på definisjonen frå før, som blir vist saman med indikatoren, og godkjende periodar held på måla sine.
indicator-field-reason = Kvifor han blir endra
indicator-revise = Lagre endringa
indicator-notice-revised = Indikatoren er endra; den tidlegare definisjonen er teken vare på.
indicator-field-title = Kva som blir målt
indicator-field-description = Skildring
indicator-field-unit = Eining (til dømes elevar eller dagar)
indicator-field-ascending = Høgare verdiar er betre
indicator-field-baseline-value = Utgangsverdi
indicator-field-baseline-date = Dato for utgangsverdien
indicator-field-target-value = Målverdi
indicator-field-target-date = Dato for målet
indicator-field-dimension = Fordel på (valfritt)
indicator-field-dimension-hint = Til dømes aldersgruppe eller bydel.
indicator-field-categories = Kategoriar
indicator-field-categories-hint = Éin per linje.
indicator-define = Legg til indikatoren
indicator-back = Tilbake til forsøket
indicator-notice-draft = Verdien er lagra som utkast.
indicator-notice-submitted = Verdien er send til gjennomgang.
indicator-notice-approved = Verdien er godkjend; perioden er no låst.
indicator-notice-returned = Verdien er send tilbake for retting med kommentaren din.
indicator-notice-imported = { $count ->
    [0] Fila hadde ingen nye verdiar.
    [one] Verdien for éin periode vart importert.
   *[other] Verdiane for { $number } periodar vart importerte.
}
indicator-notice-defined = Indikatoren er lagd til.
indicator-error-conflict = Nokon andre endra eller gjekk gjennom denne verdien i mellomtida. Sida viser han no slik han er.
indicator-error-decided = Nokon andre har alt avgjort denne verdien. Sida viser han no slik han står.
indicator-reach-not-ended = kan rapporterast når perioden er over
indicator-reach-not-reached = ikkje nådd: forsøket vart avslutta
indicator-chart-axes = Frå { $from } til { $to }; verdiar frå { $low } til { $high }.
error-period_not_ended = Denne perioden er ikkje over enno: verdien kan rapporterast frå dagen etter { $end }.
error-period_after_trial_end = Denne perioden vart ikkje nådd: forsøket vart avslutta før han byrja, så det er ingenting å rapportere for han.
indicator-notification-submitted-title = Indikatorverdiar til gjennomgang: { $case }
indicator-notification-submitted-body = Nye verdiar for forsøket «{ $title }» ({ $case }) ventar på gjennomgangen din.
indicator-notification-approved-title = Indikatorverdi godkjend: { $case }
indicator-notification-approved-body = Ein verdi du rapporterte for forsøket «{ $title }» ({ $case }), er godkjend.
indicator-notification-returned-title = Indikatorverdi send tilbake: { $case }
indicator-notification-returned-body = Ein verdi du rapporterte for forsøket «{ $title }» ({ $case }), er send tilbake for retting. Kommentaren står på indikatorsida.
error-indicator_value_invalid = { $measure ->
    [percentage] Verdien passar ikkje til indikatoren: skriv ein prosentdel frå 0 til 100.
    [ordinal] Verdien passar ikkje til indikatoren: skriv eit heiltal på skalaen.
    [qualitative] Denne indikatoren blir skildra med ord: skriv kva som hende, ikkje eit tal.
    [unit] Verdien passar ikkje til indikatoren: skriv eit tal.
    [nominal] Verdien passar ikkje til indikatoren: skriv eit tal.
   *[any] Verdien passar ikkje til indikatoren: skriv eit tal, eller ord for ein indikator som blir skildra med ord.
}
error-indicator_csv_invalid = Linje { $line }, kolonne «{ $field }»: { $reason }. Ingenting frå fila vart lagra.
error-period_locked = Verdien for denne perioden er godkjend og låst; han kan ikkje endrast lenger.
error-update_awaiting_review = Denne verdien ventar på gjennomgang og kan berre endrast viss han blir send tilbake.
error-update_not_submitted = Denne verdien ventar ikkje (lenger) på gjennomgang.
error-review_comment_required = Sei kva som bør rettast når du sender ein verdi tilbake.

## --- Stimuleringsmidlar (issue 13, item 7: funds slice, prefix fund-) ---
fund-heading = Stimuleringsmidlar
fund-none = Denne ordninga gjev ingen stimuleringsmidlar.
fund-awarded = Tildelt
fund-disbursed = Utbetalt
fund-spent = Brukt, som rapportert
fund-no-grants = Ingenting er tildelt enno.
fund-grants = Tildelingar
fund-award-date = Tildelt dato
fund-amount-applied-for = Søkt beløp
fund-amount-awarded = Tildelt beløp
fund-amount-disbursed = Utbetalt beløp
fund-planned-dates = Planlagd periode
fund-planned-start = Frå
fund-planned-end = Til
fund-payments = Utbetalingar
fund-paid-on = Utbetalt dato
fund-amount = Beløp
fund-reference = Referanse i rekneskapen
fund-spending = Rapportert forbruk
fund-period = Periode
fund-period-start = Frå og med
fund-period-end = Til og med
fund-purpose = Kva pengane gjekk til
fund-purpose-hint = Til dømes løn til prosjektleiar eller kurs for tilsette. Teksten vert lesen av sekretariatet og forskarane som følgjer forsøket.
fund-reported-by = Rapportert av
fund-allocate-heading = Tildel midlar
fund-allocate = Tildel
fund-remaining-of = { $remaining } av { $total } er att i budsjettet til ordninga.
fund-budget-link = Sjå budsjettet
fund-amount-hint = Skriv beløpet slik du plar, til dømes 1 250 000 eller 1 250 000,50.
fund-optional = Kan stå tomt.
fund-award-date-hint = Datoen vedtaket om tildeling vart gjort. Tildelinga vert rekna mot budsjettet for dette året.
fund-no-budget-to-allocate = Ordninga har ikkje noko budsjett å tildele frå.
fund-pay-heading = Registrer ei utbetaling
fund-undisbursed = Ikkje utbetalt enno: { $amount }.
fund-pay-grant = Tildelinga som vert betalt ut
fund-left = { $amount } att
fund-pay = Registrer utbetalinga
fund-spend-heading = Rapporter forbruk
fund-spend = Send rapporten om forbruk
fund-page-link = Alt om midlane til forsøket
fund-refused = Det som vart sendt, vart ikkje lagra. Sjå meldinga ved feltet.
fund-back-to-trial = Tilbake til forsøket
fund-back-to-scheme = Tilbake til ordninga
fund-budget-title = Budsjett for stimuleringsmidlar
fund-budget-total = Budsjett i alt
fund-budget-allocated = Tildelt
fund-budget-remaining = Att
fund-budget-planned = Budsjett
fund-budget-by-year = Fordelt på år
fund-budget-years-hint = Kan stå tomt. Fordeler du på år, må åra til saman bli budsjettet i alt, og ei tildeling vert rekna mot året ho vart gjord.
fund-year = År
fund-grants-by-trial = Tildelingar per forsøk
fund-trial = Forsøk
fund-ungranted = Forsøk utan tildeling
fund-budget-change = Endre budsjettet
fund-budget-set = Set eit budsjett
fund-currency = Valuta
fund-budget-save = Lagre budsjettet
fund-budget-remove = Ordninga gjev ingen midlar
fund-error-budget-exceeded = Tildelinga på { $requested } er meir enn dei { $remaining } som er att. Budsjett: { $total }, alt tildelt: { $allocated }.
fund-error-budget-exceeded-year = Tildelinga på { $requested } er meir enn dei { $remaining } som er att for { $year }. Budsjett for året: { $total }, alt tildelt: { $allocated }.
fund-error-payment-exceeds-award = Utbetalinga på { $requested } er meir enn dei { $remaining } som er att av tildelinga. Tildelt: { $awarded }, utbetalt: { $disbursed }.
fund-error-below-allocated = Budsjettet på { $total } er mindre enn dei { $allocated } som alt er tildelte.
fund-error-years-do-not-add-up = Åra vert til saman { $years_sum }, ikkje budsjettet i alt på { $total }.
fund-error-year-not-planned = Budsjettet har ingen midlar for { $year }. Vel ein dato i eit år budsjettet har, eller fordel budsjettet på fleire år.
fund-error-year-twice = Året { $year } står to gonger.
fund-error-no-budget = Denne ordninga gjev ingen stimuleringsmidlar, så ingenting kan tildelast.
fund-error-no-allocation = Forsøket har ikkje fått tildelt midlar, så det er ikkje noko forbruk å rapportere.
fund-error-currency-fixed = Valutaen kan ikkje endrast når det er tildelt midlar.
fund-amount-empty = Skriv eit beløp.
fund-amount-not_a_number = Dette er ikkje eit beløp. Skriv det til dømes slik: 1 250 000,50.
fund-amount-wrong_currency = Beløpet er i ein annan valuta enn budsjettet.
fund-amount-negative = Beløpet kan ikkje vere negativt.
fund-amount-zero = Beløpet må vere meir enn null.
fund-amount-too_many_decimals = Beløpet har fleire desimalar enn valutaen. Skriv øre med to siffer, til dømes 1 250,50.
fund-amount-too_large = Beløpet er for stort.
fund-amount-ambiguous = Beløpet kan lesast på to måtar. Skriv tusen som 1000 eller 1 000, og øre med komma: 1 000,50.
field-award-date = Tildelt dato
field-planned-start = Planlagd start
field-planned-end = Planlagd slutt
field-paid-on = Utbetalt dato
field-purpose = Kva pengane gjekk til
field-allocation-id = Tildeling
error-no_budget = Denne ordninga gjev ingen stimuleringsmidlar.
error-no_allocation = Forsøket har ikkje fått tildelt midlar.
error-budget_exceeded = Tildelinga er større enn det som er att av budsjettet.
error-payment_exceeds_award = Utbetalinga er større enn det som er att av tildelinga.
error-budget_below_allocated = Budsjettet er mindre enn det som alt er tildelt.
error-budget_years_do_not_add_up = Åra vert ikkje til saman budsjettet i alt.
error-budget_year_not_planned = Budsjettet har ingen midlar for { $year }.
error-budget_year_twice = Eit år står to gonger.
error-budget_currency_fixed = Valutaen kan ikkje endrast når det er tildelt midlar.
error-amount_invalid = Beløpet kan ikkje lesast.
error-amount_ambiguous = Beløpet kan lesast på to måtar.
journal-action-scheme-budget-set = sette budsjettet for stimuleringsmidlar
journal-action-trial-funds-allocated = tildelte stimuleringsmidlar til forsøket
journal-action-trial-payment-recorded = registrerte ei utbetaling til forsøket
journal-action-trial-spending-reported = rapporterte forbruk av midlane

## --- Status reports and milestones (issue 13, item 3: reports slice, prefix report-) ---
report-heading = Statusrapportar
report-not-verified-since = Status ikkje stadfesta sidan { $date }: ein statusrapport er forseinka.
report-overdue-flag = Ein statusrapport er forseinka.
report-next-due = Neste rapport skal leverast { $date }
report-write = Skriv rapporten
report-open = Opne rapporten
report-none = Ingen statusrapportar enno.
report-label-period = Periode
report-label-due_date = Frist
report-label-status = Status
report-kind-periodic = Statusrapport
report-kind-final = Sluttrapport
report-status-draft = Ikkje levert
report-status-submitted = Levert
report-status-returned = Send attende for retting
report-status-accepted = Godkjend
report-schedule-link = Rapporteringsplanen til ordninga
report-schedule-title = Rapporteringsplan
report-schedule-intro = Kor ofte forsøka i ordninga rapporterer, når sluttrapporten skal leverast, og når det blir sendt påminningar. Rapportar som alt er oppretta, held på datoane sine.
report-schedule-saved = Rapporteringsplanen er lagra.
report-schedule-save = Lagre planen
report-label-every_months = Månader mellom statusrapportane
report-label-final_after_days = Dagar etter slutt før sluttrapporten
report-label-grace_days = Dagar ein forseinka rapport kan vente før den offentlege sida viser det
report-label-remind_before_days = Påminning, dagar før fristen
report-label-remind_after_days = Påminning, dagar etter fristen
report-hint-every_months = Frå dagen forsøket startar: 6 tyder ein rapport kvart halvår (1 til 24).
report-hint-final_after_days = Til dømes 90 (0 til 365).
report-hint-grace_days = Deretter viser den offentlege sida til forsøket «status ikkje stadfesta sidan» (0 til 365).
report-hint-remind_before_days = 0 sender inga påminning før (0 til 90).
report-hint-remind_after_days = 0 sender inga påminning etter (0 til 90).
report-done-saved = Rapporten er lagra. Han blir ikkje send før du leverer han.
report-done-submitted = Rapporten er levert til sekretariatet.
report-done-accepted = Rapporten er godkjend.
report-done-returned = Rapporten er send attende til forsøket med kommentaren din.
report-overdue = Forseinka
report-submitted-at = Levert
report-decided-at = Sist handsama
report-returned-with = Sekretariatet sende rapporten attende:
report-label-progress = Framdrift i perioden
report-hint-progress = Kva som vart gjort, kva som endra seg for innbyggjarar og tilsette, og kvar forsøket står no.
report-milestones = Milepålar
report-hint-milestones = Milepålane i forsøket og korleis kvar av dei står. La ei rad stå tom for ikkje å leggje til noko.
report-row-milestones = Milepåle
report-label-title = Tittel
report-label-note = Merknad
report-milestone-scheduled = Planlagd
report-milestone-met = Nådd
report-milestone-not_met = Ikkje nådd
report-milestone-partially_met = Delvis nådd
report-exemptions = Unntak som er brukte
report-hint-exemptions = For kvart innvilga unntak: vart det brukt i perioden, og kor mange gonger?
report-row-exemptions_used = Unntak
report-label-exemption = Unntak
report-label-used = Brukt i perioden
report-label-count = Tal på gonger brukt
report-events = Hendingar som gjeld rettstryggleik
report-hint-events = Klager, innbyggjarar som har reservert seg mot forsøket, hendingar. Ikkje skriv namn: skildringa blir hos sekretariatet.
report-row-events = Hending
report-label-kind = Type
report-event-complaint = Klage
report-event-opt_out = Innbyggjar reserverte seg
report-event-incident = Hending
report-event-other = Anna
report-label-date = Dato
report-label-people = Tal på personar eller saker
report-label-description = Kva som skjedde
report-label-handling = Korleis det vart handtert
report-label-problems = Problem
report-hint-problems = Kva som gjekk gale eller står i vegen.
report-documents-note = Legg ved dokument til rapporten under dokumenta til forsøket.
report-save = Lagre utkast
report-submit = Lever rapporten
report-submit-hint = Når rapporten er levert, kan han ikkje endrast med mindre sekretariatet sender han attende.
report-empty = Ingenting skrive.
report-used-yes = brukt
report-used-no = ikkje brukt
report-used-times = { $count } gonger
report-no-events = Ingen hendingar som gjeld rettstryggleik er rapporterte.
report-events-private = Skildringane av hendingane blir hos sekretariatet.
report-decide = Godkjenn eller send attende
report-accept = Godkjenn rapporten
report-label-comment = Kommentar til forsøket
report-hint-comment = Trengst for å sende rapporten attende: sei kva som skal rettast.
report-return = Send attende for retting
report-back = Attende til forsøket
report-invalid-value = { $field } kan ikkje lesast: sjekk verdien.
report-label-comment-required = Kommentar
report-dashboard-heading = Forseinka statusrapportar
report-dashboard-due = frist { $date }
report-dashboard-returned = sendt tilbake for retting (frist { $date }) — sjå kommentaren
report-actuals-heading = Indikatorverdiar i denne perioden
report-actuals-empty = Ingen indikator har ein periode som sluttar i perioden til rapporten.
report-actuals-indicator = Indikator
report-actuals-period = Periode
report-actuals-value = Verdi
report-actuals-none = ikkje rapportert enno
report-actuals-breakdown = rapportert per kategori
report-actuals-link = Rapporter indikatorverdiane på indikatorsida
report-notify-due-title = Statusrapport med frist { $due }: { $case }
report-notify-due-body = Statusrapporten for forsøket «{ $title }» ({ $case }) skal leverast { $due }.
report-notify-overdue-title = Statusrapport forseinka: { $case }
report-notify-overdue-body = Statusrapporten for forsøket «{ $title }» ({ $case }) skulle vore levert { $due } og er ikkje levert.
report-notify-submitted-title = Statusrapport levert: { $case }
report-notify-submitted-body = Ein statusrapport for forsøket «{ $title }» ({ $case }) er levert og ventar på å bli godkjend eller send attende.
report-notify-returned-title = Statusrapport send attende: { $case }
report-notify-returned-body = Sekretariatet sende statusrapporten for forsøket «{ $title }» ({ $case }) attende for retting: { $comment }
error-report_not_editable = Rapporten er levert og kan ikkje lenger endrast.
error-report_wrong_status = Rapporten er endra i mellomtida; last inn sida på nytt.
error-return_comment_required = Skriv ein kommentar om kva som skal rettast.
error-trial_not_started = Forsøket har ikkje starta og skal ikkje levere rapportar enno.

## --- Lokale forskrifter og starten på forsøket (sak 13, punkt 1: livsløp, prefiks regulation-) ---
regulation-section-heading = Lokale forskrifter
regulation-section-hint = Kvar deltakar vedtek si eiga lokale forskrift. Forsøket startar når forskrifta til kvar deltakar har tredd i kraft.
regulation-section-hint-approval = Kvar deltakar vedtek si eiga lokale forskrift, og sekretariatet godkjenner henne. Forsøket startar når forskrifta til kvar deltakar har tredd i kraft.
regulation-ready-from = Alle forskriftene er i kraft: forsøket startar { $date }.
regulation-waiting = { $count ->
    [one] Forsøket startar når éi forskrift til er i kraft.
   *[other] Forsøket startar når { $count } forskrifter til er i kraft.
}
regulation-participant = Deltakar
regulation-standing = Status
regulation-standing-awaiting_adoption = Ventar på vedtak
regulation-standing-awaiting_approval = Vedteken, ventar på godkjenning
regulation-standing-in_force = I kraft frå { $date }
regulation-standing-in_force_from = Trer i kraft { $date }
regulation-adopted-on = Vedtaksdato
regulation-in-force-from = I kraft frå
regulation-page-title = Lokal forskrift
regulation-done-saved = Utkastet er lagra.
regulation-done-adopted = Vedtaket er registrert.
regulation-done-approved = Forskrifta er godkjend.
regulation-kind = Type forskrift
regulation-approval = Godkjenning frå sekretariatet
regulation-approval-required = Krevst i denne ordninga
regulation-approval-not-required = Krevst ikkje i denne ordninga
regulation-body = Vedteken av
regulation-reference = Saksnummer eller møtebokreferanse
regulation-approved-at = Godkjend
regulation-text-heading = Teksten
regulation-print = Skriv ut teksten
regulation-draft-hint = Frirum har skrive dette utkastet ut frå vedtaket. Juster det før kommunestyret vedtek det; når vedtaket er registrert, ligg teksten fast.
regulation-text-label = Teksten i forskrifta
regulation-text-hint = Rein tekst. Set kvar paragraf på ei eiga linje, til dømes «§ 1 Formål».
regulation-text-save = Lagre utkastet
regulation-text-not-public = Teksten blir offentleg når kommunestyret har vedteke han.
regulation-not-drafted = Ikkje noko utkast enno. Det blir skrive når deltakaren eller sekretariatet opnar denne sida.
regulation-adoption-heading = Registrer vedtaket
regulation-adoption-hint = Når kommunestyret har vedteke forskrifta, registrerer du når, av kven og frå kva dag ho gjeld.
regulation-adopted-on-hint = Dagen for møtet. Han kan ikkje liggje fram i tid.
regulation-body-hint = Organet som vedtok henne, til dømes kommunestyret eller fylkestinget.
regulation-reference-hint = Saksnummeret eller punktet i møteboka, til dømes «PS 24/12».
regulation-in-force-from-hint = Første dagen forskrifta gjeld. Ikkje før vedtaket; han kan liggje fram i tid.
regulation-adoption-save = Registrer vedtaket
regulation-document-hint = Du kan leggje ved den vedtekne forskrifta som fil (vel typen «Vedteken forskrift»).
regulation-document-link = Last opp dokumentet
regulation-approval-heading = Godkjenn forskrifta
regulation-approval-hint = Kontroller at den vedtekne teksten stemmer med vedtaket. Når du godkjenner henne, kan forsøket starte den dagen forskrifta trer i kraft.
regulation-approve = Godkjenn forskrifta
regulation-back = Tilbake til forsøket
regulation-print-draft = Utkast: ikkje vedteke enno.
regulation-required = Fyll ut dette feltet.
regulation-settings-title = Lokale forskrifter
regulation-settings-intro = Avgjer om sekretariatet skal godkjenne dei lokale forskriftene deltakarane vedtek, før forsøka kan starte.
regulation-settings-saved = Innstillinga er lagra.
regulation-settings-default = Ordninga følgjer den vanlege regelen i landet: norske forsøksforskrifter blir godkjende av departementet; danske og svenske er berre kommunestyret sine.
regulation-settings-requires = Sekretariatet godkjenner vedtekne forskrifter
regulation-settings-requires-hint = Er dette kryssa av, startar eit forsøk først når sekretariatet har godkjent forskrifta til kvar deltakar.
regulation-settings-save = Lagre innstillinga
regulation-settings-trials = Forsøka i ordninga
regulation-body-no = Kommunestyret
regulation-body-dk = Kommunalbestyrelsen
regulation-body-se = Kommunfullmäktige
regulation-home-adoption = Forskrifter som skal vedtakast
regulation-home-adoption-hint = Desse forsøka startar når kommunestyret har vedteke den lokale forskrifta og du har registrert vedtaket.
regulation-home-approval = Forskrifter som skal godkjennast
regulation-home-approval-hint = Vedtekne lokale forskrifter som ventar på godkjenninga di.
error-adoption_in_future = Vedtaksdatoen ({ $adopted_on }) ligg fram i tid. Registrer vedtaket etter møtet.
error-in_force_before_adoption = Forskrifta kan ikkje tre i kraft ({ $in_force_from }) før ho er vedteken ({ $adopted_on }).
error-regulation_text_fixed = Forskrifta er vedteken, så teksten kan ikkje endrast lenger.
error-regulation_not_adopted = Forskrifta er ikkje vedteken enno.
error-regulation_already_approved = Forskrifta er allereie godkjend.
error-regulation_approval_not_required = Denne ordninga krev ikkje at sekretariatet godkjenner forskrifter.
error-trial_ended = Forsøket er avslutta.
error-not_a_participant = Organisasjonen deltek ikkje i dette forsøket.

## --- Change requests, public history, extension and the legal-basis clock (issue 13, items 4 and 5: changes slice, prefix change-) ---
change-heading = Endringar i forsøket
change-clock-heading = Det rettslege grunnlaget treng merksemd
change-clock-ends-soon = Det rettslege grunnlaget for unntaket frå { $reference } fell bort { $date }, innan seks månader.
change-clock-evaluation-after = Sluttevalueringa skal leverast { $due }, etter at det rettslege grunnlaget fell bort { $end }.
change-limit = Forsøket kan forlengjast til seinast { $date }
change-basis-six_years = seks år i alt frå godkjend start (forsøkslova)
change-basis-one_extension = éi forlenging på inntil to år (forsøkslova)
change-basis-extension_used = den eine forlenginga lova tillèt, er brukt
change-basis-scheme_maximum = den lengste perioden i ordninga
change-basis-amending_act = forlengd ved endringslov
change-open = Søknader som ventar på avgjerd
change-open-none = Ingen endringssøknader ventar.
change-closed = Avslåtte og trekte søknader
change-kind-extend_period = Forlengje perioden
change-kind-shorten_period = Korte ned perioden
change-kind-add_participant = Leggje til ein deltakar
change-kind-remove_participant = Ta ut ein deltakar
change-kind-change_objectives = Endre mål eller indikatorar
change-kind-change_exemptions = Endre unntaka
change-kind-put_on_hold = Setje forsøket på pause
change-kind-end_early = Avslutte forsøket før tida
change-kind-hint-extend_period = Vel den nye siste dagen i forsøket. Han må liggje innanfor grensa som står over.
change-kind-hint-shorten_period = Vel den nye siste dagen i forsøket. Han kan ikkje liggje attende i tid.
change-kind-hint-add_participant = Oppgje organisasjonen som blir med i forsøket. Han må vedta si eiga forsøksforskrift.
change-kind-hint-remove_participant = Vel organisasjonen som går ut av forsøket.
change-kind-hint-change_objectives = Endre ordlyd eller tal, eller legg til og fjern mål. Berre ny ordlyd med dei same tala er ei mindre endring.
change-kind-hint-change_exemptions = Sekretariatet gjer ein ny juridisk gjennomgang av ei endring av unntaka før ho blir godkjend.
change-kind-hint-put_on_hold = Forsøket står stille til sekretariatet lèt det halde fram. Skriv kvifor.
change-kind-hint-end_early = Forsøket sluttar før planlagd slutt. Skriv kvifor: grunngivinga blir offentleg.
change-class = Type endring
change-class-major = Vesentleg endring
change-class-minor = Mindre endring
change-class-hint-major = (blir avgjord av sekretariatet)
change-class-hint-minor = (blir registrert straks)
change-status-submitted = Ventar på avgjerd
change-status-approved = Godkjend
change-status-rejected = Avslått
change-status-withdrawn = Trekt
change-submitted = Søkt
change-decided = Avgjord
change-request = Søk om ei endring
change-history-hint = Godkjende endringar blir viste i den offentlege historikken til forsøket med verdiane før og etter.
change-new-title = Søk om ei endring
change-current = Forsøket no
change-kind-choose = Kva vil de endre?
change-kind-continue = Gå vidare
change-new-end = Ny siste dag
change-current-end = Forsøket sluttar no { $date }.
change-organisation-code = Organisasjonsnummer i registeret
change-organisation-code-hint = Nummeret til ein kommune eller eit fylke i { $country }, til dømes 3101.
change-registry-link = Finn det i registeret
change-participant-leaves = Kva organisasjon går ut?
change-objectives-hint = La indikatoren stå tom for å fjerne eit mål. Den siste rada legg til eit nytt.
change-objective-n = Mål { $n }
change-exemptions-hint = Fjern haken for å gje opp eit unntak. Før opp siste dag for det rettslege grunnlaget dersom ei lov avsluttar eller forlengjer det.
change-exemption-keep = Behald dette unntaket
change-exemption-wording = Kva unntaket tillèt
change-legal-basis-hint = La stå tom dersom det gjeld så lenge forsøket varer.
change-end-on = Siste dag i forsøket
change-reason = Kvifor trengst endringa?
change-reason-hint = Må fyllast ut. Når endringa er godkjend, er grunngivinga offentleg i historikken til forsøket.
change-record-now = Registrer endringa no, utan eiga avgjerd (sekretariatet)
change-send = Send søknaden
change-cancel = Avbryt
change-screening = Juridisk gjennomgang
change-screened = Gjennomgått: ingen konflikt med lova
change-screening-note = Merknad til den juridiske gjennomgangen
change-applied = Gjennomført som
change-values = Kva som blir endra
change-values-hint = Verdiane før er slik dei var då det vart søkt. Vedtaket om kva som opphavleg vart godkjent, står uendra.
change-decide = Avgjer søknaden
change-outcome = Avgjerd
change-approve = Godkjenn og gjennomfør endringa
change-reject = Avslå søknaden
change-decision-reason = Grunngiving for avgjerda
change-decision-reason-hint = Må fyllast ut ved avslag. Blir vist til deltakarane.
change-decide-save = Lagre avgjerda
change-withdraw = Trekk søknaden
change-back = Tilbake til forsøket
change-error-beyond-limit = Forsøket kan ikkje forlengjast ut over { $limit }. Vel den dagen eller ein tidlegare.
error-extension_beyond_limit = Forsøket kan ikkje forlengjast ut over { $limit }.
error-screening_required = Stadfest den juridiske gjennomgangen (ingen konflikt med lova) og skriv ein merknad før du godkjenner ei endring av unntaka.
error-change_not_open = Søknaden er allereie avgjord eller trekt.
error-not_an_extension = Den nye siste dagen må vere etter den noverande ({ $current_end }).
error-not_a_shortening = Den nye siste dagen må vere før den noverande ({ $current_end }).
error-end_in_the_past = Den nye siste dagen kan ikkje vere før { $earliest }.
error-already_participant = Organisasjonen deltek allereie i forsøket.
error-not_participant = Organisasjonen deltek ikkje i forsøket.
error-last_participant = Eit forsøk må ha minst éin deltakar.
error-nothing_changed = Søknaden endrar ingenting. Endre minst éin verdi.
change-history-frozen = Kvar endring er ein ny, datert versjon. Vedtaket om kva som vart godkjent, står slik det vart godkjent.
change-line-joined = { $name } vart med i forsøket
change-line-left = { $name } gjekk ut av forsøket
change-line-with-trial = så lenge forsøket varer
change-line-exemption-added = Unntak lagt til: { $reference }
change-line-exemption-removed = Unntak gjeve opp: { $reference }
change-line-exemption-basis = { $reference }: rettsleg grunnlag til { $after } (før: { $before })
change-line-exemption-wording = { $reference }: det unntaket tillèt, er omformulert
change-line-objective-added = Mål lagt til: { $objective }
change-line-objective-removed = Mål fjerna: { $objective }
change-line-objective-changed = Mål endra: { $before } → { $after }
change-notify-submitted-title = Endringssøknad til avgjerd: { $case }
change-notify-submitted-body = Forsøket «{ $title }» ({ $case }) søkjer om ei endring: { $change }. Ho ventar på avgjerda di.
change-notify-approved-title = Endring godkjend: { $case }
change-notify-approved-body = Endringa «{ $change }» i forsøket «{ $title }» ({ $case }) er godkjend og er no med i historikken til forsøket. { $reason }
change-notify-rejected-title = Endring avslått: { $case }
change-notify-rejected-body = Endringa «{ $change }» i forsøket «{ $title }» ({ $case }) er avslått. Grunngivinga frå sekretariatet: { $reason }

## Dashboards: what waits in the trials (review fixes)
dashboard-trials-heading = Forsøk: dette ventar på dykk
dashboard-trials-changes = { $count ->
    [one] endringssøknad som skal avgjerast
   *[other] endringssøknader som skal avgjerast
}
dashboard-trials-reports = { $count ->
    [one] statusrapport send inn og ventar på godkjenning
   *[other] statusrapportar sende inn og ventar på godkjenning
}
dashboard-trials-values = { $count ->
    [one] indikatorverdi som ventar på gjennomgang
   *[other] indikatorverdiar som ventar på gjennomgang
}
dashboard-trials-regulations = { $count ->
    [one] lokal forskrift som ventar på godkjenning
   *[other] lokale forskrifter som ventar på godkjenning
}
dashboard-trials-overdue = { $count ->
    [one] statusrapport på overtid
   *[other] statusrapportar på overtid
}
dashboard-trials-clock = { $count ->
    [one] forsøk der lovgrunnlaget går ut innan seks månader eller treng oppfølging
   *[other] forsøk der lovgrunnlaget går ut innan seks månader eller treng oppfølging
}
dashboard-trials-never-started = { $count ->
    [one] planlagt forsøk der perioden er over utan at det har starta
   *[other] planlagde forsøk der perioden er over utan at dei har starta
}
dashboard-researcher-waiting-total = verdiar ventar på gjennomgangen din i forsøka du følgjer
dashboard-researcher-waiting = { $count ->
    [one] Éin verdi ventar på gjennomgangen din
   *[other] { $count } verdiar ventar på gjennomgangen din
}
dashboard-researcher-waiting-none = Ingenting ventar på gjennomgangen din.
dashboard-my-trials = Forsøka mine
dashboard-my-trials-regulation = Kommunestyret har enno ikkje vedteke den lokale forskrifta
dashboard-my-trials-reports-due = { $count ->
    [one] Éin statusrapport skal skrivast
   *[other] { $count } statusrapportar skal skrivast
}
dashboard-my-trials-reports-returned = { $count ->
    [one] Éin statusrapport send tilbake for retting
   *[other] { $count } statusrapportar sende tilbake for retting
}
dashboard-my-trials-values-returned = { $count ->
    [one] Éin verdi send tilbake for retting
   *[other] { $count } verdiar sende tilbake for retting
}
dashboard-my-trials-nothing = Ingenting ventar på dykk i dette forsøket.
dashboard-my-trials-all = Alle forsøka til organisasjonen dykkar

## Funds: spending above the award needs confirming (review fixes)
fund-error-spending-exceeds-award = Forbruket på { $requested } gjer at samla forbruk blir { $total_spent }, meir enn dei tildelte { $awarded }. Sjekk beløpet; er det rett, kryss av for å stadfeste det og send på nytt.
fund-confirm-amount = Eg stadfestar beløpet, sjølv om forbruket då blir større enn tildelinga
fund-confirm-amount-hint = Kryss berre av viss beløpet er rett. Sekretariatet ser når forbruket overstig tildelinga.
fund-overspent = Det rapporterte forbruket er større enn beløpet som er tildelt. Gå gjennom forbruksrapportane med deltakarane.
error-spending_exceeds_award_unconfirmed = Forbruket overstig tildelinga og er ikkje stadfesta.

## Documents: confirm before making public, notice after upload (review fixes)
document-uploaded-notice = «{ $title }» er lasta opp.
document-confirm-public = Eg forstår at dokumentet blir offentleg for alle
document-confirm-public-required = Kryss av for å stadfeste at dokumentet blir offentleg for alle, og trykk «Gjer offentleg» på nytt.

## issue 14: dossier and adoption
journal-action-application-adopted = starta søknaden frå forsøket til ein annan kommune
error-trial_not_adoptable = Berre eit forsøk som går eller er avslutta, kan takast opp av ein annan kommune.
error-own_trial = Organisasjonen din er med i dette forsøket. Start heller ein ny søknad.
error-no_open_round = Ingen søknadsrunde som organisasjonen din kan søkje i, er open no.
adoption-heading = Teke opp av andre kommunar
adoption-none = Ingen annan kommune har starta ein søknad frå dette forsøket enno.
adoption-start = Start ein søknad frå dette forsøket
adoption-page-title = Start ein søknad frå eit forsøk
adoption-explained = Du får eit utkast der dei innvilga unntaka, måla og indikatorane til forsøket er fylte inn. Du kan endre alt før du sender inn.
adoption-no-round = Ingen søknadsrunde er open no i ei ordning organisasjonen din kan søkje i. Prøv igjen når ein ny runde opnar.
adoption-back = Tilbake til forsøket
adoption-round = Kva runde vil du søkje i?
adoption-create = Opprett utkastet
adoption-from = Starta frå forsøket
dossier-heading = Røynsler frå forsøk
dossier-empty = Ingen søknad har søkt unntak frå denne føresegna enno.
dossier-requests = Søknader
dossier-requested-count = Innsende søknader som søkte unntak: { $count }
dossier-desired = Regelen søkjarane ønskte i staden:
dossier-trials = Forsøk med unntak frå denne føresegna
dossier-no-trials = Ingen forsøk har fått unntak frå denne føresegna.
dossier-granted-count = Innvilga som søkt: { $count }.
dossier-narrowed-count = Innvilga i snevrare form: { $count }.
dossier-trial = Forsøk
dossier-period = Periode
dossier-granted = Unntak
dossier-used = Brukt
dossier-outcome = Utfall
dossier-narrowed = snevra inn
dossier-used-reports = { $count ->
    [one] i éin rapport
   *[other] i { $count } rapportar
}
dossier-used-times = { $count } gonger
dossier-pending = ventar på avgjerd
dossier-provision-pending = Alle forsøka er avslutta, og det manglar framleis ei avgjerd om kva som skjer med regelen.
dossier-indicators = Resultat for indikatorane
dossier-indicator = Indikator
dossier-baseline = Utgangspunkt
dossier-target = Mål
dossier-latest = Siste verdi
dossier-findings = Funn i evalueringane
dossier-no-findings = Inga publisert evaluering har funn om denne føresegna enno.
dossier-recommendations = Tilrådingar
dossier-adoptions = Teke opp av andre kommunar
dossier-timeline = Tidslinje
dossier-event-requested = Unntak søkt
dossier-event-started = Forsøket starta
dossier-event-ended = Forsøket vart avslutta
dossier-event-evaluation = Evaluering publisert
dossier-event-outcome = Utfall registrert
dossier-event-adopted = Søknad starta frå forsøket
dossier-strength-strong = Sterkt belegg
dossier-strength-moderate = Middels belegg
dossier-strength-weak = Svakt belegg
dossier-strength-inconclusive = Uavklart
dossier-recommendation-make_general = Gjer det til generell regel
dossier-recommendation-make_general_with_changes = Gjer det til generell regel med endringar
dossier-recommendation-continue_trying = Prøv vidare
dossier-recommendation-drop = Avslutt
dossier-outcome-spread_fully = Spreidd fullt ut
dossier-outcome-spread_partly = Spreidd delvis
dossier-outcome-not_spread = Ikkje spreidd
dossier-outcome-stopped_or_never_started = Stansa eller aldri starta
dossier-outcome-followed_up_elsewhere = Følgt opp på annan måte
dossier-outcome-made_permanent = Gjort varig ved lovendring
dossier-outcome-continued_until_reform = Vidareført til ein reform
dossier-outcome-ended = Avslutta
proposal-open = Forslag til regelendring
proposal-title = Forslag til regelendring
proposal-language = Språket i forslaget
proposal-pdf = Last ned som PDF
proposal-back = Tilbake til føresegna
proposal-to = Til
proposal-ministry-unknown = Departementet som har ansvaret for lova
proposal-intro = Kommunar har prøvd ut eit unntak frå denne føresegna. Forslaget samanfattar kva dei søkte om, kva forsøka viste og kva evalueringane tilrår, som grunnlag for å endre regelen.
proposal-current-text = Føresegna slik ho lyder i dag
proposal-evidence = Kva forsøka viste

## issue 14: research plans
plan-heading = Forskingsplanar
plan-none = Ingen forskingsplan er registrert enno.
plan-about = Ein registrert plan er offentleg og låst: seinare endringar blir nye versjonar med ei grunngjeving, viste side om side.
plan-new = Ny forskingsplan
plan-edit = Rediger utkastet
plan-amend = Endre planen
plan-register = Registrer planen
plan-status-draft = Utkast
plan-status-registered-version = Registrert, versjon { $version }
plan-draft-hint = berre sekretariatet og dei tildelte forskarane ser det
plan-registered-on = registrert
plan-design-before_after = Før og etter
plan-design-comparison_group = Samanlikningsgruppe
plan-design-randomised = Randomisert
plan-design-difference_in_differences = Skilnad i skilnader
plan-design-mixed_methods = Blanda metodar
plan-design-qualitative_case_study = Kvalitativ casestudie
plan-design-other = Anna design
plan-field-title = Tittel
plan-field-questions = Forskingsspørsmål
plan-field-design = Design
plan-field-indicators = Indikatorane i forsøket som blir brukte
plan-field-other_data = Andre data som blir brukte
plan-field-analysis = Planlagd analyse
plan-field-embargo = Resultata blir haldne tilbake til
plan-no-indicators = Ingen av indikatorane i forsøket
plan-no-embargo = Ingen embargo
plan-embargo-until = Resultat etter denne planen blir ikkje publiserte før { $date }.
plan-embargo-lifted = Embargoen gjekk ut { $date }: resultata kan publiserast.
plan-version-n = Versjon { $version }
plan-versions = Versjonar
plan-versions-frozen = Kvar versjon er teken vare på slik han vart registrert.
plan-registered = registrert
plan-amended = endra
plan-reason = Grunngjeving for endringa
plan-reason-hint = Påkravd: sei kva som er endra og kvifor. Grunngjevinga blir vist saman med den nye versjonen.
plan-amend-hint = Denne planen er registrert. Endringane dine blir ein ny versjon med grunngjevinga du gir; dei tidlegare versjonane er framleis synlege.
plan-amend-save = Lagre som ny versjon
plan-save-draft = Lagre utkastet
plan-cancel = Avbryt
plan-questions-hint = Eitt spørsmål per linje.
plan-other-data-hint = Register, spørjeundersøkingar, intervju og andre kjelder i tillegg til indikatorane i forsøket.
plan-embargo-hint = Valfritt. Fram til denne dagen blir ikkje resultat etter planen publiserte.
plan-trial-has-no-indicators = Forsøket har ingen indikatorar enno.
plan-register-warning = Når planen blir registrert, blir han låst: han blir offentleg med dagens dato som versjon 1, og kan seinare berre endrast med ei grunngjeven endring.
plan-register-confirm = Eg forstår at registreringa låser planen
plan-compare = Samanlikn versjonar
plan-compare-a = Tidlegare versjon
plan-compare-b = Seinare versjon
plan-compare-show = Vis side om side
plan-compare-field = Felt
plan-compare-changed = Endra
plan-compare-same = Dei to versjonane er like.
plan-compare-none = Det finst berre éin versjon å vise.
plan-changed = endra
plan-back = Tilbake
plan-back-to-plan = Tilbake til planen
plan-joint-heading = Felles forskingsplanar
plan-joint-about = Planar for å evaluere ordninga som heilskap.
plan-joint-link = Sjå dei felles forskingsplanane
field-questions = Forskingsspørsmål
field-analysis = Planlagd analyse
field-other-data = Andre data som blir brukte
field-embargo-until = Resultata blir haldne tilbake til
field-design = Design
field-indicator-ids = Indikatorar
error-plan_reason_required = Gi ei grunngjeving for endringa: ein registrert plan blir berre endra med ei grunngjeven endring.
error-plan_unchanged = Endringa endrar ingenting i planen.
error-plan_registered = Planen er registrert (versjon { $version }) og kan ikkje lenger redigerast som utkast. Endre han med ei grunngjeving i staden.
error-plan_not_registered = Planen er framleis eit utkast: rediger han, eller registrer han.
error-plan_register_unconfirmed = Stadfest at du forstår at registreringa låser planen.
error-plan_unknown_indicator = Vel berre dei eigne indikatorane i forsøket.
plan-notify-registered-title = Forskingsplan registrert: { $plan }
plan-notify-registered-body = Forskingsplanen «{ $plan }» for { $place } er registrert som versjon 1. Han er no offentleg.
plan-notify-amended-title = Forskingsplan endra: { $plan }
plan-notify-amended-body = Forskingsplanen «{ $plan }» for { $place } er endra (versjon { $version }). Grunngjeving: { $reason }
journal-action-research-plan-created = Forskingsplan påbyrja
journal-action-research-plan-saved = Utkast til forskingsplan lagra
journal-action-research-plan-registered = Forskingsplan registrert
journal-action-research-plan-amended = Forskingsplan endra

## issue 14: generalisation outcomes and the scheme's results page
outcome-category-spread_fully = Spreidd fullt ut
outcome-category-spread_partly = Spreidd delvis
outcome-category-not_spread = Ikkje spreidd
outcome-category-stopped_or_never_started = Stoppa eller ikkje sett i gang
outcome-category-followed_up_elsewhere = Følgt opp på annan måte
outcome-category-made_permanent = Gjort permanent ved lovendring
outcome-category-continued_until_reform = Vidareført til ei permanent ordning er på plass
outcome-category-ended = Avslutta, regelen uendra
outcome-class-changed_for_all = Regelen endra for alle
outcome-class-changed_in_part = Regelen endra delvis
outcome-class-continued_or_followed_up = Vidareført eller følgt opp
outcome-class-not_changed = Regelen ikkje endra
outcome-class-stopped_or_never_started = Stoppa eller ikkje sett i gang
outcome-notify-title = Utfall registrert for { $case }
outcome-notify-body = Sekretariatet har registrert kva som vart av unntaket «{ $exemption }» i forsøket { $case } «{ $title }»: { $category }.
outcome-heading = Vidareføring
outcome-hint = Registrer for kvart innvilga unntak kva som vart av det etter forsøket. Eit nytt utfall slettar ikkje dei tidlegare; det siste gjeld.
outcome-after-end = Kva som vart av kvart unntak, blir registrert når forsøket er avslutta.
outcome-exemption = Unntak
outcome-category = Utfall
outcome-reasons = Grunngiving
outcome-resulting = Lovforslag eller lov som følgde
outcome-resulting-hint = Skriv han slik han blir sitert, til dømes «lov nr. 1546 af 27. december 2019», «LOV-2023-06-16-62» eller «SFS 2022:1234». Ei tilvising Frirum ikkje finn i lovkatalogen, blir lagra slik ho er skriven og merkt for sekretariatet.
outcome-not-resolved = Ikkje funnen i lovkatalogen
outcome-in-force = I kraft frå
outcome-evaluations = Evalueringar det byggjer på
outcome-evaluation-joint = felles evaluering av ordninga
outcome-recorded = Registrert
outcome-history = Tidlegare utfall
outcome-counts = gjeld
outcome-none = Ikkje noko utfall registrert enno.
outcome-record-heading = Registrer eit utfall
outcome-record = Registrer utfall
outcome-page-link = Alle utfall for dette forsøket
outcome-no-exemptions = Forsøket fekk ingen unntak.
outcome-back = Tilbake til forsøket
results-title = Resultat
results-about = Forsøk etter status, kva som vart av unntaka, unntak per lov og kunnskapsgrunnlaget per tema, som diagram med tabellar.
results-link = Sjå resultata for ordninga
results-summary-trials = { $count ->
    [one] { $number } forsøk.
   *[other] { $number } forsøk.
 }
results-summary-outcomes = { $count ->
    [one] { $number } unntak har eit utfall.
   *[other] { $number } unntak har eit utfall.
 }
results-public-only = Kunnskapsgrunnlaget tel berre evalueringar som er offentleggjorde.
results-contents = På denne sida
results-latest = Utfall for kvart unntak
results-pending = Føresegner som ventar på eit utfall
results-pending-about = Alle forsøk med unntak frå desse føresegnene er avslutta, og det er ikkje registrert noko utfall for nokon av dei.
results-pending-none = Inga føresegn ventar på eit utfall.
results-flagged = Utfall som må sjekkast
results-flagged-about = Lova som følgde av desse utfalla, vart ikkje funnen i lovkatalogen. Ho er lagra slik ho er skriven; sjekk tilvisinga eller importer lova.
results-flagged-none = Alle lover som følgde, vart funne i lovkatalogen.
results-legend = Teiknforklaring
results-chart-order = Søylene følgjer radene i tabellen under, i same rekkjefølgje.
results-csv-download = Last ned dataa som CSV
results-outcomes-by-class = Utfall i klassar som går på tvers av landa
results-trial = Forsøk
results-back = Tilbake til ordninga
results-trials-link = Forsøka i ordninga
results-trials-by-status = Forsøk etter status
results-outcomes-by-category = Utfall etter kategori
results-exemptions-per-act = Innvilga unntak per lov
results-evidence-per-theme = Kunnskapsgrunnlag per tema
results-no-trials = Ordninga har ingen forsøk enno.
results-no-outcomes = Det er ikkje registrert noko utfall enno.
results-no-exemptions = Det er ikkje innvilga nokon unntak enno.
results-no-evidence = Ingen funn frå evalueringar enno.
results-act-none = Ikkje knytt til lovkatalogen
results-theme-none = Utan tema
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
results-strength-inconclusive = Ikkje eintydig
error-outcome_trial_not_ended = Forsøket er ikkje avslutta enno. Kva som vart av eit unntak, blir registrert etter at forsøket er avslutta.
error-outcome_exemption_not_granted = Forsøket fekk ikkje dette unntaket.
error-outcome_category_not_offered = Vel eitt av utfalla som landet til ordninga bruker.
error-outcome_evaluation_unknown = Vel evalueringar av dette forsøket eller av ordninga.
field-category = Utfall
field-resulting-citation = Lovforslag eller lov som følgde
field-in-force = I kraft frå
field-evaluation-ids = Evalueringar
field-exemption = Unntak
journal-field-resolved = Funnen i lovkatalogen
journal-action-trial-outcome-recorded = registrerte kva som vart av eit unntak

## issue 14: research teams
research-teams-title = Forskingsmiljø
research-teams-lead = Forskarar høyrer til eit forskingsmiljø, eit universitet eller eit institutt. Tildel dei eit forsøk, eit tema i ei ordning (eit nettverk av forsøk) eller ei heil ordning (følgjeevalueringa) frå sida til forsøket eller ordninga.
research-teams-none = Ingen forskingsmiljø er lagde inn enno.
research-team-empty = Ingen høyrer til dette miljøet enno.
research-unaffiliated = Forskarar utan forskingsmiljø
research-member-heading = Knyt ein forskar til eit forskingsmiljø
research-organisation = Forskingsmiljø
research-no-organisation = Ikkje noko forskingsmiljø
research-member-save = Lagre tilknytinga
research-organisation-new = Legg til eit forskingsmiljø
research-organisation-name = Namnet på universitetet eller instituttet
research-organisation-website = Nettstad (valfritt)
research-organisation-create = Legg til forskingsmiljøet
research-teams-next = Gå til ordningane for å tildele forskarar
research-section = Forsking
research-section-lead = Forskarane som følgjer forsøka i ordninga: heile ordninga (følgjeevalueringa), kvart tema (eit nettverk av forsøk) eller enkeltforsøk. Tildelte forskarar les alt om forsøka sine og godkjenner verdiane som vert rapporterte.
research-whole-scheme = Heile ordninga (følgjeevaluering)
research-none-assigned = Ingen er tildelte.
research-theme = Tema
research-single-trials = Forskarar på enkeltforsøk
research-no-researchers = Det finst ingen forskarkonto å tildele enno.
research-assign-to = Tildel til
research-assign = Tildel forskaren
research-back-to-scheme = Tilbake til ordninga
research-via-trial = Tildelt dette forsøket
research-via-theme = Gjennom temaet
research-via-scheme = Gjennom heile ordninga
research-via-change = Endre på sida til ordninga
research-scope-trial = eit forsøk
research-scope-theme = eit tema
research-scope-scheme = heile ordninga
research-notify-assigned-title = Du er tildelt forsking
research-notify-assigned-trial-body = Du følgjer no forsøket «{ $name }» i { $scheme }. Du kan lese alt om forsøket og godkjenne verdiane det rapporterer.
research-notify-assigned-theme-body = Du følgjer no alle forsøka i temaet «{ $name }» i { $scheme }.
research-notify-assigned-scheme-body = Du følgjer no alle forsøka i { $scheme } for følgjeevalueringa.
error-not_a_researcher = Berre forskarar kan tildelast forsking eller høyre til eit forskingsmiljø. Vel kontoen til ein forskar.
error-theme_not_in_scheme = Temaet høyrer ikkje til denne ordninga.
error-research_organisation_exists = Eit forskingsmiljø med dette namnet finst alt i dette landet.
journal-action-trial-researcher-assigned = tildelte forsøket ein forskar
journal-action-trial-researcher-unassigned = fjerna ein forskar frå forsøket
journal-action-scheme-researcher-assigned = tildelte ein forskar til forskinga i ordninga
journal-action-scheme-researcher-unassigned = fjerna ein forskar frå forskinga i ordninga
journal-field-user-id = Forskar
journal-field-scope = Tildelt
dashboard-research-heading = Forskinga di
dashboard-research-organisation = Du høyrer til { $name }.
dashboard-research-no-organisation = Du høyrer ikkje til noko forskingsmiljø enno; sekretariatet legg deg til.
dashboard-research-drafts = Forskinga di i utkast
dashboard-research-plans-draft = Forskingsplanar i utkast
dashboard-research-evaluations-draft = Evalueringar i utkast
dashboard-research-none-draft = Ingenting i utkast.

## issue 14: evaluations
evaluation-heading = Evalueringar
evaluation-new = Ny evaluering
evaluation-none = Ingen evalueringar enno.
evaluation-kind-process = Prosessevaluering
evaluation-kind-results = Resultatevaluering
evaluation-kind-transferability = Evaluering av overførbarheit
evaluation-status-draft = Utkast
evaluation-status-published = Publisert
evaluation-embargoed-until = Under embargo til { $date }
evaluation-joint = Samla evaluering av ordninga
evaluation-joint-heading = Samla evalueringar
evaluation-joint-about = Ei samla evaluering ser på tvers av alle forsøka i ordninga, etter tema og etter føresegn.
evaluation-scheme-link = Samla evalueringar av ordninga
evaluation-back = Tilbake
evaluation-edit = Rediger evalueringa
evaluation-field-kind = Type evaluering
evaluation-field-title = Tittel
evaluation-field-summary = Samandrag
evaluation-summary-hint = Kva evalueringa fann, i nokre få avsnitt. La ei tom linje stå mellom avsnitta.
evaluation-summary-empty = Det er ikkje skrive noko samandrag enno.
evaluation-field-plan = Forskingsplan
evaluation-no-plan = Ikkje under ein registrert plan
evaluation-field-embargo = Resultata er under embargo til
evaluation-embargo-hint = Valfritt. Fram til denne datoen ser ålmenta berre at evalueringa finst. Utan eigen dato følgjer evalueringa embargoen til planen.
evaluation-save = Lagre
evaluation-cancel = Avbryt
evaluation-draft-hint = Dette er eit utkast: berre sekretariatet og dei tilknytte forskarane kan sjå det.
evaluation-findings = Funn
evaluation-findings-none = Ingen funn enno.
evaluation-finding-add = Legg til eit funn
evaluation-finding-edit = Rediger funn
evaluation-finding-remove = Fjern funn
evaluation-finding-n = Funn { $number }
evaluation-finding-text = Kva som vart funne
evaluation-finding-strength = Kor sterkt kunnskapsgrunnlaget er
evaluation-finding-exemptions = Unntak det gjeld
evaluation-finding-indicators = Indikatorar det gjeld
evaluation-finding-save = Lagre funnet
evaluation-no-exemptions = Det vart ikkje gitt unntak.
evaluation-no-indicators = Forsøket har ingen indikatorar.
evaluation-strength-strong = Sterkt
evaluation-strength-moderate = Middels
evaluation-strength-weak = Svakt
evaluation-strength-inconclusive = Uavklart
evaluation-recommendations = Tilrådingar
evaluation-recommendations-none = Ingen tilrådingar enno.
evaluation-recommendations-edit = Rediger tilrådingane
evaluation-recommendations-hint = For kvart unntak som er gitt: kva evalueringa tilrår, og kvifor. La feltet stå tomt om evalueringa ikkje tek stilling.
evaluation-recommendations-save = Lagre tilrådingane
evaluation-recommendation = Tilråding
evaluation-recommendation-none = Inga tilråding
evaluation-recommendation-make_general = Gjer det til den allmenne regelen
evaluation-recommendation-make_general_with_changes = Gjer det til den allmenne regelen, med endringar
evaluation-recommendation-continue_trying = Hald fram med forsøket
evaluation-recommendation-drop = Gå bort frå det
evaluation-reasons = Grunngjeving
evaluation-joint-summary = På tvers av forsøka
evaluation-by-theme = Etter tema
evaluation-by-provision = Etter føresegn
evaluation-report = Heile rapporten
evaluation-report-none = Ingen rapport er lagd ved enno.
evaluation-report-file = Rapportfil (PDF, Word eller OpenDocument)
evaluation-report-title = Tittelen på rapporten
evaluation-report-upload = Legg ved rapporten
evaluation-publish = Publiser
evaluation-publish-warning = Når evalueringa blir publisert, blir ho låst: samandrag, funn og tilrådingar kan ikkje lenger endrast. Feil som blir oppdaga seinare, blir førte som rettingar ved sida av.
evaluation-publish-embargo = Evalueringa er under embargo til { $date }. Fram til då ser ålmenta berre at ho finst, og når ho blir publisert.
evaluation-publish-counts = { $findings ->
    [one] Ho har eitt funn.
   *[other] Ho har { $findings } funn.
}
evaluation-publish-confirm = Eg forstår at evalueringa blir låst når ho blir publisert.
evaluation-announced = Ei evaluering er publisert og blir open for alle { $date }.
evaluation-embargo-insiders = Under embargo: fram til { $date } ser ålmenta berre at evalueringa finst.
evaluation-corrections = Rettingar
evaluation-frozen = Ei publisert evaluering blir ikkje endra. Rettingar blir førte her med dato.
evaluation-correction-note = Kva som blir retta
evaluation-correction-record = Før rettinga
evaluation-drafts = Evalueringar under arbeid
evaluation-notify-published-title = Evaluering publisert: { $title }
evaluation-notify-published-body = { $kind } «{ $title }» av { $case } { $name } er publisert.
error-finding_exemption_not_granted = Eit funn kan berre gjelde unntak forsøket har fått.
error-finding_indicator_unknown = Eit funn kan berre gjelde dei eigne indikatorane til forsøket.
error-recommendation_exemption_not_granted = Ei tilråding kan berre gjelde unntak forsøket har fått.
error-recommendation_twice = Gi kvart unntak éi tilråding.
error-evaluation_plan_unknown = Vel ein registrert forskingsplan for det same forsøket eller den same ordninga.
error-evaluation_without_findings = Legg til minst eitt funn før evalueringa blir publisert.
error-publish_unconfirmed = Stadfest at du forstår at evalueringa blir låst når ho blir publisert.
error-evaluation_published = Evalueringa er publisert og kan ikkje lenger endrast. Før heller ei retting.
error-evaluation_not_published = Eit utkast blir redigert direkte; rettingar blir førte når det er publisert.
error-evaluation_stale = Nokon andre har lagra evalueringa i mellomtida. Last inn sida på nytt og prøv igjen.
journal-action-evaluation-created = Evaluering påbyrja
journal-action-evaluation-updated = Utkast til evaluering lagra
journal-action-evaluation-published = Evaluering publisert
journal-action-evaluation-corrected = Retting ført på ei evaluering
journal-action-evaluation-document-added = Rapport lagd ved ei evaluering
journal-field-note = Retting
journal-field-file-name = Fil
journal-field-sha256 = Kontrollsum (SHA-256)

## issue 14: generalisation outcomes and the scheme's results page (fixes)
error-outcome_already_recorded = Det vart registrert eit utfall for dette unntaket etter at skjemaet vart opna, kanskje fordi det vart sendt to gonger. Det står ovanfor; send skjemaet igjen berre for å registrere eit nytt.
dashboard-outcomes-heading = Utfall som må følgjast opp
dashboard-outcomes-flagged = { $count ->
    [one] lov som følgde, men som ikkje finst i lovkatalogen
   *[other] lover som følgde, men som ikkje finst i lovkatalogen
 }
dashboard-outcomes-pending = { $count ->
    [one] føresegn som ventar på eit utfall
   *[other] føresegner som ventar på eit utfall
 }

## issue 14: dossier and adoption (fixes)
proposal-language-note = Knappane og menyane på sida blir ståande på språket ditt; berre teksten i forslaget skiftar.
proposal-written-in = Forslaget er skrive på { $language }, språket i ordninga til forsøka.
proposal-summary = Samandrag
proposal-summary-intro = Kommunar har prøvd ut eit unntak frå { $provision } i forsøk godkjende etter ei forsøksordning. Vi foreslår at regelen blir endra i lys av det forsøka og evalueringane av dei har vist.
proposal-summary-requests = { $count ->
    [one] Éin innsend søknad søkte om unntaket.
   *[other] { $count } innsende søknader søkte om unntaket.
}
proposal-summary-trials = { $count ->
    [0] Ingen forsøk har fått det enno.
    [one] Eitt forsøk fekk det.
   *[other] { $count } forsøk fekk det.
}
proposal-summary-findings = { $count ->
    [0] Evalueringane har ingen funn om det enno.
    [one] Evalueringane har eitt funn om det.
   *[other] Evalueringane har { $count } funn om det.
}
proposal-summary-recommendations = { $count ->
    [0] Dei gir inga tilråding enno.
    [one] Dei gir éi tilråding.
   *[other] Dei gir { $count } tilrådingar.
}
proposal-recommended = Evalueringane tilrår
proposal-decided = Vedteke så langt
proposal-asked = Kva forsøka søkte om
proposal-asked-none = Søknadene skildra ikkje kva regel dei ønskte i staden.
proposal-no-recommendations = Inga publisert evaluering gir enno ei tilråding om denne føresegna.
proposal-outcomes = Kva som er vedteke
proposal-no-outcomes = Det er enno ikkje vedteke noko om regelen.
proposal-wording = Forslag til ny ordlyd
proposal-wording-intro = Vi foreslår at { $provision } får den ordlyden søkjarane bad om:
proposal-wording-none = Søkjarane foreslo ingen ordlyd; departementet blir bede om å formulere ein i lys av funna ovanfor.

## issue 14: research plans and evaluations (fixes)
error-embargo_in_the_past = Embargodatoen kan ikkje liggje før dagens dato. Vel i dag eller ein seinare dag, eller lat feltet stå tomt.

## issue 14: research teams (fixes)
dashboard-researcher-waiting-count = { $count ->
    [one] Éin verdi ventar på gjennomgangen din i forsøka du følgjer
   *[other] { $count } verdiar ventar på gjennomgangen din i forsøka du følgjer
}
research-researchers-heading = Forskarane og forskingsmiljøa deira
research-member-current = Høyrer til: { $organisation }
research-member-current-none = Høyrer ikkje til noko forskingsmiljø
research-member-choose-for = Forskingsmiljø for { $name }
research-member-choose = Vel eit forskingsmiljø
research-member-remove = Ta ut av { $organisation }
research-member-remove-confirm = { $name } høyrer då ikkje lenger til { $organisation }. Tilknytingane forskaren har til forsøk og ordningar, vert ikkje endra.
research-member-remove-yes = Ja, ta { $name } ut av { $organisation }
research-member-confirm-needed = Stadfest at forskaren skal takast ut av forskingsmiljøet sitt. Ingenting vart endra.
research-organisation-website-invalid = Skriv heile adressa til nettstaden, slik at ho byrjar med https://, til dømes https://www.ntnu.no.
research-unassign = Fjern { $name }
research-unassign-confirm = { $name } mistar tilgangen til forsøka tilknytinga gav, med mindre forskaren er tilknytt på ein annan måte.
research-unassign-yes = Ja, fjern { $name }
research-single-trials-hint = Opna eit forsøk for å fjerne ein forskar frå akkurat det forsøket.
research-organisation-edit = Rett namn eller nettstad
research-organisation-save = Lagre endringane
research-organisation-delete = Slett forskingsmiljøet
research-organisation-delete-confirm = Forskingsmiljøet vert sletta. Det kan berre slettast når ingen høyrer til det.
research-organisation-delete-yes = Ja, slett { $name }
error-research_organisation_not_empty = Det høyrer framleis forskarar til forskingsmiljøet. Ta dei ut av det før du slettar det.

## Journal cases of the policy lab, networks and partners
journal-case-barrier = Hinder
journal-case-investigation = Utgreiing
journal-case-network = Nettverk
journal-case-partner = Partnar

## issue 15: testbeds — partners, demands and public values
testbed-register-title = Partnarregister
testbed-register-lead = Selskap, universitet, konsulentar og foreiningar som arbeider med kommunar i forsøk, med organisasjonsnummeret sitt.
testbed-search = Søk på namn eller organisasjonsnummer
testbed-search-button = Søk
testbed-none = Fann ingen partnarar.
testbed-register-new = Registrer ein partnar
testbed-existing = { $name } er alt registrert med dette nummeret.
testbed-existing-open = Opne { $name }
testbed-existing-use = Bruk han i forsøket
testbed-field-name = Partnar
testbed-field-kind = Type
testbed-field-national-id = Organisasjonsnummer
testbed-field-national-id-hint = Norsk organisasjonsnummer (9 siffer), svensk organisationsnummer (NNNNNN-NNNN) eller dansk CVR-nummer (8 siffer). Mellomrom og bindestrek går fint. La feltet stå tomt for eit enkeltpersonføretak.
testbed-field-website = Nettstad
testbed-register-button = Registrer partnar
testbed-next-trials = Gå til forsøka
testbed-no-national-id = Ikkje oppgitt
testbed-partner-trials = Forsøk han er med i
testbed-partner-no-trials = Han er ikkje med i noko forsøk du kan sjå.
testbed-agreement = Avtale
testbed-back-register = Tilbake til partnarregisteret
testbed-trial-title = Partnarar, krav og offentlege verdiar
testbed-trial-lead = Partnarane kommunen arbeider med i forsøket, kva han krev av kvar einskild, og kva offentlege verdiar han vernar. Kvar statusrapport går gjennom alle.
testbed-trial-back = Tilbake til forsøket
testbed-trial-none = Ingen partnarar er lagde til i forsøket enno.
testbed-trial-open = Partnarar, krav og avtalar
testbed-items-none = Ingen krav eller offentlege verdiar enno.
testbed-items-count = { $count ->
    [one] { $number } krav eller verdi
   *[other] { $number } krav og verdiar
 }
testbed-history-caption = Vurderingar av { $item } per rapport
testbed-history-period = Rapportperiode
testbed-history-verdict = Vurdering
testbed-note = Merknad
testbed-agreements = Avtalar
testbed-agreements-none = Ingen avtale lagd ved.
testbed-item-add = Legg til eit krav eller ein offentleg verdi for { $name }
testbed-item-kind = Krav eller verdi
testbed-demands = Krav
testbed-item-text = Kva som blir kravd
testbed-demand-add = Legg til krav
testbed-value-kind = Offentleg verdi
testbed-value-add = Legg til offentleg verdi
testbed-agreement-add = Legg ved ein avtale med { $name }
testbed-agreement-title = Tittel
testbed-agreement-file = Fil (PDF eller kontordokument)
testbed-agreement-upload = Legg ved avtale
testbed-suggestions = Partnarar nemnde i søknaden
testbed-suggestions-lead = Den innvilga søknaden nemner desse partnarane. Legg dei til frå registeret, eller registrer dei først.
testbed-suggestion-add = Legg { $name } til forsøket
testbed-suggestion-register = Registrer { $name }
testbed-add = Legg til ein partnar frå registeret
testbed-add-partner = Partnar
testbed-add-choose = Vel ein partnar
testbed-add-role = Rolle i forsøket
testbed-add-button = Legg til partnar
testbed-at-risk = Krav og verdiar i faresona etter siste rapport
testbed-review-heading = Krava og dei offentlege verdiane til partnarane
testbed-review-hint = Vurder kvart krav og kvar offentleg verdi for perioden. Eit krav eller ein verdi i faresona eller som er broten, treng ein merknad om kvifor. Rapporten kan ikkje sendast inn utan ei vurdering av kvar.
testbed-breach-open = Opne brotet
testbed-breach-title = Brot hos partnar
testbed-breach-acknowledged = Brotet er kvittert ut og ventar ikkje lenger på oversikta.
testbed-breach-trial = Forsøk
testbed-breach-report = Rapport
testbed-breach-acknowledge = Kvitter ut brotet
testbed-breach-ack-note = Kva sekretariatet gjer med det
testbed-breach-ack-hint = Merknaden blir lagra i journalen til partnaren.
testbed-back-dashboard = Tilbake til oversikta
testbed-breaches-heading = Brot hos partnarar
testbed-demand-data_access = Tilgang til data
testbed-demand-open_standards = Opne standardar
testbed-demand-ownership_of_results = Eigarskap til resultat
testbed-demand-exit = Uttreden og overlevering ved slutten
testbed-demand-confidentiality = Teieplikt
testbed-demand-other = Anna krav
testbed-value-inclusion = Inkludering
testbed-value-transparency = Openheit
testbed-value-professional_ethics = Profesjonsetikk
testbed-value-privacy = Personvern
testbed-value-equal_treatment = Likehandsaming
testbed-value-other = Annan offentleg verdi
testbed-verdict-kept = Halde
testbed-verdict-at_risk = I faresona
testbed-verdict-breached = Brote
testbed-notify-breach-title = Brot hos partnar meldt: { $case }
testbed-notify-breach-body = Ein statusrapport for forsøket «{ $title }» ({ $case }) markerer eit krav eller ein offentleg verdi som brote: { $breaches }. Kvitter det ut på oversikta di.
error-identifier_format = Organisasjonsnummeret skal ha { $digits } siffer; berre siffer, mellomrom og bindestrek kan skrivast.
error-identifier_check_digit = Kontrollsifferet i organisasjonsnummeret stemmer ikkje med dei andre sifra. Sjå etter ein skrivefeil.
error-identifier_personal_number = Dette er eit personnummer (eit enkeltpersonføretaks). La organisasjonsnummeret stå tomt i staden.
error-partner_exists = Ein partnar med dette organisasjonsnummeret er alt registrert.
error-partner_already_in_trial = Partnaren er alt med i forsøket.
error-partner_verdict_required = Vurder kvart krav og kvar offentleg verdi før rapporten blir send inn.
error-partner_note_required = Eit krav eller ein verdi i faresona eller som er broten, treng ein merknad om kvifor.
error-breach_already_acknowledged = Brotet er alt kvittert ut.

## issue 15: networks, guidance, the learning log and learning questions
network-list-title = Nettverk
network-list-lead = Tematiske nettverk av forsøk og kommunar: ein koordinator, referansegrupper, sekretariatet si rettleiing og ein læringslogg.
network-list-none = Det finst ingen nettverk enno.
network-coordinated-by = koordinert av { $name }
network-new = Nytt nettverk
network-create = Opprett nettverket
network-back-to-list = Tilbake til alle nettverk
network-back-to-network = Tilbake til nettverket
network-back-to-trial = Tilbake til forsøket
network-members-hint = Éin medlemsorganisasjon per linje, slik registeret skriv namnet (til dømes Tromsø kommune).
network-label-scheme-id = Ordning
network-label-name = Namn
network-label-purpose = Føremål
network-label-coordinator-email = E-postadressa til koordinatoren
network-label-members = Medlemsorganisasjonar
network-label-group = Referansegruppe
network-label-role-title = Rolle eller tittel
network-label-organisation = Organisasjon
network-label-title = Tittel
network-label-body = Tekst
network-label-reason = Kvifor han blir endra
network-label-question = Spørsmålet ditt
network-label-questions = Læringsspørsmål, eitt per linje
network-label-tried = Kva vi prøvde
network-label-learned = Kva vi lærte
network-label-differently = Kva vi ville gjort annleis
network-label-provision-citation = Ei anna føresegn, ved tilvising
network-label-body-reply = Svar
network-error-provision-citation = Inga føresegn i lovkatalogen passar til tilvisinga. Skriv henne slik juristar gjer, til dømes barnehagelova § 8.
network-error-members = Ein organisasjon finst ikkje i registeret for landet til ordninga. Skriv namnet slik registeret gjer.
network-error-coordinator-email = Ingen konto har denne e-postadressa.
network-error-scheme-id = Vel ei ordning.
network-error-group = Vel ei referansegruppe.
network-purpose = Føremål
network-people = Koordinator, medlemmer og forsøk
network-coordinator-is = Koordinator: { $name }
network-coordinator-none = Nettverket har ingen koordinator enno.
network-members = Medlemsorganisasjonar
network-members-none = Ingen medlemsorganisasjonar enno.
network-trials = Forsøk i nettverket
network-trials-none = Ingen forsøk i nettverket enno.
network-reference = Referansegrupper
network-group-political = Politisk referansegruppe
network-group-administrative = Administrativ referansegruppe
network-reference-none = Ingen medlemmer enno.
network-reference-add = Legg til eit medlem i ei referansegruppe
network-reference-remove = Fjern { $name }
network-reference-remove-confirm = Ta { $name } ut av referansegruppa? Journalen viser at dei var med.
network-reference-remove-yes = Ja, fjern { $name }
network-guidance = Rettleiing
network-guidance-lead = Råd og rettleiing undervegs frå sekretariatet: artiklar og svarte spørsmål. Kvar endring blir lagra som ein ny versjon.
network-guidance-none = Inga rettleiing enno.
network-guidance-for-scheme = for alle nettverk i ordninga
network-question = Spørsmål til sekretariatet
network-question-answered = Svarar på spørsmålet
network-question-waiting = Ventar på svar frå sekretariatet
network-asked-by = spurt av { $name }
network-ask = Spør sekretariatet
network-ask-send = Send spørsmålet
network-article-new = Ny artikkel
network-article-for-scheme = For alle nettverk i ordninga
network-article-publish = Publiser artikkelen
network-version = Versjon { $version }
network-version-reason = Kvifor han vart endra
network-versions = Alle versjonar
network-what-changed = Kva som vart endra frå versjonen før
network-diff-added = Lagt til
network-diff-removed = Fjerna
network-guidance-edit = Endre teksten
network-guidance-edit-lead = Endringa blir ein ny versjon; dei tidlegare versjonane kan framleis lesast.
network-guidance-save = Lagre som ny versjon
network-guidance-saved = Lagra som ny versjon.
network-answer = Svar på spørsmålet
network-answer-public = Publiser svaret for alle, ikkje berre nettverket
network-answer-send = Send svaret
network-log = Læringslogg
network-log-rules = Medlemmene skriv kva dei prøvde, kva dei lærte og kva dei ville gjort annleis. Eit innlegg er privat for nettverket til forfattaren publiserer det; etter publisering kan det ikkje endrast.
network-log-none = Ingen innlegg enno.
network-private = Privat for nettverket
network-published-on = Publisert { $date }
network-tags = Merkt
network-publish = Publiser
network-publish-hint = Publisert blir innlegget offentleg på sida til nettverket og på sidene til forsøka det er merkt med, og det kan ikkje lenger endrast.
network-replies = Svar
network-reply-to = Svar på «{ $title }»
network-reply = Svar
network-hide-reply = Gøym svaret
network-hide-reply-confirm = Gøyme dette svaret i loggen? Journalen viser at det vart gøymt.
network-hide-reply-yes = Ja, gøym svaret
network-hide-entry = Gøym innlegget
network-hide-entry-confirm = Gøyme dette innlegget i loggen og på alle sider det blir vist? Journalen viser at det vart gøymt og kvifor.
network-hide-entry-yes = Ja, gøym innlegget
network-entry-new = Nytt innlegg i læringsloggen
network-entry-save = Lagre innlegget (privat for nettverket)
network-tag-trials = Forsøk det gjeld
network-tag-indicators = Indikatorar det gjeld
network-tag-provisions = Føresegner det gjeld
network-citation-hint = Skriv føresegna slik juristar viser til henne; Frirum finn henne i lovkatalogen.
network-sign-in-to-write = Logg inn som medlem av nettverket for å skrive i loggen.
network-done-created = Nettverket er oppretta.
network-done-entry = Innlegget er lagra. Det er privat for nettverket til du publiserer det.
network-done-published = Innlegget er publisert.
network-done-reply = Svaret ditt er lagra, og forfattaren av innlegget har fått melding.
network-done-hidden = Gøymt i loggen.
network-done-reference = Referansegruppa er oppdatert.
network-done-question = Spørsmålet ditt er sendt til sekretariatet.
network-done-guidance = Artikkelen er publisert.
network-done-members = Medlemmene er oppdaterte.
network-notify-reply-title = { $name } svarte på innlegget ditt
network-notify-reply-body = { $name } svarte på «{ $title }» i læringsloggen til { $network }.
network-trial-heading = Læring frå nettverket
network-trial-none = Ingen publiserte innlegg i læringsloggen gjeld dette forsøket enno.
network-trial-networks = Nettverk forsøket er med i
network-all = Alle nettverk
network-questions-title = Læringsspørsmål
network-questions-lead = Kva forsøket vil lære, som spørsmål kvar statusrapport og sluttrapporten svarar på.
network-learning-goals = Læringsmåla i søknaden
network-questions-current = Spørsmåla
network-questions-none = Forsøket har ingen læringsspørsmål enno.
network-questions-suggested = Føreslått frå læringsmåla, éi setning per linje: del, slå saman eller omformuler før du lagrar.
network-questions-hint = Eitt spørsmål per linje. Dei kan endrast til forsøket sender den første rapporten sin.
network-questions-save = Lagre spørsmåla
network-questions-saved = Læringsspørsmåla er lagra.
network-questions-fixed = Spørsmåla ligg fast: forsøket har sendt ein rapport som svarar på dei.
network-questions-edit = Endre læringsspørsmåla
network-questions-open = Læringsspørsmåla og læringsmåla
network-report-heading = Læringsspørsmål
network-report-lead = Kva forsøket så langt har lært om kvart av spørsmåla.
network-report-lead-final = Sluttrapporten svarar på alle læringsspørsmåla.
network-report-unanswered = Ikkje svart på i denne rapporten.
error-learning_answer_required = Svar på læringsspørsmålet «{ $question }» før sluttrapporten blir send.
error-learning_questions_fixed = Læringsspørsmåla ligg fast når forsøket har sendt ein rapport.
error-entry_already_published = Innlegget er alt publisert.
error-question_already_answered = Spørsmålet er alt svart på; endre svaret som ein ny versjon.
error-not_in_network = Du kan berre merke med forsøka i nettverket, indikatorane deira og føresegner i lovkatalogen.

## barriers: policylaboratoriet sitt hinderregister
barrier-register-title = Hinderregister
barrier-register-lead = Hinder som står i vegen for gode løysingar, melde med eigne ord av dei som møter dei. Policylaboratoriet ser på kvart av dei: er det lova, ein rettleiar, eit IT-system, finansieringa eller vane?
barrier-report-action = Meld eit hinder
barrier-register-all = Alle hinder
barrier-register-mine = Mine hinder
barrier-register-list = Hinder
barrier-register-none = Ingen hinder passar.
barrier-queue-heading = Meldt, ventar på laboratoriet
barrier-from-public = frå det opne skjemaet
barrier-filter-label = Filtrer hindera
barrier-filter-text = Ord
barrier-filter-any = Alle
barrier-filter-apply = Filtrer
barrier-field-status = Status
barrier-field-root-cause = Grunnårsak
barrier-field-group = Rører ved
barrier-supporters-count = { $count ->
    [one] éin person møter dette òg
   *[other] { $count } personar møter dette òg
}
barrier-status-reported = Meldt
barrier-status-under_analysis = Under analyse
barrier-status-not_legal_obstacle = Ikkje eit rettsleg hinder
barrier-status-confirmed = Stadfesta
barrier-status-experiment_proposed = Forsøk føreslått
barrier-status-rule_change_proposed = Regelendring føreslått
barrier-status-resolved = Løyst
barrier-status-closed = Lukka
barrier-status-merged = Slått saman
barrier-cause-law = Ei lov
barrier-cause-regulation = Ei forskrift
barrier-cause-guidance_or_interpretation = Ein rettleiar eller korleis ein regel blir lesen
barrier-cause-practice_and_culture = Praksis og kultur
barrier-cause-it_systems_and_data = IT-system og datadeling
barrier-cause-funding_and_incentives = Finansiering og insentiv
barrier-cause-organisation = Korleis arbeidet er organisert
barrier-group-young_people_outside_work = Unge utanfor arbeid og utdanning
barrier-group-older_people = Eldre
barrier-group-children_and_families = Born og familiar
barrier-group-people_with_disabilities = Personar med funksjonsnedsetjing
barrier-group-immigrants = Innvandrarar og flyktningar
barrier-group-unemployed = Arbeidsledige
barrier-group-patients = Pasientar og brukarar av helsetenester
barrier-group-businesses_and_volunteers = Næringsliv og frivillige organisasjonar
barrier-group-municipal_staff = Dei tilsette i kommunen
barrier-group-other = Andre
barrier-link-proposal = Temaforslag
barrier-link-scheme = Ordning
barrier-link-application = Søknad
barrier-new-title = Meld eit hinder
barrier-new-lead = Fortel med eigne ord kva de vil gjere og kva som stoppar dykk. De treng ikkje vite kva regel det er. Sjekk først om andre har meldt det same.
barrier-public-title = Meld eit hinder til { $scheme }
barrier-public-lead = Fortel policylaboratoriet kva du vil gjere og kva som stoppar deg. Laboratoriet les meldinga først, og ho blir publisert berre etter at laboratoriet har sett på ho.
barrier-public-privacy = Namn og kontaktinformasjon er frivillig og blir berre sett av policylaboratoriet.
barrier-field-title = Ein kort tittel
barrier-field-wants-to-do = Kva vil de gjere?
barrier-field-obstacle = Kva stoppar dykk?
barrier-field-consequences = Kva kostar det, og for kven?
barrier-field-groups = Kven rører det ved?
barrier-field-country = Kva lands reglar gjeld det?
barrier-field-name = Namnet ditt (frivillig)
barrier-field-contact = E-post eller telefon (frivillig)
barrier-check-action = Sjå etter liknande hinder
barrier-submit-action = Meld hinderet
barrier-similar-heading = Liknande hinder som alt er melde
barrier-similar-lead = Er eitt av desse hinderet dykkar, støtt det i staden: då ser laboratoriet kor mange som møter det.
barrier-similar-none = Ingen liknande hinder er meldt.
barrier-similar-share = { $percent } % av orda felles
barrier-support-instead = Støtt dette i staden
barrier-suggested-heading = Føresegner som kan liggje bak
barrier-suggested-lead = Regelfinnaren føreslår desse føresegnene for teksten. Kryss av dei de meiner gjeld; laboratoriet sjekkar dei.
barrier-suggested-none = Regelfinnaren fann inga føresegn for teksten.
barrier-public-thanks-title = Takk for meldinga
barrier-public-thanks = Policylaboratoriet har fått meldinga og vil sjå på ho.
barrier-public-back = Tilbake til ordninga
barrier-reported-notice = Takk: hinderet er meldt, og policylaboratoriet har fått melding.
barrier-reported-at = meldt { $moment }
barrier-restricted = ikkje offentleg
barrier-merged-into = Dette hinderet er slått saman med eit anna, der det blir følgt opp:
barrier-what-heading = Hinderet
barrier-root-causes = Grunnårsaker
barrier-field-guidance = Rettleiinga frå laboratoriet
barrier-field-reason = Kvifor det er lukka
barrier-field-ministry = Departement
barrier-field-ministry-response = Svaret frå departementet
barrier-experiment = Forsøk
barrier-field-experiment-kind = Knytt til
barrier-field-experiment-id = Nummeret
barrier-provisions-heading = Føresegner
barrier-provisions-none = Inga føresegn er knytt til enno.
barrier-provision-confirmed = stadfesta av laboratoriet
barrier-provision-suggested = føreslått
barrier-field-citation = Knyt til ei føresegn ved å sitere ho
barrier-citation-hint = Slik juristar skriv det, til dømes «barnehageloven § 8».
barrier-link-action = Knyt til føresegna
barrier-support-heading = Møter de dette òg?
barrier-support-action = Vi møter dette òg
barrier-you-support = Du støttar dette hinderet.
barrier-withdraw-action = Trekk støtta
barrier-lab-heading = Policylaboratoriet
barrier-journal-link = Journalen til hinderet
barrier-public-sender = Sendt av
barrier-supporters-heading = Kven som òg møter det
barrier-confirm-provisions = Stadfesta føresegner
barrier-field-restricted = Ikkje offentleg (det namngir ein person eller gjeld tryggleik)
barrier-triage-save = Lagre vurderinga
barrier-status-heading = Endre status
barrier-field-new-status = Ny status
barrier-status-needs = «Ikkje eit rettsleg hinder» krev rettleiing, «Lukka» ei grunngiving, «Forsøk føreslått» ei kopling, «Regelendring føreslått» departementet; stadfesting krev ei grunnårsak.
barrier-field-note = Merknad til den offentlege historikken (frivillig)
barrier-status-save = Endre status
barrier-merge-heading = Slå saman med eit anna hinder
barrier-field-merge-into = Nummeret på hinderet som tek det inn
barrier-merge-action = Slå saman …
barrier-merge-title = Slå saman hindera?
barrier-merge-confirm = «{ $source }» blir slått saman med «{ $target }». Den som melde det og dei som støttar det, støttar då «{ $target }», og føresegner og grupper følgjer med. Dette kan ikkje angrast.
barrier-merge-yes = Ja, slå saman
barrier-merge-cancel = Nei, gå tilbake
barrier-history-heading = Historikk
barrier-back = Tilbake til hinderregisteret
barrier-dashboard-waiting = { $count ->
    [one] Eitt hinder ventar på vurderinga til laboratoriet
   *[other] { $count } hinder ventar på vurderinga til laboratoriet
}
barrier-public-setting = Ta imot meldingar om hinder frå ålmenta (moderert av laboratoriet)
barrier-public-setting-save = Lagre
barrier-public-link = Meld eit hinder
barrier-notify-reported-title = Nytt hinder meldt
barrier-notify-reported-body = «{ $title }» er meldt og ventar på vurderinga til laboratoriet.
barrier-notify-status-title = Eit hinder du følgjer, er endra
barrier-notify-status-body = «{ $title }» har no status: { $status }.
barrier-notify-merged-title = Eit hinder du følgjer, er slått saman
barrier-notify-merged-body = «{ $title }» er slått saman med eit anna hinder, som du no støttar.
error-barrier_transition = Hinderet kan ikkje få den statusen no. Vel ein av statusane som blir tilbydde.
error-barrier_merged = Hinderet er slått saman med eit anna. Arbeid vidare med det.
error-barrier_guidance_required = Skriv rettleiinga som svarar på hinderet.
error-barrier_reason_required = Skriv kvifor hinderet blir lukka.
error-barrier_root_cause_required = Merk minst éi grunnårsak og lagre vurderinga før du stadfestar.
error-barrier_experiment_link_required = Oppgi temaforslaget, ordninga eller søknaden forsøket er knytt til.
error-barrier_merge_into_itself = Eit hinder kan ikkje slåast saman med seg sjølv.
error-barrier_merge_into_merged = Det hinderet er sjølv slått saman. Slå saman med hinderet det gjekk inn i.
error-provision_other_jurisdiction = Føresegna høyrer til lovverket i eit anna land enn hinderet.
field-wants-to-do = Kva de vil gjere
field-obstacle = Kva som stoppar dykk
field-consequences = Konsekvensane
field-groups = Kven det rører ved
field-citation = Tilvising
field-guidance = Rettleiing
field-ministry = Departement
field-contact = Kontakt
field-into = Hinder å slå saman med

## lab (issue 15: roll-ups, gap list, investigations)
lab-title = Policylab
lab-lead = Hinderregisteret samla: kva som hindrar, kven og kvifor – agendaen med hindringar utan forsøk enno, føresegnene som hindrar mest, og labens utgreiingar.
lab-dashboard-entry = Policylab
lab-dashboard-lead = Oversikter over hinderregisteret, gaplista og utgreiingar.
lab-gaps-title = Gapliste
lab-gaps-lead = Stadfesta hinder som framleis er opne og enno ikkje har noko forsøk: ingen registrerte forsøk har fått unntak frå nokon av hinderet sine stadfesta føresegner, og ingen forsøk har kome frå det føreslegne forsøket eller frå ein søknad starta frå han. Dei mest rapporterte står først.
lab-gaps-empty = Ingen stadfesta hinder er utan forsøk.
lab-ranking-title = Føresegner som hindrar mest
lab-ranking-lead = Kvar føresegn med barrierane laben har stadfesta at ho hindrar, personane og organisasjonane som rapporterer dei, og barrierane som berre føreslår ho.
lab-ranking-empty = Ingen hinder nemner ei føresegn enno.
lab-public-only = Talt over dei offentlege barrierane.
lab-all-countries = Alle land
lab-filter = Vis
lab-investigations-title = Utgreiingar
lab-investigations-lead = Laben samlar barrierar under ein hypotese om grunnårsaka, arbeider med kommunane og etatane det gjeld, og konkluderer med rettleiing, regelendring eller forsøk.
lab-investigations-empty = Ingen utgreiingar å vise.
lab-investigation-new = Ny utgreiing
lab-investigation-new-lead = Gje utgreiinga eit namn, formuler hypotesen, og vel barrierane og kven som deltek.
lab-investigation-create = Opprett utgreiinga
lab-back-investigations = Tilbake til utgreiingane
lab-investigation-status-open = Open
lab-investigation-status-concluded = Avslutta
lab-investigation-opened = Oppretta { $date }
lab-investigation-barriers = { $count ->
    [one] { $number } hinder
   *[other] { $number } barrierar
 }
lab-investigate = Greie ut
lab-field-title = Tittel
lab-field-hypothesis = Hypotese om grunnårsaka
lab-field-hypothesis-hint = Kva de trur ligg bak hindringane, slik at arbeidet kan stadfeste eller avkrefte det.
lab-field-barriers = Barrierar
lab-no-barriers = Registeret har ingen barrierar enno.
lab-field-organisations = Kommunar og fylke frå registeret
lab-field-organisations-hint = Éin per linje, med namn eller nummer, til dømes «Tromsø» eller «5501».
lab-field-agencies = Andre deltakarar
lab-field-agencies-hint = Etatar og andre som ikkje er i registeret, éin per linje.
lab-participants = Deltakarar
lab-activities = Aktivitetslogg
lab-activities-empty = Ingenting er logga enno.
lab-activity-new = Logg ein aktivitet
lab-activity-append-only = Loggen vert aldri endra: rett ei oppføring ved å logge ei retting.
lab-activity-on = Dato
lab-activity-kind = Type
lab-activity-note = Notat
lab-activity-log = Logg
lab-activity-meeting = Møte
lab-activity-workshop = Verkstad
lab-activity-interview = Intervju
lab-activity-document_review = Dokumentgjennomgang
lab-activity-correction = Retting
lab-conclude-heading = Avslutt
lab-conclude-lead = Når utgreiinga vert avslutta, vert alle barrierane flytte: rettleiing gjer dei til «ikkje eit rettsleg hinder» med konklusjonen som rettleiing, regelendring til «regelendring føreslegen», forsøk til «forsøk føreslege» med koplinga. Barrierar med ein status som ikkje tillèt det, vert ståande og nemnde. Dette kan ikkje angrast.
lab-conclusion-kind = Konklusjon
lab-conclusion-heading = Konklusjon
lab-conclusion-text = Kva utgreiinga fann
lab-conclusion-text-hint = Ved rettleiing er dette rettleiinga dei som rapporterte barrierane, får.
lab-conclusion-experiment = Forsøk
lab-conclusion-experiment-hint = Berre for forsøk: temaframlegget, ordninga eller søknaden det er kopla til, med nummeret.
lab-experiment-kind = Kopla til
lab-experiment-id = Nummer
lab-experiment-proposal = Temaframlegg
lab-experiment-scheme = Ordning
lab-experiment-application = Søknad
lab-conclusion-guidance = Rettleiing
lab-conclusion-rule_change = Regelendring
lab-conclude = Avslutt og flytt barrierane
lab-concluded-moved = { $count ->
    [one] { $number } hinder flytt.
   *[other] { $number } barrierar flytte.
 }
lab-concluded-skipped = { $count ->
    [one] { $number } hinder vart ståande:
   *[other] { $number } barrierar vart ståande:
 }
lab-skipped-status = han er «{ $status }», som denne konklusjonen ikkje kan endre
lab-skipped-refused = hinderregisteret avviste endringa
lab-triage = Triasjekø
lab-summary-barriers = { $count ->
    [one] { $number } hinder i registeret (samanslåtte talde gjennom hinderet dei vart slått saman med).
   *[other] { $number } hinder i registeret (samanslåtte talde gjennom hinderet dei vart slått saman med).
 }
lab-contents = Oversikter
lab-rollup-root-causes = Etter grunnårsak
lab-rollup-themes = Etter tema
lab-rollup-groups = Etter råka gruppe
lab-rollup-empty = Ingen barrierar å telje enno.
lab-legend = Statusar
lab-column-name = Namn
lab-column-total = Totalt
lab-column-provision = Føresegn
lab-column-confirmed = Stadfesta barrierar
lab-column-people = Personar som rapporterer
lab-column-organisations = Organisasjonar som rapporterer
lab-column-suggested = Føreslegen av barrierar
lab-csv-download = Last ned som CSV
lab-reported-by-people = { $count ->
    [one] rapportert av { $number } person
   *[other] rapportert av { $number } personar
 }
lab-reported-by-organisations = { $count ->
    [one] { $number } organisasjon
   *[other] { $number } organisasjonar
 }
lab-root-causes = Grunnårsaker
lab-provisions = Stadfesta føresegner
lab-groups = Råka grupper
lab-dossier-heading = Rapportert som hinder
lab-dossier-empty = Ingen barrierar i registeret nemner denne føresegna.
lab-dossier-confirmed = { $count ->
    [one] { $number } hinder stadfesta hindra av henne.
   *[other] { $number } barrierar stadfesta hindra av henne.
 }
lab-dossier-suggested = { $count ->
    [one] { $number } til føreslår henne.
   *[other] { $number } til føreslår henne.
 }
lab-dossier-organisations = Rapportert av
lab-dossier-barriers = Barrierane
lab-link-confirmed = føresegna stadfesta
lab-link-suggested = føresegna føreslegen
lab-restricted = Ikkje offentleg
error-investigation_barrier_required = Vel minst eitt hinder.
error-investigation_concluded = Utgreiinga er avslutta; ingenting meir kan leggjast til.
error-activity_in_the_future = Logg ein aktivitet på dagen han fann stad, ikkje ein dag fram i tid.
lab-barrier-propose-theme = Føreslå eit tema frå han
lab-barrier-start-application = Start ein søknad frå han
lab-barrier-started = Starta frå dette hinderet
barrier-nav = Hinder
barrier-dashboard-heading = Står noko i vegen?
barrier-dashboard-lead = Fortel policylaboratoriet om ein regel, ein rettleiar eller eit system som stoppar ei god løysing. Andre som møter det same, kan støtte meldinga dykkar.

## barriers: the journal's field labels
barrier-journal-field-title = Tittel
barrier-journal-field-country = Land
barrier-journal-field-theme-id = Tema
barrier-journal-field-groups = Kven det råkar
barrier-journal-field-from-public = Frå publikum
barrier-journal-field-organisation-id = Organisasjon
barrier-journal-field-user-id = Person
barrier-journal-field-provision-id = Føresegn
barrier-journal-field-confirmed = Stadfesta av laboratoriet
barrier-journal-field-root-causes = Rotårsaker
barrier-journal-field-restricted = Skjerma
barrier-journal-field-confirmed-provisions = Stadfesta føresegner
barrier-journal-field-status = Status
barrier-journal-field-guidance = Rettleiing
barrier-journal-field-reason = Grunngiving
barrier-journal-field-ministry = Departement
barrier-journal-field-ministry-response = Svaret frå departementet
barrier-journal-field-experiment = Forsøk
barrier-journal-field-note = Merknad
barrier-journal-field-merged-into = Slått saman med
barrier-journal-field-merged-from = Tok inn

## testbeds (review fixes)
testbed-review-problem-verdict = Vel ei vurdering: halde, i faresona eller brote.
testbed-review-problem-note = Skriv ein merknad om kvifor kravet eller verdien er i faresona eller brote.
testbed-review-problem-long = Merknaden er for lang.
testbed-breach-ack-note-required = Skriv ein merknad om kva sekretariatet gjer med brotet før du kvitterer.

## lab (fixes: the conclusion's confirmation)
lab-conclusion-rule-change = Regelendring
lab-conclusion-rule-change-hint = Berre for regelendring: departementet endringa vert føreslegen for, og svaret dersom det har svart.
lab-conclusion-ministry = Departement
lab-conclusion-ministry-response = Svaret frå departementet (om det finst)
lab-conclude-check = Sjå kva konklusjonen vil flytte
lab-conclude-confirm-heading = Stadfest konklusjonen
lab-conclude-will-move = { $count ->
    [one] Dette hinderet vert flytt:
   *[other] Desse { $count } hindera vert flytte:
}
lab-conclude-cannot-move = { $count ->
    [one] Dette hinderet kan ikkje flyttast og vert ståande:
   *[other] Desse { $count } hindera kan ikkje flyttast og vert ståande:
}
lab-conclude-change = Endre konklusjonen
error-investigation_nothing_moves = Denne konklusjonen kan ikkje flytte nokon av hindera i utgreiinga (sjå statusane deira). Vel ein annan konklusjon, eller legg til hinder han kan flytte.

## networks (review fixes)
network-nav = Nettverk
network-questions-waiting = Spørsmål som ventar på svar
network-done-reply-own = Svaret ditt er lagra.
network-publish-confirm = Publisere for alle? Dette kan ikkje angrast.
network-publish-yes = Ja, publiser
network-notify-question-title = { $name } har stilt eit spørsmål i { $network }
network-notify-question-body = { $name } har stilt sekretariatet eit spørsmål i nettverket { $network }. Det ventar på svaret ditt.
network-members-without-trial = Ein medlemskommune har kanskje ikkje forsøk i nettverket enno; han deltek i læringsloggen og rettleiinga.
testbed-ack-by = Kvittert av { $name }, { $when }
testbed-ack-at = Kvittert { $when }
error-experiment_link_unknown = Det finst ikkje noko nummer { $id } av den typen. Vel eit temaforslag, ei ordning eller ein søknad som finst.
lab-start-heading = Ta det vidare
lab-start-hint = Eit stadfesta hinder kan verte eit tema for ei ordning eller ein søknad om forsøk. Teksten og føresegnene følgjer med.
lab-start-proposal = Føreslå eit tema
lab-start-application = Start ein søknad
lab-start-proposal-lead = Temaframlegget får tittelen til hinderet som tittel og teksten og føresegnene til hinderet som skildring. Du kan endre teksten på sida til ordninga.
lab-start-application-lead = Søknadsutkastet får tittelen til hinderet, teksten som skildring og ein søknad om unntak for kvar av føresegnene. Du fullfører utkastet før du sender det.
lab-start-carried = Dette følgjer med
lab-start-title = Tittel
lab-start-text = Tekst
lab-start-earlier = Alt starta frå dette hinderet
lab-start-who = Berre ein søkjarorganisasjon (kommune, fylkeskommune eller anna offentleg organ) kan starte eit temaframlegg eller ein søknad. Send denne sida til ein av dei.
lab-start-scheme = Ordning som samlar temaframlegg
lab-start-round = Runde som er open for søknader
lab-start-no-scheme = Inga ordning i landet til hinderet samlar temaframlegg no.
lab-start-no-round = Ingen runde i landet til hinderet er open for søknader no.
lab-start-back = Tilbake til hinderet
error-barrier_start_not_confirmed = Berre eit stadfesta hinder som framleis er ope, kan takast vidare.
error-barrier_citation_unknown = Vi fann inga føresegn med den tilvisinga i lovsamlinga. Skriv ho slik juristar gjer, til dømes «barnehageloven § 8».
barrier-you-reported = Du melde dette hinderet sjølv.

## h3: rule finder in the product (already requested, not exemptible)
finder-in-application = Allereie med i søknaden din
exempt-flag-bar = Det kan ikkje givast unntak frå denne.
exempt-flag-limit = Undersøk før du søkjer unntak.
exempt-flag-constitution = Dette er Grunnlova eller ei grunnlov, som står over alle lover: ikkje noko forsøk kan setje henne til side.
exempt-flag-municipal_organisation = Forsøkslova § 4 tillèt ikkje forsøk som avvik frå dei grunnleggjande reglane i kommunelova om korleis kommunar og fylkeskommunar er organiserte. Undersøk om denne paragrafen er ein av dei.
exempt-flag-administrative_procedure = Forsøkslova § 4 tillèt ikkje forsøk som avvik frå saksbehandlingsreglane i forvaltningslova.
exempt-flag-eu_law = Tittelen seier at lova gjennomfører EU-rett, som eit nasjonalt forsøk ikkje kan setje til side. Frirum kjenner berre att EU-rett på tittelen, så også andre føresegner kan gjennomføre EU-rett.

## h3: the law sync's admin page
nav-law-sync = Lovsynkronisering
law-sync-title = Halde lovsamlinga oppdatert
law-sync-lead = Lovsamlinga blir henta frå dei offisielle kjeldene: Lovdata, Riksdagens opne data og Retsinformation. Kvar køyring blir vist med kva ho henta og importerte.
law-sync-version = Versjon av lovsamlinga
law-sync-daily = Dagleg synkronisering
law-sync-daily-at = Kvar dag kl. { $time } (UTC)
law-sync-daily-off = Ikkje dagleg; berre når ho blir starta her
law-sync-not-configured = Dei offisielle kjeldene er ikkje sette opp på denne serveren, så han synkroniserer ikkje. Gi adressene når serveren blir starta (frirum serve --law-sync-at).
law-sync-confirm = Eg vil synkronisere lovsamlinga no; nedlastinga kan ta ei stund.
law-sync-now = Synkroniser no
law-sync-runs = Køyringar, nyaste først
law-sync-started-at = Starta
law-sync-source = Kjelde
law-sync-outcome = Utfall
law-sync-fetched = Dokument henta
law-sync-imported = Importert (nye eller endra)
law-sync-unchanged = Uendra
law-sync-failed = Kunne ikkje lesast
law-sync-error = Kva som gjekk gale
law-sync-none = Inga synkronisering har køyrt enno.
law-sync-started = Synkroniseringa er starta i bakgrunnen. Last sida på nytt for å følgje ho.
law-sync-busy = Ei synkronisering køyrer allereie, her eller på ein annan server. Vent til ho er ferdig.
law-sync-confirm-missing = Kryss av i boksen for å stadfeste at du vil synkronisere no.
law-sync-outcome-running = Køyrer
law-sync-outcome-imported = Importert
law-sync-outcome-unchanged = Ingenting endra
law-sync-outcome-failed = Feila
error-law_sync_busy = Ei synkronisering køyrer allereie.
error-law_sync_not_configured = Dei offisielle kjeldene er ikkje sette opp på denne serveren, så han synkroniserer ikkje.

## Issue 13, second helper: trials in operation, gaps closed
regulation-home-adoption-joining = Kommunestyret har enno ikkje vedteke forskrifta dykkar for dette forsøket. Forsøket er i gang for dei andre deltakarane; dykkar del av det startar når forskrifta dykkar er i kraft og du har registrert vedtaket.
indicator-none-ended = Det vart ikkje rapportert nokon målingar for dette forsøket.
dashboard-trials-never-started-hint = Avslutt kvart av dei før tida med ei grunngjeving, eller registrer vedtaket av forskriftene.

## Issue 17, open data (slice B): the open-data page, its downloads and the data dictionary
footer-open-data = Opne data: last ned alt som er offentleg
open-data-title = Opne data
open-data-intro = Alt som er offentleg i Frirum — ordningar, rundar, publiserte søknader, vedtak med innvilga unntak, forsøk, indikatorar, rapportar, evalueringar, utfall, barrierar og stimuleringsmidlar — som filer å laste ned. Kvar rad har identifikatorane til Frirum, slik at tabellane kan koplast. Filene blir bygde på nytt når dataa endrar seg.
open-data-generated = Filene vart laga { $moment }.
open-data-not-built = Filene er ikkje laga enno. Dei blir bygde innan eitt minutt etter at tenaren startar; last sida på nytt om litt.
open-data-all = Alt som er offentleg
open-data-standards = I internasjonale standardar (IATI-aktivitetar, 360Giving-tilskot)
open-data-no-files = Ingen filer enno.
open-data-per-scheme = Éi ordning om gongen
open-data-dictionary = Dataordbok
open-data-dictionary-intro = Kvar tabell er éi CSV-fil i zip-fila, eitt ark i reknearket og éi liste i JSON-dokumentet. Dei same skildringane står i datapackage.json i zip-fila (Frictionless Data) og i JSON-dokumentet. Felta er skildra på engelsk.
open-data-field = Felt
open-data-type = Type
open-data-description = Skildring
open-data-key = identifiserer rada
open-data-size-kb = { $size } kB
open-data-size-mb = { $size } MB
open-data-format-zip = CSV-tabellar med datapakke (zip)
open-data-format-json = JSON-dokument
open-data-format-xlsx = Excel-rekneark (xlsx)
open-data-type-integer = heiltal
open-data-type-number = tal
open-data-type-string = tekst
open-data-type-boolean = sant eller usant
open-data-type-date = dato
open-data-type-datetime = dato og klokkeslett
open-data-table-schemes = Ordningar
open-data-table-schemes-about = Forsøksordningane som er publiserte eller avslutta.
open-data-table-rounds = Søknadsrundar
open-data-table-rounds-about = Søknadsrundane til ordningane med opning og frist.
open-data-table-applications = Publiserte søknader
open-data-table-applications-about = Innsende søknader som ordninga publiserer når fristen i runden er ute.
open-data-table-decisions = Vedtak
open-data-table-decisions-about = Vedtak om søknader, innvilga eller avslegne, med grunngjevinga.
open-data-table-grants = Innvilga unntak
open-data-table-grants-about = Unntaka kvart vedtak innvilgar, éi rad per unntak.
open-data-table-trials = Forsøk
open-data-table-trials-about = Registrerte forsøk med status, periodar og deltakarar.
open-data-table-indicators = Indikatorar
open-data-table-indicators-about = Kva kvart forsøk måler, med utgangsverdi og mål.
open-data-table-indicator_periods = Indikatorperiodar
open-data-table-indicator_periods-about = Rapporteringsperiodane til kvar indikator med mål og godkjend faktisk verdi.
open-data-table-reports = Statusrapportar
open-data-table-reports-about = Godkjende statusrapportar frå forsøka, dei offentlege delane.
open-data-table-evaluations = Evalueringar
open-data-table-evaluations-about = Publiserte evalueringar der embargoen er oppheva, av eitt forsøk eller ei heil ordning.
open-data-table-generalisation_outcomes = Utfall av unntak
open-data-table-generalisation_outcomes-about = Kva som vart av kvart innvilga unntak etter forsøket.
open-data-table-barriers = Barrierar
open-data-table-barriers-about = Offentlege oppføringar i barriereregisteret.
open-data-table-fund_allocations = Tildelte stimuleringsmidlar
open-data-table-fund_allocations-about = Stimuleringsmidlar tildelte forsøk, i øre.
open-data-table-fund_payments = Utbetalingar
open-data-table-fund_payments-about = Utbetalingar av tildelte stimuleringsmidlar, i øre.

# Offentleg register, statistikk og feedar (sak 17, punkt 1 og 3)
register-search = Ord i tittelen
register-provision = Føresegn det er gjort unntak frå
register-provision-hint = Finn ei føresegn med lov, paragraf eller ord, og vel ho blant treffa.
register-provision-chosen = Unntak frå
register-provision-any = alle føresegner
register-provision-hits = Føresegner funne
register-provision-no-hits = Inga føresegn i lovkatalogen passar til desse orda.
register-last-verified = Sist stadfesta
register-last-verified-note = Sist stadfesta: den seinaste av dagen ein godkjend statusrapport sist stadfesta statusen til forsøket, og dagen registreringa sist vart endra (vedtak, eit steg i forsøket, ei forskrift vedteken, ei endring avgjord eller registrert).
nav-statistics = Statistikk
statistics-title = Statistikk
statistics-lead = Tal for alle publiserte ordningar, eller éi ordning. Tala i kvart diagram står i tabellen under, og kan lastast ned som CSV.
statistics-filter = Vel ei ordning
statistics-all-schemes = Alle publiserte ordningar
statistics-contents = Diagram på sida
statistics-empty = Ingenting å telje enno.
statistics-column-what = Kva
statistics-count = Tal
statistics-csv = Last ned dataa som CSV
statistics-applications = Søknader etter status
statistics-decisions = Vedtak etter utfall
statistics-trials-by-status = Forsøk etter status
statistics-trials-by-country = Forsøk etter land
statistics-trials-by-theme = Forsøk etter tema
statistics-trials-by-act = Forsøk etter lov det er gjort unntak frå
statistics-outcomes = Utfall for generalisering av innvilga unntak
statistics-barriers = Publiserte hindringar etter status
feeds-heading = Atom-feedar
feeds-decisions = Vedtak
feeds-trials = Statusendringar for forsøk
feeds-evaluations = Publiserte evalueringar
feeds-outcomes = Utfall for generalisering
feeds-evaluation-published = Evaluering publisert

## Operations page (issue 17, item 5: jobs, leases, the outbox, the last law sync)
nav-operations = Drift
operations-title = Drift
operations-lead = Korleis serverane har det: dei planlagde jobbane, kven som køyrer dei, e-post som ventar på å bli send, og lovsamlinga. Alle serverane deler desse tala gjennom databasen.
operations-outbox = Utboks
operations-outbox-waiting = E-postar som ventar
operations-outbox-failing = Av dei feilar
operations-outbox-sent = E-postar sende
operations-outbox-oldest = Eldste har venta sidan
operations-outbox-none-waiting = Ingenting ventar
operations-law = Lovsamlinga
operations-last-sync = Siste synkronisering
operations-law-sync-link = Opne lovsynkroniseringa
operations-leases = Jobbar som køyrer no
operations-job = Jobb
operations-holder = Server
operations-held-until = Halden til
operations-no-leases = Ingen jobb køyrer no.
operations-runs = Dei siste køyringane til jobbane
operations-started = Starta
operations-outcome = Utfall
operations-detail = Kva han gjorde
operations-no-runs = Ingen jobb har køyrt enno.
operations-outcome-done = Fullført
operations-outcome-failed = Feila

## Issue 17, lead: the standards' downloads and the jobs named in the reader's words
open-data-standard-iati = IATI-aktivitetar (XML): alle registrerte forsøk
open-data-standard-giving = 360Giving-tilskot (JSON): stimuleringsmidlane
operations-job-upkeep = Vedlikehaldet (forsøk som startar og blir avslutta, rapportar som forfell)
operations-job-law_sync = Lovsynkroniseringa
operations-job-open_data = Filene med opne data
admin-nav-label = Administrasjon

# Folka i organisasjonane og invitasjonar (sak 18, punkt 2)
people-title = Personar
people-intro-secretariat = Alle som har konto. Inviter personar, deaktiver kontoar og utnemn ein brukaradministrator for ein kommune, eit fylke eller ein region.
people-intro-organisation = Personane i { $organisation } som har konto i Frirum. Du inviterer kollegaer og deaktiverer kontoar som ikkje lenger trengst.
people-caption = { $count ->
    [one] Éin person
   *[other] { $number } personar
}
people-status = Status
people-actions = Handlingar
people-admin-label = Brukaradministrator
people-active = Aktiv
people-deactivated-on = Deaktivert { $date }
people-deactivate = Deaktiver { $name }
people-appoint = Gjer { $name } til brukaradministrator
people-relieve = Fjern { $name } som brukaradministrator
people-invitations-heading = Invitasjonar som ikkje er tekne imot enno
people-invited-by = Invitert av
people-expires = Lenkja gjeld til
people-invite-heading = Inviter ein kollega
people-invite-intro = Personen får ein e-post med ei lenkje. Lenkja verkar éin gong og i sju dagar.
people-invite = Send invitasjon
people-invited = Ein invitasjon er send til { $email }.
people-deactivated = { $name } kan ikkje lenger logge inn. Øktene og API-nøklane er avslutta.
people-appointed = { $name } er no brukaradministrator for organisasjonen sin.
people-relieved = { $name } er ikkje lenger brukaradministrator.
people-mail-subject = { $inviter } inviterer deg
people-mail-role-for = { $role } for { $organisation }
people-mail-body = Hei { $name },

    { $inviter } har invitert deg til Frirum som { $what }.

    Opne denne lenkja for å velje passord og logge inn: { $url }

    Lenkja verkar éin gong og til { $date }. Om ho ikkje lenger verkar, be { $inviter } ({ $email }) om ei ny.
invitation-title = Invitasjon til Frirum
invitation-offer = { $inviter } har invitert { $name } til Frirum som { $role }.
invitation-offer-organisation = { $inviter } har invitert { $name } til Frirum som { $role } for { $organisation }.
invitation-account-email = Du loggar inn med e-postadressa { $email }.
invitation-password = Vel eit passord
invitation-password-hint = Minst 10 teikn.
invitation-password-again = Det same passordet ein gong til
invitation-accept = Ta imot og logg inn
invitation-expired = Denne invitasjonen gjekk ut { $date }.
invitation-used = Denne invitasjonen er alt brukt. Om det var du som tok imot han, logg inn med e-postadressa og passordet ditt.
invitation-ask = Be { $inviter } ({ $email }) eller brukaradministratoren i organisasjonen din om å sende deg ein ny invitasjon.
invitation-unknown = Vi kjenner ikkje denne invitasjonslenkja.
invitation-unknown-ask = Sjekk at du kopierte heile adressa frå e-posten. Om ho framleis ikkje verkar, spør den som inviterte deg eller brukaradministratoren i organisasjonen din.
users-people-link-intro = For å invitere personar på e-post, deaktivere kontoar eller utnemne brukaradministratorar:
users-people-link = gå til Personar
account-people-admin = Du er brukaradministrator for organisasjonen din.
account-people-link = Administrer personane i organisasjonen din

## Issue 18, item 1: signing in through an identity provider (OpenID Connect)
login-oidc-heading = Eller logg inn med elektronisk ID
login-oidc-with = Logg inn med { $provider }
oidc-no-account-title = Du har ikkje tilgang til Frirum enno
oidc-no-account-text = { $provider } stadfeste kven du er, men ingen har gitt deg tilgang til Frirum. Du er difor ikkje logga inn, og det er ikkje laga nokon konto til deg.
oidc-no-account-ask = Be brukaradministratoren i organisasjonen din om å invitere deg. Vurderer du søknader eller arbeider du i sekretariatet, spør sekretariatet.
oidc-password-login = Logg inn med e-post og passord i staden
error-oidc_state_invalid = Denne innlogginga er ukjend, er alt brukt eller tok for lang tid. Byrj på nytt frå innloggingssida.
error-oidc_token_invalid = Svaret frå identitetsleverandøren kunne ikkje stadfestast, så du er ikkje logga inn. Prøv igjen, eller logg inn med e-post og passord.
error-oidc_provider_unavailable = Identitetsleverandøren svarar ikkje akkurat no. Prøv igjen seinare, eller logg inn med e-post og passord.

## Kontotryggleik: eingongskodar, økter og historikk (sak 18, punkt 3 og 4)
security-link = Innlogging og einingar
security-title = Innlogging og einingar
security-back-to-account = Tilbake til kontoen din
security-device = { $browser } på { $system }
security-device-unknown = Ukjend eining
security-event-signed-in = Logga inn
security-event-sign-in-failed = Feil passord
security-event-second-factor-failed = Feil kode ved innlogging
security-event-recovery-code-used = Logga inn med ein reservekode
security-event-second-factor-enabled = Innloggingskodar slått på
security-event-second-factor-disabled = Innloggingskodar slått av
security-event-second-factor-reset = Innloggingskodar fjerna av sekretariatet
security-event-session-ended = Logga ut på ei eining
security-event-sessions-ended-by-secretariat = Logga ut overalt av sekretariatet
security-code-title = Skriv inn koden
security-code-help = Opne autentiseringsappen på telefonen og skriv inn den sekssifra koden han viser for Frirum. Har du ikkje telefonen, skriv inn ein av reservekodane dine.
security-code-label = Kode
security-code-submit = Logg inn
security-back-to-login = Byrj på nytt
security-code-wrong = { $count ->
    [one] Koden er feil eller alt brukt. Du kan prøve éin gong til.
   *[other] Koden er feil eller alt brukt. Du kan prøve { $count } gonger til.
}
security-code-wrong-enrol = Koden er feil. Sjekk at klokka på telefonen går rett, og skriv inn den nyaste koden.
security-enrol-title = Slå på innloggingskodar
security-enrol-help = Skann biletet med ein autentiseringsapp på telefonen (til dømes Microsoft Authenticator eller Google Authenticator). Appen viser då ein ny sekssifra kode kvart 30. sekund. Skriv inn koden for å fullføre.
security-enrol-qr-alt = QR-kode som du skannar med autentiseringsappen
security-enrol-secret = Får du ikkje skanna? Skriv heller inn denne nøkkelen i appen:
security-enrol-submit = Slå på
security-enrol-start = Slå på innloggingskodar
security-recovery-title = Reservekodane dine
security-recovery-help = Skriv ned eller skriv ut desse kodane, og ta vare på dei på ein trygg stad. Mistar du telefonen, kan du logge inn éin gong med kvar kode. Dei blir viste berre no.
security-factor-enabled = Innloggingskodar er slått på. Frå no av skriv du inn ein kode frå telefonen når du loggar inn.
security-continue = Hald fram
security-factor-heading = Innloggingskodar frå telefonen
security-factor-on = Slått på sidan { $since }.
security-recovery-left = { $count ->
    [one] Du har éin reservekode att.
   *[other] Du har { $count } reservekodar att.
}
security-factor-off = Av. Med innloggingskodar kan ingen logge inn utan telefonen din, sjølv om dei kjenner passordet.
security-factor-required = Rolla di må bruke innloggingskodar. Slå dei på no.
security-disable-label = For å slå dei av, skriv inn ein kode frå telefonen
security-disable-submit = Slå av innloggingskodar
security-factor-disabled = Innloggingskodar er slått av.
security-sessions-heading = Der du er logga inn
security-col-device = Eining
security-col-address = Nettverksadresse
security-col-started = Logga inn
security-col-last-seen = Sist aktiv
security-col-end = Logg ut
security-this-device = denne eininga
security-end = Logg ut der
security-end-this = Logg ut her
security-session-ended = Du vart logga ut på den eininga.
security-tokens-on-account = API-nøklane dine står på kontosida.
security-history-heading = Innloggingshistorikken din

## Sekretariatet si visning av innloggingstryggleiken til ein person (issue 18)
security-person-title = Innloggingstryggleik for { $name }
security-person-back = Tilbake til kontoane
security-person-factor-heading = Innloggingskodar frå ein telefon
security-person-factor-on = Slått på sidan { $since }.
security-person-recovery-left = { $count ->
    [one] Éin gjenopprettingskode att.
   *[other] { $count } gjenopprettingskodar att.
}
security-person-factor-waiting = Vert sett opp: enno ikkje stadfesta med ein første kode.
security-person-factor-off = Slått av.
security-person-factor-required = Denne rolla må bruke innloggingskodar: utan dei vert personen beden om å setje dei opp rett etter passordet ved neste innlogging.
security-person-reset-hint = Om { $name } har mista telefonen, fjern kodane. { $name } får melding på e-post og set opp nye kodar ved neste innlogging.
security-person-reset = Fjern innloggingskodane til { $name }
security-person-reset-done = Innloggingskodane til { $name } er fjerna, og { $name } har fått melding på e-post.
security-person-sessions-heading = Kvar { $name } er logga inn
security-person-no-sessions = Ikkje logga inn nokon stad no.
security-person-end-hint = Logg ut overalt avsluttar alle øktene på éin gong, til dømes når ei eining er mista eller stolen. { $name } kan logge inn att og får melding på e-post. API-nøklar verkar framleis: deaktiver kontoen på sida med personar for å stoppe dei.
security-person-end = Logg { $name } ut overalt
security-person-ended = { $count ->
    [0] Inga økt var open.
    [one] Éi økt vart avslutta.
   *[other] { $count } økter vart avslutta.
}
security-person-told = { $name } har fått melding på e-post.
security-person-tokens-heading = API-nøklar
security-person-no-tokens = Ingen API-nøklar.
security-col-token-name = Namn
security-col-token-prefix = Byrjar med
security-col-token-created = Oppretta
security-col-token-last-used = Sist brukt
security-col-token-state = Status
security-token-active = Aktiv
security-token-revoked = Trekt tilbake { $date }
security-token-never-used = Aldri
security-person-history-heading = Innloggingshistorikk
security-person-no-history = Ingenting enno.
users-security-col = Innlogging
users-security-link = Innlogging og einingar
users-security-link-label = Innlogging og einingar for { $name }
security-colleague-title = Logg { $name } ut overalt
security-colleague-help = Dette avsluttar alle øktene til { $name } på éin gong, til dømes når ei eining er mista eller stolen. { $name } kan logge inn att med passordet sitt og får melding på e-post. Deaktiver kontoen i staden om { $name } ikkje skal kunne logge inn i det heile.
security-colleague-back = Tilbake til personane
security-event-sessions-ended-by-user-administrator = Logga ut overalt av brukaradministratoren
security-mail-sessions-ended-subject = Du er logga ut overalt
security-mail-sessions-ended-body = Hei { $name },

    { $by } har logga deg ut av Frirum på alle einingar. Du kan logge inn att med passordet ditt.

    Om du ikkje venta dette, eller ei av einingane dine er mista eller stolen, byt passord. Einingane dine og innloggingshistorikken: { $url }
security-mail-factor-reset-subject = Innloggingskodane dine er fjerna
security-mail-factor-reset-body = Hei { $name },

    { $by } har fjerna innloggingskodane på Frirum-kontoen din, til dømes fordi telefonen din er mista. Der rolla di krev dei, set du opp nye kodar ved neste innlogging.

    Om du ikkje har bede om dette, ta kontakt med sekretariatet. Einingane dine og innloggingshistorikken: { $url }
error-organisation-not-for-role = Berre søkjarar, vurderarar og forskarar høyrer til ein organisasjon: la organisasjonen stå tom for sekretariatet.
security-enrol-back = Ikkje no: tilbake til innlogging og einingar
invitation-oidc-heading = Eller godta med den elektroniske ID-en din
invitation-oidc-hint = Då loggar du heretter inn med den elektroniske ID-en din, utan passord.
invitation-refused-title = Invitasjonen kunne ikkje godtakast
invitation-other-email = { $provider } stadfesta e-postadressa { $email }, men invitasjonen vart send til { $invited }. Ingen konto er oppretta.
invitation-other-email-ask = Om invitasjonen er til deg, be { $inviter } ({ $inviter_email }) sende ein ny til adressa den elektroniske ID-en din stadfestar.
invitation-has-account = Du har alt ein konto i Frirum: den inviterte e-postadressa eller identiteten din hos { $provider } er i bruk. Ingen konto til er oppretta; logg inn med den du har.
invitation-has-account-ask = Treng du ei anna rolle eller ein annan organisasjon, spør { $inviter } ({ $inviter_email }).
oidc-logout-title = Du er logga ut av Frirum
oidc-logout-text = No blir du også logga ut av { $provider }, så ingen andre ved denne datamaskina kan logge inn med den elektroniske ID-en din.
oidc-logout-continue = Logg ut av { $provider }
oidc-logout-home = Tilbake til framsida i Frirum

# Confirming a deactivation (people page).
people-deactivate-title = Deaktivere { $name }?
people-deactivate-help = { $name } blir logga ut overalt med ein gong, API-nøklane deira sluttar å verke, og dei kan ikkje lenger logge inn. Søknadene deira og alt dei har skrive, blir ståande. Dette kan ikkje angrast.

# The screening: requested provisions the scheme's law does not allow a trial to set aside.
screening-limits-title = Unntak lova kanskje ikkje tillèt
screening-limits-lead = Søknaden ber om unntak frå føresegner som ordninga si lov ikkje lèt eit forsøk fråvike, eller berre innanfor visse grenser. Ta dei med når de vurderer sjekklista.
screening-limits-exemption = Unntak { $number }
