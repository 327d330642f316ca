package dev.policygraph.ingest;

import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import dev.policygraph.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The region a plan that names no issuer is about, from the places its text mentions: a plan that says 广州 fifteen
 * times and no other city is 广州市's. Provinces and prefecture-level cities of the administrative divisions
 * (src/main/resources/region/divisions.tsv), by full and short name.
 */
final class PlaceMentions {

    private record Place(Division division, String full, String shortName) {
    }

    private static final List<Place> PLACES = places();

    private PlaceMentions() {
    }

    /** The place the text mentions most, when it is mentioned at least three times and twice as often as any other. */
    static Region dominant(List<String> lines) {
        String text = String.join("\n", lines);
        Place best = null;
        int bestCount = 0;
        int second = 0;
        for (Place place : PLACES) {
            int count = count(text, place.shortName());
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
        return List.copyOf(out);
    }

    /** 广州市 → 广州, 浙江省 → 浙江, 恩施土家族苗族自治州 → 恩施, 内蒙古自治区 → 内蒙古. */
    private static String shortName(String name) {
        String s = name.replaceAll("(?:市|省|地区|盟|特别行政区)$", "");
        s = s.replaceAll("(?:[\\p{IsHan}]{1,6}?族)*自治[区州]$", "");
        s = s.replaceAll("(?:壮族|回族|维吾尔)$", "");
        return s;
    }
}
