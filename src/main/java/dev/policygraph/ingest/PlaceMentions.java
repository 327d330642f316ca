package dev.policygraph.ingest;

import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import dev.policygraph.region.RegionLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a plan that names no issuer is about, from the places its text mentions: a plan that says 广州 fifteen
 * times and no other city is 广州市's. Provinces and prefecture-level cities of the administrative divisions
 * (src/main/resources/region/divisions.tsv), by full and short name.
 */
final class PlaceMentions {

    private record Place(Division division, String full, String shortName) {
    }

    /** What a counted mention is masked with: no name holds it. */
    private static final String MASK = "\u0000";

    /** The peoples an autonomous prefecture is named for (海南藏族自治州, 博尔塔拉蒙古自治州, 伊犁哈萨克自治州). */
    private static final Pattern PEOPLES = Pattern.compile(
            "(?:(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克)族?)+自治州$");

    private static final List<Place> PLACES = places();

    private PlaceMentions() {
    }

    /**
     * The place the text mentions most, when it is mentioned at least three times and twice as often as any other. A
     * mention of a longer name is no mention of the shorter names inside it (海南州 is no mention of 海南省).
     */
    static Region dominant(List<String> lines) {
        String text = String.join("\n", lines);
        Place best = null;
        int bestCount = 0;
        int second = 0;
        String masked = text;
        int length = PLACES.isEmpty() ? 0 : PLACES.get(0).shortName().length();
        List<String> counted = new ArrayList<>();
        for (Place place : PLACES) { // longest names first
            if (place.shortName().length() < length) {
                // names of one length counted: their mentions are masked before shorter names are counted
                for (String name : counted) {
                    masked = masked.replace(name, MASK.repeat(name.length()));
                }
                counted.clear();
                length = place.shortName().length();
            }
            int count = count(masked, place.shortName());
            if (count > 0) {
                counted.add(place.shortName());
            }
            if (count > bestCount) {
                second = bestCount;
                best = place;
                bestCount = count;
            } else if (count > second) {
                second = count;
            }
        }
        if (best == null || bestCount < 3 || bestCount < 2 * second) {
            return null;
        }
        return best.division().level() == RegionLevel.PROVINCE && !best.full().endsWith("市")
                ? new Region(best.full(), null, null) : new Region(null, best.full(), null);
    }

    /**
     * The autonomous prefecture a title starts with by its short name (海南州全面推进…实施方案: 海南藏族自治州), or null;
     * {@link Regions#of} reads that short name only before a body's name.
     */
    static Region prefectureAtStart(String title) {
        for (Place place : PLACES) {
            if (place.full().endsWith("自治州") && title.startsWith(place.shortName())) {
                return new Region(null, place.shortName(), null);
            }
        }
        return null;
    }

    private static int count(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            n++;
        }
        return n;
    }

    private static List<Place> places() {
        List<Place> out = new ArrayList<>();
        for (Division d : RegionHierarchy.standard().divisions()) {
            if (d.level() != RegionLevel.PROVINCE && d.level() != RegionLevel.PREFECTURE) {
                continue;
            }
            String shortName = shortName(d.name());
            if (shortName.length() >= 2) {
                out.add(new Place(d, d.name(), shortName));
            }
        }
        out.sort(Comparator.comparingInt((Place p) -> p.shortName().length()).reversed());
        return List.copyOf(out);
    }

    /** 广州市 → 广州, 浙江省 → 浙江, 恩施土家族苗族自治州 → 恩施州 (as it is printed short), 内蒙古自治区 → 内蒙古. */
    private static String shortName(String name) {
        Matcher prefecture = PEOPLES.matcher(name);
        if (prefecture.find() && prefecture.start() >= 2) {
            return name.substring(0, prefecture.start()) + "州";
        }
        String s = name.replaceAll("(?:市|省|地区|盟|特别行政区)$", "");
        s = s.replaceAll("(?:[\\p{IsHan}]{1,6}?族)*自治[区州]$", "");
        s = s.replaceAll("(?:壮族|回族|维吾尔)$", "");
        return s;
    }
}
