package eu.medi4sec.hub.demo;

import eu.medi4sec.hub.delegate.DelegateRequests;
import eu.medi4sec.hub.delegate.Sector;
import java.util.List;

/**
 * The demo's delegates: invented people and organisations (no real body is quoted), from every sector
 * and across Europe. Some of them come to more than one workshop, as people in this community do, so
 * that breakouts have a history of who met whom.
 */
final class DemoPeople {

    private DemoPeople() {}

    /** A delegate; {@code handle} is the local part of their email and how notes name their author. */
    record Person(String handle, String name, String organisation, Sector sector, String country, String jobTitle) {

        String email() {
            return handle + "@demo.test";
        }

        DelegateRequests.Registration registration(String joinCode) {
            return new DelegateRequests.Registration(
                    joinCode, name, email(), organisation, sector, country, jobTitle, null, true);
        }

        DelegateRequests.NewDelegate invitation() {
            return new DelegateRequests.NewDelegate(name, email(), organisation, sector, country, jobTitle, null);
        }
    }

    private static Person p(
            String handle, String name, String organisation, Sector sector, String country, String jobTitle) {
        return new Person(handle, name, organisation, sector, country, jobTitle);
    }

    // People who came to the trolling workshop earlier in the year and are at the live one today.
    static final Person MAJA = p(
            "maja.berg",
            "Inspector Maja Berg",
            "Harbour City Police, Public Order Unit",
            Sector.POLICE,
            "NL",
            "Public order commander");
    static final Person TOM = p(
            "tom.okafor",
            "Tom Okafor",
            "County Police, Digital Engagement Team",
            Sector.POLICE,
            "GB",
            "Digital engagement lead");
    static final Person LENA = p(
            "lena.fischer",
            "Dr Lena Fischer",
            "Centre for Security and Society Studies",
            Sector.ACADEMIA,
            "GB",
            "Senior lecturer");
    static final Person PIETER = p(
            "pieter.claes",
            "Pieter Claes",
            "City Events and Safety Office",
            Sector.PUBLIC_SECURITY_PLANNER,
            "BE",
            "Event safety coordinator");
    static final Person SOFIA = p(
            "sofia.marques",
            "Sofia Marques",
            "Ministry of Internal Affairs, Policing Policy",
            Sector.POLICYMAKER,
            "PT",
            "Policy adviser");
    static final Person JONAS = p(
            "jonas.weber",
            "Jonas Weber",
            "Clipcheck Verification Services",
            Sector.INDUSTRY,
            "DE",
            "Head of verification");
    static final Person AISHA =
            p("aisha.rahman", "Aisha Rahman", "Digital Rights Forum", Sector.CIVIL_SOCIETY, "BE", "Policy officer");
    static final Person KAREL =
            p("karel.novak", "Karel Novák", "Public Broadcaster, Verification Desk", Sector.MEDIA, "CZ", "Desk editor");

    // People at the live workshop who have also registered for the DIY-policing one.
    static final Person RUTH = p(
            "ruth.ahern",
            "Sgt Ruth Ahern",
            "National Police, Community Engagement",
            Sector.POLICE,
            "IE",
            "Community engagement sergeant");
    static final Person DAVID =
            p("david.cohen", "David Cohen", "Station Quarter Residents' Association", Sector.CITIZEN, "BE", "Chair");

    /** The delegate whose phone view the banner links to. */
    static final Person ELENA = p(
            "elena.rossi",
            "Elena Rossi",
            "Borgo Nuovo Neighbourhood Safety Forum",
            Sector.CITIZEN,
            "IT",
            "Volunteer coordinator");

    /** At the LIVE riots workshop today: 24 people, nine sectors, fifteen countries. */
    static final List<Person> LIVE = List.of(
            MAJA,
            TOM,
            LENA,
            PIETER,
            SOFIA,
            JONAS,
            AISHA,
            KAREL,
            ELENA,
            RUTH,
            DAVID,
            p(
                    "pierre.lambert",
                    "Commissaire Pierre Lambert",
                    "National Police, Crowd Management Directorate",
                    Sector.POLICE,
                    "FR",
                    "Deputy director"),
            p(
                    "lucas.martin",
                    "Lucas Martín",
                    "Regional Police, Cybercrime Unit",
                    Sector.POLICE,
                    "ES",
                    "Open-source analyst"),
            p("yannis.papadakis", "Yannis Papadakis", "Municipal Police", Sector.POLICE, "GR", "Press officer"),
            p(
                    "marta.kowalczyk",
                    "Prof. Marta Kowalczyk",
                    "Crowd Dynamics Lab, University of Technology",
                    Sector.ACADEMIA,
                    "PL",
                    "Professor"),
            p(
                    "ines.carvalho",
                    "Inês Carvalho",
                    "National Stadium Safety Authority",
                    Sector.PUBLIC_SECURITY_PLANNER,
                    "PT",
                    "Safety officer"),
            p(
                    "henrik.lund",
                    "Henrik Lund",
                    "Civil Contingencies Agency",
                    Sector.PUBLIC_SECURITY_PLANNER,
                    "SE",
                    "Crisis communication planner"),
            p(
                    "eva.horvath",
                    "Eva Horváth",
                    "Metro Transport Operator, Operations Control",
                    Sector.PUBLIC_SECURITY_PLANNER,
                    "HU",
                    "Control room manager"),
            p(
                    "klaus.brandt",
                    "Klaus Brandt",
                    "Federal Interior Ministry, Public Security Division",
                    Sector.POLICYMAKER,
                    "DE",
                    "Head of unit"),
            p("elif.demir", "Elif Demir", "Signalwise Analytics", Sector.INDUSTRY, "NL", "Product manager"),
            p(
                    "marco.bianchi",
                    "Marco Bianchi",
                    "Supporters' Rights Association",
                    Sector.CIVIL_SOCIETY,
                    "IT",
                    "Fan liaison"),
            p(
                    "sam.devries",
                    "Sam de Vries",
                    "Volunteer Fact-Checkers Network",
                    Sector.CIVIL_SOCIETY,
                    "NL",
                    "Coordinator"),
            p("anna.virtanen", "Anna Virtanen", "Regional Daily News", Sector.MEDIA, "FI", "Crime reporter"),
            p(
                    "niamh.byrne",
                    "Niamh Byrne",
                    "Emergency Medical Service, Communications",
                    Sector.OTHER,
                    "IE",
                    "Communications manager"));

    /** At the CLOSED trolling workshop earlier in the year: 16 people, eight of them at the live workshop too. */
    static final List<Person> CLOSED = List.of(
            MAJA,
            TOM,
            LENA,
            PIETER,
            SOFIA,
            JONAS,
            AISHA,
            KAREL,
            p(
                    "rik.janssen",
                    "Rik Janssen",
                    "Harbour City Police, Online Threats Desk",
                    Sector.POLICE,
                    "NL",
                    "Detective"),
            p("greta.lindqvist", "Greta Lindqvist", "Police Wellbeing Service", Sector.POLICE, "SE", "Welfare officer"),
            p(
                    "hanna.schmidt",
                    "Hanna Schmidt",
                    "Mayor's Office, Communications",
                    Sector.POLICYMAKER,
                    "DE",
                    "Head of communications"),
            p("fatima.elamrani", "Fatima El Amrani", "City Council", Sector.POLICYMAKER, "NL", "Councillor"),
            p("olga.nowak", "Olga Nowak", "Victim Support Service", Sector.CIVIL_SOCIETY, "PL", "Case worker"),
            p(
                    "mikkel.sorensen",
                    "Mikkel Sørensen",
                    "Trust and Safety, a social platform",
                    Sector.INDUSTRY,
                    "DK",
                    "Law enforcement liaison"),
            p("chloe.martin", "Chloé Martin", "Journalists' Safety Network", Sector.MEDIA, "FR", "Coordinator"),
            p("paul.walsh", "Dr Paul Walsh", "Cyberpsychology Research Group", Sector.ACADEMIA, "IE", "Researcher"));

    /**
     * Who registered for the SCHEDULED DIY-policing workshop, in the order they did: more than its
     * 16 seats, so the last ones wait.
     */
    static final List<Person> SCHEDULED = List.of(
            ELENA,
            LENA,
            AISHA,
            RUTH,
            DAVID,
            p(
                    "gareth.hughes",
                    "DI Gareth Hughes",
                    "Regional Police, Major Crime",
                    Sector.POLICE,
                    "GB",
                    "Detective inspector"),
            p("katrin.mets", "Katrin Mets", "Police and Border Guard Board", Sector.POLICE, "EE", "Prevention officer"),
            p("joost.peeters", "Joost Peeters", "Neighbourhood Watch Federation", Sector.CITIZEN, "BE", "Secretary"),
            p(
                    "bartek.zielinski",
                    "Bartek Zieliński",
                    "Citizen patrol group, Facebook admin",
                    Sector.CITIZEN,
                    "PL",
                    null),
            p("clara.weiss", "Dr Clara Weiss", "Institute of Criminology", Sector.ACADEMIA, "AT", "Research fellow"),
            p(
                    "tomas.svoboda",
                    "Tomáš Svoboda",
                    "Ministry of the Interior, Crime Prevention",
                    Sector.POLICYMAKER,
                    "CZ",
                    "Programme manager"),
            p(
                    "lucia.ferrari",
                    "Lucia Ferrari",
                    "Missing Persons Helpline",
                    Sector.CIVIL_SOCIETY,
                    "IT",
                    "Helpline lead"),
            p("oskar.nilsson", "Oskar Nilsson", "Local Radio Newsroom", Sector.MEDIA, "SE", "Reporter"),
            p(
                    "hannah.price",
                    "Hannah Price",
                    "Open Source Investigations Collective",
                    Sector.CIVIL_SOCIETY,
                    "GB",
                    "Investigator"),
            p(
                    "mateo.garcia",
                    "Mateo García",
                    "Municipal Safety Department",
                    Sector.PUBLIC_SECURITY_PLANNER,
                    "ES",
                    "Safety planner"),
            p("sanne.visser", "Sanne Visser", "Community Safety Apps Ltd", Sector.INDUSTRY, "NL", "Founder"),
            p("aoife.kelly", "Aoife Kelly", "Victims' Families Support Group", Sector.CIVIL_SOCIETY, "IE", "Volunteer"),
            p(
                    "jan.kowalski",
                    "Jan Kowalski",
                    "Voivodeship Police, Criminal Intelligence",
                    Sector.POLICE,
                    "PL",
                    "Analyst"),
            p("marie.dubois", "Marie Dubois", "Prosecution Service", Sector.OTHER, "FR", "Prosecutor"),
            p(
                    "stefan.ionescu",
                    "Ștefan Ionescu",
                    "Community Policing Association",
                    Sector.CIVIL_SOCIETY,
                    "RO",
                    "Director"));

    /** Invited by the organiser to the SCHEDULED workshop and not answered yet. */
    static final List<Person> SCHEDULED_INVITED = List.of(
            p(
                    "ingrid.berg",
                    "Ingrid Berg",
                    "National Police Directorate, Digital Policing",
                    Sector.POLICE,
                    "NO",
                    "Senior adviser"),
            p("luca.moretti", "Luca Moretti", "Data Protection Authority", Sector.POLICYMAKER, "IT", "Legal officer"));

    /** The registrant who cancels, so that the first on the waitlist is promoted. */
    static final String SCHEDULED_CANCELS = "joost.peeters";

    static final int SCHEDULED_CAPACITY = 16;
}
