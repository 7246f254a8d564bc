package org.dispatchregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.dispatchregister.dispatches.ReminderLetter;
import org.junit.jupiter.api.Test;

/** Dates written out in letters, counts and percentages the way each language writes them; the reminder in three languages. */
class WrittenDatesAndNumbersTest {

    @Test
    void writtenDates() {
        LocalDate d = LocalDate.of(2026, 2, 23);
        assertEquals("23 February 2026", Language.EN.writtenDate(d));
        assertEquals("23 fevral 2026-cı il", Language.AZ.writtenDate(d));
        assertEquals("23 февраля 2026 г.", Language.RU.writtenDate(d));
        assertEquals("4 noyabr 2020-ci il", Language.AZ.writtenDate(LocalDate.of(2020, 11, 4)));
        assertEquals("1 may 2023-cü il", Language.AZ.writtenDate(LocalDate.of(2023, 5, 1)));
        assertEquals("1 iyun 2019-cu il", Language.AZ.writtenDate(LocalDate.of(2019, 6, 1)));
        assertEquals("1 iyul 2030-cu il", Language.AZ.writtenDate(LocalDate.of(2030, 7, 1)));
        assertEquals("1 yanvar 2040-cı il", Language.AZ.writtenDate(LocalDate.of(2040, 1, 1)));
        assertEquals("1 yanvar 2000-ci il", Language.AZ.writtenDate(LocalDate.of(2000, 1, 1)));
        assertEquals("1 yanvar 2100-cü il", Language.AZ.writtenDate(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void numbersPercentagesAndMonths() {
        assertEquals("4,000", Language.EN.number(4000));
        assertEquals("4.000", Language.AZ.number(4000));
        assertEquals("4\u00a0000", Language.RU.number(4000).replace('\u202f', '\u00a0'));
        assertEquals("66.7 %", Language.EN.percent(66.7));
        assertEquals("60 %", Language.EN.percent(60.0));
        assertEquals("66,7%", Language.AZ.percent(66.7));
        assertEquals("66,7\u00a0%", Language.RU.percent(66.7));
        assertEquals("—", Language.RU.percent(null));
        assertEquals("Feb 2026", Language.EN.month(YearMonth.of(2026, 2)));
        assertEquals("fev 2026", Language.AZ.month(YearMonth.of(2026, 2)));
        assertTrue(Language.RU.month(YearMonth.of(2026, 2)).startsWith("февр"), Language.RU.month(YearMonth.of(2026, 2)));
    }

    @Test
    void theRecipientsWorkingLanguagePicksTheLetter() {
        assertEquals(Language.RU, Language.fromName("Russian").orElseThrow());
        assertEquals(Language.RU, Language.fromName("русский язык").orElseThrow());
        assertEquals(Language.AZ, Language.fromName("Azərbaycan dili").orElseThrow());
        assertEquals(Language.EN, Language.fromName("en-GB").orElseThrow());
        assertEquals(Language.EN, Language.fromName("ingilis dili").orElseThrow());
        assertTrue(Language.fromName("French").isEmpty());
        LocalDate issued = LocalDate.of(2020, 11, 4);
        String az = ReminderLetter.text(Language.AZ, "BMT İnsan Hüquqları üzrə Ali Komissarlığı", "Şifahi nota", "0461/27/20/22", issued,
                "Bəyanat", issued, LocalDate.of(2020, 12, 4));
        assertTrue(az.contains("Bizim 4 noyabr 2020-ci il tarixli 0461/27/20/22 nömrəli “Bəyanat” sənədimizə istinad edirik"), az);
        assertTrue(az.contains("4 dekabr 2020-ci il tarixinədək"), az);
        String ru = ReminderLetter.text(Language.RU, "УВКПЧ", "Вербальная нота", "0461/27/20/22", issued, "Заявление", issued,
                LocalDate.of(2020, 12, 4));
        assertTrue(ru.contains("Ссылаемся на наш документ № 0461/27/20/22 от 4 ноября 2020 г. «Заявление»"), ru);
        assertTrue(ru.contains("(ответ ожидался до 4 декабря 2020 г.)"), ru);
    }
}
