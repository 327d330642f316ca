package dev.policygraph.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The administrative divisions of China and how they nest, looked up by the names plans print: an official name
 * (衢州市), a name qualified by the divisions above it (重庆市南岸区, 浙江省衢州市柯城区) or the short name of a province
 * or prefecture (浙江, 衢州). County names repeat across the country (朝阳区 is in 北京市 and in 长春市): such a bare
 * name resolves only within an enclosing division.
 */
public final class RegionHierarchy {

    private static final String RESOURCE = "/region/divisions.tsv";
    private static final Pattern SUFFIX = Pattern.compile(
            "(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|地区|盟)$");
    private static volatile RegionHierarchy standard;

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Division country;

    private RegionHierarchy(List<Division> divisions) {
        Division root = null;
        for (Division d : divisions) {
            if (byCode.put(d.code(), d) != null) {
                throw new IllegalArgumentException("division code " + d.code() + " appears twice");
            }
            if (d.level() == RegionLevel.COUNTRY) {
                root = d;
            }
        }
        if (root == null) {
            throw new IllegalArgumentException("no division of level country");
        }
        country = root;
        for (Division d : divisions) {
            if (d.parentCode() != null && !byCode.containsKey(d.parentCode())) {
                throw new IllegalArgumentException("division " + d.code() + " lies in unknown " + d.parentCode());
            }
            index(d);
        }
        index("中国", country);
        index("中华人民共和国", country);
    }

    /** The divisions of {@code region/divisions.tsv}, read once. */
    public static RegionHierarchy standard() {
        RegionHierarchy h = standard;
        if (h == null) {
            synchronized (RegionHierarchy.class) {
                if (standard == null) {
                    try (InputStream in = RegionHierarchy.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is not on the classpath");
                        }
                        standard = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                                .lines().toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                h = standard;
            }
        }
        return h;
    }

    /** Reads lines of "code TAB name TAB parent code TAB level"; lines starting with # are comments. */
    static RegionHierarchy parse(List<String> lines) {
        List<Division> divisions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 4 tab-separated fields: " + line);
            }
            divisions.add(new Division(f[0], f[1], RegionLevel.valueOf(f[3].toUpperCase(java.util.Locale.ROOT)),
                    f[2].isEmpty() ? null : f[2]));
        }
        return new RegionHierarchy(divisions);
    }

    /** 全国. */
    public Division country() {
        return country;
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All divisions. */
    public List<Division> divisions() {
        return List.copyOf(byCode.values());
    }

    /** The division a division lies in, or empty for 全国. */
    public Optional<Division> parent(Division d) {
        return d.parentCode() == null ? Optional.empty() : byCode(d.parentCode());
    }

    /** Every division the name can denote (several for a county name that repeats). */
    public List<Division> find(String name) {
        return byName.getOrDefault(normalize(name), List.of());
    }

    /** The one division the name denotes, or empty when it is unknown or ambiguous. */
    public Optional<Division> resolve(String name) {
        List<Division> found = find(name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The one division the name denotes inside {@code within} (or {@code within} itself), or empty. */
    public Optional<Division> resolve(String name, Division within) {
        List<Division> found = find(name).stream().filter(d -> contains(within, d)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The division and those it lies in, up to 全国: 南岸区, 重庆市, 全国. */
    public List<Division> chain(Division d) {
        List<Division> out = new ArrayList<>();
        for (Division x = d; x != null; x = x.parentCode() == null ? null : byCode.get(x.parentCode())) {
            out.add(x);
        }
        return Collections.unmodifiableList(out);
    }

    /** The names of the chain of the division the name denotes, or an empty list when unknown or ambiguous. */
    public List<String> chain(String name) {
        return resolve(name).map(d -> chain(d).stream().map(Division::name).toList()).orElse(List.of());
    }

    /** True when inner lies in outer or is outer. */
    public boolean contains(Division outer, Division inner) {
        return chain(inner).contains(outer);
    }

    /** True when both names resolve and the second lies in the first (全国 contains every region). */
    public boolean contains(String outer, String inner) {
        Optional<Division> o = resolve(outer);
        Optional<Division> i = resolve(inner);
        return o.isPresent() && i.isPresent() && contains(o.get(), i.get());
    }

    /** The name qualified by the divisions above it, as plans print it: 重庆市南岸区, 浙江省衢州市, 浙江省衢州市柯城区. */
    public String qualifiedName(Division d) {
        StringBuilder b = new StringBuilder();
        List<Division> c = chain(d);
        for (int i = c.size() - 1; i >= 0; i--) {
            if (c.get(i).level() != RegionLevel.COUNTRY) {
                b.append(c.get(i).name());
            }
        }
        return b.length() == 0 ? d.name() : b.toString();
    }

    private void index(Division d) {
        index(d.name(), d);
        if (d.level() == RegionLevel.PROVINCE || d.level() == RegionLevel.PREFECTURE) {
            String shortName = SUFFIX.matcher(d.name()).replaceFirst("");
            if (shortName.length() >= 2 && !shortName.equals(d.name())) {
                index(shortName, d);
            }
        }
        // qualified by the divisions above it, any of them, outermost first: 衢州市柯城区, 浙江省衢州市柯城区, 浙江省柯城区
        List<Division> chain = chain(d);
        List<Division> above = chain.subList(1, chain.size()).stream()
                .filter(x -> x.level() != RegionLevel.COUNTRY).toList();
        for (int mask = 1; mask < (1 << above.size()); mask++) {
            StringBuilder prefix = new StringBuilder();
            for (int i = above.size() - 1; i >= 0; i--) {
                if ((mask & (1 << i)) != 0) {
                    prefix.append(above.get(i).name());
                }
            }
            index(prefix + d.name(), d);
        }
    }

    private void index(String name, Division d) {
        List<Division> list = byName.computeIfAbsent(normalize(name), k -> new ArrayList<>(1));
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    private static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
