package dev.policygraph.ingest;

import java.util.regex.Pattern;

/**
 * Resolves a unit name as printed to its canonical, region-qualified name. "市教育局" in a 衢州 plan is
 * 衢州市教育局; "区教委" in a 南岸区 plan is 重庆市南岸区教育委员会; abbreviations come from {@link Aliases}.
 */
final class UnitResolver {

    private static final Pattern GOVERNMENT_BODY = Pattern.compile("(?:局|委员会|委|办公室|办|室|中心|管理处)$");
    private static final Pattern MASS_ORGANISATION = Pattern.compile("(?:联合会|协会|红十字会)$");

    private final Region region;
    private final Aliases aliases;

    UnitResolver(Region region, Aliases aliases) {
        this.region = region;
        this.aliases = aliases;
    }

    UnitRef resolve(String printed) {
        String name = printed.strip();
        String scope = region == null ? "" : region.name();
        String alias = aliases.name(name);
        if (alias != null) {
            return new UnitRef(name, alias, scope, null);
        }
        if (name.length() >= 3 && name.startsWith("团") && name.endsWith("委")) {
            String level = levelName(name.charAt(1));
            if (level != null && name.length() == 3) {
                return new UnitRef(name, "共青团" + level + "委员会", scopeOf(name.charAt(1)), null);
            }
        }
        if (name.length() < 2) {
            return new UnitRef(name, name, scope, null);
        }
        char levelChar = name.charAt(0);
        String level = levelName(levelChar);
        if (level == null || name.charAt(1) == '级') {
            return new UnitRef(name, name, scope, null);
        }
        String levelScope = scopeOf(levelChar);
        if (name.startsWith("委", 1)) {
            String party = "中共" + level + "委";
            String rest = name.substring(2);
            return rest.isEmpty()
                    ? new UnitRef(name, "中共" + level + "委员会", levelScope, null)
                    : new UnitRef(name, party + aliases.suffix(rest), levelScope, "中共" + level + "委员会");
        }
        String government = level + "人民政府";
        if (name.startsWith("政府", 1)) {
            String rest = name.substring(3);
            return rest.isEmpty()
                    ? new UnitRef(name, government, levelScope, null)
                    : new UnitRef(name, government + aliases.suffix(rest), levelScope, government);
        }
        String rest = name.substring(1);
        String canonical = level + aliases.suffix(rest);
        String parent = TextOps.findAtEnd(GOVERNMENT_BODY, canonical, 3) && !TextOps.findAtEnd(MASS_ORGANISATION, canonical, 4)
                ? government : null;
        return new UnitRef(name, canonical, levelScope, parent);
    }

    /** What 市, 区 or 县 at the start of a name stands for in this region, or null. */
    private String levelName(char level) {
        if (region == null) {
            return null;
        }
        if (level == '市') {
            return region.city();
        }
        if (level == '省') {
            return region.city() == null && !region.national() ? region.province() : null;
        }
        if ((level == '区' || level == '县') && region.district() != null
                && region.district().charAt(region.district().length() - 1) == level) {
            return region.districtName();
        }
        return null;
    }

    private String scopeOf(char level) {
        if (level == '市' && region.city() != null) {
            return region.city();
        }
        return level == '区' || level == '县' ? region.districtName() : region.name();
    }
}
