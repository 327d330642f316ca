package dev.policygraph.ingest;

import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import dev.policygraph.region.RegionLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Counties and districts by their full name (东坡区, 长沙县, 科左中旗): names of three characters or more, each
     * naming one county in the country (a name two counties share names neither). Read by their last character.
     */
    private static final Map<String, Division> COUNTIES = counties();
    private static final int LONGEST_COUNTY = COUNTIES.keySet().stream().mapToInt(String::length).max().orElse(0);

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
        // counties first, by their full names: a county's mention is no mention of the city whose name starts it
        // (长沙县 is no mention of 长沙)
        Map<String, Integer> counties = new HashMap<>();
        StringBuilder maskedCounties = null;
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '区' && c != '县' && c != '旗' && c != '市') {
                continue;
            }
            for (int length = Math.min(LONGEST_COUNTY, i + 1); length >= 3; length--) {
                String name = text.substring(i + 1 - length, i + 1);
                if (COUNTIES.containsKey(name)) {
                    counties.merge(name, 1, Integer::sum);
                    if (maskedCounties == null) {
                        maskedCounties = new StringBuilder(text);
                    }
                    for (int k = i + 1 - length; k <= i; k++) {
                        maskedCounties.setCharAt(k, MASK.charAt(0));
                    }
                    break;
                }
            }
        }
        String county = null;
        int countyCount = 0;
        int countySecond = 0;
        for (Map.Entry<String, Integer> e : counties.entrySet()) {
            if (e.getValue() > countyCount) {
                countySecond = countyCount;
                county = e.getKey();
                countyCount = e.getValue();
            } else if (e.getValue() > countySecond) {
                countySecond = e.getValue();
            }
        }
        boolean countyDominates = countyCount >= 3 && countyCount >= 2 * countySecond;
        String masked = maskedCounties == null ? text : maskedCounties.toString();
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
        if (countyDominates && countyCount >= bestCount) {
            // 东坡区 five times, 眉山 once: read as its government's name is (a county-level city stands as a city)
            return Regions.of(county + "人民政府");
        }
        if (best == null || bestCount < 3 || bestCount < 2 * second) {
            return null;
        }
        return regionOf(best);
    }

    /** A province (not a municipality, which stands as a city) or a prefecture-level city as a region. */
    private static Region regionOf(Place place) {
        return place.division().level() == RegionLevel.PROVINCE && !place.full().endsWith("市")
                ? new Region(place.full(), null, null) : new Region(null, place.full(), null);
    }

    /** The plan's own place as its opening names it: 结合淮安实际, 结合我市实际 (no place), 立足东坡区实际. */
    private static final Pattern OWN_PLACE = Pattern.compile("(?:结合|立足|根据|从)([\\p{IsHan}]{2,8}?)(?:的)?(?:实际|市情|县情|区情|省情)");

    /**
     * The place a plan's opening says its rules are made for (结合淮安实际, 制定如下实施细则: 淮安市), a province or a
     * prefecture-level city by its full or short name, or a county by its full name; null when it names none or
     * speaks of 我省, 我市 or 本区.
     */
    static Region statedOwn(List<String> lines) {
        for (String line : lines) {
            if (line.indexOf("实际") < 0 && line.indexOf("情") < 0) {
                continue;
            }
            Matcher m = OWN_PLACE.matcher(line);
            while (m.find()) {
                String name = m.group(1);
                Division county = COUNTIES.get(name);
                if (county != null) {
                    // 结合官渡区实际: the county with the city it lies in (昆明市官渡区)
                    String city = RegionHierarchy.standard().parent(county).map(Division::name)
                            .filter(n -> n.endsWith("市")).orElse(null);
                    return new Region(null, city, name);
                }
                for (Place place : PLACES) {
                    if (name.equals(place.full()) || name.equals(place.shortName())) {
                        return regionOf(place);
                    }
                }
            }
        }
        return null;
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

    private static Map<String, Division> counties() {
        Map<String, Division> out = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Division d : RegionHierarchy.standard().divisions()) {
            if (d.level() == RegionLevel.COUNTY && d.name().length() >= 3 && "区县旗市".indexOf(d.name().charAt(d.name().length() - 1)) >= 0) {
                if (out.putIfAbsent(d.name(), d) != null) {
                    shared.add(d.name()); // 鼓楼区, 朝阳区 …: a name several cities have
                }
            }
        }
        shared.forEach(out::remove);
        return Map.copyOf(out);
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
