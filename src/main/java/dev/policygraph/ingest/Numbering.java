package dev.policygraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of Chinese plans, from 第一章 down to ①. Each style knows how a line numbered with it starts
 * and how its number is printed in the parser's output. Which style marks the tasks of a plan is decided later,
 * from the tree the styles build ({@link Outline}), never from the style alone.
 */
enum Numbering {

    /** 第一章, 第一部分, 第一篇. */
    CHAPTER("^第([一二三四五六七八九十百零〇两]{1,4})(?:章|部分|篇" + Labels.NOT_AN_ARTICLE_LABEL + ")\\s*(.*)$", false),
    /** 第一条 of rules and regulations. */
    ARTICLE("^第([一二三四五六七八九十百零〇两]{1,4})条\\s*(.*)$", false),
    /** 实施项目1: a project heading grouping numbered measures. */
    PROJECT("^((?:实施|重点|建设|专项)(?:项目|工程))\\s*(\\d{1,3})\\s*[:：]\\s*(.+)$", false),
    /** 第一项: 民生实事 and other lists that count their measures in words, each a measure. */
    COUNTED("^(第([一二三四五六七八九十百]{1,4})(?:项|件))\\s*(?:[:、.]|\\s)\\s*(.+)$", true),
    /** 一、 parts. */
    PART("^([一二三四五六七八九十百]{1,4})\\s*[、.]\\s*(.+)$", false),
    /** (一) measures or groups. */
    SECTION("^\\(([一二三四五六七八九十百]{1,4})\\)\\s*[、.]?\\s*(.+)$", false),
    /**
     * 1. 1、 (1．and 1﹒ read as 1. after normalisation); 3、2017年… is an item, 3.5% and 1、2、3 are none.
     */
    ITEM("^(\\d{1,3})\\s*(?:\\.(?![\\d%])|、(?![\\d]{1,3}、))\\s*(.+)$", true),
    /** (1). */
    SUBITEM("^\\((\\d{1,3})\\)\\s*[、.]?\\s*(.+)$", true),
    /** 1) with a closing bracket only. */
    HALF_BRACKET("^(\\d{1,3})\\)\\s*(.+)$", true),
    /** ① to ⑳. */
    CIRCLED("^([①-⑳])\\s*[、.]?\\s*(.+)$", true);

    private final Pattern pattern;

    private final boolean arabic;

    Numbering(String regex, boolean arabic) {
        this.pattern = Pattern.compile(regex);
        this.arabic = arabic;
    }

    /** True for the styles that number measures (1. (1) ①) rather than parts and groups. */
    boolean arabic() {
        return arabic;
    }

    /** A numbered line: its style, the number's value, the number as output, the rest of the line. */
    record Match(Numbering style, int ordinal, String number, String rest) {
    }

    /** The numbering a line starts with, or null. */
    static Match match(String line) {
        if (line.isEmpty()) {
            return null;
        }
        char c = line.charAt(0);
        for (Numbering style : values()) {
            if (!style.mayStart(c)) {
                continue;
            }
            Matcher m = style.pattern.matcher(line);
            boolean matches = m.matches();
            if (matches && style == COUNTED) {
                return new Match(style, ChineseNumbers.parse(m.group(2)), m.group(1), m.group(3).strip());
            }
            if (matches && style == PROJECT) {
                return new Match(style, Integer.parseInt(m.group(2)), m.group(1) + m.group(2), m.group(3).strip());
            }
            if (matches) {
                String digits = m.group(1);
                int ordinal = style.ordinal(digits);
                if (ordinal <= 0) {
                    continue;
                }
                return new Match(style, ordinal, style.print(digits), m.group(2).strip());
            }
        }
        return null;
    }

    private boolean mayStart(char c) {
        return switch (this) {
            case CHAPTER, ARTICLE, COUNTED -> c == '第';
            case PROJECT -> c == '实' || c == '重' || c == '建' || c == '专';
            case PART -> CN_DIGITS.indexOf(c) >= 0;
            case SECTION, SUBITEM -> c == '(';
            case ITEM, HALF_BRACKET -> c >= '0' && c <= '9';
            case CIRCLED -> c >= '①' && c <= '⑳';
        };
    }

    private int ordinal(String digits) {
        return switch (this) {
            case ITEM, SUBITEM, HALF_BRACKET -> Integer.parseInt(digits);
            case CIRCLED -> digits.charAt(0) - '①' + 1;
            default -> ChineseNumbers.parse(digits);
        };
    }

    /** The number as the output prints it: 3 for 3. and 3), (七) for （七）, (1) for （1）, 三 for 三、, ① for ①. */
    private String print(String digits) {
        return switch (this) {
            case SECTION, SUBITEM -> "(" + digits + ")";
            case CHAPTER -> "第" + digits + "章";
            case ARTICLE -> "第" + digits + "条";
            default -> digits;
        };
    }

    private static final String CN_DIGITS = "一二三四五六七八九十百";

    /** Constants the styles' expressions use (an enum's own fields are set after its constants). */
    private static final class Labels {
        /**
         * 第一篇:区教育局201X年工作要点: a collection page's label over the first of its articles, a whole plan's title after
         * the colon, is no part of the plan.
         */
        static final String NOT_AN_ARTICLE_LABEL =
                "(?![:：][^,。;]{4,60}(?:要点|计划|方案|规划|意见|办法|细则|总结|安排|通知|文件|决定|措施|纲要)(?:\\([^()]{1,8}\\))?$)";

        private Labels() {
        }
    }
}
