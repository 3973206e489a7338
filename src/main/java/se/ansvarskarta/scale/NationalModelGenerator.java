package se.ansvarskarta.scale;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, synthetic model of all Swedish municipalities and their IT federations
 * in the model file format (version 1, {@code model-format.md}), as YAML or JSON, for load and
 * scale tests.
 *
 * <p>At scale 1.0 the model has 290 municipalities in 60 federations, about 45,000 systems,
 * 128,000 infrastructure nodes, 218,000 nodes in all and 755,000 {@code DEPENDS_ON} and
 * {@code MEMBER} edges, with the gaps an audit looks for: vacant roles, missing responsibilities, stale or
 * missing classifications, overdue risks, expired agreements and a few dependency cycles.
 * Municipality names and national services are real; suppliers, products and people are made up.
 *
 * <p>The same scale and seed always give byte-identical output. The graph's structure (which
 * system runs where, what depends on what) is built once into int arrays; names, dates and the
 * other entries are drawn while writing from one random stream per section, so {@link #counts()}
 * walks exactly the entries {@link #write} writes, without any text.
 */
public final class NationalModelGenerator {

    /** Output format. */
    public enum Format { YAML, JSON }

    /**
     * What a generated model holds. {@code nodes} counts every entry with an id (not the model
     * node); {@code relationships} counts the relationships an import creates (responsibilities
     * included, one each), {@code relationshipsByType} the same per type in {@code PRODUCT.md}'s order.
     */
    public record Counts(int nodes, int relationships, int systems, int infrastructure,
            int dependsOnEdges, int memberEdges, int organisations, int bodies, int roles,
            int informationTypes, int risks, int riskAnalyses, int documents, int agreements,
            int responsibilities, Map<String, Integer> relationshipsByType) {

        /** {@code DEPENDS_ON} plus {@code MEMBER} edges, the ones closures follow. */
        public int closureEdges() {
            return dependsOnEdges + memberEdges;
        }
    }

    static final String USAGE =
            "Usage: generate [--scale 1.0] [--seed 42] [--format yaml|json] [--out FILE]";
    static final double MAX_SCALE = 20.0;

    // ---------------------------------------------------------------------------------------------
    // Reference data
    // ---------------------------------------------------------------------------------------------

    /** The 290 municipalities, county by county, so that neighbours end up in one federation. */
    static final String[] MUNICIPALITIES = {
        // Stockholms län
        "Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka",
        "Norrtälje", "Nykvarn", "Nynäshamn", "Salem", "Sigtuna", "Sollentuna", "Solna", "Stockholm",
        "Sundbyberg", "Södertälje", "Tyresö", "Täby", "Upplands Väsby", "Upplands-Bro", "Vallentuna",
        "Vaxholm", "Värmdö", "Österåker",
        // Uppsala län
        "Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar",
        // Södermanlands län
        "Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa",
        "Vingåker",
        // Östergötlands län
        "Boxholm", "Finspång", "Kinda", "Linköping", "Mjölby", "Motala", "Norrköping", "Söderköping",
        "Vadstena", "Valdemarsvik", "Ydre", "Åtvidaberg", "Ödeshög",
        // Jönköpings län
        "Aneby", "Eksjö", "Gislaved", "Gnosjö", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Sävsjö",
        "Tranås", "Vaggeryd", "Vetlanda", "Värnamo",
        // Kronobergs län
        "Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult",
        // Kalmar län
        "Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro",
        "Oskarshamn", "Torsås", "Vimmerby", "Västervik",
        // Gotlands län
        "Gotland",
        // Blekinge län
        "Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg",
        // Skåne län
        "Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg", "Hässleholm", "Höganäs",
        "Hörby", "Höör", "Klippan", "Kristianstad", "Kävlinge", "Landskrona", "Lomma", "Lund", "Malmö",
        "Osby", "Perstorp", "Simrishamn", "Sjöbo", "Skurup", "Staffanstorp", "Svalöv", "Svedala",
        "Tomelilla", "Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm", "Örkelljunga",
        "Östra Göinge",
        // Hallands län
        "Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg",
        // Västra Götalands län
        "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
        "Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda",
        "Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark",
        "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara", "Skövde", "Sotenäs",
        "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm", "Tjörn", "Tranemo",
        "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda", "Vänersborg", "Åmål",
        "Öckerö",
        // Värmlands län
        "Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil",
        "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng",
        // Örebro län
        "Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg",
        "Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
        // Västmanlands län
        "Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala",
        "Skinnskatteberg", "Surahammar", "Västerås",
        // Dalarnas län
        "Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen",
        "Mora", "Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro", "Älvdalen",
        // Gävleborgs län
        "Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker",
        "Sandviken", "Söderhamn",
        // Västernorrlands län
        "Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik",
        // Jämtlands län
        "Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund",
        // Västerbottens län
        "Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå",
        "Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele",
        // Norrbottens län
        "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna",
        "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå"
    };

    private static final Set<String> CITIES = Set.of("Stockholm", "Göteborg", "Malmö", "Solna",
            "Sundbyberg", "Västerås", "Borås", "Vaxholm", "Lidingö", "Helsingborg", "Mölndal",
            "Trollhättan");

    /** Suppliers (made up, except the two platform vendors), companies and authorities. */
    private static final String[][] OTHER_ORGS = {
        {"lev-lonevis", "Lönevis AB", "supplier"},
        {"lev-ekonomera", "Ekonomera AB", "supplier"},
        {"lev-skolsystem", "Skolsystem Norden AB", "supplier"},
        {"lev-larplatt", "Lärplattan AB", "supplier"},
        {"lev-omsorgsdata", "Omsorgsdata AB", "supplier"},
        {"lev-socialsys", "Socialsystem i Sverige AB", "supplier"},
        {"lev-vardkedjan", "Vårdkedjan AB", "supplier"},
        {"lev-arkivia", "Arkivia AB", "supplier"},
        {"lev-diariet", "Diariet Software AB", "supplier"},
        {"lev-kartkraft", "Kartkraft AB", "supplier"},
        {"lev-byggarenden", "Byggärenden AB", "supplier"},
        {"lev-miljotillsyn", "Miljötillsyn Norr AB", "supplier"},
        {"lev-bibliotekssys", "Biblioteksdata AB", "supplier"},
        {"lev-fastighetsdata", "Fastighetsdata Syd AB", "supplier"},
        {"lev-eforvaltning", "E-förvaltning Sverige AB", "supplier"},
        {"lev-webbhuset", "Webbhuset Kommun AB", "supplier"},
        {"lev-planera", "Planera Styrning AB", "supplier"},
        {"lev-servicedesk", "Servicedesk Nordic AB", "supplier"},
        {"lev-integra", "Integra Kommun AB", "supplier"},
        {"lev-driftpartner", "Driftpartner Sverige AB", "supplier"},
        {"lev-hardvaruhuset", "Hårdvaruhuset AB", "supplier"},
        {"lev-natverkarna", "Nätverkarna AB", "supplier"},
        {"lev-stadsfiber", "Stadsfiber AB", "supplier"},
        {"lev-operator", "Nordoperatören AB", "supplier"},
        {"lev-larmtjanst", "Larmtjänst Omsorg AB", "supplier"},
        {"lev-nyckelfri", "Nyckelfri Omsorg AB", "supplier"},
        {"lev-schemalagd", "Schemalagd AB", "supplier"},
        {"lev-rehabdata", "Rehabdata AB", "supplier"},
        {"lev-microsoft", "Microsoft AB", "supplier"},
        {"lev-google", "Google Sweden AB", "supplier"},
        {"bol-inera", "Inera AB", "company"},
        {"bol-bankid", "Finansiell ID-Teknik BID AB", "company"},
        {"bol-freja", "Freja eID Group AB", "company"},
        {"bol-kivra", "Kivra AB", "company"},
        {"bol-bankgirot", "Bankgirot AB", "company"},
        {"myn-mcf", "Myndigheten för civilt försvar", "authority"},
        {"myn-imy", "Integritetsskyddsmyndigheten", "authority"},
        {"myn-digg", "Myndigheten för digital förvaltning", "authority"},
        {"myn-skv", "Skatteverket", "authority"},
        {"myn-fk", "Försäkringskassan", "authority"},
        {"myn-lm", "Lantmäteriet", "authority"},
    };

    /** National services: code|name|kind|supplier id|dependencies. */
    private static final String[] NATIONAL_TABLE = {
        "entra|Microsoft Entra ID|cloud|lev-microsoft|",
        "m365|Microsoft 365|cloud|lev-microsoft|entra",
        "exchange|Exchange Online|cloud|lev-microsoft|entra,m365",
        "teams|Microsoft Teams|cloud|lev-microsoft|entra,m365",
        "intune|Microsoft Intune|cloud|lev-microsoft|entra",
        "defender|Microsoft Defender for Endpoint|cloud|lev-microsoft|entra",
        "azure|Microsoft Azure (Sverige Central)|cloud|lev-microsoft|",
        "gcloud|Google Cloud (Europa)|cloud|lev-google|",
        "bankid|BankID|service|bol-bankid|",
        "freja|Freja eID|service|bol-freja|",
        "skolfed|Skolfederation|service||",
        "siths|SITHS e-tjänstekort|service|bol-inera|",
        "tp|Ineras tjänsteplattform|service|bol-inera|siths",
        "npo|Nationell patientöversikt (NPÖ)|service|bol-inera|tp,siths",
        "pascal|Pascal läkemedelsordination|service|bol-inera|tp,siths",
        "e1177|1177 e-tjänster|service|bol-inera|tp,bankid",
        "minameddelanden|Mina meddelanden|service|myn-digg|kivra",
        "kivra|Kivra digital brevlåda|service|bol-kivra|minameddelanden",
        "sdk|Säker digital kommunikation (SDK)|service|myn-digg|",
        "peppol|Peppol e-faktura|service|myn-digg|",
        "eidas|eIDAS-nod Sverige|service|myn-digg|",
        "navet|Navet folkbokföringsavisering|service|myn-skv|",
        "spar|SPAR personadressregister|service|myn-skv|",
        "ssbtek|SSBTEK uppgiftsinhämtning|service|myn-fk|",
        "rakel|Rakel|service|myn-mcf|",
        "wis|WIS webbaserat informationssystem|service|myn-mcf|",
        "kartor|Lantmäteriets geodatatjänster|service|myn-lm|",
        "bgc|Bankgirots betaltjänster|service|bol-bankgirot|",
        "isp-stadsfiber|Internetförbindelse Stadsfiber|service|lev-stadsfiber|",
        "isp-nordop|Internetförbindelse Nordoperatören|service|lev-operator|",
        "sms|SMS-utskickstjänst|service|lev-operator|",
        "driftpartner-dc|Driftpartner datacenter|cloud|lev-driftpartner|",
        "backupcloud|Säkerhetskopiering som tjänst|cloud|lev-driftpartner|driftpartner-dc",
        "lonevis-moln|Lönevis molntjänst|cloud|lev-lonevis|driftpartner-dc",
        "ekonomera-moln|Ekonomera molntjänst|cloud|lev-ekonomera|azure",
        "skolsystem-moln|Skolsystem Norden molntjänst|cloud|lev-skolsystem|azure",
        "larplatt-moln|Lärplattan molntjänst|cloud|lev-larplatt|gcloud",
        "omsorgsdata-moln|Omsorgsdata molntjänst|cloud|lev-omsorgsdata|driftpartner-dc",
        "socialsys-moln|Socialsystem molntjänst|cloud|lev-socialsys|driftpartner-dc",
        "vardkedjan-moln|Vårdkedjan molntjänst|cloud|lev-vardkedjan|driftpartner-dc",
        "arkivia-moln|Arkivia molntjänst|cloud|lev-arkivia|azure",
        "kartkraft-moln|Kartkraft molntjänst|cloud|lev-kartkraft|",
        "byggarenden-moln|Byggärenden molntjänst|cloud|lev-byggarenden|driftpartner-dc",
        "planera-moln|Planera molntjänst|cloud|lev-planera|azure",
        "servicedesk-moln|Servicedesk Nordic molntjänst|cloud|lev-servicedesk|",
        "webbhuset-moln|Webbhuset molntjänst|cloud|lev-webbhuset|",
        "eforvaltning-moln|E-förvaltning molntjänst|cloud|lev-eforvaltning|azure",
        "rehabdata-moln|Rehabdata molntjänst|cloud|lev-rehabdata|driftpartner-dc",
        "larmtjanst-moln|Larmtjänst molntjänst|cloud|lev-larmtjanst|",
        "bibliotekssys-moln|Biblioteksdata molntjänst|cloud|lev-bibliotekssys|",
    };

    static final String[] AREAS = {"Kommunledning", "Ekonomi", "HR och lön", "Förskola och skola",
            "Gymnasium och vuxenutbildning", "Socialtjänst", "Vård och omsorg", "Samhällsbyggnad",
            "Miljö och hälsoskydd", "Kultur och fritid", "Teknik och fastighet", "IT och kommunikation"};
    private static final String[] AREA_CODES = {"kl", "eko", "hr", "skola", "gvux", "soc", "vo",
            "sbf", "miljo", "kof", "tof", "it"};
    /** Systems per area for a municipality with 150 systems. */
    private static final int[] AREA_WEIGHTS = {14, 10, 8, 24, 10, 16, 16, 12, 6, 10, 12, 12};
    private static final int KL = 0, EKO = 1, HR = 2, TOF = 10, IT = 11;
    /** National services an area's systems sometimes use on top of their product's own. */
    private static final String[] AREA_NATIONAL = {"bankid,freja,minameddelanden,sdk,eidas",
            "peppol,bgc", "navet,spar,bankid", "skolfed,navet,m365", "skolfed,navet",
            "ssbtek,navet,spar,sdk", "npo,pascal,siths,tp", "kartor,bankid", "kartor,bankid",
            "bankid,sms", "sms,kartor", "entra,m365,defender,intune,teams,exchange"};

    /** Product catalogue per area: name|supplier|deployment modes (H hosted, S SaaS, L local)|national services. */
    private static final String[][] CATALOGUE = {
        { // Kommunledning
            "Ärendehantering och diarium|diariet|HS|sdk", "E-arkiv|arkivia|HS|",
            "Nämndadministration|diariet|HS|", "E-tjänsteplattform|eforvaltning|HS|bankid,freja,minameddelanden",
            "Extern webbplats|webbhuset|S|", "Intranät|webbhuset|HS|entra",
            "Mål- och resultatstyrning|planera|S|", "Kontaktcenter|eforvaltning|HS|",
            "Synpunktshantering|eforvaltning|S|bankid", "Avtalsdatabas|ekonomera|HS|",
            "Beslutsstöd och statistik|planera|S|", "Krisledningsstöd|eforvaltning|H|wis,rakel",
            "Digital signering|eforvaltning|S|bankid,eidas", "Publicering av protokoll|webbhuset|S|",
            "Sök i allmänna handlingar|arkivia|H|"},
        { // Ekonomi
            "Ekonomisystem|ekonomera|HS|peppol", "E-handel och inköp|ekonomera|S|peppol",
            "Fakturahantering|ekonomera|HS|peppol", "Budget och prognos|planera|HS|",
            "Anläggningsregister|ekonomera|H|", "Kundreskontra och fakturering|ekonomera|H|bgc",
            "Kassasystem|ekonomera|HS|bgc", "Upphandlingsverktyg|ekonomera|S|",
            "Leverantörsregister|ekonomera|H|", "Inköpsanalys|planera|HS|"},
        { // HR och lön
            "Lönesystem|lonevis|HS|navet,spar", "HR-system|lonevis|HS|",
            "Rehabilitering och arbetsmiljö|rehabdata|S|", "Tillbud och arbetsskador|rehabdata|S|",
            "Schemaplanering|schemalagd|HS|", "Rekryteringssystem|lonevis|S|bankid",
            "Tidrapportering|schemalagd|HS|", "Kompetensregister|lonevis|HS|", "Medarbetarenkät|planera|S|"},
        { // Förskola och skola
            "Elevregister|skolsystem|HS|navet,skolfed", "Förskoleadministration|skolsystem|HS|navet,bankid",
            "Schemaläggning|skolsystem|HS|skolfed", "Frånvarohantering|larplatt|S|skolfed",
            "Lärplattform|larplatt|S|skolfed", "Elevhälsojournal|vardkedjan|HS|siths",
            "Skolskjutsplanering|skolsystem|H|", "Skolplacering och köhantering|skolsystem|HS|bankid,navet",
            "Barnomsorgsavgifter|ekonomera|H|navet", "Digitala läromedel|larplatt|S|skolfed",
            "Provtjänst|larplatt|S|skolfed", "Måltidsplanering|fastighetsdata|S|",
            "Elevkonton och lärplattor|google|S|gcloud", "Microsoft 365 för skolan|microsoft|S|m365,entra",
            "Elevdatorer och enhetshantering|microsoft|S|intune", "Fritidshemsadministration|skolsystem|HS|",
            "Studie- och yrkesvägledning|larplatt|S|", "Modersmålsundervisning|skolsystem|H|",
            "Dokumentation särskilt stöd|larplatt|S|", "Skolbibliotek|bibliotekssys|S|"},
        { // Gymnasium och vuxenutbildning
            "Vuxenutbildningsadministration|skolsystem|HS|navet", "Antagningssystem gymnasiet|skolsystem|HS|bankid",
            "SFI-administration|skolsystem|HS|", "Lärplattform vuxenutbildning|larplatt|S|skolfed",
            "Studiedokumentation|larplatt|HS|", "Praktik- och APL-hantering|larplatt|HS|",
            "Betygsdokumentation gymnasiet|skolsystem|HS|skolfed", "Bokning yrkesutbildning|eforvaltning|S|"},
        { // Socialtjänst
            "Verksamhetssystem IFO|socialsys|HS|ssbtek,navet", "Ekonomiskt bistånd|socialsys|HS|ssbtek,navet,spar",
            "E-tjänst ekonomiskt bistånd|eforvaltning|S|bankid,ssbtek", "Familjerättsregister|socialsys|H|navet",
            "Överförmyndarsystem|socialsys|HS|navet", "Missbruks- och beroendevård|socialsys|H|",
            "Tolkbeställning|eforvaltning|S|", "Orosanmälan e-tjänst|eforvaltning|S|bankid,sdk",
            "Budget- och skuldrådgivning|socialsys|H|", "Dödsboanmälan|socialsys|H|navet",
            "Bostadsanpassning|byggarenden|H|", "Färdtjänst|eforvaltning|S|bankid"},
        { // Vård och omsorg
            "Verksamhetssystem vård och omsorg|omsorgsdata|HS|npo,siths,navet",
            "Hemtjänstplanering|omsorgsdata|HS|", "Digitala nycklar|nyckelfri|S|",
            "Trygghetslarm|larmtjanst|S|", "Läkemedelshantering|vardkedjan|HS|pascal,siths",
            "HSL-journal|vardkedjan|HS|npo,siths,tp", "Avvikelsehantering|omsorgsdata|HS|",
            "Kvalitetsregister|vardkedjan|S|tp", "Nattillsyn via kamera|larmtjanst|S|",
            "Bemanningsplanering omsorg|schemalagd|HS|", "Biståndshandläggning äldreomsorg|omsorgsdata|HS|navet",
            "LSS-handläggning|omsorgsdata|HS|navet", "Hjälpmedelshantering|vardkedjan|H|",
            "Matdistribution omsorg|fastighetsdata|S|"},
        { // Samhällsbyggnad
            "Bygglovshantering|byggarenden|HS|bankid", "GIS-plattform|kartkraft|H|kartor",
            "Kartportal|kartkraft|HS|kartor", "Adressregister|kartkraft|H|kartor,navet",
            "Detaljplanearkiv|arkivia|H|", "Mätningsstöd|kartkraft|H|kartor",
            "Lantmäteriärenden|kartkraft|H|kartor", "Planprocess och samråd|eforvaltning|S|bankid",
            "Trafikärenden och parkering|eforvaltning|S|bankid", "Bredbandskartläggning|kartkraft|S|"},
        { // Miljö och hälsoskydd
            "Miljö- och hälsoskyddsregister|miljotillsyn|HS|kartor", "Livsmedelskontroll|miljotillsyn|HS|",
            "Avloppsregister|miljotillsyn|H|kartor", "Alkohol- och tobakstillstånd|miljotillsyn|HS|bankid",
            "Miljörapportering|miljotillsyn|HS|"},
        { // Kultur och fritid
            "Bibliotekssystem|bibliotekssys|HS|", "Lokal- och anläggningsbokning|eforvaltning|HS|bankid,bgc",
            "Föreningsregister och bidrag|eforvaltning|HS|bankid", "Kulturskoleadministration|skolsystem|HS|bankid",
            "Fritidsgårdsregistrering|eforvaltning|S|", "Biblioteksportal|bibliotekssys|S|",
            "Evenemangskalender|webbhuset|S|"},
        { // Teknik och fastighet
            "Fastighetssystem|fastighetsdata|HS|", "Underhållsplanering|fastighetsdata|HS|",
            "Energiuppföljning|fastighetsdata|HS|", "Felanmälan fastighet|fastighetsdata|HS|bankid",
            "Fordonsflotta|fastighetsdata|HS|", "Gatu- och parkförvaltning|kartkraft|H|kartor",
            "VA-driftsystem|fastighetsdata|L|", "Avfallshantering och renhållning|fastighetsdata|HS|bgc",
            "Nyckelhantering|fastighetsdata|L|", "Styr- och övervakning fastigheter|fastighetsdata|L|",
            "Kameraövervakning central|larmtjanst|L|"},
        { // IT och kommunikation
            "Servicedesk|servicedesk|HS|", "Telefoniplattform|operator|S|teams",
            "Microsoft 365|microsoft|S|m365,entra,exchange,teams", "Enhetshantering|microsoft|S|intune,entra",
            "Integrationsplattform|integra|H|", "Behörighetsadministration|integra|H|entra",
            "Lösenordsåterställning|integra|S|bankid,entra", "Utskriftshantering|servicedesk|L|",
            "Licenshantering|servicedesk|HS|", "Nätverksövervakning|natverkarna|H|",
            "Mobilhantering|operator|S|", "Inventarieregister IT|servicedesk|HS|"},
    };

    /** Systems a federation runs for all its members: name|supplier|mode|national services|area. */
    private static final String[] SHARED_CATALOGUE = {
        "Integrationsplattform|integra|H||it", "Lönesystem|lonevis|H|navet,spar|hr",
        "HR-system|lonevis|H||hr", "Ekonomisystem|ekonomera|H|peppol|eko",
        "E-handel och inköp|ekonomera|S|peppol|eko", "Ärendehantering och diarium|diariet|H|sdk|kl",
        "E-arkiv|arkivia|H||kl", "Intranät|webbhuset|H|entra|kl", "Extern webbplats|webbhuset|S||kl",
        "Servicedesk|servicedesk|H||it", "Telefoniplattform|operator|S|teams|it",
        "Microsoft 365|microsoft|S|m365,entra,exchange,teams|it", "Enhetshantering|microsoft|S|intune|it",
        "Behörighetsadministration|integra|H|entra|it", "Lösenordsåterställning|integra|S|bankid|it",
        "Rehabilitering och arbetsmiljö|rehabdata|S||hr", "Schemaplanering|schemalagd|H||hr",
        "Budget och prognos|planera|S||eko", "Fakturahantering|ekonomera|H|peppol|eko",
        "Kontaktcenter|eforvaltning|H||kl", "E-tjänsteplattform|eforvaltning|H|bankid,freja,minameddelanden|kl",
        "Nämndadministration|diariet|H||kl", "Utskriftshantering|servicedesk|H||it",
        "Nätverksövervakning|natverkarna|H||it", "Licenshantering|servicedesk|S||it",
        "Tidrapportering|schemalagd|S||hr", "Rekryteringssystem|lonevis|S|bankid|hr",
        "Mål- och resultatstyrning|planera|S||kl", "Upphandlingsverktyg|ekonomera|S||eko",
        "Digital signering|eforvaltning|S|bankid,eidas|kl",
    };

    /** Information types per area: name, confidentiality, integrity, availability, traceability. */
    private static final String[][] INFO = {
        {"Diarieförda handlingar|2|2|1|2", "Protokoll och beslut|1|3|1|2"},
        {"Leverantörsfakturor|1|3|2|2", "Redovisning|1|3|2|2"},
        {"Personaluppgifter|3|2|2|2", "Löne- och pensionsuppgifter|3|3|3|3", "Rehabiliteringsärenden|4|3|1|3"},
        {"Barn- och elevregister|2|2|2|2", "Betyg och bedömningar|2|3|2|2", "Elevhälsojournaler|4|3|2|3"},
        {"Studerandeuppgifter|2|2|1|2", "Betyg vuxenutbildning|2|3|1|2"},
        {"Personakter individ- och familjeomsorg|4|3|3|3", "Orosanmälningar|4|3|3|3", "Ekonomiskt bistånd|3|3|2|3"},
        {"Hälso- och sjukvårdsjournaler|4|4|3|3", "Genomförandeplaner|3|3|3|3", "Larm- och nyckeluppgifter|3|3|4|2"},
        {"Bygglovsärenden|1|2|1|2", "Geodata och kartor|1|2|2|1"},
        {"Tillsynsärenden|2|2|1|2"},
        {"Låntagaruppgifter|2|1|1|1", "Föreningsregister|1|1|1|1"},
        {"Fastighetsdata|1|2|2|1", "Driftlarm fastigheter|1|2|3|1"},
        {"Behörighetsuppgifter|3|3|3|3", "Loggdata|3|3|2|3"},
    };
    private static final String[][] FED_INFO = {
        {"pers", "Personaluppgifter förbundet|3|2|2|2"},
        {"behorighet", "Behörighetsuppgifter|3|3|3|3"},
        {"logg", "Loggdata|3|3|2|3"},
        {"drift", "Driftdokumentation|2|3|2|1"},
    };

    private static final String[] BUILDINGS = {"Förskola", "Grundskola", "Äldreboende",
            "Gruppbostad", "Bibliotek", "Idrottshall", "Fritidsgård", "Gymnasieskola", "Kontor",
            "Vattenverk", "Reningsverk", "Förråd", "Kulturhus", "Simhall"};
    private static final String[] LOCAL_SERVICES = {"Passersystem", "Kameraövervakning",
            "Fastighetsautomation", "Inbrottslarm", "Utskriftsmiljö", "Digital informationsskärm"};
    private static final String[] LOCAL_SERVICE_KINDS = {"other", "other", "other", "other",
            "service", "other"};
    private static final String[] VM_ROLES = {"Appserver", "Webbserver", "Integrationsserver",
            "Rapportserver"};
    private static final String[] DB_ENGINES = {"SQL Server", "SQL Server", "SQL Server",
            "PostgreSQL", "Oracle"};
    private static final String[] AB = {"A", "B"};

    private static final String[] FIRST_NAMES = {"Anna", "Erik", "Maria", "Lars", "Karin",
            "Anders", "Eva", "Johan", "Sara", "Per", "Lena", "Mikael", "Emma", "Karl", "Kristina",
            "Magnus", "Ingrid", "Fredrik", "Linnea", "Jonas", "Sofia", "Henrik", "Elin", "Mattias",
            "Helena", "Daniel", "Ulrika", "Peter", "Malin", "Oskar", "Åsa", "Niklas", "Johanna",
            "Stefan", "Camilla", "Björn", "Therese", "Gustav", "Ida", "Mats", "Amir", "Leila", "Noah",
            "Fatima", "Ali", "Yasmin"};
    private static final String[] LAST_NAMES = {"Andersson", "Johansson", "Karlsson", "Nilsson",
            "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
            "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
            "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson",
            "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström",
            "Eklund", "Hussein", "Mohammed", "Ali", "Yilmaz"};

    /** Federation roles: code|title|probability of being vacant|fte (optional). */
    private static final String[] FED_ROLES = {
        "ordf|Förbundsdirektionens ordförande|0", "forbundschef|Förbundschef|0.02",
        "itchef|IT-chef|0.05", "iss|Informationssäkerhetssamordnare|0.45|0.5",
        "dso|Dataskyddsombud|0.1", "sakskydd|Säkerhetsskyddschef|0.3", "driftchef|Driftchef|0.05",
        "natansv|Nätverksansvarig|0.08", "serveransv|Serveransvarig|0.08",
        "dbansv|Databasansvarig|0.15", "idansv|Ansvarig identitet och behörighet|0.2",
        "sysag-gem|Systemägare gemensamma system|0.1",
    };
    /** Municipality roles, besides a systemägare and a systemförvaltare per area. */
    private static final String[] MUN_ROLES = {
        "ksordf|Kommunstyrelsens ordförande|0", "kd|Kommundirektör|0.03", "itsam|IT-samordnare|0.1",
        "iss|Informationssäkerhetssamordnare|0.35|0.5", "dso|Dataskyddsombud|0.08",
        "arkiv|Arkivansvarig|0.1", "ledamot|Ledamot i förbundsdirektionen|0",
        "digrep|Representant i digitaliseringsrådet|0.1",
    };
    private static final int[] SHARED_AREAS = {KL, EKO, HR, IT};

    private static final String[] SYSTEM_RISKS = {"Obehörig åtkomst till %s",
            "Långvarigt avbrott i %s", "Dataförlust i %s vid misslyckad återläsning",
            "Bristande behörighetsstyrning i %s", "Leverantören av %s drabbas av utpressningsvirus",
            "Felaktiga uppgifter i %s efter integrationsfel", "Bristande loggning i %s",
            "Personuppgifter i %s lämnas ut felaktigt",
            "Föråldrad version av %s saknar säkerhetsuppdateringar", "Beroende av nyckelperson för %s"};
    private static final String[] INFRA_RISKS = {"Utpressningsvirus krypterar %s",
            "Strömavbrott slår ut %s", "Hårdvarufel i %s", "Felkonfiguration av %s",
            "Sårbarhet i %s utnyttjas", "Överbelastningsattack mot %s",
            "Brand eller vattenskada påverkar %s", "Kapacitetsbrist i %s"};

    // Deployment of a system.
    private static final int HOSTED = 0, SAAS = 1, LOCAL = 2;

    /** Asset templates: systems, national services and the infrastructure layers. */
    private enum T {
        SYSTEM(null, null), NAT(null, null),
        F_PWR("kraft", "other"), F_COOL("kyla", "other"), F_DC("dc", "datacenter"),
        F_SW("sw", "network"), F_CORE("karnnat", "cluster"), F_FW("fw", "network"),
        F_FWC("brandvagg", "cluster"), F_INET("internet", "network"), F_WAN("wan", "network"),
        F_VLAN("vlan", "network"), F_SAN("san", "storage"), F_STC("lagring", "cluster"),
        F_BKP("backup", "backup"), F_BKO("backup-extern", "backup"), F_BKC("sakerhetskopiering", "cluster"),
        F_HOST("esx", "server"), F_VMC("vsphere", "cluster"), F_VCENTER("vcenter", "virtualization"),
        F_DCS("ad-dc", "identity"), F_ADC("ad", "cluster"), F_NTP("ntp", "service"),
        F_DNS("dns", "service"), F_ENTRA("entra-connect", "identity"), F_MFA("mfa", "identity"),
        F_LB("lb", "network"), F_LBC("lastbalansering", "cluster"), F_CTX("citrix", "server"),
        F_CTXC("citrix-farm", "cluster"), F_MON("overvakning", "service"), F_FIL("filserver", "server"),
        F_PRINT("utskrift", "service"), F_DBN("db", "server"), F_DBC("dbkluster", "cluster"),
        F_VM("vm", "server"),
        M_PWR("kraft", "other"), M_SR("serverrum", "datacenter"), M_NET("stadsnat", "network"),
        M_SW("sw", "network"), M_CORE("karnnat", "cluster"), M_WLC("wlc", "network"),
        M_WLCC("wlan", "cluster"), M_BNET("nat", "network"), M_SRV("srv", "server"),
        M_STO("lagring", "storage"), M_BKP("backup", "backup"), M_SVC("tjanst", null);

        final String code;
        final String kind;

        T(String code, String kind) {
            this.code = code;
            this.kind = kind;
        }

        boolean cluster() {
            return "cluster".equals(kind);
        }

        boolean network() {
            return "network".equals(kind) || this == F_CORE || this == F_FWC || this == F_LBC
                    || this == M_CORE || this == M_WLCC;
        }
    }

    private static final T[] TS = T.values();

    /** Slots in a federation's key infrastructure. */
    private static final int K_DC1 = 0, K_DC2 = 1, K_CORE = 2, K_FWC = 3, K_INET = 4, K_STC = 5,
            K_BKC = 6, K_VCENTER = 7, K_ADC = 8, K_DNS = 9, K_ENTRA = 10, K_MFA = 11, K_LBC = 12,
            K_CTXC = 13, K_MON = 14, K_NTP = 15, K_FIL = 16, K_COUNT = 17;

    // Parsed reference data.
    private record National(String code, String name, String kind, int supplier, int[] deps) {}

    private record Product(String name, int supplier, String modes, int[] national, int area) {}

    private static final int SUPPLIERS =
            (int) Arrays.stream(OTHER_ORGS).filter(o -> o[2].equals("supplier")).count();
    private static final Map<String, Integer> OTHER_INDEX = new HashMap<>();
    private static final National[] NATIONAL;
    private static final Map<String, Integer> NATIONAL_INDEX = new HashMap<>();
    private static final Product[][] PRODUCTS;
    private static final Product[] SHARED;
    private static final int[][] AREA_NATIONAL_IDX;
    private static final int[][] AREA_SUPPLIERS;
    /** The national cloud a supplier runs its SaaS in, by supplier position. */
    private static final int[] SUPPLIER_CLOUD;

    static {
        for (int i = 0; i < OTHER_ORGS.length; i++) {
            OTHER_INDEX.put(OTHER_ORGS[i][0], i);
        }
        NATIONAL = new National[NATIONAL_TABLE.length];
        for (int i = 0; i < NATIONAL_TABLE.length; i++) {
            NATIONAL_INDEX.put(NATIONAL_TABLE[i].split("\\|", -1)[0], i);
        }
        for (int i = 0; i < NATIONAL_TABLE.length; i++) {
            String[] p = NATIONAL_TABLE[i].split("\\|", -1);
            NATIONAL[i] = new National(p[0], p[1], p[2], p[3].isEmpty() ? -1 : other(p[3]), nationals(p[4]));
        }
        PRODUCTS = new Product[CATALOGUE.length][];
        AREA_SUPPLIERS = new int[CATALOGUE.length][];
        for (int a = 0; a < CATALOGUE.length; a++) {
            PRODUCTS[a] = new Product[CATALOGUE[a].length];
            List<Integer> sups = new ArrayList<>();
            for (int i = 0; i < CATALOGUE[a].length; i++) {
                String[] p = CATALOGUE[a][i].split("\\|", -1);
                PRODUCTS[a][i] = new Product(p[0], other("lev-" + p[1]), p[2], nationals(p[3]), a);
                if (!sups.contains(PRODUCTS[a][i].supplier)) {
                    sups.add(PRODUCTS[a][i].supplier);
                }
            }
            AREA_SUPPLIERS[a] = sups.stream().mapToInt(Integer::intValue).toArray();
        }
        SHARED = new Product[SHARED_CATALOGUE.length];
        for (int i = 0; i < SHARED.length; i++) {
            String[] p = SHARED_CATALOGUE[i].split("\\|", -1);
            SHARED[i] = new Product(p[0], other("lev-" + p[1]), p[2], nationals(p[3]),
                    Arrays.asList(AREA_CODES).indexOf(p[4]));
        }
        AREA_NATIONAL_IDX = new int[AREA_NATIONAL.length][];
        for (int a = 0; a < AREA_NATIONAL.length; a++) {
            AREA_NATIONAL_IDX[a] = nationals(AREA_NATIONAL[a]);
        }
        SUPPLIER_CLOUD = new int[OTHER_ORGS.length];
        Arrays.fill(SUPPLIER_CLOUD, NATIONAL_INDEX.get("driftpartner-dc"));
        SUPPLIER_CLOUD[other("lev-microsoft")] = NATIONAL_INDEX.get("azure");
        SUPPLIER_CLOUD[other("lev-google")] = NATIONAL_INDEX.get("gcloud");
        for (National n : NATIONAL) {
            if (n.code.endsWith("-moln")) {
                SUPPLIER_CLOUD[n.supplier] = NATIONAL_INDEX.get(n.code);
            }
        }
    }

    private static int other(String id) {
        Integer i = OTHER_INDEX.get(id);
        if (i == null) {
            throw new IllegalStateException("unknown organisation " + id);
        }
        return i;
    }

    private static int nat(String code) {
        Integer i = NATIONAL_INDEX.get(code);
        if (i == null) {
            throw new IllegalStateException("unknown national service " + code);
        }
        return i;
    }

    private static int[] nationals(String list) {
        if (list.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(list.split(",")).mapToInt(NationalModelGenerator::nat).toArray();
    }

    private static final int NAT_ENTRA = nat("entra");
    private static final int NAT_BACKUP = nat("backupcloud");
    private static final int[] NAT_ISP = {nat("isp-stadsfiber"), nat("isp-nordop")};

    // Dates: "today" for the synthetic model is the end of November 2026.
    private static final int FIRST_DAY = (int) LocalDate.of(2012, 1, 1).toEpochDay();
    private static final int LAST_DAY = (int) LocalDate.of(2034, 12, 31).toEpochDay();
    private static final String[] DATES = new String[LAST_DAY - FIRST_DAY + 1];
    private static final int Y2015 = day(2015, 1, 1), Y2016 = day(2016, 1, 1),
            Y2018 = day(2018, 1, 1), Y2019 = day(2019, 1, 1), RISKS_FROM = day(2023, 6, 1),
            Y2021 = day(2021, 1, 1), Y2023 = day(2023, 1, 1), Y2024 = day(2024, 1, 1),
            LATEST = day(2026, 11, 15);

    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    static {
        for (int i = 0; i < DATES.length; i++) {
            DATES[i] = LocalDate.ofEpochDay(FIRST_DAY + i).toString();
        }
    }

    private static String date(int epochDay) {
        int i = epochDay - FIRST_DAY;
        return i >= 0 && i < DATES.length ? DATES[i] : LocalDate.ofEpochDay(epochDay).toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Structure (built once in the constructor; immutable afterwards)
    // ---------------------------------------------------------------------------------------------

    private final double scale;
    private final long seed;
    private int nMun;
    private int nFed;
    /** Organisations: federations, then municipalities, then {@link #OTHER_ORGS}. */
    private int otherBase;
    private String[] orgId;
    private String[] orgName;
    private String[] orgType;
    private String[] munBase;
    private String[] fedShort;
    private int[] munFed;
    private int[] munFed2;
    /** Members of each federation: its own municipalities first, then second-time members. */
    private int[][] fedMembers;
    private int[] fedOwnMembers;
    private boolean[] fedCouncilFormal;
    private int[] nSys;
    private int[] nShared;

    // Assets: systems and infrastructure share one index space.
    private int nAssets;
    private byte[] aType;
    private int[] aOwner;
    private int[] aNo;
    private int[] aRef;
    private int[] aMin;
    private byte[] aArea;
    private byte[] aDeploy;
    private short[] aSupplier;
    private String[] aId;
    private int[] depStart;
    private int[] depTo;
    private int[] memStart;
    private int[] memTo;
    private List<String> names;

    private int[] natAsset;
    private int[][] fedKey;
    private int[][] fedVmc;
    private int[][] fedVlan;
    private int[][] fedDbc;
    private int[][] fedShared;
    private int[] fedVmCount;
    private int[] munWan;
    private int[][] munKey;
    private int[] munSrv0;
    private int[] munSrvN;
    private int[] munBnet0;
    private int[] munBnetN;
    private int[][] munSystems;

    private Counts counts;

    /**
     * A generator for a model of the given size.
     *
     * @param scale size factor: 1.0 = national (290 municipalities); smaller values scale
     *     municipalities down (at least 2 municipalities, 1 federation)
     * @param seed random seed; the same scale and seed always give the same model
     */
    public NationalModelGenerator(double scale, long seed) {
        if (!(scale > 0.0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "scale must be greater than 0 and at most " + MAX_SCALE + ": " + scale);
        }
        this.scale = scale;
        this.seed = seed;
        SplittableRandom r = rng(seed, 1);
        buildOrganisations(r);
        buildAssets(r);
    }

    private static SplittableRandom rng(long seed, long salt) {
        return new SplittableRandom(mix(mix(seed) + salt * 0x9E3779B97F4A7C15L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void buildOrganisations(SplittableRandom r) {
        nMun = Math.max(2, (int) Math.round(MUNICIPALITIES.length * scale));
        nFed = Math.max(1, (int) Math.round(nMun * 60.0 / MUNICIPALITIES.length));
        otherBase = nFed + nMun;
        int nOrg = otherBase + OTHER_ORGS.length;
        orgId = new String[nOrg];
        orgName = new String[nOrg];
        orgType = new String[nOrg];
        munBase = new String[nMun];
        munFed = new int[nMun];
        munFed2 = new int[nMun];
        nSys = new int[nMun];
        Map<String, Integer> seenNames = new HashMap<>();
        Map<String, Integer> seenIds = new HashMap<>();
        for (int m = 0; m < nMun; m++) {
            String base = MUNICIPALITIES[(int) ((long) m * MUNICIPALITIES.length / nMun)];
            int seen = seenNames.merge(base, 1, Integer::sum);
            String name = seen == 1 ? municipalityName(base) : municipalityName(base) + " " + seen;
            munBase[m] = seen == 1 ? base : base + " " + seen;
            String id = slug(munBase[m]);
            int ids = seenIds.merge(id, 1, Integer::sum);
            if (ids > 1) {
                id = id + "-" + ids; // Håbo and Habo
            }
            orgId[nFed + m] = id;
            orgName[nFed + m] = name;
            orgType[nFed + m] = "municipality";
            munFed[m] = (int) ((long) m * nFed / nMun);
            munFed2[m] = nFed > 1 && m % 29 == 13 ? (munFed[m] + 1) % nFed : -1;
            nSys[m] = r.nextInt(130, 171);
        }
        fedMembers = new int[nFed][];
        fedOwnMembers = new int[nFed];
        fedShort = new String[nFed];
        fedCouncilFormal = new boolean[nFed];
        nShared = new int[nFed];
        for (int f = 0; f < nFed; f++) {
            List<Integer> own = new ArrayList<>();
            List<Integer> second = new ArrayList<>();
            for (int m = 0; m < nMun; m++) {
                if (munFed[m] == f) {
                    own.add(m);
                } else if (munFed2[m] == f) {
                    second.add(m);
                }
            }
            fedOwnMembers[f] = own.size();
            own.addAll(second);
            fedMembers[f] = own.stream().mapToInt(Integer::intValue).toArray();
            String first = munBase[fedMembers[f][0]];
            String last = munBase[fedMembers[f][fedOwnMembers[f] - 1]];
            orgId[f] = "kf-" + orgId[nFed + fedMembers[f][0]];
            orgName[f] = "Kommunalförbundet IT " + (fedOwnMembers[f] == 1 ? first : first + "–" + last);
            orgType[f] = "federation";
            fedShort[f] = "KF " + first;
            fedCouncilFormal[f] = r.nextDouble() < 0.6;
            nShared[f] = r.nextInt(20, 31);
        }
        for (int i = 0; i < OTHER_ORGS.length; i++) {
            orgId[otherBase + i] = OTHER_ORGS[i][0];
            orgName[otherBase + i] = OTHER_ORGS[i][1];
            orgType[otherBase + i] = OTHER_ORGS[i][2];
        }
    }

    static String municipalityName(String base) {
        if (base.equals("Gotland")) {
            return "Region Gotland";
        }
        char last = Character.toLowerCase(base.charAt(base.length() - 1));
        String genitive = "sxzaeiouyåäö".indexOf(last) >= 0 ? base : base + "s";
        return genitive + (CITIES.contains(base) ? " stad" : " kommun");
    }

    static String slug(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'å', 'ä', 'á', 'à' -> b.append('a');
                case 'ö', 'ø', 'ó' -> b.append('o');
                case 'é', 'è' -> b.append('e');
                case 'ü' -> b.append('u');
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                        b.append(c);
                    } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                        b.append('-');
                    }
                }
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    private int mo(int m) {
        return nFed + m;
    }

    /** Growable int list. */
    private static final class IntList {
        int[] a = new int[64];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Collects assets and edges while the structure is built. */
    private static final class Builder {
        final IntList type = new IntList();
        final IntList owner = new IntList();
        final IntList no = new IntList();
        final IntList ref = new IntList();
        final IntList min = new IntList();
        final IntList area = new IntList();
        final IntList deploy = new IntList();
        final IntList supplier = new IntList();
        final List<String> ids = new ArrayList<>();
        final IntList dFrom = new IntList();
        final IntList dTo = new IntList();
        final IntList mFrom = new IntList();
        final IntList mTo = new IntList();
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> nameIndex = new HashMap<>();

        int add(T t, int ownerOrg, int number, int reference, String id) {
            type.add(t.ordinal());
            owner.add(ownerOrg);
            no.add(number);
            ref.add(reference);
            min.add(0);
            area.add(-1);
            deploy.add(-1);
            supplier.add(-1);
            ids.add(id);
            return ids.size() - 1;
        }

        int cluster(T t, int ownerOrg, int number, String id, int minAvailable, int... members) {
            int c = add(t, ownerOrg, number, 0, id);
            min.a[c] = minAvailable;
            for (int m : members) {
                mFrom.add(c);
                mTo.add(m);
            }
            return c;
        }

        void dep(int from, int... to) {
            for (int t : to) {
                if (t != from) {
                    dFrom.add(from);
                    dTo.add(t);
                }
            }
        }

        int name(String s) {
            return nameIndex.computeIfAbsent(s, k -> {
                names.add(k);
                return names.size() - 1;
            });
        }
    }

    private static String inf(String owner, String code) {
        return "inf-" + owner + "-" + code;
    }

    private static String inf(String owner, String code, int no, int width) {
        return "inf-" + owner + "-" + code + "-" + pad(no, width);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    private void buildAssets(SplittableRandom r) {
        Builder b = new Builder();
        natAsset = new int[NATIONAL.length];
        for (int i = 0; i < NATIONAL.length; i++) {
            natAsset[i] = b.add(T.NAT, -1, i, 0, "inf-nat-" + NATIONAL[i].code);
        }
        for (int i = 0; i < NATIONAL.length; i++) {
            for (int d : NATIONAL[i].deps) {
                b.dep(natAsset[i], natAsset[d]);
            }
        }
        fedKey = new int[nFed][];
        fedVmc = new int[nFed][];
        fedVlan = new int[nFed][];
        fedDbc = new int[nFed][];
        fedShared = new int[nFed][];
        fedVmCount = new int[nFed];
        munWan = new int[nMun];
        munKey = new int[nMun][];
        munSrv0 = new int[nMun];
        munSrvN = new int[nMun];
        munBnet0 = new int[nMun];
        munBnetN = new int[nMun];
        munSystems = new int[nMun][];
        for (int f = 0; f < nFed; f++) {
            federationInfrastructure(b, r, f);
            for (int i = 0; i < fedOwnMembers[f]; i++) {
                municipalityInfrastructure(b, r, fedMembers[f][i], f);
            }
            sharedSystems(b, r, f);
            for (int i = 0; i < fedOwnMembers[f]; i++) {
                municipalitySystems(b, r, fedMembers[f][i], f);
            }
        }
        finish(b);
    }

    private void federationInfrastructure(Builder b, SplittableRandom r, int f) {
        String F = orgId[f];
        int[] key = new int[K_COUNT];
        int[] dc = new int[2];
        for (int i = 0; i < 2; i++) {
            int pwr = b.add(T.F_PWR, f, i, 0, inf(F, "kraft-" + AB[i].toLowerCase(Locale.ROOT)));
            int cool = b.add(T.F_COOL, f, i, 0, inf(F, "kyla-" + AB[i].toLowerCase(Locale.ROOT)));
            dc[i] = b.add(T.F_DC, f, i, 0, inf(F, "dc-" + AB[i].toLowerCase(Locale.ROOT)));
            b.dep(dc[i], pwr, cool);
        }
        key[K_DC1] = dc[0];
        key[K_DC2] = dc[1];
        int[] sw = new int[4];
        for (int i = 0; i < 4; i++) {
            sw[i] = b.add(T.F_SW, f, i + 1, 0, inf(F, "sw", i + 1, 1));
            b.dep(sw[i], dc[i / 2]);
        }
        int core = b.cluster(T.F_CORE, f, 0, inf(F, "karnnat"), 2, sw);
        int[] fw = new int[2];
        for (int i = 0; i < 2; i++) {
            fw[i] = b.add(T.F_FW, f, i + 1, 0, inf(F, "fw", i + 1, 1));
            b.dep(fw[i], dc[i], core);
        }
        int fwc = b.cluster(T.F_FWC, f, 0, inf(F, "brandvagg"), 1, fw);
        int inet = b.add(T.F_INET, f, 0, 0, inf(F, "internet"));
        b.dep(inet, fwc, natAsset[NAT_ISP[f % 2]]);
        for (int m : fedMembers[f]) {
            int wan = b.add(T.F_WAN, f, 0, m, inf(F, "wan-" + orgId[mo(m)]));
            b.dep(wan, core, fwc);
            if (munFed[m] == f) {
                munWan[m] = wan;
            }
        }
        int[] vlan = new int[16];
        for (int i = 0; i < vlan.length; i++) {
            vlan[i] = b.add(T.F_VLAN, f, 100 + i, 0, inf(F, "vlan", 100 + i, 3));
            b.dep(vlan[i], core, fwc);
        }
        int[] san = new int[2];
        for (int i = 0; i < 2; i++) {
            san[i] = b.add(T.F_SAN, f, i, 0, inf(F, "san-" + AB[i].toLowerCase(Locale.ROOT)));
            b.dep(san[i], dc[i], core);
        }
        int stc = b.cluster(T.F_STC, f, 0, inf(F, "lagring"), 1, san);
        int bkp = b.add(T.F_BKP, f, 0, 0, inf(F, "backup"));
        b.dep(bkp, dc[1], san[1]);
        int bko = b.add(T.F_BKO, f, 0, 0, inf(F, "backup-extern"));
        b.dep(bko, natAsset[NAT_BACKUP], inet);
        int bkc = b.cluster(T.F_BKC, f, 0, inf(F, "sakerhetskopiering"), 1, bkp, bko);

        int systems = nShared[f];
        for (int i = 0; i < fedOwnMembers[f]; i++) {
            systems += nSys[fedMembers[f][i]];
        }
        int vmEstimate = (int) Math.round(systems * HOSTED_SHARE * VMS_PER_HOSTED);
        int nVmc = Math.max(2, (vmEstimate / VMS_PER_HOST + 7) / 8);
        nVmc += nVmc % 2; // one cluster per data centre and pair
        int hosts = Math.max(2 * nVmc, vmEstimate / VMS_PER_HOST);
        int[] host = new int[hosts];
        for (int i = 0; i < hosts; i++) {
            int x = (i % nVmc) % 2;
            host[i] = b.add(T.F_HOST, f, i + 1, x, inf(F, "esx", i + 1, 2));
            b.dep(host[i], dc[x], core, san[x]);
        }
        int[] vmc = new int[nVmc];
        for (int j = 0; j < nVmc; j++) {
            IntList members = new IntList();
            for (int i = j; i < hosts; i += nVmc) {
                members.add(host[i]);
            }
            int n = members.n;
            vmc[j] = b.cluster(T.F_VMC, f, j + 1, inf(F, "vsphere", j + 1, 1),
                    n >= 4 ? n - 2 : Math.max(1, n - 1), members.toArray());
        }
        int vcenter = b.add(T.F_VCENTER, f, 0, 0, inf(F, "vcenter"));
        b.dep(vcenter, vmc[0], vlan[0], stc);
        int[] dcs = new int[3];
        for (int i = 0; i < 3; i++) {
            dcs[i] = b.add(T.F_DCS, f, i + 1, 0, inf(F, "ad-dc", i + 1, 2));
            b.dep(dcs[i], vmc[i % nVmc], stc, vlan[0]);
        }
        int adc = b.cluster(T.F_ADC, f, 0, inf(F, "ad"), 1, dcs);
        int ntp = b.add(T.F_NTP, f, 0, 0, inf(F, "ntp"));
        b.dep(ntp, inet);
        if (f % 10 == 3) {
            // The first domain controller is the time source and takes its own time from the NTP
            // service it serves: a two-node cycle.
            b.dep(ntp, dcs[0]);
            b.dep(dcs[0], ntp);
        }
        int dns = b.add(T.F_DNS, f, 0, 0, inf(F, "dns"));
        b.dep(dns, adc);
        b.dep(vcenter, adc, dns);
        int entra = b.add(T.F_ENTRA, f, 0, 0, inf(F, "entra-connect"));
        b.dep(entra, adc, natAsset[NAT_ENTRA], vlan[0]);
        int mfa = b.add(T.F_MFA, f, 0, 0, inf(F, "mfa"));
        b.dep(mfa, natAsset[NAT_ENTRA], adc);
        int[] lb = new int[2];
        for (int i = 0; i < 2; i++) {
            lb[i] = b.add(T.F_LB, f, i + 1, 0, inf(F, "lb", i + 1, 1));
            b.dep(lb[i], dc[i], core);
        }
        int lbc = b.cluster(T.F_LBC, f, 0, inf(F, "lastbalansering"), 1, lb);
        int[] ctx = new int[6];
        for (int i = 0; i < ctx.length; i++) {
            ctx[i] = b.add(T.F_CTX, f, i + 1, 0, inf(F, "citrix", i + 1, 2));
            b.dep(ctx[i], vmc[i % nVmc], stc, vlan[1], adc, dns);
        }
        int ctxc = b.cluster(T.F_CTXC, f, 0, inf(F, "citrix-farm"), 4, ctx);
        int mon = b.add(T.F_MON, f, 0, 0, inf(F, "overvakning"));
        b.dep(mon, vmc[0], vlan[0], dns);
        int fil = b.add(T.F_FIL, f, 0, 0, inf(F, "filserver"));
        b.dep(fil, vmc[1 % nVmc], stc, adc, bkc);
        int print = b.add(T.F_PRINT, f, 0, 0, inf(F, "utskrift"));
        b.dep(print, fil, adc, vlan[2]);

        int nDbc = Math.max(2, (int) Math.round(systems * HOSTED_SHARE / SYSTEMS_PER_DB_CLUSTER));
        int[] dbc = new int[nDbc];
        for (int c = 0; c < nDbc; c++) {
            int k = r.nextDouble() < 0.5 ? 2 : 3;
            int[] nodes = new int[k];
            for (int j = 0; j < k; j++) {
                nodes[j] = b.add(T.F_DBN, f, c + 1, j + 1, inf(F, "db", c + 1, 3) + "-" + (j + 1));
                b.dep(nodes[j], vmc[(c + j) % nVmc], stc, vlan[3 + c % 4], dns, bkc);
            }
            int min = k == 3 && r.nextBoolean() ? 2 : 1;
            dbc[c] = b.cluster(T.F_DBC, f, c + 1, inf(F, "dbkluster", c + 1, 3), min, nodes);
        }
        key[K_CORE] = core;
        key[K_FWC] = fwc;
        key[K_INET] = inet;
        key[K_STC] = stc;
        key[K_BKC] = bkc;
        key[K_VCENTER] = vcenter;
        key[K_ADC] = adc;
        key[K_DNS] = dns;
        key[K_ENTRA] = entra;
        key[K_MFA] = mfa;
        key[K_LBC] = lbc;
        key[K_CTXC] = ctxc;
        key[K_MON] = mon;
        key[K_NTP] = ntp;
        key[K_FIL] = fil;
        fedKey[f] = key;
        fedVmc[f] = vmc;
        fedVlan[f] = vlan;
        fedDbc[f] = dbc;
    }

    // Capacity planning of a federation's platform.
    private static final double HOSTED_SHARE = 0.45;
    private static final double VMS_PER_HOSTED = 2.0;
    private static final int VMS_PER_HOST = 20;
    private static final double SYSTEMS_PER_DB_CLUSTER = 8.0;

    private void municipalityInfrastructure(Builder b, SplittableRandom r, int m, int f) {
        int o = mo(m);
        String M = orgId[o];
        int[] fk = fedKey[f];
        int pwr = b.add(T.M_PWR, o, 0, 0, inf(M, "kraft"));
        int sr = b.add(T.M_SR, o, 0, 0, inf(M, "serverrum"));
        b.dep(sr, pwr);
        int net = b.add(T.M_NET, o, 0, 0, inf(M, "stadsnat"));
        b.dep(net, munWan[m]);
        int[] sw = new int[2];
        for (int i = 0; i < 2; i++) {
            sw[i] = b.add(T.M_SW, o, i + 1, 0, inf(M, "sw", i + 1, 1));
            b.dep(sw[i], sr, net);
        }
        int core = b.cluster(T.M_CORE, o, 0, inf(M, "karnnat"), 1, sw);
        int[] wlc = new int[2];
        for (int i = 0; i < 2; i++) {
            wlc[i] = b.add(T.M_WLC, o, i + 1, 0, inf(M, "wlc", i + 1, 1));
            b.dep(wlc[i], core);
        }
        int wlcc = b.cluster(T.M_WLCC, o, 0, inf(M, "wlan"), 1, wlc);
        int nb = r.nextInt(BUILDINGS_MIN, BUILDINGS_MAX + 1);
        munBnet0[m] = b.ids.size();
        munBnetN[m] = nb;
        for (int i = 0; i < nb; i++) {
            int bn = b.add(T.M_BNET, o, i, 0, inf(M, "nat", i + 1, 3));
            b.dep(bn, net, core, wlcc);
        }
        int sto = b.add(T.M_STO, o, 0, 0, inf(M, "lagring"));
        b.dep(sto, sr, core);
        int bkp = b.add(T.M_BKP, o, 0, 0, inf(M, "backup"));
        b.dep(bkp, sto, fk[K_BKC]);
        int ns = r.nextInt(SERVERS_MIN, SERVERS_MAX + 1);
        munSrv0[m] = b.ids.size();
        munSrvN[m] = ns;
        for (int i = 0; i < ns; i++) {
            int s = b.add(T.M_SRV, o, i + 1, 0, inf(M, "srv", i + 1, 2));
            b.dep(s, sr, core, fk[K_ADC], fk[K_DNS]);
            if (r.nextDouble() < 0.5) {
                b.dep(s, bkp);
            }
            if (r.nextDouble() < 0.5) {
                b.dep(s, sto);
            }
        }
        int nv = r.nextInt(LOCAL_SERVICES_MIN, LOCAL_SERVICES_MAX + 1);
        for (int i = 0; i < nv; i++) {
            int type = r.nextInt(LOCAL_SERVICES.length);
            int building = r.nextInt(nb);
            int s = b.add(T.M_SVC, o, i + 1, building * 16 + type, inf(M, "tjanst", i + 1, 2));
            b.dep(s, munSrv0[m] + r.nextInt(ns), munBnet0[m] + building);
            if (r.nextDouble() < 0.6) {
                b.dep(s, munSrv0[m] + r.nextInt(ns));
            }
        }
        munKey[m] = new int[] {sr, net, core, wlcc, sto, bkp};
    }

    // Local infrastructure per municipality.
    private static final int BUILDINGS_MIN = 70, BUILDINGS_MAX = 110;
    private static final int SERVERS_MIN = 40, SERVERS_MAX = 70;
    private static final int LOCAL_SERVICES_MIN = 45, LOCAL_SERVICES_MAX = 80;

    private void sharedSystems(Builder b, SplittableRandom r, int f) {
        String F = orgId[f];
        int[] order = new int[SHARED.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 1; i--) { // the integration platform stays first
            int j = 1 + r.nextInt(i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int n = Math.min(nShared[f], SHARED.length);
        int[] shared = new int[n];
        for (int k = 0; k < n; k++) {
            Product p = SHARED[order[k]];
            int mode = p.modes.charAt(0) == 'S' ? SAAS : HOSTED;
            shared[k] = system(b, r, f, "sys-" + F + "-" + pad(k + 1, 3), b.name(p.name), p.area,
                    p.supplier, mode, p.national, f, -1, null);
        }
        if (f % 12 == 1 && n >= 3) {
            // Integration platform, payroll and HR feed each other: a three-node cycle.
            b.dep(shared[0], shared[1]);
            b.dep(shared[1], shared[2]);
            b.dep(shared[2], shared[0]);
        }
        fedShared[f] = shared;
    }

    private void municipalitySystems(Builder b, SplittableRandom r, int m, int f) {
        String M = orgId[mo(m)];
        IntList list = new IntList();
        int ord = 0;
        for (int a = 0; a < AREAS.length; a++) {
            int want = Math.max(1, (int) Math.round(AREA_WEIGHTS[a] * nSys[m] / 150.0));
            Product[] cat = PRODUCTS[a];
            int[] idx = new int[cat.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            for (int i = idx.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
            }
            int take = Math.max(0, Math.min(want, cat.length - r.nextInt(3)));
            for (int i = 0; i < take; i++) {
                Product p = cat[idx[i]];
                // Where a product can run either way, most federations still host it themselves.
                int mode = p.modes.length() > 1 ? (r.nextDouble() < 0.7 ? HOSTED : SAAS)
                        : p.modes.charAt(0) == 'H' ? HOSTED : p.modes.charAt(0) == 'S' ? SAAS : LOCAL;
                list.add(system(b, r, mo(m), "sys-" + M + "-" + pad(++ord, 3), b.name(p.name), a,
                        p.supplier, mode, p.national, f, m, list));
            }
            int local = 0;
            int support = 0;
            for (int i = take; i < want; i++) {
                if (r.nextDouble() < 0.45) {
                    list.add(system(b, r, mo(m), "sys-" + M + "-" + pad(++ord, 3),
                            b.name("Lokalt register " + AREAS[a].toLowerCase(Locale.ROOT) + " " + ++local), a,
                            -1, LOCAL, new int[0], f, m, list));
                } else {
                    int sup = AREA_SUPPLIERS[a][r.nextInt(AREA_SUPPLIERS[a].length)];
                    list.add(system(b, r, mo(m), "sys-" + M + "-" + pad(++ord, 3),
                            b.name("Verksamhetsstöd " + AREAS[a].toLowerCase(Locale.ROOT) + " " + ++support), a,
                            sup, r.nextDouble() < 0.75 ? HOSTED : SAAS, new int[0], f, m, list));
                }
            }
        }
        munSystems[m] = list.toArray();
        if (m % 41 == 11 && list.n >= 2) {
            // Case management and e-archive call each other: a two-node cycle.
            b.dep(list.a[0], list.a[1]);
            b.dep(list.a[1], list.a[0]);
        }
    }

    /** Adds one system and what it runs on. {@code m} is -1 for a federation's shared system. */
    private int system(Builder b, SplittableRandom r, int owner, String id, int name, int area,
            int supplier, int mode, int[] national, int f, int m, IntList earlier) {
        int s = b.add(T.SYSTEM, owner, 0, name, id);
        b.area.a[s] = area;
        b.deploy.a[s] = mode;
        b.supplier.a[s] = supplier;
        int[] fk = fedKey[f];
        String F = orgId[f];
        if (mode == HOSTED || (mode == LOCAL && m < 0)) {
            double u = r.nextDouble();
            int k = u < 0.2 ? 1 : u < 0.6 ? 2 : u < 0.85 ? 3 : 4;
            for (int j = 0; j < k; j++) {
                int no = ++fedVmCount[f];
                int vm = b.add(T.F_VM, f, no, s * 4 + j, inf(F, "vm", no, 5));
                b.dep(vm, fedVmc[f][r.nextInt(fedVmc[f].length)], fk[K_STC],
                        fedVlan[f][r.nextInt(fedVlan[f].length)], fk[K_DNS]);
                if (r.nextDouble() < 0.85) {
                    b.dep(vm, fk[K_BKC]);
                }
                if (r.nextDouble() < 0.5) {
                    b.dep(vm, fk[K_ADC]);
                }
                if (r.nextDouble() < 0.3) {
                    b.dep(vm, fk[K_MON]);
                }
                b.dep(s, vm);
            }
            if (r.nextDouble() < 0.85) {
                b.dep(s, fedDbc[f][r.nextInt(fedDbc[f].length)]);
            }
            if (r.nextDouble() < 0.85) {
                b.dep(s, fk[K_ADC]);
            }
            if (r.nextDouble() < 0.3) {
                b.dep(s, fk[K_LBC]);
            }
        } else if (mode == SAAS) {
            int cloud = supplier >= 0 ? SUPPLIER_CLOUD[supplier] : nat("azure");
            b.dep(s, natAsset[cloud]);
            if (r.nextDouble() < 0.7) {
                b.dep(s, natAsset[NAT_ENTRA]);
            }
            if (r.nextDouble() < 0.8) {
                b.dep(s, fk[K_INET]);
            }
            if (r.nextDouble() < 0.3) {
                b.dep(s, fk[K_MFA]);
            }
        } else {
            b.dep(s, munSrv0[m] + r.nextInt(munSrvN[m]));
            if (r.nextDouble() < 0.5) {
                b.dep(s, munSrv0[m] + r.nextInt(munSrvN[m]));
            }
            if (r.nextDouble() < 0.5) {
                b.dep(s, munKey[m][2]);
            }
            if (r.nextDouble() < 0.7) {
                b.dep(s, fk[K_ADC]);
            }
            if (r.nextDouble() < 0.3) {
                b.dep(s, munKey[m][5]);
            }
            if (r.nextDouble() < 0.2) {
                b.dep(s, munBnet0[m] + r.nextInt(munBnetN[m]));
            }
        }
        for (int n : national) {
            if (r.nextDouble() < 0.75) {
                b.dep(s, natAsset[n]);
            }
        }
        for (int n : AREA_NATIONAL_IDX[area]) {
            if (r.nextDouble() < 0.1) {
                b.dep(s, natAsset[n]);
            }
        }
        if (m >= 0 && fedShared[f] != null && fedShared[f].length > 0 && r.nextDouble() < 0.25) {
            b.dep(s, fedShared[f][0]); // the federation's integration platform
        }
        if (earlier != null && earlier.n > 0 && r.nextDouble() < 0.12) {
            b.dep(s, earlier.a[r.nextInt(earlier.n)]);
        }
        return s;
    }

    private void finish(Builder b) {
        nAssets = b.ids.size();
        aType = new byte[nAssets];
        aArea = new byte[nAssets];
        aDeploy = new byte[nAssets];
        aSupplier = new short[nAssets];
        for (int i = 0; i < nAssets; i++) {
            aType[i] = (byte) b.type.a[i];
            aArea[i] = (byte) b.area.a[i];
            aDeploy[i] = (byte) b.deploy.a[i];
            aSupplier[i] = (short) b.supplier.a[i];
        }
        aOwner = b.owner.toArray();
        aNo = b.no.toArray();
        aRef = b.ref.toArray();
        aMin = b.min.toArray();
        aId = b.ids.toArray(new String[0]);
        names = List.copyOf(b.names);
        int[][] dep = csr(nAssets, b.dFrom, b.dTo);
        depStart = dep[0];
        depTo = dep[1];
        int[][] mem = csr(nAssets, b.mFrom, b.mTo);
        memStart = mem[0];
        memTo = mem[1];
    }

    /** Compressed adjacency, in insertion order, without repeated targets. */
    private static int[][] csr(int n, IntList from, IntList to) {
        int[] start = new int[n + 1];
        for (int i = 0; i < from.n; i++) {
            start[from.a[i] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] target = new int[from.n];
        for (int i = 0; i < from.n; i++) {
            target[fill[from.a[i]]++] = to.a[i];
        }
        int[] outStart = new int[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            outStart[v] = w;
            for (int i = start[v]; i < start[v + 1]; i++) {
                boolean seen = false;
                for (int j = outStart[v]; j < w && !seen; j++) {
                    seen = target[j] == target[i];
                }
                if (!seen) {
                    target[w++] = target[i];
                }
            }
        }
        outStart[n] = w;
        return new int[][] {outStart, Arrays.copyOf(target, w)};
    }

    // ---------------------------------------------------------------------------------------------
    // Names
    // ---------------------------------------------------------------------------------------------

    private boolean isSystem(int a) {
        return aType[a] == T.SYSTEM.ordinal();
    }

    private String ownerShort(int o) {
        return o < nFed ? fedShort[o] : munBase[o - nFed];
    }

    private String systemName(int a) {
        return names.get(aRef[a]) + ", " + ownerShort(aOwner[a]);
    }

    private String infraName(int a) {
        T t = TS[aType[a]];
        int o = aOwner[a];
        int no = aNo[a];
        int ref = aRef[a];
        String w = o < 0 ? "" : ownerShort(o);
        return switch (t) {
            case SYSTEM -> systemName(a);
            case NAT -> NATIONAL[no].name;
            case F_PWR -> "Kraftförsörjning datacenter " + AB[no] + ", " + w;
            case F_COOL -> "Kyla datacenter " + AB[no] + ", " + w;
            case F_DC -> "Datacenter " + AB[no] + ", " + w;
            case F_SW -> "Kärnswitch " + no + ", " + w;
            case F_CORE -> "Kärnnät, " + w;
            case F_FW -> "Brandvägg " + no + ", " + w;
            case F_FWC -> "Brandväggskluster, " + w;
            case F_INET -> "Internetanslutning, " + w;
            case F_WAN -> "WAN-förbindelse " + munBase[ref] + ", " + w;
            case F_VLAN -> "Servernät VLAN " + no + ", " + w;
            case F_SAN -> "Lagringssystem datacenter " + AB[no] + ", " + w;
            case F_STC -> "Speglad lagring, " + w;
            case F_BKP -> "Backupserver, " + w;
            case F_BKO -> "Extern backupkopia, " + w;
            case F_BKC -> "Säkerhetskopiering, " + w;
            case F_HOST -> "ESXi-värd " + no + " datacenter " + AB[ref] + ", " + w;
            case F_VMC -> "vSphere-kluster " + no + ", " + w;
            case F_VCENTER -> "vCenter, " + w;
            case F_DCS -> "Domänkontrollant " + no + ", " + w;
            case F_ADC -> "Active Directory, " + w;
            case F_NTP -> "Tidstjänst (NTP), " + w;
            case F_DNS -> "DNS, " + w;
            case F_ENTRA -> "Entra Connect-synkronisering, " + w;
            case F_MFA -> "MFA-tjänst, " + w;
            case F_LB -> "Lastbalanserare " + no + ", " + w;
            case F_LBC -> "Lastbalanseringskluster, " + w;
            case F_CTX -> "Citrix-server " + no + ", " + w;
            case F_CTXC -> "Citrix-farm, " + w;
            case F_MON -> "Driftövervakning, " + w;
            case F_FIL -> "Filserver, " + w;
            case F_PRINT -> "Utskriftsmiljö, " + w;
            case F_DBN -> "Databasnod " + no + "-" + ref + ", " + w;
            case F_DBC -> DB_ENGINES[no % DB_ENGINES.length] + "-kluster " + no + ", " + w;
            case F_VM -> VM_ROLES[ref & 3] + " " + systemName(ref >>> 2);
            case M_PWR -> "Reservkraft serverrum, " + w;
            case M_SR -> "Serverrum, " + w;
            case M_NET -> "Stadsnät " + w;
            case M_SW -> "Kärnswitch " + no + ", " + w;
            case M_CORE -> "Lokalt kärnnät, " + w;
            case M_WLC -> "WLAN-controller " + no + ", " + w;
            case M_WLCC -> "Trådlöst nät, " + w;
            case M_BNET -> "Nät " + building(no) + ", " + w;
            case M_SRV -> "Server " + no + ", " + w;
            case M_STO -> "Lokal lagring, " + w;
            case M_BKP -> "Lokal backup, " + w;
            case M_SVC -> LOCAL_SERVICES[ref % 16] + " " + building(ref / 16) + ", " + w;
        };
    }

    private static String building(int b) {
        if (b == 0) {
            return "kommunhuset";
        }
        String type = BUILDINGS[(b - 1) % BUILDINGS.length];
        return type.toLowerCase(Locale.ROOT) + " " + ((b - 1) / BUILDINGS.length + 1);
    }

    private String infraKind(int a) {
        T t = TS[aType[a]];
        return switch (t) {
            case NAT -> NATIONAL[aNo[a]].kind;
            case M_SVC -> LOCAL_SERVICE_KINDS[aRef[a] % 16];
            default -> t.kind;
        };
    }

    private static String person(SplittableRandom r) {
        return FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " "
                + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    }

    private String fedRole(int f, String code) {
        return "role-" + orgId[f] + "-" + code;
    }

    private String munRole(int m, String code) {
        return "role-" + orgId[mo(m)] + "-" + code;
    }

    private String slaId(int f, int m) {
        return "avt-" + orgId[f] + "-sla-" + orgId[mo(m)];
    }

    private String infoId(int m, int area, int k) {
        return "info-" + orgId[mo(m)] + "-" + AREA_CODES[area] + "-" + (k + 1);
    }

    private String fedInfoId(int f, int k) {
        return "info-" + orgId[f] + "-" + FED_INFO[k][0];
    }

    // ---------------------------------------------------------------------------------------------
    // Output
    // ---------------------------------------------------------------------------------------------

    /** Receives the model entry by entry; the writers and the counter implement it. */
    interface Sink {
        void begin(String comment) throws IOException;

        void section(String name) throws IOException;

        void endSection() throws IOException;

        /** Starts an entry; {@code compact} asks for one line where the format allows. */
        void entry(boolean compact) throws IOException;

        void endEntry() throws IOException;

        void id(String id) throws IOException;

        void text(String key, String value) throws IOException;

        void ref(String key, String id) throws IOException;

        void refs(String key, Refs ids) throws IOException;

        void integer(String key, int value) throws IOException;

        void decimal(String key, double value) throws IOException;

        void date(String key, int epochDay) throws IOException;

        void map(String key) throws IOException;

        void endMap() throws IOException;

        void end() throws IOException;
    }

    /** A reusable list of ids that keeps each id once. */
    static final class Refs {
        String[] a = new String[32];
        int n;

        Refs clear() {
            n = 0;
            return this;
        }

        Refs add(String id) {
            for (int i = 0; i < n; i++) {
                if (a[i].equals(id)) {
                    return this;
                }
            }
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = id;
            return this;
        }
    }

    /**
     * Writes the model. Streams entry by entry through a {@link BufferedWriter}; the writer is
     * flushed, not closed.
     */
    public void write(Writer out, Format format) throws IOException {
        BufferedWriter w = out instanceof BufferedWriter bw ? bw : new BufferedWriter(out, 1 << 16);
        Sink sink = format == Format.JSON ? new JsonSink(w) : new YamlSink(w);
        CountingSink counter = new CountingSink(sink);
        generate(counter);
        w.flush();
        if (counts == null) {
            counts = counter.counts();
        }
    }

    /** What the model holds, computed by walking it without writing any text. */
    public Counts counts() {
        if (counts == null) {
            CountingSink counter = new CountingSink(null);
            try {
                generate(counter);
            } catch (IOException e) {
                throw new IllegalStateException(e); // the counter does no I/O
            }
            counts = counter.counts();
        }
        return counts;
    }

    void generate(Sink s) throws IOException {
        s.begin("Syntetisk nationell skalmodell för Ansvarskarta (skala " + scale + ", seed " + seed
                + "). Kommunnamn och nationella tjänster är verkliga; leverantörer, system, personer och"
                + " alla samband är påhittade.");
        organisations(s);
        bodies(s);
        roles(s);
        informationTypes(s);
        systems(s);
        infrastructure(s);
        responsibilities(s);
        risks(s);
        riskAnalyses(s);
        documents(s);
        agreements(s);
        s.end();
    }

    private void organisations(Sink s) throws IOException {
        Refs refs = new Refs();
        s.section("organisations");
        for (int o = 0; o < orgId.length; o++) {
            s.entry(false);
            s.id(orgId[o]);
            s.text("name", orgName[o]);
            s.text("type", orgType[o]);
            if (o >= nFed && o < otherBase) {
                int m = o - nFed;
                if (munFed2[m] < 0) {
                    s.ref("memberOf", orgId[munFed[m]]);
                } else {
                    s.refs("memberOf", refs.clear().add(orgId[munFed[m]]).add(orgId[munFed2[m]]));
                }
            }
            s.endEntry();
        }
        s.endSection();
    }

    private void bodies(Sink s) throws IOException {
        Refs refs = new Refs();
        s.section("bodies");
        for (int f = 0; f < nFed; f++) {
            String F = orgId[f];
            s.entry(false);
            s.id("body-" + F + "-direktion");
            s.text("name", "Förbundsdirektionen, " + fedShort[f]);
            s.text("type", "board");
            s.ref("organisation", F);
            refs.clear().add(fedRole(f, "ordf"));
            for (int m : fedMembers[f]) {
                refs.add(munRole(m, "ledamot"));
            }
            s.refs("members", refs);
            s.ref("mandate", "doc-" + F + "-forbundsordning");
            s.endEntry();

            s.entry(false);
            s.id("body-" + F + "-digitaliseringsrad");
            s.text("name", "Digitaliseringsrådet, " + fedShort[f]);
            s.text("type", "council");
            s.ref("organisation", F);
            refs.clear().add(fedRole(f, "forbundschef")).add(fedRole(f, "itchef"));
            for (int m : fedMembers[f]) {
                refs.add(munRole(m, "digrep"));
            }
            s.refs("members", refs);
            if (fedCouncilFormal[f]) {
                s.ref("mandate", "doc-" + F + "-reglemente-digitaliseringsrad");
            }
            s.endEntry();

            s.entry(false);
            s.id("body-" + F + "-ledning");
            s.text("name", "Förbundsledningen, " + fedShort[f]);
            s.text("type", "management");
            s.ref("organisation", F);
            s.refs("members", refs.clear().add(fedRole(f, "forbundschef")).add(fedRole(f, "itchef"))
                    .add(fedRole(f, "driftchef")));
            s.endEntry();
        }
        for (int m = 0; m < nMun; m++) {
            String M = orgId[mo(m)];
            s.entry(false);
            s.id("body-" + M + "-ks");
            s.text("name", "Kommunstyrelsen, " + munBase[m]);
            s.text("type", "board");
            s.ref("organisation", M);
            s.refs("members", refs.clear().add(munRole(m, "ksordf")));
            s.endEntry();

            s.entry(false);
            s.id("body-" + M + "-ledningsgrupp");
            s.text("name", "Kommunledningsgruppen, " + munBase[m]);
            s.text("type", "management");
            s.ref("organisation", M);
            s.refs("members", refs.clear().add(munRole(m, "kd")).add(munRole(m, "itsam"))
                    .add(munRole(m, "iss")));
            s.endEntry();
        }
        s.endSection();
    }

    private void roles(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 101);
        s.section("roles");
        for (int f = 0; f < nFed; f++) {
            for (String def : FED_ROLES) {
                role(s, r, fedRole(f, def.split("\\|")[0]), def, orgId[f]);
            }
            for (int a : SHARED_AREAS) {
                role(s, r, fedRole(f, "sysforv-" + AREA_CODES[a]),
                        "|Systemförvaltare gemensamma system, " + AREAS[a].toLowerCase(Locale.ROOT) + "|0.1",
                        orgId[f]);
            }
            for (int a = 0; a < AREAS.length; a++) {
                role(s, r, fedRole(f, "tekforv-" + AREA_CODES[a]),
                        "|Teknisk förvaltare " + AREAS[a].toLowerCase(Locale.ROOT) + "|0.1", orgId[f]);
            }
        }
        for (int m = 0; m < nMun; m++) {
            String M = orgId[mo(m)];
            for (String def : MUN_ROLES) {
                role(s, r, munRole(m, def.split("\\|")[0]), def, M);
            }
            for (int a = 0; a < AREAS.length; a++) {
                String area = AREAS[a].toLowerCase(Locale.ROOT);
                role(s, r, munRole(m, "sysag-" + AREA_CODES[a]), "|Systemägare " + area + "|0.05", M);
                role(s, r, munRole(m, "sysforv-" + AREA_CODES[a]), "|Systemförvaltare " + area + "|0.12",
                        M);
            }
        }
        s.endSection();
    }

    private void role(Sink s, SplittableRandom r, String id, String def, String organisation) throws IOException {
        String[] p = def.split("\\|");
        double vacancy = Double.parseDouble(p[2]);
        s.entry(false);
        s.id(id);
        s.text("title", p[1]);
        s.ref("organisation", organisation);
        if (r.nextDouble() >= vacancy) {
            s.text("holder", person(r));
        }
        if (p.length > 3) {
            s.decimal("fte", Double.parseDouble(p[3]));
        }
        s.endEntry();
    }

    private void informationTypes(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 102);
        s.section("informationTypes");
        for (int f = 0; f < nFed; f++) {
            for (int k = 0; k < FED_INFO.length; k++) {
                String[] p = FED_INFO[k][1].split("\\|");
                s.entry(false);
                s.id(fedInfoId(f, k));
                s.text("name", p[0] + ", " + fedShort[f]);
                if (r.nextDouble() < 0.6) {
                    classification(s, r, p, true);
                }
                s.endEntry();
            }
        }
        for (int m = 0; m < nMun; m++) {
            for (int a = 0; a < INFO.length; a++) {
                for (int k = 0; k < INFO[a].length; k++) {
                    String[] p = INFO[a][k].split("\\|");
                    s.entry(false);
                    s.id(infoId(m, a, k));
                    s.text("name", p[0] + ", " + munBase[m]);
                    if (r.nextDouble() < 0.55) {
                        classification(s, r, p, true);
                    }
                    s.endEntry();
                }
            }
        }
        s.endSection();
    }

    /** A classification near the given base levels (name|c|i|a|t), with an assessed date. */
    private void classification(Sink s, SplittableRandom r, String[] base, boolean all)
            throws IOException {
        s.map("classification");
        String[] aspects = {"confidentiality", "integrity", "availability", "traceability"};
        for (int i = 0; i < 4; i++) {
            // availability is always given, so that every classification gives a level
            if (i != 2 && (!all || r.nextDouble() < 0.12)) {
                continue;
            }
            int level = Integer.parseInt(base[i + 1]);
            double u = r.nextDouble();
            level += u < 0.15 ? -1 : u < 0.3 ? 1 : 0;
            s.integer(aspects[i], Math.max(0, Math.min(4, level)));
        }
        if (r.nextDouble() >= 0.03) {
            s.date("assessed", spread(r, Y2019, LATEST));
        }
        if (r.nextDouble() < 0.02) {
            s.text("note", "Sammanställd information väger tyngre än enskilda uppgifter.");
        }
        s.endMap();
    }

    /** A day between from and to, more often recent than old. */
    private static int spread(SplittableRandom r, int from, int to) {
        double u = Math.sqrt(r.nextDouble());
        return from + (int) (u * (to - from));
    }

    private static int uniform(SplittableRandom r, int from, int to) {
        return from + r.nextInt(to - from + 1);
    }

    private void systems(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 103);
        Refs refs = new Refs();
        s.section("systems");
        for (int a = 0; a < nAssets; a++) {
            if (!isSystem(a)) {
                continue;
            }
            int o = aOwner[a];
            int area = aArea[a];
            s.entry(false);
            s.id(aId[a]);
            s.text("name", systemName(a));
            s.text("category", AREAS[area]);
            if (o < nFed) {
                s.text("description", "Gemensamt system som förbundet driver för medlemmarna.");
            }
            if (aSupplier[a] >= 0) {
                s.ref("supplier", orgId[otherBase + aSupplier[a]]);
            }
            refs.clear();
            if (o < nFed) {
                for (int m : fedMembers[o]) {
                    refs.add(orgId[mo(m)]);
                }
                refs.add(orgId[o]);
            } else {
                refs.add(orgId[o]);
            }
            s.refs("usedBy", refs);
            refs.clear();
            int nInfo = INFO[area].length;
            if (o < nFed) {
                for (int m : fedMembers[o]) {
                    refs.add(infoId(m, area, r.nextInt(nInfo)));
                }
                if (area == HR) {
                    refs.add(fedInfoId(o, 0));
                } else if (area == IT) {
                    refs.add(fedInfoId(o, 1));
                    refs.add(fedInfoId(o, 2));
                }
            } else if (r.nextDouble() >= 0.06) {
                int m = o - nFed;
                refs.add(infoId(m, area, r.nextInt(nInfo)));
                if (r.nextDouble() < 0.4) {
                    refs.add(infoId(m, area, r.nextInt(nInfo)));
                }
                if (area != KL && r.nextDouble() < 0.1) {
                    refs.add(infoId(m, KL, 0));
                }
            }
            if (refs.n > 0) {
                s.refs("processes", refs);
            }
            dependsOn(s, refs, a);
            if (r.nextDouble() < 0.3) {
                String[] base = INFO[area][r.nextInt(nInfo)].split("\\|");
                classification(s, r, base, r.nextDouble() < 0.7);
            }
            s.endEntry();
        }
        s.endSection();
    }

    private void dependsOn(Sink s, Refs refs, int a) throws IOException {
        if (depStart[a + 1] > depStart[a]) {
            refs.clear();
            for (int i = depStart[a]; i < depStart[a + 1]; i++) {
                refs.add(aId[depTo[i]]);
            }
            s.refs("dependsOn", refs);
        }
    }

    private void infrastructure(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 104);
        Refs refs = new Refs();
        String[] availabilityBase = {"", "2", "3", "3", "2"};
        s.section("infrastructure");
        for (int a = 0; a < nAssets; a++) {
            if (isSystem(a)) {
                continue;
            }
            T t = TS[aType[a]];
            s.entry(false);
            s.id(aId[a]);
            s.text("name", infraName(a));
            s.text("kind", infraKind(a));
            String supplier = infraSupplier(a, t);
            if (supplier != null) {
                s.ref("supplier", supplier);
            }
            if (t.cluster()) {
                refs.clear();
                for (int i = memStart[a]; i < memStart[a + 1]; i++) {
                    refs.add(aId[memTo[i]]);
                }
                s.refs("members", refs);
                s.integer("minAvailable", aMin[a]);
            }
            dependsOn(s, refs, a);
            if (r.nextDouble() < infraClassified(t)) {
                classification(s, r, availabilityBase, r.nextDouble() < 0.5);
            }
            s.endEntry();
        }
        s.endSection();
    }

    private String infraSupplier(int a, T t) {
        int o = aOwner[a];
        return switch (t) {
            case NAT -> NATIONAL[aNo[a]].supplier < 0 ? null
                    : orgId[otherBase + NATIONAL[aNo[a]].supplier];
            case F_HOST, M_SRV, F_SAN -> "lev-hardvaruhuset";
            case F_SW, F_FW, F_LB, M_SW, M_WLC -> "lev-natverkarna";
            case M_NET -> "lev-stadsfiber";
            case F_BKO -> "lev-driftpartner";
            case M_SVC -> o % 3 == 0 ? "lev-larmtjanst" : null;
            default -> null;
        };
    }

    private static double infraClassified(T t) {
        return switch (t) {
            case F_DC, F_ADC -> 0.6;
            case F_CORE, F_STC, F_VMC, F_BKC, F_FWC -> 0.4;
            case F_DBC, M_SR, NAT -> 0.25;
            case M_CORE, F_INET, F_ENTRA -> 0.2;
            case F_VM -> 0.03;
            default -> 0.02;
        };
    }

    private void responsibilities(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 105);
        s.section("responsibilities");
        for (int a = 0; a < nAssets; a++) {
            int o = aOwner[a];
            if (o < 0) {
                continue; // national services: run by others, nobody here answers for them
            }
            String target = aId[a];
            if (isSystem(a)) {
                int area = aArea[a];
                int mode = aDeploy[a];
                if (o < nFed) {
                    int f = o;
                    if (r.nextDouble() < 0.97) {
                        responsibility(s, fedRole(f, "sysag-gem"), "owner", target, null);
                    }
                    if (r.nextDouble() < 0.92) {
                        responsibility(s, fedRole(f, "sysforv-" + AREA_CODES[area]), "manager", target, null);
                    }
                    if (r.nextDouble() < 0.8) {
                        responsibility(s, fedRole(f, "tekforv-" + AREA_CODES[area]), "technical", target, null);
                    }
                    if (mode == HOSTED ? r.nextDouble() < 0.95 : r.nextDouble() < 0.7) {
                        responsibility(s, fedRole(f, mode == HOSTED ? "driftchef" : "itchef"), "operations",
                                target, null);
                    }
                } else {
                    int m = o - nFed;
                    int f = munFed[m];
                    if (r.nextDouble() < 0.97) {
                        responsibility(s, munRole(m, "sysag-" + AREA_CODES[area]), "owner", target, null);
                    }
                    if (r.nextDouble() < 0.01) { // the federation also claims it: a conflict
                        responsibility(s, fedRole(f, "sysag-gem"), "owner", target, null);
                    }
                    if (r.nextDouble() < 0.93) {
                        responsibility(s, munRole(m, "sysforv-" + AREA_CODES[area]), "manager", target, null);
                    }
                    double technical = mode == HOSTED ? 0.8 : mode == SAAS ? 0.4 : 0.6;
                    if (r.nextDouble() < technical) {
                        responsibility(s, mode == LOCAL ? munRole(m, "itsam")
                                : fedRole(f, "tekforv-" + AREA_CODES[area]), "technical", target, null);
                    }
                    double u = r.nextDouble();
                    if (mode == HOSTED && u < 0.93) {
                        responsibility(s, fedRole(f, "driftchef"), "operations", target,
                                r.nextDouble() < 0.85 ? slaId(f, m) : null);
                    } else if (mode == SAAS && u < 0.65) {
                        responsibility(s, fedRole(f, "itchef"), "operations", target, null);
                    } else if (mode == LOCAL && u < 0.85) {
                        responsibility(s, munRole(m, "itsam"), "operations", target, null);
                    }
                }
                continue;
            }
            T t = TS[aType[a]];
            if (o < nFed) {
                int f = o;
                if (r.nextDouble() < 0.97) {
                    responsibility(s, fedRole(f, "itchef"), "owner", target, null);
                }
                if (r.nextDouble() < 0.96) {
                    String role = switch (t) {
                        case F_DBN, F_DBC -> "dbansv";
                        case F_DCS, F_ADC, F_ENTRA, F_MFA -> "idansv";
                        case F_PWR, F_COOL, F_DC -> "driftchef";
                        default -> t.network() ? "natansv" : "serveransv";
                    };
                    responsibility(s, fedRole(f, role), "operations", target, null);
                }
            } else {
                int m = o - nFed;
                int f = munFed[m];
                if (t == T.M_SVC) {
                    if (r.nextDouble() < 0.9) {
                        responsibility(s, munRole(m, "sysag-" + AREA_CODES[TOF]), "owner", target, null);
                    }
                    if (r.nextDouble() < 0.8) {
                        responsibility(s, munRole(m, "itsam"), "operations", target, null);
                    }
                    continue;
                }
                if (r.nextDouble() < 0.95) {
                    responsibility(s, munRole(m, "itsam"), "owner", target, null);
                }
                double u = r.nextDouble();
                if (t.network()) {
                    if (u < 0.9) {
                        responsibility(s, fedRole(f, "natansv"), "operations", target, slaId(f, m));
                    }
                } else if (t == T.M_SRV || t == T.M_STO || t == T.M_BKP) {
                    if (u < 0.5) {
                        responsibility(s, fedRole(f, "serveransv"), "operations", target, slaId(f, m));
                    } else if (u < 0.93) {
                        responsibility(s, munRole(m, "itsam"), "operations", target, null);
                    }
                } else if (u < 0.9) {
                    responsibility(s, munRole(m, "itsam"), "operations", target, null);
                }
            }
        }
        for (int f = 0; f < nFed; f++) {
            for (int k = 0; k < FED_INFO.length; k++) {
                if (r.nextDouble() < 0.9) {
                    responsibility(s, fedRole(f, "forbundschef"), "owner", fedInfoId(f, k), null);
                }
            }
        }
        for (int m = 0; m < nMun; m++) {
            for (int a = 0; a < INFO.length; a++) {
                for (int k = 0; k < INFO[a].length; k++) {
                    if (r.nextDouble() < 0.92) {
                        responsibility(s, munRole(m, "sysag-" + AREA_CODES[a]), "owner", infoId(m, a, k), null);
                    }
                }
            }
        }
        s.endSection();
    }

    private static void responsibility(Sink s, String role, String aspect, String target,
            String basis) throws IOException {
        s.entry(true);
        s.ref("role", role);
        s.text("aspect", aspect);
        s.ref("target", target);
        if (basis != null) {
            s.ref("basis", basis);
        }
        s.endEntry();
    }

    private static double riskProbability(T t) {
        return switch (t) {
            case SYSTEM -> 0.33;
            case F_ADC -> 0.7;
            case F_DC, F_INET, F_BKC, F_VMC -> 0.5;
            case F_CORE, F_FWC, F_STC, F_VCENTER, F_ENTRA, F_CTXC, M_SR, M_NET -> 0.4;
            case F_DBC, M_CORE -> 0.3;
            case F_SAN, F_MFA -> 0.2;
            case F_HOST, M_SRV, M_SVC -> 0.06;
            case F_VM -> 0.01;
            case M_BNET -> 0.02;
            default -> 0.0;
        };
    }

    private void risks(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 106);
        Refs refs = new Refs();
        int n = 0;
        s.section("risks");
        for (int a = 0; a < nAssets; a++) {
            T t = TS[aType[a]];
            if (r.nextDouble() >= riskProbability(t)) {
                continue;
            }
            int o = aOwner[a];
            refs.clear().add(aId[a]);
            String title;
            String owner;
            if (t == T.SYSTEM) {
                title = String.format(SYSTEM_RISKS[r.nextInt(SYSTEM_RISKS.length)], systemName(a));
                owner = o < nFed ? fedRole(o, "sysag-gem")
                        : munRole(o - nFed, "sysag-" + AREA_CODES[aArea[a]]);
                if (depStart[a + 1] > depStart[a] && r.nextDouble() < 0.2) {
                    refs.add(aId[depTo[depStart[a] + r.nextInt(depStart[a + 1] - depStart[a])]]);
                }
            } else {
                title = String.format(INFRA_RISKS[r.nextInt(INFRA_RISKS.length)], infraName(a));
                owner = o < nFed ? fedRole(o, r.nextBoolean() ? "itchef" : "driftchef")
                        : munRole(o - nFed, "itsam");
            }
            risk(s, r, ++n, title, refs, r.nextDouble() < 0.05 ? null : owner);
        }
        for (int f = 0; f < nFed; f++) {
            int[] k = fedKey[f];
            String w = fedShort[f];
            refs.clear();
            for (int v : fedVmc[f]) {
                refs.add(aId[v]);
            }
            refs.add(aId[k[K_VCENTER]]);
            risk(s, r, ++n, "Utpressningsattack mot virtualiseringsplattformen, " + w, refs,
                    fedRole(f, "itchef"));
            risk(s, r, ++n, "Intrång i Active Directory, " + w,
                    refs.clear().add(aId[k[K_ADC]]).add(aId[k[K_ENTRA]]), fedRole(f, "idansv"));
            risk(s, r, ++n, "Avbrott i internetanslutningen, " + w,
                    refs.clear().add(aId[k[K_INET]]).add(aId[k[K_FWC]]), fedRole(f, "natansv"));
            risk(s, r, ++n, "Förlust av datacenter A, " + w, refs.clear().add(aId[k[K_DC1]]),
                    fedRole(f, "driftchef"));
            risk(s, r, ++n, "Driftpartnern drabbas av utpressningsvirus, " + w,
                    refs.clear().add(aId[natAsset[nat("driftpartner-dc")]]).add(aId[natAsset[NAT_BACKUP]]),
                    fedRole(f, "itchef"));
            int other = r.nextInt(NATIONAL.length);
            risk(s, r, ++n, "Långvarigt avbrott i " + NATIONAL[other].name + ", " + w,
                    refs.clear().add(aId[natAsset[other]]), r.nextDouble() < 0.3 ? null : fedRole(f, "itchef"));
        }
        s.endSection();
    }

    private static final String[] STATUS = {"open", "treated", "accepted", "closed"};

    private void risk(Sink s, SplittableRandom r, int n, String title, Refs targets, String owner)
            throws IOException {
        s.entry(false);
        s.id("risk-" + pad(n, 6));
        s.text("title", title);
        s.refs("targets", targets);
        double u = r.nextDouble();
        s.integer("likelihood", u < 0.2 ? 1 : u < 0.6 ? 2 : u < 0.9 ? 3 : 4);
        u = r.nextDouble();
        s.integer("consequence", u < 0.1 ? 1 : u < 0.45 ? 2 : u < 0.8 ? 3 : 4);
        if (owner != null) {
            s.ref("owner", owner);
        }
        u = r.nextDouble();
        int status = u < 0.45 ? 0 : u < 0.7 ? 1 : u < 0.85 ? 2 : 3;
        if (status != 0 || r.nextDouble() < 0.8) { // a risk without status is open
            s.text("status", STATUS[status]);
        }
        u = r.nextDouble();
        String treatment = switch (status) {
            case 0 -> u < 0.5 ? "reduce" : null;
            case 1 -> u < 0.7 ? "reduce" : u < 0.9 ? "transfer" : "avoid";
            case 2 -> "accept";
            default -> u < 0.8 ? "reduce" : "avoid";
        };
        if (treatment != null) {
            s.text("treatment", treatment);
        }
        // Mostly recent, so that about a third of the reviews are overdue.
        int assessed = RISKS_FROM + (int) (Math.cbrt(r.nextDouble()) * (LATEST - RISKS_FROM));
        s.date("assessed", assessed);
        if (r.nextDouble() < 0.92) {
            s.date("reviewBy", assessed + (r.nextDouble() < 0.8 ? 365 : 182));
        }
        s.endEntry();
    }

    private void riskAnalyses(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 107);
        Refs refs = new Refs();
        s.section("riskAnalyses");
        for (int f = 0; f < nFed; f++) {
            String F = orgId[f];
            int[] k = fedKey[f];
            refs.clear();
            for (int v : k) {
                refs.add(aId[v]);
            }
            for (int v : fedVmc[f]) {
                refs.add(aId[v]);
            }
            for (int i = 0; i < Math.min(3, fedDbc[f].length); i++) {
                refs.add(aId[fedDbc[f][i]]);
            }
            // A current analysis of the infrastructure in most federations, an old one in the rest.
            int performed = r.nextDouble() < 0.65 ? uniform(r, LATEST - 330, LATEST)
                    : uniform(r, Y2019, LATEST - 420);
            riskAnalysis(s, "ra-" + F + "-infrastruktur", "Riskanalys IT-infrastruktur, " + fedShort[f],
                    performed, refs, fedRole(f, r.nextDouble() < 0.6 ? "iss" : "itchef"));
            int[] shared = fedShared[f];
            for (int i = 0; i < 8 && shared.length > 0; i++) {
                refs.clear();
                int first = shared[r.nextInt(shared.length)];
                refs.add(aId[first]);
                int more = r.nextInt(3);
                for (int j = 0; j < more; j++) {
                    refs.add(aId[shared[r.nextInt(shared.length)]]);
                }
                riskAnalysis(s, "ra-" + F + "-" + (i + 1), "Riskanalys " + names.get(aRef[first])
                        + ", " + fedShort[f], spread(r, Y2019, LATEST), refs,
                        fedRole(f, r.nextBoolean() ? "iss" : "sysforv-" + AREA_CODES[aArea[first]]));
            }
        }
        for (int m = 0; m < nMun; m++) {
            String M = orgId[mo(m)];
            int[] systems = munSystems[m];
            for (int i = 0; i < 6; i++) {
                int area = r.nextInt(AREAS.length);
                refs.clear();
                int want = 3 + r.nextInt(13);
                for (int j = 0; j < systems.length && refs.n < want; j++) {
                    if (aArea[systems[j]] == area && r.nextDouble() < 0.8) {
                        refs.add(aId[systems[j]]);
                    }
                }
                if (refs.n == 0) {
                    refs.add(aId[systems[r.nextInt(systems.length)]]);
                }
                riskAnalysis(s, "ra-" + M + "-" + (i + 1),
                        "Riskanalys " + AREAS[area].toLowerCase(Locale.ROOT) + ", " + munBase[m],
                        spread(r, Y2019, LATEST), refs,
                        munRole(m, r.nextBoolean() ? "iss" : "sysforv-" + AREA_CODES[area]));
            }
            if (r.nextDouble() < 0.3) {
                refs.clear();
                for (int v : munKey[m]) {
                    refs.add(aId[v]);
                }
                for (int i = 0; i < Math.min(5, munSrvN[m]); i++) {
                    refs.add(aId[munSrv0[m] + i]);
                }
                riskAnalysis(s, "ra-" + M + "-lokal-it", "Riskanalys lokal IT-miljö, " + munBase[m],
                        spread(r, Y2019, LATEST), refs, munRole(m, "itsam"));
            }
        }
        s.endSection();
    }

    private static void riskAnalysis(Sink s, String id, String title, int performed, Refs scope,
            String by) throws IOException {
        s.entry(false);
        s.id(id);
        s.text("title", title);
        s.date("performed", performed);
        s.refs("scope", scope);
        s.ref("by", by);
        s.date("nextReview", performed + 365);
        s.endEntry();
    }

    private void documents(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 108);
        Refs refs = new Refs();
        s.section("documents");
        for (int f = 0; f < nFed; f++) {
            String F = orgId[f];
            String w = fedShort[f];
            String board = "body-" + F + "-direktion";
            String management = "body-" + F + "-ledning";
            refs.clear().add(F);
            for (int m : fedMembers[f]) {
                refs.add(orgId[mo(m)]);
            }
            document(s, r, "doc-" + F + "-policy", "Informationssäkerhetspolicy, " + w, "policy", board,
                    refs);
            document(s, r, "doc-" + F + "-klassning", "Riktlinje för informationsklassning, " + w,
                    "guideline", management, refs.clear().add(F));
            refs.clear();
            for (int v : fedKey[f]) {
                refs.add(aId[v]);
            }
            document(s, r, "doc-" + F + "-kontinuitet", "Kontinuitetsplan för IT-drift, " + w,
                    "continuityPlan", management, refs);
            refs.clear();
            for (int v : fedShared[f]) {
                refs.add(aId[v]);
            }
            document(s, r, "doc-" + F + "-forvaltningsplan", "Förvaltningsplan gemensamma system, " + w,
                    "managementPlan", management, refs);
            document(s, r, "doc-" + F + "-forbundsordning", "Förbundsordning, " + w, "charter", null,
                    refs.clear().add(F));
            document(s, r, "doc-" + F + "-incident", "Instruktion för incidenthantering, " + w,
                    "instruction", management, refs.clear().add(F));
            if (fedCouncilFormal[f]) {
                document(s, r, "doc-" + F + "-reglemente-digitaliseringsrad",
                        "Reglemente för digitaliseringsrådet, " + w, "other", board,
                        refs.clear().add("body-" + F + "-digitaliseringsrad"));
            }
        }
        for (int m = 0; m < nMun; m++) {
            String M = orgId[mo(m)];
            String w = munBase[m];
            String board = "body-" + M + "-ks";
            String management = "body-" + M + "-ledningsgrupp";
            document(s, r, "doc-" + M + "-policy", "Informationssäkerhetspolicy, " + w, "policy", board,
                    refs.clear().add(M));
            document(s, r, "doc-" + M + "-riktlinje", "Riktlinje för informationssäkerhet, " + w,
                    "guideline", management, refs.clear().add(M));
            int[] systems = munSystems[m];
            refs.clear();
            for (int j = 0; j < systems.length && refs.n < 10; j++) {
                int area = aArea[systems[j]];
                if ((area == 5 || area == 6 || area == IT) && r.nextDouble() < 0.5) {
                    refs.add(aId[systems[j]]);
                }
            }
            document(s, r, "doc-" + M + "-kontinuitet",
                    "Kontinuitetsplan för samhällsviktiga system, " + w, "continuityPlan", management,
                    refs.n > 0 ? refs : refs.add(M));
            int first = r.nextInt(AREAS.length);
            int second = (first + 1 + r.nextInt(AREAS.length - 1)) % AREAS.length;
            for (int area : new int[] {first, second}) {
                refs.clear();
                for (int v : systems) {
                    if (aArea[v] == area) {
                        refs.add(aId[v]);
                    }
                }
                document(s, r, "doc-" + M + "-forvaltningsplan-" + AREA_CODES[area],
                        "Förvaltningsplan " + AREAS[area].toLowerCase(Locale.ROOT) + ", " + w,
                        "managementPlan", management, refs.n > 0 ? refs : refs.add(M));
            }
        }
        s.endSection();
    }

    private static void document(Sink s, SplittableRandom r, String id, String title, String type,
            String adoptedBy, Refs governs) throws IOException {
        s.entry(false);
        s.id(id);
        s.text("title", title);
        s.text("type", type);
        double u = r.nextDouble();
        String status = u < 0.8 ? "adopted" : u < 0.9 ? "underRevision" : u < 0.96 ? "draft" : "retired";
        if (!status.equals("draft")) {
            int adopted = spread(r, Y2016, LATEST);
            s.date("adopted", adopted);
            if (adoptedBy != null) {
                s.ref("adoptedBy", adoptedBy);
            }
            s.date("reviewBy", adopted + 365 * (2 + r.nextInt(3)));
        }
        s.text("status", status);
        s.refs("governs", governs);
        s.endEntry();
    }

    private void agreements(Sink s) throws IOException {
        SplittableRandom r = rng(seed, 109);
        Refs refs = new Refs();
        s.section("agreements");
        for (int f = 0; f < nFed; f++) {
            String F = orgId[f];
            String w = fedShort[f];
            refs.clear().add(F);
            for (int m : fedMembers[f]) {
                refs.add(orgId[mo(m)]);
            }
            agreement(s, "avt-" + F + "-forbundsordning", "Förbundsordning, " + w, "charter", refs,
                    null, uniform(r, Y2015, Y2021), -1);
            for (int m : fedMembers[f]) {
                String M = orgId[mo(m)];
                boolean own = munFed[m] == f;
                // SLA: the federation's shared systems and, for its own members, most hosted systems.
                Refs covers = new Refs();
                for (int v : fedShared[f]) {
                    covers.add(aId[v]);
                }
                if (own) {
                    double coverage = r.nextDouble() < 0.2 ? 0.4 : 0.9;
                    for (int v : munSystems[m]) {
                        if (aDeploy[v] == HOSTED && r.nextDouble() < coverage) {
                            covers.add(aId[v]);
                        }
                    }
                }
                int from = uniform(r, Y2018, Y2024);
                double u = r.nextDouble();
                int to = u < 0.35 ? -1 : u < 0.55 ? uniform(r, Y2023, LATEST - 30) // expired
                        : uniform(r, LATEST + 30, LATEST + 3 * 365);
                agreement(s, slaId(f, m), "Tjänsteavtal IT-drift " + munBase[m] + ", " + w, "sla",
                        refs.clear().add(F).add(M), covers, from, to);
                if (own && r.nextDouble() < 0.75) {
                    covers.clear();
                    for (int a = 0; a < INFO.length; a++) {
                        for (int k = 0; k < INFO[a].length; k++) {
                            if (Integer.parseInt(INFO[a][k].split("\\|")[1]) >= 2) {
                                covers.add(infoId(m, a, k));
                            }
                        }
                    }
                    agreement(s, "avt-" + F + "-pub-" + M, "Personuppgiftsbiträdesavtal " + munBase[m]
                            + ", " + w, "dpa", refs.clear().add(F).add(M), covers, uniform(r, Y2018, Y2024),
                            -1);
                }
            }
            // Supplier agreements of the federation: data processing for the suppliers' clouds.
            boolean[] used = new boolean[OTHER_ORGS.length];
            for (int i = 0; i < 3; i++) {
                int sup = r.nextInt(SUPPLIERS); // suppliers come first in OTHER_ORGS
                if (used[sup]) {
                    continue;
                }
                used[sup] = true;
                Refs covers = new Refs();
                for (int n = 0; n < NATIONAL.length; n++) {
                    if (NATIONAL[n].supplier == sup) {
                        covers.add(aId[natAsset[n]]);
                    }
                }
                int from = uniform(r, Y2018, Y2024);
                agreement(s, "avt-" + F + "-" + OTHER_ORGS[sup][0], "Avtal och PUB-avtal med "
                        + OTHER_ORGS[sup][1] + ", " + w, "dpa", refs.clear().add(F).add(OTHER_ORGS[sup][0]),
                        covers.n > 0 ? covers : null, from, r.nextDouble() < 0.5 ? from + 4 * 365 : -1);
            }
        }
        s.endSection();
    }

    private static void agreement(Sink s, String id, String title, String type, Refs parties,
            Refs covers, int from, int to) throws IOException {
        s.entry(false);
        s.id(id);
        s.text("title", title);
        s.text("type", type);
        s.refs("parties", parties);
        if (covers != null && covers.n > 0) {
            s.refs("covers", covers);
        }
        s.date("validFrom", from);
        if (to >= 0) {
            s.date("validTo", to);
        }
        s.endEntry();
    }

    // ---------------------------------------------------------------------------------------------
    // Sinks
    // ---------------------------------------------------------------------------------------------

    /** Relationship type of each reference key, by section; PRODUCT.md's order. */
    static final Map<String, String> RELATIONSHIPS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("organisations.memberOf", "MEMBER_OF");
        m.put("bodies.organisation", "PART_OF");
        m.put("bodies.members", "SITS_ON");
        m.put("roles.organisation", "IN");
        m.put("responsibilities.role", "RESPONSIBLE_FOR");
        m.put("systems.dependsOn", "DEPENDS_ON");
        m.put("infrastructure.dependsOn", "DEPENDS_ON");
        m.put("infrastructure.members", "MEMBER");
        m.put("systems.usedBy", "USED_BY");
        m.put("systems.supplier", "SUPPLIED_BY");
        m.put("infrastructure.supplier", "SUPPLIED_BY");
        m.put("systems.processes", "PROCESSES");
        m.put("risks.targets", "THREATENS");
        m.put("risks.owner", "OWNS_RISK");
        m.put("riskAnalyses.scope", "ASSESSES");
        m.put("riskAnalyses.by", "PERFORMED_BY");
        m.put("bodies.mandate", "MANDATE");
        m.put("documents.governs", "GOVERNS");
        m.put("documents.adoptedBy", "ADOPTED");
        m.put("agreements.parties", "PARTY");
        m.put("agreements.covers", "COVERS");
        RELATIONSHIPS = Collections.unmodifiableMap(m);
    }

    /** Counts nodes and relationships, passing everything on to another sink if given. */
    private static final class CountingSink implements Sink {
        private final Sink next;
        private final Map<String, int[]> bySection = new HashMap<>();
        private final Map<String, int[]> byRel = new LinkedHashMap<>();
        private String section;
        private int[] sectionCount;

        CountingSink(Sink next) {
            this.next = next;
            for (String rel : RELATIONSHIPS.values()) {
                byRel.putIfAbsent(rel, new int[1]);
            }
        }

        private void count(String key, int n) {
            String rel = RELATIONSHIPS.get(section + "." + key);
            if (rel != null) {
                byRel.get(rel)[0] += n;
            }
        }

        @Override
        public void begin(String comment) throws IOException {
            if (next != null) {
                next.begin(comment);
            }
        }

        @Override
        public void section(String name) throws IOException {
            section = name;
            sectionCount = bySection.computeIfAbsent(name, k -> new int[1]);
            if (next != null) {
                next.section(name);
            }
        }

        @Override
        public void endSection() throws IOException {
            if (next != null) {
                next.endSection();
            }
        }

        @Override
        public void entry(boolean compact) throws IOException {
            sectionCount[0]++;
            if (next != null) {
                next.entry(compact);
            }
        }

        @Override
        public void endEntry() throws IOException {
            if (next != null) {
                next.endEntry();
            }
        }

        @Override
        public void id(String id) throws IOException {
            if (next != null) {
                next.id(id);
            }
        }

        @Override
        public void text(String key, String value) throws IOException {
            if (next != null) {
                next.text(key, value);
            }
        }

        @Override
        public void ref(String key, String id) throws IOException {
            count(key, 1);
            if (next != null) {
                next.ref(key, id);
            }
        }

        @Override
        public void refs(String key, Refs ids) throws IOException {
            count(key, ids.n);
            if (next != null) {
                next.refs(key, ids);
            }
        }

        @Override
        public void integer(String key, int value) throws IOException {
            if (next != null) {
                next.integer(key, value);
            }
        }

        @Override
        public void decimal(String key, double value) throws IOException {
            if (next != null) {
                next.decimal(key, value);
            }
        }

        @Override
        public void date(String key, int epochDay) throws IOException {
            if (next != null) {
                next.date(key, epochDay);
            }
        }

        @Override
        public void map(String key) throws IOException {
            if (next != null) {
                next.map(key);
            }
        }

        @Override
        public void endMap() throws IOException {
            if (next != null) {
                next.endMap();
            }
        }

        @Override
        public void end() throws IOException {
            if (next != null) {
                next.end();
            }
        }

        private int of(String section) {
            int[] c = bySection.get(section);
            return c == null ? 0 : c[0];
        }

        Counts counts() {
            Map<String, Integer> rels = new LinkedHashMap<>();
            int total = 0;
            for (Map.Entry<String, int[]> e : byRel.entrySet()) {
                rels.put(e.getKey(), e.getValue()[0]);
                total += e.getValue()[0];
            }
            int nodes = 0;
            for (Map.Entry<String, int[]> e : bySection.entrySet()) {
                if (!e.getKey().equals("responsibilities")) {
                    nodes += e.getValue()[0];
                }
            }
            return new Counts(nodes, total, of("systems"), of("infrastructure"), rels.get("DEPENDS_ON"),
                    rels.get("MEMBER"), of("organisations"), of("bodies"), of("roles"),
                    of("informationTypes"), of("risks"), of("riskAnalyses"), of("documents"),
                    of("agreements"), of("responsibilities"), Collections.unmodifiableMap(rels));
        }
    }

    /**
     * Quotes a string for a YAML double-quoted scalar or a JSON string: both accept the same
     * escapes for what is escaped here.
     */
    private static void quoted(Writer w, String s) throws IOException {
        w.write('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028
                    || c == 0x2029 || c == 0xfeff) {
                w.write(s, start, i - start);
                switch (c) {
                    case '"' -> w.write("\\\"");
                    case '\\' -> w.write("\\\\");
                    case '\n' -> w.write("\\n");
                    case '\t' -> w.write("\\t");
                    case '\r' -> w.write("\\r");
                    default -> {
                        String hex = Integer.toHexString(c);
                        w.write("\\u");
                        w.write("0000", 0, 4 - hex.length());
                        w.write(hex);
                    }
                }
                start = i + 1;
            }
        }
        w.write(s, start, s.length() - start);
        w.write('"');
    }

    private static final String SCALES_LABELS =
            "\"Försumbar\", \"Måttlig\", \"Betydande\", \"Allvarlig\", \"Synnerligen allvarlig\"";

    /**
     * Block-style YAML: every string double-quoted (so nothing reads as a number, boolean or
     * date), reference lists in flow style, dates plain, responsibilities one per line.
     */
    /**
     * What the YAML and JSON writers share: a value is its key ({@link #key}), the value, and whatever ends it in the
     * format ({@link #endValue}); ids and texts quoted, lists of ids inline.
     */
    private abstract static class TextSink implements Sink {
        final Writer w;
        private final String listSeparator;
        int fields;

        TextSink(Writer w, String listSeparator) {
            this.w = w;
            this.listSeparator = listSeparator;
        }

        abstract void key(String key) throws IOException;

        void endValue() throws IOException {
        }

        @Override
        public void id(String id) throws IOException {
            text("id", id);
        }

        @Override
        public void text(String key, String value) throws IOException {
            key(key);
            quoted(w, value);
            endValue();
        }

        @Override
        public void ref(String key, String id) throws IOException {
            text(key, id);
        }

        @Override
        public void refs(String key, Refs ids) throws IOException {
            key(key);
            w.write('[');
            for (int i = 0; i < ids.n; i++) {
                if (i > 0) {
                    w.write(listSeparator);
                }
                quoted(w, ids.a[i]);
            }
            w.write(']');
            endValue();
        }

        @Override
        public void integer(String key, int value) throws IOException {
            key(key);
            w.write(Integer.toString(value));
            endValue();
        }

        @Override
        public void decimal(String key, double value) throws IOException {
            key(key);
            w.write(Double.toString(value));
            endValue();
        }
    }

    private static final class YamlSink extends TextSink {
        private String pending;
        private boolean compact;
        private boolean inMap;

        YamlSink(Writer w) {
            super(w, ", ");
        }

        @Override
        public void begin(String comment) throws IOException {
            w.write("# ");
            w.write(comment.replace('\n', ' '));
            w.write("\n\nversion: 1\n\npolicy:\n  classificationMaxAgeMonths: 24\n"
                    + "  riskAnalysisMaxAgeMonths: 12\n\nscales:\n  classification:\n    labels: ["
                    + SCALES_LABELS + "]\n  likelihood: {min: 1, max: 4}\n  consequence: {min: 1, max: 4}\n"
                    + "  riskBands:\n    - {name: \"low\", max: 3}\n    - {name: \"medium\", max: 8}\n"
                    + "    - {name: \"high\", max: 16}\n");
        }

        @Override
        public void section(String name) {
            pending = name;
        }

        @Override
        public void endSection() throws IOException {
            if (pending != null) {
                w.write("\n");
                w.write(pending);
                w.write(": []\n");
                pending = null;
            }
        }

        @Override
        public void entry(boolean compact) throws IOException {
            if (pending != null) {
                w.write("\n");
                w.write(pending);
                w.write(":\n");
                pending = null;
            }
            this.compact = compact;
            fields = 0;
            w.write(compact ? "  - {" : "  - ");
        }

        @Override
        public void endEntry() throws IOException {
            if (compact) {
                w.write("}\n");
            }
        }

        @Override
        void key(String key) throws IOException {
            if (compact) {
                if (fields > 0) {
                    w.write(", ");
                }
            } else if (inMap) {
                w.write("      ");
            } else if (fields > 0) {
                w.write("    ");
            }
            fields++;
            w.write(key);
            w.write(": ");
        }

        @Override
        void endValue() throws IOException {
            if (!compact) {
                w.write('\n');
            }
        }

        @Override
        public void date(String key, int epochDay) throws IOException {
            key(key);
            w.write(NationalModelGenerator.date(epochDay));
            endValue();
        }

        @Override
        public void map(String key) throws IOException {
            if (fields++ > 0) {
                w.write("    ");
            }
            w.write(key);
            w.write(":\n");
            inMap = true;
        }

        @Override
        public void endMap() {
            inMap = false;
        }

        @Override
        public void end() {
        }
    }

    /** JSON, one entry per line. */
    private static final class JsonSink extends TextSink {
        private String pending;
        private int entries;
        private int outerFields;

        JsonSink(Writer w) {
            super(w, ",");
        }

        @Override
        public void begin(String comment) throws IOException {
            w.write("{\"version\":1,\n\"policy\":{\"classificationMaxAgeMonths\":24,"
                    + "\"riskAnalysisMaxAgeMonths\":12},\n\"scales\":{\"classification\":{\"labels\":["
                    + SCALES_LABELS.replace(", ", ",") + "]},\"likelihood\":{\"min\":1,\"max\":4},"
                    + "\"consequence\":{\"min\":1,\"max\":4},\"riskBands\":[{\"name\":\"low\",\"max\":3},"
                    + "{\"name\":\"medium\",\"max\":8},{\"name\":\"high\",\"max\":16}]}");
        }

        @Override
        public void section(String name) {
            pending = name;
            entries = 0;
        }

        @Override
        public void endSection() throws IOException {
            if (entries == 0) {
                w.write(",\n\"");
                w.write(pending);
                w.write("\":[]");
            } else {
                w.write("\n]");
            }
            pending = null;
        }

        @Override
        public void entry(boolean compact) throws IOException {
            if (entries++ == 0) {
                w.write(",\n\"");
                w.write(pending);
                w.write("\":[\n{");
            } else {
                w.write(",\n{");
            }
            fields = 0;
        }

        @Override
        public void endEntry() throws IOException {
            w.write('}');
        }

        @Override
        void key(String key) throws IOException {
            if (fields++ > 0) {
                w.write(',');
            }
            w.write('"');
            w.write(key);
            w.write("\":");
        }

        @Override
        public void date(String key, int epochDay) throws IOException {
            key(key);
            w.write('"');
            w.write(NationalModelGenerator.date(epochDay));
            w.write('"');
        }

        @Override
        public void map(String key) throws IOException {
            key(key);
            w.write('{');
            outerFields = fields;
            fields = 0;
        }

        @Override
        public void endMap() throws IOException {
            w.write('}');
            fields = outerFields;
        }

        @Override
        public void end() throws IOException {
            w.write("\n}\n");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Command line
    // ---------------------------------------------------------------------------------------------

    /** Counts the bytes written through it. */
    private static final class CountingStream extends FilterOutputStream {
        long bytes;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }

    /**
     * Command line: {@code generate [--scale 1.0] [--seed 42] [--format yaml|json] [--out FILE]}.
     * Writes to stdout when no {@code --out} is given (the format then defaults to YAML, otherwise
     * it follows the file's extension) and prints the counts to stderr.
     *
     * @return 0 on success, 1 when writing failed, 2 for bad arguments; never exits the JVM
     */
    public static int run(String[] args) {
        PrintStream err = System.err;
        double scale = 1.0;
        long seed = 42;
        Format format = null;
        String out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (i == 0 && arg.equals("generate")) {
                    continue;
                }
                switch (arg) {
                    case "-h", "--help" -> {
                        err.println(USAGE);
                        return 0;
                    }
                    case "--scale", "--seed", "--format", "--out" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(arg + " needs a value");
                            }
                            value = args[++i];
                        }
                        switch (arg) {
                            case "--scale" -> scale = Double.parseDouble(value);
                            case "--seed" -> seed = Long.parseLong(value);
                            case "--format" -> format = switch (value.toLowerCase(Locale.ROOT)) {
                                case "yaml", "yml" -> Format.YAML;
                                case "json" -> Format.JSON;
                                default -> throw new IllegalArgumentException("unknown format: " + value);
                            };
                            default -> out = value;
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (format == null) {
                format = out != null && out.toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON
                        : Format.YAML;
            }
            NationalModelGenerator generator = new NationalModelGenerator(scale, seed);
            long started = System.nanoTime();
            long bytes;
            if (out == null) {
                CountingStream stream = new CountingStream(System.out);
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                generator.write(writer, format);
                writer.flush();
                bytes = stream.bytes;
            } else {
                Path path = Path.of(out);
                try (CountingStream stream = new CountingStream(Files.newOutputStream(path));
                          Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                    generator.write(writer, format);
                    writer.flush();
                    bytes = stream.bytes;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(summary(generator.counts(), scale, seed, format, out, bytes, seconds));
            return 0;
        } catch (IllegalArgumentException e) { // NumberFormatException included
            err.println("generate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("generate: writing failed: " + e);
            return 1;
        }
    }

    private static String summary(Counts c, double scale, long seed, Format format, String out,
            long bytes, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "generated %s (scale %s, seed %d) to %s: %,d bytes in %.1f s%n",
                format.name().toLowerCase(Locale.ROOT), scale, seed, out == null ? "stdout" : out, bytes,
                seconds));
        b.append(String.format(Locale.ROOT, "nodes %,d: organisations %,d, bodies %,d, roles %,d, "
                        + "informationTypes %,d, systems %,d, infrastructure %,d, risks %,d, "
                        + "riskAnalyses %,d, documents %,d, agreements %,d%n",
                c.nodes(), c.organisations(), c.bodies(), c.roles(), c.informationTypes(), c.systems(),
                c.infrastructure(), c.risks(), c.riskAnalyses(), c.documents(), c.agreements()));
        b.append(String.format(Locale.ROOT, "relationships %,d (DEPENDS_ON + MEMBER %,d; "
                + "responsibilities %,d):", c.relationships(), c.closureEdges(), c.responsibilities()));
        for (Map.Entry<String, Integer> e : c.relationshipsByType().entrySet()) {
            b.append(String.format(Locale.ROOT, " %s %,d", e.getKey(), e.getValue()));
        }
        return b.toString();
    }

    /** Runs {@link #run} and exits with its code when that is not 0. */
    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
