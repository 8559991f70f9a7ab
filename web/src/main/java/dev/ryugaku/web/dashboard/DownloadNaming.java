package dev.ryugaku.web.dashboard;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * How the dashboard's CSV files are named: the cohort they are about (or the whole program), what
 * they hold and the day, e.g. {@code 第2期_状態別の参加者_2026-12-03.csv}, so that several downloads
 * of one visit, or of different cohorts, never overwrite each other.
 *
 * @param subject the cohort's name, or the program's for tables across cohorts
 */
record DownloadNaming(String subject, LocalDate day) {

    /** Characters some file system refuses, and spaces. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\s]+");

    String fileName(String what) {
        return UNSAFE.matcher(subject + "_" + what + "_" + day).replaceAll("_") + ".csv";
    }
}
