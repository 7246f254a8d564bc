package org.dispatchregister.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void nameTokensFoldSpellingVariantsTogether() {
        assertEquals(NameTokens.of("Organization for Security and Cooperation in Europe"),
                NameTokens.of("Organisation for Security and Co-operation in Europe"));
        assertEquals(NameTokens.of("Association of Ombudsman"), NameTokens.of("Association of Ombudspersons"));
        assertEquals(NameTokens.of("Ombudsmen"), NameTokens.of("Ombudsperson"));
        assertEquals(NameTokens.of("International Ombudsman Institute"), NameTokens.of("International Ombudsman Institution"));
        assertEquals(NameTokens.of("UN Security Council"), NameTokens.of("United Nations Security Council"));
        assertEquals(List.of("ombudsman", "nhri", "different", "countrie"),
                NameTokens.of("ombudspersons and national human rights institutions of different countries"));
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertEquals(1, FuzzyWords.distance("comissioner", "commissioner"));
        assertEquals(1, FuzzyWords.distance("fedreation", "federation"));
        assertEquals(2, FuzzyWords.distance("commission", "commissioner"));
    }

    @Test
    void onlyLongWordsAreCorrected() {
        FuzzyWords words = new FuzzyWords(List.of("commissioner", "council", "federation"));
        assertEquals(List.of("commissioner"), words.near("comissioner"));
        assertEquals(List.of("federation"), words.near("federaton"));
        assertEquals(List.of(), words.near("counsel"));
        assertEquals(List.of(), words.near("commission"));
    }
}
