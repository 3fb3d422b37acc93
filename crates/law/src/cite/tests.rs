//! Table tests for the citation parser: each case is a text and the citations expected in
//! it, written compactly as "text|act id|act name|chapter|section|subsection|item" with "-"
//! for none, and "|m5" after it for a Swedish moment ("5 mom."). Every case also checks that `text` is the slice at `start..end`.

use super::*;

/// The fixture catalogue. Ids and numbers marked "real" are those of the acts named; the
/// ones starting "fixture" are invented for these tests.
fn index() -> MemoryIndex {
    let act = |id: &str, j, names: &[&str], date: Option<&str>, number: Option<&str>| KnownAct {
        id: id.to_string(),
        jurisdiction: j,
        names: names.iter().map(|n| n.to_string()).collect(),
        date: date.map(str::to_string),
        number: number.map(str::to_string),
    };
    use Jurisdiction::{Dk, No, Se};
    MemoryIndex::new([
        // Real Lovdata ids.
        act(
            "LOV-1999-03-26-17",
            No,
            &["Lov om husleieavtaler", "husleieloven", "husll"],
            Some("1999-03-26"),
            Some("17"),
        ),
        act(
            "LOV-1998-07-17-61",
            No,
            &[
                "Lov om grunnskolen og den vidaregåande opplæringa",
                "opplæringslova",
                "oppll",
            ],
            Some("1998-07-17"),
            Some("61"),
        ),
        act(
            "LOV-1992-06-26-87",
            No,
            &["Lov om forsøk i offentlig forvaltning", "forsøksloven"],
            Some("1992-06-26"),
            Some("87"),
        ),
        act(
            "LOV-2018-06-22-83",
            No,
            &["Lov om kommuner og fylkeskommuner", "kommuneloven", "koml"],
            Some("2018-06-22"),
            Some("83"),
        ),
        act(
            "LOV-1967-02-10",
            No,
            &[
                "Lov om behandlingsmåten i forvaltningssaker",
                "forvaltningsloven",
                "fvl",
            ],
            Some("1967-02-10"),
            None,
        ),
        act(
            "LOV-2008-06-27-71",
            No,
            &["plan- og bygningsloven", "pbl"],
            Some("2008-06-27"),
            Some("71"),
        ),
        act(
            "LOV-1992-07-03-93",
            No,
            &["Lov om avhending av fast eigedom", "avhendingslova"],
            Some("1992-07-03"),
            Some("93"),
        ),
        // Serviceloven's ELI as given in the brief; the others are fixtures.
        act(
            "lta/2020/1287",
            Dk,
            &["lov om social service", "serviceloven"],
            None,
            None,
        ),
        act("fixture/dk/dagtilbud", Dk, &["dagtilbudsloven"], None, None),
        act(
            "fixture/dk/almenbolig",
            Dk,
            &["almenboligloven", "lov om almene boliger"],
            None,
            None,
        ),
        act(
            "fixture/dk/1047",
            Dk,
            &["fixtureloven"],
            Some("2012-11-08"),
            Some("1047"),
        ),
        // Real SFS numbers.
        act("2017:725", Se, &["kommunallagen"], None, Some("2017:725")),
        act(
            "2001:453",
            Se,
            &["socialtjänstlagen"],
            None,
            Some("2001:453"),
        ),
        act("2010:800", Se, &["skollagen"], None, Some("2010:800")),
        act(
            "1994:1776",
            Se,
            &["Lag om skatt på energi"],
            None,
            Some("1994:1776"),
        ),
        act(
            "2017:900",
            Se,
            &["förvaltningslagen"],
            None,
            Some("2017:900"),
        ),
        act(
            "2010:900",
            Se,
            &["plan- och bygglagen", "PBL"],
            None,
            Some("2010:900"),
        ),
        act("1962:700", Se, &["brottsbalken"], None, Some("1962:700")),
    ])
}

use Jurisdiction::{Dk, No, Se};

/// Cases without a context.
#[rustfmt::skip]
const CASES: &[(Jurisdiction, &str, &[&str])] = &[
    // Norway: acts by name, inflection, abbreviation.
    (No, "husleieloven § 9-8 første ledd", &["husleieloven § 9-8 første ledd|LOV-1999-03-26-17|husleieloven|-|9-8|1|-"]),
    (No, "Se § 9-8 (1).", &["§ 9-8 (1)|-|-|-|9-8|1|-"]),
    (No, "etter opplæringslova § 5-1", &["opplæringslova § 5-1|LOV-1998-07-17-61|opplæringslova|-|5-1|-|-"]),
    (No, "opplæringsloven § 2-3", &["opplæringsloven § 2-3|LOV-1998-07-17-61|opplæringsloven|-|2-3|-|-"]),
    (No, "husleielova § 1-1", &["husleielova § 1-1|LOV-1999-03-26-17|husleielova|-|1-1|-|-"]),
    (No, "husleielovens § 3-1", &["husleielovens § 3-1|LOV-1999-03-26-17|husleielovens|-|3-1|-|-"]),
    (No, "Husleieloven § 3-1", &["Husleieloven § 3-1|LOV-1999-03-26-17|Husleieloven|-|3-1|-|-"]),
    (No, "husll. § 9-8", &["husll. § 9-8|LOV-1999-03-26-17|husll.|-|9-8|-|-"]),
    (No, "husll § 9-8", &["husll § 9-8|LOV-1999-03-26-17|husll|-|9-8|-|-"]),
    (No, "Etter koml. § 14-1", &["koml. § 14-1|LOV-2018-06-22-83|koml.|-|14-1|-|-"]),
    (No, "fvl. § 11", &["fvl. § 11|LOV-1967-02-10|fvl.|-|11|-|-"]),
    (No, "forvaltningsloven § 17", &["forvaltningsloven § 17|LOV-1967-02-10|forvaltningsloven|-|17|-|-"]),
    (No, "kommuneloven § 14-1 tredje ledd", &["kommuneloven § 14-1 tredje ledd|LOV-2018-06-22-83|kommuneloven|-|14-1|3|-"]),
    (No, "forsøksloven § 3", &["forsøksloven § 3|LOV-1992-06-26-87|forsøksloven|-|3|-|-"]),
    (No, "plan- og bygningsloven § 20-1", &["plan- og bygningsloven § 20-1|LOV-2008-06-27-71|plan- og bygningsloven|-|20-1|-|-"]),
    (No, "pbl. § 12-1", &["pbl. § 12-1|LOV-2008-06-27-71|pbl.|-|12-1|-|-"]),
    (No, "avhendingslova § 3-9", &["avhendingslova § 3-9|LOV-1992-07-03-93|avhendingslova|-|3-9|-|-"]),
    (No, "tomtefesteloven § 15", &["tomtefesteloven § 15|-|tomtefesteloven|-|15|-|-"]),
    (No, "Grunnloven § 100", &["Grunnloven § 100|-|Grunnloven|-|100|-|-"]),
    (No, "husleieloven §9-8", &["husleieloven §9-8|LOV-1999-03-26-17|husleieloven|-|9-8|-|-"]),
    (No, "§ 3 i kommuneloven", &["§ 3 i kommuneloven|LOV-2018-06-22-83|kommuneloven|-|3|-|-"]),
    // Norway: acts by date and number.
    (No, "lov 26. mars 1999 nr. 17 om husleieavtaler § 3-2 annet ledd bokstav b", &["lov 26. mars 1999 nr. 17 om husleieavtaler § 3-2 annet ledd bokstav b|LOV-1999-03-26-17|lov 26. mars 1999 nr. 17 om husleieavtaler|-|3-2|2|b"]),
    (No, "forskrift 16. desember 2005 nr. 1512 § 4", &["forskrift 16. desember 2005 nr. 1512 § 4|FOR-2005-12-16-1512|forskrift 16. desember 2005 nr. 1512|-|4|-|-"]),
    (No, "Endra med lover 13 juni 1997 nr. 43 (ikr. 1 juli 1998)", &["lover 13 juni 1997 nr. 43|LOV-1997-06-13-43|lover 13 juni 1997 nr. 43|-|-|-|-"]),
    (No, "jf. lov av 16. juni 1939 nr. 6 om husleie.", &["lov av 16. juni 1939 nr. 6 om husleie|LOV-1939-06-16-6|lov av 16. juni 1939 nr. 6 om husleie|-|-|-|-"]),
    (No, "lov 3 sep 2010 nr. 54", &["lov 3 sep 2010 nr. 54|LOV-2010-09-03-54|lov 3 sep 2010 nr. 54|-|-|-|-"]),
    (No, "lov 10. februar 1967 om behandlingsmåten i forvaltningssaker", &["lov 10. februar 1967 om behandlingsmåten i forvaltningssaker|LOV-1967-02-10|lov 10. februar 1967 om behandlingsmåten i forvaltningssaker|-|-|-|-"]),
    (No, "lov av 29. november 1968 § 8", &["lov av 29. november 1968 § 8|LOV-1968-11-29|lov av 29. november 1968|-|8|-|-"]),
    (No, "LOV-1999-03-26-17 § 9-8", &["LOV-1999-03-26-17 § 9-8|LOV-1999-03-26-17|LOV-1999-03-26-17|-|9-8|-|-"]),
    (No, "Sist endra ved lov/2019-06-07-20", &["lov/2019-06-07-20|LOV-2019-06-07-20|lov/2019-06-07-20|-|-|-|-"]),
    (No, "forskrift av 16. desember 2005 nr. 1512", &["forskrift av 16. desember 2005 nr. 1512|FOR-2005-12-16-1512|forskrift av 16. desember 2005 nr. 1512|-|-|-|-"]),
    (No, "iflg. res. 10 des 2010 nr. 1570", &["res. 10 des 2010 nr. 1570|FOR-2010-12-10-1570|res. 10 des 2010 nr. 1570|-|-|-|-"]),
    (No, "§ 3 i forskr. 15 okt 2004 nr. 1338", &["§ 3 i forskr. 15 okt 2004 nr. 1338|FOR-2004-10-15-1338|forskr. 15 okt 2004 nr. 1338|-|3|-|-"]),
    (No, "Endret ved lover 1 mars 2001 nr. 4 (ikr. 1 mai 2001 iflg. res. 2 mars 2001 nr. 200), 5 juni 2003 nr. 6 og 7 mai 2004 nr. 8.", &["lover 1 mars 2001 nr. 4|LOV-2001-03-01-4|lover 1 mars 2001 nr. 4|-|-|-|-", "res. 2 mars 2001 nr. 200|FOR-2001-03-02-200|res. 2 mars 2001 nr. 200|-|-|-|-", "5 juni 2003 nr. 6|LOV-2003-06-05-6|5 juni 2003 nr. 6|-|-|-|-", "7 mai 2004 nr. 8|LOV-2004-05-07-8|7 mai 2004 nr. 8|-|-|-|-"]),
    (No, "Møtet 5 juni 2003 nr. 6 i rekken", &[]),
    (No, "lov 1 mars 2001 nr. 4 om tilskot skal gjelde", &["lov 1 mars 2001 nr. 4 om tilskot|LOV-2001-03-01-4|lov 1 mars 2001 nr. 4 om tilskot|-|-|-|-"]),
    (No, "endringslova § 2", &["§ 2|-|-|-|2|-|-"]),
    // Norway: acts by title.
    (No, "lov om burettslag § 2-13 andre ledd", &["lov om burettslag § 2-13 andre ledd|-|lov om burettslag|-|2-13|2|-"]),
    (No, "§ 2-13 i lov om burettslag", &["§ 2-13 i lov om burettslag|-|lov om burettslag|-|2-13|-|-"]),
    (No, "Lov om husleieavtaler gjelder", &["Lov om husleieavtaler|LOV-1999-03-26-17|Lov om husleieavtaler|-|-|-|-"]),
    (No, "Lov om kommuner og fylkeskommuner (kommuneloven)", &["Lov om kommuner og fylkeskommuner (kommuneloven)|LOV-2018-06-22-83|Lov om kommuner og fylkeskommuner (kommuneloven)|-|-|-|-"]),
    (No, "§ 5 i lov om forsøk i offentlig forvaltning", &["§ 5 i lov om forsøk i offentlig forvaltning|LOV-1992-06-26-87|lov om forsøk i offentlig forvaltning|-|5|-|-"]),
    // Norway: acts on their own.
    (No, "Saken gjelder husleieloven.", &["husleieloven|LOV-1999-03-26-17|husleieloven|-|-|-|-"]),
    (No, "jf. husll", &["husll|LOV-1999-03-26-17|husll|-|-|-|-"]),
    (No, "husleielovens regler", &["husleielovens|LOV-1999-03-26-17|husleielovens|-|-|-|-"]),
    (No, "etter tomtefestelova", &["tomtefestelova|-|tomtefestelova|-|-|-|-"]),
    // Norway: chapters.
    (No, "Husleieloven kapittel 9", &["Husleieloven kapittel 9|LOV-1999-03-26-17|Husleieloven|9|-|-|-"]),
    (No, "kapittel 4 i forsøksloven", &["kapittel 4 i forsøksloven|LOV-1992-06-26-87|forsøksloven|4|-|-|-"]),
    (No, "tvangsfullbyrdelsesloven kapittel 13", &["tvangsfullbyrdelsesloven kapittel 13|-|tvangsfullbyrdelsesloven|13|-|-|-"]),
    (No, "kapittel 4", &["kapittel 4|-|-|4|-|-|-"]),
    (No, "kap. 4 og 5 i husleieloven", &["kap. 4|LOV-1999-03-26-17|husleieloven|4|-|-|-", "5 i husleieloven|LOV-1999-03-26-17|husleieloven|5|-|-|-"]),
    (No, "forsøksloven kapittel II", &["forsøksloven kapittel II|LOV-1992-06-26-87|forsøksloven|II|-|-|-"]),
    // Norway: subsections, sentences, items.
    (No, "§ 3-2 annet ledd bokstav b", &["§ 3-2 annet ledd bokstav b|-|-|-|3-2|2|b"]),
    (No, "§ 2-4 andre ledd", &["§ 2-4 andre ledd|-|-|-|2-4|2|-"]),
    (No, "§ 1-1 fyrste ledd", &["§ 1-1 fyrste ledd|-|-|-|1-1|1|-"]),
    (No, "etter avhendingslova § 3-10 fjerde ledd", &["avhendingslova § 3-10 fjerde ledd|LOV-1992-07-03-93|avhendingslova|-|3-10|4|-"]),
    (No, "§ 4 sjette ledd", &["§ 4 sjette ledd|-|-|-|4|6|-"]),
    (No, "§ 2-6 første ledd tredje punktum", &["§ 2-6 første ledd tredje punktum|-|-|-|2-6|1|-"]),
    (No, "§ 3 første ledd nr. 2", &["§ 3 første ledd nr. 2|-|-|-|3|1|2"]),
    (No, "§ 3 første ledd nr. 2 bokstav a", &["§ 3 første ledd nr. 2 bokstav a|-|-|-|3|1|2 a"]),
    (No, "§ 3 bokstav a og b", &["§ 3 bokstav a|-|-|-|3|-|a", "b|-|-|-|3|-|b"]),
    (No, "§ 9-8 (1) bokstav a", &["§ 9-8 (1) bokstav a|-|-|-|9-8|1|a"]),
    (No, "§ 3 annet ledd første punktum bokstav c", &["§ 3 annet ledd første punktum bokstav c|-|-|-|3|2|c"]),
    (No, "§ 9-8 første og annet ledd", &["§ 9-8 første|-|-|-|9-8|1|-", "annet ledd|-|-|-|9-8|2|-"]),
    (No, "§ 5 a", &["§ 5 a|-|-|-|5 a|-|-"]),
    (No, "§ 1-1a", &["§ 1-1a|-|-|-|1-1a|-|-"]),
    (No, "§ 3-6 a", &["§ 3-6 a|-|-|-|3-6 a|-|-"]),
    (No, "§ 12 a gjelder", &["§ 12 a|-|-|-|12 a|-|-"]),
    (No, "§ 12", &["§ 12|-|-|-|12|-|-"]),
    // Norway: ranges and lists.
    (No, "§§ 3–5", &["§§ 3|-|-|-|3|-|-", "5|-|-|-|5|-|-"]),
    (No, "§§ 4-1 til 4-19", &["§§ 4-1|-|-|-|4-1|-|-", "4-19|-|-|-|4-19|-|-"]),
    (No, "§ 2 og § 4", &["§ 2|-|-|-|2|-|-", "§ 4|-|-|-|4|-|-"]),
    (No, "§§ 2 og 4", &["§§ 2|-|-|-|2|-|-", "4|-|-|-|4|-|-"]),
    (No, "domstolsloven §§ 106 og 108", &["domstolsloven §§ 106|-|domstolsloven|-|106|-|-", "108|-|domstolsloven|-|108|-|-"]),
    (No, "§§ 2 og 4 i husleieloven", &["§§ 2|LOV-1999-03-26-17|husleieloven|-|2|-|-", "4 i husleieloven|LOV-1999-03-26-17|husleieloven|-|4|-|-"]),
    (No, "§ 3 og § 4 i forsøksloven", &["§ 3|LOV-1992-06-26-87|forsøksloven|-|3|-|-", "§ 4 i forsøksloven|LOV-1992-06-26-87|forsøksloven|-|4|-|-"]),
    (No, "§§ 1-3, 2-1, 2-3 og 2-5", &["§§ 1-3|-|-|-|1-3|-|-", "2-1|-|-|-|2-1|-|-", "2-3|-|-|-|2-3|-|-", "2-5|-|-|-|2-5|-|-"]),
    (No, "§§ 2-1, 2-4 tredje ledd, 2-5 og 5-3", &["§§ 2-1|-|-|-|2-1|-|-", "2-4 tredje ledd|-|-|-|2-4|3|-", "2-5|-|-|-|2-5|-|-", "5-3|-|-|-|5-3|-|-"]),
    (No, "husleieloven § 2 og opplæringslova § 3", &["husleieloven § 2|LOV-1999-03-26-17|husleieloven|-|2|-|-", "opplæringslova § 3|LOV-1998-07-17-61|opplæringslova|-|3|-|-"]),
    (No, "etter § 5, 10 dager etter", &["§ 5|-|-|-|5|-|-"]),
    (No, "husleieloven § 9-8 første ledd, jf. § 9-7", &["husleieloven § 9-8 første ledd|LOV-1999-03-26-17|husleieloven|-|9-8|1|-", "§ 9-7|-|-|-|9-7|-|-"]),
    // Norway: relative citations.
    (No, "husleieloven § 9-8. Etter andre ledd kan leier kreve", &["husleieloven § 9-8|LOV-1999-03-26-17|husleieloven|-|9-8|-|-", "andre ledd|LOV-1999-03-26-17|husleieloven|-|9-8|2|-"]),
    (No, "Vilkåra i første ledd i § 5 gjeld", &["første ledd i § 5|-|-|-|5|1|-"]),
    (No, "tredje ledd bokstav a i § 4 i kommuneloven", &["tredje ledd bokstav a i § 4 i kommuneloven|LOV-2018-06-22-83|kommuneloven|-|4|3|a"]),
    (No, "loven § 3", &["loven § 3|-|-|-|3|-|-"]),
    (No, "§ 3 i denne loven", &["§ 3 i denne loven|-|-|-|3|-|-"]),
    // Norway: not citations.
    (No, "Paragraftegnet § brukes i lover.", &[]),
    (No, "Om §-tegnet", &[]),
    (No, "Det koster kr 2 000 per måned.", &[]),
    (No, "Møtet starter 12:30.", &[]),
    (No, "Vedtaket ble fattet 26. mars 1999.", &[]),
    (No, "Se nr. 5 i listen.", &[]),
    (No, "Ring 22 33 44 55.", &[]),
    (No, "Loven gjelder for alle.", &[]),
    (No, "Det trengs en lov om dette.", &[]),
    (No, "andre ledd i kjeden", &[]),
    (No, "lov og orden", &[]),
    (No, "et nytt kapittel i historien", &[]),
    (No, "bokstav b", &[]),
    (No, "(2) Leieavtalen kan", &[]),
    // Denmark: acts by name.
    (Dk, "serviceloven § 83, stk. 1", &["serviceloven § 83, stk. 1|lta/2020/1287|serviceloven|-|83|1|-"]),
    (Dk, "servicelovens § 83", &["servicelovens § 83|lta/2020/1287|servicelovens|-|83|-|-"]),
    (Dk, "Serviceloven § 83", &["Serviceloven § 83|lta/2020/1287|Serviceloven|-|83|-|-"]),
    (Dk, "§ 83 i serviceloven", &["§ 83 i serviceloven|lta/2020/1287|serviceloven|-|83|-|-"]),
    (Dk, "§ 54, stk. 2, 3. pkt., i lov om social service", &["§ 54, stk. 2, 3. pkt., i lov om social service|lta/2020/1287|lov om social service|-|54|2|-"]),
    (Dk, "lov om social service § 83", &["lov om social service § 83|lta/2020/1287|lov om social service|-|83|-|-"]),
    (Dk, "§ 1 i lov om social service", &["§ 1 i lov om social service|lta/2020/1287|lov om social service|-|1|-|-"]),
    (Dk, "Loven om social service gælder", &["Loven om social service|lta/2020/1287|Loven om social service|-|-|-|-"]),
    (Dk, "dagtilbudsloven § 4", &["dagtilbudsloven § 4|fixture/dk/dagtilbud|dagtilbudsloven|-|4|-|-"]),
    (Dk, "almenboligloven § 2", &["almenboligloven § 2|fixture/dk/almenbolig|almenboligloven|-|2|-|-"]),
    (Dk, "jf. lov om almene boliger", &["lov om almene boliger|fixture/dk/almenbolig|lov om almene boliger|-|-|-|-"]),
    (Dk, "efter serviceloven.", &["serviceloven|lta/2020/1287|serviceloven|-|-|-|-"]),
    (Dk, "forvaltningsloven § 19", &["forvaltningsloven § 19|-|forvaltningsloven|-|19|-|-"]),
    (Dk, "efter dagtilbudslovens regler", &["dagtilbudslovens|fixture/dk/dagtilbud|dagtilbudslovens|-|-|-|-"]),
    (Dk, "§ 3 a i lov om hold af dyr", &["§ 3 a i lov om hold af dyr|-|lov om hold af dyr|-|3 a|-|-"]),
    (Dk, "§ 2 i lov om tilskud til boliger, som", &["§ 2 i lov om tilskud til boliger|-|lov om tilskud til boliger|-|2|-|-"]),
    // Denmark: acts by number and date.
    (Dk, "lov nr. 658 af 8. juni 2017", &["lov nr. 658 af 8. juni 2017|lta/2017/658|lov nr. 658 af 8. juni 2017|-|-|-|-"]),
    (Dk, "lovbekendtgørelse nr. 1047 af 8. november 2012", &["lovbekendtgørelse nr. 1047 af 8. november 2012|fixture/dk/1047|lovbekendtgørelse nr. 1047 af 8. november 2012|-|-|-|-"]),
    (Dk, "lovbekendtgørelse nr. 1047 af 9. november 2012", &["lovbekendtgørelse nr. 1047 af 9. november 2012|lta/2012/1047|lovbekendtgørelse nr. 1047 af 9. november 2012|-|-|-|-"]),
    (Dk, "bekendtgørelse nr. 62 af 19. januar 2024", &["bekendtgørelse nr. 62 af 19. januar 2024|lta/2024/62|bekendtgørelse nr. 62 af 19. januar 2024|-|-|-|-"]),
    (Dk, "LBK nr 1287 af 28/08/2020", &["LBK nr 1287 af 28/08/2020|lta/2020/1287|LBK nr 1287 af 28/08/2020|-|-|-|-"]),
    (Dk, "§ 1 i lov nr. 2594 af 28. december 2021 om ændring af lov om social service", &["§ 1 i lov nr. 2594 af 28. december 2021 om ændring af lov om social service|lta/2021/2594|lov nr. 2594 af 28. december 2021 om ændring af lov om social service|-|1|-|-"]),
    (Dk, "lov nr. 453 af 10. juni 1997 om retssikkerhed og administration på det sociale område, som", &["lov nr. 453 af 10. juni 1997 om retssikkerhed og administration på det sociale område|lta/1997/453|lov nr. 453 af 10. juni 1997 om retssikkerhed og administration på det sociale område|-|-|-|-"]),
    (Dk, "efter § 1 i lov nr. 401 af 10. juni 1997 om opdræt af dyr betragtes som", &["§ 1 i lov nr. 401 af 10. juni 1997 om opdræt af dyr|lta/1997/401|lov nr. 401 af 10. juni 1997 om opdræt af dyr|-|1|-|-"]),
    (Dk, "lov nr. 658 af 8. juni 2017 § 3", &["lov nr. 658 af 8. juni 2017 § 3|lta/2017/658|lov nr. 658 af 8. juni 2017|-|3|-|-"]),
    // Denmark: subsections, sentences, items.
    (Dk, "§ 3, stk. 2, nr. 4, litra b", &["§ 3, stk. 2, nr. 4, litra b|-|-|-|3|2|4 b"]),
    (Dk, "§ 54, stk. 2, nr. 3", &["§ 54, stk. 2, nr. 3|-|-|-|54|2|3"]),
    (Dk, "§ 54, stk. 2, 3. pkt.", &["§ 54, stk. 2, 3. pkt.|-|-|-|54|2|-"]),
    (Dk, "§ 3, stk. 1, 1. pkt., finder anvendelse", &["§ 3, stk. 1, 1. pkt.|-|-|-|3|1|-"]),
    (Dk, "§ 3 stk. 2", &["§ 3 stk. 2|-|-|-|3|2|-"]),
    (Dk, "§ 1, nr. 3", &["§ 1, nr. 3|-|-|-|1|-|3"]),
    (Dk, "§ 3 a", &["§ 3 a|-|-|-|3 a|-|-"]),
    (Dk, "§ 3 a, stk. 2", &["§ 3 a, stk. 2|-|-|-|3 a|2|-"]),
    (Dk, "§ 10 a, stk. 1, nr. 2", &["§ 10 a, stk. 1, nr. 2|-|-|-|10 a|1|2"]),
    (Dk, "§ 54, stk. 2 og 3", &["§ 54, stk. 2|-|-|-|54|2|-", "3|-|-|-|54|3|-"]),
    (Dk, "§ 3, stk. 2-4", &["§ 3, stk. 2|-|-|-|3|2|-", "4|-|-|-|3|4|-"]),
    (Dk, "§ 3, stk. 2, nr. 1 og 2", &["§ 3, stk. 2, nr. 1|-|-|-|3|2|1", "2|-|-|-|3|2|2"]),
    (Dk, "§ 3, nr. 4, litra a og b", &["§ 3, nr. 4, litra a|-|-|-|3|-|4 a", "b|-|-|-|3|-|4 b"]),
    (Dk, "jf. § 4, stk. 3.", &["§ 4, stk. 3|-|-|-|4|3|-"]),
    // Denmark: ranges and lists.
    (Dk, "§§ 3-5", &["§§ 3|-|-|-|3|-|-", "5|-|-|-|5|-|-"]),
    (Dk, "§§ 3–5 i serviceloven", &["§§ 3|lta/2020/1287|serviceloven|-|3|-|-", "5 i serviceloven|lta/2020/1287|serviceloven|-|5|-|-"]),
    (Dk, "§ 2 og § 4", &["§ 2|-|-|-|2|-|-", "§ 4|-|-|-|4|-|-"]),
    (Dk, "§§ 2 og 4 i serviceloven", &["§§ 2|lta/2020/1287|serviceloven|-|2|-|-", "4 i serviceloven|lta/2020/1287|serviceloven|-|4|-|-"]),
    (Dk, "§§ 3, 4 og 5", &["§§ 3|-|-|-|3|-|-", "4|-|-|-|4|-|-", "5|-|-|-|5|-|-"]),
    (Dk, "§§ 3 til 5", &["§§ 3|-|-|-|3|-|-", "5|-|-|-|5|-|-"]),
    // Denmark: chapters.
    (Dk, "kapitel 3", &["kapitel 3|-|-|3|-|-|-"]),
    (Dk, "Kapitel 2 i serviceloven", &["Kapitel 2 i serviceloven|lta/2020/1287|serviceloven|2|-|-|-"]),
    (Dk, "kap. 5", &["kap. 5|-|-|5|-|-|-"]),
    (Dk, "serviceloven kapitel 16", &["serviceloven kapitel 16|lta/2020/1287|serviceloven|16|-|-|-"]),
    // Denmark: relative citations.
    (Dk, "serviceloven § 83, stk. 1. Efter stk. 2 kan", &["serviceloven § 83, stk. 1|lta/2020/1287|serviceloven|-|83|1|-", "stk. 2|lta/2020/1287|serviceloven|-|83|2|-"]),
    (Dk, "§ 4. De i stk. 1 omhandlede dyr", &["§ 4|-|-|-|4|-|-", "stk. 1|-|-|-|4|1|-"]),
    (Dk, "stk. 2, nr. 3, gælder", &[]),
    (Dk, "lovens § 5", &["lovens § 5|-|-|-|5|-|-"]),
    // Denmark: not citations.
    (Dk, "Prisen er kr. 2.000.", &[]),
    (Dk, "kl. 12.30", &[]),
    (Dk, "den 8. juni 2017", &[]),
    (Dk, "se nr. 5", &[]),
    (Dk, "Loven gælder fra i dag.", &[]),
    (Dk, "Om §-tegnet", &[]),
    (Dk, "tlf. 33 92 33 00", &[]),
    (Dk, "Der kommer en lov om dette.", &[]),
    (Dk, "litra b", &[]),
    (Dk, "stk. 2", &[]),
    (Dk, "lov nr. 5", &[]),
    (Dk, "Et kapitel for sig", &[]),
    // Sweden: chapters and sections.
    (Se, "3 kap. 2 § kommunallagen (2017:725)", &["3 kap. 2 § kommunallagen (2017:725)|2017:725|kommunallagen (2017:725)|3|2|-|-"]),
    (Se, "2 § första stycket 3", &["2 § första stycket 3|-|-|-|2|1|3"]),
    (Se, "5 kap. 3 § andra stycket lagen (1998:488) om motorfordonsförares arbetstid vid visst vägtransportarbete", &["5 kap. 3 § andra stycket lagen (1998:488) om motorfordonsförares arbetstid vid visst vägtransportarbete|1998:488|lagen (1998:488) om motorfordonsförares arbetstid vid visst vägtransportarbete|5|3|2|-"]),
    (Se, "12 kap. 1 § socialtjänstlagen", &["12 kap. 1 § socialtjänstlagen|2001:453|socialtjänstlagen|12|1|-|-"]),
    (Se, "12 kap. 1 § i socialtjänstlagen", &["12 kap. 1 § i socialtjänstlagen|2001:453|socialtjänstlagen|12|1|-|-"]),
    (Se, "2 a §", &["2 a §|-|-|-|2 a|-|-"]),
    (Se, "8 kap. 3 b §", &["8 kap. 3 b §|-|-|8|3 b|-|-"]),
    (Se, "Av 2 § framgår", &["2 §|-|-|-|2|-|-"]),
    (Se, "I 3 kap. finns", &["3 kap.|-|-|3|-|-|-"]),
    (Se, "9 kap. 2 § plan- och bygglagen", &["9 kap. 2 § plan- och bygglagen|2010:900|plan- och bygglagen|9|2|-|-"]),
    (Se, "2 § skollagen", &["2 § skollagen|2010:800|skollagen|-|2|-|-"]),
    (Se, "4 kap. 1 § första stycket 2 skollagen (2010:800)", &["4 kap. 1 § första stycket 2 skollagen (2010:800)|2010:800|skollagen (2010:800)|4|1|1|2"]),
    (Se, "3 kap. 2 § första stycket 1 kommunallagen (2017:725)", &["3 kap. 2 § första stycket 1 kommunallagen (2017:725)|2017:725|kommunallagen (2017:725)|3|2|1|1"]),
    (Se, "2 § lagen (2017:725)", &["2 § lagen (2017:725)|2017:725|lagen (2017:725)|-|2|-|-"]),
    (Se, "enligt 4 § förordningen (2020:12)", &["4 § förordningen (2020:12)|2020:12|förordningen (2020:12)|-|4|-|-"]),
    (Se, "10 kap. 5 § andra meningen", &["10 kap. 5 § andra meningen|-|-|10|5|-|-"]),
    (Se, "1 § 2 st. 3 p.", &["1 § 2 st. 3 p.|-|-|-|1|2|3"]),
    (Se, "6 kap. 1 § punkt 2", &["6 kap. 1 § punkt 2|-|-|6|1|-|2"]),
    (Se, "16 kap. 2 § brottsbalken", &["16 kap. 2 § brottsbalken|1962:700|brottsbalken|16|2|-|-"]),
    (Se, "2 kap. 1 § miljöbalken", &["2 kap. 1 § miljöbalken|1998:808|miljöbalken|2|1|-|-"]),
    (Se, "2 § PBL", &["2 § PBL|2010:900|PBL|-|2|-|-"]),
    // Sweden: ranges and lists.
    (Se, "1–3 kap.", &["1|-|-|1|-|-|-", "3 kap.|-|-|3|-|-|-"]),
    (Se, "3 och 4 §§", &["3|-|-|-|3|-|-", "4 §§|-|-|-|4|-|-"]),
    (Se, "3 kap. 2 och 3 §§", &["3 kap. 2|-|-|3|2|-|-", "3 §§|-|-|3|3|-|-"]),
    (Se, "2–4 §§", &["2|-|-|-|2|-|-", "4 §§|-|-|-|4|-|-"]),
    (Se, "2, 3 och 5 §§", &["2|-|-|-|2|-|-", "3|-|-|-|3|-|-", "5 §§|-|-|-|5|-|-"]),
    (Se, "3 kap. 2 § och 4 kap. 1 § kommunallagen", &["3 kap. 2 §|2017:725|kommunallagen|3|2|-|-", "4 kap. 1 § kommunallagen|2017:725|kommunallagen|4|1|-|-"]),
    (Se, "3 kap. 2 § och 5 §", &["3 kap. 2 §|-|-|3|2|-|-", "5 §|-|-|3|5|-|-"]),
    (Se, "3 § andra stycket och 4 §", &["3 § andra stycket|-|-|-|3|2|-", "4 §|-|-|-|4|-|-"]),
    (Se, "2 § första och andra stycket", &["2 § första|-|-|-|2|1|-", "andra stycket|-|-|-|2|2|-"]),
    (Se, "2 § första stycket 3 och 4", &["2 § första stycket 3|-|-|-|2|1|3", "4|-|-|-|2|1|4"]),
    (Se, "1–3 kap. och 5 kap. 2 § skollagen", &["1|2010:800|skollagen|1|-|-|-", "3 kap.|2010:800|skollagen|3|-|-|-", "5 kap. 2 § skollagen|2010:800|skollagen|5|2|-|-"]),
    // Sweden: acts on their own.
    (Se, "kommunallagen", &["kommunallagen|2017:725|kommunallagen|-|-|-|-"]),
    (Se, "kommunallagens regler", &["kommunallagens|2017:725|kommunallagens|-|-|-|-"]),
    (Se, "en ny kommunallag", &["kommunallag|2017:725|kommunallag|-|-|-|-"]),
    (Se, "Kommunallagen gäller", &["Kommunallagen|2017:725|Kommunallagen|-|-|-|-"]),
    (Se, "socialtjänstlagen (2001:453)", &["socialtjänstlagen (2001:453)|2001:453|socialtjänstlagen (2001:453)|-|-|-|-"]),
    (Se, "lag (2017:725)", &["lag (2017:725)|2017:725|lag (2017:725)|-|-|-|-"]),
    (Se, "Lag (2019:835).", &["Lag (2019:835)|2019:835|Lag (2019:835)|-|-|-|-"]),
    (Se, "Förordning (2020:12).", &["Förordning (2020:12)|2020:12|Förordning (2020:12)|-|-|-|-"]),
    (Se, "SFS 2017:725", &["SFS 2017:725|2017:725|SFS 2017:725|-|-|-|-"]),
    (Se, "SFS nr 2017:725", &["SFS nr 2017:725|2017:725|SFS nr 2017:725|-|-|-|-"]),
    (Se, "se (2017:725)", &["(2017:725)|2017:725|(2017:725)|-|-|-|-"]),
    (Se, "brottsbalken", &["brottsbalken|1962:700|brottsbalken|-|-|-|-"]),
    (Se, "plan- och bygglagen (2010:900)", &["plan- och bygglagen (2010:900)|2010:900|plan- och bygglagen (2010:900)|-|-|-|-"]),
    (Se, "förvaltningslagen (2017:900)", &["förvaltningslagen (2017:900)|2017:900|förvaltningslagen (2017:900)|-|-|-|-"]),
    (Se, "arbetsmiljölagen (1977:1160)", &["arbetsmiljölagen (1977:1160)|1977:1160|arbetsmiljölagen (1977:1160)|-|-|-|-"]),
    (Se, "rättegångsbalken (1942:740)", &["rättegångsbalken (1942:740)|1942:740|rättegångsbalken (1942:740)|-|-|-|-"]),
    (Se, "lagen (1998:488) om arbetstid", &["lagen (1998:488) om arbetstid|1998:488|lagen (1998:488) om arbetstid|-|-|-|-"]),
    (Se, "miljöbalken", &["miljöbalken|1998:808|miljöbalken|-|-|-|-"]),
    // Sweden: relative citations.
    (Se, "5 kap. 3 §. Enligt andra stycket får", &["5 kap. 3 §|-|-|5|3|-|-", "andra stycket|-|-|5|3|2|-"]),
    (Se, "första stycket", &[]),
    // Sweden: not citations.
    (Se, "mellan 2017:1 och 2018:5", &[]),
    (Se, "2019:835", &[]),
    (Se, "kl. 12:30", &[]),
    (Se, "kl 8:30-16:00", &[]),
    (Se, "SOU 2015:24", &[]),
    (Se, "(SOU 2015:24)", &[]),
    (Se, "prop. 2016/17:171", &[]),
    (Se, "Det kostar 2 000 kr.", &[]),
    (Se, "förslagen", &[]),
    (Se, "bolagen", &[]),
    (Se, "Lagen gäller", &[]),
    (Se, "år 2019", &[]),
    (Se, "denna lag", &[]),
    (Se, "Om §-tecknet", &[]),
    (Se, "Paragraf § utan nummer", &[]),
    (Se, "den 3 juni 2019", &[]),
    // Sweden (issue 16): the act after the section, with stycke, moment and punkt.
    (Se, "37 § 2 st. vägtrafikkungörelsen (1972:60)", &["37 § 2 st. vägtrafikkungörelsen (1972:60)|1972:60|vägtrafikkungörelsen (1972:60)|-|37|2|-"]),
    (Se, "7 § 5 mom. lagen (1947:576) om statlig inkomstskatt", &["7 § 5 mom. lagen (1947:576) om statlig inkomstskatt|1947:576|lagen (1947:576) om statlig inkomstskatt|-|7|-|-|m5"]),
    (Se, "Enligt 32 § 1 mom. kommunalskattelagen (1928:370) ska", &["32 § 1 mom. kommunalskattelagen (1928:370)|1928:370|kommunalskattelagen (1928:370)|-|32|-|-|m1"]),
    (Se, "3 § 2 mom. första stycket lagen (1947:576) om statlig inkomstskatt", &["3 § 2 mom. första stycket lagen (1947:576) om statlig inkomstskatt|1947:576|lagen (1947:576) om statlig inkomstskatt|-|3|1|-|m2"]),
    (Se, "2 § 1 mom. 3 st. kommunalskattelagen", &["2 § 1 mom. 3 st. kommunalskattelagen|1928:370|kommunalskattelagen|-|2|3|-|m1"]),
    (Se, "8 § 2 st. 1 p. förordningen (1998:1276)", &["8 § 2 st. 1 p. förordningen (1998:1276)|1998:1276|förordningen (1998:1276)|-|8|2|1"]),
    (Se, "4 § 3 p. trafikförordningen", &["4 § 3 p. trafikförordningen|1998:1276|trafikförordningen|-|4|-|3"]),
    (Se, "10 kap. 2 § första stycket 3 socialförsäkringsbalken", &["10 kap. 2 § första stycket 3 socialförsäkringsbalken|2010:110|socialförsäkringsbalken|10|2|1|3"]),
    (Se, "21 kap. 7 § andra stycket andra meningen offentlighets- och sekretesslagen (2009:400)", &["21 kap. 7 § andra stycket andra meningen offentlighets- och sekretesslagen (2009:400)|2009:400|offentlighets- och sekretesslagen (2009:400)|21|7|2|-"]),
    (Se, "4 kap. 1 § 2 punkten socialtjänstlagen (2001:453)", &["4 kap. 1 § 2 punkten socialtjänstlagen (2001:453)|2001:453|socialtjänstlagen (2001:453)|4|1|-|2"]),
    (Se, "enligt 6 § första stycket punkten 4 lagen (2018:222) om bostadsanpassningsbidrag", &["6 § första stycket punkten 4 lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|6|1|4"]),
    (Se, "insatser enligt 9 § 8 LSS", &["9 § 8 LSS|1993:387|LSS|-|9|-|8"]),
    (Se, "37 § 2 st. och 38 § vägtrafikkungörelsen (1972:60)", &["37 § 2 st.|1972:60|vägtrafikkungörelsen (1972:60)|-|37|2|-", "38 § vägtrafikkungörelsen (1972:60)|1972:60|vägtrafikkungörelsen (1972:60)|-|38|-|-"]),
    (Se, "5 § andra stycket förordningen (2011:185)", &["5 § andra stycket förordningen (2011:185)|2011:185|förordningen (2011:185)|-|5|2|-"]),
    (Se, "Av 2 kap. 3 § tredje stycket skollagen (2010:800) följer", &["2 kap. 3 § tredje stycket skollagen (2010:800)|2010:800|skollagen (2010:800)|2|3|3|-"]),
    (Se, "3 § andra stycket 2 lagen (2018:222) om bostadsanpassningsbidrag", &["3 § andra stycket 2 lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|3|2|2"]),
    (Se, "12 § 1 mom. andra stycket", &["12 § 1 mom. andra stycket|-|-|-|12|2|-|m1"]),
    (Se, "4 § 2 mom.", &["4 § 2 mom.|-|-|-|4|-|-|m2"]),
    (Se, "19 § 2 mom. 1 st. 2 p. kommunalskattelagen (1928:370)", &["19 § 2 mom. 1 st. 2 p. kommunalskattelagen (1928:370)|1928:370|kommunalskattelagen (1928:370)|-|19|1|2|m2"]),
    (Se, "2 kap. 7 § fjärde stycket miljöbalken", &["2 kap. 7 § fjärde stycket miljöbalken|1998:808|miljöbalken|2|7|4|-"]),
    (Se, "26 kap. 9 § första stycket miljöbalken (1998:808)", &["26 kap. 9 § första stycket miljöbalken (1998:808)|1998:808|miljöbalken (1998:808)|26|9|1|-"]),
    (Se, "5 kap. 1 § första stycket 2 plan- och bygglagen (2010:900)", &["5 kap. 1 § första stycket 2 plan- och bygglagen (2010:900)|2010:900|plan- och bygglagen (2010:900)|5|1|1|2"]),
    (Se, "7 kap. 1 § tredje stycket första meningen föräldrabalken", &["7 kap. 1 § tredje stycket första meningen föräldrabalken|1949:381|föräldrabalken|7|1|3|-"]),
    (Se, "2 § fjärde stycket lagen (1982:80) om anställningsskydd", &["2 § fjärde stycket lagen (1982:80) om anställningsskydd|1982:80|lagen (1982:80) om anställningsskydd|-|2|4|-"]),
    (Se, "4 kap. 16 § 1 st. 2 p. rättegångsbalken", &["4 kap. 16 § 1 st. 2 p. rättegångsbalken|1942:740|rättegångsbalken|4|16|1|2"]),
    (Se, "3 kap. 5 § 1 p. jordabalken", &["3 kap. 5 § 1 p. jordabalken|1970:994|jordabalken|3|5|-|1"]),
    (Se, "12 kap. 46 § första stycket 7 jordabalken (1970:994)", &["12 kap. 46 § första stycket 7 jordabalken (1970:994)|1970:994|jordabalken (1970:994)|12|46|1|7"]),
    (Se, "13 § tredje stycket vägtrafikkungörelsen", &["13 § tredje stycket vägtrafikkungörelsen|1972:603|vägtrafikkungörelsen|-|13|3|-"]),
    (Se, "2 § 1 punkten förordningen (2001:937)", &["2 § 1 punkten förordningen (2001:937)|2001:937|förordningen (2001:937)|-|2|-|1"]),
    // Sweden (issue 16): chapters with lists and ranges.
    (Se, "2 kap. 1 och 3 §§ regeringsformen", &["2 kap. 1|1974:152|regeringsformen|2|1|-|-", "3 §§ regeringsformen|1974:152|regeringsformen|2|3|-|-"]),
    (Se, "3 kap. 2–4 §§ socialtjänstlagen", &["3 kap. 2|2001:453|socialtjänstlagen|3|2|-|-", "4 §§ socialtjänstlagen|2001:453|socialtjänstlagen|3|4|-|-"]),
    (Se, "1–3 kap. miljöbalken", &["1|1998:808|miljöbalken|1|-|-|-", "3 kap. miljöbalken|1998:808|miljöbalken|3|-|-|-"]),
    (Se, "3 kap. 2 § första stycket 3 och 4 kommunallagen (2017:725)", &["3 kap. 2 § första stycket 3|2017:725|kommunallagen (2017:725)|3|2|1|3", "4 kommunallagen (2017:725)|2017:725|kommunallagen (2017:725)|3|2|1|4"]),
    (Se, "5 kap. 3, 4 och 7 §§ brottsbalken", &["5 kap. 3|1962:700|brottsbalken|5|3|-|-", "4|1962:700|brottsbalken|5|4|-|-", "7 §§ brottsbalken|1962:700|brottsbalken|5|7|-|-"]),
    (Se, "8 kap. 1 § och 9 kap. 4 § äktenskapsbalken", &["8 kap. 1 §|1987:230|äktenskapsbalken|8|1|-|-", "9 kap. 4 § äktenskapsbalken|1987:230|äktenskapsbalken|9|4|-|-"]),
    (Se, "6 kap. 2 § och 3 § andra stycket föräldrabalken", &["6 kap. 2 §|1949:381|föräldrabalken|6|2|-|-", "3 § andra stycket föräldrabalken|1949:381|föräldrabalken|6|3|2|-"]),
    (Se, "1 kap. 1 § och 2 kap. 1 § tryckfrihetsförordningen", &["1 kap. 1 §|1949:105|tryckfrihetsförordningen|1|1|-|-", "2 kap. 1 § tryckfrihetsförordningen|1949:105|tryckfrihetsförordningen|2|1|-|-"]),
    (Se, "13–15 kap. skollagen", &["13|2010:800|skollagen|13|-|-|-", "15 kap. skollagen|2010:800|skollagen|15|-|-|-"]),
    (Se, "2 kap. 18 och 19 §§ regeringsformen", &["2 kap. 18|1974:152|regeringsformen|2|18|-|-", "19 §§ regeringsformen|1974:152|regeringsformen|2|19|-|-"]),
    (Se, "11 kap. 1–3 §§ ärvdabalken", &["11 kap. 1|1958:637|ärvdabalken|11|1|-|-", "3 §§ ärvdabalken|1958:637|ärvdabalken|11|3|-|-"]),
    (Se, "4 kap. 1 § första och andra styckena socialtjänstlagen", &["4 kap. 1 § första|2001:453|socialtjänstlagen|4|1|1|-", "andra styckena socialtjänstlagen|2001:453|socialtjänstlagen|4|1|2|-"]),
    (Se, "10 och 11 §§ förvaltningslagen (2017:900)", &["10|2017:900|förvaltningslagen (2017:900)|-|10|-|-", "11 §§ förvaltningslagen (2017:900)|2017:900|förvaltningslagen (2017:900)|-|11|-|-"]),
    (Se, "20–22 §§ förvaltningslagen", &["20|2017:900|förvaltningslagen|-|20|-|-", "22 §§ förvaltningslagen|2017:900|förvaltningslagen|-|22|-|-"]),
    (Se, "7 kap. 2 a § skollagen", &["7 kap. 2 a § skollagen|2010:800|skollagen|7|2 a|-|-"]),
    (Se, "29 kap. 1 § och 30 kap. 6 a § socialförsäkringsbalken", &["29 kap. 1 §|2010:110|socialförsäkringsbalken|29|1|-|-", "30 kap. 6 a § socialförsäkringsbalken|2010:110|socialförsäkringsbalken|30|6 a|-|-"]),
    (Se, "3 kap. 6 § och 5 kap. 1 § plan- och bygglagen", &["3 kap. 6 §|2010:900|plan- och bygglagen|3|6|-|-", "5 kap. 1 § plan- och bygglagen|2010:900|plan- och bygglagen|5|1|-|-"]),
    (Se, "16 kap. 1–3 §§ och 17 kap. 2 § skollagen", &["16 kap. 1|2010:800|skollagen|16|1|-|-", "3 §§|2010:800|skollagen|16|3|-|-", "17 kap. 2 § skollagen|2010:800|skollagen|17|2|-|-"]),
    (Se, "4 kap. 12 §, 5 kap. 2 § och 6 kap. 3 § kommunallagen", &["4 kap. 12 §|2017:725|kommunallagen|4|12|-|-", "5 kap. 2 §|2017:725|kommunallagen|5|2|-|-", "6 kap. 3 § kommunallagen|2017:725|kommunallagen|6|3|-|-"]),
    (Se, "1 kap. 1–5 §§ regeringsformen", &["1 kap. 1|1974:152|regeringsformen|1|1|-|-", "5 §§ regeringsformen|1974:152|regeringsformen|1|5|-|-"]),
    (Se, "6 och 7 kap. jordabalken", &["6|1970:994|jordabalken|6|-|-|-", "7 kap. jordabalken|1970:994|jordabalken|7|-|-|-"]),
    (Se, "12 kap. 3 § första stycket 1–3 jordabalken", &["12 kap. 3 § första stycket 1|1970:994|jordabalken|12|3|1|1", "3 jordabalken|1970:994|jordabalken|12|3|1|3"]),
    (Se, "2 kap. 8 och 8 a §§ skollagen", &["2 kap. 8|2010:800|skollagen|2|8|-|-", "8 a §§ skollagen|2010:800|skollagen|2|8 a|-|-"]),
    // Sweden (issue 16): well-known acts named without their number.
    (Se, "Enligt regeringsformen ska", &["regeringsformen|1974:152|regeringsformen|-|-|-|-"]),
    (Se, "regeringsformens bestämmelser", &["regeringsformens|1974:152|regeringsformens|-|-|-|-"]),
    (Se, "1 kap. 9 § regeringsformen", &["1 kap. 9 § regeringsformen|1974:152|regeringsformen|1|9|-|-"]),
    (Se, "ärvdabalken gäller", &["ärvdabalken|1958:637|ärvdabalken|-|-|-|-"]),
    (Se, "enligt föräldrabalken", &["föräldrabalken|1949:381|föräldrabalken|-|-|-|-"]),
    (Se, "6 kap. 2 a § föräldrabalken", &["6 kap. 2 a § föräldrabalken|1949:381|föräldrabalken|6|2 a|-|-"]),
    (Se, "rättegångsbalken", &["rättegångsbalken|1942:740|rättegångsbalken|-|-|-|-"]),
    (Se, "jordabalkens regler om hyra", &["jordabalkens|1970:994|jordabalkens|-|-|-|-"]),
    (Se, "utsökningsbalken", &["utsökningsbalken|1981:774|utsökningsbalken|-|-|-|-"]),
    (Se, "socialförsäkringsbalken", &["socialförsäkringsbalken|2010:110|socialförsäkringsbalken|-|-|-|-"]),
    (Se, "tryckfrihetsförordningen", &["tryckfrihetsförordningen|1949:105|tryckfrihetsförordningen|-|-|-|-"]),
    (Se, "2 kap. 1 § tryckfrihetsförordningen", &["2 kap. 1 § tryckfrihetsförordningen|1949:105|tryckfrihetsförordningen|2|1|-|-"]),
    (Se, "yttrandefrihetsgrundlagen", &["yttrandefrihetsgrundlagen|1991:1469|yttrandefrihetsgrundlagen|-|-|-|-"]),
    (Se, "arbetsmiljölagen", &["arbetsmiljölagen|1977:1160|arbetsmiljölagen|-|-|-|-"]),
    (Se, "3 kap. 2 a § arbetsmiljölagen", &["3 kap. 2 a § arbetsmiljölagen|1977:1160|arbetsmiljölagen|3|2 a|-|-"]),
    (Se, "offentlighets- och sekretesslagen", &["offentlighets- och sekretesslagen|2009:400|offentlighets- och sekretesslagen|-|-|-|-"]),
    (Se, "hälso- och sjukvårdslagen", &["hälso- och sjukvårdslagen|2017:30|hälso- och sjukvårdslagen|-|-|-|-"]),
    (Se, "5 kap. 1 § hälso- och sjukvårdslagen", &["5 kap. 1 § hälso- och sjukvårdslagen|2017:30|hälso- och sjukvårdslagen|5|1|-|-"]),
    (Se, "hälso- och sjukvårdslagens krav", &["hälso- och sjukvårdslagens|2017:30|hälso- och sjukvårdslagens|-|-|-|-"]),
    (Se, "skatteförfarandelagen", &["skatteförfarandelagen|2011:1244|skatteförfarandelagen|-|-|-|-"]),
    (Se, "äktenskapsbalken", &["äktenskapsbalken|1987:230|äktenskapsbalken|-|-|-|-"]),
    (Se, "lagen om anställningsskydd", &["lagen om anställningsskydd|1982:80|lagen om anställningsskydd|-|-|-|-"]),
    (Se, "7 § lagen om anställningsskydd", &["7 § lagen om anställningsskydd|1982:80|lagen om anställningsskydd|-|7|-|-"]),
    (Se, "lagen om offentlig upphandling", &["lagen om offentlig upphandling|2016:1145|lagen om offentlig upphandling|-|-|-|-"]),
    (Se, "4 kap. 1 § lagen om offentlig upphandling", &["4 kap. 1 § lagen om offentlig upphandling|2016:1145|lagen om offentlig upphandling|4|1|-|-"]),
    (Se, "medbestämmandelagen", &["medbestämmandelagen|1976:580|medbestämmandelagen|-|-|-|-"]),
    (Se, "diskrimineringslagen", &["diskrimineringslagen|2008:567|diskrimineringslagen|-|-|-|-"]),
    (Se, "57 kap. 2 § inkomstskattelagen", &["57 kap. 2 § inkomstskattelagen|1999:1229|inkomstskattelagen|57|2|-|-"]),
    (Se, "mervärdesskattelagen", &["mervärdesskattelagen|2023:200|mervärdesskattelagen|-|-|-|-"]),
    (Se, "25 kap. 13 § aktiebolagslagen", &["25 kap. 13 § aktiebolagslagen|2005:551|aktiebolagslagen|25|13|-|-"]),
    (Se, "36 § avtalslagen", &["36 § avtalslagen|1915:218|avtalslagen|-|36|-|-"]),
    (Se, "3 kap. 2 § skadeståndslagen", &["3 kap. 2 § skadeståndslagen|1972:207|skadeståndslagen|3|2|-|-"]),
    (Se, "utlänningslagen", &["utlänningslagen|2005:716|utlänningslagen|-|-|-|-"]),
    (Se, "30 § förvaltningsprocesslagen", &["30 § förvaltningsprocesslagen|1971:291|förvaltningsprocesslagen|-|30|-|-"]),
    (Se, "socialtjänstlag (2025:400)", &["socialtjänstlag (2025:400)|2025:400|socialtjänstlag (2025:400)|-|-|-|-"]),
    (Se, "2 kap. 1 § socialtjänstlagen (2025:400)", &["2 kap. 1 § socialtjänstlagen (2025:400)|2025:400|socialtjänstlagen (2025:400)|2|1|-|-"]),
    (Se, "kommunalskattelagen (1928:370)", &["kommunalskattelagen (1928:370)|1928:370|kommunalskattelagen (1928:370)|-|-|-|-"]),
    (Se, "vägtrafikkungörelsen (1972:603)", &["vägtrafikkungörelsen (1972:603)|1972:603|vägtrafikkungörelsen (1972:603)|-|-|-|-"]),
    (Se, "patientsäkerhetslagen", &["patientsäkerhetslagen|2010:659|patientsäkerhetslagen|-|-|-|-"]),
    (Se, "3 kap. 1 § patientlagen", &["3 kap. 1 § patientlagen|2014:821|patientlagen|3|1|-|-"]),
    (Se, "successionsordningen", &["successionsordningen|1810:926|successionsordningen|-|-|-|-"]),
    (Se, "9 kap. 1 § riksdagsordningen", &["9 kap. 1 § riksdagsordningen|2014:801|riksdagsordningen|9|1|-|-"]),
    (Se, "lagen om valfrihetssystem", &["lagen om valfrihetssystem|2008:962|lagen om valfrihetssystem|-|-|-|-"]),
    (Se, "plan- och byggförordningen", &["plan- och byggförordningen|2011:338|plan- och byggförordningen|-|-|-|-"]),
    (Se, "2 kap. 4 § skolförordningen", &["2 kap. 4 § skolförordningen|2011:185|skolförordningen|2|4|-|-"]),
    // Sweden (issue 16): abbreviations.
    (Se, "4 kap. 1 § SoL", &["4 kap. 1 § SoL|2001:453|SoL|4|1|-|-"]),
    (Se, "7 § LAS", &["7 § LAS|1982:80|LAS|-|7|-|-"]),
    (Se, "beslut enligt LSS", &["LSS|1993:387|LSS|-|-|-|-"]),
    (Se, "2 kap. 1 § RF", &["2 kap. 1 § RF|1974:152|RF|2|1|-|-"]),
    (Se, "3 kap. 5 § BrB", &["3 kap. 5 § BrB|1962:700|BrB|3|5|-|-"]),
    (Se, "21 kap. 1 § OSL", &["21 kap. 1 § OSL|2009:400|OSL|21|1|-|-"]),
    (Se, "2 kap. 3 § MB", &["2 kap. 3 § MB|1998:808|MB|2|3|-|-"]),
    (Se, "10 kap. 1 § SFB", &["10 kap. 1 § SFB|2010:110|SFB|10|1|-|-"]),
    (Se, "6 kap. 1 § LOU", &["6 kap. 1 § LOU|2016:1145|LOU|6|1|-|-"]),
    (Se, "11 kap. 19 § PBL", &["11 kap. 19 § PBL|2010:900|PBL|11|19|-|-"]),
    (Se, "5 kap. 4 § FB", &["5 kap. 4 § FB|1949:381|FB|5|4|-|-"]),
    (Se, "24 § FL", &["24 § FL|2017:900|FL|-|24|-|-"]),
    (Se, "enligt SoL och LVU", &["SoL|2001:453|SoL|-|-|-|-", "LVU|1990:52|LVU|-|-|-|-"]),
    (Se, "2 § LVU", &["2 § LVU|1990:52|LVU|-|2|-|-"]),
    (Se, "12 kap. 3 § RB", &["12 kap. 3 § RB|1942:740|RB|12|3|-|-"]),
    (Se, "2 kap. 1 § YGL", &["2 kap. 1 § YGL|1991:1469|YGL|2|1|-|-"]),
    (Se, "3 kap. 3 § första stycket AML", &["3 kap. 3 § första stycket AML|1977:1160|AML|3|3|1|-"]),
    (Se, "enligt HSL", &["HSL|2017:30|HSL|-|-|-|-"]),
    // Sweden (issue 16): references back to an act named before.
    (Se, "6 § lagen (2018:222) om bostadsanpassningsbidrag och 9 § samma lag", &["6 § lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|6|-|-", "9 § samma lag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|9|-|-"]),
    (Se, "3 kap. 1 § socialtjänstlagen (2001:453). Av 3 kap. 3 § samma lag framgår", &["3 kap. 1 § socialtjänstlagen (2001:453)|2001:453|socialtjänstlagen (2001:453)|3|1|-|-", "3 kap. 3 § samma lag|2001:453|socialtjänstlagen (2001:453)|3|3|-|-"]),
    (Se, "2 § förordningen (2011:185) och 4 § samma förordning", &["2 § förordningen (2011:185)|2011:185|förordningen (2011:185)|-|2|-|-", "4 § samma förordning|2011:185|förordningen (2011:185)|-|4|-|-"]),
    (Se, "4 § skolförordningen och 2 kap. 3 § skollagen. Enligt 5 § samma förordning", &["4 § skolförordningen|2011:185|skolförordningen|-|4|-|-", "2 kap. 3 § skollagen|2010:800|skollagen|2|3|-|-", "5 § samma förordning|2011:185|skolförordningen|-|5|-|-"]),
    (Se, "lagen (1990:52) med särskilda bestämmelser om vård av unga och lagen (1988:870) om vård av missbrukare i vissa fall. Enligt 2 § den förstnämnda lagen", &["lagen (1990:52) med särskilda bestämmelser om vård av unga|1990:52|lagen (1990:52) med särskilda bestämmelser om vård av unga|-|-|-|-", "lagen (1988:870) om vård av missbrukare i vissa fall|1988:870|lagen (1988:870) om vård av missbrukare i vissa fall|-|-|-|-", "2 § den förstnämnda lagen|1990:52|lagen (1990:52) med särskilda bestämmelser om vård av unga|-|2|-|-"]),
    (Se, "lagen (1990:52) och lagen (1988:870). Enligt 4 § den sistnämnda lagen", &["lagen (1990:52)|1990:52|lagen (1990:52)|-|-|-|-", "lagen (1988:870)|1988:870|lagen (1988:870)|-|-|-|-", "4 § den sistnämnda lagen|1988:870|lagen (1988:870)|-|4|-|-"]),
    (Se, "lagen (2008:962) om valfrihetssystem. I 9 kap. 1 § den lagen", &["lagen (2008:962) om valfrihetssystem|2008:962|lagen (2008:962) om valfrihetssystem|-|-|-|-", "9 kap. 1 § den lagen|2008:962|lagen (2008:962) om valfrihetssystem|9|1|-|-"]),
    (Se, "3 kap. 5 § skollagen och 4 § i samma kapitel", &["3 kap. 5 § skollagen|2010:800|skollagen|3|5|-|-", "4 § i samma kapitel|2010:800|skollagen|3|4|-|-"]),
    (Se, "Av 2 kap. 3 § brottsbalken och 5 § samma kapitel framgår", &["2 kap. 3 § brottsbalken|1962:700|brottsbalken|2|3|-|-", "5 § samma kapitel|1962:700|brottsbalken|2|5|-|-"]),
    (Se, "brottsbalken och rättegångsbalken. Enligt 23 kap. 1 § den sistnämnda balken", &["brottsbalken|1962:700|brottsbalken|-|-|-|-", "rättegångsbalken|1942:740|rättegångsbalken|-|-|-|-", "23 kap. 1 § den sistnämnda balken|1942:740|rättegångsbalken|23|1|-|-"]),
    (Se, "5 § samma lag", &["5 § samma lag|-|-|-|5|-|-"]),
    // Sweden: a stycke "i samma paragraf" is of the section cited before, even of an act
    // named outright, which a stycke on its own is not.
    (Se, "Av 2 kap. 2 § första stycket föräldrabalken följer detta. Enligt tredje stycket i samma paragraf gäller", &["2 kap. 2 § första stycket föräldrabalken|1949:381|föräldrabalken|2|2|1|-", "tredje stycket i samma paragraf|1949:381|föräldrabalken|2|2|3|-"]),
    (Se, "enligt 8 § lagen (1982:80) om anställningsskydd. Andra stycket 2 i nämnda paragraf gäller", &["8 § lagen (1982:80) om anställningsskydd|1982:80|lagen (1982:80) om anställningsskydd|-|8|-|-", "Andra stycket 2 i nämnda paragraf|1982:80|lagen (1982:80) om anställningsskydd|-|8|2|2"]),
    (Se, "tredje stycket i samma paragraf", &[]),
    // Sweden: a provision whose abbreviation ends the sentence is not of the amendment note
    // after it ("kap." "st." "p." "mom.").
    (Se, "enligt 47–53 §§ och 5 a kap. Lag (2018:175).", &["47|-|-|-|47|-|-", "53 §§|-|-|-|53|-|-", "5 a kap.|-|-|5 a|-|-|-", "Lag (2018:175)|2018:175|Lag (2018:175)|-|-|-|-"]),
    (Se, "enligt 4 § 2 p. Förordning (1990:12).", &["4 § 2 p.|-|-|-|4|-|2", "Förordning (1990:12)|1990:12|Förordning (1990:12)|-|-|-|-"]),
    (Se, "enligt 4 § 2 st. lagen (1990:12).", &["4 § 2 st. lagen (1990:12)|1990:12|lagen (1990:12)|-|4|2|-"]),
    // Sweden: a section lettered "i" ("31 i §"), which is otherwise the preposition.
    (Se, "ett undantag enligt 31 i § passlagen (1978:302) och 12 h och 12 i §§ samma lag", &["31 i § passlagen (1978:302)|1978:302|passlagen (1978:302)|-|31 i|-|-", "12 h|1978:302|passlagen (1978:302)|-|12 h|-|-", "12 i §§ samma lag|1978:302|passlagen (1978:302)|-|12 i|-|-"]),
    (Se, "enligt 3 § 2 i lagen (1978:302)", &["3 § 2 i lagen (1978:302)|1978:302|lagen (1978:302)|-|3|-|2"]),
    (Se, "beslutet i 3 kap. 2 § gäller i 3 i veckor", &["3 kap. 2 §|-|-|3|2|-|-"]),
    // Sweden: "slag" as a kind ("djurslagen", the species) is no act's name.
    (Se, "de djurslagen och trädslagen som avses i 3 §", &["3 §|-|-|-|3|-|-"]),
    // Sweden: more stycken abbreviated as older texts write them.
    (Se, "Se 3 kap. 2 § 1 st. 3 p. och 2 st. rättegångsbalken", &["3 kap. 2 § 1 st. 3 p.|1942:740|rättegångsbalken|3|2|1|3", "2 st. rättegångsbalken|1942:740|rättegångsbalken|3|2|2|-"]),
    (Se, "enligt 5 § 2 st. och 3 st. lagen (1990:12)", &["5 § 2 st.|1990:12|lagen (1990:12)|-|5|2|-", "3 st. lagen (1990:12)|1990:12|lagen (1990:12)|-|5|3|-"]),
    // Sweden: an act's short name written right after it is part of that citation.
    (Se, "enligt lagen (1988:870) om vård av missbrukare i vissa fall (LVM) och 4 § LVM", &["lagen (1988:870) om vård av missbrukare i vissa fall (LVM)|1988:870|lagen (1988:870) om vård av missbrukare i vissa fall|-|-|-|-", "4 § LVM|1988:870|LVM|-|4|-|-"]),
    (Se, "Lagen (1976:580) om medbestämmande i arbetslivet, MBL, gäller", &["Lagen (1976:580) om medbestämmande i arbetslivet, MBL|1976:580|Lagen (1976:580) om medbestämmande i arbetslivet|-|-|-|-"]),
    (Se, "enligt socialtjänstlagen (SoL) och LVU", &["socialtjänstlagen (SoL)|2001:453|socialtjänstlagen|-|-|-|-", "LVU|1990:52|LVU|-|-|-|-"]),
    (Se, "enligt socialtjänstlagen (LVU)", &["socialtjänstlagen|2001:453|socialtjänstlagen|-|-|-|-", "LVU|1990:52|LVU|-|-|-|-"]),
    // Sweden: a title after a number may open with "med" when the act is known by it;
    // otherwise "med" is the sentence's.
    (Se, "5 kap. 1 § lagen (1990:52) med särskilda bestämmelser om vård av unga gäller", &["5 kap. 1 § lagen (1990:52) med särskilda bestämmelser om vård av unga|1990:52|lagen (1990:52) med särskilda bestämmelser om vård av unga|5|1|-|-"]),
    (Se, "lagen (2001:453) med de ändringar som följer av 2 §", &["lagen (2001:453)|2001:453|lagen (2001:453)|-|-|-|-", "2 §|-|-|-|2|-|-"]),
    // Sweden (issue 16): references back as older texts write them, without "den".
    (Se, "avdrag enligt kommunalskattelagen (1928:370) och punkt 3 av anvisningarna till 32 § nämnda lag", &["kommunalskattelagen (1928:370)|1928:370|kommunalskattelagen (1928:370)|-|-|-|-", "32 § nämnda lag|1928:370|kommunalskattelagen (1928:370)|-|32|-|-"]),
    (Se, "lagen (1999:1229) och förordningen (2001:7). Enligt 4 § andra stycket nyss nämnda lag", &["lagen (1999:1229)|1999:1229|lagen (1999:1229)|-|-|-|-", "förordningen (2001:7)|2001:7|förordningen (2001:7)|-|-|-|-", "4 § andra stycket nyss nämnda lag|1999:1229|lagen (1999:1229)|-|4|2|-"]),
    (Se, "lagen (1999:1229) och förordningen (2001:7). Av 9 § sistnämnda förordning", &["lagen (1999:1229)|1999:1229|lagen (1999:1229)|-|-|-|-", "förordningen (2001:7)|2001:7|förordningen (2001:7)|-|-|-|-", "9 § sistnämnda förordning|2001:7|förordningen (2001:7)|-|9|-|-"]),
    (Se, "2 kap. 4 § byggnadsstadgan och 3 kap. 1 § nämnda stadga", &["2 kap. 4 § byggnadsstadgan|1959:612|byggnadsstadgan|2|4|-|-", "3 kap. 1 § nämnda stadga|1959:612|byggnadsstadgan|3|1|-|-"]),
    (Se, "2 § rättegångsbalken och 6 § ovannämnda balk", &["2 § rättegångsbalken|1942:740|rättegångsbalken|-|2|-|-", "6 § ovannämnda balk|1942:740|rättegångsbalken|-|6|-|-"]),
    (Se, "de i 2 § nämnda lagarna", &["2 §|-|-|-|2|-|-"]),
    // Sweden (issue 16): a known title ends where the catalogue's does, also when a noun
    // follows it; an unknown one is read as before.
    (Se, "fastställer enligt 2 kap. 1 b § lagen (1994:1776) om skatt på energi energiskatten till", &["2 kap. 1 b § lagen (1994:1776) om skatt på energi|1994:1776|lagen (1994:1776) om skatt på energi|2|1 b|-|-"]),
    (Se, "enligt 3 § lagen (1994:1563) om tobaksskatt gäller", &["3 § lagen (1994:1563) om tobaksskatt|1994:1563|lagen (1994:1563) om tobaksskatt|-|3|-|-"]),
    // Sweden (issue 16): an act named again without its number is the one named with it.
    // That wins over the table of titles, which knows the act in force under the title.
    (Se, "7 kap. 5 § lagen (1994:1563) om tobaksskatt och 10 kap. 2 § lagen om tobaksskatt", &["7 kap. 5 § lagen (1994:1563) om tobaksskatt|1994:1563|lagen (1994:1563) om tobaksskatt|7|5|-|-", "10 kap. 2 § lagen om tobaksskatt|1994:1563|lagen om tobaksskatt|10|2|-|-"]),
    (Se, "8 § pappersförordningen (1964:504). Enligt 12 § pappersförordningen", &["8 § pappersförordningen (1964:504)|1964:504|pappersförordningen (1964:504)|-|8|-|-", "12 § pappersförordningen|1964:504|pappersförordningen|-|12|-|-"]),
    (Se, "10 kap. 2 § lagen om tobaksskatt", &["10 kap. 2 § lagen om tobaksskatt|2022:155|lagen om tobaksskatt|10|2|-|-"]),
    // Sweden (issue 16): "sista stycket" has no number, but the act after it is the section's.
    (Se, "i fall som avses i 3 § sista stycket lagen (1976:157) om anmälan", &["3 § sista stycket lagen (1976:157) om anmälan|1976:157|lagen (1976:157) om anmälan|-|3|-|-"]),
    // Sweden (issue 16): an amending act's title names the act it amends, with its number.
    (Se, "Lag (2002:378) om ändring i socialtjänstlagen (2001:453)", &["Lag (2002:378)|2002:378|Lag (2002:378)|-|-|-|-", "socialtjänstlagen (2001:453)|2001:453|socialtjänstlagen (2001:453)|-|-|-|-"]),
    (Se, "enligt lagen (1973:481) om ändring i lagen (1962:381) om allmän försäkring ska", &["lagen (1973:481)|1973:481|lagen (1973:481)|-|-|-|-", "lagen (1962:381) om allmän försäkring|1962:381|lagen (1962:381) om allmän försäkring|-|-|-|-"]),
    (Se, "förordningen (2020:5) om försöksverksamhet med vissa undantag från förordningen (2011:185)", &["förordningen (2020:5) om försöksverksamhet med vissa undantag|2020:5|förordningen (2020:5) om försöksverksamhet med vissa undantag|-|-|-|-", "förordningen (2011:185)|2011:185|förordningen (2011:185)|-|-|-|-"]),
    // Sweden (issue 16): older instruments, and acts cited by date and yearly number after
    // their name.
    (Se, "enligt 6 kap. hälsovårdsstadgan den 19 december 1958 (nr 663) ska", &["6 kap. hälsovårdsstadgan den 19 december 1958 (nr 663)|1958:663|hälsovårdsstadgan den 19 december 1958 (nr 663)|6|-|-|-"]),
    (Se, "enligt allmänna verksstadgan (1965:600)", &["verksstadgan (1965:600)|1965:600|verksstadgan (1965:600)|-|-|-|-"]),
    (Se, "10 § byggnadsstadgan", &["10 § byggnadsstadgan|1959:612|byggnadsstadgan|-|10|-|-"]),
    (Se, "3 § utlandsresereglementet gäller", &["3 § utlandsresereglementet|1953:666|utlandsresereglementet|-|3|-|-"]),
    (Se, "enligt stadgan gäller", &[]),
    // Sweden (issue 16): names that texts cite with a number, for acts the titles' table
    // does not hold (repealed ones, mostly).
    (Se, "69 § 1 mom. uppbördslagen", &["69 § 1 mom. uppbördslagen|1953:272|uppbördslagen|-|69|-|-|m1"]),
    (Se, "28 § kommunalskattelagen", &["28 § kommunalskattelagen|1928:370|kommunalskattelagen|-|28|-|-"]),
    (Se, "2 § kameraövervakningslagen och 7 § kamerabevakningslagen", &["2 § kameraövervakningslagen|2013:460|kameraövervakningslagen|-|2|-|-", "7 § kamerabevakningslagen|2018:1200|kamerabevakningslagen|-|7|-|-"]),
    // Sweden (issue 16): a point after a whole section when the sentence goes on, not a
    // count.
    (Se, "Förbudet i 9 § 2 som gäller kön", &["9 § 2|-|-|-|9|-|2"]),
    (Se, "enligt 4 § 1 eller 3 ska nämnden", &["4 § 1|-|-|-|4|-|1", "3|-|-|-|4|-|3"]),
    (Se, "Beslut enligt 12 § 2 får överklagas", &["12 § 2|-|-|-|12|-|2"]),
    (Se, "inom tiden i 5 § 2 månader efter", &["5 §|-|-|-|5|-|-"]),
    (Se, "enligt 5 § 3 000 kronor", &["5 §|-|-|-|5|-|-"]),
    (Se, "enligt samma lag", &[]),
    (Se, "i samma kapitel", &[]),
    (Se, "föregående stycke", &[]),
    // Sweden (issue 16): not citations.
    (Se, "Kostnaden beräknas till 1 500 kr per månad.", &[]),
    (Se, "Avtalet (2019) gäller tills vidare.", &[]),
    (Se, "Se bokens 1 kap.", &[]),
    (Se, "I rapportens 3 kap. redovisas resultaten.", &[]),
    (Se, "Bokens 2 kap. handlar om", &[]),
    (Se, "1. Kommunen ska upprätta en plan.\n2. Planen ska antas av fullmäktige.", &[]),
    (Se, "Beslutet fattades den 14 mars 2023.", &[]),
    (Se, "Mötet hölls 2023-03-14 kl. 13.00.", &[]),
    (Se, "§ 12 Val av justerare", &[]),
    (Se, "Kommunstyrelsen § 45, dnr KS 2023/112", &[]),
    (Se, "Filen är 3 MB stor.", &[]),
    (Se, "Prop. 2016/17:180 s. 289", &[]),
    (Se, "NJA 2019 s. 3", &[]),
    (Se, "RÅ 2010 ref. 12", &[]),
    (Se, "HFD 2018 ref. 28", &[]),
    (Se, "punkt 3 i dagordningen", &[]),
    (Se, "Lagen gäller från den 1 juli 2025.", &[]),
    (Se, "Det behövs en ny lag om vattentjänster.", &[]),
    (Se, "Förslaget innebär att lagen ändras.", &[]),
    (Se, "Vi köpte 2 st. stolar.", &[]),
    (Se, "Lägenheten har 3 rum och kök.", &[]),
    (Se, "Ärendet avser fastigheten Berga 3:14.", &[]),
    (Se, "Se SOU 2023:12 s. 45 och Ds 2019:5", &[]),
    (Se, "MB och SL i kollektivtrafiken", &[]),
    (Se, "samma förordning", &[]),
    (Se, "§ 3 i kollektivavtalet", &[]),
    (Se, "dom den 3 maj 2021 i mål nr 1234-20", &[]),
    (Se, "Punkterna 1–3 ovan gäller.", &[]),
    // Sweden (issue 16): provisions in running prose.
    (Se, "Kommunfullmäktige beslutade med stöd av 5 kap. 1 § kommunallagen (2017:725) att", &["5 kap. 1 § kommunallagen (2017:725)|2017:725|kommunallagen (2017:725)|5|1|-|-"]),
    (Se, "Överklagandet avvisas med stöd av 45 § förvaltningslagen (2017:900).", &["45 § förvaltningslagen (2017:900)|2017:900|förvaltningslagen (2017:900)|-|45|-|-"]),
    (Se, "Nämnden delegerar beslut enligt 4 kap. 1 § SoL och 9 § LSS till", &["4 kap. 1 § SoL|2001:453|SoL|4|1|-|-", "9 § LSS|1993:387|LSS|-|9|-|-"]),
    (Se, "Bestämmelser om tillsyn finns i 26 kap. miljöbalken.", &["26 kap. miljöbalken|1998:808|miljöbalken|26|-|-|-"]),
    (Se, "Regeringen föreskriver följande med stöd av 8 kap. 7 § regeringsformen.", &["8 kap. 7 § regeringsformen|1974:152|regeringsformen|8|7|-|-"]),
    (Se, "I förordningen (2020:115) om försöksverksamhet finns undantag från 2 kap. 8 § skollagen (2010:800).", &["förordningen (2020:115) om försöksverksamhet|2020:115|förordningen (2020:115) om försöksverksamhet|-|-|-|-", "2 kap. 8 § skollagen (2010:800)|2010:800|skollagen (2010:800)|2|8|-|-"]),
    (Se, "Enligt 2 kap. 2 § andra stycket skollagen (2010:800) och 3 § skolförordningen (2011:185) ska", &["2 kap. 2 § andra stycket skollagen (2010:800)|2010:800|skollagen (2010:800)|2|2|2|-", "3 § skolförordningen (2011:185)|2011:185|skolförordningen (2011:185)|-|3|-|-"]),
    (Se, "beslut enligt 11 kap. 1 § socialtjänstlagen (2001:453) och 2 kap. 1 § LVU", &["11 kap. 1 § socialtjänstlagen (2001:453)|2001:453|socialtjänstlagen (2001:453)|11|1|-|-", "2 kap. 1 § LVU|1990:52|LVU|2|1|-|-"]),
    (Se, "Av 1 kap. 2 § första stycket regeringsformen framgår att den offentliga makten ska utövas", &["1 kap. 2 § första stycket regeringsformen|1974:152|regeringsformen|1|2|1|-"]),
    (Se, "Tillstånd krävs enligt 9 kap. 6 § miljöbalken och 1 kap. 10 § miljöprövningsförordningen (2013:251).", &["9 kap. 6 § miljöbalken|1998:808|miljöbalken|9|6|-|-", "1 kap. 10 § miljöprövningsförordningen (2013:251)|2013:251|miljöprövningsförordningen (2013:251)|1|10|-|-"]),
    (Se, "Bygglov krävs enligt 9 kap. 2 § första stycket 3 a plan- och bygglagen.", &["9 kap. 2 § första stycket 3 a plan- och bygglagen|2010:900|plan- och bygglagen|9|2|1|3 a"]),
    (Se, "Hovrätten fastställer tingsrättens dom i fråga om ansvar enligt 3 kap. 1 § brottsbalken.", &["3 kap. 1 § brottsbalken|1962:700|brottsbalken|3|1|-|-"]),
    (Se, "Den enskilde har rätt till bistånd enligt 4 kap. 1 § SoL för sin försörjning (försörjningsstöd).", &["4 kap. 1 § SoL|2001:453|SoL|4|1|-|-"]),
    (Se, "Uppgiften omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.", &["26 kap. 1 § offentlighets- och sekretesslagen|2009:400|offentlighets- och sekretesslagen|26|1|-|-"]),
    // Sweden (issue 16): long titles joined by "och" after a number stay whole.
    (Se, "enligt lagen (1993:387) om stöd och service till vissa funktionshindrade ska", &["lagen (1993:387) om stöd och service till vissa funktionshindrade|1993:387|lagen (1993:387) om stöd och service till vissa funktionshindrade|-|-|-|-"]),
    (Se, "9 § lagen (1993:387) om stöd och service till vissa funktionshindrade", &["9 § lagen (1993:387) om stöd och service till vissa funktionshindrade|1993:387|lagen (1993:387) om stöd och service till vissa funktionshindrade|-|9|-|-"]),
    (Se, "2 kap. 1 § lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap gäller", &["2 kap. 1 § lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap|2006:544|lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap|2|1|-|-"]),
    (Se, "Tillstånd enligt lagen (2010:1011) om brandfarliga och explosiva varor krävs.", &["lagen (2010:1011) om brandfarliga och explosiva varor|2010:1011|lagen (2010:1011) om brandfarliga och explosiva varor|-|-|-|-"]),
    (Se, "11 kap. 1 § lagen (2018:597) om kommunal bokföring och redovisning", &["11 kap. 1 § lagen (2018:597) om kommunal bokföring och redovisning|2018:597|lagen (2018:597) om kommunal bokföring och redovisning|11|1|-|-"]),
    (Se, "enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård ska", &["lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård|2017:612|lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård|-|-|-|-"]),
    (Se, "lagen (2011:1029) om upphandling på försvars- och säkerhetsområdet", &["lagen (2011:1029) om upphandling på försvars- och säkerhetsområdet|2011:1029|lagen (2011:1029) om upphandling på försvars- och säkerhetsområdet|-|-|-|-"]),
    (Se, "förordningen (2020:115) om försöksverksamhet med tillsyn och kontroll i kommuner.", &["förordningen (2020:115) om försöksverksamhet med tillsyn och kontroll i kommuner|2020:115|förordningen (2020:115) om försöksverksamhet med tillsyn och kontroll i kommuner|-|-|-|-"]),
    (Se, "lagen (2006:351) om genetisk integritet och kvalitet", &["lagen (2006:351) om genetisk integritet och kvalitet|2006:351|lagen (2006:351) om genetisk integritet och kvalitet|-|-|-|-"]),
    // Sweden (issue 16): what follows "och" after a title is not always part of it.
    (Se, "lagen (1993:387) om stöd och service till vissa funktionshindrade och socialtjänstlagen", &["lagen (1993:387) om stöd och service till vissa funktionshindrade|1993:387|lagen (1993:387) om stöd och service till vissa funktionshindrade|-|-|-|-", "socialtjänstlagen|2001:453|socialtjänstlagen|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och kommunen ska pröva", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och om beslutet överklagas", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och lag (2008:962) om valfrihetssystem", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-", "lag (2008:962) om valfrihetssystem|2008:962|lag (2008:962) om valfrihetssystem|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och en ansökan", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och Boverket", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och att", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och 4 kap. 1 § SoL", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-", "4 kap. 1 § SoL|2001:453|SoL|4|1|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och förordningen", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag, kommunallagen och skollagen", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-", "kommunallagen|2017:725|kommunallagen|-|-|-|-", "skollagen|2010:800|skollagen|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag, och", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    (Se, "lagen (2018:222) om bostadsanpassningsbidrag och inte", &["lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|-|-|-"]),
    // Denmark and Norway: titles joined by "og", lists and "m.v." after a number.
    (Dk, "lov nr. 501 af 6. juni 2007 om dag-, fritids- og klubtilbud m.v. til børn og unge, som", &["lov nr. 501 af 6. juni 2007 om dag-, fritids- og klubtilbud m.v. til børn og unge|lta/2007/501|lov nr. 501 af 6. juni 2007 om dag-, fritids- og klubtilbud m.v. til børn og unge|-|-|-|-"]),
    (Dk, "lov nr. 453 af 10. juni 1997 om retssikkerhed og administration på det sociale område og serviceloven", &["lov nr. 453 af 10. juni 1997 om retssikkerhed og administration på det sociale område|lta/1997/453|lov nr. 453 af 10. juni 1997 om retssikkerhed og administration på det sociale område|-|-|-|-", "serviceloven|lta/2020/1287|serviceloven|-|-|-|-"]),
    (Dk, "lov nr. 453 af 10. juni 1997 om retssikkerhed og borgerne", &["lov nr. 453 af 10. juni 1997 om retssikkerhed|lta/1997/453|lov nr. 453 af 10. juni 1997 om retssikkerhed|-|-|-|-"]),
    (No, "lov 17. juni 2005 nr. 62 om arbeidsmiljø, arbeidstid og stillingsvern mv. gjelder", &["lov 17. juni 2005 nr. 62 om arbeidsmiljø, arbeidstid og stillingsvern mv.|LOV-2005-06-17-62|lov 17. juni 2005 nr. 62 om arbeidsmiljø, arbeidstid og stillingsvern mv.|-|-|-|-"]),
    (No, "lov 17. juni 2005 nr. 62 om arbeidsmiljø og kommunen skal", &["lov 17. juni 2005 nr. 62 om arbeidsmiljø|LOV-2005-06-17-62|lov 17. juni 2005 nr. 62 om arbeidsmiljø|-|-|-|-"]),
    // Sweden, checked on real SFS text (se-lex, 2025-09-01), in sentences of our own: ranges
    // written "--", more stycken of the section just cited, a point before "13 a §", SFS
    // numbers with a space after the colon, acts cited by date and yearly number, EU acts
    // (CELEX), one-word names from the table of act names, where a title ends, amendment
    // notes (the amending act, on its own), and numbers that are not provisions.
    (Se, "Av 12--15 §§ framgår vad som gäller.", &["12|-|-|-|12|-|-", "15 §§|-|-|-|15|-|-"]),
    (Se, "Reglerna i 3 kap. 4--6 §§ ska tillämpas.", &["3 kap. 4|-|-|3|4|-|-", "6 §§|-|-|3|6|-|-"]),
    (Se, "Se 2 kap. 7--9 §§ och 11 § jordabalken.", &["2 kap. 7|1970:994|jordabalken|2|7|-|-", "9 §§|1970:994|jordabalken|2|9|-|-", "11 § jordabalken|1970:994|jordabalken|2|11|-|-"]),
    (Se, "enligt 5 kap. 2, 4--6 och 9 §§ miljöbalken", &["5 kap. 2|1998:808|miljöbalken|5|2|-|-", "4|1998:808|miljöbalken|5|4|-|-", "6|1998:808|miljöbalken|5|6|-|-", "9 §§ miljöbalken|1998:808|miljöbalken|5|9|-|-"]),
    (Se, "Bestämmelserna i 1--4 kap. gäller inte.", &["1|-|-|1|-|-|-", "4 kap.|-|-|4|-|-|-"]),
    (Se, "Bestämmelserna i 8 § andra -- fjärde styckena gäller.", &["8 § andra|-|-|-|8|2|-", "fjärde styckena|-|-|-|8|4|-"]),
    (Se, "enligt 3 § första stycket 1--4 lagen (2010:800)", &["3 § första stycket 1|2010:800|lagen (2010:800)|-|3|1|1", "4 lagen (2010:800)|2010:800|lagen (2010:800)|-|3|1|4"]),
    (Se, "Beslut enligt 14--18 §§ får överklagas.", &["14|-|-|-|14|-|-", "18 §§|-|-|-|18|-|-"]),
    (Se, "i 4 kap. 10--25, 27 och 30--38 §§ gruvlagen (1974:342)", &["4 kap. 10|1974:342|gruvlagen (1974:342)|4|10|-|-", "25|1974:342|gruvlagen (1974:342)|4|25|-|-", "27|1974:342|gruvlagen (1974:342)|4|27|-|-", "30|1974:342|gruvlagen (1974:342)|4|30|-|-", "38 §§ gruvlagen (1974:342)|1974:342|gruvlagen (1974:342)|4|38|-|-"]),
    (Se, "enligt 6 § första stycket 2 och andra stycket förvaltningslagen (2017:900)", &["6 § första stycket 2|2017:900|förvaltningslagen (2017:900)|-|6|1|2", "andra stycket förvaltningslagen (2017:900)|2017:900|förvaltningslagen (2017:900)|-|6|2|-"]),
    (Se, "enligt 9 § första stycket 3 eller tredje stycket delgivningslagen (2010:1932)", &["9 § första stycket 3|2010:1932|delgivningslagen (2010:1932)|-|9|1|3", "tredje stycket delgivningslagen (2010:1932)|2010:1932|delgivningslagen (2010:1932)|-|9|3|-"]),
    (Se, "enligt 2 kap. 4 § tredje stycket och fjärde stycket skollagen (2010:800)", &["2 kap. 4 § tredje stycket|2010:800|skollagen (2010:800)|2|4|3|-", "fjärde stycket skollagen (2010:800)|2010:800|skollagen (2010:800)|2|4|4|-"]),
    (Se, "enligt 7 § andra stycket 1 och 2 samt tredje stycket lagen (1994:1776) om skatt på energi", &["7 § andra stycket 1|1994:1776|lagen (1994:1776) om skatt på energi|-|7|2|1", "2|1994:1776|lagen (1994:1776) om skatt på energi|-|7|2|2", "tredje stycket lagen (1994:1776) om skatt på energi|1994:1776|lagen (1994:1776) om skatt på energi|-|7|3|-"]),
    (Se, "enligt 4 § första stycket 2, 3 eller 5 eller 6 a § första stycket sjölagen (1994:1009)", &["4 § första stycket 2|1994:1009|sjölagen (1994:1009)|-|4|1|2", "3|1994:1009|sjölagen (1994:1009)|-|4|1|3", "5|1994:1009|sjölagen (1994:1009)|-|4|1|5", "6 a § första stycket sjölagen (1994:1009)|1994:1009|sjölagen (1994:1009)|-|6 a|1|-"]),
    (Se, "enligt 3 kap. 2 § första stycket 1 eller 3 a § andra stycket föräldrabalken", &["3 kap. 2 § första stycket 1|1949:381|föräldrabalken|3|2|1|1", "3 a § andra stycket föräldrabalken|1949:381|föräldrabalken|3|3 a|2|-"]),
    (Se, "i 8 § första stycket 2 eller 9 kap. 1 § brottsbalken", &["8 § första stycket 2|1962:700|brottsbalken|-|8|1|2", "9 kap. 1 § brottsbalken|1962:700|brottsbalken|9|1|-|-"]),
    (Se, "enligt 19 § lagen (1979: 1118) om jämställdhet", &["19 § lagen (1979: 1118) om jämställdhet|1979:1118|lagen (1979: 1118) om jämställdhet|-|19|-|-"]),
    (Se, "förordningen (1982: 805) om ersättning till vittnen", &["förordningen (1982: 805) om ersättning till vittnen|1982:805|förordningen (1982: 805) om ersättning till vittnen|-|-|-|-"]),
    (Se, "enligt 4 kap. 8 § gruvlagen (1974: 342)", &["4 kap. 8 § gruvlagen (1974: 342)|1974:342|gruvlagen (1974: 342)|4|8|-|-"]),
    (Se, "Förordning (1990: 464).", &["Förordning (1990: 464)|1990:464|Förordning (1990: 464)|-|-|-|-"]),
    (Se, "enligt 3 § kungörelsen den 1 december 1967 (nr 721) om eftergift av skatt", &["3 § kungörelsen den 1 december 1967 (nr 721) om eftergift av skatt|1967:721|kungörelsen den 1 december 1967 (nr 721) om eftergift av skatt|-|3|-|-"]),
    (Se, "enligt lagen den 19 november 1965 (nr 908) om fartyg", &["lagen den 19 november 1965 (nr 908) om fartyg|1965:908|lagen den 19 november 1965 (nr 908) om fartyg|-|-|-|-"]),
    (Se, "jfr 2 kap. 25 § kungörelsen den 19 november 1965, nr 908, med föreskrifter", &["2 kap. 25 § kungörelsen den 19 november 1965, nr 908|1965:908|kungörelsen den 19 november 1965, nr 908|2|25|-|-"]),
    (Se, "I Europaparlamentets och rådets förordning (EU) 2016/679 finns bestämmelser.", &["förordning (EU) 2016/679|32016R0679|förordning (EU) 2016/679|-|-|-|-"]),
    (Se, "förordning (EG) nr 1907/2006 om registrering av kemikalier", &["förordning (EG) nr 1907/2006 om registrering av kemikalier|32006R1907|förordning (EG) nr 1907/2006 om registrering av kemikalier|-|-|-|-"]),
    (Se, "enligt direktiv 2006/123/EG om tjänster", &["direktiv 2006/123/EG om tjänster|32006L0123|direktiv 2006/123/EG om tjänster|-|-|-|-"]),
    (Se, "rådets direktiv 93/13/EEG av den 5 april 1993", &["direktiv 93/13/EEG|31993L0013|direktiv 93/13/EEG|-|-|-|-"]),
    (Se, "Europaparlamentets och rådets direktiv (EU) 2019/1937", &["direktiv (EU) 2019/1937|32019L1937|direktiv (EU) 2019/1937|-|-|-|-"]),
    (Se, "kommissionens beslut 2010/87/EU", &["beslut 2010/87/EU|32010D0087|beslut 2010/87/EU|-|-|-|-"]),
    (Se, "rådets förordning (EEG) nr 2913/92", &["förordning (EEG) nr 2913/92|31992R2913|förordning (EEG) nr 2913/92|-|-|-|-"]),
    (Se, "Sjölagen innehåller regler om fartyg.", &["Sjölagen|1994:1009|Sjölagen|-|-|-|-"]),
    (Se, "enligt 34 § sjömanslagen (1973:282)", &["34 § sjömanslagen (1973:282)|1973:282|sjömanslagen (1973:282)|-|34|-|-"]),
    (Se, "Anmälan enligt 2 § bisjukdomslagen (1974:211) görs hos länsstyrelsen.", &["2 § bisjukdomslagen (1974:211)|1974:211|bisjukdomslagen (1974:211)|-|2|-|-"]),
    (Se, "Anslagen till myndigheten minskas.", &[]),
    (Se, "Omslagen ska vara gröna.", &[]),
    (Se, "enligt 13 kap. 4 § patentlagen", &["13 kap. 4 § patentlagen|2024:945|patentlagen|13|4|-|-"]),
    (Se, "I 3 kap. 2 § årsredovisningslagen finns definitioner.", &["3 kap. 2 § årsredovisningslagen|1995:1554|årsredovisningslagen|3|2|-|-"]),
    (Se, "enligt 5 § räntelagen", &["5 § räntelagen|1975:635|räntelagen|-|5|-|-"]),
    (Se, "enligt 7 kap. 1 § upphovsrättslagen", &["7 kap. 1 § upphovsrättslagen|-|upphovsrättslagen|7|1|-|-"]),
    (Se, "enligt 2 kap. 1 § konkurslagen", &["2 kap. 1 § konkurslagen|1987:672|konkurslagen|2|1|-|-"]),
    (Se, "I 4 § körkortslagen anges kraven.", &["4 § körkortslagen|1998:488|körkortslagen|-|4|-|-"]),
    (Se, "enligt 12 § ellagen", &["12 § ellagen|-|ellagen|-|12|-|-"]),
    (Se, "enligt gruvförordningen (1992:285)", &["gruvförordningen (1992:285)|1992:285|gruvförordningen (1992:285)|-|-|-|-"]),
    (Se, "enligt lagen (1958:205) om förverkande av alkohol m.m. Belopp som tagits emot tillfaller staten.", &["lagen (1958:205) om förverkande av alkohol m.m.|1958:205|lagen (1958:205) om förverkande av alkohol m.m.|-|-|-|-"]),
    (Se, "enligt 13 kap. 1 § lagen (1976:600) om offentlig anställning i fråga om läkare", &["13 kap. 1 § lagen (1976:600) om offentlig anställning|1976:600|lagen (1976:600) om offentlig anställning|13|1|-|-"]),
    (Se, "enligt 25 §§ förordningen (1984:1039) om handläggning av ärenden också tillämpas", &["25 §§ förordningen (1984:1039) om handläggning av ärenden|1984:1039|förordningen (1984:1039) om handläggning av ärenden|-|25|-|-"]),
    (Se, "7 kap. 6 § förordningen (2001:650) om vägtrafikregister motsvarande tillämpning", &["7 kap. 6 § förordningen (2001:650) om vägtrafikregister|2001:650|förordningen (2001:650) om vägtrafikregister|7|6|-|-"]),
    (Se, "lagen (1987:672) om konkurs i tillämpliga delar", &["lagen (1987:672) om konkurs|1987:672|lagen (1987:672) om konkurs|-|-|-|-"]),
    (Se, "Kommunen ska pröva ansökan. Lag (2018:1406).", &["Lag (2018:1406)|2018:1406|Lag (2018:1406)|-|-|-|-"]),
    (Se, "Avgiften betalas i förskott. Förordning (2016:1188).", &["Förordning (2016:1188)|2016:1188|Förordning (2016:1188)|-|-|-|-"]),
    (Se, "Kungörelse (1974:123).", &["Kungörelse (1974:123)|1974:123|Kungörelse (1974:123)|-|-|-|-"]),
    (Se, "Talan väcks inom 30 dagar. Lag (1994:802)", &["Lag (1994:802)|1994:802|Lag (1994:802)|-|-|-|-"]),
    (Se, "Mellan 10 -- 12 gäller annat.", &[]),
    (Se, "Rummet ska vara 20--25 kvadratmeter.", &[]),
    (Se, "Kostnaden är 1 500--2 000 kronor.", &[]),
    (Se, "Protokollet 2019:12 är bifogat.", &[]),
    (Se, "Ärendet 4--6 maj 2020.", &[]),
    (Se, "Förslagen till lagen bereds.", &[]),
    (Se, "Vad som sägs i 20--24 §§ gäller även den som hyr ut.", &["20|-|-|-|20|-|-", "24 §§|-|-|-|24|-|-"]),
    (Se, "Av 6 kap. 1--3 §§ och 7 kap. 2 § socialförsäkringsbalken följer rätten.", &["6 kap. 1|2010:110|socialförsäkringsbalken|6|1|-|-", "3 §§|2010:110|socialförsäkringsbalken|6|3|-|-", "7 kap. 2 § socialförsäkringsbalken|2010:110|socialförsäkringsbalken|7|2|-|-"]),
    (Se, "Med stöd av 2--4 §§ förordningen (2011:185) får rektor besluta.", &["2|2011:185|förordningen (2011:185)|-|2|-|-", "4 §§ förordningen (2011:185)|2011:185|förordningen (2011:185)|-|4|-|-"]),
    (Se, "Uppgifterna i 10 kap. 3--5 §§ skollagen (2010:800) ska lämnas.", &["10 kap. 3|2010:800|skollagen (2010:800)|10|3|-|-", "5 §§ skollagen (2010:800)|2010:800|skollagen (2010:800)|10|5|-|-"]),
    (Se, "Föreskrifterna i 1--3 §§ samt 5 § lagen (2018:222) om bostadsanpassningsbidrag gäller.", &["1|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|1|-|-", "3 §§|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|3|-|-", "5 § lagen (2018:222) om bostadsanpassningsbidrag|2018:222|lagen (2018:222) om bostadsanpassningsbidrag|-|5|-|-"]),
    (Se, "Enligt 33--35 §§ förvaltningslagen ska beslutet motiveras.", &["33|2017:900|förvaltningslagen|-|33|-|-", "35 §§ förvaltningslagen|2017:900|förvaltningslagen|-|35|-|-"]),
    (Se, "I 11--13 kap. kommunallagen finns bestämmelser om ekonomi.", &["11|2017:725|kommunallagen|11|-|-|-", "13 kap. kommunallagen|2017:725|kommunallagen|13|-|-|-"]),
    (Se, "I 5 § första--tredje styckena anges villkoren.", &["5 § första|-|-|-|5|1|-", "tredje styckena|-|-|-|5|3|-"]),
    (Se, "Kommunen ska enligt 2 § första stycket 2 och tredje stycket socialtjänstlagen ge stöd.", &["2 § första stycket 2|2001:453|socialtjänstlagen|-|2|1|2", "tredje stycket socialtjänstlagen|2001:453|socialtjänstlagen|-|2|3|-"]),
    (Se, "Bidrag lämnas enligt 4 § andra stycket 3 eller fjärde stycket förordningen (2020:12).", &["4 § andra stycket 3|2020:12|förordningen (2020:12)|-|4|2|3", "fjärde stycket förordningen (2020:12)|2020:12|förordningen (2020:12)|-|4|4|-"]),
    (Se, "Den som avses i 7 kap. 3 § första stycket 1 och andra stycket brottsbalken döms.", &["7 kap. 3 § första stycket 1|1962:700|brottsbalken|7|3|1|1", "andra stycket brottsbalken|1962:700|brottsbalken|7|3|2|-"]),
    (Se, "I 12 § första stycket 4 eller 12 a § första stycket 2 förvaltningslagen anges undantag.", &["12 § första stycket 4|2017:900|förvaltningslagen|-|12|1|4", "12 a § första stycket 2 förvaltningslagen|2017:900|förvaltningslagen|-|12 a|1|2"]),
    (Se, "enligt 2 kap. 5 § första stycket 1, 2 eller 4 eller 6 b § plan- och bygglagen", &["2 kap. 5 § första stycket 1|2010:900|plan- och bygglagen|2|5|1|1", "2|2010:900|plan- och bygglagen|2|5|1|2", "4|2010:900|plan- och bygglagen|2|5|1|4", "6 b § plan- och bygglagen|2010:900|plan- och bygglagen|2|6 b|-|-"]),
    (Se, "Ersättning betalas enligt lagen (1991: 1047) om sjuklön.", &["lagen (1991: 1047) om sjuklön|1991:1047|lagen (1991: 1047) om sjuklön|-|-|-|-"]),
    (Se, "Enligt 5 § lagen (1962: 381) om allmän försäkring gäller detta.", &["5 § lagen (1962: 381) om allmän försäkring|1962:381|lagen (1962: 381) om allmän försäkring|-|5|-|-"]),
    (Se, "Se SFS 1998:808 och SFS 2010:800.", &["SFS 1998:808|1998:808|SFS 1998:808|-|-|-|-", "SFS 2010:800|2010:800|SFS 2010:800|-|-|-|-"]),
    (Se, "Bestämmelser finns i fordonskungörelsen (1972: 595).", &["fordonskungörelsen (1972: 595)|1972:595|fordonskungörelsen (1972: 595)|-|-|-|-"]),
    (Se, "enligt 8 § lagen den 3 juni 1938 (nr 274) om rätt till fiske", &["8 § lagen den 3 juni 1938 (nr 274) om rätt till fiske|1938:274|lagen den 3 juni 1938 (nr 274) om rätt till fiske|-|8|-|-"]),
    (Se, "Anstånd enligt förordningen den 12 maj 1950, nr 270, om taxering", &["förordningen den 12 maj 1950, nr 270|1950:270|förordningen den 12 maj 1950, nr 270|-|-|-|-"]),
    (Se, "Personuppgifter behandlas enligt förordning (EU) 2016/679 och dataskyddslagen.", &["förordning (EU) 2016/679|32016R0679|förordning (EU) 2016/679|-|-|-|-", "dataskyddslagen|2018:218|dataskyddslagen|-|-|-|-"]),
    (Se, "Märkningen följer förordning (EG) nr 1272/2008 om klassificering.", &["förordning (EG) nr 1272/2008 om klassificering|32008R1272|förordning (EG) nr 1272/2008 om klassificering|-|-|-|-"]),
    (Se, "Direktiv 2011/92/EU har genomförts i miljöbalken.", &["Direktiv 2011/92/EU|32011L0092|Direktiv 2011/92/EU|-|-|-|-", "miljöbalken|1998:808|miljöbalken|-|-|-|-"]),
    (Se, "Enligt direktiv (EU) 2015/1535 ska förslaget anmälas.", &["direktiv (EU) 2015/1535|32015L1535|direktiv (EU) 2015/1535|-|-|-|-"]),
    (Se, "rådets förordning (EG) nr 1/2003 om tillämpning av konkurrensreglerna", &["förordning (EG) nr 1/2003 om tillämpning av konkurrensreglerna|32003R0001|förordning (EG) nr 1/2003 om tillämpning av konkurrensreglerna|-|-|-|-"]),
    (Se, "Ett beslut enligt giftermålsbalken kan överklagas.", &["giftermålsbalken|1920:405|giftermålsbalken|-|-|-|-"]),
    (Se, "Enligt 16 § passlagen utfärdas pass.", &["16 § passlagen|1978:302|passlagen|-|16|-|-"]),
    (Se, "Frågan prövas enligt 4 kap. 2 § konkurslagen och 3 § räntelagen.", &["4 kap. 2 § konkurslagen|1987:672|konkurslagen|4|2|-|-", "3 § räntelagen|1975:635|räntelagen|-|3|-|-"]),
    (Se, "I 5 kap. 1 § sjölagen finns bestämmelser om fartygsregister.", &["5 kap. 1 § sjölagen|1994:1009|sjölagen|5|1|-|-"]),
    (Se, "Enligt körkortslagen krävs körkort.", &["körkortslagen|1998:488|körkortslagen|-|-|-|-"]),
    (Se, "Den som bryter mot 9 § vapenlagen döms till böter.", &["9 § vapenlagen|1996:67|vapenlagen|-|9|-|-"]),
    (Se, "Bestämmelserna i studiestödslagen gäller.", &["studiestödslagen|-|studiestödslagen|-|-|-|-"]),
    (Se, "Tullverket får enligt 2 § tullbefogenhetslagen undersöka varor.", &["2 § tullbefogenhetslagen|2024:710|tullbefogenhetslagen|-|2|-|-"]),
    (Se, "enligt 3 § sjömanslagen och 5 § sjölagen", &["3 § sjömanslagen|1973:282|sjömanslagen|-|3|-|-", "5 § sjölagen|1994:1009|sjölagen|-|5|-|-"]),
    (Se, "Bestämmelser om utbetalning finns i lagen (1982:805) om ersättning till vittnen m.m. Dessa gäller även tolkar.", &["lagen (1982:805) om ersättning till vittnen m.m.|1982:805|lagen (1982:805) om ersättning till vittnen m.m.|-|-|-|-"]),
    (Se, "Kostnaderna fördelas enligt lagen (1998:1000) om statlig ersättning i fråga om flyktingar.", &["lagen (1998:1000) om statlig ersättning|1998:1000|lagen (1998:1000) om statlig ersättning|-|-|-|-"]),
    (Se, "Avgift tas ut enligt förordningen (1992:191) om avgifter också för kopior.", &["förordningen (1992:191) om avgifter|1992:191|förordningen (1992:191) om avgifter|-|-|-|-"]),
    (Se, "Enligt lagen (1964:822) om naturvård i tillämpliga delar.", &["lagen (1964:822) om naturvård|1964:822|lagen (1964:822) om naturvård|-|-|-|-"]),
    (Se, "Myndigheten får inte lämna ut uppgifter enligt lagen (2009:400) om sekretess dock inte till domstol.", &["lagen (2009:400) om sekretess|2009:400|lagen (2009:400) om sekretess|-|-|-|-"]),
    (Se, "Lagen träder i kraft den 1 juli 2020. Lag (2020:456).", &["Lag (2020:456)|2020:456|Lag (2020:456)|-|-|-|-"]),
    (Se, "Texten ändrades senast genom Förordning (2021:1001).", &["Förordning (2021:1001)|2021:1001|Förordning (2021:1001)|-|-|-|-"]),
    (Se, "Avgiften är 300 kronor. Förordning (1991:1443)", &["Förordning (1991:1443)|1991:1443|Förordning (1991:1443)|-|-|-|-"]),
    (Se, "Beslagen egendom ska förvaras säkert.", &[]),
    (Se, "Förlagen ger ut böcker.", &[]),
    (Se, "Upplagen är slut.", &[]),
    (Se, "Öppettiderna är 8--16 på vardagar.", &[]),
    (Se, "Mätvärdena låg mellan 5--10 procent.", &[]),
    (Se, "Paragraf 12--15 i stadgan gäller.", &[]),
    (Se, "Projektet 2020/21:45 avslutades.", &[]),
    (Se, "enligt 17 § 1--3 och 5 förordningen (2013:253) om förbränning av avfall", &["17 § 1|2013:253|förordningen (2013:253) om förbränning av avfall|-|17|-|1", "3|2013:253|förordningen (2013:253) om förbränning av avfall|-|17|-|3", "5 förordningen (2013:253) om förbränning av avfall|2013:253|förordningen (2013:253) om förbränning av avfall|-|17|-|5"]),
    (Se, "enligt 4 § 2 och 3 lagen (1993:387)", &["4 § 2|1993:387|lagen (1993:387)|-|4|-|2", "3 lagen (1993:387)|1993:387|lagen (1993:387)|-|4|-|3"]),
    // Bare numbers after a whole section are its points when an act, another provision or
    // the end of a clause follows; an amount, a count or a list item's number is not.
    (Se, "Den som är skyldig enligt 5 § 1 eller 2, ska anmäla sig.", &["5 § 1|-|-|-|5|-|1", "2|-|-|-|5|-|2"]),
    (Se, "Avgift tas ut för åtgärder som avses i 12 § 1--3. Avgiften betalas i förskott.", &["12 § 1|-|-|-|12|-|1", "3|-|-|-|12|-|3"]),
    (Se, "enligt 4 kap. 6 § 2 och 5 kap. 1 § tredje stycket miljöbalken", &["4 kap. 6 § 2|1998:808|miljöbalken|4|6|-|2", "5 kap. 1 § tredje stycket miljöbalken|1998:808|miljöbalken|5|1|3|-"]),
    (Se, "Bestämmelserna i 40 § 1, 3 och 5 samt 41 och 42 §§ lagen (1987:667) om ekonomiska föreningar gäller.", &["40 § 1|1987:667|lagen (1987:667) om ekonomiska föreningar|-|40|-|1", "3|1987:667|lagen (1987:667) om ekonomiska föreningar|-|40|-|3", "5|1987:667|lagen (1987:667) om ekonomiska föreningar|-|40|-|5", "41|1987:667|lagen (1987:667) om ekonomiska föreningar|-|41|-|-", "42 §§ lagen (1987:667) om ekonomiska föreningar|1987:667|lagen (1987:667) om ekonomiska föreningar|-|42|-|-"]),
    (Se, "enligt 1 § 2 mom. 4 och 2 § 1 mom.", &["1 § 2 mom. 4|-|-|-|1|-|4|m2", "2 § 1 mom.|-|-|-|2|-|-|m1"]),
    (Se, "Räntan är 8 § 2 000 kronor.", &["8 §|-|-|-|8|-|-"]),
    (Se, "Han fick 3 § 12 dagar efter beslutet.", &["3 §|-|-|-|3|-|-"]),
    // A stycke on its own is the text's own section's, not one of another act cited before.
    (Se, "Regeringen får med stöd av 8 kap. 7 § regeringsformen meddela föreskrifter om uppgifterna enligt första stycket 2.", &["8 kap. 7 § regeringsformen|1974:152|regeringsformen|8|7|-|-"]),
    (Se, "Om en byggnad används i strid med 10 kap. 4 § plan- och bygglagen, gäller andra stycket.", &["10 kap. 4 § plan- och bygglagen|2010:900|plan- och bygglagen|10|4|-|-"]),
    (Se, "enligt 6 § 1. den som har fyllt 18 år", &["6 §|-|-|-|6|-|-"]),
    // A title without its number resolves from the table of SFS titles, also of an act no
    // longer in force; the longest title known wins, and the words after it are not its.
    (Se, "enligt 3 kap. 12--14 §§ lagen om allmän försäkring skola icke äga tillämpning", &["3 kap. 12|1962:381|lagen om allmän försäkring|3|12|-|-", "14 §§ lagen om allmän försäkring|1962:381|lagen om allmän försäkring|3|14|-|-"]),
    (Se, "Ersättning enligt lagen om yrkesskadeförsäkring lämnas inte.", &["lagen om yrkesskadeförsäkring|1954:243|lagen om yrkesskadeförsäkring|-|-|-|-"]),
    (Se, "Bestämmelser finns i 2 kap. 3 § lagen om internationellt polisiärt samarbete.", &["2 kap. 3 § lagen om internationellt polisiärt samarbete|2017:496|lagen om internationellt polisiärt samarbete|2|3|-|-"]),
    (Se, "enligt 9 a § första stycket lagen om tryggande av pensionsutfästelse m.m. ska", &["9 a § första stycket lagen om tryggande av pensionsutfästelse|1967:531|lagen om tryggande av pensionsutfästelse|-|9 a|1|-"]),
    (Se, "som avses i 4 § förordningen om internationellt polisiärt samarbete", &["4 § förordningen om internationellt polisiärt samarbete|2017:504|förordningen om internationellt polisiärt samarbete|-|4|-|-"]),
    // A list of moments, each a citation of its own with the act after the last one.
    (Se, "enligt 32 § 1 och 3 mom. kommunalskattelagen (1928:370)", &["32 § 1|1928:370|kommunalskattelagen (1928:370)|-|32|-|-|m1", "3 mom. kommunalskattelagen (1928:370)|1928:370|kommunalskattelagen (1928:370)|-|32|-|-|m3"]),
    (Se, "Vad som sägs i 7 § 1 och 2 mom. lagen (1947:576) om statlig inkomstskatt gäller", &["7 § 1|1947:576|lagen (1947:576) om statlig inkomstskatt|-|7|-|-|m1", "2 mom. lagen (1947:576) om statlig inkomstskatt|1947:576|lagen (1947:576) om statlig inkomstskatt|-|7|-|-|m2"]),
    (Se, "enligt 9 c § 2 eller 5 mom. kungörelsen den 14 december 1917 (nr 870) om landsfiskals dagbok", &["9 c § 2|1917:870|kungörelsen den 14 december 1917 (nr 870) om landsfiskals dagbok|-|9 c|-|-|m2", "5 mom. kungörelsen den 14 december 1917 (nr 870) om landsfiskals dagbok|1917:870|kungörelsen den 14 december 1917 (nr 870) om landsfiskals dagbok|-|9 c|-|-|m5"]),
    // Without "mom." the numbers after a section are its points.
    (Se, "enligt 4 § 1 och 2 gäller", &["4 § 1|-|-|-|4|-|1", "2|-|-|-|4|-|2"]),
    // Older acts number their points with letters.
    (Se, "enligt 53 § 1 mom. första stycket a kommunalskattelagen", &["53 § 1 mom. första stycket a kommunalskattelagen|1928:370|kommunalskattelagen|-|53|1|a|m1"]),
    (Se, "som avses i 19 § andra stycket b och c lagen (1947:576) om statlig inkomstskatt", &["19 § andra stycket b|1947:576|lagen (1947:576) om statlig inkomstskatt|-|19|2|b", "c lagen (1947:576) om statlig inkomstskatt|1947:576|lagen (1947:576) om statlig inkomstskatt|-|19|2|c"]),
    (Se, "Enligt 2 § andra stycket a-kassan gäller", &["2 § andra stycket|-|-|-|2|2|-"]),
    // An act with the provision right after it, as a form's field writes a reference, is one
    // citation; not across a full stop or a line, nor when the provision names its own act.
    (Se, "patientdatalagen (2008:355) 6 kap. 2 §", &["patientdatalagen (2008:355) 6 kap. 2 §|2008:355|patientdatalagen (2008:355)|6|2|-|-"]),
    (Se, "Undantag från skollagen 10 kap. 3 § andra stycket", &["skollagen 10 kap. 3 § andra stycket|2010:800|skollagen|10|3|2|-"]),
    (Se, "Lag (2018:1406). 5 § Om en kommun", &["Lag (2018:1406)|2018:1406|Lag (2018:1406)|-|-|-|-", "5 §|-|-|-|5|-|-"]),
    (Se, "Skollag (2010:800)\n1 § Skolväsendet omfattar", &["Skollag (2010:800)|2010:800|Skollag (2010:800)|-|-|-|-", "1 §|-|-|-|1|-|-"]),
    (Se, "enligt skollagen (2010:800) 2 § kommunallagen (2017:725)", &["skollagen (2010:800)|2010:800|skollagen (2010:800)|-|-|-|-", "2 § kommunallagen (2017:725)|2017:725|kommunallagen (2017:725)|-|2|-|-"]),
    // A title the table does not hold stays without an id, read up to its first preposition.
    (Se, "enligt 2 § lagen om särskilda åtgärder för hästar på bete", &["2 § lagen om särskilda åtgärder|-|lagen om särskilda åtgärder|-|2|-|-"]),
    // An act named by its year is the act of that name from that year, not the one that has
    // the name today; with none known from that year it stays unresolved.
    (Se, "Paragrafen motsvarar 1 § 1996 års säkerhetsskyddslag.", &["1 § 1996 års säkerhetsskyddslag|1996:627|1996 års säkerhetsskyddslag|-|1|-|-"]),
    (Se, "Enligt 24 § 1986 års förvaltningslag fick beslutet ändras.", &["24 § 1986 års förvaltningslag|1986:223|1986 års förvaltningslag|-|24|-|-"]),
    (Se, "Bestämmelsen motsvarar 7 kap. 1 § 1980 års sekretesslag.", &["7 kap. 1 § 1980 års sekretesslag|1980:100|1980 års sekretesslag|7|1|-|-"]),
    (Se, "Den motsvarar 2 kap. 1 § i 1985 års skollag.", &["2 kap. 1 § i 1985 års skollag|1985:1100|1985 års skollag|2|1|-|-"]),
    (Se, "Enligt 1991 års kommunallag gällde annat.", &["1991 års kommunallag|1991:900|1991 års kommunallag|-|-|-|-"]),
    (Se, "Enligt 8 kap. 2 § 1991 års kommunallag och 5 kap. 1 § kommunallagen (2017:725) gäller.", &["8 kap. 2 § 1991 års kommunallag|1991:900|1991 års kommunallag|8|2|-|-", "5 kap. 1 § kommunallagen (2017:725)|2017:725|kommunallagen (2017:725)|5|1|-|-"]),
    (Se, "enligt 6 § 1994 års lag om offentlig anställning", &["6 § 1994 års lag om offentlig anställning|1994:260|1994 års lag om offentlig anställning|-|6|-|-"]),
    (Se, "Enligt 1992 års lag om offentlig upphandling gällde.", &["1992 års lag om offentlig upphandling|1992:1528|1992 års lag om offentlig upphandling|-|-|-|-"]),
    (Se, "enligt 3 kap. 2 § första stycket 1980 års socialtjänstlag", &["3 kap. 2 § första stycket 1980 års socialtjänstlag|1980:620|1980 års socialtjänstlag|3|2|1|-"]),
    (Se, "enligt 1 kap. 9 § 1974 års regeringsform", &["1 kap. 9 § 1974 års regeringsform|1974:152|1974 års regeringsform|1|9|-|-"]),
    (Se, "enligt 12 § 1947 års byggnadslag", &["12 § 1947 års byggnadslag|1947:385|1947 års byggnadslag|-|12|-|-"]),
    (Se, "Bestämmelsen infördes genom 2010 års skollag, se 10 kap. 3 § samma lag.", &["2010 års skollag|2010:800|2010 års skollag|-|-|-|-", "10 kap. 3 § samma lag|2010:800|2010 års skollag|10|3|-|-"]),
    (Se, "Redan 1809 års regeringsform reglerade detta.", &["1809 års regeringsform|-|1809 års regeringsform|-|-|-|-"]),
    (Se, "Motsvarar 2 kap. 1 § i 1962 års skollag.", &["2 kap. 1 § i 1962 års skollag|-|1962 års skollag|2|1|-|-"]),
    // A foreign act named by its year is no Swedish act of today's name.
    (Se, "enligt avdelning 25 punkt 7 i 1948 års inkomstskattelag", &["1948 års inkomstskattelag|-|1948 års inkomstskattelag|-|-|-|-"]),
    // "1986 års lag" without a name refers back to an act this text cannot tell.
    (Se, "Enligt 5 § 1986 års lag gällde annat.", &["5 §|-|-|-|5|-|-"]),
    (Se, "Enligt 2019 års ändringar i skollagen gäller annat.", &["skollagen|2010:800|skollagen|-|-|-|-"]),
    (Se, "Enligt 2021 års förslag gäller detta.", &[]),
    (Se, "Regeringen lämnade 2020 års budgetproposition.", &[]),
    (Se, "Det var 1998 års lagstiftning som ändrades.", &[]),
    (Se, "Enligt 2018 års anslag och 2019 års underlag.", &[]),
    // "jämfört med" joins provisions that share the act after the last one.
    (Se, "Enligt 20 kap. 2 § tredje stycket jämförd med 23 kap. 1 § ABL.", &["20 kap. 2 § tredje stycket|2005:551|ABL|20|2|3|-", "23 kap. 1 § ABL|2005:551|ABL|23|1|-|-"]),
    (Se, "den som bryter mot 17 § tredje stycket jämfört med 38 § första stycket fordonskungörelsen (1972:595) döms", &["17 § tredje stycket|1972:595|fordonskungörelsen (1972:595)|-|17|3|-", "38 § första stycket fordonskungörelsen (1972:595)|1972:595|fordonskungörelsen (1972:595)|-|38|1|-"]),
    (Se, "enligt 5 § jämfört med lagens syfte", &["5 §|-|-|-|5|-|-"]),
    // Chapter and section with a colon, next to the act, as court decisions write them.
    (Se, "Enligt 29:5 BrB ska rätten beakta omständigheterna.", &["29:5 BrB|1962:700|BrB|29|5|-|-"]),
    (Se, "Enligt BrB 3:1 döms den som berövar annan livet.", &["BrB 3:1|1962:700|BrB|3|1|-|-"]),
    (Se, "Resning enligt RB 58:1 p. 4 beviljades.", &["RB 58:1 p. 4|1942:740|RB|58|1|-|4"]),
    (Se, "Se SoL 4:1 första stycket.", &["SoL 4:1 första stycket|2001:453|SoL|4|1|1|-"]),
    (Se, "Rätten tillämpade 4:1 och 4:2 BrB.", &["4:1|1962:700|BrB|4|1|-|-", "4:2 BrB|1962:700|BrB|4|2|-|-"]),
    (Se, "se t.ex. rättegångsbalken 50:30, 51:30 och 52:13;", &["rättegångsbalken 50:30|1942:740|rättegångsbalken|50|30|-|-", "51:30|1942:740|rättegångsbalken|51|30|-|-", "52:13|1942:740|rättegångsbalken|52|13|-|-"]),
    (Se, "Mötet börjar kl. 10:30 och slutar 12:00.", &[]),
    (Se, "Förhållandet var 3:1 i båda fallen.", &[]),
    (Se, "Se prop. 2016/17:180 s. 289 och SOU 2015:24 s. 35 samt dir. 2018:47.", &[]),
    // Points abbreviated after a list of their numbers.
    (Se, "Enligt 3 kap. 1 § 1 st. 1 och 2 p. RB gäller.", &["3 kap. 1 § 1 st. 1|1942:740|RB|3|1|1|1", "2 p. RB|1942:740|RB|3|1|1|2"]),
];

/// A case with a context: jurisdiction, the context's act id, act name, chapter and section,
/// the text, and the expected citations.
type ContextCase = (
    Jurisdiction,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

#[rustfmt::skip]
const CONTEXT_CASES: &[ContextCase] = &[
    (No, "LOV-2018-06-22-83", "kommuneloven", "-", "5", "Vilkåret i første ledd gjelder.", &["første ledd|LOV-2018-06-22-83|kommuneloven|-|5|1|-"]),
    (No, "LOV-2018-06-22-83", "kommuneloven", "-", "5", "§ 3 i loven", &["§ 3 i loven|LOV-2018-06-22-83|kommuneloven|-|3|-|-"]),
    (No, "LOV-2018-06-22-83", "kommuneloven", "-", "5", "etter § 7", &["§ 7|LOV-2018-06-22-83|kommuneloven|-|7|-|-"]),
    (No, "LOV-2018-06-22-83", "kommuneloven", "-", "5", "husleieloven § 2. Andre ledd gjelder", &["husleieloven § 2|LOV-1999-03-26-17|husleieloven|-|2|-|-", "Andre ledd|LOV-1999-03-26-17|husleieloven|-|2|2|-"]),
    (No, "LOV-2018-06-22-83", "kommuneloven", "-", "5", "§ 3 i denne loven", &["§ 3 i denne loven|LOV-2018-06-22-83|kommuneloven|-|3|-|-"]),
    (Dk, "lta/2020/1287", "serviceloven", "-", "83", "stk. 2", &["stk. 2|lta/2020/1287|serviceloven|-|83|2|-"]),
    (Dk, "lta/2020/1287", "serviceloven", "-", "83", "De i stk. 1, nr. 3, nævnte", &["stk. 1, nr. 3|lta/2020/1287|serviceloven|-|83|1|3"]),
    (Dk, "lta/2020/1287", "serviceloven", "-", "83", "§ 5, stk. 2", &["§ 5, stk. 2|lta/2020/1287|serviceloven|-|5|2|-"]),
    (Dk, "lta/2020/1287", "serviceloven", "-", "83", "§ 3 i denne lov", &["§ 3 i denne lov|lta/2020/1287|serviceloven|-|3|-|-"]),
    (Dk, "lta/2020/1287", "serviceloven", "-", "83", "lovens § 5", &["lovens § 5|lta/2020/1287|serviceloven|-|5|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "första stycket", &["första stycket|2017:725|kommunallagen|2|4|1|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "tredje stycket 2", &["tredje stycket 2|2017:725|kommunallagen|2|4|3|2"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "3 § denna lag", &["3 § denna lag|2017:725|kommunallagen|-|3|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "andra och tredje stycket", &["andra|2017:725|kommunallagen|2|4|2|-", "tredje stycket|2017:725|kommunallagen|2|4|3|-"]),    (Se, "2017:725", "kommunallagen", "2", "4", "föregående stycke", &["föregående stycke|2017:725|kommunallagen|2|4|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "5 § i samma kapitel", &["5 § i samma kapitel|2017:725|kommunallagen|2|5|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "8 § samma lag", &["8 § samma lag|2017:725|kommunallagen|-|8|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "3 kap. 1 § denna lag", &["3 kap. 1 § denna lag|2017:725|kommunallagen|3|1|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "6 § andra stycket", &["6 § andra stycket|2017:725|kommunallagen|-|6|2|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "enligt 4 kap. 2 § brottsbalken och 3 § samma lag", &["4 kap. 2 § brottsbalken|1962:700|brottsbalken|4|2|-|-", "3 § samma lag|1962:700|brottsbalken|-|3|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "andra stycket 3", &["andra stycket 3|2017:725|kommunallagen|2|4|2|3"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "första stycket 2 och 3", &["första stycket 2|2017:725|kommunallagen|2|4|1|2", "3|2017:725|kommunallagen|2|4|1|3"]),
    (Se, "2011:185", "skolförordningen", "-", "3", "10 § denna förordning", &["10 § denna förordning|2011:185|skolförordningen|-|10|-|-"]),
    (Se, "1962:700", "brottsbalken", "3", "1", "5 § denna balk", &["5 § denna balk|1962:700|brottsbalken|-|5|-|-"]),
    (Se, "1958:663", "hälsovårdsstadgan", "-", "4", "12 § denna stadga", &["12 § denna stadga|1958:663|hälsovårdsstadgan|-|12|-|-"]),
    (Se, "1962:700", "brottsbalken", "3", "1", "2 § tredje stycket i samma kapitel", &["2 § tredje stycket i samma kapitel|1962:700|brottsbalken|3|2|3|-"]),
    (Se, "2001:453", "socialtjänstlagen", "4", "1", "andra meningen i föregående stycke", &["föregående stycke|2001:453|socialtjänstlagen|4|1|-|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "Av 3 kap. 1 § skollagen följer att första stycket inte gäller.", &["3 kap. 1 § skollagen|2010:800|skollagen|3|1|-|-", "första stycket|2017:725|kommunallagen|2|4|1|-"]),
    (Se, "2017:725", "kommunallagen", "2", "4", "Bestämmelsen i 6 § gäller inte fall som avses i tredje stycket.", &["6 §|2017:725|kommunallagen|-|6|-|-", "tredje stycket|2017:725|kommunallagen|2|4|3|-"]),
];

fn opt(field: &str) -> Option<String> {
    (field != "-").then(|| field.to_string())
}

/// Renders a citation in the table's compact form.
fn compact(c: &Citation) -> String {
    let f = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
    let moment = c.moment.map(|m| format!("|m{m}")).unwrap_or_default();
    format!(
        "{}|{}|{}|{}|{}|{}|{}{moment}",
        c.text,
        f(&c.act.id),
        f(&c.act.name),
        f(&c.chapter),
        f(&c.section),
        c.subsection.map_or("-".to_string(), |n| n.to_string()),
        f(&c.item),
    )
}

fn check(
    j: Jurisdiction,
    text: &str,
    context: Option<&Context>,
    expected: &[&str],
    failures: &mut Vec<String>,
) {
    let index = index();
    let found = find_citations(text, j, &index, context);
    for c in &found {
        if text.get(c.start..c.end) != Some(c.text.as_str()) {
            failures.push(format!(
                "{j:?} {text:?}: span {}..{} is not {:?}",
                c.start, c.end, c.text
            ));
        }
    }
    let got: Vec<String> = found.iter().map(compact).collect();
    if got != expected {
        failures.push(format!(
            "{j:?} {text:?}\n   expected {expected:?}\n   got      {got:?}"
        ));
    }
}

/// Every case of the table, with its context if it has one.
fn all_cases() -> Vec<(
    Jurisdiction,
    &'static str,
    Option<Context>,
    &'static [&'static str],
)> {
    let plain = CASES
        .iter()
        .map(|(j, text, expected)| (*j, *text, None, *expected));
    let with_context =
        CONTEXT_CASES
            .iter()
            .map(|(j, id, name, chapter, section, text, expected)| {
                let context = Context {
                    act: Some(ActRef {
                        id: opt(id),
                        name: opt(name),
                    }),
                    chapter: opt(chapter),
                    section: opt(section),
                };
                (*j, *text, Some(context), *expected)
            });
    plain.chain(with_context).collect()
}

#[test]
fn citation_table() {
    let mut failures = Vec::new();
    for (j, text, context, expected) in all_cases() {
        check(j, text, context.as_ref(), expected, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn table_covers_each_language() {
    for j in [No, Dk, Se] {
        let count = CASES.iter().filter(|c| c.0 == j).count()
            + CONTEXT_CASES.iter().filter(|c| c.0 == j).count();
        assert!(count >= 60, "{j:?} has only {count} cases");
    }
}

#[test]
fn serialises_in_the_agreed_shape() {
    let found = find_citations("husleieloven § 9-8 første ledd", No, &index(), None);
    let json = serde_json::to_value(&found).expect("citations serialise");
    assert_eq!(
        json,
        serde_json::json!([{
            "start": 0,
            "end": 32,
            "text": "husleieloven § 9-8 første ledd",
            "act": {"id": "LOV-1999-03-26-17", "name": "husleieloven"},
            "chapter": null,
            "section": "9-8",
            "subsection": 1,
            "item": null
        }])
    );
}

#[test]
fn offsets_are_bytes() {
    let text = "Være § 3 og så «§ 4».";
    let found = find_citations(text, No, &index(), None);
    let spans: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
    assert_eq!(spans, vec![(6, 10), (20, 24)]);
}

#[test]
fn names_match_across_forms() {
    for (a, b) in [
        ("husleieloven", "Husleielova"),
        ("husleieloven", "husleielovens"),
        ("husleieloven", "husleielov"),
        ("kommunallagen", "kommunallag"),
        ("kommunallagen", "kommunallagens"),
        ("plan- og bygningsloven", "plan– og  bygningsloven"),
    ] {
        assert_eq!(normalize_name(a), normalize_name(b), "{a} / {b}");
    }
}

/// What a citation points to, for scoring: the act's id and the levels below it, without
/// the span or the act's name as written.
fn target(compact: &str) -> String {
    let fields: Vec<&str> = compact.split('|').collect();
    let mut key: Vec<&str> = fields.iter().skip(3).copied().collect();
    key.insert(0, fields.get(1).copied().unwrap_or("-"));
    key.join("|")
}

/// Precision, recall and F1 of the parser over the Swedish cases of the table, counting a
/// found citation as right when its act, chapter, section, stycke, moment and punkt all
/// agree with an expected one. Run with `--nocapture` to see the figures.
#[test]
fn swedish_scores() {
    let index = index();
    let (mut right, mut found_total, mut expected_total) = (0usize, 0usize, 0usize);
    for (j, text, context, expected) in all_cases() {
        if j != Se {
            continue;
        }
        let mut wanted: Vec<String> = expected.iter().map(|e| target(e)).collect();
        expected_total += wanted.len();
        for c in find_citations(text, j, &index, context.as_ref()) {
            found_total += 1;
            if let Some(at) = wanted.iter().position(|w| *w == target(&compact(&c))) {
                wanted.swap_remove(at);
                right += 1;
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let precision = ratio(right, found_total);
    let recall = ratio(right, expected_total);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    println!(
        "Swedish citations: {expected_total} expected, {found_total} found, {right} right; \
         P {precision:.3}, R {recall:.3}, F1 {f1:.3}"
    );
    assert!(f1 >= 0.95, "F1 {f1:.3} is below 0.95");
}
