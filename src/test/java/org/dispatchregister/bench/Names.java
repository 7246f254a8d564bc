package org.dispatchregister.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible names of recipient bodies, aliases and lists, built from small vocabularies (with
 * accents and Cyrillic on purpose, so folding and matching get real work). Deterministic for a seed.
 */
final class Names {

    /** Country, capital, two-letter code. */
    static final String[][] COUNTRIES = {
        {"Albania", "Tirana", "AL"}, {"Argentina", "Buenos Aires", "AR"}, {"Armenia", "Yerevan", "AM"},
        {"Austria", "Vienna", "AT"}, {"Belgium", "Brussels", "BE"}, {"Bolivia", "La Paz", "BO"},
        {"Bosnia and Herzegovina", "Sarajevo", "BA"}, {"Brazil", "Brasília", "BR"}, {"Bulgaria", "Sofia", "BG"},
        {"Canada", "Ottawa", "CA"}, {"Chile", "Santiago", "CL"}, {"Colombia", "Bogotá", "CO"},
        {"Costa Rica", "San José", "CR"}, {"Côte d'Ivoire", "Yamoussoukro", "CI"}, {"Croatia", "Zagreb", "HR"},
        {"Cyprus", "Nicosia", "CY"}, {"Czechia", "Prague", "CZ"}, {"Denmark", "Copenhagen", "DK"},
        {"Ecuador", "Quito", "EC"}, {"Egypt", "Cairo", "EG"}, {"Estonia", "Tallinn", "EE"},
        {"Ethiopia", "Addis Ababa", "ET"}, {"Finland", "Helsinki", "FI"}, {"France", "Paris", "FR"},
        {"Georgia", "Tbilisi", "GE"}, {"Germany", "Berlin", "DE"}, {"Ghana", "Accra", "GH"},
        {"Greece", "Athens", "GR"}, {"Hungary", "Budapest", "HU"}, {"Iceland", "Reykjavík", "IS"},
        {"India", "New Delhi", "IN"}, {"Indonesia", "Jakarta", "ID"}, {"Ireland", "Dublin", "IE"},
        {"Israel", "Jerusalem", "IL"}, {"Italy", "Rome", "IT"}, {"Japan", "Tokyo", "JP"},
        {"Jordan", "Amman", "JO"}, {"Kazakhstan", "Astana", "KZ"}, {"Kenya", "Nairobi", "KE"},
        {"Kyrgyzstan", "Bishkek", "KG"}, {"Latvia", "Riga", "LV"}, {"Lithuania", "Vilnius", "LT"},
        {"Luxembourg", "Luxembourg", "LU"}, {"Malta", "Valletta", "MT"}, {"Mexico", "Mexico City", "MX"},
        {"Moldova", "Chișinău", "MD"}, {"Mongolia", "Ulaanbaatar", "MN"}, {"Montenegro", "Podgorica", "ME"},
        {"Morocco", "Rabat", "MA"}, {"Netherlands", "The Hague", "NL"}, {"New Zealand", "Wellington", "NZ"},
        {"Nigeria", "Abuja", "NG"}, {"North Macedonia", "Skopje", "MK"}, {"Norway", "Oslo", "NO"},
        {"Pakistan", "Islamabad", "PK"}, {"Panama", "Panama City", "PA"}, {"Paraguay", "Asunción", "PY"},
        {"Peru", "Lima", "PE"}, {"Poland", "Warsaw", "PL"}, {"Portugal", "Lisbon", "PT"},
        {"Qatar", "Doha", "QA"}, {"Romania", "Bucharest", "RO"}, {"Senegal", "Dakar", "SN"},
        {"Serbia", "Belgrade", "RS"}, {"Slovakia", "Bratislava", "SK"}, {"Slovenia", "Ljubljana", "SI"},
        {"South Africa", "Pretoria", "ZA"}, {"Spain", "Madrid", "ES"}, {"Sweden", "Stockholm", "SE"},
        {"Switzerland", "Bern", "CH"}, {"Tajikistan", "Dushanbe", "TJ"}, {"Tunisia", "Tunis", "TN"},
        {"Türkiye", "Ankara", "TR"}, {"Uganda", "Kampala", "UG"}, {"Ukraine", "Kyiv", "UA"},
        {"United Kingdom", "London", "GB"}, {"Uruguay", "Montevideo", "UY"}, {"Uzbekistan", "Tashkent", "UZ"},
    };

    static final String[] TOPICS = {
        "torture", "the rights of the child", "freedom of expression", "enforced disappearances",
        "the rights of persons with disabilities", "internally displaced persons", "violence against women",
        "minority issues", "human rights defenders", "arbitrary detention", "the right to education",
        "the right to health", "migrants", "trafficking in persons", "racial discrimination", "landmines",
        "prisoners of war", "cultural heritage", "the environment", "freedom of religion or belief",
        "the independence of judges", "extreme poverty", "housing", "older persons", "missing persons",
    };

    static final String[] UNITS = {
        "Secretariat", "Office of the Director", "Department of International Relations", "Legal Department",
        "Press Office", "Complaints Unit", "Protocol Department", "Research Division", "Regional Office",
        "Office of the Chairperson", "Petitions Team", "Treaty Section", "Special Procedures Branch",
    };

    /** Categories in the order of their codes in the category table seed. */
    static final String[] CATEGORY_CODES = {"UN_ORGAN", "UN_AGENCY", "REGIONAL_IGO", "OMBUDSMAN_ASSOCIATION",
        "NATIONAL_OMBUDSMAN", "NGO", "OWN_MISSION", "FOREIGN_MISSION", "DIASPORA", "OTHER"};
    static final String[] CATEGORY_NAMES = {"UN organ", "UN agency or office", "Regional intergovernmental organization",
        "Ombudsman or NHRI association", "National ombudsman or NHRI", "NGO", "Own diplomatic mission",
        "Foreign diplomatic mission", "Diaspora organization", "Other"};
    /** How often each category occurs, in per mille (sums to 1000). */
    static final int[] CATEGORY_WEIGHTS = {60, 70, 60, 40, 170, 230, 60, 180, 60, 70};

    private static final String[][] TEMPLATES = {
        {"Committee on {T}", "Special Rapporteur on {T}", "Working Group on {T}", "Human Rights Council Task Force on {T}"},
        {"UNICEF Office in {C}", "UNHCR Representation in {C}", "OHCHR Regional Office in {K}", "UNDP Country Office {C}",
            "IOM Mission in {C}", "UNESCO Office in {K}"},
        {"OSCE Mission to {C}", "Council of Europe Office in {K}", "Delegation of the European Union to {C}",
            "African Union Liaison Office in {K}", "OIC Office in {K}"},
        {"Ombudsman Association of {C}", "Network of Human Rights Institutions of {C} and neighbours",
            "Federation of Ombudsmen, {C} chapter", "Regional Ombudsman Forum {K}"},
        {"Ombudsman of {C}", "National Human Rights Commission of {C}", "Public Defender of {C}",
            "Defensoría del Pueblo de {C}", "Human Rights Defender of {C}", "Children's Ombudsman of {C}",
            "Commissioner for Human Rights of {C}", "Parliamentary Ombudsman of {C}"},
        {"{C} Helsinki Committee", "Centre for {T} Studies, {K}", "{K} Legal Aid Society", "Foundation for {T} in {C}",
            "{C} Coalition on {T}", "Institute for Human Rights, {K}", "Association of Families of Missing Persons, {K}"},
        {"Embassy of the Republic in {C}", "Permanent Mission of the Republic in {K}", "Consulate General of the Republic in {K}"},
        {"Embassy of {C}", "Consulate General of {C}", "Honorary Consulate of {C}", "Permanent Mission of {C} to the United Nations"},
        {"Community Association of {K}", "Diaspora Union in {C}", "Cultural Centre in {K}", "Youth Diaspora Network {C}"},
        {"University of {K}, Faculty of Law", "{K} Bar Association", "Committee on {T} of the Parliament of {C}",
            "Journal of Human Rights, {K}", "{C} Red Cross Society"},
    };

    private static final String[][] TRANSLATIONS = {
        {"Ombudsman", "Médiateur", "Омбудсмен", "Defensor del Pueblo"},
        {"Commission", "Commission nationale", "Comisión", "Комиссия"},
        {"Embassy", "Ambassade", "Embajada", "Посольство"},
        {"Committee", "Comité", "Комитет"},
        {"Office", "Bureau", "Oficina"},
        {"Human Rights", "Droits de l'homme", "Derechos Humanos", "прав человека"},
        {"Association", "Asociación", "Ассоциация"},
    };

    private Names() {
    }

    static int pickCategory(SplittableRandom random) {
        int roll = random.nextInt(1000);
        for (int i = 0; i < CATEGORY_WEIGHTS.length; i++) {
            roll -= CATEGORY_WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return CATEGORY_WEIGHTS.length - 1;
    }

    static String bodyName(int category, String[] country, SplittableRandom random) {
        String[] choices = TEMPLATES[category];
        return choices[random.nextInt(choices.length)].replace("{C}", country[0]).replace("{K}", country[1])
                .replace("{T}", TOPICS[random.nextInt(TOPICS.length)]);
    }

    static String unitName(String parentName, SplittableRandom random) {
        return UNITS[random.nextInt(UNITS.length)] + ", " + parentName;
    }

    /** Initials of the significant words: "National Human Rights Commission of Kenya" gives "NHRCK". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s,'()-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && sb.length() < 8) {
                sb.append(word.charAt(0));
            }
        }
        return sb.length() >= 2 ? sb.toString() : null;
    }

    /** Other names the body is known by; never equal to its own name once folded. */
    static List<String> aliasCandidates(String name, String acronym, String[] country, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (String[] t : TRANSLATIONS) {
            if (name.contains(t[0])) {
                out.add(name.replace(t[0], t[1 + random.nextInt(t.length - 1)]));
            }
        }
        if (acronym != null) {
            out.add(String.join(".", acronym.split("")) + ".");
            out.add(acronym + " " + country[2]);
        }
        out.add("The " + name);
        out.add(name + " (" + country[1] + ")");
        out.add(name.toUpperCase(java.util.Locale.ROOT) + " " + country[2]);
        out.add("Former " + name);
        out.add(name + " of " + country[0] + " office");
        for (int i = 1; out.size() < 12; i++) {
            out.add(name + " former name " + i);
        }
        return out;
    }
}
