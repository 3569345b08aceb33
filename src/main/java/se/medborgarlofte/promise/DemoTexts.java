package se.medborgarlofte.promise;

import static se.medborgarlofte.promise.ActivityType.*;

import java.time.LocalDate;
import java.util.List;
import se.medborgarlofte.promise.PromiseRequests.CommitmentInput;
import se.medborgarlofte.promise.PromiseRequests.Draft;
import se.medborgarlofte.shared.Party;

/** The invented texts of the demo promises. Every page shows them as examples. */
final class DemoTexts {

  private DemoTexts() {}

  private static CommitmentInput c(Party party, String text, ActivityType type, List<String> cats,
      List<String> places, String target, String indicator, String role) {
    return new CommitmentInput(party, text, type, cats, places, target, indicator, role);
  }

  static Draft bastad(long lpo) {
    return new Draft("1278", lpo, "Tryggare Båstad 2026 (exempel)", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), 6, LocalDate.of(2026, 12, 15), List.of("BURGLARY", "TRAFFIC", "UNSAFE_PLACES"),
        """
        Båstads kommun och lokalpolisområde Ängelholm lovar att tillsammans arbeta för att Båstad ska vara en trygg \
        plats att bo i och besöka, året runt.

        Löftet bygger på polisens trygghetsmätning, anmälda brott och de medborgardialoger vi höll i Torekov, Förslöv \
        och Båstad centrum hösten 2025.""",
        """
        Vi har valt tre problem:

        - **inbrott i fritidshus** under vinterhalvåret, när många hus står tomma;
        - **hastighetsöverträdelser** på väg 115 och genom Torekov under sommaren;
        - **otrygga platser** i Båstad centrum och vid stationen på kvällen.

        Inbrotten i fritidshus har ökat tre år i rad, och trafiken lyftes som det största problemet på alla tre \
        dialogerna.""",
        """
        Trygghetsmätningen 2025 gav Båstad ett indexvärde på 1,4 (0 = inga problem, 6 = mycket stora problem). \
        Anmälda bostadsinbrott var 41 under 2025 mot 29 under 2023. Var fjärde svarande känner sig otrygg vid \
        stationen efter mörkrets inbrott.""",
        """
        Styrgruppen följer upp löftet varje halvår. Vi redovisar vad vi gjort, mot målen nedan, på kommunens \
        webbplats och på ett öppet möte i Båstad centrum.""");
  }

  static List<CommitmentInput> bastadCommitments() {
    return List.of(
        c(Party.POLICE, "Polisen genomför riktade hastighetskontroller på väg 115 och genom Torekov.", TRAFFIC_CONTROL,
            List.of("TRAFFIC"), List.of("Väg 115", "Torekov"), "12 kontroller juni–augusti",
            "Andel fordon över hastighetsgränsen vid kontrollerna", "Kommunpolis"),
        c(Party.POLICE, "Polisen är synlig i Båstad centrum fredag och lördag kväll under sommaren.", PATROL_PRESENCE,
            List.of("POLICE_PRESENCE", "UNSAFE_PLACES"), List.of("Båstad centrum"), "Varje helg v. 25–33",
            "Antal patrulltimmar i centrum", "Lokalpolisområdeschef"),
        c(Party.MUNICIPALITY, "Kommunen ser över belysningen i gångtunneln vid Båstad station.", ENVIRONMENT_REVIEW,
            List.of("UNSAFE_PLACES"), List.of("Båstad station"), "Klart senast 2026-03-31",
            "Andel som känner sig trygga vid stationen (trygghetsmätningen)", "Gatuchef"),
        c(Party.JOINT, "Vi genomför trygghetsvandringar med boende och fastighetsägare.", SAFETY_WALK,
            List.of("UNSAFE_PLACES"), List.of("Båstad centrum", "Förslöv"), "2 vandringar",
            "Antal åtgärdade punkter i protokollen", "Brottsförebyggande samordnare"),
        c(Party.JOINT, "Vi startar grannsamverkan i områden med många fritidshus.", NEIGHBOURHOOD_WATCH,
            List.of("BURGLARY"), List.of("Torekov", "Hov"), "3 nya områden",
            "Antal hushåll som är med i grannsamverkan", "Brottsförebyggande samordnare"),
        c(Party.POLICE, "Polisen informerar om grannsamverkan och inbrottsskydd vid varje uppstartsmöte.",
            INFORMATION_CAMPAIGN, List.of("BURGLARY"), List.of("Torekov", "Hov"), "Vid varje uppstartsmöte",
            "Antal möten med polis på plats", "Kommunpolis"),
        c(Party.MUNICIPALITY, "Kommunen delar ut DNA-märkning till hushåll i grannsamverkansområdena.", DNA_MARKING,
            List.of("BURGLARY"), List.of("Torekov", "Hov"), "300 satser",
            "Antal utdelade satser och anmälda inbrott i områdena", "Brottsförebyggande samordnare"),
        c(Party.POLICE, "Polisen besöker högstadieskolorna och pratar om trafik och moped.", YOUTH_OR_SCHOOL_VISIT,
            List.of("TRAFFIC", "YOUTH_CRIME"), List.of("Båstad centrum"), "2 besök per skola",
            "Antal elever som nåtts", "Kommunpolis"),
        c(Party.MUNICIPALITY, "Kommunen håller en medborgardialog om tryggheten i Förslöv.", CITIZEN_DIALOGUE,
            List.of("UNSAFE_PLACES"), List.of("Förslöv"), "1 dialog under våren",
            "Antal deltagare och inkomna synpunkter", "Kommunstyrelsens förvaltning"),
        c(Party.MUNICIPALITY, "Kommunen klipper växtlighet som skymmer gång- och cykelvägar.", ENVIRONMENT_REVIEW,
            List.of("UNSAFE_PLACES", "TRAFFIC"), List.of("Båstad centrum", "Förslöv"), "Före 1 juni",
            "Antal åtgärdade platser", "Parkchef"),
        c(Party.JOINT, "Vi informerar fritidshusägare om inbrottsskydd inför vintern.", INFORMATION_CAMPAIGN,
            List.of("BURGLARY"), List.of("Torekov", "Hov", "Båstad centrum"), "Utskick i oktober",
            "Antal nåbara fritidshusägare", "Kommunikationschef"),
        c(Party.POLICE, "Polisen följer upp varje inbrott i fritidshus med grannkontakt inom en vecka.", OTHER,
            List.of("BURGLARY"), List.of("Torekov", "Hov"), "Varje anmält fritidshusinbrott",
            "Andel inbrott med grannkontakt inom sju dagar", "Kommunpolis"));
  }

  static Draft eslov(long lpo) {
    return new Draft("1285", lpo, "Medborgarlöfte Eslöv 2025 (exempel)", LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31), 6, LocalDate.of(2025, 12, 1), List.of("DRUGS", "PUBLIC_DISORDER"),
        "Eslövs kommun och lokalpolisområde Eslöv lovar att arbeta mot narkotika och ordningsstörningar i centrum.",
        "Boende och handlare beskriver **narkotikaförsäljning** och stökiga grupper vid Stadsparken och stationen.",
        "Anmälda narkotikabrott ökade med 18 procent 2024. Trygghetsmätningen visar att Stadsparken upplevs som "
            + "den mest otrygga platsen i kommunen.",
        "Vi följer upp i juni och december och redovisar på kommunens webbplats.");
  }

  static List<CommitmentInput> eslovCommitments() {
    return List.of(
        c(Party.POLICE, "Polisen genomför narkotikainsatser vid stationen och Stadsparken.", PATROL_PRESENCE,
            List.of("DRUGS"), List.of("Stadsparken", "Eslövs station"), "En insats i månaden",
            "Antal ingripanden och anmälda narkotikabrott", "Kommunpolis"),
        c(Party.MUNICIPALITY, "Kommunen anställer fältassistenter på kvällstid.", YOUTH_OR_SCHOOL_VISIT,
            List.of("YOUTH_CRIME", "PUBLIC_DISORDER"), List.of("Stadsparken"), "2 fältassistenter fre–lör",
            "Antal kontakter med unga", "Socialchef"),
        c(Party.JOINT, "Vi installerar kamerabevakning vid stationen efter tillstånd.", CAMERA, List.of("DRUGS"),
            List.of("Eslövs station"), "Klart under hösten", "Upplevd trygghet vid stationen", "Säkerhetschef"));
  }

  static Draft hoganas(long lpo) {
    return new Draft("1284", lpo, "Trygg sommar i Höganäs 2026 (exempel)", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), 4, LocalDate.of(2026, 12, 15), List.of("PUBLIC_DISORDER", "TRAFFIC"),
        "Höganäs kommun och lokalpolisområde Ängelholm lovar en tryggare sommar i hamnen och på vägarna.",
        "Ordningsstörningar i hamnen under sommarkvällar och buskörning med mopeder längs kusten.",
        "Sommaren 2025 kom 64 anmälningar om ordningsstörning i hamnen, dubbelt så många som 2023.",
        "Vi följer upp var fjärde månad tillsammans med hamnföreningen.");
  }

  static List<CommitmentInput> hoganasCommitments() {
    return List.of(
        c(Party.POLICE, "Polisen patrullerar i Höganäs hamn sommarkvällar.", PATROL_PRESENCE,
            List.of("PUBLIC_DISORDER"), List.of("Höganäs hamn"), "Varje fredag juni–augusti",
            "Antal ordningsstörningar i hamnen", "Kommunpolis"),
        c(Party.JOINT, "Vi genomför mopedkontroller tillsammans med kommunens fältare.", TRAFFIC_CONTROL,
            List.of("TRAFFIC", "YOUTH_CRIME"), List.of("Kustvägen"), "6 kontroller",
            "Antal kontrollerade mopeder", "Kommunpolis"));
  }
}
